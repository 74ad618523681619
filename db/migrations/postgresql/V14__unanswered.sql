-- Version 14 (PostgreSQL twin): commands answered "thinking…" whose handler is still working.
CREATE TABLE unanswered (
    interaction_id  BIGINT PRIMARY KEY,
    guild_id        BIGINT NOT NULL,
    application_id  BIGINT NOT NULL,
    token           TEXT NOT NULL,
    message         TEXT NOT NULL,
    deferred_at     TEXT NOT NULL
);

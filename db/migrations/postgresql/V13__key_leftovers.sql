-- Version 13 (PostgreSQL twin): a show's "Key moments so far" message that is no longer its feed's current one.
CREATE TABLE key_leftovers (
    message_id    BIGINT PRIMARY KEY,
    show_id       BIGINT NOT NULL REFERENCES shows(id),
    channel_id    BIGINT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('delete', 'unpin')),
    attempts      BIGINT NOT NULL DEFAULT 0,
    next_attempt  TEXT NOT NULL,
    last_error    TEXT
);
CREATE INDEX key_leftovers_channel ON key_leftovers(channel_id);

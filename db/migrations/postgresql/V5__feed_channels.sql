-- Version 5 (PostgreSQL twin): a feed or desk channel that Discord refuses is paused as a whole, never given up.

CREATE TABLE feed_channels (
    channel_id   BIGINT PRIMARY KEY,
    guild_id     BIGINT NOT NULL,
    paused_at    TEXT,
    code         BIGINT,
    reason       TEXT,
    notified_at  TEXT,
    resumed_at   TEXT
);
CREATE INDEX feed_channels_guild ON feed_channels(guild_id);

UPDATE feed_batches SET failed = 0, next_attempt = created_at WHERE failed = 1 AND sent_at IS NULL;

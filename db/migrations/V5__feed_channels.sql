-- Version 5: a feed or desk channel that Discord refuses is paused as a whole, never given up.

-- a channel paused now, or resumed (paused_at NULL) until a post there goes through and its row is deleted
CREATE TABLE feed_channels (
    channel_id   INTEGER PRIMARY KEY,
    guild_id     INTEGER NOT NULL,
    paused_at    TEXT,
    code         INTEGER,          -- Discord's error code that paused it: 50001, 50013, 10003, 160005
    reason       TEXT,             -- what is wrong, as the editors were told
    notified_at  TEXT,             -- the desk (or the show's editor) was told: once per pause
    resumed_at   TEXT
);
CREATE INDEX feed_channels_guild ON feed_channels(guild_id);

-- batches given up by earlier versions (after ~10 minutes of refusals) were never published: retry them
UPDATE feed_batches SET failed = 0, next_attempt = created_at WHERE failed = 1 AND sent_at IS NULL;

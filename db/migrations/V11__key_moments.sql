-- Key moments, live (issue 13 item 2). Reserved as V11 this session: numbered by its place among the shipped ones.

-- An editor marks a sighting as a key moment (/sighting key, the "Mark key moment" message command): who, when.
ALTER TABLE sightings ADD COLUMN key_at TEXT;
ALTER TABLE sightings ADD COLUMN key_by INTEGER;
-- The desk was offered it once (a vote or corroboration threshold passed): never offered again.
ALTER TABLE sightings ADD COLUMN key_suggested_at TEXT;

-- Per server: the pinned "Key moments so far" message in the feed (on by default), and the thresholds at
-- which a live sighting is suggested to the desk (distinct voters; corroborating reports).
ALTER TABLE guild_config ADD COLUMN key_moments INTEGER NOT NULL DEFAULT 1;
ALTER TABLE guild_config ADD COLUMN key_votes INTEGER NOT NULL DEFAULT 5;
ALTER TABLE guild_config ADD COLUMN key_corroborations INTEGER NOT NULL DEFAULT 2;

-- A show's "Key moments so far" message: made at /show start, edited in place by the feed publisher (in the
-- channel's budget, many changes merged into one edit), made again when a moderator deleted it.
-- version: bumped by every change the message must show; shown: the version the message shows.
-- pinned: 0 still to pin, 1 pinned, 2 Discord refused (the editors were told).
CREATE TABLE key_summaries (
    show_id       INTEGER PRIMARY KEY REFERENCES shows(id),
    guild_id      INTEGER NOT NULL,
    channel_id    INTEGER NOT NULL,
    message_id    INTEGER,
    nonce         TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    shown         INTEGER NOT NULL DEFAULT 0,
    pinned        INTEGER NOT NULL DEFAULT 0,
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt  TEXT NOT NULL,
    last_error    TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX key_summaries_channel ON key_summaries(channel_id);

-- Whatever code path changes a key moment (marked, unmarked, corrected, retracted, posted, embargo set), the
-- message must show it again.
CREATE TRIGGER key_summary_stale
AFTER UPDATE OF what, headline, status, publish_at, key_at, feed_message_id ON sightings
WHEN NEW.key_at IS NOT NULL OR OLD.key_at IS NOT NULL
BEGIN
    UPDATE key_summaries SET version = version + 1 WHERE show_id = NEW.show_id;
END;

-- A moderator deleted a key moment's feed message: its line loses the link.
CREATE TRIGGER key_summary_message_deleted AFTER INSERT ON deleted_messages
BEGIN
    UPDATE key_summaries SET version = version + 1
    WHERE show_id IN (SELECT show_id FROM sightings WHERE feed_message_id = NEW.message_id AND key_at IS NOT NULL);
END;

-- The live page shows key moments at the top: a mark must tell it to look again.
DROP TRIGGER web_sighting_changed;
CREATE TRIGGER web_sighting_changed
AFTER UPDATE OF what, people, other_names, location, quote, quote_by, headline, photo_url, status, publish_at,
                edited_at, retracted_reason, corroborates, credited, key_at ON sightings
WHEN (SELECT g.web FROM shows sh JOIN guild_config g ON g.guild_id = sh.guild_id WHERE sh.id = NEW.show_id) = 1
BEGIN
    INSERT INTO web_changes(show_id, sighting_id) VALUES (NEW.show_id, NEW.id);
END;

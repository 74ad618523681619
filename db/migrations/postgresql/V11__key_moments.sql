-- Version 11 (PostgreSQL twin): key moments, live (issue 13 item 2).

ALTER TABLE sightings ADD COLUMN key_at TEXT;
ALTER TABLE sightings ADD COLUMN key_by BIGINT;
ALTER TABLE sightings ADD COLUMN key_suggested_at TEXT;

ALTER TABLE guild_config ADD COLUMN key_moments BIGINT NOT NULL DEFAULT 1;
ALTER TABLE guild_config ADD COLUMN key_votes BIGINT NOT NULL DEFAULT 5;
ALTER TABLE guild_config ADD COLUMN key_corroborations BIGINT NOT NULL DEFAULT 2;

CREATE TABLE key_summaries (
    show_id       BIGINT PRIMARY KEY REFERENCES shows(id),
    guild_id      BIGINT NOT NULL,
    channel_id    BIGINT NOT NULL,
    message_id    BIGINT,
    nonce         TEXT NOT NULL,
    version       BIGINT NOT NULL DEFAULT 1,
    shown         BIGINT NOT NULL DEFAULT 0,
    pinned        BIGINT NOT NULL DEFAULT 0,
    attempts      BIGINT NOT NULL DEFAULT 0,
    next_attempt  TEXT NOT NULL,
    last_error    TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX key_summaries_channel ON key_summaries(channel_id);

CREATE FUNCTION key_summary_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE key_summaries SET version = version + 1 WHERE show_id = NEW.show_id;
    RETURN NULL;
END $$;

CREATE TRIGGER key_summary_stale
AFTER UPDATE OF what, headline, status, publish_at, key_at, feed_message_id ON sightings
FOR EACH ROW WHEN (NEW.key_at IS NOT NULL OR OLD.key_at IS NOT NULL)
EXECUTE FUNCTION key_summary_bump();

CREATE FUNCTION key_summary_of_deleted_message() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE key_summaries SET version = version + 1
    WHERE show_id IN (SELECT show_id FROM sightings WHERE feed_message_id = NEW.message_id AND key_at IS NOT NULL);
    RETURN NULL;
END $$;

CREATE TRIGGER key_summary_message_deleted AFTER INSERT ON deleted_messages
FOR EACH ROW EXECUTE FUNCTION key_summary_of_deleted_message();

DROP TRIGGER web_sighting_changed ON sightings;
CREATE TRIGGER web_sighting_changed
AFTER UPDATE OF what, people, other_names, location, quote, quote_by, headline, photo_url, status, publish_at,
                edited_at, retracted_reason, corroborates, credited, key_at ON sightings
FOR EACH ROW EXECUTE FUNCTION web_change_of_sighting();

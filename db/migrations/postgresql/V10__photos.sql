-- Version 10 (PostgreSQL twin): photos kept with their sighting (issue 10 item 1), the bytes in the database.
CREATE TABLE photos (
    sighting_id   BIGINT PRIMARY KEY REFERENCES sightings(id),
    filename      TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          BIGINT NOT NULL,
    sha256        TEXT NOT NULL,
    data          BYTEA NOT NULL,
    stored_at     TEXT NOT NULL
);

-- The live page shows the photo: a photo added, replaced or removed tells it to look again.
CREATE FUNCTION web_change_of_photo() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sighting BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.sighting_id ELSE NEW.sighting_id END;
BEGIN
    IF (SELECT g.web FROM sightings s JOIN guild_config g ON g.guild_id = s.guild_id WHERE s.id = sighting) = 1 THEN
        INSERT INTO web_changes(show_id, sighting_id) SELECT show_id, id FROM sightings WHERE id = sighting;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER web_photo_added AFTER INSERT ON photos FOR EACH ROW EXECUTE FUNCTION web_change_of_photo();
CREATE TRIGGER web_photo_changed AFTER UPDATE ON photos FOR EACH ROW EXECUTE FUNCTION web_change_of_photo();
CREATE TRIGGER web_photo_removed AFTER DELETE ON photos FOR EACH ROW EXECUTE FUNCTION web_change_of_photo();

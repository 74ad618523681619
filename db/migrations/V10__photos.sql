-- Version 10: photos kept with their sighting (issue 10 item 1).

-- A slash-command option upload is an ephemeral attachment: its signed URL expires and Discord removes the
-- file. The bot reads the bytes when the sighting is posted (or its photo replaced) and keeps them here, in
-- the database file, so a backup or a `--db` copy carries them. One photo per sighting; replacing it
-- overwrites the row. `sightings.photo_url` stays the address the photo was read from (never shown again).
CREATE TABLE photos (
    sighting_id   INTEGER PRIMARY KEY REFERENCES sightings(id),
    filename      TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    data          BLOB NOT NULL,
    stored_at     TEXT NOT NULL
);

-- The live page shows the photo: a photo added, replaced or removed tells it to look again.
CREATE TRIGGER web_photo_added AFTER INSERT ON photos
WHEN (SELECT g.web FROM sightings s JOIN guild_config g ON g.guild_id = s.guild_id WHERE s.id = NEW.sighting_id) = 1
BEGIN
    INSERT INTO web_changes(show_id, sighting_id) SELECT show_id, id FROM sightings WHERE id = NEW.sighting_id;
END;

CREATE TRIGGER web_photo_changed AFTER UPDATE ON photos
WHEN (SELECT g.web FROM sightings s JOIN guild_config g ON g.guild_id = s.guild_id WHERE s.id = NEW.sighting_id) = 1
BEGIN
    INSERT INTO web_changes(show_id, sighting_id) SELECT show_id, id FROM sightings WHERE id = NEW.sighting_id;
END;

CREATE TRIGGER web_photo_removed AFTER DELETE ON photos
WHEN (SELECT g.web FROM sightings s JOIN guild_config g ON g.guild_id = s.guild_id WHERE s.id = OLD.sighting_id) = 1
BEGIN
    INSERT INTO web_changes(show_id, sighting_id) SELECT show_id, id FROM sightings WHERE id = OLD.sighting_id;
END;

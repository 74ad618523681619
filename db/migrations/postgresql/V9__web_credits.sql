-- Version 9 (PostgreSQL twin): the web follows the feed's corroboration rule (issue 9 item 8).

DROP TRIGGER web_sighting_changed ON sightings;
CREATE TRIGGER web_sighting_changed
AFTER UPDATE OF what, people, other_names, location, quote, quote_by, headline, photo_url, status, publish_at,
                edited_at, retracted_reason, corroborates, credited ON sightings
FOR EACH ROW EXECUTE FUNCTION web_change_of_sighting();

CREATE FUNCTION web_change_of_corroboration() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT s.corroborates IS NOT NULL AND g.web = 1 FROM sightings s JOIN shows sh ON sh.id = s.show_id
        JOIN guild_config g ON g.guild_id = sh.guild_id WHERE s.id = NEW.sighting_id) THEN
        INSERT INTO web_changes(show_id, sighting_id) SELECT show_id, id FROM sightings WHERE id = NEW.sighting_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER web_corroboration_posted
AFTER UPDATE OF batch_id ON outbox
FOR EACH ROW WHEN (NEW.kind = 'post' AND OLD.batch_id IS NULL AND NEW.batch_id IS NOT NULL)
EXECUTE FUNCTION web_change_of_corroboration();

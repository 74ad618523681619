-- Version 9: the web follows the feed's corroboration rule (issue 9 item 8).

-- The live page reads `sightings.credited` (a report credited on its original's feed item, "also reported by")
-- and whether a corroboration was claimed for a feed item of its own. Both must tell the page to look again.
DROP TRIGGER web_sighting_changed;
CREATE TRIGGER web_sighting_changed
AFTER UPDATE OF what, people, other_names, location, quote, quote_by, headline, photo_url, status, publish_at,
                edited_at, retracted_reason, corroborates, credited ON sightings
WHEN (SELECT g.web FROM shows sh JOIN guild_config g ON g.guild_id = sh.guild_id WHERE sh.id = NEW.show_id) = 1
BEGIN
    INSERT INTO web_changes(show_id, sighting_id) VALUES (NEW.show_id, NEW.id);
END;

-- The publisher decided to post a corroboration as an item of its own (its original was not in the feed when
-- it was due): from then on it stays one, even when its original reaches the feed later.
CREATE TRIGGER web_corroboration_posted
AFTER UPDATE OF batch_id ON outbox
WHEN NEW.kind = 'post' AND OLD.batch_id IS NULL AND NEW.batch_id IS NOT NULL
 AND (SELECT s.corroborates IS NOT NULL AND g.web = 1 FROM sightings s JOIN shows sh ON sh.id = s.show_id
      JOIN guild_config g ON g.guild_id = sh.guild_id WHERE s.id = NEW.sighting_id)
BEGIN
    INSERT INTO web_changes(show_id, sighting_id) SELECT show_id, id FROM sightings WHERE id = NEW.sighting_id;
END;

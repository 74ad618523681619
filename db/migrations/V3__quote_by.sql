-- who said a sighting's quote (a roster name when known, else as typed); revisions keep the old value
ALTER TABLE sightings ADD COLUMN quote_by TEXT;
ALTER TABLE revisions ADD COLUMN quote_by TEXT;

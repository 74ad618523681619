-- Version 12 (PostgreSQL twin): post as sighting (issue 13 item 1), where a sighting came from.

ALTER TABLE sightings ADD COLUMN source_user_id BIGINT;
ALTER TABLE sightings ADD COLUMN source_name TEXT;
ALTER TABLE sightings ADD COLUMN source_url TEXT;
ALTER TABLE sightings ADD COLUMN source_rest TEXT;

CREATE INDEX sightings_source_url ON sightings(show_id, source_url) WHERE source_url IS NOT NULL;

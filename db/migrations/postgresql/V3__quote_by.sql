-- Version 3 (PostgreSQL twin): who said a sighting's quote; revisions keep the old value.
ALTER TABLE sightings ADD COLUMN quote_by TEXT;
ALTER TABLE revisions ADD COLUMN quote_by TEXT;

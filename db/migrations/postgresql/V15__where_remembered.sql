-- Version 15 (PostgreSQL twin): a sighting's `where` filled from the correspondent's last location is said so.
ALTER TABLE sightings ADD COLUMN where_remembered BIGINT NOT NULL DEFAULT 0;

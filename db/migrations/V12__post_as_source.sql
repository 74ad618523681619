-- Post as sighting (issue 13 item 1): a sighting posted from a message of the server keeps where it came from.
-- Reserved as V12 this session (V10 photos, V11 key moments): numbered by its place among the shipped ones.

-- The message's author, when it is someone else than the correspondent who posted it: credited as the source.
ALTER TABLE sightings ADD COLUMN source_user_id INTEGER;
ALTER TABLE sightings ADD COLUMN source_name TEXT;
-- The message itself (its jump link), and its text beyond what `what` could hold, kept for the editors.
ALTER TABLE sightings ADD COLUMN source_url TEXT;
ALTER TABLE sightings ADD COLUMN source_rest TEXT;

-- One message is posted once per show: a second "Post as sighting" of it finds the first.
CREATE INDEX sightings_source_url ON sightings(show_id, source_url) WHERE source_url IS NOT NULL;

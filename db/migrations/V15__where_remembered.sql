-- A `/spot` given no `where` is filed at the correspondent's last location (README): said so, so that place is
-- shown as remembered, never taken for where the moment happened (the digest neither prints it nor groups by it).
-- An editor's correction that sets `where` clears it.
ALTER TABLE sightings ADD COLUMN where_remembered INTEGER NOT NULL DEFAULT 0;

-- Version 2: corrections history, approval desk, editor curation of the digest.

CREATE TABLE revisions (
    id           INTEGER PRIMARY KEY,
    sighting_id  INTEGER NOT NULL REFERENCES sightings(id) ON DELETE CASCADE,
    editor_id    INTEGER NOT NULL,
    editor_name  TEXT NOT NULL,
    edited_at    TEXT NOT NULL,
    what         TEXT NOT NULL,           -- the text as it was BEFORE this edit
    people       TEXT NOT NULL DEFAULT '[]',
    other_names  TEXT NOT NULL DEFAULT '[]',
    location     TEXT,
    quote        TEXT,
    headline     TEXT
);
CREATE INDEX revisions_sighting ON revisions(sighting_id, id);

-- the approval desk: where a pending sighting's Approve/Reject message lives, and who decided
ALTER TABLE sightings ADD COLUMN desk_message_id INTEGER;
ALTER TABLE sightings ADD COLUMN decided_by TEXT;
ALTER TABLE sightings ADD COLUMN decided_at TEXT;
ALTER TABLE sightings ADD COLUMN rejected_reason TEXT;

-- editor pins (forced into the digest, optional headline) and drops (kept out)
CREATE TABLE curations (
    sighting_id  INTEGER PRIMARY KEY REFERENCES sightings(id) ON DELETE CASCADE,
    show_id      INTEGER NOT NULL,
    pinned       INTEGER NOT NULL,
    headline     TEXT,
    decided_by   INTEGER NOT NULL,
    decided_at   TEXT NOT NULL
);
CREATE INDEX curations_show ON curations(show_id);

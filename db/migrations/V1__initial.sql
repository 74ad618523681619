-- Backstage schema, version 1. Every row is keyed by guild so shards can split along guilds.

CREATE TABLE guild_config (
    guild_id          INTEGER PRIMARY KEY,
    reporter_role_id  INTEGER,
    editor_role_id    INTEGER,
    feed_channel_id   INTEGER,
    timezone          TEXT NOT NULL DEFAULT 'UTC'
);

CREATE TABLE shows (
    id               INTEGER PRIMARY KEY,
    guild_id         INTEGER NOT NULL,
    name             TEXT NOT NULL,
    venue            TEXT,
    feed_channel_id  INTEGER NOT NULL,
    desk_channel_id  INTEGER,
    approval         INTEGER NOT NULL DEFAULT 0,
    opened_by        INTEGER NOT NULL,
    opened_at        TEXT NOT NULL,
    closed_at        TEXT
);
-- one open show per server
CREATE UNIQUE INDEX shows_one_open ON shows(guild_id) WHERE closed_at IS NULL;
CREATE INDEX shows_guild ON shows(guild_id, id);

CREATE TABLE roster (
    id        INTEGER PRIMARY KEY,
    guild_id  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    key       TEXT NOT NULL,           -- normalised name (case, accents, entities folded)
    aliases   TEXT NOT NULL DEFAULT '[]',  -- JSON list of aliases as typed
    UNIQUE (guild_id, key)
);

CREATE TABLE sightings (
    id                INTEGER PRIMARY KEY,
    guild_id          INTEGER NOT NULL,
    show_id           INTEGER NOT NULL REFERENCES shows(id),
    reporter_id       INTEGER NOT NULL,
    reporter_name     TEXT NOT NULL,
    what              TEXT NOT NULL,
    people            TEXT NOT NULL DEFAULT '[]',   -- JSON list of canonical roster names
    other_names       TEXT NOT NULL DEFAULT '[]',   -- JSON list of untagged names from `who`
    location          TEXT,
    quote             TEXT,
    headline          TEXT,
    photo_url         TEXT,
    status            TEXT NOT NULL DEFAULT 'live',
    created_at        TEXT NOT NULL,
    publish_at        TEXT,
    edited_at         TEXT,
    retracted_reason  TEXT,
    corroborates      INTEGER REFERENCES sightings(id),
    feed_message_id   INTEGER,
    feed_channel_id   INTEGER
);
CREATE INDEX sightings_show ON sightings(show_id, id);
CREATE INDEX sightings_guild ON sightings(guild_id, id);
CREATE INDEX sightings_feed_message ON sightings(feed_message_id);

-- who tagged whom, for counts and search
CREATE TABLE sighting_people (
    sighting_id  INTEGER NOT NULL REFERENCES sightings(id) ON DELETE CASCADE,
    show_id      INTEGER NOT NULL,
    name         TEXT NOT NULL,
    PRIMARY KEY (sighting_id, name)
);
CREATE INDEX sighting_people_show ON sighting_people(show_id, name);

-- community reactions on feed messages, kept by message: a reaction that arrives before the publisher
-- has recorded which sightings the message shows still counts. A sighting's votes are the distinct users
-- who reacted to its message.
CREATE TABLE reactions (
    message_id  INTEGER NOT NULL,
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    emoji       TEXT NOT NULL,
    PRIMARY KEY (message_id, user_id, emoji)
);

-- a correspondent's last location per show
CREATE TABLE reporter_locations (
    show_id      INTEGER NOT NULL REFERENCES shows(id),
    reporter_id  INTEGER NOT NULL,
    location     TEXT NOT NULL,
    PRIMARY KEY (show_id, reporter_id)
);

-- The feed outbox. A row is committed with the sighting (or edit) it publishes; the worker claims
-- rows into a batch (one Discord message), sends it with the batch id as nonce, then marks it sent.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    guild_id     INTEGER NOT NULL,
    channel_id   INTEGER NOT NULL,
    kind         TEXT NOT NULL,          -- 'post' (new feed item) or 'refresh' (re-render an existing message)
    sighting_id  INTEGER NOT NULL REFERENCES sightings(id),
    not_before   TEXT NOT NULL,          -- embargo: not published before this time
    batch_id     INTEGER REFERENCES feed_batches(id),
    done_at      TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX outbox_pending ON outbox(done_at, channel_id, not_before, id);

CREATE TABLE feed_batches (
    id           INTEGER PRIMARY KEY,
    channel_id   INTEGER NOT NULL,
    kind         TEXT NOT NULL,          -- 'post' or 'refresh'
    message_id   INTEGER,                -- set when Discord accepted it
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt TEXT NOT NULL,
    last_error   TEXT,
    failed       INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    sent_at      TEXT
);
CREATE INDEX feed_batches_open ON feed_batches(sent_at, failed, next_attempt);

-- the embeds of each feed message, in order, so a coalesced message can be re-rendered whole
CREATE TABLE feed_message_items (
    message_id   INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    sighting_id  INTEGER NOT NULL REFERENCES sightings(id),
    PRIMARY KEY (message_id, position)
);
CREATE INDEX feed_message_items_sighting ON feed_message_items(sighting_id);
CREATE INDEX outbox_sighting ON outbox(sighting_id);

CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

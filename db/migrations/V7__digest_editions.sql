-- Version 5: the digest's publication outbox. An edition is one publication of a show's digest; its messages
-- are recorded (content, nonce) in the same transaction that creates it, before anything is sent, and each
-- is marked with the Discord message it became. A restart finishes what is unfinished; nothing is sent twice.

CREATE TABLE digest_editions (
    id              INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    show_id         INTEGER NOT NULL REFERENCES shows(id),
    number          INTEGER NOT NULL,          -- 1, 2, … per show
    channel_id      INTEGER NOT NULL,
    crosspost       INTEGER NOT NULL DEFAULT 0,  -- an announcement channel: publish each message to followers
    items           INTEGER NOT NULL,
    requested_by    INTEGER NOT NULL,
    requested_name  TEXT NOT NULL,
    requested_at    TEXT NOT NULL,
    notify_channel  INTEGER,                   -- where to tell the editors when a resumed edition ends
    completed_at    TEXT,                      -- every message sent (and crossposted, or given up)
    halted          TEXT,                      -- why publishing stopped (a sentence), if it did
    unpublished_at  TEXT,
    unpublished_by  TEXT,
    UNIQUE (show_id, number)
);
CREATE INDEX digest_editions_show ON digest_editions(show_id, number);

CREATE TABLE digest_messages (
    edition_id      INTEGER NOT NULL REFERENCES digest_editions(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,          -- 0, 1, … in posting order
    embeds          TEXT NOT NULL,             -- JSON: exactly what is sent
    sighting_ids    TEXT NOT NULL,             -- JSON: the sightings the message tells (checked before sending)
    nonce           TEXT NOT NULL,
    attempted_at    TEXT,                      -- a send was started (its outcome unknown until message_id)
    message_id      INTEGER,
    sent_at         TEXT,
    crosspost_after TEXT,                      -- crosspost due (not before this time), NULL when not needed or done
    crossposted_at  TEXT,
    crosspost_error TEXT,
    deleted_at      TEXT,
    PRIMARY KEY (edition_id, position)
);
CREATE INDEX digest_messages_crossposted ON digest_messages(crossposted_at);

-- A show's "Key moments so far" message that is no longer its feed's current one (db.repositories.keys):
-- 'delete' when the feed moved to another channel (the message made there replaces it), 'unpin' when the show
-- ended (its final list stays in the channel's history, unpinned, so the next show's message is the only pin).
CREATE TABLE key_leftovers (
    message_id    INTEGER PRIMARY KEY,
    show_id       INTEGER NOT NULL REFERENCES shows(id),
    channel_id    INTEGER NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('delete', 'unpin')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt  TEXT NOT NULL,
    last_error    TEXT
);
CREATE INDEX key_leftovers_channel ON key_leftovers(channel_id);

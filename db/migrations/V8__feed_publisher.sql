-- Version 8: the feed keeps its promise on real Discord.

-- Each batch is sent with its own random nonce. Discord remembers a nonce for a few minutes, per author, so a
-- batch id (which a replaced or restored database hands out again) must not be the nonce. Batches claimed
-- before this version keep the nonce they may already have been sent with.
ALTER TABLE feed_batches ADD COLUMN nonce TEXT;
UPDATE feed_batches SET nonce = 'backstage-' || id;

-- What goes first in a channel: 0 retractions and corrections, 1 new feed items and desk cards, 2 cosmetic
-- refreshes ("also reported by"). A batch takes the most urgent priority of its entries.
ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
UPDATE outbox SET priority = 0 WHERE kind = 'refresh';
ALTER TABLE feed_batches ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
UPDATE feed_batches SET priority = 0 WHERE kind = 'refresh';
-- the message an edit is meant for, when it is not the sighting's own (the message a sighting moved out of)
ALTER TABLE outbox ADD COLUMN message_id INTEGER;

-- A feed or desk message a moderator deleted. Discord answers 10008 to every later edit: it is never edited
-- again, and its sightings read "feed message deleted".
CREATE TABLE deleted_messages (
    message_id  INTEGER PRIMARY KEY,
    channel_id  INTEGER NOT NULL,
    deleted_at  TEXT NOT NULL
);

-- A sighting that outgrew its coalesced message (6,000 characters) moves to a message of its own; the old
-- message shows a pointer. moved_to: 0 while the move is under way, then the new message's id.
ALTER TABLE feed_message_items ADD COLUMN moved_to INTEGER;

-- A corroboration credited on its original's feed item ("also reported by") instead of an item of its own.
ALTER TABLE sightings ADD COLUMN credited INTEGER NOT NULL DEFAULT 0;
UPDATE sightings SET credited = 1
WHERE corroborates IS NOT NULL AND status = 'live'
  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'post' AND o.sighting_id = sightings.id);

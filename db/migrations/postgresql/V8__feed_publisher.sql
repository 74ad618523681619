-- Version 8 (PostgreSQL twin): the feed keeps its promise on real Discord.

ALTER TABLE feed_batches ADD COLUMN nonce TEXT;
UPDATE feed_batches SET nonce = 'backstage-' || id;

ALTER TABLE outbox ADD COLUMN priority BIGINT NOT NULL DEFAULT 1;
UPDATE outbox SET priority = 0 WHERE kind = 'refresh';
ALTER TABLE feed_batches ADD COLUMN priority BIGINT NOT NULL DEFAULT 1;
UPDATE feed_batches SET priority = 0 WHERE kind = 'refresh';
ALTER TABLE outbox ADD COLUMN message_id BIGINT;

CREATE TABLE deleted_messages (
    message_id  BIGINT PRIMARY KEY,
    channel_id  BIGINT NOT NULL,
    deleted_at  TEXT NOT NULL
);

ALTER TABLE feed_message_items ADD COLUMN moved_to BIGINT;

ALTER TABLE sightings ADD COLUMN credited BIGINT NOT NULL DEFAULT 0;
UPDATE sightings SET credited = 1
WHERE corroborates IS NOT NULL AND status = 'live'
  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'post' AND o.sighting_id = sightings.id);

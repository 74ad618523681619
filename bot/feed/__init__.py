"""The live feed: how a sighting looks in the channel, and the outbox worker that gets it there."""

"""Which shard claims overlap (db/shard_claims.py): two shards overlap exactly when some server falls in both."""

from __future__ import annotations

from db.shard_claims import Shard, shards_of


def test_two_shards_overlap_exactly_when_some_server_id_falls_in_both() -> None:
    ids = range(2 * 3 * 4 * 5 * 7)  # every residue of every count below, (guild_id >> 22) as Discord computes it
    for m in (1, 2, 3, 4, 6):
        for n in (1, 2, 4, 5, 7):
            for a in range(m):
                for b in range(n):
                    shared = any(i % m == a and i % n == b for i in ids)
                    assert Shard(m, a).overlaps(Shard(n, b)) is shared, (a, m, b, n)


def test_a_process_claims_its_ids_or_every_shard() -> None:
    assert shards_of(4, (3, 1)) == [Shard(4, 1), Shard(4, 3)]
    assert shards_of(2, (0, 1)) == [Shard(1, 0)]  # all of them
    assert shards_of(None, None) == [Shard(1, 0)]  # Discord's recommended count: every shard
    assert str(Shard(1, 0)) == "every shard" and str(Shard(4, 3)) == "shard 3 of 4"
    assert Shard.of_key(Shard(4, 3).key) == Shard(4, 3)

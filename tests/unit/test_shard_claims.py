"""Which shard claims overlap (db/shard_claims.py): two shards overlap exactly when some server falls in both."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.shard_claims import Shard, ShardsInUse, shards_of
from db.shard_files import claimed, claims_in


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


def test_sqlite_claims_in_a_folder_refuse_a_split_serving_the_same_servers_and_go_with_their_holder(
    tmp_path: Path,
) -> None:
    """db/shard_files.py on real files: shard 0 of 2 held on `shards-0.db`, `0,2` of 4 (its servers) is refused
    naming it, `1,3` of 4 (the other servers) is not; on release the lock files go and the shard is free."""
    with claimed(tmp_path / "shards-0.db", shards_of(2, (0,))):
        same_servers = claimed(tmp_path / "shards-0,2.db", shards_of(4, (0, 2)))
        with pytest.raises(ShardsInUse, match=r"serves shard 0 of 2 with a SQLite file in .* \(instance 0, process"):
            same_servers.__enter__()
        with claimed(tmp_path / "shards-1,3.db", shards_of(4, (1, 3))):
            held = {(c.shard, c.name.split(",")[0]) for c in claims_in(tmp_path.resolve())}
            assert held == {(Shard(2, 0), "instance 0"), (Shard(4, 1), "instance 1"), (Shard(4, 3), "instance 1")}
    assert claims_in(tmp_path) == [] and list(tmp_path.iterdir()) == []
    with claimed(tmp_path / "backstage.db", shards_of(None, None)):  # every shard, now that nobody holds one
        assert [c.shard for c in claims_in(tmp_path)] == [Shard(1, 0)]

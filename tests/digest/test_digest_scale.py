"""A big night: the compiler never compares all pairs, and its output keeps every promise."""

from __future__ import annotations

from typing import Any

import pytest

from bot.digest import clusters, compile_digest, to_messages
from bot.digest.synthetic import CLOSED_AT, synthetic_night
from bot.limits import EMBED_CHARS_PER_MESSAGE, EMBEDS_PER_MESSAGE, embed_size

from .factory import every_item


def _comparisons(n: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Pairs of reports compared while compiling a synthetic night of `n` sightings."""
    counted = [0]
    compare = clusters.same_moment

    def counting(a: Any, b: Any) -> bool:
        counted[0] += 1
        return compare(a, b)

    show, sightings = synthetic_night(n, seed=3)
    with monkeypatch.context() as patch:
        patch.setattr(clusters, "same_moment", counting)
        compile_digest(show, sightings, [], now=CLOSED_AT)
    return counted[0]


def test_comparisons_are_bounded_per_report_never_all_pairs(monkeypatch: pytest.MonkeyPatch):
    full = _comparisons(2_000, monkeypatch)  # every report compared with its neighbours
    big = _comparisons(8_000, monkeypatch)  # a big night: compared when a story needs it

    per_report = 2 * clusters.NEIGHBOURS * 3  # both sides, in the lists of two people and a place
    assert 0 < full <= 2_000 * per_report  # all pairs would be about two million
    assert big < full  # beyond FULL_NIGHT only what the stories use is compared


def test_ten_thousand_sightings_compile_into_a_valid_digest():
    show, sightings = synthetic_night(10_000, seed=7)
    digest = compile_digest(show, sightings, [], count=10, now=CLOSED_AT)  # (its time: bench B4, never a test)

    assert len(digest.items) == 10 and digest.bonus is not None
    leads = [item.lead for item in every_item(digest) if item.lead]
    assert len(leads) == len(set(leads))
    for message in to_messages(digest):
        assert len(message) <= EMBEDS_PER_MESSAGE
        assert sum(embed_size(e) for e in message) <= EMBED_CHARS_PER_MESSAGE
    live = {s.id for s in sightings if s.is_candidate(CLOSED_AT)}
    assert {i for item in every_item(digest) for i in item.sighting_ids} <= live


def test_the_synthetic_night_looks_like_a_night():
    show, sightings = synthetic_night(2_000, seed=1)
    statuses = {s.status.value for s in sightings}
    assert len(sightings) == 2_000
    assert statuses == {"live", "pending", "retracted", "rejected"}
    assert any(s.corroborates for s in sightings) and any(s.quote for s in sightings)
    assert show.closed_at == CLOSED_AT
    assert any(s.publish_at and s.publish_at > CLOSED_AT for s in sightings)
    times = [s.created_at for s in sightings]
    assert times == sorted(times) and show.opened_at <= times[0] and times[-1] <= CLOSED_AT
    assert len({s.id for s in sightings}) == 2_000

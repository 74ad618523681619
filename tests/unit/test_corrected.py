"""bot.services.corrected: which corrections change what a digest item tells."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest import Digest, DigestItem
from bot.digest.embeds import to_messages
from bot.models import Reporter, Revision, Sighting
from bot.services.corrected import corrected_reason, corrected_since, reads_as_published, told_changes

T0 = datetime(2031, 9, 7, 21, 0, tzinfo=UTC)
MAE = Reporter(id=7, name="Mae")


def sighting(**fields: object) -> Sighting:
    base: dict[str, object] = {
        "id": 12,
        "guild_id": 1,
        "show_id": 1,
        "reporter": MAE,
        "what": "Orla Finch handed her shoes to a stagehand",
        "people": ("Orla Finch",),
        "created_at": T0,
    }
    return Sighting.model_validate({**base, **fields})


def revision(at: datetime, **fields: object) -> Revision:
    base: dict[str, object] = {"what": "Orla Finch handed her shoes to a stagehand", "people": ("Orla Finch",)}
    return Revision.model_validate({"sighting_id": 12, "editor": MAE, "edited_at": at, **base, **fields})


def test_who_and_what_are_told_a_photo_alone_is_not():
    now = sighting(what="Tamsin Reed handed her shoes to a stagehand", people=("Tamsin Reed",))
    assert told_changes(revision(T0), now) == ["who", "what"]
    assert told_changes(revision(T0, photo="replaced"), sighting()) == []


def test_a_name_off_the_roster_quote_by_and_where_count():
    now = sighting(other_names=("Bex",), quote="Hold these", quote_by="Orla Finch", where="loading dock")
    assert told_changes(revision(T0), now) == ["who", "quote", "quote by", "where"]


def test_only_corrections_after_the_edition_count_and_one_put_back_is_none():
    since = T0 + timedelta(minutes=5)
    earlier = [revision(T0, what="Orla Finch dropped her shoes")]
    assert corrected_since(earlier, sighting(), since) == []
    later = [revision(since + timedelta(seconds=1)), revision(since + timedelta(seconds=2), people=("Tamsin Reed",))]
    assert corrected_since(later, sighting(), since) == []  # changed, then put back as it was
    assert corrected_reason(corrected_since(later, sighting(quote="Hold these"), since)) == "corrected (quote)"


def test_text_saved_again_with_only_a_closing_stop_or_spacing_changes_nothing_told():
    # (break29 N8: a re-save adding a full stop told the desk the published digest was stale)
    now = sighting(what="Orla Finch handed her  shoes to a stagehand.")
    assert told_changes(revision(T0), now) == []
    assert told_changes(revision(T0), sighting(what="Orla Finch handed her shoes to a stage manager.")) == ["what"]


def item(rank: int, body: str, ids: list[int], reporters: list[str]) -> DigestItem:
    return DigestItem(
        rank=rank,
        headline=body.split(".")[0].title(),
        body=body,
        people=[],
        lead=None,
        sighting_ids=ids,
        reporters=reporters,
        votes=0,
        pinned=False,
        score=0.0,
        locations=[],
        more_sightings=0,
    )


def digest(*items: DigestItem) -> Digest:
    return Digest(
        show_id=1,
        show_name="Gala",
        venue=None,
        title="Two things you didn't see",
        intro="Here are two moments.",
        items=list(items),
        bonus=None,
        compiled_at=T0,
        candidates=len(items),
    )


SCARF = "Orla Finch tied her scarf around Tamsin Reed's wrist. Overheard: “Bring it back.”"
MINTS = "Tamsin Reed handed out mints to the strings."


def test_an_item_that_prints_the_same_words_reads_as_published_whatever_its_rank():
    published = to_messages(digest(item(1, SCARF, [12], ["Mae"]), item(2, MINTS, [13], ["Ned"])))
    now = digest(item(1, MINTS, [13], ["Ned"]), item(2, SCARF, [12], ["Mae"]))  # a new order: not the correction

    assert reads_as_published(now, 12, published)
    assert reads_as_published(now, 13, published)


def test_new_words_a_new_credit_or_no_item_at_all_do_not():
    published = to_messages(digest(item(1, SCARF, [12], ["Mae"]), item(2, MINTS, [13], ["Ned"])))
    said = SCARF.replace("Overheard: “Bring it back.”", "“Bring it back,” Tamsin Reed said.")

    assert not reads_as_published(digest(item(1, said, [12], ["Mae"])), 12, published)
    assert not reads_as_published(digest(item(1, SCARF, [12], ["Mae", "Ned"])), 12, published)
    assert not reads_as_published(digest(item(1, MINTS, [13], ["Ned"])), 12, published)

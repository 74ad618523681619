"""The digest's count is kept whenever the night has the moments (issue 11 §2): full acts nobody voted for fill the
places left, a person's second story leads an item of its own only when the digest would be short, and when it is
short all the same the preview names what it left out."""

from __future__ import annotations

from .factory import Night, item_with

ACTS = [
    ("Sade Mbeki", "Sade Mbeki fixed a broken mic stand with gaffer tape in the wings"),
    ("Linus Crow", "Linus Crow taught the cloakroom staff a card trick during the interval"),
    ("Tomas Fenwick", "Tomas Fenwick carried a stack of chairs up to the balcony for the latecomers"),
]

OTHERS = ["Ada Voss", "Cyril Dane", "Mina Oduya", "Piet Loman", "Rhea Stroud", "Saul Brandt"]


def test_full_acts_nobody_voted_for_fill_the_count_and_a_bare_arrival_does_not():
    night = Night()
    night.spot(
        "Juno Pike handed her bouquet to the cleaner sweeping the foyer", who=["Juno Pike"], votes=30, at="19:45"
    )
    night.spot("Rory Vance played the house piano in the empty bar", who=["Rory Vance"], votes=18, at="20:10", by="Fen")
    acts = [night.spot(what, who=[who], at=f"20:{30 + k * 10}", by=f"R{k}") for k, (who, what) in enumerate(ACTS)]
    arrival = night.spot("Pia Arden arrived.", who=["Pia Arden"], at="21:30", by="Gus")

    digest = night.compile()

    assert digest.title.startswith("Five things")
    assert all(item_with(digest, s) is not None for s in acts)
    assert "Pia Arden" not in " ".join(f"{i.headline} {i.body}" for i in digest.items)
    assert all(arrival.id not in i.sighting_ids for i in digest.items)


def test_a_persons_second_story_never_leads_an_item_even_when_the_digest_is_short():
    def night_of(others: int) -> tuple[Night, object]:
        night = Night()
        night.spot(
            "Hollis Marr and Quentin Rye argued by the bar about who should present first",
            who=["Hollis Marr", "Quentin Rye"],
            quote="You go, you're the one with the nomination",
            votes=22,
            at="20:00",
        )
        notes = night.spot(
            "Hollis Marr gave his speech notes to a kid in the front row after his win",
            who=["Hollis Marr"],
            quote="Keep it, I improvised anyway",
            quote_by="Hollis Marr",
            votes=15,
            at="21:40",
            by="Dee",
        )
        for k, who in enumerate(OTHERS[:others]):
            night.spot(
                f"{who} signed programmes for the ushers at the stage door",
                who=[who],
                votes=20 + k,
                by=f"X{k}",
                at=f"20:{10 + k * 5}",
            )
        return night, notes

    short, notes = night_of(2)
    digest = short.compile()
    assert len(digest.items) == 3  # (each person leads one item at most, issue 11 §5: his notes are no beat of his
    # argument, so they lead no item though the digest is short, and the preview says why)
    assert all(notes.id not in i.sighting_ids for i in digest.items)
    assert [x.reason for x in digest.left_out if notes.id in x.sighting_ids] == ["leads already"]

    full, notes = night_of(6)
    assert all(notes.id not in i.sighting_ids for i in full.compile().items)  # (a person leads one item)

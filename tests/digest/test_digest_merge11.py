"""Round 11's lead fixes, on nights a user would notice them in."""

from __future__ import annotations

from bot.digest.copyedit import tidy
from bot.digest.headlines import write_headline
from bot.models import RosterEntry
from tests.digest.factory import Night, filler, item_with


def test_a_reporters_numbered_list_is_told_as_one_sentence_and_its_last_act_heads_the_item():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Tobias Renner", aliases=("Tobias",)),
        RosterEntry(id=2, guild_id=1, name="Greta Renner", aliases=("Oma Greta",)),
    ]
    filler(night, 4, votes=2)
    acts = night.spot(
        "ok so Tobias Renner in the 10 min after he won, in order: 1) phoned his dad, cried 2) signed a cloakroom "
        "ticket 3) took off his shoes bc they pinched 4) ate three pretzels off the buffet 5) walked out the stage "
        "door in his socks and put the trophy in his grandmother's hands at the barrier. she'd watched it all on a "
        "phone",
        who=["Tobias Renner", "Greta Renner"],
        votes=260,
    )

    item = item_with(night.compile(), acts)

    assert "1)" not in item.body and "5)" not in item.body and "bc " not in item.body, item.body
    assert item.body.startswith(
        "In the 10 minutes after he won, Tobias Renner phoned his dad, cried, signed a cloakroom ticket, took off his "
        "shoes because they pinched, ate three pretzels off the buffet, and walked out the stage door in his socks"
    ), item.body
    assert item.headline.startswith("Tobias Renner Puts the Trophy in His Grandmother's Hands"), item.headline


def test_a_list_with_a_one_word_act_still_ends_on_its_point():
    text = "Mo Tarr called his mum, cried, signed a programme, and put the trophy in his grandmother's hands."
    headline = write_headline(text, names=["Mo Tarr"], lead="Mo Tarr")
    assert headline == "Mo Tarr Puts the Trophy in His Grandmother's Hands"


def test_numbers_that_are_no_list_are_left_alone():
    assert tidy("Table 2) was louder than table 1).") == "Table 2) was louder than table 1)."
    assert tidy("BC Ferries sent a bouquet.") == "BC Ferries sent a bouquet."

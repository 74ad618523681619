"""An item's headline as printed (`item_headline`): never the correspondent's "me"."""

from __future__ import annotations

from bot.digest.item_headline import _reporter_named
from tests.digest.factory import Night


def test_the_correspondents_me_is_named_as_whom_it_means():
    night = Night()
    night.spot("Orla Finch just walked past me. like RIGHT past me", who=["Orla Finch"], votes=9)
    digest = night.compile()
    assert [i.headline for i in digest.items] == ["Orla Finch Walks Past Our Correspondent"]
    assert _reporter_named("Ada Roe: “Give me a minute”") == "Ada Roe: “Give me a minute”"  # (a quotation as said)
    assert _reporter_named("Ada Roe Finds Meg Lind") == "Ada Roe Finds Meg Lind"

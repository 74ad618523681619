"""A mention inside a quote: written in by its name when the bot knows it (`bot.said_names`), else never joined over
(`hygiene.cut_at_mention`): the quote is cut before it or left out, never a word of it changed (break31 B3)."""

from __future__ import annotations

from bot.digest.hygiene import spoken
from bot.said_names import named_mentions

from .factory import Night, item_with


def test_a_quote_is_never_joined_over_a_mention_it_cannot_name():
    assert spoken("Thank you <@1577> and <@&42>, you lit me perfectly") == ""  # (not “Thank you someone and, …”)
    assert spoken("Tell <#99> I said hi, turn it UP") == ""  # (not “Tell I said hi”)
    assert spoken("You were all brilliant tonight, <@1577> most of all") == "You were all brilliant tonight…"
    assert spoken("Everyone, make some noise for @Jonno!") == "Everyone, make some noise for Jonno!"
    assert spoken("@everyone this one's for you") == "@everyone this one's for you"
    assert spoken("Size eleven, you'll manage") == "Size eleven, you'll manage"


def test_a_mention_the_bot_knows_is_written_as_its_name():
    names = {("@", 1577): "Dana Ruiz", ("@&", 42): "Lighting Crew", ("#", 99): "sound-desk"}
    text = "Thank you <@!1577> and <@&42>, you lit me perfectly. Tell <#99> and <@5> hi"
    assert named_mentions(text, lambda kind, i: names.get((kind, i))) == (
        "Thank you Dana Ruiz and Lighting Crew, you lit me perfectly. Tell sound-desk and <@5> hi"
    )


def test_the_digest_prints_no_quote_rewritten_around_a_mention():
    night = Night()
    gaga = night.spot(
        "Lady Gaga thanked the lighting crew one by one at the loading dock",
        who=["Lady Gaga"],
        by="Amy",
        at="21:00",
        votes=40,
        quote="Thank you <@1577> and <@&42>, you lit me perfectly",
        quote_by="Lady Gaga",
    )
    body = item_with(night.compile(), gaga).body
    assert "lighting crew" in body
    assert "someone and" not in body and "Thank you and" not in body and "Thank you someone" not in body, body

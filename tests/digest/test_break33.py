"""What the thirty-third breaker found garbled, by cause: the preposition "instead of" read as the discourse word
"instead", a cut after a causative's bare verb ("Lets X Take"), a
double family name matched by its first half ("Seun-Cole"). Every name and sentence here is invented."""

from __future__ import annotations

from bot.digest.headlines import write_headline
from bot.digest.standalone import alone
from bot.models import RosterEntry

from .factory import Night, filler, item_with


def test_instead_of_is_kept_whole_in_a_headline():
    headline = "Ravi Menon Plays for a Minute Instead of Giving a Speech"
    assert alone(headline, []) == headline
    assert alone("Ravi Menon Plays the Sarangi Instead", []) == "Ravi Menon Plays the Sarangi"  # (the discourse word)


def test_a_causatives_bare_verb_keeps_its_object():
    text = "Rosa Lindqvist let Tomas Ebbe take the statue home, even though Rosa had won it."
    headline = write_headline(text, names=["Rosa Lindqvist", "Tomas Ebbe"], lead="Rosa Lindqvist")
    assert not headline.endswith("Take"), headline
    assert "Take the Statue" in headline, headline


def test_a_double_family_name_after_an_alias_is_one_mention():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Adebola Okoro-Banks", aliases=("Bola",))]
    filler(night, 3, votes=2)
    spot = night.spot(
        "Bola Okoro-Banks talked her way past the doorman without a wristband, then sang the whole chorus of her "
        "own single to prove who she was.",
        who=["Adebola Okoro-Banks"],
        at="19:40",
        votes=120,
    )
    body = item_with(night.compile(), spot).body
    assert "-Banks" not in body.replace("Okoro-Banks", ""), body

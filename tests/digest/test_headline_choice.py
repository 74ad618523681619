"""Which candidate heads the moment (`headline_choice`): the subject is the one who does the act of the clause it
comes from, never the one who stood by while it happened, and nobody is named twice."""

from __future__ import annotations

from bot.digest.headline_choice import _not_the_bystander, named_twice
from bot.digest.headlines import write_headline
from bot.digest.news_clause import news_first


def _written(text: str, names: list[str]) -> str:
    return write_headline(news_first(text, names, names[0]), names=names, lead=names[0])


def test_the_one_who_acts_heads_never_the_one_who_stood_by():
    names = ["Juno Tarr", "Abel Crane"]
    headline = _written(
        "Juno Tarr stood by the mixing desk while Abel Crane sang her whole chorus back to her, line for line.", names
    )
    assert headline == "Abel Crane Sings Juno Tarr's Whole Chorus Back"
    # an unnamed doer too: the clause after "while the …" is a candidate of its own
    assert (
        _written("Corin Rigby sat in the make-up room while the band's bassist dyed his hair green", ["Corin Rigby"])
        == "The Band's Bassist Dyes Corin Rigby's Hair Green"
    )


def test_the_bystander_rule_leaves_a_posture_nobody_else_acts_in():
    names = ["Juno Tarr", "Abel Crane"]
    alone = ["Juno Tarr stands by the mixing desk while Abel Crane sings her chorus"]
    assert _not_the_bystander(alone, names) == alone  # (no other candidate tells Abel Crane's act)
    both = [*alone, "Abel Crane sings Juno Tarr's whole chorus back"]
    assert _not_the_bystander(both, names) == both[1:]


def test_a_reaction_when_another_acts_is_the_news():
    names = ["Dario Fenn", "Sol Adeyemi"]
    frozen = ["Dario Fenn stands frozen at the lectern when Sol Adeyemi reads his name"]
    assert _not_the_bystander([*frozen, "Sol Adeyemi reads Dario Fenn's name"], names)[0] == frozen[0]


def test_a_person_named_twice():
    names = ["Juno Tarr", "Abel Crane"]
    assert named_twice("Abel Crane Sings Juno Tarr's Chorus Back to Juno Tarr", names)
    assert not named_twice("Abel Crane Sings Juno Tarr's Chorus Back", names)

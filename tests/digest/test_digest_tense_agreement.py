"""A body told in the past agrees with itself: a count of people takes "were", "'s" before "just" and a past is
"had", a person's age or job stays in the present, a present after named people or after ", and" in a past
sentence is put in the past (issue 11, round 8). Every sentence is invented."""

from __future__ import annotations

import pytest

from bot.digest.copyedit import tidy
from bot.digest.narration import narrate
from bot.digest.polish import polish

NAMES = frozenset({"rosa", "lind", "vos", "kell", "mira", "tomas", "quill"})


def told(note: str) -> str:
    """A note as the body's passes run over it: the desk's tidy, the narration, the desk's last pass."""
    return polish(narrate(tidy(note), "Rosa Lind", NAMES), NAMES)


@pytest.mark.parametrize(
    ("note", "printed"),
    [
        ("Two hundred people singing in the dark.", "Two hundred people were singing in the dark."),
        ("Rosa stood on the bar. 200 singing along.", "Rosa stood on the bar. 200 were singing along."),
        ("She's just handed him a bottle.", "She had just handed him a bottle."),
        ("Mira's just handed him a bottle.", "Mira had just handed him a bottle."),
        ("Tomas, who's eleven, held the sign.", "Tomas, who is eleven, held the sign."),
        ("Tomas, who is a stylist, held the sign.", "Tomas, who is a stylist, held the sign."),
        ("Tomas, who's crying, held the sign.", "Tomas, who was crying, held the sign."),
        ("Kell handed her a pint and toasts her.", "Kell handed her a pint and toasted her."),
        ("Vos and Kell arrive at the pub.", "Vos and Kell arrived at the pub."),
        ("Vos arrives at the pub.", "Vos arrived at the pub."),
    ],
)
def test_a_body_told_in_the_past_agrees_with_itself(note, printed):
    assert told(note) == printed


@pytest.mark.parametrize(
    "note",
    [
        "One person was singing in the dark.",
        "Mira's signed photo was on the table.",
        "Vos and Kell's table was by the door.",
        "Vos wore boots and hats off to the crew.",
        "Kell handed out drinks and crisps to the band.",
    ],
)
def test_a_correct_sentence_is_left_as_written(note):
    assert told(note) == note


@pytest.mark.parametrize(
    ("note", "printed"),
    [
        (  # a pinned moment's telegraphic note, told: the article, the thing held, "~200" and who sang
            "Rosa up on table, phone torch, leading 'Rain Song'. ~200 singing in the dark.",
            "Rosa was up on a table with a phone torch, leading 'Rain Song'. "
            "About 200 people were singing in the dark.",
        ),
        ("Samir, after, rubbing his chin.", "Afterwards, Samir rubbed his chin."),
        ("Crowd of ~300 outside the door.", "Crowd of about 300 outside the door."),
        # no subject to give a verb to: left a note (for the prose gate), never "Together was on stage"
        ("Together on stage for the first time since 2011.", "Together on stage for the first time since 2011."),
        ("Rosa on stage, hair down, singing.", "Rosa was on stage, hair down, singing."),
    ],
)
def test_a_telegraphic_note_is_told_only_as_english(note, printed):
    assert narrate(tidy(note), "Rosa Lind", NAMES | {"samir"}) == printed


def test_a_note_opening_on_an_adverb_is_given_no_subject():
    from bot.digest.telegraphic import telegraphic

    note = "Together on stage for the first time since 2011, crowd silent."
    assert telegraphic(note, NAMES) == note  # never "Together was on stage …"


@pytest.mark.parametrize(
    ("note", "printed"),
    [
        ("Kell said the band would play if we ran over.", "Kell said the band would play if the show ran over."),
        ("We were running late, so Kell cut her speech.", "The show was running late, so Kell cut her speech."),
        ("Rosa sat beside us and cried. Then she sang.", "Then she sang."),  # the reporter's own: not printed
        ("We all sang. Rosa cried.", "Rosa cried."),
        # a source ("told us") and the looking-on `polish` takes out are no reason to drop a sentence
        ("Caio Mendes told us the ring had been in his sock.", "Caio Mendes told us the ring had been in his sock."),
        ("Rosa iced it while we all watched.", "Rosa iced it while we all watched."),
        ("Rosa ran to the US pavilion.", "Rosa ran to the US pavilion."),
    ],
)
def test_the_correspondents_we_is_never_the_articles(note, printed):
    assert tidy(note) == printed


def test_a_ranking_in_brackets_after_again_is_told():
    assert (
        tidy("Vos lost Best Drama again (4th) at the Baftas.")
        == "Vos lost Best Drama for the fourth time at the Baftas."
    )


@pytest.mark.parametrize(
    ("sentence", "prose"),
    [
        ("Nadia to Rima, who had been filming the whole thing.", False),  # no verb but the relative clause's
        ("Nadia, who had been filming, ran off.", True),
        ("Nadia ran to Rima, who had been filming.", True),
        ("Rima, whose mother had sewn it, wore the dress.", True),
    ],
)
def test_a_note_whose_only_verb_is_a_relative_clause_is_not_printed(sentence, prose):
    from bot.digest.prose import reads_as_prose

    assert reads_as_prose(sentence) is prose

"""The body reads as copy, not notes (issue 11, round 10): the active voice where a report names who did it, a
place label never a sentence's subject, no orphan fragments, one short form per person, and a state that still
holds kept in the present. Every sentence is invented."""

from __future__ import annotations

import pytest

from bot.digest.copyedit import cut_at_pauses, tidy
from bot.digest.gates import story_text
from bot.digest.hygiene import prose
from bot.digest.narration import narrate
from bot.digest.polish import polish
from bot.digest.prose import printable
from bot.digest.relatives import apposed_relatives
from bot.digest.telegraphic import telegraphic
from bot.digest.voice import active_voice
from tests.digest.factory import Night, filler, item_with

NAMES = frozenset({"tobi", "lark", "oya", "sarıkaya", "sarikaya", "maureen", "pike", "callum", "amos", "dube"})


def printed(note: str, objective: dict[str, str] | None = None) -> str:
    """A report's copy as the body prints it: its pauses cut, the desk's tidy, the narration in the active voice,
    the desk's last pass, only the sentences that read as prose."""
    what = cut_at_pauses(prose(note))
    copy = active_voice(narrate(tidy(story_text(what) or what), "Tobi Lark", NAMES), objective)
    return printable(polish(telegraphic(copy, NAMES), NAMES), NAMES)


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "Tobi Lark was handed a bucket by the head chef and asked not to film the kitchen.",
            "The head chef handed Tobi Lark a bucket and asked him not to film the kitchen.",
        ),
        ("The rented tuxedo was seen dripping on the pier.", "The rented tuxedo dripped on the pier."),
        (
            "Amos Dube was seen rehearsing his speech in the corridor.",
            "Amos Dube rehearsed his speech in the corridor.",
        ),
        ("Oya Sarıkaya is seen dancing with the cloakroom staff.", "Oya Sarıkaya danced with the cloakroom staff."),
        (
            "Maureen Pike was handed the trophy by her son Callum Pike.",
            "Maureen Pike's son Callum Pike handed her the trophy.",
        ),
        ("Tobi Lark was stopped by security at the door.", "Security stopped Tobi Lark at the door."),
        ("Tobi Lark was handed the mic by host Kim Daly.", "Host Kim Daly handed Tobi Lark the mic."),
    ],
)
def test_a_passive_whose_agent_is_named_is_told_as_the_agents_act(note, told):
    assert printed(note, {"Tobi Lark": "him"}) == told


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobi Lark was handed the trophy.",  # no agent: none invented
        "The note was written by hand.",  # a means
        "The cake was delivered by midnight.",  # a time
        "Tobi Lark was nominated by the academy for the third time.",
        "The Golden Linden was handed to Tobi Lark by Ola Dahl, his first piano teacher, in the wings.",
        "Tobi Lark was handed a bucket by the head chef and laughed.",  # his own act after "and"
    ],
)
def test_a_passive_with_no_agent_to_name_stays_one(sentence):
    assert printed(sentence, {"Tobi Lark": "him"}) == sentence


def body_of(what: str, who: list[str], where: str | None = None) -> str:
    """The body of the item a night's one strong report makes (filler around it)."""
    night = Night()
    filler(night, 8)
    report = night.spot(what, who=who, by="Amy", at="21:03", votes=90, where=where)
    return item_with(night.compile(), report).body


@pytest.mark.parametrize(
    ("what", "who", "told"),
    [
        (
            "Rooftop bar: Nell Ostrander was there with the trophy, pouring it full of prosecco for the strings.",
            ["Nell Ostrander"],
            "Nell Ostrander was at the rooftop bar with the trophy, pouring it full of prosecco for the strings.",
        ),
        (
            "Later, Afterparty upstairs: Nell Ostrander was here with the trophy, filling it with prosecco.",
            ["Nell Ostrander"],
            "Nell Ostrander was at the afterparty upstairs with the trophy, filling it with prosecco.",
        ),
        (
            "BACK BAR: Juno Pratt w/ Ravi Sen, sharing one plate of chips before the Best Film envelope.",
            ["Juno Pratt", "Ravi Sen"],
            "Juno Pratt was with Ravi Sen at the back bar, sharing one plate of chips before the Best Film envelope.",
        ),
    ],
)
def test_a_place_label_is_where_the_sentence_happened_never_its_subject(what, who, told):
    assert body_of(what, who).startswith(told)


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "Tobi Lark walked in with the trophy on a tray. A towel folded over his arm like a waiter.",
            "Tobi Lark walked in with the trophy on a tray, a towel folded over his arm like a waiter.",
        ),
        (
            "Tobi Lark walked out. His scarf wrapped around the trophy like a bandage.",
            "Tobi Lark walked out, his scarf wrapped around the trophy like a bandage.",
        ),
        ("Tobi Lark lost Best Song. Face in hands at the mic.", "Tobi Lark lost Best Song."),
        ("Tobi Lark lost Best Song to his brother. Clapped, sat.", "Tobi Lark lost Best Song to his brother."),
        (
            "Tobi Lark walked in. The napkin folded over and fell.",
            "Tobi Lark walked in. The napkin folded over and fell.",
        ),
    ],
)
def test_a_fragment_joins_its_sentence_or_is_left_out(note, told):
    assert printed(note) == told


def test_a_relative_named_by_role_then_by_name_gets_the_name_in_apposition():
    night = Night()
    filler(night, 8)
    report = night.spot(
        "Lena Arden won Best Newcomer. Lena Arden's mother was crying in row C. Selma Arden said she had driven nine"
        " hours to be there.",
        who=["Lena Arden", "Selma Arden"],
        at="22:00",
        votes=85,
    )
    body = item_with(night.compile(), report).body
    # (Lena called by her given name beside Selma Arden: round 38)
    assert "Lena's mother, Selma Arden, was crying in row C. She said she had driven nine hours" in body


@pytest.mark.parametrize(
    "text",
    [
        "Lena Arden won. Her mother, Selma Arden, cried.",  # in apposition already
        "Lena Arden won. Her mother Selma Arden cried.",
        "Kit Pell's mother cried. Selma Arden clapped.",  # whose mother, the report does not say
        "Lena Arden won and her father waved. Later he hugged Selma Arden.",  # no sentence's subject
    ],
)
def test_a_relative_is_not_guessed(text):
    assert apposed_relatives(text, ["Lena Arden", "Selma Arden", "Kit Pell"]) == text


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "Cass and Drew Whitby, the co-creators who are suing each other, shared a cab home.",
            "Cass and Drew Whitby, the co-creators who are suing each other, shared a cab home.",
        ),
        (
            "Tobi Lark, who is engaged to the drummer, is crying.",
            "Tobi Lark, who is engaged to the drummer, was crying.",
        ),
        (
            "Tobi Lark, who is sitting next to the drummer, laughs.",
            "Tobi Lark, who was sitting next to the drummer, laughed.",
        ),
    ],
)
def test_a_state_that_still_holds_keeps_the_present_in_its_relative_clause(note, told):
    assert printed(note) == told


def test_a_verb_is_never_joined_to_a_participle():
    night = Night()
    filler(night, 8)
    report = night.spot(
        "BACK BAR: Oya Sarıkaya w/ the winner, sharing one plate of chips. Oya paid.",
        who=["Oya Sarıkaya"],
        at="21:45",
        votes=70,
    )
    body = item_with(night.compile(), report).body
    assert "Oya Sarıkaya was with the winner at the back bar, sharing one plate of chips." in body
    assert "chips and paid" not in body

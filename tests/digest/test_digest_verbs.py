"""A verb put in the present for a headline is spelt as a dictionary spells it, in British and American spelling
alike: "cancelled" and "canceled" are both "cancels", never "Cancells"; a verb whose own last letters are "ll"
keeps them ("installs", "calls")."""

from __future__ import annotations

import pytest

from bot.digest.verbs import REGULAR, base_form, past_tense, present, s_form_base, s_form_past, third_person

# (as a report writes it, the present for one person); British and American spellings side by side
WORD_LIST = [
    ("cancelled", "cancels"),
    ("canceled", "cancels"),
    ("cancelling", "cancels"),
    ("travelled", "travels"),
    ("traveled", "travels"),
    ("labelled", "labels"),
    ("modelled", "models"),
    ("signalled", "signals"),
    ("levelled", "levels"),
    ("marvelled", "marvels"),
    ("quarrelled", "quarrels"),
    ("totalled", "totals"),
    ("equalled", "equals"),
    ("unravelled", "unravels"),
    ("shovelled", "shovels"),
    ("tunnelled", "tunnels"),
    ("pencilled", "pencils"),
    ("fuelled", "fuels"),
    ("fueled", "fuels"),
    ("dialled", "dials"),
    ("duelled", "duels"),
    ("controlled", "controls"),
    ("patrolled", "patrols"),
    ("compelled", "compels"),
    ("propelled", "propels"),
    ("excelled", "excels"),
    ("rebelled", "rebels"),
    ("installed", "installs"),
    ("recalled", "recalls"),
    ("enthralled", "enthralls"),
    ("called", "calls"),
    ("yelled", "yells"),
    ("yelling", "yells"),
    ("spelled", "spells"),
    ("rolled", "rolls"),
    ("strolled", "strolls"),
    ("thrilled", "thrills"),
    ("quelled", "quells"),
    ("spilled", "spills"),
    ("pulled", "pulls"),
    ("stopped", "stops"),
    ("worshipped", "worships"),
    ("worshiped", "worships"),
    ("kidnapped", "kidnaps"),
    ("admitted", "admits"),
    ("preferred", "prefers"),
    ("visited", "visits"),
    ("offered", "offers"),
    ("opened", "opens"),
    ("listened", "listens"),
    ("panicked", "panics"),
    ("mimicked", "mimics"),
    ("picked", "picks"),
    ("passed", "passes"),
    ("buzzed", "buzzes"),
    ("focused", "focuses"),
    ("carried", "carries"),
    ("danced", "dances"),
    ("juggled", "juggles"),
    # a verb's own e, or own double letter, kept
    ("changed", "changes"),
    ("arranged", "arranges"),
    ("charged", "charges"),
    ("urged", "urges"),
    ("dodged", "dodges"),
    ("judged", "judges"),
    ("lunged", "lunges"),
    ("cringed", "cringes"),
    ("tasted", "tastes"),
    ("wasted", "wastes"),
    ("welcomed", "welcomes"),
    ("breathed", "breathes"),
    ("agreed", "agrees"),
    ("added", "adds"),
    ("erred", "errs"),
    # ... and none added where the verb has none
    ("signaled", "signals"),
    ("totaled", "totals"),
    ("murmured", "murmurs"),
    ("murmuring", "murmurs"),
    ("banged", "bangs"),
    ("belonged", "belongs"),
    ("lasted", "lasts"),
    ("posted", "posts"),
    ("nodded", "nods"),
    ("winged", "wings"),
    ("needed", "needs"),
    ("singing", "sings"),  # (never "singe")
    ("changing", "changes"),
    ("cringing", "cringes"),
    ("bringing", "brings"),
]


@pytest.mark.parametrize(("written", "expected"), WORD_LIST)
def test_a_past_tense_is_put_in_the_present_as_the_dictionary_spells_it(written, expected):
    assert present(written, plural=False) == (expected, False)


def test_a_doubled_l_is_undone_for_a_plural_subject_too():
    assert present("travelled", plural=True) == ("travel", False)
    assert base_form("cancelling") == "cancel"
    assert base_form("installing") == "install"


def test_every_regular_verb_the_module_knows_comes_back_from_its_past_tense():
    # (the list a report's verbs are put in the past with: its past tense, and the British doubled l, go back)
    wrong = []
    for verb in sorted(REGULAR):
        forms = [p] if (p := past_tense(verb)) else []
        if verb[-1] == "l" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
            forms += [verb + "led", verb + "ling"]  # "travelled", "cancelling"
        wrong += [(form, got) for form in forms if (got := present(form, plural=False)[0]) != third_person(verb)]
    assert wrong == []


def test_a_hyphenated_verb_is_put_in_the_present_by_its_last_part():
    assert present("video-called", False)[0] == "video-calls"
    assert present("fist-bumped", False)[0] == "fist-bumps"


def test_could_not_is_put_in_the_present_as_cannot_in_one_word():
    assert present("could", False, "not") == ("can't", True)


@pytest.mark.parametrize(
    "line",
    [
        "Hollis Thorne wove ribbons into the drummer's hair",
        "Hollis Thorne crept past the press pen",
        "Hollis Thorne spat out his gum into a napkin",
        "Hollis Thorne flung his jacket into the crowd",
        "Hollis Thorne sought out the sound engineer to apologise",
        "Hollis Thorne shed a tear at the tribute",
        "Hollis Thorne sprang onto the piano",
    ],
)
def test_a_sentence_on_a_less_common_irregular_past_is_told_not_left_out_as_shorthand(line: str) -> None:
    # (a breaker's one-line nights: each was "no sentence of it reads as prose" and the digest was empty)
    from tests.digest.factory import Night

    night = Night()
    night.spot(line, who=["Hollis Thorne"], votes=9)
    digest = night.compile()
    assert len(digest.items) == 1
    assert digest.items[0].body.startswith(line.split(" ", 2)[0])


def test_a_headline_on_an_irregular_past_is_in_the_present_throughout() -> None:
    from tests.digest.factory import Night, filler

    night = Night()
    filler(night, 3, votes=1)
    night.spot("Vesper Lane overslept and missed the red carpet entirely", who=["Vesper Lane"], votes=9)
    assert night.compile().items[0].headline == "Vesper Lane Oversleeps and Misses the Red Carpet Entirely"


def test_a_verb_in_ye_keeps_its_e():
    assert base_form("dyed") == "dye"
    assert base_form("eyed") == "eye"
    assert base_form("played") == "play"
    assert third_person(base_form("dyed") or "") == "dyes"


def test_an_irregular_past_with_a_prefix():
    assert base_form("outdrank") == "outdrink"
    assert base_form("outran") == "outrun"
    assert base_form("reshot") == "reshoot"
    assert base_form("outfit") is None  # (a same-form verb's: no past to read)
    assert base_form("unsung") is None  # (an adjective)


@pytest.mark.parametrize(
    ("said", "past"),
    [
        ("sings", "sang"),
        ("carries", "carried"),
        ("watches", "watched"),
        ("kisses", "kissed"),
        ("wins", "won"),
        ("boss", None),
    ],
)
def test_a_present_with_s_is_told_in_the_past_by_one_rule(said: str, past: str | None) -> None:
    # (the rule shorthand and flashback both read: "kisses" is a present of "kiss"; "boss" is no present with -s)
    assert s_form_past(said) == past


@pytest.mark.parametrize("base", ["sing", "carry", "watch", "wash", "box", "go", "stop"])
def test_the_base_of_a_present_with_s_is_the_word_third_person_spelled(base: str) -> None:
    assert s_form_base(third_person(base)) == base

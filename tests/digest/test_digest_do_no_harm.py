"""First, do no harm: the body's prose rules never change a quote's words, never change who did what, and
leave a correct sentence as it was written.

Every sentence here is invented. The rules are the body's, each as the compiler runs it: `tidy` (the desk's
first pass), `narrate` (the past tense), `polish` (with `unspliced`), the passes over a body's paragraphs
(`introduced_once`) and the sentence splitter they all read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bot.digest.casing import capitalise_sentences
from bot.digest.clauses import sentences
from bot.digest.copyedit import tidy
from bot.digest.narration import narrate
from bot.digest.polish import polish
from bot.digest.quoted import keeping_quotes
from bot.digest.retelling import introduced_once
from bot.digest.splices import unspliced

from .factory import Night, every_item, filler

NAMES = frozenset(
    [
        "pia",
        "lund",
        "dara",
        "voss",
        "agnes",
        "quill",
        "mo",
        "rue",
        "tan",
        "jean",
        "van",
        "der",
        "berg",
        "maria",
        "de",
        "la",
        "cruz",
        "theo",
        "wendell",
    ]
)

# each body rule as the compiler runs it: behind `keeping_quotes` (tidy keeps quotes of its own)
RULES: dict[str, Callable[[str], str]] = {
    "tidy": tidy,
    "narrate": lambda text: keeping_quotes(lambda t: narrate(t, "Lund", NAMES), text),
    "polish": lambda text: keeping_quotes(lambda t: polish(t, NAMES), text),
    "unspliced": lambda text: keeping_quotes(unspliced, text),
    "introduced_once": lambda text: keeping_quotes(lambda t: introduced_once([t])[0], text),
    "capitalise_sentences": capitalise_sentences,
}

_SAID = re.compile(r"“([^”]*)”|\"([^\"]*)\"|(?<![\w'’])['‘]([^'‘’]{2,}?)['’](?![\w'’])")


def quoted_words(text: str) -> list[list[str]]:
    """The words of each quote in `text`, in order, in lower case (a capital opening quoted speech and the
    marks around it are typography, not words)."""
    return [re.findall(r"[\w'’]+", "".join(m.groups(""))) for m in _SAID.finditer(text.lower())]


# speech that tempts every rule: present tenses, first person, a "then", a "now", a verbless note, a name
QUOTES = [
    "we are in, we are so in",
    "We are in. We are so in.",
    "I am shaking. She is the best thing that ever happened to this show",
    "Crew taking selfies with it",
    "The seating planner is hiding behind a column",
    "Caught him after, asked how he does it",
    "it went dead silent then screamed",
    "he is now streaming it from the car",
    "Later, 31 minutes.",
    "Pia, you are late, honestly",
    "Whole family singing in the seats",
    "Ok so she says no and he says yes lol",
]
FRAMES = [
    "Pia Lund said: “{q}”",
    "“{q}” Dara Voss said, and walked off.",
    "She told the runner “{q}” and ran for the stage.",
    "Mo Tan grabbed the mic. “{q}” Then she sat down.",
    "Rue Tan read the card aloud: “{q}” The room laughed.",
    "caught Dara Voss in the corridor, asked about it: “{q}”",
]


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("frame", FRAMES)
def test_no_rule_changes_the_words_of_a_quote(rule, frame):
    for quote in QUOTES:
        text = frame.format(q=quote)
        assert quoted_words(RULES[rule](text)) == quoted_words(text), text


@pytest.mark.parametrize("rule", ["narrate", "polish"])
def test_no_rule_changes_the_words_of_speech_in_single_quotes(rule):
    for quote in ("we are in", "she is hiding behind the bar", "he now says it is fine"):
        text = f"Pia Lund grabbed the runner, said '{quote}' and ran for the stage."
        assert quoted_words(RULES[rule](text)) == [quote.split()]


def body_of(text: str, who: list[str]) -> str:
    """The body of the item that tells one strongly voted report (beside a few small ones)."""
    night = Night()
    filler(night, 4, votes=1)
    night.spot(text, who=who, votes=9, at="22:00")
    return every_item(night.compile())[0].body


@pytest.mark.parametrize(
    "text",
    [
        "Pia Lund grabbed the runner. “We are in. We are so in.” Then she ran for the stage",
        "Pia Lund grabbed the runner, said 'we are in' and ran for the stage",
        "Pia Lund read the card out: “I am so sorry. I am not sorry.” Then she sat down",
        "Pia Lund turned to the runner. “Paid her in twenties. Says she is fine.” Nobody laughed",
    ],
)
def test_a_quote_in_a_report_is_printed_as_it_was_said(text):
    assert quoted_words(body_of(text, ["Pia Lund"])) == quoted_words(text)


@pytest.mark.parametrize(
    ("text", "sentences_"),
    [
        ("Agnes Quill (the hat lady!) pulled a needle.", ["Agnes Quill (the hat lady!) pulled a needle."]),
        ("“Go!” she said. Then she went.", ["“Go!” she said.", "Then she went."]),
        ("She said “Go!” Then she went.", ["She said “Go!”", "Then she went."]),
        ("It rained (a lot.) Then it stopped.", ["It rained (a lot.)", "Then it stopped."]),
    ],
)
def test_a_stop_inside_a_quote_or_a_bracket_ends_a_sentence_only_before_a_capital(text, sentences_):
    assert sentences(text) == sentences_


def test_a_name_is_never_given_to_a_sentence_that_goes_on_after_a_bracketed_aside():
    text = (
        "Just before the walk-on the seam split, Agnes Quill (the hat lady!) pulled a needle from her brim "
        "and stitched Mo Lund in"
    )
    body = body_of(text, ["Agnes Quill", "Mo Lund"])
    assert "Agnes Quill pulled a needle" in body  # (the reporter's exclamation in brackets left out)
    assert body.count("Quill") == 1 and "Lund pulled" not in body


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (
            "Pia Lund walked in. The crew stopped working. Took the door off its hinges.",
            "Pia Lund walked in. The crew stopped working. Took the door off its hinges.",
        ),
        (
            "Pia Lund walked in. Two ushers ran over. Carried her to the stage.",
            "Pia Lund walked in. Two ushers ran over. Carried her to the stage.",
        ),
        (
            "Nobody knew where the trophy was. Found it in a flower pot an hour later.",
            "Nobody knew where the trophy was. Found it in a flower pot an hour later.",
        ),
        (  # the one named just before still takes their own next verb
            "Pia Lund walked in. Dara Voss waved. Sat down next to her.",
            "Pia Lund walked in. Dara Voss waved. Voss sat down next to her.",
        ),
        ("Wendell lost. Paid her in twenties.", "Wendell lost. Wendell paid her in twenties."),
    ],
)
def test_a_sentence_with_no_subject_is_never_given_someone_elses(note, told):
    assert narrate(note, "Lund", NAMES, lambda name: name.split()[-1]) == told


@pytest.mark.parametrize(
    ("narrated", "printed"),
    [
        ("Nobody told her. Found out from the photos.", "Nobody told her. Found out from the photos."),
        (
            "Rue Tan and Mo Tan arrived together. Rue left first.",
            "Rue Tan and Mo Tan arrived together. Rue left first.",
        ),
        ("Theo let her in. Soaked.", "Theo let her in, soaked."),  # a note with no verb still joins
    ],
)
def test_a_short_sentence_with_its_verb_is_not_joined_to_the_one_before_as_a_note(narrated, printed):
    assert polish(narrated, NAMES) == printed


@pytest.mark.parametrize(
    "note",
    [
        "The seating planner was hiding behind a column.",
        "Her acting coach was crying in the wings.",
        "The smoking area filled up after the first award.",
        "The waiting staff were lined up by the door.",
        "His running mate arrived at ten.",
        "Nobody in the room had heard of the winner.",
    ],
)
def test_no_verb_is_inserted_in_a_sentence_that_has_one(note):
    assert narrate(note) == note


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("Whole family singing in the seats.", "Whole family was singing in the seats."),
        ("The crew hiding in the wings.", "The crew was hiding in the wings."),
    ],
)
def test_a_verbless_note_still_gets_its_verb_after_its_subject(note, told):
    assert narrate(note) == told


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("Caught Dara Voss, asked about the kid.", "Dara Voss was asked about the kid."),
        (
            "Later, caught Dara Voss in the corridor, asked about the kid.",
            "Later, in the corridor, Dara Voss was asked about the kid.",
        ),
        (
            "Caught Dara Voss after, asked how they managed the stairs.",
            "Dara Voss was asked afterwards how they managed the stairs.",
        ),
        (
            "Dara Voss came off. Caught her by the lifts, asked her why.",
            "Dara Voss came off. By the lifts, she was asked why.",
        ),
    ],
)
def test_a_reporters_caught_and_asked_keeps_the_person_the_one_asked(note, told):
    assert narrate(tidy(note), "Voss", NAMES) == told


def test_in_an_item_the_person_a_reporter_caught_and_asked_is_not_the_one_asking():
    body = body_of("Caught Dara Voss after, asked how they managed the stairs in that gown", ["Dara Voss"])
    assert "Dara Voss was asked afterwards how they managed the stairs" in body


def test_a_follow_up_where_a_reporter_caught_and_asked_someone_reads_after_its_connective():
    night = Night()
    filler(night, 4, votes=1)
    night.spot("Dara Voss brought her son Milo on stage to collect the award", who=["Dara Voss"], votes=9, at="21:00")
    night.spot("caught Dara Voss in the corridor, asked about Milo", who=["Dara Voss"], votes=5, at="21:45", by="Ben")
    night.spot(
        "Caught Dara Voss after, asked how Milo managed the stairs",
        who=["Dara Voss"],
        votes=4,
        at="22:10",
        by="Cho",
        quote="One step at a time.",
    )

    body = every_item(night.compile())[0].body

    assert "Later, in the corridor, Voss was asked about Milo." in body
    assert "Not long after, Voss was asked afterwards how Milo managed the stairs." in body


@pytest.mark.parametrize(
    ("note", "told"),
    [
        ("The whole bar went dead silent and then screamed.", "The whole bar went dead silent and then screamed."),
        ("Van der Berg then thanked the driver.", "Van der Berg then thanked the driver."),
        ("She then left by the fire exit.", "She then left by the fire exit."),
        ("Room went dead silent then roared.", "The room went dead silent, then roared."),
    ],
)
def test_a_comma_before_then_only_where_two_verbs_meet_without_one(note, told):
    assert narrate(note) == told


def test_the_live_now_of_a_report_is_not_kept_in_past_narration():
    assert polish("Her speech was now streaming from the line outside.") == (
        "Her speech was streaming from the line outside."
    )
    assert polish("He was now in a sheet mask.") == "He was now in a sheet mask."  # a change of state: kept


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (  # what someone was about to do stays ahead of them, whoever the subject is
            "Dara Voss presents best score in 10 min and she still has one shoe on.",
            "Dara Voss was due to present Best Score in 10 minutes and she still had one shoe on.",
        ),
        ("She's done for the night.", "She was done for the night."),
        ("She's done it again.", "She had done it again."),
        ("Odile Marchetti's not coming back out.", "Odile Marchetti was not coming back out."),
    ],
)
def test_the_past_tense_keeps_what_a_present_tense_meant(note, told):
    assert narrate(tidy(note)) == told


def test_a_follow_up_placed_by_its_connective_keeps_no_live_now():
    night = Night()
    filler(night, 4, votes=1)
    night.spot("Pia Lund lost her heel on the red carpet and walked the rest barefoot", who=["Pia Lund"], votes=9)
    night.spot("Pia Lund now in the press room, heel in hand", who=["Pia Lund"], at="21:40", votes=5, by="Ben")

    body = every_item(night.compile())[0].body

    assert "Later, Lund was in the press room" in body


def test_a_follow_up_that_opens_on_a_quote_keeps_its_now():
    night = Night()
    filler(night, 4, votes=1)
    night.spot("Pia Lund lost her heel on the red carpet and walked the rest barefoot", who=["Pia Lund"], votes=9)
    night.spot(
        "“It was now or never. Never,” Pia Lund said of the heel", who=["Pia Lund"], at="21:40", votes=5, by="Ben"
    )

    body = every_item(night.compile())[0].body

    assert "“It was now or never. Never,”" in body


# correct, ordinary sentences of a story told after the fact: no rule has anything to do to them
CORRECT = [
    "Pia Lund tripped on the top step and laughed it off.",
    "The seating planner was hiding behind a column near the bar.",
    "Maria de la Cruz handed her trophy to the cloakroom attendant for safekeeping.",
    "Jean van der Berg and Theo swapped jackets in the corridor.",
    "She said “we are in” and ran for the stage.",
    "“We are in. We are so in,” Pia Lund said.",
    "Odile held up a card that read “slower” and nobody slowed down.",
    "The crew took the door off its hinges to get the piano through.",
    "Rue Tan cried through the whole speech, then hugged the sound engineer.",
    "Her acting coach was crying in the wings.",
    "Ines Baptiste, head of wardrobe, sewed Pia Lund into the dress with four minutes to spare.",
    "Theo brought sandwiches, crisps and a flask of tea for the runners.",
    "Asked about the rumour, Dara Voss laughed: “Which one?”",
    "“Don't tell my manager,” Rue Tan said, and ordered another round.",
    "Wendell arrived late, soaked, and went straight to the stage.",
    "The usher, a student from the conservatory, played the piano in the lobby.",
    "It was 3 a.m. when the last guests left.",
    "The whole bar went dead silent and then screamed.",
    "Jean van der Berg then thanked the bus driver.",
    "Pia Lund caught the bouquet and handed it straight back.",
    "Dara Voss was asked about the kid and said he was asleep in the car.",
    "The drummer, still in his socks, carried the kit out to the van.",
    "The can of soup sat on the piano all night.",
    "The crowd cheered, the band bowed, and the curtain fell.",
    "The room was packed, the air was hot, and nobody left.",
    "Pia Lund's mother was sitting in the front row with a banner.",
    "Jean van der Berg, who had lost twice before, finally won.",
    "The bartender looked terrified when the whole cast walked in.",
    "When the lights came back on, the stage was empty.",
    "The smoking area filled up after the first award.",
    "His running mate arrived at ten with a bag of oranges.",
    "The waiting staff were lined up by the door.",
    "The lighting crew, who had worked since dawn, got a standing ovation.",
    "Dara Voss, stunned, said nothing for a minute.",
    "At 3 a.m., the bar finally closed.",
    "They brought cake, wine, etc., and stayed until two.",
    "She had just sat down when the alarm went off.",
    "Asked what she would do next, Dara Voss shrugged.",
    "Nobody in the room had heard of the winner.",
    "The trophy, a glass heron, lost a wing in the lift.",
    "Ines Baptiste fixed the zip with a paper clip.",
    "Rue Tan posed for a photo with the cloakroom staff.",
    "She answered every question honestly.",
    "He took the joke seriously.",
    "Pia Lund's in-laws arrived at nine.",
    "The singer waved at her grandmother, two rows above.",
    "He asked if anyone had a charger.",
    "It was the best night of her life, she said.",
    "The car was outside, Theo said.",
    "He was staying, he told the runner.",
    "She was 19 and she was terrified, she said later.",
    "Rue Tan and Mo Tan arrived together. Rue left first.",
]


@pytest.mark.parametrize("rule", RULES)
def test_no_rule_changes_a_correct_sentence(rule):
    changed = [(s, out) for s in CORRECT if (out := RULES[rule](s)) != s]
    assert changed == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Pia Lund tripped on the top step. She laughed it off and finished the song.", ["Pia Lund"]),
        (
            "Jean van der Berg thanked his mother. Van der Berg then thanked the bus driver who had got him there.",
            ["Jean van der Berg"],
        ),
        ("Maria de la Cruz won Best Score. De la Cruz dedicated it to her piano teacher.", ["Maria de la Cruz"]),
        ("Rue Tan was asked about the rumour. “Which one?” Tan said.", ["Rue Tan"]),
        ("“We are in. We are so in,” Pia Lund said as the doors opened.", ["Pia Lund"]),
        ("Dara Voss told the runner: “We are in, and we are staying in.”", ["Dara Voss"]),
        (
            "The seating planner was hiding behind a column near the bar. Dara Voss found him there an hour later.",
            ["Dara Voss"],
        ),
        (
            "The lights failed twice during the second half, and Rue Tan kept singing in the dark.",
            ["Rue Tan"],
        ),
        ("Jean van der Berg had just sat down when his name was read out.", ["Jean van der Berg"]),
        ("The whole bar went dead silent and then screamed when Pia Lund walked in.", ["Pia Lund"]),
        ("Maria de la Cruz fixed the zip with a paper clip.", ["Maria de la Cruz"]),
    ],
)
def test_a_correct_report_is_printed_as_it_was_written(text, who):
    assert body_of(text, who) == text

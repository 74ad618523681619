"""Who said a quote nobody is credited with (`speakers.speaker_of`, `paragraphs._unnamed_speaker`): never the person
the report says it was said to (a fan shouted at them, stewards stopped them, the line calls them "sir"); the one
the report says spoke when it names them ("a fan shouted" → the fan); the person asked, when the line answers."""

from __future__ import annotations

import pytest

from bot.digest.speakers import addresses_someone

from .factory import Night, filler, item_with


def _body(text: str, who: list[str], quote: str) -> str:
    """The body of the item that tells one strongly voted report with a quote (beside a few small ones)."""
    night = Night()
    filler(night, 4, votes=1)
    told = night.spot(text, who=who, votes=9, at="22:00", quote=quote)
    return item_with(night.compile(), told).body


@pytest.mark.parametrize("who", [["Rosalind Achterberg"], []])
def test_a_line_a_fan_screamed_at_someone_is_the_fans(who):
    text = "A fan screamed at Rosalind Achterberg from the front row during her encore"
    body = _body(text, who, "Marry me Rosalind!")
    assert "Achterberg said" not in body, body
    assert "“Marry me Rosalind!” the fan said." in body, body


def test_a_line_said_while_stewards_stopped_someone_is_not_theirs():
    body = _body(
        "Stewards blocked Caspar Lindqvist at the artists' entrance because his lanyard had expired",
        ["Caspar Lindqvist"],
        "Sorry sir, rules are rules",
    )
    assert "Lindqvist said" not in body, body
    assert "“Sorry sir, rules are rules.”" in body, body


def test_the_answer_to_a_question_put_to_someone_is_theirs():
    body = _body(
        "The compère asked Wen Tobiah what she would spend the prize money on", ["Wen Tobiah"], "New teeth for my dog"
    )
    assert "“New teeth for my dog,” Tobiah said." in body, body


def test_a_line_the_person_says_stays_theirs():
    body = _body("Ottilie Brandvold waved at the balcony and grinned", ["Ottilie Brandvold"], "Hello up there!")
    assert "“Hello up there!” Brandvold said." in body, body


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Sorry madam, no wristband, no entry", True),
        ("Not tonight, sir", True),
        ("Yes ma’am", True),
        ("Thank you, Sir Elton, for everything", False),  # (a title, not a form of address)
        ("That's how it's done, darling", False),  # (a star's own word as often as not)
        ("Love you all", False),
    ],
)
def test_a_form_of_address_says_the_line_was_said_to_someone(quote, expected):
    assert addresses_someone(quote) is expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Marisol Quint is going to launch her own perfume at the after-party, her publicist told me", "her publicist"),
        ("Marisol Quint will skip the second half to catch a flight, the stage manager tells me", "the stage manager"),
    ],
)
def test_a_plan_someone_told_the_reporter_keeps_its_source(text, source):
    body = _body(text, ["Marisol Quint"], "")
    assert f", {source} said." in body, body  # never told as fact, nor as a plan that fell through on our word
    assert "told me" not in body and "tells me" not in body, body


@pytest.mark.parametrize(
    ("text", "quote", "line"),
    [  # (break31 N3: someone else in the report speaks, or acts on the person; the line is never the person's)
        ("A man at the back of the hall bellowed at Casimir Delacroix-Nwosu", "Play the old stuff!", "the man said"),
        (
            "Casimir Delacroix-Nwosu's nan stood up in the stalls and shouted",
            "Go on, pet!",
            "Delacroix-Nwosu's nan said",
        ),
        ("Casimir Delacroix-Nwosu's bodyguard pushed him into the lift", "Not now, not tonight", "Overheard: “"),
    ],
)
def test_a_line_someone_else_says_to_the_person_is_never_theirs(text, quote, line):
    body = _body(text, ["Casimir Delacroix-Nwosu"], quote)
    assert "Delacroix-Nwosu said" not in body and "he said" not in body and "she said" not in body, body
    assert line in body, body


def test_a_line_the_person_tells_the_crowd_stays_theirs():
    body = _body(
        "Casimir Delacroix-Nwosu told the crowd his boots were borrowed", ["Casimir Delacroix-Nwosu"], "Size twelve!"
    )
    assert "“Size twelve!” Delacroix-Nwosu said." in body or "“Size twelve!” he said." in body, body


def test_a_line_that_names_the_person_as_someone_spoken_of_is_not_theirs():
    """ "Hana always does what she says" is said of Hana Lindqvist, never by her: the sentence before it says who
    answered ("Her sister didn't hesitate."), so the line is her sister's."""
    body = _body(
        "Someone at the bar asked whether Hana Lindqvist would really swim in the harbour if she won. "
        "Her sister didn't hesitate.",
        ["Hana Lindqvist"],
        "Oh, she'll do it. Hana always does what she says, that's the problem.",
    )
    assert "Lindqvist said" not in body, body
    assert "that's the problem,” her sister said." in body, body


def test_a_line_introducing_oneself_by_name_stays_theirs():
    body = _body(
        "Hana Lindqvist took the microphone from the warm-up man before the doors opened",
        ["Hana Lindqvist"],
        "Hi, I'm Hana and I'll be your usher tonight",
    )
    assert "Lindqvist said" in body, body


def test_a_line_the_report_frames_as_a_strangers_is_theirs():
    """The report's own sentence says who spoke the line ("The doorman, deadpan, to the trophy: “…”"): the
    doorman's, never the person's, even when the line is in another language."""
    body = _body(
        "Service door: the trophy of Koffi Mensah-Adjei went through the scanner and set it off. It was the brass "
        'base. The doorman, deadpan, to the trophy: "Bwana, kuna chuma ndani yako." Everyone in the queue laughed.',
        ["Koffi Mensah-Adjei"],
        "Bwana, kuna chuma ndani yako.",
    )
    assert "Mensah-Adjei said" not in body, body
    assert "the doorman said" in body, body


def test_two_speakers_lines_in_another_language_are_both_told():
    """A moment's distinct voices are kept: the father's line in French beside his daughter's."""
    night = Night()
    filler(night, 4, votes=1)
    lead = night.spot(
        "Minutes after her win, Maëlle Tissot ran out to the car park, where her father Gérard Tissot had waited "
        "all night in his lorry, and brought him inside in his overalls.",
        who=["Maëlle Tissot", "Gérard Tissot"],
        votes=90,
        at="22:00",
        quote="Papa, viens, c'est pour toi.",
        quote_by="Maëlle Tissot",
    )
    night.spot(
        "Maëlle est allée chercher son père dans son camion. Il ne voulait pas entrer en bleu de travail.",
        who=["Maëlle Tissot", "Gérard Tissot"],
        by="Ben",
        votes=30,
        at="22:02",
        quote="Moi? En bleu de travail? Jamais.",
        quote_by="Gérard Tissot",
    )
    body = item_with(night.compile(), lead).body
    assert "“Papa, viens, c'est pour toi,”" in body, body
    assert "“Moi? En bleu de travail? Jamais,”" in body, body


def test_a_second_voice_in_a_script_the_reader_cannot_sound_out_is_not_added():
    """Beside the moment's one line in another language, a second speaker's line is added only in Latin letters."""
    night = Night()
    filler(night, 4, votes=1)
    lead = night.spot(
        "Coming off stage, Arjun Mehra walked out to the drivers' canteen and put the trophy in the hands of Ramu "
        "Kale, his stunt double for twenty years.",
        who=["Arjun Mehra", "Ramu Kale"],
        votes=90,
        at="22:00",
        quote="Aadha tumhara hai, Ramu.",
        quote_by="Arjun Mehra",
    )
    night.spot(
        "अर्जुन ने ट्रॉफी रामू को दे दी।",
        who=["Arjun Mehra", "Ramu Kale"],
        by="Ben",
        votes=30,
        at="22:02",
        quote="साहब, मैं तो सिर्फ़ गिरता था।",
        quote_by="Ramu Kale",
    )
    body = item_with(night.compile(), lead).body
    assert "“Aadha tumhara hai, Ramu,”" in body, body
    assert "साहब" not in body, body

"""The night's texts read at once for what few posts hold (B4, the twenty-second performance round): a correction, a
"not" that may put a number right, a translation's marker. Each answer is the one post-by-post reading gives."""

from __future__ import annotations

from bot.digest.corrections import corrections_among, is_correction, saying_not
from bot.digest.glosses import _hinted, any_hinted

TEXTS = [
    "Otto Frain hugged the usher by the stage door",
    "Correction to my last: it was Wren, not Otto",
    "update / sorry, important correction: the cake was lemon",  # (its keyword past the 24th character)
    "ſcratch that: it was the lobby",  # (the pattern's case-blind "s")
    "Ada won Best Score — NOT Best Newcomer",
    "Nothing happened at the bar",
    "knotted scarf, Not bad at all",
    "SCRATCH THAT, wrong person",
    "",
    "a line holding the separator \x00 correction: itself",
]


def test_the_corrections_found_at_once_are_the_ones_found_post_by_post():
    assert corrections_among(TEXTS) == {k for k, text in enumerate(TEXTS) if is_correction(text)}
    plain = [text for text in TEXTS if "orrect" not in text.lower() and "cratch" not in text.lower()]
    assert corrections_among(plain) == set()


def test_the_posts_saying_not_are_the_ones_a_number_fix_may_be():
    expected = [k for k, text in enumerate(TEXTS) if "not" in text or "NOT" in text or "Not" in text]
    assert saying_not(TEXTS) == expected
    assert saying_not(["nothing to see", "all quiet"]) == [0]
    assert saying_not([]) == []


def test_a_translation_hint_is_found_in_a_night_as_in_its_posts():
    for texts in (
        ["His grandmother, when the name was read out, which means 'I have waited'", "Ada wept"],
        ["Ada wept — “merci” (thanks)", "Kroll laughed"],
        ["Ada wept", "Élodie sang, literally, “je t’aime”"],
        ["Ada wept", "Kroll laughed", "Élodie sang"],
    ):
        assert any_hinted(texts) == any(_hinted(text) for text in texts)

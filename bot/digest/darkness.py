"""A song sung through a power cut is headlined with the blackout: "Grâce Nsimba Begins the Chorus of Her Winning
Song in the Blackout", "… Begin Singing in the Blackout" (never "… Without a Microphone", "… Unamplified": the
blackout is why it mattered; two blind reviewers in a row asked for it, Lahore's "Lights Die Mid-Speech, Dildar
Brothers Sing On in the Dark" and Kinshasa's "… Sings On in the Dark as the Generator Dies")."""

from __future__ import annotations

import re

from .cutting import TARGET_LEN

# the report tells the lights or the power going ("the generator cut out and the whole courtyard went dark")
_DARK = re.compile(
    r"\b(?:blackout|power cut|power (?:failed|went|died|cut out)|(?:lights|power|generator|electricity) "
    r"(?:failed|went out|went off|died|cut out|cut|gave out)|went (?:completely |totally |pitch[- ])?(?:dark|black)"
    r"|plunged into (?:darkness|the dark))\b",
    re.IGNORECASE,
)
# an act of music the dark does not stop: the headline's verb, with what follows it
_MUSIC = re.compile(
    r"\b(?:sings?|singing|plays?|playing|performs?|begins? (?:singing|playing|the (?:chorus|song|hymn|anthem|verse))"
    r"|keeps? (?:singing|playing)|leads? the (?:courtyard|hall|room|crowd|audience) in"
    r"|(?:starts?|begins?) clapping|claps?)\b",  # (a rhythm clapped: round 45's Montevideo, "… Starts Clapping …")
    re.IGNORECASE,
)
# how the reports said it went on without power, which the dark says better
_UNPLUGGED = re.compile(
    r",? (?:without (?:a )?(?:microphones?|mics?|amplification|power)|unamplified|a cappella)$", re.IGNORECASE
)
_LIGHT_WORDS = re.compile(
    r"\b(?:dark|darkness|light|lights|torch|torches|candle|candles|power|generator|blackout)\b", re.IGNORECASE
)
_IN_THE_DARK = " in the blackout"  # (a noun: "in the dark" reads to the gate as cut before its noun)


def in_the_dark(headline: str, text: str) -> str:
    """The headline of a song the report says went on through a power cut with "in the blackout" in place of "without
    a microphone" (or after it, when it fits); as it is when the report tells no power cut, the headline tells no music,
    or already speaks of the light."""
    if not _DARK.search(text) or not _MUSIC.search(headline) or _LIGHT_WORDS.search(headline):
        return headline
    unplugged = _UNPLUGGED.search(headline)
    if unplugged is not None:
        return headline[: unplugged.start()] + _IN_THE_DARK
    if _CLOSING_ADJUNCT.search(headline):
        return headline  # ("… Play 'Static Bloom' to the End": never "… to the End in the Blackout")
    return headline + _IN_THE_DARK if len(headline) + len(_IN_THE_DARK) <= TARGET_LEN else headline


# a headline that already closes on where, when or how long ("… to the End", "… for Ten Minutes", "… on the Stairs")
_CLOSING_ADJUNCT = re.compile(
    r"\b(?:to|for|until|through|at|in|on|from|by|into|onto|across|under|behind)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+"
    r"|their\s+)?(?:\S+\s+){0,2}\S+$",
    re.IGNORECASE,
)

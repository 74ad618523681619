"""Round 16's compile-time work (B4): the same digest, with no regular expression run or built where it cannot match.

`denials.denied_acts` ran its pattern (which tries every position of a text) over every post holding "no" anywhere
("Serrano", "know", "nothing"), twice for a post read again as an earlier one: now only over a text holding "no",
"not" or "n't" before a space or a quote, each post read once. `owners.owner_fronted` built its pattern (the moment's
names) for any text holding "the", `turns.apposition_closed` for any sentence with a comma, `titling._titled` one per
name: now only where the pattern's fixed words are there, and an ASCII name is spelt as the roster spells it without
one. Each test holds the new path to the code before this round (written out here) and asks that the pattern is not
run or built; the digests themselves are unchanged byte for byte (`bench/same_output.py`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import pytest

from bot.digest import denials, owners, roles, titling, turns
from bot.digest.denials import _DENIED, _WORD, _root, _unquoted, denied_acts, without_denied
from bot.digest.lexicon import STOPWORDS, stem
from bot.digest.textutil import fold

from .factory import Night

_AUX = frozenset(["be", "have", "do", "get", "go"])


def _denied_acts_before(text: str) -> frozenset[str]:
    """`denied_acts` before this round."""
    if "no" not in text.lower() and "n't" not in text and "n’t" not in text:
        return frozenset()
    acts = set()
    for m in _DENIED.finditer(_unquoted(text)):
        word = m.group(1)
        if word[0].isupper() and not word.isupper():
            continue
        w = fold(word)
        if w not in STOPWORDS and stem(w) not in _AUX:
            acts.add(_root(w))
    return frozenset(acts)


_PIECES = [
    "did",
    "didn't",
    "didn’t",
    "DIDN'T",
    "wasn’t",
    "weren't",
    "was",
    "were",
    "is",
    "there's",
    "there’s",
    "not",
    "NOT",
    "Not",
    "no",
    "NO",
    "No",
    "n't",
    "nothing",
    "Serrano",
    "know",
    "snow",
    "now",
    "actually",
    "really",
    "the",
    "a",
    "kiss",
    "kissed",
    "fall",
    "fell",
    "Bram",
    "hug",
    "dance",
    "“did not kiss”",
    '"was no fall"',
    "“",
    "”",
    '"',
    "UPDATE:",
    "sorry",
    ",",
    ".",
    "!",
    "İs",
    "ıs",
    "waſ",
    "do",
    "has",
    "had",
    "even",
    "any",
    "an",
    "tripped",
]
_GLUE = [" ", " ", " ", "", "\n", "\t", "  ", "\u00a0", "“", '"', "”", ' "', '" ']


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = rng.choices(_PIECES, k=rng.randint(1, 12))
        texts.append("".join(w + rng.choice(_GLUE) for w in words).strip())
    return texts


EDGE_DENIALS = [
    "UPDATE: they did NOT kiss, it was a goodbye hug, sorry",
    "Pim Serrano asked for a second mirror",
    "she didn’t fall, she sat down",
    "DIDN'T KISS anyone",  # (no "no", no lower-case "n't": the old cheap test's answer, kept)
    "there was no fall at all",
    'there was no"dance" tonight',  # (the quote taken out leaves "no" before a space)
    'it did not"really" happen',
    "he was\tno\nshow",
    "did not Bram",
    "nothing to see, no one knew",
    "",
]


@pytest.mark.parametrize("text", EDGE_DENIALS)
def test_denied_acts_as_before_on_edge_cases(text: str) -> None:
    assert denied_acts(text) == _denied_acts_before(text)


def test_denied_acts_as_before_on_random_texts() -> None:
    texts = _random_texts(20_000, seed=15)
    assert sum(1 for t in texts if _denied_acts_before(t)) > 1_000  # (the sample holds many denials)
    assert [denied_acts(t) for t in texts] == [_denied_acts_before(t) for t in texts]


class _Counting:
    """A pattern that counts the texts it is run over."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.texts: list[str] = []

    def finditer(self, text: str, *span: int):  # type: ignore[no-untyped-def]
        self.texts.append(text)
        return self.pattern.finditer(text, *span)

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text)


def test_the_denial_pattern_is_not_run_over_a_text_that_holds_no_denial_word(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(_DENIED)
    monkeypatch.setattr(denials, "_DENIED", counting)
    for text in ["Nora knows nothing", "nobody knew the notes now", "Pim Serrano asked for a mirror"]:  # (inside words)
        assert denied_acts(text) == frozenset()
    assert counting.texts == []
    assert denied_acts("UPDATE: they did NOT kiss") == frozenset({"kiss"})
    assert len(counting.texts) == 1


def test_each_post_is_read_once_for_its_denials(monkeypatch: pytest.MonkeyPatch) -> None:
    night = Night()
    claim = night.spot("Tavi kissed Nell on the balcony!", who=["Tavi", "Nell"], at="21:01")
    for k in range(5):
        night.spot(f"Nell did not dance, the band played {k}", who=["Nell"], at=f"21:0{2 + k}")
    denial = night.spot("UPDATE: Tavi did NOT kiss Nell, it was a hug", who=["Tavi"], at="21:09")
    read: list[str] = []

    def counted(text: str) -> frozenset[str]:
        read.append(text)
        return denied_acts(text)

    monkeypatch.setattr(denials, "denied_acts", counted)
    ordered = sorted(night.sightings, key=lambda s: (s.created_at, s.id))
    pairs: list[tuple[object, object]] = []
    kept = without_denied(ordered, pairs)
    assert claim not in kept and denial in kept
    assert pairs == [(claim, denial)]
    assert sorted(read) == sorted(s.what for s in ordered)  # (each once; before, the earlier ones again)


def test_without_denied_as_before() -> None:
    """The whole rule against the loop before this round, on a night of denials, look-alikes and random posts."""
    night = Night()
    rng = random.Random(7)
    people = [["Tavi"], ["Nell"], ["Tavi", "Nell"], []]
    places = ["balcony", "bar", None]
    for k, text in enumerate(_random_texts(400, seed=16) + EDGE_DENIALS[:-1]):
        minute = 19 * 60 + k // 3
        clock = f"{minute // 60}:{minute % 60:02d}"
        night.spot(text or "x", who=rng.choice(people), where=rng.choice(places), at=clock)
    ordered = sorted(night.sightings, key=lambda s: (s.created_at, s.id))

    def before(ordered: Sequence, denied: list) -> list:  # type: ignore[type-arg]
        gone: set[int] = set()
        for k, post in enumerate(ordered):
            acts = _denied_acts_before(post.what) - {_root(w) for n in post.people for w in _WORD.findall(fold(n))}
            if not acts:
                continue
            of_verbs = denials.verbs_only(post.what)  # (round 25: "did NOT bin it" never takes back "the bins")
            for j in range(k - 1, max(-1, k - 1 - denials.LOOK_BACK), -1):
                s = ordered[j]
                if (post.created_at - s.created_at).total_seconds() > denials.DENIES_WITHIN:
                    break
                if j in gone or not denials._about_same(s, post) or _denied_acts_before(s.what):
                    continue
                if acts & denials.claimed(s.what, of_verbs):
                    gone.add(j)
                    denied.append((s, post))
                    break
        return [s for j, s in enumerate(ordered) if j not in gone]

    old: list[tuple[object, object]] = []
    new: list[tuple[object, object]] = []
    assert without_denied(ordered, new) == before(ordered, old)
    assert new == old and len(old) > 3


def _owner_fronted_before(text: str, names: Sequence[str]) -> str:
    if " the " not in f" {text}":
        return text
    return owners._pattern(tuple(names)).sub(lambda m: f"{m.group('owner')}'s {m.group('thing')}", text)


OWNED = [
    ("She asked to hold the plaque his son Yaw Asante had won at the gala.", ["Yaw Asante"]),
    ("She came in the sandals Abena Quaye wore at her wedding.", ["Abena Quaye"]),
    ("She asked to hold the plaque in the lobby.", ["Yaw Asante"]),
    ("the ring her late grandmother bequeathed", ["Ola"]),
    ("The band played on.", []),
    ("Theo wondered about the worn cup.", ["Theo"]),
]


@pytest.mark.parametrize(("text", "names"), OWNED)
def test_owner_fronted_as_before(text: str, names: list[str]) -> None:
    assert owners.owner_fronted(text, names) == _owner_fronted_before(text, names)


def test_no_owner_pattern_built_for_a_text_without_a_verb_of_owning() -> None:
    owners._pattern.cache_clear()
    assert owners.owner_fronted("She asked to hold the plaque in the lobby.", ["Yaw Asante"]) == (
        "She asked to hold the plaque in the lobby."
    )
    assert owners._pattern.cache_info().misses == 0
    assert owners.owner_fronted("She held the plaque Yaw Asante won.", ["Yaw Asante"]) == (
        "She held Yaw Asante's plaque."
    )
    assert owners._pattern.cache_info().misses == 1


APPOSED = [
    ("She gave her trophy to the night porter, Ned Quill.", ["Ned Quill", "Ida Roe"]),
    ("She gave her trophy to the night porter, Ned.", ["Ned Quill"]),
    ("Ida Roe waved, laughed and left.", ["Ida Roe"]),
    ("He thanked his agent, Ida Roe!", ["Ida Roe", "Ned"]),
    ("He thanked his agent, Ida Roe and left", ["Ida Roe"]),
]


@pytest.mark.parametrize(("sentence", "names"), APPOSED)
def test_apposition_closed_as_before(sentence: str, names: list[str]) -> None:
    pattern = turns._apposed(tuple(names))
    before = pattern.sub(r"\1 \2", sentence) if pattern is not None and ", " in sentence else sentence
    assert turns.apposition_closed(sentence, names) == before


def test_no_apposition_pattern_built_for_a_sentence_without_a_full_name_after_a_comma() -> None:
    turns._apposed.cache_clear()
    sentence = "Ida Roe waved, laughed and left."
    assert turns.apposition_closed(sentence, ["Ida Roe"]) == sentence
    assert turns._apposed.cache_info().misses == 0


def _titled_names_before(titled: str, names: Sequence[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        if name:
            titled = re.sub(re.escape(name), name.replace("\\", r"\\"), titled, flags=re.IGNORECASE)
    return titled


def test_a_name_spelt_as_the_roster_spells_it_as_before() -> None:
    rng = random.Random(5)
    names = ["DJ Pim", "Tyler, The Creator", "Ana", "ana de la Vega", "McKay", "O'Neil", "K.D. Lang", "Zoë Kravitz"]
    words = ["Dj", "pim", "Tyler,", "the", "creator", "ANA", "De", "La", "vega", "Mckay", "o'neil", "k.d.", "LANG"]
    words += ["Zoë", "kravitz", "Waves", "At", "İs", "Kelvin", "\u212a", "s", "ſ", "Ana's"]
    for _ in range(3_000):
        text = " ".join(rng.choices(words, k=rng.randint(1, 9)))
        chosen = rng.sample(names, k=rng.randint(0, 4))
        new = text
        for name in sorted(chosen, key=len, reverse=True):  # (the loop of `_titled`, its name step)
            if name and name.isascii() and new.isascii():
                new = titling._spelt_ascii(new, name)
            elif name:
                new = re.sub(re.escape(name), name.replace("\\", r"\\"), new, flags=re.IGNORECASE)
        assert new == _titled_names_before(text, chosen), (text, chosen)


def test_title_case_builds_no_pattern_for_an_ascii_name(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    sub = re.sub

    def counted(pattern, *args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(pattern)
        return sub(pattern, *args, **kwargs)

    monkeypatch.setattr(titling.re, "sub", counted)
    assert titling.title_case("dj pim waves at ana de la vega", ["DJ Pim", "Ana de la Vega"]) == (
        "DJ Pim Waves at Ana de la Vega"
    )
    assert built == []


def _role_in_before(text: str, name: str, owner=lambda: None):  # type: ignore[no-untyped-def]
    """`roles.role_in` before this round."""
    at = text.find(name)
    if at < 0:
        return None
    for m in roles._ROLE_BEFORE.finditer(text, max(0, at - 60), at + 1):
        if m.end() != at:
            continue
        if m.group(1):
            return roles._told(m.group(1))
        if (whose := owner()) is not None:
            return f"{whose}'s {m.group(2)}"
    while at >= 0:
        after = roles._ROLE_AFTER.match(text, at + len(name))
        role = after and (after.group(1) or after.group(2))
        if role and not roles._NO_ROLE.intersection(role.split()):
            return roles._told(role)
        at = text.find(name, at + 1)
    return None


ROLE_TEXTS = [
    "The Wrenfield's stage manager Barty Nkemelu came with her",
    "Tamsin Okoro-Blythe, Delphine's understudy, signed the cast",
    "the stage manager\tFlorence Edet waved",
    "her producer Guillermo Ibarra left early",
    "Ken Abe, a cosplayer working the lobby, posed",
    "Barty Nkemelu came with her",
    "managerBarty Nkemelu",
    "the head of wardrobe  Barty Nkemelu pinned it",
    "Ola's co-star Barty Nkemelu, her agent, laughed",
]


@pytest.mark.parametrize("text", ROLE_TEXTS)
def test_role_in_as_before(text: str) -> None:
    for name in ("Barty Nkemelu", "Tamsin Okoro-Blythe", "Florence Edet", "Guillermo Ibarra", "Ken Abe"):
        for owner in (lambda: None, lambda: "Reyes"):
            assert roles.role_in(text, name, owner) == _role_in_before(text, name, owner)


def test_no_role_scan_before_a_name_whose_word_before_is_no_role(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(roles._ROLE_BEFORE)
    monkeypatch.setattr(roles, "_ROLE_BEFORE", counting)
    assert roles.role_in("Later that night Barty Nkemelu came with her", "Barty Nkemelu") is None
    assert counting.texts == []
    assert roles.role_in("the stage manager Barty Nkemelu came", "Barty Nkemelu") == "the stage manager"
    assert len(counting.texts) == 1

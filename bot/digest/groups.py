"""A group and its members are one party (issue 11, round 10): "the duo Tin Whistle did their sketch on the
snowbank" and "Jo Barr and Ned Lusk did a sketch for the plough crew", at the same minute and place, are one moment.

The evidence is the night's: a sighting that tags a name beside two people or more and calls that name a group ("The
duo Tin Whistle came in with Jo Barr and Ned Lusk", "Tin Whistle, the double act, …", "Tin Whistle (Jo Barr and Ned
Lusk)") makes them its members; a group tagged beside one other person, a presenter or a fan, is not enough. A report
that names two of its members and not the group is about the group too: its key joins the report's names
(`join_groups`, once a night, in `night.prepare`), so the clusterer compares it with the group's reports and tells them
as one moment, and the item names the group once with its members at its first mention (`NameBook.legal`: "The duo
Tin Whistle, Jo Barr and Ned Lusk, did …"). Only sightings tagging three names are read for members; a name a story's
reports call a group is named whole every time (`called_groups`: "the duo Lintang Timur" is never "Timur said")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from .textutil import _GROUP_ENDS as _ENDS
from .textutil import fold

if TYPE_CHECKING:
    from .night import NameBook, Report

GROUP_HINTS = ("duo", "trio", "quartet", "quintet", "band", "group", "double act", "collective", "choir", "troupe")
_WORDS = "|".join(GROUP_HINTS)
_BEFORE = re.compile(rf"\b(?:{_WORDS})\s+(?:called\s+)?$")  # "the duo " right before the name
# ", the double act" / " (" after it; never ", the choir's bass" (a member's role in a group), nor ", a band that
# formed in 1989" (what the group is, beside whoever announced it: no word of its members)
_AFTER = re.compile(
    rf"(?:,?\s+(?:the|a|an)\s+(?:\w+\s+)?(?:{_WORDS})\b(?!['’]s\b)(?!\s+(?:that|which|who|whose)\b)|\s*\()"
)


def _called_group(text: str, name: str) -> bool:
    """Whether a folded text calls the folded `name` a group: "the duo tin whistle", "tin whistle, the double act",
    "tin whistle (jo barr and ned lusk)"."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _BEFORE.search(text, max(0, at - 30), at) or _AFTER.match(text, end):
            return True
        at = text.find(name, end)
    return False


def join_groups(reports: list[Report], book: NameBook) -> None:
    """Add a group's key to every report naming two of its members and not the group; the book keeps its members
    (`NameBook.members`, in tagging order) and prints them once beside its name (`NameBook.legal`)."""
    display = book.display
    groups: dict[str, dict[str, None]] = {}
    for r in reports:
        names = r.names
        if len(names) < 3:
            continue
        what = r.sighting.what.lower()
        if "(" not in what and not any(w in what for w in GROUP_HINTS):
            continue  # (the cheap test first: no word that makes anyone a group)
        text = fold(r.sighting.what)
        for k in names:
            if _called_group(text, fold(display.get(k, k))):
                groups.setdefault(k, {}).update((x, None) for x in names if x != k)
    if not groups:
        return
    for group, people in groups.items():
        book.members[group] = frozenset(people)
        named = [display.get(k, k) for k in people]
        book.legal.setdefault(group, " and ".join([", ".join(named[:-1]), named[-1]]))
    for r in reports:
        names = r.names
        for group in groups:
            if group not in names and len(book.members[group].intersection(names)) >= 2:
                names = (*names, group)
        r.names = names


def called_groups(reports: Iterable[Report], display: Mapping[str, str]) -> set[str]:
    """The keys of the people `display` names whom one of these reports calls a group ("Both halves of the duo
    Lintang Timur came in soaked"): named whole, a group has no family name. Read per story, never per night."""
    found: set[str] = set()
    for r in reports:
        what = r.sighting.what.lower()
        if " from " in what:  # "Tui from Loose Change": the band a person of the report is from
            text = fold(r.sighting.what)
            found.update(k for k in r.names if k in display and _someone_from(text, k, r.names, display))
        if " were " in what or " are " in what:  # "Lorna Doone were last seen carrying Mo …": a band, plural
            text = fold(r.sighting.what)
            found.update(k for k in r.names if k in display and _plural(text, fold(display[k])))
        if not any(w in what for w in GROUP_HINTS):
            continue
        text = fold(r.sighting.what)
        found.update(k for k in r.names if k in display and _called_group(text, fold(display[k])))
    return found


_PLURAL_AFTER = re.compile(r"\s+(?:were|are)\b")
_JOINED_BEFORE = re.compile(r"(?:\band|&|,|\bwith|\bboth)\s*$")


def _plural(text: str, name: str) -> bool:
    """Whether a folded text gives the name a plural verb of its own ("lorna doone were last seen"), never as the
    last of two people ("ada and bo were")."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = (not at or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        if whole and _PLURAL_AFTER.match(text, end) and not _JOINED_BEFORE.search(text, 0, at):
            return True  # (never "promo were" for Mo)
        at = text.find(name, end)
    return False


def _someone_from(text: str, key: str, names: Iterable[str], display: Mapping[str, str]) -> bool:
    """Whether a folded text writes the name `key` is displayed by right after another of its people and "from"
    ("tui from loose change", "rain from hi-vis, low budget"): what they are from, a band or a crew, never a
    family name."""
    name = fold(display[key])
    others = {w for k in names if k != key and k in display for w in fold(display[k]).split()}
    at = text.find(f" from {name}")
    while at >= 0:
        before = text[:at].split()[-1:]
        end = at + len(name) + 6
        whole = end == len(text) or not text[end].isalnum()  # (never "from moscow" for Mo)
        if whole and before and before[0].strip(",.;:") in others:
            return True
        at = text.find(f" from {name}", at + 1)
    return False


# a group's name that ends on what the group is ("Nork Children's Choir", "Vardan Youth Orchestra"): an English
# sentence gives it "the", as it would any choir ("The Nork Children's Choir was left facing the back wall")
_NO_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|by|of|from|with|to|for|and)\s+|['’]s\s+)$", re.IGNORECASE)


def with_the(paragraph: str, names: Iterable[str]) -> str:
    """`paragraph` with "the" before each group named by what it is and printed bare (see above); a name with its
    own article ("The Tin Larks"), one word, or one a word such as "by" or a possessive leads is left as it is."""
    for name in names:
        words = name.split()
        if len(words) < 2 or words[0].lower() in ("the", "a", "an") or words[-1].lower() not in _ENDS:
            continue
        paragraph = re.sub(rf"(?<![\w'’]){re.escape(name)}(?![\w])", _with_article, paragraph)
    return paragraph


def _with_article(m: re.Match[str]) -> str:
    before = m.string[: m.start()]
    if _NO_ARTICLE_BEFORE.search(before):
        return m.group(0)
    return ("The " if not before.strip() or before.rstrip()[-1:] in ".!?”" else "the ") + m.group(0)

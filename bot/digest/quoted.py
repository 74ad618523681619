"""Quoted speech kept as it was said, whatever the prose rules do around it.

The desk's rules (`copyedit`, `polish`, `splices`, `naming`, the passes in `writing`) edit a correspondent's
narration: its tense, its subjects, its commas. Words inside quotation marks are someone's, and no rule may
change them ("“we are in”" never becomes "“we were in”"). Rather than trusting every rule to step around
quotes, a text's quotes are hidden before the rules run and shown again after (`keeping_quotes`): each
quote's words stand as a private-use character (twice: a rule reading a quote as two characters at least,
such as `polish` making 'single' quotes double, still sees one) between its quotation marks, so a rule can move a quote,
drop the sentence holding it or change the marks around it (single quotes made double), but never read,
split or rewrite the words inside. What a quote ends with (".", "!", "?", ",") stays in view, so the rules
still see where a quoted sentence ends ("“We won.” Then she left" is two sentences). A quote a
correspondent opened and never closed runs to the end of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .textutil import IN_WORD

# a quote in double quotes (curly or straight, one left open runs to the end), or in single quotes
# as `polish` reads them ('next to my Lego'; an apostrophe is no quote: "the boys' room", "rock 'n' roll")
# words in single quotes: no apostrophe ("Bíọ́'s", "the boys' room", "rock 'n' roll": a quote mark never leans on a
# letter, nor on a letter's combining mark; nor is one an elision's, "'t Hoogste Woord", "'s-Hertogenbosch", "'em")
_SINGLE = (
    rf"(?<!{IN_WORD})(?P<single>['‘])(?!(?:t|s|n|em|cause|til)[\s-])(?P<words>[^'‘’\n]{{2,120}}?)(?P<end>['’])"
    rf"(?!{IN_WORD})"
)
SINGLE_QUOTED = re.compile(_SINGLE)
# a title in single quotes, as a headline writes it: an apostrophe between two letters stays inside it ('Don't Stop Me
# Now', which `_SINGLE` would end at "Don"); never one leaning on a word ("Kim's", "rock 'n' roll")
TITLE_QUOTED = r"(?<![\w'’])['‘](?![\s'’])(?:[^'‘’“”]|(?<=\w)['’](?=\w))+['’](?![\w'’])"
_QUOTE = re.compile(r"(?P<open>[“\"])(?P<said>[^“”\"]*)(?P<close>”|\"|$)|" + _SINGLE)
_END = re.compile(r"[\s.,;:!?…]*$")  # what a quote ends with: left in view
_BASE = 0xF0000  # Supplementary Private Use Area-A: never prose
_STANDS_IN = re.compile("([\U000f0000-\U000ffffd])\\1?")


def _singles(text: str) -> int:
    """How many single quotation marks or apostrophes a text has (a quote in single quotes has two)."""
    return text.count("'") + text.count("‘") + text.count("’")


class Hidden:
    """The quotes of some texts, each stood in for by a private-use character until shown again."""

    def __init__(self, single: bool = True) -> None:
        self._said: list[str] = []
        self._single = single  # quotes in single quotes too

    def hide(self, text: str) -> str:
        """`text` with each quote's words (not its marks, nor the stop it ends with) stood in for."""
        text = text if text.isascii() else _STANDS_IN.sub("", text)  # (a stand-in is never ASCII)
        if '"' not in text and "“" not in text and (("'" not in text and "‘" not in text) or _singles(text) < 2):
            return text  # (no quotation mark, or one single mark alone, "didn't": no quote, and no scan)
        return _QUOTE.sub(self._stand_in, text)

    def _stand_in(self, m: re.Match[str]) -> str:
        if m.group("open") is None and not self._single:
            return m.group(0)
        double = m.group("open") is not None
        mark, said, close = (
            (m.group("open"), m.group("said"), m.group("close")) if double else m.group("single", "words", "end")
        )
        end = _END.search(said)
        words = said[: end.start()] if end else said
        if not words.strip():
            return m.group(0)
        self._said.append(words)
        return mark + chr(_BASE + len(self._said) - 1) * 2 + said[len(words) :] + close

    def show(self, text: str) -> str:
        """`text` with every quote hidden by this object given back its words."""
        return _STANDS_IN.sub(lambda m: self._said[ord(m.group(1)) - _BASE], text)


def double_quoted(text: str) -> str:
    """Words in single quotes as the article writes any quote: "sang 'Omi Ọ̀sán'" → "sang “Omi Ọ̀sán”" (an
    apostrophe stays an apostrophe)."""
    return SINGLE_QUOTED.sub(lambda m: f"“{m.group('words')}”", text)


def keeping_quotes(edit: Callable[[str], str], text: str, single: bool = True) -> str:
    """`edit` (a prose rule) applied to `text` with its quotes out of the rule's reach (with `single`, those in
    single quotes too)."""
    hidden = Hidden(single)
    return hidden.show(edit(hidden.hide(text)))


def keeping_all_quotes(edit: Callable[[list[str]], list[str]], texts: list[str]) -> list[str]:
    """`edit` (a rule over a body's paragraphs) applied with every paragraph's quotes out of its reach."""
    hidden = Hidden()
    return [hidden.show(t) for t in edit([hidden.hide(t) for t in texts])]


_DOUBLE_QUOTED = re.compile(r"[“\"„«][^“”\"„«»]*(?:[”\"»]|$)")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=4096)
def only_quoted(text: str) -> bool:
    """Whether `text` is nothing but a quotation (“It's too cold out here to stay angry.”): a letter in it, every
    letter inside double quotation marks."""
    if not _DOUBLE_QUOTED.search(text):
        return False
    return _LETTER.search(_DOUBLE_QUOTED.sub(" ", text)) is None


def line_given(what: str, quote: str | None) -> str:
    """A report's line: its quote, else its text when that is only a quotation (`only_quoted`), else ""."""
    return quote or (what if only_quoted(what) else "")


LINE_OPENING_WORDS = 4  # a line this many words long that opens another is the same line, told in part


def one_line(a: str, b: str) -> bool:
    """Whether two lines (folded) are one, one of them told in part: the shorter, LINE_OPENING_WORDS words at least,
    opens the longer ("questo e tuo da quarant'anni" / "questo e tuo da quarant'anni, assu. io di tempo …")."""
    short, long = sorted((a.strip(" .!?,;:…"), b), key=len)
    return len(short.split()) >= LINE_OPENING_WORDS and long.startswith(short)

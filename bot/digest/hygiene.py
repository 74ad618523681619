"""What of a correspondent's text may be printed as prose, and how much of it is junk.

The feed shows a sighting as it was typed (inert, escaped); the article does not: mentions, Markdown
markup, links and HTML are taken out of the text the digest prints, and a sighting that is mostly such
debris never supplies a headline or an item's opening (see `is_junk`). A line break between two clauses is a full stop
("soaked through⏎Sithole was at the front" → "soaked through. Sithole was at the front"; never after a word that leads
into the next line: "with⏎Nell Ambry").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .quoted import SINGLE_QUOTED
from .textutil import alnum_words, wordset
from .unmentioned import HOLE, LINK, mended

BULLETS = " \t»›•·-–—*"  # feed bullets a reporter may have typed before the text
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_MASKED = re.compile(r"\[([^\]\n]*)\]\(\s*<?[^)\s>]*>?\s*\)")
# a link named for what it links to ("[pic](…)", "[video](…)"): nothing of the story once the link is gone
_MEDIA = frozenset(["pic", "pics", "photo", "photos", "video", "vid", "clip", "link", "gif", "source", "here", "this"])
_URL = re.compile(r"<?\b(?:https?://|www\.)\S+>?", re.IGNORECASE)
# (a full-width "＠everyone" or a small "﹫here" pings nobody in Discord, but it is a mention's debris all the same)
_MENTION = re.compile(r"<(?:@[!&]?|#|a?:\w+:)\d+>|[@＠﹫](?:everyone|here)\b|[@＠﹫]\S+", re.IGNORECASE)
_MARKUP = re.compile(r"\*\*|__|~~|\|\||`+|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
# a spoiler tag around the word itself ("Tariq Bosman ||spoiler|| revealed the title"): the reporter's placeholder,
# never a word of the sentence (the text of any other spoiler tag is told: the show is over when the digest runs)
_SPOILER_WORD = re.compile(r"\|\|\s*(?:spoilers?|spoiler alert)\s*\|\|", re.IGNORECASE)
_LINE_MARK = re.compile(r"(?m)^\s*(?:#{1,6}\s+|>+\s*|[-+*]\s+)")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?)\]»”])")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_CJK_STOP = re.compile(r"([。！？])[.!?]+")  # "。." — a Latin full stop after a CJK one
# a line break between two clauses ends a sentence ("he was back inside, soaked through⏎Sithole was at the front"),
# unless the line ends on a word that leads into the next ("… and⏎Sithole …")
_LINE_STOP = re.compile(r"(?<=[^\W\d_])[ \t]*\n\s*(?=[A-Z][a-z]|(?:the|she|he|they|it|we)\b)")
_LEADS_ON = wordset(
    "a an the and or but nor so with to of in on at by for from into onto as than his her their its my our your "
    "this that these those was were is are had has"
)
_DEBRIS = "<>[]@＠﹫*_~`|#。\n"  # characters without which `prose` has little to do


def _no_debris(text: str) -> bool:
    """Whether `text` holds none of `_DEBRIS`' characters: a substring test each, written out (a generator over the
    characters cost a frame step each, a third of `prose`'s time on most reports)."""
    return (
        "<" not in text
        and ">" not in text
        and "[" not in text
        and "]" not in text
        and "@" not in text
        and "＠" not in text
        and "﹫" not in text
        and "*" not in text
        and "_" not in text
        and "~" not in text
        and "`" not in text
        and "|" not in text
        and "#" not in text
        and "。" not in text
        and "\n" not in text
    )


JUNK_SHARE = 0.5  # more than this share of the characters is debris: the text is junk
MIN_WORDS = 3  # fewer words of prose than this: junk (unless the text was that short to begin with)


def _trailing_off(m: re.Match[str]) -> str:
    """Words in single quotes with dots in them ("introducing them, 'Vr... Vr...'") in double quotes: someone's
    words trailing off, which every rule after keeps whole, never a reporter's pause that ends the sentence."""
    words = m.group("words")
    return f"“{words}”" if ".." in words or "…" in words else m.group(0)


# speech in single quotes that opens trailing off ("froze at the mic: 'I... I... I didn't write anything down.'"),
# an apostrophe inside it ("didn't") no end of it: its close is a quote mark after a stop, before a space or the end
_TRAILING_OPEN = re.compile(r"(?<![\w'’])['‘](?=[^\W\d_]{1,8}(?:\.\.|…))")
_TRAILING_CLOSE = re.compile(r"(?<=[.!?…\w])['’](?=\s|$|[,;:)])")


def _opened_trailing(text: str) -> str:
    """`text` with each single-quoted line that opens trailing off in double quotes (`_TRAILING_OPEN`)."""
    at = 0
    while (m := _TRAILING_OPEN.search(text, at)) is not None:
        end = _TRAILING_CLOSE.search(text, m.end())
        if end is None:
            break
        text = f"{text[: m.start()]}“{text[m.end() : end.start()]}”{text[end.end() :]}"
        at = end.end()
    return text


@lru_cache(maxsize=4096)
def prose(text: str) -> str:
    """`text` as article prose: no HTML, links, mentions or Markdown markup, one line, trimmed."""
    # (a substring test per character: each a scan at memory speed, where a pattern's class tests every character)
    if ("'" in text or "‘" in text) and (".." in text or "…" in text):
        text = _opened_trailing(SINGLE_QUOTED.sub(_trailing_off, text))  # ('Vr... Vr...': speech that trails off,
        # never a pause)
    if _no_debris(text) and "http" not in text and "www." not in text:  # most reports
        return " ".join(text.split()).lstrip(BULLETS).strip()
    if "\n" in text:
        text = _LINE_STOP.sub(_line_stop, text)
    text = _SCRIPT.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = _MASKED.sub(_masked, text)
    text = _URL.sub(f" {LINK} ", text)
    text = _MENTION.sub(_hole, text)
    text = _LINE_MARK.sub(" ", text)
    text = _SPOILER_WORD.sub(" ", text) if "||" in text else text
    text = _MARKUP.sub("", text)
    text = _EMPTY_BRACKETS.sub(" ", text)
    text = _SPACES.sub(" ", mended(text)).strip()
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _CJK_STOP.sub(r"\1", text)
    return text.lstrip(BULLETS).strip()


# "@everyone" or "@here" inside a quote is a word the speaker said: kept, never taken out of their line (every
# renderer makes an "@" inert: `textutil.inert`), its "@" hidden from `prose` meanwhile
_SAID_MENTION = re.compile(r"(?<![\w<])([@＠﹫])(?=(?:everyone|here)\b)", re.IGNORECASE)
_HIDDEN_AT = {"@": "QxAtQx0", "＠": "QxAtQx1", "﹫": "QxAtQx2"}  # (words `prose` leaves alone)


def spoken(quote: str) -> str:
    """A quote as `prose`, an "@here" or "@everyone" in it kept as said (“Heal fast @here love”, never “Heal fast
    love”): a quote is never rewritten; the renderers make it inert. A mention Discord would show as a name (the bot
    writes the name in when it knows it: `bot.said_names`) is never taken out of the words around it: the quote is cut
    before it, or left out ("" ) when too little is said before it (`cut_at_mention`)."""
    quote = cut_at_mention(quote)
    if not _SAID_MENTION.search(quote):
        return prose(quote)
    text = prose(_SAID_MENTION.sub(lambda m: _HIDDEN_AT[m.group(1)], quote))
    for at, hidden in _HIDDEN_AT.items():
        text = text.replace(hidden, at)
    return text


# a mention of a member, role or channel typed into a quote ("Thank you <@1577> and <@&42>, you lit me perfectly"), or
# a chat handle that is no plain name ("@dj_kaz99"): the speaker said a name the digest cannot know, so the words
# around it are never joined over it ("Thank you and, you lit me perfectly" changes what was said)
_UNSAID = re.compile(
    r"<(?:@[!&]?|#)\d+>|(?<![\w<])[@＠﹫](?!(?:everyone|here)\b)(?![A-Z][a-z]+(?:[\s.,;:!?…”\"'’)]|$))\S+"
)
# a handle that is a plain capitalised name ("make some noise for @Jonno!"): the name the speaker said, its "@" chat's
_HANDLE_NAME = re.compile(r"(?<![\w<])[@＠﹫](?=[A-Z][a-z]+(?:[\s.,;:!?…”\"'’)]|$))")
CUT_QUOTE_WORDS = 3  # a quote cut before a mention keeps this many words at least, else it is left out


def cut_at_mention(quote: str) -> str:
    """`quote` up to its first mention of someone the digest cannot name (`_UNSAID`), cut at a word and closed with
    "…" ("You were all brilliant tonight, <@1577> most of all" → "You were all brilliant tonight…"), or "" when fewer
    than CUT_QUOTE_WORDS words come before it ("Thank you <@1577> …", "Tell <#99> I said hi"); a mention that ends it
    is cut off alone ("Go @everyone <@123>" → "Go @everyone"): never a word of it
    changed or joined to another over the hole. A handle that is a plain name loses only its "@" ("@Jonno" →
    "Jonno")."""
    if "@" not in quote and "<#" not in quote and "＠" not in quote and "﹫" not in quote:
        return quote  # (the cheap test: most quotes mention nobody)
    quote = _HANDLE_NAME.sub("", quote)
    m = _UNSAID.search(quote)
    if m is None:
        return quote
    before = quote[: m.start()].rstrip(' ,;:—–-("“')
    if before and not any(c.isalnum() for c in quote[m.end() :]):
        return before  # (the name was its last word: "Go @everyone <@123>" → "Go @everyone")
    if len(before.split()) < CUT_QUOTE_WORDS:
        return ""
    return before.rstrip(".!?…") + "…"


# a masked link's text that asks the reader to follow it ("click me", "watch here", "see the clip"): no words of
# the story, whatever it is followed to
_FOLLOW = frozenset(
    ["click", "tap", "watch", "see", "look", "read", "view", "open", "listen", "check", "visit", "more"]
)


def _masked(m: re.Match[str]) -> str:
    """`_MASKED`: the link's text as a sentence's words ("wore [a dress by Vex](…)" → "wore a dress by Vex"), none
    when it only names the link ("[video](…)") or asks the reader to follow it ("… in the corridor [click me](…)",
    never "… in the corridor click me.")."""
    label = m.group(1).strip().lower()
    return "" if label in _MEDIA or label.split(" ", 1)[0] in _FOLLOW else m.group(1)


def _hole(m: re.Match[str]) -> str:
    """`_MENTION`: a person's mention as a hole the sentence is mended around (`unmentioned`); any other (a role,
    a channel, an emoji, everyone) as a space."""
    mention = m.group(0)
    person = mention.startswith(("<@", "@", "＠", "﹫")) and not mention.startswith("<@&")
    after = mention[len(mention.rstrip(_TRAILING)) :] if mention[:1] != "<" else ""  # "@dani." ends the sentence
    return f" {HOLE}{after} " if person and not _EVERYONE.fullmatch(mention[1:]) else f" {after} "


_TRAILING = ".,;:!?)]”\"'’"  # what may close a sentence after an "@name"
_EVERYONE = re.compile(r"(?:everyone|here)\W*", re.IGNORECASE)


def _line_stop(m: re.Match[str]) -> str:
    """`_LINE_STOP`: a full stop for the line break, unless the line ends on a word that leads into the next."""
    last = m.string[: m.start()].rsplit(None, 1)[-1].lower()
    return " " if last in _LEADS_ON else ". "


@lru_cache(maxsize=4096)
def junk_share(text: str) -> float:
    """The share (0–1) of `text`'s visible characters that `prose` takes out."""
    visible = len("".join(text.split()))
    if not visible:
        return 1.0
    kept = len("".join(prose(text).split()))
    return max(0.0, 1.0 - kept / visible)


@lru_cache(maxsize=4096)
def is_junk(text: str) -> bool:
    """Mostly mentions, markup, links or HTML: never a headline, never an item's opening."""
    if junk_share(text) > JUNK_SHARE:
        return True
    words = len(alnum_words(prose(text)))
    return words < MIN_WORDS and words < len(alnum_words(text))


def word_count(text: str) -> int:
    return len(alnum_words(text))


def with_full_stop(text: str) -> str:
    """`text` ending like a sentence: a full stop added unless it already ends with punctuation; a closing
    quote ends it only when the quote does (“went “Ohhh”” takes one after it); a dangling colon, semicolon or
    comma ("He said:") gives way to the full stop; a closing bracket ends it only after the aside's own stop."""
    text = text.rstrip()
    if text.endswith(")") and text[-2:-1] not in (".", "!", "?", "…", "。", "！", "？"):
        return text + "."  # "… the bus (mom drives it)." — an aside in brackets does not end the sentence
    if not text or text[-1] in ".!?…)。！？":
        return text
    if text[-1] in "\"”’'":
        inner = text[:-1].rstrip()
        return text if not inner or inner[-1] in ".!?…,。！？" or text[-1] in "’'" else text + "."
    return text.rstrip(":;,—–- ") + "." if text.rstrip(":;,—–- ") else text

"""A correspondent's correction stands for the post it corrects (`night._without_corrected`): the story keeps its
place and its point.

- When the correction only swaps a detail ("Correction to my last: Ada Voss won Best Score, not Best Newcomer.") and
  the post says the detail it takes back ("Ada Voss won Best Newcomer and sat on the steps … crying into her
  programme"), the post is told with the detail put right ("Ada Voss won Best Score and sat on the steps … crying
  into her programme", `amended_by`): what the correction did not take back is kept, and the correction goes, its
  votes counted with the post's.
- Otherwise the correction tells the news alone, and it carries what readers gave the post it retracts
  (`standing_for`): the post's votes counted with its own (the night's most voted moment, corrected, is still the
  night's most voted), and the post's quote when it has none and the quote is not credited to someone the
  correction leaves out. A corrected story never vanishes for having been put right.
"""

from __future__ import annotations

import re

from bot.models import AnySighting

from .corrections import corrected
from .lexicon import STOPWORDS
from .textutil import alnum_words, fold

# the swap a correction makes: "… won Best Score, not Best Newcomer", "… Best Score (not Best Newcomer)",
# "… Best Score rather than Best Newcomer": the words before it, what it was not
_SWAP = re.compile(
    r"(?P<before>[^.!?:;\x00“”\"]+?)\s*(?:,|—|–|\()?\s*(?:and\s+)?(?:not|NOT|rather than|instead of)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?P<wrong>[^,.;:!?()“”\"—–]{1,60}?)\s*\)?\s*(?=[,.;:!?]|$)"
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# the focus of a cleft that names who did it, a role of theirs before it ("it was the bassist, Imogen Hale, who
# kicked the monitor", "It was Imogen Hale that …"): the name put right, and the role (break 70 printed only "Imogen
# Hale kicked the monitor." for a 150-vote story)
_CLEFT_FOCUS = re.compile(
    r"^(?:[Ii]t|[Tt]hat) was (?:the (?P<role>[a-z][a-z -]{1,20}), )?"
    r"(?P<who>(?:[A-Z][\w'’-]*\s){0,3}[A-Z][\w'’-]*),? (?:who|that)\b"
)


def _role_put_right(post: str, wrong: str, role: str | None) -> str:
    """`post` with the role right before the name a correction takes back put right as well ("Static Bloom's drummer
    Dev Kapoor" → "Static Bloom's bassist Dev Kapoor", before the name is swapped), when the correction gives one and
    the post names a role there (a word in lower case right before the name); left out when it gives none."""
    if role is None:  # (the role was the one taken back's: "Static Bloom's Imogen Hale", never "… drummer Imogen Hale")
        return re.sub(rf"(?:(?<=['’]s )|\bthe )[a-z]+ (?={re.escape(wrong)}\b)", "", post, count=1)
    return re.sub(rf"\b[a-z]+(?= {re.escape(wrong)}\b)", role, post, count=1)


def _words(text: str) -> list[str]:
    return alnum_words(fold(text))


def _content(text: str) -> set[str]:
    return {w for w in _words(text) if w not in STOPWORDS}


def amended_by(post: str, correction: str) -> str | None:
    """`post` with the detail `correction` swaps put right ("Ada Voss won Best Newcomer and sat on the steps" and
    "Correction to my last: Ada Voss won Best Score, not Best Newcomer." → "Ada Voss won Best Score and sat on the
    steps"): the words it takes back, found once in `post` outside quoted speech, replaced by as many words that come
    before its "not" (the same number of words: "Best Score" for "Best Newcomer") when `post` does not say them
    already ("it was Otto who proposed to Mara Quinn, not Ivo": "Quinn" is in the post, no swap). None when the
    correction says anything the amended post would not (its news is more than the swap), or swaps nothing."""
    news = corrected(correction)
    if news == correction:
        return None  # (not a correction's text)
    m = next((m for m in _SWAP.finditer(correction) if m.group("wrong").strip()), None)
    if m is None:
        return None
    wrong = m.group("wrong").strip()
    size = len(wrong.split())
    before = m.group("before").split()
    cleft = _CLEFT_FOCUS.match(m.group("before").strip())
    role = None
    if cleft is not None:  # "it was (the bassist,) Imogen Hale who kicked the monitor, not Dev Kapoor": its focus
        right, role = cleft.group("who"), cleft.group("role")
        post = _role_put_right(post, wrong, role)
    elif len(before) < size:
        return None
    else:
        right = " ".join(before[-size:]).strip(",;:")
    if not right or fold(right) == fold(wrong) or fold(right) in fold(post):
        return None
    if [w[:1].isupper() for w in right.split()] != [w[:1].isupper() for w in wrong.split()]:
        return None  # (not the same kind of words: "Mara's shoe, not her award" swaps no title for a title)
    unquoted = _QUOTED.sub(lambda q: "\x00" * len(q.group(0)), post)
    found = [k for k in re.finditer(rf"(?<![\w'’-]){re.escape(wrong)}(?![\w'’-])", unquoted, re.IGNORECASE)]
    if len(found) != 1:
        return None
    at = found[0]
    text = post[: at.start()] + right + post[at.end() :]
    if not _content(QUOTE_THEIRS.sub(" ", news)) <= _content(text):
        return None  # (the correction tells more than the swap: it tells the news itself)
    return text


# a correction's word that the quote was the one put right's too ("The quote was hers too.")
QUOTE_THEIRS = re.compile(r"\b(?:the|that) (?:quote|line) (?:was|is) (?:hers|his|theirs)(?: too| as well)?\b", re.I)


def standing_for(fix: AnySighting, post: AnySighting, *, quote: bool = True) -> AnySighting:
    """`fix` (a correction) carrying what readers gave `post`, the post it retracts: their votes counted together,
    and the post's quote when `fix` has none and the quote's speaker, if named, is one of the correction's people;
    when its news names one of its people (who did it), else `fix` as it is."""
    news = set(_words(corrected(fix.what)))
    if not any(w in news for n in fix.people for w in _words(n) if len(w) >= 3 and w not in STOPWORDS):
        return fix  # (its news names none of its people, "it was a waiter who tripped": no story to carry them)
    update: dict[str, object] = {"votes": fix.votes + post.votes}
    if quote and not fix.quote and post.quote:  # (not a colleague's post's quote: `quote=False`)
        by = fold(post.quote_by) if post.quote_by else None
        if by is None or by in {fold(n) for n in fix.people}:
            update.update(quote=post.quote, quote_by=post.quote_by)
    return _with(fix, update)


def put_right(post: AnySighting, text: str, fix: AnySighting) -> AnySighting:
    """The correction `fix` telling `text` (`post` with the detail put right, `amended_by`) in place of `post`: the
    version taken back is never published, its votes counted with the correction's, its quote and place kept."""
    told = set(_words(text))  # (the post's people it still names, by any of their words: "hugged Mia" keeps Mia Lund)
    named = [p for p in post.people if any(w in told for w in _words(p) if len(w) >= 3)]
    people = (*named, *(p for p in fix.people if p not in named)) if fix.people else post.people
    update: dict[str, object] = {"what": text, "votes": post.votes + fix.votes, "people": people or fix.people}
    if not fix.quote and post.quote:
        cleft = _CLEFT_FOCUS.match(corrected(fix.what))
        by = cleft.group("who") if cleft is not None and QUOTE_THEIRS.search(fix.what) else post.quote_by
        update.update(quote=post.quote, quote_by=by)  # ("The quote was hers too.": the one put right's)
    if not fix.where and post.where:
        update["where"] = post.where
    return _with(fix, update)


def _with(s: AnySighting, update: dict[str, object]) -> AnySighting:
    return s._replace(**update) if isinstance(s, tuple) else s.model_copy(update=update)  # type: ignore[arg-type]


# a place a correction puts right: "it was in the car park, not the lobby", "Nell Asher was on the roof, not the fire
# escape", "it was the bar, not the green room": the place after its preposition (or "it was"), then the one it was not
_PREP = r"(?:in|at|on|by|near|outside|inside|behind|under|beside)"
_PLACE_SWAP = re.compile(
    rf"(?:\b(?:[Ii]t|[Tt]hat) was(?:\s+(?P<p1>{_PREP}))?|\b(?P<p2>{_PREP}))\s+(?P<art>the\s+)?"
    r"(?P<right>[^,.;:!?()“”\"—–]{1,40}?)\s*(?:,|—|–|\()?\s*"
    rf"(?:and\s+)?(?:not|NOT|rather than|instead of)\s+(?:{_PREP}\s+)?(?:the\s+)?"
    r"(?P<wrong>[^,.;:!?()“”\"—–]{1,40}?)\s*\)?\s*(?=[,.;:!?]|$)"
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def place_amended(post: AnySighting, correction: str) -> tuple[str, str | None] | None:
    """(`post`'s text, its place) with the place `correction` swaps put right ("correction to my last: it was in the
    car park, not the lobby" and a post from the Lobby → its place "Car park"; "sorry, my mistake: Nell Asher was on
    the roof, not the fire escape" and "… a drinking song on the fire escape" → "… on the roof"). None when the
    correction swaps no place the post has, or tells more than the swap."""
    news = corrected(correction)
    if news == correction:
        return None  # (not a correction's text)
    m = next((m for m in _PLACE_SWAP.finditer(correction) if m.group("wrong").strip()), None)
    if m is None:
        return None
    right, wrong = m.group("right").strip(), _ARTICLE.sub("", m.group("wrong").strip())
    if not right or len(right.split()) > 4 or fold(right) == fold(wrong) or fold(right) in fold(post.what):
        return None
    where = post.where
    if where and fold(_ARTICLE.sub("", where.strip())) == fold(wrong):
        where = right[:1].upper() + right[1:]
    unquoted = _QUOTED.sub(lambda q: "\x00" * len(q.group(0)), post.what)
    found = list(
        re.finditer(
            rf"(?<![\w'’-])(?:(?P<prep>{_PREP})\s+(?:the\s+)?)?(?P<wrong>{re.escape(wrong)})(?![\w'’-])",
            unquoted,
            re.IGNORECASE,
        )
    )
    text = post.what
    prep = m.group("p1") or m.group("p2")
    if len(found) == 1 and prep and found[0].group("prep"):  # a place in its words, "… on the loading bay"
        k = found[0]  # ("in the foyer" → "under the pier": the preposition too)
        text = text[: k.start()] + f"{prep} {m.group('art') or ''}{right}" + text[k.end() :]
    elif where == post.where:
        return None  # (no place of the post's swapped)
    if not _content(news) <= _content(text) | _content(where or ""):
        return None  # (the correction tells more than the swap)
    return text, where


def place_put_right(post: AnySighting, text: str, where: str | None, fix: AnySighting) -> AnySighting:
    """`put_right` with the post's place put right too."""
    return _with(put_right(post, text, fix), {"where": where})

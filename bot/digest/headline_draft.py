"""`headlines.write_headline`'s first draft from the report that speaks for the moment, before it is checked: its
best clause (`options.clause_options`) named, a verbless note given a verb, a short one extended, a news adjunct
kept ("After Her Ninth Loss,"), else another report's clause or the plain words cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .clauses import Option, capitalised, mentioned, name_words, sentences
from .cutting import MAX_LEN, MIN_LEN, bare, cut, without_padding
from .fallbacks import sound_option
from .headline_words import _whom_named
from .notes import note_as_clause, note_told
from .options import clause_options, extend
from .quote_headlines import answer_headline, quote_headline
from .textutil import wordset


def _draft(
    text: str,
    *,
    names: Sequence[str],
    lead: str | None,
    quote: str | None,
    speaker: str | None,
    to: str | None,
    others: Sequence[str],
    salient: frozenset[str],
    thin: str | None,
    about: str | None,
) -> str:
    """`write_headline`'s headline before it is checked, as written (not yet in title case)."""
    sources = [note_told(text)] if text else []
    options = clause_options(sources, names, lead, salient)
    if not options:
        noted = note_as_clause(text)
        if noted is not None:
            return noted
        plain = text.rstrip(".!?").split()
        return cut(plain, MIN_LEN, min(len(plain), 2)) if plain else (lead or "")
    by_word = name_words(names)

    def named(o: Option, who: str | None = None) -> bool:
        found = mentioned(o.clause.subject, by_word)
        return who in found if who else bool(found)

    ranked = sorted(options, key=lambda o: (-o.score, o.place))
    chosen = sound_option([o for o in options if named(o, about)], options) if about else None
    if about and chosen is None and quote and speaker == about:  # the person it is about, in their own words
        framed = quote_headline(speaker, quote, to=to)
        if framed is not None:
            return framed
    chosen = chosen or sound_option([o for o in ranked if named(o)], options)
    if chosen is None and others:  # the beat the body tells from another report of the moment names someone
        beats = [
            replace(o, place=(o.place[0] + 1, *o.place[1:]), score=o.score - _ELSEWHERE)
            for o in clause_options([note_told(t) for t in others], names, lead, salient)
        ]
        sources += [note_told(t) for t in others]
        chosen = sound_option([o for o in beats if named(o)], beats)
    chosen = chosen or sound_option(ranked, options)
    best, headline = chosen or (ranked[0], cut(ranked[0].words, MIN_LEN, ranked[0].keep))
    noted = note_as_clause(text) if not named(best) else None
    if noted is not None:  # "Three Takers So Far" names nobody: "X Is at the Bar With His Sewing Kit" does
        return noted
    # a scene broken into ("was signing programmes when Tam Okoro pushed in"), answered by its speaker's quote
    scene = next((o for o in options if o.place[:2] == best.place[:2] and o.place[2] == 0), best)
    answered = answer_headline(best, names, quote, speaker) or answer_headline(scene, names, quote, speaker)
    if answered is not None:
        return answered
    source = sources[best.place[0]]
    told = without_padding(headline)  # ("… Hugs Pip Lane for a Long Time" says no more than "Hugs Pip Lane")
    said = sentences(source)
    padded = len(told) < len(headline)
    piece = best.first_piece or (said[best.place[1]] if padded and best.place[1] < len(said) else "")
    if len(told) < MIN_LEN and piece:  # (a padded clause inside its sentence too: "then Amara hugged her …")
        longer = extend(told, best.clause, [piece, *said[best.place[1] + 1 :]], lead, padded)
        headline = longer if longer != told else headline
    headline = _whom_named(headline, source, by_word)
    if best.place[2] == 0:
        said = sentences(source)
        context = _news_context(said[best.place[1]], lead) if best.place[1] < len(said) else None
        if context and len(context) + 1 + len(headline) <= MAX_LEN:
            headline = f"{context} {headline}"
    return headline


_ELSEWHERE = 2.0  # a clause of another report of the moment ranks below the speaking report's own

_NEWS_CONTEXT = re.compile(
    r"^((?:Right\s+|Moments\s+|Minutes\s+|Just\s+)?(?:After|Before|Despite)\s+[^,]{3,40},)\s", re.IGNORECASE
)
_NEWS_WORDS = wordset(
    "win won winning loss lost losing defeat nomination nominations award trophy category speech first second "
    "third fourth fifth sixth seventh eighth ninth tenth last straight"
)


def _news_context(sentence: str, lead: str | None) -> str | None:
    """The adjunct opening a sentence that makes its clause news ("After Her Ninth Loss,"): a win, a loss, a
    count; never one that names someone else, nor a pronoun the headline does not resolve."""
    m = _NEWS_CONTEXT.match(sentence)
    if not m:
        return None
    words = [bare(w).lower() for w in m.group(1).split()]
    if not (set(words) & _NEWS_WORDS or any(w[:1].isdigit() for w in words)):
        return None
    if any(w in ("he", "she", "they", "him", "them") for w in words):
        return None
    named = [w for w in m.group(1).split()[1:] if capitalised(w)]
    if named and not (lead and all(bare(w) in lead.split() for w in named)):
        return None
    return m.group(1)

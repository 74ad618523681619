"""Headlines written by rule from the lead moment's best report, when neither the editor nor that
moment's reporter wrote one.

The rule: the report's first sentence is reduced to its lead clause — a label ("Spotted:", "Uno
result:") and a leading adjunct ("Asked about the feud, …") are dropped, the subject is what comes before
the first verb, a pronoun subject becomes the person's name, the verb goes to the present tense — and the
clause is cut at a clause boundary (`bot.digest.cutting`: a preposition or conjunction that opens an adjunct)
to 30–75 characters, 90 at most, never mid-word and never with "…". A note with no verb is headlined from
the story's next beat, else given one ("X Is on the Decks"); a name in a room with a named award is the
win. When the text is too thin for that (no verb, a handful of words) and the moment has an attributed
quote, the headline is `Name Says “the quote”`
(`Name Tells the Bar: “…”` when the note says where), shortened at a word. A headline must read as a
sentence (`sound`): it opens with its named subject, never a pronoun or an adverb, and holds no pronoun
contraction; a simpler clause is taken over a broken one. Latin-script headlines are in title case (the
`titlecase` library, names kept as the roster spells them); CJK ones keep their first clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .clauses import Option, capitalised, is_cjk, mentioned, name_words, sentences
from .cutting import MAX_LEN, MIN_LEN, bare, cut
from .fallbacks import fallback_headlines, sound_option
from .headline_check import problem, too_short_only
from .hygiene import word_count
from .notes import note_as_clause, win_told
from .options import PARENTHESES, clause_options, extend
from .quote_headlines import answer_headline, quote_headline
from .speech import addressee
from .textutil import wordset
from .titling import cjk_headline, in_full, title_case


def write_headline(
    text: str,
    *,
    names: Sequence[str],
    lead: str | None,
    quote: str | None = None,
    speaker: str | None = None,
    others: Sequence[str] = (),
    salient: frozenset[str] = frozenset(),
    thin: str | None = None,
    story: Sequence[str] = (),
    about: str | None = None,
    opening: Sequence[str] = (),
) -> str:
    """A headline for a moment told by `text` (its best report, as article copy; `others`: its other reports
    in English), about `names` (its people, the lead first).

    The clause chosen tells the moment's event: its subject names someone of the moment, its words are
    ones the other reports (or the quotes) use too (`salient`: stemmed words), its verb is not one of
    the flat ones ("arrives", "is"), it fits; a second clause joins it when it names someone else of the
    moment or tells what happened next. `thin` (where the note says it was heard, "" when it does not say)
    marks a note that only frames its quote: the headline is then the speaker and the quote, or a part of
    the quote that stands alone. `story` (the other moments the item tells, as copy) is read only when the
    moment's own reports name nobody in a clause that reads as a sentence ("The usher watching …"), or for
    `about`: the person the story is about when it is not its lead, whose own clause is preferred. `opening`
    (the copy of a moment the body tells before this one, nearly as strong) is headlined first: the headline
    promises what the first paragraph tells.

    The headline is checked (`headline_check.problem`) before it is used: one that fails is replaced by the
    next clause of the moment's reports that passes, else a plain one (subject, present-tense verb, object),
    else its speaker and the quote."""
    text = PARENTHESES.sub("", text).strip()
    if text and is_cjk(text):
        return cjk_headline(text)
    draft = _draft(
        text,
        names=names,
        lead=lead,
        quote=quote,
        speaker=speaker,
        others=others,
        salient=salient,
        thin=thin,
        story=story,
        about=about,
        opening=opening,
    )
    draft = in_full(draft, names)
    if problem(draft, names) is None:
        return title_case(draft, names)
    fallbacks = fallback_headlines(text, others, names, lead, salient, quote, speaker, story)
    passing = next((h for h in fallbacks if problem(h, names) is None), None)
    short = next((h for h in [draft, *fallbacks] if too_short_only(h, names)), None)
    return title_case(in_full(passing or short or draft, names), names)


def _draft(
    text: str,
    *,
    names: Sequence[str],
    lead: str | None,
    quote: str | None,
    speaker: str | None,
    others: Sequence[str],
    salient: frozenset[str],
    thin: str | None,
    story: Sequence[str],
    about: str | None,
    opening: Sequence[str],
) -> str:
    """`write_headline`'s headline before it is checked, as written (not yet in title case)."""
    others = [PARENTHESES.sub("", other).strip() for other in others]
    to = addressee([text, *others], quote, speaker or lead or "", names) if quote else None
    if (thin is not None or not text) and quote and speaker:
        framed = quote_headline(speaker, quote, thin, to)
        if framed is not None:
            return framed
    sources = [win_told(t) for t in ([text, *others] if text else others)]
    options = clause_options(sources, names, lead, salient)
    if not options:
        if quote and (speaker or lead):
            framed = quote_headline(speaker or lead or "", quote, thin, to)
            if framed is not None:
                return framed
        told = [PARENTHESES.sub("", t).strip() for t in story]
        elsewhere = clause_options(told, names, lead, salient)  # a note with no verb: a clause of the story's next beat
        by_name = name_words(names)
        found = sound_option([o for o in elsewhere if mentioned(o.clause.subject, by_name)], elsewhere)
        if found is not None:
            return found[1]
        noted = note_as_clause(text)
        if noted is not None:
            return noted
        plain = text.rstrip(".!?").split()
        return cut(plain, MIN_LEN, min(len(plain), 2)) if plain else (lead or "")
    first = [PARENTHESES.sub("", t).strip() for t in opening]
    openers = [
        replace(o, place=(o.place[0] + len(sources), *o.place[1:])) for o in clause_options(first, names, lead, salient)
    ]
    sources += first
    told = [PARENTHESES.sub("", t).strip() for t in story]
    further = [  # the story's other moments: after any clause of the moment's own
        replace(o, place=(o.place[0] + len(sources), *o.place[1:]), score=o.score - _ELSEWHERE)
        for o in clause_options(told, names, lead, salient)
    ]
    sources += told
    by_word = name_words(names)

    def named(o: Option, who: str | None = None) -> bool:
        found = mentioned(o.clause.subject, by_word)
        return who in found if who else bool(found)

    ranked = sorted(options, key=lambda o: (-o.score, o.place))
    chosen = sound_option([o for o in [*options, *further] if named(o, about)], [*options, *further]) if about else None
    chosen = chosen or sound_option([o for o in openers if named(o)], openers) or sound_option(ranked, options)
    if further and (chosen is None or not named(chosen[0])):
        chosen = sound_option([o for o in further if named(o)], further) or chosen
    best, headline = chosen or (ranked[0], cut(ranked[0].words, MIN_LEN, ranked[0].keep))
    noted = note_as_clause(text) if not named(best) else None
    if noted is not None:  # "Three Takers So Far" names nobody: "X Is at the Bar With His Sewing Kit" does
        return noted
    answered = answer_headline(best, names, quote, speaker)
    if answered is not None:
        return answered
    source = sources[best.place[0]]
    if len(headline) < MIN_LEN and best.first_piece:
        headline = extend(headline, best.clause, [best.first_piece, *sentences(source)[best.place[1] + 1 :]], lead)
    if len(headline) < MIN_LEN and quote and speaker and word_count(headline) < 5:
        framed = quote_headline(speaker, quote, to=to)
        if framed is not None:
            return framed
    if best.place[2] == 0:
        said = sentences(source)
        context = _news_context(said[best.place[1]], lead) if best.place[1] < len(said) else None
        if context and len(context) + 1 + len(headline) <= MAX_LEN:
            headline = f"{context} {headline}"
    return headline


_ELSEWHERE = 2.0  # a clause of another moment of the story ranks below the moment's own

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

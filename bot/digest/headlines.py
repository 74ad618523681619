"""Headlines written by rule from the report that speaks for the lead moment (the one holding its news, `news`)
and the moment's quote, when neither the editor nor that moment's reporter wrote one: never from a setup, a scene,
a follow-up or another moment of the item.

The clause: the report's clauses are scored (`options.clause_options`) and the best is written out — a label
("Spotted:", "Uno result:") and a leading adjunct ("Asked about the feud, …") dropped, the subject what comes before
the first verb, a pronoun subject made the person's name, the verb in the simple present, never the live blog's
(`simple_present`: "has just come out" → "comes out", "is now dancing" → "dances") — and cut at a clause
boundary (`bot.digest.cutting`: a preposition or conjunction that opens an adjunct) to 30–75 characters, 90 at most,
never mid-word and never with "…"; one under 35 without how long its act lasted (`cutting.without_padding`: "… Hugs
Pip Lane for a Long Time") is lengthened with the subject's next act in its sentence, in the present, instead ("Ada
Roe Hugs Pip Lane, Takes Off Her Own Gold Earrings"; `options.extend`), never with padding. A thing fetched and then
acted with is told as the act (`hooks.one_act`: "takes out his 1968 cavaquinho and hands it to Kauê" → "hands his
1968 cavaquinho to Kauê"). A note with no verb is given one ("X Is on the Decks"); a name in a room with a named
award is the win.

The choice: that clause, every other clause of the moment's reports, their plain and shorter forms, a verbless note's
clause and the speaker with the quote (`Name: “the quote”`, only a line in English and only when the moment is the
line or no fact headline reads; a plain act of the speaker, even a short one, heads it over the quote:
`_plain_act`) are candidates alike (`fallbacks`); each loses the words that point at what the
reader was not told, or is dropped when it leans on them (`standalone`); a "his" or "her" that is not its subject's
names whose it is (`owner_named`), one that may be either's costs the candidate; one that tells the act a list of
one person's predicates builds to scores over one that tells only an earlier predicate (`_list_ends`; a thing handed
over or a coat taken off before an act in one sentence only frees the hands: "Sings 'Lullaby' With the Kitchen Staff
at the Loading Bay", never "Hands the Trophy to Her Assistant and Sings …"), and one that
tells a fall another person of the moment answered with an act loses to that act (`_answered_mishaps`; the answer
names whose thing it was and its subject's role has no article: "Doorman Omar Ruiz Catches Pia Lund's Trophy",
`turns`), a repair of someone's thing wins over the breakage (`turns.mends`), a challenge is told with its result
("… to an Arm-Wrestle and Wins", `turns.with_result`), a clause pasted after the object is cut there
(`contact`), and a fall
is told with what of the fallen one's it broke when another candidate tells that ("Falls on the Stairs and Snaps Her
Trophy in Two": the consequence is the hook, `_with_what_broke`); one that only tells the way into or out of the
moment (an exit, an entrance, slipping out, the microphone taken, a position taken up to wait in: `payoff.way_there`;
a movement, never one into a thing: "Walks Into the Fountain") is dropped when another tells an act
(`past_the_way_there`: never "Slips Out the Fire Exit" over the song she sang at the ferry stop), and one whose
subject only supports another person of the moment (holds the mirror,
carries the guitar: `payoff.SUPPORTING`) when another tells that person's own act (`_not_the_helper`: "Kit Ames
Shaves Off His Beard, as Promised", never "Bo Lind Holds the Mirror …"), and one in which another plays the music
when another tells the lead's own act (`_not_the_band`: "Ivy Rhee Dances a Zeibekiko on the Table", never "Theo Marr
Plays the Bouzouki"); a word that points at what the reader was
not told is "the" ("Falls Down the Same Stairs", "Sings That Song" → "the Stairs", "the Song": `_pointing_dropped`),
and "the old man" or another language's word for an elder is the moment's other person by name ("… on the Madala's
Wrist" → "… on Mandla Sithole's Wrist": `_elder_named`);
a candidate ending on a predicate the cut
left without what it needs ("… on His Backside and Comes Up", "… and Takes": `headline_check`) is cut before its "and";
when only short ones read, an act is taken over a reaction ("Loses the Bet", not "Cries Laughing"); one scorer
(`headline_score`) ranks them and the best one that passes the gate (`headline_check.problem`) is the headline,
never one that only places its subject ("X Is Backstage") nor a bare name. Latin-script headlines are in title case
(the `titlecase` library, names kept as the roster spells them, a quotation as it was said); CJK ones keep their
first clause.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from .act_clause import act_clause
from .caught import caught_named
from .clauses import COPULA, Option, capitalised, is_cjk, mentioned, name_words, sentences
from .contact import before_pasted_clause
from .cutting import CUT_BEFORE, DETERMINERS, MAX_LEN, MIN_LEN, PRONOUNS, TARGET_LEN, bare, cut, without_padding
from .fallbacks import fallback_headlines, sound_option
from .foreign import foreign_words, speaks_foreign
from .headline_bounds import bounded, label_refused, worded
from .headline_check import backstory, before_hanging_predicate, problem, pronoun_subject, tense, too_short_only
from .headline_score import actor, flat, headline_score, role_length
from .hooks import one_act
from .lexicon import ELDER_WORDS, KIN
from .notes import note_as_clause, note_told
from .options import PARENTHESES, clause_options, extend, object_named
from .owners import owner_fronted
from .padding import choice_for_place, unpadded
from .pairs import PARTICLES
from .payoff import (
    APPROACH,
    MISHAPS,
    MUNDANE,
    SUPPORTING,
    hand_off,
    into_a_thing,
    news_weight,
    reaction,
    verb_base,
    way_there,
)
from .pronouns import genders, kin_for
from .protagonists import actor_with_role, another, caught_unnamed, done_for, taken_further, what_instead
from .quote_headlines import answer_headline, house_shaped, quote_headline, quoting
from .speech import addressee
from .standalone import alone
from .textutil import fold, wordset
from .titling import as_written, cjk_headline, in_full, title_case
from .turns import fallen_ones, mends, result_told, role_unarticled, with_result
from .verbs import IRREGULAR, base_form, third_person

# a thing put into someone's hands or lap: the hands are the receiver's, never the giver's ("put the trophy in his
# hands" after "found his driver Américo Pinto": Américo Pinto's hands)
_INTO_HANDS = re.compile(
    r"\b(?:put|puts|placed|places|pressed|presses|laid|lays|dropped|drops|thrust|thrusts|pushed|pushes)\b"
    r"[^.;!?]{1,60}?\b(?:in|into|on|onto) (?P<whose>his|her|their) (?:hands?|lap|arms)\b"
)


def _receiver_named(text: str, names: Sequence[str]) -> str:
    """`text` with the receiver's "his" or "her" before the hands or lap something was put in named, when its sentence
    named them after its subject ("Dário Quental … found his driver Américo Pinto …, and put the trophy in his hands"
    → "… in Américo Pinto's hands"): the headline's "His Hands" would read as the giver's."""
    if " hand" not in text and " lap" not in text and " arms" not in text:
        return text
    out: list[str] = []
    last = 0
    for m in _INTO_HANDS.finditer(text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 1
        before = text[start : m.start()]
        named = sorted(((before.find(n), n) for n in names if n in before), key=lambda x: x[0])
        if len(named) < 2 or named[0][0] > 0:
            continue  # (only the giver named: "his" may be theirs; a giver who is not the sentence's subject)
        at_receiver, receiver = named[-1]
        gap = before[at_receiver + len(receiver) :]
        if "," not in gap and " and " not in gap:
            continue  # "Ama Pell watched as Mira Cole put it in her hands": the last named is the giver
        at = m.start("whose")
        out += [text[last:at], f"{receiver}'s"]
        last = m.end("whose")
    return "".join(out) + text[last:] if out else text


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
    about: str | None = None,
    echo: Mapping[str, int] | None = None,
) -> str:
    """A headline for a moment told by `text` (the copy of the report that speaks for it,
    `moments.speaking_order`), about `names` (its people, the lead first). Only that report and the moment's
    quote are headlined, never a setup, a scene or a follow-up; `others` (the beat the body tells from another
    report of the moment, as copy) is headlined only when no clause of that report names someone of the moment,
    and read for whom the quote was said to.

    The clause chosen tells the moment's event: its subject names someone of the moment, its words are
    ones the other reports (or the quotes) use too (`salient`: stemmed words), its verb is an act that changes
    something, not a flat one ("arrives", "is"), a scene ("eats") or the observer's ("films"), it fits; a second
    clause of the report joins it when it names someone else of the moment or tells what happened next. `thin`
    (where the note says it was heard, "" when it does not say) marks a note that only frames its quote: the
    headline is then the speaker and the quote, or a part of the quote that stands alone. `about` (the person the
    story is about when it is not its lead) has their own clause preferred, else their quote.

    The candidates (this clause, every other clause of the moment's reports as a headline and plain, the speaker
    and the quote) are scored alike (`headline_score`) and the best one that passes `headline_check.problem` is the
    headline; a quote headline scores as news only when the moment is the line (`thin`, or `about` its speaker).
    A headline that opens with a pronoun or has one as its subject is never used."""
    text = act_clause(text, names)  # never a note's fragments, a posture or "could be heard" before the act
    text = owner_fronted(_receiver_named(PARENTHESES.sub("", text).strip(), names), names)  # "Yaw's plaque"
    if text and is_cjk(text):
        return cjk_headline(text)
    if any("," in n for n in names):  # "Léo, Léa & Lia" is one name, not a clause break: one word-run while written
        # (its lower-case words capitalised while written, "Gaston Lemaire, fils" → "Gaston Lemaire‚ Fils": a name's
        # word is never read as its clause's verb; the roster's spelling is put back after)
        whole = {n: _capitalised(n.replace(",", _NAME_COMMA)) for n in names if "," in n}
        spelt = {w: n for n, w in whole.items()}
        whole |= {n.replace(" & ", " and "): w for n, w in whole.items() if " & " in n}  # ("Léo, Léa and Lia")
        whole |= {n.replace(", ", " "): w for n, w in whole.items()}  # as reports write it ("Gaston Lemaire fils")

        def one(t: str | None) -> str | None:
            return _replaced(t, whole) if t is not None else None

        written = write_headline(
            _replaced(text, whole),
            names=[whole.get(n, n) for n in names],
            lead=one(lead),
            quote=quote,
            speaker=one(speaker),
            others=[_replaced(o, whole) for o in others],
            salient=salient,
            thin=thin,
            about=one(about),
            echo=echo,
        )
        return _replaced(written, spelt).replace(_NAME_COMMA, ",")
    others = [owner_fronted(PARENTHESES.sub("", o).strip(), names) for o in others]
    to = addressee([text, *others], quote, speaker or lead or "", names) if quote else None
    # the moment is its quote: the note only frames it or is a word or two, or the story is its speaker's and this is
    # their line; otherwise no candidate quotes it while a fact headline reads
    line = thin is not None or len(text.split()) <= _TINY_NOTE or (about is not None and about == speaker)
    if line and quote and _acts(text, names, lead, salient):
        line, thin = False, None  # "Leyla walks the carpet with the flower seller, 10": the act, not the line
    draft = _draft(
        text,
        names=names,
        lead=lead,
        quote=quote,
        speaker=speaker,
        to=to,
        others=others,
        salient=salient,
        thin=thin,
        about=about,
    )
    fallbacks = fallback_headlines(text, names, lead, salient, quote, speaker, to, others, thin)
    by_word = name_words(names)
    candidates = [house_shaped(in_full(simple_present(one_act(h)), names)) for h in bounded([draft, *fallbacks], names)]
    candidates = worded(list(dict.fromkeys(unpadded(h) for h in candidates)), names)  # never "at 22:20", `X: “Ok.”`
    foreign = foreign_words([text, *others], names)  # "… and Cantou Fado No Foyer": never a headline's clause
    mixed = [h for h in candidates if speaks_foreign(h, foreign)]  # (and the cuts of one: "… Keeps Their Word")
    candidates = [h for h in candidates if h not in mixed and not any(m.startswith(h + " ") for m in mixed)]
    draft = "" if speaks_foreign(draft, foreign) else draft
    candidates = [before_hanging_predicate(h) for h in candidates]  # ("… and Comes Up": cut before its "and")
    candidates = [before_pasted_clause(h, names) for h in candidates]  # "… the Bottom Step [Lio Castel Missed]"
    candidates = [result_told(h, names) for h in candidates]  # "… to an Arm-Wrestle and Beat Him" → "… and Wins"
    # "… Challenges His Old Teacher to an Arm-Wrestle [by the Bar]" → "… and Wins": the result the cut left out
    results = {told for h in candidates if (told := with_result(h, text, TARGET_LEN)) is not None}
    candidates += sorted(results)
    candidates = [_pointing_dropped(h) for h in candidates]  # "Falls Down the Same Stairs" → "… the Stairs"
    candidates = [_elder_named(h, names) for h in candidates]  # "… on the Madala's Wrist" → "… Mandla Sithole's Wrist"
    # an act on "him" or "her" names whom, as the draft does ("Honey Marchetti Hugs Jasper Lindqvist", "Femi Adeyemi
    # Gives Lulu Banda His Spare Pass"): the lead's, or another person of the moment's
    led = [_whom_named(h, text, by_word) if _opens_named(h, lead, by_word) else h for h in candidates]
    gender = genders([text, *others], by_word)
    present = mentioned(" ".join([text, *others]).split(), by_word)
    led = [_done_to_the_one(h, names, gender) for h in led]  # "Jo Draws a Tattoo on Ada Finch's Forearm"
    owned = [owner_named(h, present, gender) for h in led]  # "… Tapes the Shoe to Colette Marais's Foot"
    unsure = {h for h, doubt in owned if doubt}
    candidates = list(dict.fromkeys(h for h, _ in owned))
    standing = [told for h in candidates if (told := alone(h, [text, *others])) is not None]
    candidates = list(dict.fromkeys(standing)) or candidates  # (a headline never points at what it did not tell)
    facts = [h for h in candidates if not quoting(h)]
    if not line and any(problem(h, names) is None and not flat(h, names) for h in facts):
        candidates = facts  # (when no fact reads, the line is what made the moment)
    passing = [h for h in candidates if problem(h, names) is None and not flat(h, names)]
    passing = [h for h in passing if not _cut_from_backstory(h, candidates)]  # "Américo Pinto Drives Dário Quental"
    passing = past_the_way_there(passing, names)  # "Slips Out the Fire Exit" never heads the song sung after it
    short_acts = [h for h in candidates if too_short_only(h, names)]  # ("Kit Ames Shaves Off His Beard": 29)
    passing = _not_the_helper(passing, short_acts, names)  # "Bo Lind Holds a Mirror for Kit Ames": Kit's shave
    passing = _not_the_band(passing, names, lead)  # "Theo Marr Plays the Bouzouki": the lead Ivy Rhee's dance
    several = len(passing) > 1  # (one candidate: nothing to weigh it against)
    ends, before_end = _list_ends([text, *others], names, lead, salient) if several else ([], [])
    # "Falls on the Stairs and Snaps Her Trophy in Two"
    broke = _with_what_broke(passing, names, gender, [text, *others]) if several else None
    passing = [*passing, broke] if broke is not None else passing
    caught, fell_caught = caught_unnamed(passing, candidates, names, gender)  # "A Busboy Catches X as She Trips …"
    named_catch, fell_named = caught_named(passing, candidates, names, gender, [text, *others])  # "Bram Holt …"
    caught, fell_caught = caught + named_catch, fell_caught | fell_named
    passing += caught
    answered = (_answered_mishaps(passing, names) if several else set()) | fell_caught
    if answered:  # "the waiter Teo Marsh catches the trophy": the one who fell had it
        fell = {actor(a, names)[0] for a in answered}
        passing = [_theirs(h, names, fell) for h in passing]
        # "… Catches Her Trophy" → "… Catches Pia Lund's Trophy": hers, the one who fell
        passing = [
            fallen_ones(h, next(iter(fell)), actor(h, names)[0], gender) if len(fell) == 1 else h for h in passing
        ]
    scored = [
        (
            headline_score(h, names, salient, rank=k, line=line, speaker=speaker, echo=echo)
            - _WHOM_LOST * _loses_whom(h, passing)
            - _WHOSE_UNSURE * (h in unsure)
            + _LIST_END * _tells_end(h, ends, before_end)
            - _ANSWERED * (h in answered)
            + _CONSEQUENCE * (h == broke or h in caught)
            + _RESULT * (h in results)
            + _CONSEQUENCE * mends(h, names),
            -k,
            h,
        )
        for k, h in enumerate(passing)
    ]
    if scored:  # one scorer, one gate: the best candidate that passes
        best = max(scored)[2]
        best = (_plain_act(candidates, names, speaker or lead) or best) if quoting(best) and thin is None else best
        best = taken_further(best, passing)  # "… Performs Her Whole Set" → "… in Her Grandmother's Sandals"
        best = choice_for_place(best, candidates, names)  # "… at the Foot of the Stairs" → "… and Lets the Trophy Go"
        best = what_instead(
            best, text, names, lead, lambda t: simple_present(write_headline(t, names=names, lead=lead))
        )  # "Does Not Go to the Press Room": what she did instead
        return as_written(title_case(role_unarticled(best, names), names), [text, *others])
    shorts = [h for h in candidates if too_short_only(h, names) and not flat(h, names)]
    # the one that tells most ("… Comes Off Stage", not "Finishes"), an act over a reaction ("Loses the Bet", not
    # "Cries Laughing")
    short = max(shorts, key=lambda h: (not reaction(actor(h, names)[1], []), len(h))) if shorts else None
    named = next((h for h in candidates if not pronoun_subject(h) and not flat(h, names) and not backstory(h)), None)
    named = label_refused(named, names, speaker, quote)  # never "Backstage Is Buzzing: Pendant La Pause"
    if others and not any(mentioned(h.split(), by_word) for h in candidates):
        # "The Floor Manager Holds the Next Act": no candidate names a person of the moment, its facts do
        from_facts = write_headline(others[0], names=names, lead=lead, others=others[1:], salient=salient)
        named = from_facts if mentioned(from_facts.split(), by_word) else named
    return as_written(title_case(short or named or draft or lead or "", names), [text, *others])


def _cut_from_backstory(headline: str, candidates: list[str]) -> bool:
    """Whether a candidate is another candidate that tells the backstory cut short ("Américo Pinto Drives Dário
    Quental", cut from "… to Gigs for Eight Years"): the cut hides what the clause was about, never the night."""
    return any(c != headline and c.startswith(headline + " ") and backstory(c) for c in candidates)


def _plain_act(candidates: list[str], names: Sequence[str], speaker: str | None) -> str | None:
    """The longest clause that tells what the speaker did, only short ("Nia Vole Stops the Band", 24), never a
    reaction, a word said, a state or a movement: it heads the moment over `Name: “the quote”`, a shape every reader
    takes for a template; None when the reports have no such clause."""
    acts = [
        h
        for h in candidates
        if too_short_only(h, names)
        and not flat(h, names)
        and not quoting(h)
        and speaker
        and actor(h, names)[0].endswith(speaker)
        and (verb := actor(h, names)[1])
        and not reaction(verb, [])
        and verb_base(verb) not in _SPEAKING | _STATES | MUNDANE
    ]
    return max(acts, key=len) if acts else None


_LIST_END = 2.0  # the last of a list of one person's predicates is the payoff the list leads to; the others lose


def _list_ends(
    texts: Sequence[str], names: Sequence[str], lead: str | None, salient: frozenset[str]
) -> tuple[list[str], list[str]]:
    """How the candidates that tell the last predicate of a list open (its subject and verb, lower case), and how
    those telling its earlier predicates open, when that last one is an act that changes something: "Dario Lenz
    handed his statuette to Ama Ruiz, kicked off his shoes and jumped into the canal" → (["dario lenz jumps "],
    ["dario lenz hands ", "dario lenz kicks "]). The act the list builds to, never a movement, an approach or a
    reaction (`options`); after a predicate that only frees the hands (`payoff.hand_off`: "handed the trophy to her
    assistant and sang …"), any such act, and a candidate that tells the hand-off first tells only the way there."""
    if not any(" and " in t for t in texts):
        return [], []  # (a list's last predicate follows its "and")
    options = clause_options([note_told(t) for t in texts if t], names, lead, salient)  # (cached: the fallbacks')

    def head(o: Option) -> str:
        return " ".join(o.words[: len(o.clause.subject) + 1]).lower() + " "

    freeing = {o.place[:2] for o in options if not o.ends_list and hand_off(o.clause.verb, o.clause.rest)}
    last = [o for o in options if o.ends_list and (news_weight(o.clause.verb) > 0 or _freed_for(o, freeing))]
    places = {o.place[:2] for o in last}
    ends = {head(o) for o in last}
    earlier = {head(o) for o in options if o.place[:2] in places and not o.ends_list} - ends
    return sorted(ends), sorted(earlier)


def past_the_way_there(passing: list[str], names: Sequence[str]) -> list[str]:
    """The candidates without those that only tell the way into or out of the moment (`payoff.way_there`: "Slips
    Out the Fire Exit Onto the Quay", "Takes the Microphone From the Moderator"; a movement, "Comes Off Stage",
    "Walks In") when another tells an act of the moment ("Sings 'Salt Road' to the Queue"); all of them otherwise."""
    ways = {h for h in passing if _only_the_way(h, names)}
    if not ways or not any(_an_act(h, names) for h in passing if h not in ways):
        return passing
    return [h for h in passing if h not in ways]


_POINTING = re.compile(r"\bthe same (?=[a-z])|(?<=[a-z] )(?:that|those) (?=[a-z])")


# what a report calls an old person of the moment, in English and the words other languages use ("the madala", "the
# gogo", "the nonna"): a reader may not know the word, and the roster knows the name
_ELDER = re.compile(rf"\bthe (?:old (?:man|woman|lady|gentleman)|{ELDER_WORDS})(?=['’]s\b|\b)", re.IGNORECASE)


def _elder_named(headline: str, names: Sequence[str]) -> str:
    """A headline naming one of the moment's two people, with "the old man" or a word of another language for an
    elder as the other ("Rain Puts His Own Wristband on the Madala's Wrist"), told with that person's name ("… on
    Mandla Sithole's Wrist"). As it is otherwise (a third person may be the one meant)."""
    if len(names) != 2 or _ELDER.search(headline) is None:
        return headline
    unnamed = [n for n in names if fold(n) not in fold(headline)]
    if len(unnamed) != 1:
        return headline
    return _ELDER.sub(unnamed[0], headline, count=1)


def _pointing_dropped(headline: str) -> str:
    """A headline without a word that points at what the reader was not told ("Falls Down the Same Stairs", "Sings
    That Song": the stairs of an earlier fall, the song of an earlier report) as "the": the headline says it, the body
    tells the rest. Never "that" after a noun or before a word that opens a clause ("Says That She …"); quotes as they
    are."""
    if "that" not in headline and "same" not in headline and "those" not in headline:
        return headline

    def plain(m: re.Match[str]) -> str:
        if m.group(0).startswith("the same"):
            return "the "
        before = headline[: m.start()].split()[-1]
        after = headline[m.end() :].split()[0] if headline[m.end() :].split() else ""
        verb = tense(before) == "present" or bare(before).lower() in _TO_WHOM | {"on", "in", "down", "up", "of"}
        opens = bare(after).lower() in {*PRONOUNS, *DETERMINERS} or base_form(bare(after).lower()) is not None
        return "the " if verb and not opens else m.group(0)

    parts = re.split(r"(“[^”]*”)", headline)  # (a quotation as it was said)
    return "".join(p if p.startswith("“") else _POINTING.sub(plain, p) for p in parts)


def _not_the_helper(passing: list[str], short: list[str], names: Sequence[str]) -> list[str]:
    """The candidates without those whose subject only supports another person of the moment (holds, carries,
    steadies, fetches, films: `payoff.SUPPORTING`, "Bo Lind Holds the Mirror While Kit Ames Shaves …", named or not
    in it: "Barber Bo Lind Holds the Mirror"; or does a thing for them: "DJ Kwesi Changes the Song for …") when
    another candidate, or one only too `short`, tells that person's own act ("Kit Ames Shaves Off His Beard, as
    Promised"; when only a short one does, it is the headline). An answer to a fall is no support (the waiter's catch
    heads it, `_answered_mishaps`)."""
    acts = {h: actor_with_role(h, names) for h in [*passing, *short]}
    helped = {
        h: who
        for h, (who, verb) in acts.items()
        if who and verb and verb_base(verb) in SUPPORTING and tense(verb) and not who.endswith(("'s", "’s"))
    }  # (never "Dev Raman-Cole's Cue Cards …": a thing's, whatever "cue" reads as)
    # a service done for another person of the moment ("DJ Kwesi Changes the Song for Pastor Amankwa"): support too
    served = {h: who for h, (who, verb) in acts.items() if who and verb and h not in helped and done_for(h, who, names)}
    if not helped and not served:
        return passing
    acting = {who for h, (who, verb) in acts.items() if h not in helped and h not in served and _an_act(h, names)}
    # (never a service that answers the other's mishap: "Pulls Her Own Boots Off for Teddy Vance", whose heel snapped)
    unlucky = {who for who, verb in acts.values() if verb_base(verb) in MISHAPS | _BREAKING}
    served = {
        h: who
        for h, who in served.items()
        if any(a != who and a not in unlucky and done_for(h, who, [a]) for a in acting)
    }
    helped |= served
    return [h for h in passing if h not in helped or not any(another(a, helped[h]) for a in acting)]


_ACCOMPANYING = wordset("play strum drum accompany")  # the music someone else's act is done to


def _not_the_band(passing: list[str], names: Sequence[str], lead: str | None) -> list[str]:
    """The candidates without those in which another person of the moment plays the music ("Theo Marr Plays the
    Bouzouki While Ivy Rhee Dances …") when another tells the lead's own act ("Ivy Rhee Dances a Zeibekiko on the
    Table"): the item is the lead's, the musician only helps. All of them otherwise."""
    if lead is None or not any(actor(h, names)[0] == lead and _an_act(h, names) for h in passing):
        return passing
    acts = {h: actor(h, names) for h in passing}
    return [h for h, (who, verb) in acts.items() if not who or who == lead or verb_base(verb) not in _ACCOMPANYING]


def _only_the_way(headline: str, names: Sequence[str]) -> bool:
    who, verb = actor(headline, names)
    if not who or not verb or who.endswith(("'s", "’s")) or tense(verb) != "present":
        return False  # ("Zoë Delacroix's Left Heel Snaps …": her heel's act)
    rest = headline.split()[len(who.split()) + 1 :]
    tells_more = any(bare(w).lower() in ("and", "then", "until", "while", "when", "as") for w in rest)
    tells_more = tells_more or into_a_thing(rest)  # ("Walks Straight Into the Fountain": the act itself)
    return not tells_more and (verb_base(verb) in MUNDANE | APPROACH or way_there(verb, rest))


def _an_act(headline: str, names: Sequence[str]) -> bool:
    """Whether a candidate's subject, a person of the moment, does something that is neither a look, a scene, a state,
    a movement nor a reaction ("Sings to the Queue", "Dedicates the Award to Her Old Teacher")."""
    who, verb = actor(headline, names)
    if not who or not verb or tense(verb) != "present" or verb in COPULA:
        return False
    if verb_base(verb) in MUNDANE | APPROACH | _STATES:
        # ("Is With Dev Rao" tells no act the walk down the carpet led to; "Walks Into the Fountain" does: into a
        # thing no one walks into, not a room)
        return into_a_thing(headline.split()[len(who.split()) + 1 :])
    return news_weight(verb) >= 0 and not reaction(verb, headline.split()[len(who.split()) + 1 :])


_ANSWERED = 2.0  # a fall another person of the moment answered with an act of their own: theirs is the news


def _answered_mishaps(passing: list[str], names: Sequence[str]) -> set[str]:
    """The candidates that tell someone's fall, slip or trip when another candidate tells another person of the moment
    acting ("Coral Baines slipped on the stairs; the waiter Teo Marsh caught the trophy one-handed …"): the one who
    answered it heads the item, not the mishap. Never an answer that is a reaction, a look, a movement or another
    mishap ("Bo laughed", "Bo filmed it", "Bo walked over")."""
    acts = {h: actor(h, names) for h in passing}
    fell = {h: who for h, (who, verb) in acts.items() if who and verb_base(verb) in MISHAPS}
    helpers = {
        who
        for who, verb in acts.values()
        if who
        and verb
        and news_weight(verb) >= 0
        and verb_base(verb) not in MISHAPS | MUNDANE
        and not reaction(verb, [])
    }
    return {h for h, who in fell.items() if any(fold(who) not in fold(helper) for helper in helpers)}


_CONSEQUENCE = 3.0  # a fall told with what it broke: the hook
_RESULT = 2.0  # a challenge told with its result, which the cut had left out: the payoff
_BREAKING = wordset("snap break smash crack split shatter spill tear rip dent")
_THING_WORDS = 3


def _with_what_broke(
    passing: list[str], names: Sequence[str], gender: Mapping[str, str], texts: Sequence[str]
) -> str | None:
    """The fall told with what it broke, when a candidate tells someone's fall and another what of theirs broke
    ("Anna Brink Falls on the Stage-Left Stairs" and "Anna Brink's Trophy Snaps in Two" → "Anna Brink Falls on the
    Stage-Left Stairs and Snaps Her Trophy in Two"): the consequence is the hook. The shortest fall that says where,
    within the longest headline; None when there is no such pair or the reports give the one who fell no "he" or
    "she" (nor "his" or "her" before the thing)."""
    acts = {h: actor(h, names) for h in passing}
    for h, (who, _) in acts.items():
        owner = who.removesuffix("'s").removesuffix("’s")
        if owner == who:
            continue  # ("Anna Brink's Trophy Snaps": what of hers broke)
        words = h.split()
        at = next((k for k in range(len(who.split()), len(words)) if tense(words[k]) == "present"), None)
        broken = {verb_base(words[at]), words[at].lower().removesuffix("s")} if at is not None else set()
        if at is None or not broken & _BREAKING or not 0 < at - len(who.split()) <= _THING_WORDS:
            continue
        thing, verb, rest = words[len(who.split()) : at], words[at], words[at + 1 :]
        falls = sorted((f for f, (w, v) in acts.items() if w == owner and verb_base(v) in MISHAPS), key=len)
        said = re.search(r"\b(his|her) " + re.escape(" ".join(thing)) + r"\b", " ".join(texts), re.IGNORECASE)
        whose = {"he": "his", "she": "her"}.get(gender.get(owner, ""), said.group(1).lower() if said else "")
        if not whose:
            continue
        for fall in (f for f in falls if len(f.split()) > len(owner.split()) + 1):  # (where they fell)
            told = " ".join([fall, "and", verb, whose, *thing, *rest])
            if len(told) <= MAX_LEN and problem(told, names) is None:
                return told
    return None


def _theirs(headline: str, names: Sequence[str], fell: set[str]) -> str:
    """An answer to a fall whose object is "the" thing (`_answered_mishaps`), told as the fallen one's ("The Waiter Teo
    Marsh Catches the Trophy" → "… Catches Coral Baines's Trophy"): the headline names whom it was done for. The
    headline as it is otherwise, or when more than one person fell."""
    who, verb = actor(headline, names)
    if len(fell) != 1 or not who or who in fell or verb_base(verb) in MISHAPS:
        return headline
    words = headline.split()
    at = len(who.split()) + 1  # (the word after the verb)
    if at + 1 >= len(words) or words[at].lower() != "the" or not words[at + 1].isalpha() or not words[at + 1].islower():
        return headline
    owner = next(iter(fell)).split()
    return " ".join([*words[:at], *owner[:-1], owner[-1] + "'s", *words[at + 1 :]])


def _tells_end(headline: str, ends: list[str], earlier: list[str]) -> int:
    """1 when a candidate tells a list's last act (`_list_ends`: it opens with it, or goes on to it after "and" or
    "then": "Gets Down on One Knee and Proposes to Lia Corso"), -1 when it tells only an earlier predicate of that
    list, else 0."""
    told = headline.lower() + " "
    if any(told.startswith(e) for e in earlier) and _frees_the_hands(headline):
        return -1  # "Hands the Trophy to Her Assistant and Sings …": the way there first, the point cut short
    if any(told.startswith(e) or f" and {e.split()[-1]} " in told or f" then {e.split()[-1]} " in told for e in ends):
        return 1
    return -1 if any(told.startswith(e) for e in earlier) else 0


_GOING_ON = wordset("finish spend stay remain keep continue end")


def _freed_for(option: Option, freeing: set[tuple[int, int]]) -> bool:
    """Whether a list's last predicate is the act a hand-off before it freed the hands for (never one done with the
    thing, `options.in_list`), not one that only goes on ("… and Finishes the Night in His Shirtsleeves")."""
    return option.place[:2] in freeing and verb_base(option.clause.verb) not in _GOING_ON


def _frees_the_hands(headline: str) -> bool:
    """Whether a candidate's first predicate only frees the hands for its next ("Hands the Trophy to Her Assistant
    and …", "Takes Off Her Coat and …": `payoff.hand_off`)."""
    words = headline.split()
    verb = next((k for k, w in enumerate(words) if k and tense(w) == "present"), None)
    return verb is not None and hand_off(words[verb], words[verb + 1 :])


def _opens_named(headline: str, lead: str | None, by_word: dict[str, str]) -> bool:
    """Whether a headline opens with the lead or another person of the moment named in full."""
    return bool(lead and headline.startswith(lead)) or any(headline.startswith(n + " ") for n in set(by_word.values()))


_SPEAKING = wordset("say tell ask add shout whisper joke laugh grin smile reply answer")
_STATES = wordset("hold wear have keep sit stand wait lie kneel")  # being somewhere with something: no act


def _acts(text: str, names: Sequence[str], lead: str | None, salient: frozenset[str]) -> bool:
    """Whether a report tells a person of the moment doing something besides speaking, being somewhere or reacting
    ("Leyla walks the carpet with the flower seller"): then its act, not its quote, heads the moment."""
    by_word = name_words(names)
    for option in clause_options([note_told(text)], names, lead, salient):
        verb = option.clause.verb.lower()
        if verb in COPULA or verb.endswith("ing") or verb_base(verb) in _SPEAKING or news_weight(verb) < 0:
            continue
        if (
            verb_base(verb) in _STATES
            or reaction(verb, option.clause.rest)
            or not mentioned(option.clause.subject, by_word)
        ):
            continue
        return True
    return False


_NAME_COMMA = "\u201a"  # a comma inside a roster name while its headline is written
_WHOSE_UNSURE = 2.0  # a headline whose "his" or "her" may be another person's loses to one that is not unsure


def _possessive(words: list[str], people: set[str]) -> tuple[int, str, str] | None:
    """The headline's first "his" or "her" before a noun after its named subject ("Billy Okafor Tapes the Shoe to
    Her Foot": 6), with the subject's name and the one other person of the moment told; None when the headline has
    no such word, does not open with a name of `people`, or the moment told has not exactly one other person."""
    role = role_length(words)  # ("The Waiter Teo Marsh Catches Her Trophy": Teo Marsh's subject)
    headline = " ".join(words[role:])
    opening = next((n for n in sorted(people, key=len, reverse=True) if headline.startswith(n)), None)
    if opening is None:
        return None
    headline = " ".join(words)
    named = {fold(w) for n in people - {opening} for w in n.split()}
    for k in range(role + len(opening.split()) + 1, len(words) - 1):
        following = bare(words[k + 1]).lower()
        if bare(words[k]).lower() in ("his", "her") and following not in {
            *PARTICLES,
            *CUT_BEFORE,
            *DETERMINERS,
            *KIN,
            "own",
            "way",
        }:
            if bare(words[k - 1]).lower() == "in" and following in _WORN:
                continue  # "Jumps Into the Canal in His Tuxedo": what one wears is one's own
            if any(_NAMED.sub("", fold(bare(w))) in named for w in words[k + 1 : k + 3]):
                continue  # "in His Oma Greta's Hands": his relative, named (in any language), whose hands they are
            if any(n in headline for n in people - {opening}) or any(
                bare(w).lower() in ("he", "she") for w in words[:k]
            ):
                return None  # someone else is named in it, or "the deal he made with his mum": the reader can tell
            others = people - {opening}
            return (k, opening, next(iter(others))) if len(others) == 1 else None
    return None


_NAMED = re.compile(r"['’]s$")
_WORN = wordset("tux tuxedo suit gown dress costume jacket coat heels boots shoes socks pyjamas robe wig kilt hat")


def _pronoun_gender(word: str) -> str:
    return "he" if bare(word).lower() == "his" else "she"


def owner_named(headline: str, people: set[str], gender: dict[str, str]) -> tuple[str, bool]:
    """The headline with a "his" or "her" that cannot be its subject's (the reports call the subject otherwise, or it
    is where the object was put) as the one other person's of the moment whom it fits ("Billy Okafor Tapes the Shoe
    to Her Foot" → "… to Colette Marais's Foot"), and whether it is left unsure: it may be either's and the reports
    do not say which ("Billy Hands Her Trophy Over", neither called "he" nor "she")."""
    words = headline.split()
    found = _possessive(words, people)
    if found is None:
        return headline, False
    k, subject, other = found
    wanted = _pronoun_gender(words[k])
    if gender.get(subject) == wanted or gender.get(other, wanted) != wanted:
        return headline, False
    if gender.get(subject) is None and not _put_on_someone(words, k):
        # "Ginette Lavaud Accepts Her Honorary Award": hers, read as any reader reads it, unless the reports call her
        # otherwise; unsure only when nobody's pronoun is known
        return headline, gender.get(other) is None
    named = [*other.split()[:-1], other.split()[-1] + "'s"]
    return " ".join([*words[:k], *named, *words[k + 1 :]]), False


_ONTO_SOMEONE = wordset("to on onto into around round over")


def _done_to_the_one(headline: str, names: Sequence[str], gender: dict[str, str]) -> str:
    """A headline that names nobody of a one-person moment, someone its subject (no article), whose "his" or "her" is
    where its act went ("Jo Draws a
    Goose Tattoo on Her Forearm") with that person's name ("… on Ada Finch's Forearm"): whom it was done to is who the
    moment is about. As it is otherwise (their pronoun is known to be the other)."""
    words = headline.split()
    if len(names) != 1 or not words or bare(words[0]).lower() in DETERMINERS or mentioned(words, name_words(names)):
        return headline  # (someone does it: not "A Napkin Folds Over Her Arm")
    k = next((k for k in range(2, len(words) - 1) if bare(words[k]).lower() in ("his", "her")), None)
    if (
        k is None
        or not _put_on_someone(words, k)
        or gender.get(names[0], _pronoun_gender(words[k])) != _pronoun_gender(words[k])
    ):
        return headline
    owner = names[0].split()
    return " ".join([*words[:k], *owner[:-1], owner[-1] + "'s", *words[k + 1 :]])


def _put_on_someone(words: list[str], k: int) -> bool:
    """Whether the possessive at `k` is where the verb's object went ("Tapes the Shoe to Her Foot", "Pins the
    Medal on His Chest"): the one it was done for, not the one who did it. Never right after the verb, with no
    object before it ("Lands on Her Knees", "Falls Into His Arms": the subject's own, or told by the reports)."""
    if k < 3 or bare(words[k - 1]).lower() not in _ONTO_SOMEONE or bare(words[k - 2]).lower() in DETERMINERS:
        return False
    if tense(words[k - 2]) != "present":
        return True
    return any(bare(w).lower() in DETERMINERS for w in words[max(0, k - 7) : k - 1])  # ("Presses His Worry Beads")


def _capitalised(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split(" "))


def _replaced(text: str, whole: dict[str, str]) -> str:
    for name, written in whole.items():
        text = text.replace(name, written)
    return text


_WHOM_LOST = 1.0
_TINY_NOTE = 3  # a note of this many words or fewer ("Overheard", "At the bar") only frames its quote
_WHOM = frozenset({"to", "for"})


def _loses_whom(headline: str, passing: list[str]) -> bool:
    """Whether another passing candidate is this one told on to whom or for whom ("… Hands Tamsin the Key" beside
    "… the Key to the No. 1 Dressing Room"): a cut that drops where the act went."""
    return any(h.startswith(headline + " ") and h[len(headline) + 1 :].split()[0].lower() in _WHOM for h in passing)


_LIVE = wordset("just now already finally")  # the live blog's adverbs between an auxiliary and its verb


def simple_present(headline: str) -> str:
    """A headline in the simple present, never the live blog's tense (outside a quotation): "Has Just Come Out" →
    "Comes Out", "Are Now Dancing" → "Dance", "Is Now on the Decks" → "Is on the Decks", "Just Walks In" → "Walks
    In"."""
    words = headline.split()
    out: list[str] = []
    quoted = False
    i = 0
    while i < len(words):
        word, low = words[i], bare(words[i]).lower()
        if not quoted and low in ("has", "have", "is", "are") and word == bare(word):
            j = i + 1
            while j < len(words) - 1 and bare(words[j]).lower() in _LIVE and words[j] == bare(words[j]):
                j += 1
            verb = _present_of(low, bare(words[j]).lower(), live=j > i + 1) if j < len(words) else None
            if verb is not None:
                shown = verb.capitalize() if words[j][:1].isupper() else verb
                out.append(words[j].replace(bare(words[j]), shown, 1))
                i = j + 1
                continue
            if j > i + 1 and low in ("is", "are"):  # "Is Now on the Decks": the place, not the adverb
                out.append(word)
                i = j
                continue
        following = tense(words[i + 1]) if i + 1 < len(words) else None
        if not quoted and low == "just" and word == bare(word) and out and following == "present":
            i += 1  # "Ada Just Walks In"
            continue
        opens, closes = word.startswith(("“", '"')), word.rstrip(".,!?;:").endswith(("”", '"'))
        quoted = (quoted or opens) and not closes
        out.append(word)
        i += 1
    return " ".join(out)


def _present_of(aux: str, verb: str, live: bool) -> str | None:
    """The simple present of "has just come" or "is now dancing" for its subject (`live`: the live blog's adverb came
    between); None for any other pair."""
    plural = aux in ("have", "are")
    if not live:
        return None  # "Because His Knees Are Knocking": no live blog's adverb, the tense the clause needs
    if aux in ("is", "are"):
        base = base_form(verb) if verb.endswith("ing") and verb != "being" else None
    elif verb == "been" or not verb.isalpha():
        base = None
    elif verb in IRREGULAR or (verb.endswith("ed") and len(verb) > 3):
        base = base_form(verb)
    else:  # "has just come": a base that is an irregular participle
        base = verb if verb in _PARTICIPLE_BASES else None
    if base is None:
        return None
    return base if plural else third_person(base)


_PARTICIPLE_BASES = wordset("come become overcome run")  # a participle written as its base


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


def _whom_named(headline: str, source: str, by_word: dict[str, str]) -> str:
    """A headline whose verb's object is still "her" or "him" ("Ines Baptiste Sews Her Into the Dress") with
    the one other person its report names ("Margo Olufemi's zip went. …"): the reader must know whom. The headline
    as it is when its report names nobody else, or more than one."""
    words = headline.split()
    at = next((i for i, w in enumerate(words[:8]) if bare(w).lower() in ("her", "him") and i >= 2), None)
    if at is None or any(w.endswith(("'s", "’s")) and capitalised(w) for w in words[: at - 1]):
        return headline  # ("Maureen Pike's Son Hands Her the Trophy": hers)
    others = mentioned(source.split(), by_word) - mentioned(words[: at - 1], by_word)
    if len(others) != 1 or kin_for(bare(words[at]), source.split()):
        return headline  # (nobody, or several; or someone unnamed, "his grandmother", whom it may be)
    infinitive = at >= 2 and bare(words[at - 2]).lower() == "to"  # ("… Tries to Hand Her the Statuette": a verb)
    if tense(words[at - 1]) != "present" and not infinitive:
        # "… Sits Down Next to Her and Starts Crying": whom, after a preposition, when no noun follows (not "her mum")
        following = bare(words[at + 1]).lower() if at + 1 < len(words) else ""
        whom = bare(words[at - 1]).lower() in _TO_WHOM and following in ("", "and", *CUT_BEFORE)
        return " ".join([*words[:at], *next(iter(others)).split(), *words[at + 1 :]]) if whom else headline
    named = object_named(words, at, next(iter(others)))
    return " ".join(named) if named is not None else headline


_TO_WHOM = frozenset({"to", "with", "at", "beside", "behind", "for", "onto", "into", "toward", "towards"})


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

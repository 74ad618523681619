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
Plays the Bouzouki"), and one whose subject only stands or watches while another acts when another has the doer
as its subject (`_not_the_bystander`: "Abel Crane Sings Juno Tarr's Whole Chorus Back", never "Juno Tarr Stands by
the Mixing Desk While …"); a word that points at what the reader was
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
from itertools import pairwise

from .act_clause import act_clause
from .caught import caught_named
from .clauses import is_cjk, mentioned, name_words, sentences
from .contact import before_pasted_clause
from .cutting import MAX_LEN, MIN_LEN, TARGET_LEN, bare, without_bare_posture
from .darkness import in_the_dark
from .fallbacks import continued, fallback_headlines
from .figurative import figurative_kept
from .foreign import foreign_words, speaks_foreign
from .headline_bounds import bounded, label_refused, worded
from .headline_check import MIN_CHARS, backstory, opens_on_nobody, problem, pronoun_subject, too_short_only
from .headline_choice import (
    _acts,
    _answered_mishaps,
    _list_ends,
    _not_the_band,
    _not_the_bystander,
    _not_the_helper,
    _pair_together,
    _plain_act,
    _tells_end,
    _theirs,
    _with_what_broke,
    named_twice,
    not_the_giver,
    past_the_way_there,
)
from .headline_draft import _draft
from .headline_score import actor, flat, headline_score
from .headline_shapes import before_hanging_predicate, before_second_time
from .headline_words import (
    _done_to_the_one,
    _elder_named,
    _pointing_dropped,
    _whom_named,
    by_doing,
    for_someone_unnamed,
    it_carried,
    it_jammed,
    it_lent,
    it_named,
    it_the_thing,
    it_thrown,
    owner_named,
    simple_present,
)
from .hooks import one_act
from .lexicon import DID_IT, PEOPLE
from .options import PARENTHESES
from .owners import owner_fronted
from .padding import choice_for_place, unpadded
from .payoff import APPROACH, MUNDANE, TAKING_UP, news_weight, reaction, verb_base
from .pronouns import genders
from .protagonists import caught_unnamed, taken_further, what_instead
from .quote_headlines import house_shaped, quoting
from .reunion import reunion_headline
from .speech import addressee
from .standalone import alone
from .stuck import stuck_headline
from .tenses import name_has_done
from .titling import as_written, cjk_headline, in_full, title_case
from .trimmed import trimmed
from .turns import fallen_ones, mends, result_told, role_unarticled, with_result
from .verbs import base_form, is_past_verb, looks_like_verb, past_tense

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
        before = text[start : m.start()].lstrip()  # (a later sentence's, without the space after the stop)
        named = sorted(((before.find(n), n) for n in names if n in before), key=lambda x: x[0])
        given = _given_named(before, names) if not named else None  # ("Manaia knelt beside her": Manaia Rose,
        named = [(0, given)] if given is not None else named  # called by her given name beside her grandmother)
        beside = _beside_whom(before, text[:start], names, named)
        if beside is not None:  # "Manaia Rose knelt beside her, put the trophy in her lap": the one she knelt by
            receiver = beside
        else:
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


def _given_named(sentence: str, names: Sequence[str]) -> str | None:
    """The person of the moment a sentence opens on by a given name only theirs ("Manaia knelt beside her" for Manaia
    Rose beside Huia Rose), or None."""
    first = sentence.split(" ", 1)[0]
    found = [n for n in names if " " in n and n.split()[0] == first]
    return found[0] if len(found) == 1 else None


_BESIDE = re.compile(r"\b(?:beside|next to|in front of|by) (?:her|him)\b")


def _beside_whom(before: str, earlier: str, names: Sequence[str], named: list[tuple[int, str]]) -> str | None:
    """The one other person of the moment the sentence before named, when the giver, named as this sentence's
    subject and only them, first knelt or sat beside "her" or "him" ("Manaia Rose's grandmother, Huia Rose, 88,
    watched …. Manaia Rose knelt beside her, put the trophy in her lap"): whom the lap or hands are; else None."""
    if len(named) != 1 or named[0][0] != 0 or not _BESIDE.search(before):
        return None
    previous = earlier.rstrip().rsplit(". ", 1)[-1]
    others = [n for n in names if n != named[0][1] and n in previous]
    return others[0] if len(others) == 1 else None


# a note that says its speaker answered, and leaves the words to the quote ("gave him her answer", "had the last word")
_ANSWER_GIVEN = re.compile(
    r"\b(?:gave|gives|give|had|has|delivered|delivers)(?: (?:him|her|them))? (?:her|his|their|the) "
    r"(?:answer|reply|verdict|response|comeback|last word|final word)\b"
)


# a headline's last phrase saying only where, through what (" Through the Open Car Door", " on the Wet Tarmac"): what a
# desk cuts to bring a headline over the house's length back within it (round 44: 78 characters, the reviewer's
# first note); only a way through or past somewhere, never what a verb puts somewhere ("Hides the Trophy in a Crate"),
# how ("Without Spilling His Tray"), whom ("to His Mother"), nor after a participle ("a Crack Heard Across the Hall")
_LAST_PLACE = re.compile(
    r" (?i:through|across|past|outside|beside|behind|near) (?i:the|a|an) (?:[^\W\d_][\w-]*)(?: [^\W\d_][\w-]*){0,3}$"
)


# whom a request was put to, before what was asked ("asks the stage manager that nobody repaint …"): the length
# presses, what was asked says it (round 44's Valletta: 81 characters)
_ASKED_THAT = re.compile(
    r"\b(?P<verb>asks|begs|urges|tells) (?:the |his |her |their |a )?[a-z]+(?: [a-z]+)? (?=that [a-z])"
)


# a hug held, given or shared: the verb says it ("hold a hug for a long time" → "hug for a long time", round 45's
# Montevideo: "Martín Ocampo and Federico Olmos Hold a Hug for a Long Time", its worst headline)
_HELD_HUG = re.compile(
    r"\b(?P<verb>holds?|shares?|gives?) (?:(?P<whom>him|her|them|each other) )?a (?:long |big )?hug\b"
)


# "in one hand and the rope" with no "in the other" after it: half of a pair the clause's cut broke (breaker 63)
_ONE_HAND_HALF = re.compile(
    r"( in (?:one|his|her|their) (?:hand|fist)) and (?!.* in the other\b)[^,;]+$", re.IGNORECASE
)


def _one_hand_half(headline: str) -> str:
    """A candidate cut inside "in one hand and the rope in the other" ends before its "and": "Pim Varga Holds the
    Microphone in One Hand"."""
    m = _ONE_HAND_HALF.search(headline)
    return headline[: m.end(1)] if m is not None else headline


# a headline of someone taking out a tool and mending "it" ("Rasa Lapinskaitė Takes a Glue Gun Out of Her Handbag and
# Repairs It", round 47's Vilnius review: "It" refers to nothing), and the broken thing a report names as someone's
_TOOK_AND_MENDED = re.compile(
    r"^(?P<who>.+?) (?:Takes|Pulls|Gets|Grabs|Produces|Fishes) (?:a|an|her|his|their) (?P<tool>[\w'’ -]{3,30}?) "
    r"(?:Out of|From) [^,]{3,40}? and (?P<fix>Repairs|Fixes|Mends|Glues|Tapes|Sews Up|Sews) It$",
    re.IGNORECASE,
)
_BROKEN_THING = re.compile(
    r"\b(?:her|his|their) (?:[A-Z][\w'’-]* ){0,3}(?P<thing>statuette|trophy|award|heel|shoe|dress|gown|guitar|violin|"
    r"strap|zip|hem|glasses|microphone|mic|medal|plaque|crown|tiara)\b"
)


def _it_mended(headline: str, sources: Sequence[str], names: Sequence[str]) -> str:
    """ "X Takes a Glue Gun Out of Her Handbag and Repairs It" → "X Repairs Emilija Stonkutė's Statuette With a
    Glue Gun": the thing whose breaking a report tells, as the person the sentence names before it owns it; as it
    is when no report names such a thing with its owner, or the headline would run over the house's length."""
    m = _TOOK_AND_MENDED.match(headline)
    if m is None:
        return headline
    for source in sources:
        for sentence in sentences(source):
            broken = _BROKEN_THING.search(sentence)
            if broken is None:
                continue
            owners = [n for n in names if n in sentence[: broken.start()] and not m["who"].startswith(n)]
            if len(owners) != 1:
                continue
            thing = f"{owners[0]}'s {broken['thing']}"
            tool = m["tool"]
            article = "an" if tool[:1].lower() in "aeiou" else "a"
            for told in (f"{m['who']} {m['fix']} {thing} with {article} {tool}", f"{m['who']} {m['fix']} {thing}"):
                if len(told) <= TARGET_LEN:
                    return told
            return headline
    return headline


# a note's label of what happened and where ("Drama in the foyer:", "Emergency backstage:"), before its news (never
# the reporter's "Overheard in the wings:", whose frame the headline reads)
_WHAT_AT_PLACE_LABEL = re.compile(
    r"^(?![A-Z][a-z]+ed\b|Overheard\b|Heard\b|Seen\b|Caught\b|Back\b|Still\b|Then\b|Later\b|Earlier\b|Meanwhile\b)"
    r"[A-Z][a-z]+ (?:(?:in|at|on|by|outside|inside|behind|near) (?:the )?[a-z][\w'’ -]{1,25}|backstage|offstage):\s+"
    r"(?=\S)"
)


def _hugs(m: re.Match[str]) -> str:
    verb = "hugs" if m.group("verb").endswith("s") else "hug"
    return f"{verb} {m.group('whom')}" if m.group("whom") else verb


# a silence broken "for the first time in <years>" ending a headline, said shorter when it runs long
_FIRST_TIME_IN = re.compile(r" for the [Ff]irst [Tt]ime in ((?:[A-Z]?[a-z]+[- ])?(?:[Yy]ears|[Dd]ecades))$")


def within_length(best: str, passing: Sequence[str]) -> str:
    """The best headline, or, when it runs more than LONG_GRACE characters over TARGET_LEN and ends on a short second
    predicate after "and", the passing cut of it before that "and" ("… Catches an Old Man's Mouthpiece One-Handed
    Over the Piano[ and Carries On]": 87 characters, a desk would cut there); as it is otherwise (a cut that loses
    how or where, "… One-Handed[ Without Spilling His Tray]", or the act itself, "… Crosses to the Malecón[ and
    Stands With Both Hands Flat on the Sea Wall]", is never preferred for its length alone). When the cut only takes
    a thing up ("Takes Goran Lalić's Bow Tie Out of His Hands[ and Ties It Herself]") and another candidate tells the
    tail's act alone (its subject's, within the length), that one: the tail was what the taking was for. A
    headline under MIN_LEN with a candidate that tells the act before it and then it, within the length ("… Rings His
    Mother and Puts Her on Speaker"), that one."""
    if len(best) > TARGET_LEN and (again := _FIRST_TIME_IN.sub(r" Again After \1", best)) != best:
        best = (
            again  # "… Speak for the First Time in Thirty Years" (80) → "… Speak Again After Thirty Years" (round 47)
        )
    if len(best) < MIN_LEN:
        # "Emir Pašić Puts Her on Speaker" (30): the candidate that tells the act before it too, within the length
        # ("Emir Pašić Rings His Mother and Puts Her on Speaker"), says whom
        subject = _opening(best)
        act = best[len(subject) + 1 :]
        fuller = [
            h for h in passing if h.startswith(f"{subject} ") and h.endswith(f" and {act}") and len(h) <= TARGET_LEN
        ]
        # (never a posture or a movement before it: "Sits Down on an Amplifier Case and Video-Calls Her Mother")
        fuller = [h for h in fuller if verb_base(_third_word(h)) not in MUNDANE]
        return max(fuller, key=len, default=best)
    if len(best) > TARGET_LEN and (asked := _ASKED_THAT.search(best)) is not None:
        unasked = f"{best[: asked.start()]}{asked.group('verb')} {best[asked.end() :]}"  # "Asks[ the Stage Manager]
        if len(unasked) >= MIN_LEN and problem(unasked) is None:  # That Nobody Repaint …": what was asked is the news
            best = unasked
    if len(best) > TARGET_LEN and (where := _LAST_PLACE.search(best)) is not None:
        placeless = best[: where.start()]
        last = placeless.rsplit(" ", 1)[-1].lower()
        if len(placeless) >= MIN_LEN and problem(placeless) is None and not is_past_verb(last):
            return placeless  # "… Puts the Trophy in Her Mother's Hands[ Through the Open Car Door]": the house's 75
    if len(best) <= TARGET_LEN + LONG_GRACE:
        return best
    cuts = [
        h
        for h in passing
        if best.startswith(h + " and ")
        and len(best[len(h) + 5 :].split()) <= SHORT_TAIL
        and MIN_CHARS <= len(h) <= TARGET_LEN
    ]
    cut = max(cuts, key=len, default=None)
    if cut is None:
        return _last_act_alone(best)
    # the act the tail told, told alone, when a candidate does ("… Takes Goran Lalić's Bow Tie Out of His Hands[ and
    # Ties It Herself]" → "Dragana Vuksanović Ties Goran Lalić's Bow Tie Herself": the last act is what it built to)
    verb = best[len(cut) + 5 :].split()[0]
    if verb_base(_third_word(cut)) not in TAKING_UP or verb_base(verb.lower()) in MUNDANE or reaction(verb.lower(), []):
        return cut  # ("… Wins Best Debut Album[ and Kneels …]": a posture after the act is no act of its own; "… Finds
        # the Fiddle She Had Lost …[ and Plays a Reel]": the find is the news)
    subject = _opening(best)
    alone = [h for h in passing if h.startswith(f"{subject} ") and f" {verb} " in f" {h} " and len(h) <= TARGET_LEN]
    return max(alone, key=len, default=cut)


def _last_act_alone(best: str) -> str:
    """A headline far over the house's length that is its subject's check or approach and then what came of it
    ("Vera Lanskaya checks her envelope before walking on and finds the Jazz Album card", 81 characters, round 44's
    Baku): the subject and that last act alone ("Vera Lanskaya finds the Jazz Album card"), when it reads; as it is
    otherwise."""
    words = best.split()
    named = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))  # (the subject's capitals)
    if not 2 <= named < len(words) - 1:
        return best
    subject, first = " ".join(words[:named]), words[named].lower()
    head, sep, tail = best.rpartition(" and ")
    if not sep or not head.startswith(f"{subject} {first} ") or not first.endswith("s"):
        return best
    verb = tail.split()[0].lower()
    kept = verb_base(first) == "keep" and words[named + 2 : named + 3] in (["word"], ["promise"])  # ("Keeps His Word
    # and Shaves …": the act that kept it, round 45's breaker)
    preparing = verb_base(first) in _CHECKS | MUNDANE | APPROACH
    if not (preparing or kept) or not verb.endswith("s") or verb_base(verb) in MUNDANE:
        return best
    alone = f"{subject} {tail}"
    return alone if MIN_LEN <= len(alone) <= TARGET_LEN and problem(alone) is None else best


_CHECKS = frozenset({"check", "open", "read", "look", "search", "reach"})  # a look before the find it made


def _opening(headline: str) -> str:
    """A headline's first two words: its subject's, most names being two words (a longer name reads its third word
    as the verb in `_third_word`, which then matches no verb list: the rules above hold back)."""
    return " ".join(headline.split()[:2])


def _third_word(headline: str) -> str:
    words = headline.split()
    return words[2].lower() if len(words) > 2 else ""


SHORT_TAIL = 3  # words of a second act after "and" a long headline may lose ("and Carries On"), at most


LONG_GRACE = 5  # characters over TARGET_LEN a headline may run before a passing cut of it is preferred


# a pronoun's contracted "is" before a verb in -ing ("He's handing out the dreads as souvenirs"): spelt out, so the
# clause reader takes the act (round 44's Johannesburg: the item was headed by "Pieter de Villiers Puts His …")
_IS_DOING = re.compile(r"\b(He|She|It|he|she|it)['’]s (?=[a-z]{2,}ing\b)|\b(They|We|they|we)['’]re (?=[a-z]{2,}ing\b)")


# a request told as an indirect question of their own doing ("asks if he could go back to his maths worksheet"): the
# infinitive says it shorter ("asks to go back to his maths worksheet")
_ASKS_IF_COULD = re.compile(
    r"\b([Aa]sks?|[Aa]sked) (?:if|whether) (?:he|she|they|I|we) (?:could|can|might|may) (?=[a-z])"
)


# a participle set off by commas right after a name ("Ezequiel Quispe-Moro, half-bearded, kept reading …"): how they
# were, never the clause's verb (round 44's breaker: "… Half-Beards, Keeps Reading the Autocue Like Nothing")
# an act that lets or helps someone do something, told with a pronoun ("Pagon kept his hand over the fader and let
# her read all forty-one names of the factory's last shift")
_LET_PRONOUN = re.compile(r"\band (?P<verb>let|helped|watched|heard) (?P<whom>her|him) (?=[a-z]+\b)")


def _let_named(text: str, names: Sequence[str]) -> str:
    """`text` with the "her" or "him" of an act that let or helped someone named (`_LET_PRONOUN`) when exactly one
    person of the moment named before it, other than the sentence's subject, may be called so, the others called by
    the other pronoun ("Alenka Bizjak stood at the lectern with her notes. Pagon … let her read" → "let Alenka Bizjak
    read", round 46); as it is otherwise."""
    if " let h" not in text and " helped h" not in text and " watched h" not in text and " heard h" not in text:
        return text
    by_word = name_words(names)
    gender = genders([text], by_word)
    for m in reversed(list(_LET_PRONOUN.finditer(text))):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 1
        subject = mentioned(text[start : m.start()].split()[:3], by_word)
        wanted = "she" if m.group("whom") == "her" else "he"
        before = mentioned(text[: m.start()].split(), by_word) - subject
        fit = [n for n in before if gender.get(n) in (None, wanted)]  # (the others called by the other pronoun)
        if len(fit) == 1:
            text = f"{text[: m.start('whom')]}{fit[0]}{text[m.end('whom') :]}"
    return text


# a line said and then an act ("“Here goes,” Caspian Holt said, and sat at the foyer piano and played …"): the act,
# with its doer (breaker 61: headed "Two Guards Start Towards Caspian Holt")
_SAID_AND_DID = re.compile(
    r"(?:^|(?<=[.!?] ))[“\"][^”\"]{1,80}[”\"],? (?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) said, and (?=[a-z]+ )"
)
_ASIDE_AFTER_NAME = re.compile(
    r"(?:(?<=^)|(?<=\. ))([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}), [a-z]+(?:-[a-z]+)*(?:ed|en), (?=[a-z])"
)


def _is_doing(m: re.Match[str]) -> str:
    return f"{m.group(1)} is " if m.group(1) else f"{m.group(2)} are "


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
    context: str = "",
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
    story is about when it is not its lead) has their own clause preferred, else their quote. `context` (the report
    as written, before its news was put first) is read only for whose a "his" or "her" is ("… Lays the Trophy in
    Jarrah Kemp's Open Guitar Case": the busker the cut lead-in named).

    The candidates (this clause, every other clause of the moment's reports as a headline and plain, the speaker
    and the quote) are scored alike (`headline_score`) and the best one that passes `headline_check.problem` is the
    headline; a quote headline scores as news only when the moment is the line (`thin`, or `about` its speaker).
    A headline that opens with a pronoun or has one as its subject is never used."""
    source = text  # (as written: its asides too, "— figuratively —")
    text = _WHAT_AT_PLACE_LABEL.sub("", text, count=1)  # "Emergency backstage: …": never "Emergency Is Backstage"
    # ("… then stopped and listened. He did it." after its act: never "… Does It"; opening the report, the kept word)
    pieces = sentences(text)
    text = " ".join([*pieces[:1], *(s for s in pieces[1:] if DID_IT.match(s) is None)]) or text
    text = _CALLED.sub(r"\1, \2,", text)  # "A security guard called Dennis let Rory …": named, never "Calls Someone"
    text = _IS_DOING.sub(_is_doing, text)  # "He's handing out the dreads" → "He is handing out …": its act, resolved
    text = _ASIDE_AFTER_NAME.sub(r"\1 ", text)  # "Ezequiel Quispe-Moro, half-bearded, kept …": never "Half-Beards"
    text = _SAID_AND_DID.sub(r"\g<who> ", text)  # "“Here goes,” Caspian Holt said, and sat …" → "Caspian Holt sat …"
    text = _let_named(text, names)  # "… and let her read all forty-one names": whom, by name
    others = [_ASIDE_AFTER_NAME.sub(r"\1 ", o) for o in others]
    text = _THERE_DOING.sub(_done_there, text)  # "… was at the piano, still in his coat, playing him out": the act
    text = _them_named(text)  # "… the winners' envelopes went out … Leli was sprinting after them": after the envelopes
    text = name_has_done(text, "has")  # "KJ's legged it … and FaceTimed the pub": has, never a possessive
    text = act_clause(_unnamed_is_the_one(text, names), names)  # never a note's fragments, a posture or "could be
    # heard" before the act
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
            context=_replaced(context, whole),
        )
        return _replaced(written, spelt).replace(_NAME_COMMA, ",")
    others = [owner_fronted(PARENTHESES.sub("", o).strip(), names) for o in others]
    to = addressee([text, *others], quote, speaker or lead or "", names) if quote else None
    # the moment is its quote: the note only frames it or is a word or two, or the story is its speaker's and this is
    # their line; otherwise no candidate quotes it while a fact headline reads
    line = thin is not None or len(text.split()) <= _TINY_NOTE or (about is not None and about == speaker)
    if line and quote and _acts(text, names, lead, salient):
        line, thin = False, None  # "Leyla walks the carpet with the flower seller, 10": the act, not the line
    if quote and speaker and not line and _ANSWER_GIVEN.search(text) and lead in (None, speaker):
        line = True  # "… gave him her answer and went off to find a lemonade": the answer is the quote, the news
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
    candidates = [by_doing(h) for h in candidates]  # "Answers by Lifting His Trouser Leg" → "Lifts His Trouser Leg"
    candidates = [_HELD_HUG.sub(_hugs, h) for h in candidates]  # "Hold a Hug for a Long Time" → "Hug for …"
    candidates = [
        _ASKS_IF_COULD.sub(r"\1 to ", h) for h in candidates
    ]  # "Asks if He Could Go Back" → "Asks to Go Back"
    candidates = worded(list(dict.fromkeys(unpadded(h) for h in candidates)), names)  # never "at 22:20", `X: “Ok.”`
    foreign = foreign_words([text, *others], names)  # "… and Cantou Fado No Foyer": never a headline's clause
    mixed = [h for h in candidates if speaks_foreign(h, foreign)]  # (and the cuts of one: "… Keeps Their Word")
    candidates = [h for h in candidates if h not in mixed and not any(m.startswith(h + " ") for m in mixed)]
    draft = "" if speaks_foreign(draft, foreign) else draft
    candidates = [_one_hand_half(h) for h in candidates]  # "… in One Hand[ and the Rope]": never half the pair
    candidates = [before_hanging_predicate(h) for h in candidates]  # ("… and Comes Up": cut before its "and")
    candidates = [before_pasted_clause(h, names) for h in candidates]  # "… the Bottom Step [Lio Castel Missed]"
    candidates = [before_second_time(h) for h in candidates]  # "… Hug for a Long Time [Ten Years]"
    candidates = [result_told(h, names) for h in candidates]  # "… to an Arm-Wrestle and Beat Him" → "… and Wins"
    # "… Challenges His Old Teacher to an Arm-Wrestle [by the Bar]" → "… and Wins": the result the cut left out
    results = {told for h in candidates if (told := with_result(h, text, TARGET_LEN)) is not None}
    candidates += sorted(results)
    candidates = [_pointing_dropped(h) for h in candidates]  # "Falls Down the Same Stairs" → "… the Stairs"
    candidates = [_elder_named(h, names) for h in candidates]  # "… on the Madala's Wrist" → "… Mandla Sithole's Wrist"
    named_it = [it_named(h, [context, text, *others]) for h in candidates]  # "Knocking on [It] the Door"
    repaired = [new for old, new in zip(candidates, named_it, strict=True) if new != old]
    # (never the cut made only because "it" failed: "… Spends His Own Category Knocking")
    candidates = [h for h in named_it if not any(r.startswith(h + " ") for r in repaired)]
    candidates = [it_jammed(h, [context, text, *others]) for h in candidates]  # "Turns [It] the Revolving Stage"
    candidates = [it_the_thing(h, [context, text, *others]) for h in candidates]  # "Finds [It] the Best Film Envelope"
    candidates = [it_carried(h, [context, text, *others]) for h in candidates]  # "to Keep [It] His Lifetime Award"
    candidates = [for_someone_unnamed(h, [context, text, *others]) for h in candidates]  # "for [Him] a Boy of …"
    candidates = [it_lent(h, [context, text, *others]) for h in candidates]  # "on [It] an Elderly Herder's Morin Khuur"
    # "Catches [It] an Old Man's Mouthpiece", "… Papo Rentería's Mouthpiece" when a report says who he was
    candidates = [it_thrown(h, [context, text, *others], names) for h in candidates]
    candidates = [_it_mended(h, [context, text, *others], names) for h in candidates]  # "… and Repairs [It]"
    # an act on "him" or "her" names whom, as the draft does ("Honey Marchetti Hugs Jasper Lindqvist", "Femi Adeyemi
    # Gives Lulu Banda His Spare Pass"): the lead's, or another person of the moment's
    led = [_whom_named(h, text, by_word) if _opens_named(h, lead, by_word) else h for h in candidates]
    gender = genders([context, text, *others], by_word)
    present = mentioned(" ".join([context, text, *others]).split(), by_word)
    led = [_done_to_the_one(h, names, gender) for h in led]  # "Jo Draws a Tattoo on Ada Finch's Forearm"
    owned = [owner_named(h, present, gender) for h in led]  # "… Tapes the Shoe to Colette Marais's Foot"
    unsure = {h for h, doubt in owned if doubt}
    candidates = list(dict.fromkeys(without_bare_posture(h, MIN_LEN) for h, _ in owned))  # (never "… and Sits")
    standing = [told for h in candidates if (told := alone(h, [text, *others])) is not None]
    candidates = list(dict.fromkeys(standing)) or candidates  # (a headline never points at what it did not tell)
    facts = [h for h in candidates if not quoting(h)]
    if not line and any(problem(h, names) is None and not flat(h, names) for h in facts):
        candidates = facts  # (when no fact reads, the line is what made the moment)
    passing = [h for h in candidates if problem(h, names) is None and not flat(h, names)]
    passing = [h for h in passing if not _cut_from_backstory(h, candidates)]  # "Américo Pinto Drives Dário Quental"
    short_acts = [h for h in candidates if too_short_only(h, names)]  # ("Kit Ames Shaves Off His Beard": 29)
    own_short = [h for h in short_acts if not _cut_from_backstory(h, candidates)]  # (never "Bram Kort Mocks …")
    passing = not_the_giver(passing, names, own_short)  # "Zaan Batsaikhan Hands Nomin-Erdene … the Card"
    passing = past_the_way_there(passing, names)  # "Slips Out the Fire Exit" never heads the song sung after it
    passing = _not_the_helper(passing, short_acts, names)  # "Bo Lind Holds a Mirror for Kit Ames": Kit's shave
    passing = _not_the_band(
        passing, names, lead, short_acts
    )  # "Theo Marr Plays the Bouzouki": the lead Ivy Rhee's dance
    passing = _not_the_bystander(passing, names)  # "Stands by the Piano While Bex Mahon Raps …": Bex Mahon's act
    # "… Raps Dara Quill's Verse Back to Dara Quill": the cut before a person named again, when it reads
    passing = [h for h in passing if not named_twice(h, names) or not any(h.startswith(o + " ") for o in passing)]
    # "Khangai Egshig Sings" (too short) → "… Sings in the Press Room": where they walked in to sing
    there = [t for h in candidates if too_short_only(h, names) and (t := sung_there(h, source)) is not None]
    there += [t for h in candidates if too_short_only(h, names) and (t := lost_to(h, names, lead)) is not None]
    passing += [t for t in there if problem(t, names) is None and t not in passing]
    reunited = reunion_headline(text, names)  # "… Sing Together for the First Time Since 1999": the years are the news
    if reunited is not None and problem(reunited, names) is None:
        passing = [*passing, reunited]
    stuck = stuck_headline(text, names, lead)  # "… Sing in a Stuck Freight Lift": the lift was the sentence's subject
    if stuck is not None and problem(stuck, names) is None and stuck not in passing:
        passing = [*passing, stuck]
    several = len(passing) > 1  # (one candidate: nothing to weigh it against)
    # (a pronoun's list too, after a sentence of one person: "He borrowed a guitar from a busker and sang …")
    listed = [text, *others, *continued([text, *others], names)]
    ends, before_end = _list_ends(listed, names, lead, salient) if several else ([], [])
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
            + _CONSEQUENCE * mends(h, names)
            + _REUNITED * (h in (reunited, stuck))
            - _HUGGED * _hug_after_act(h, passing, names)
            - _HUGGED * _thanks_the_doer(h, passing, names),
            -k,
            h,
        )
        for k, h in enumerate(passing)
    ]
    if scored:  # one scorer, one gate: the best candidate that passes
        best = within_length(max(scored)[2], passing)
        best = (_plain_act(candidates, names, speaker or lead) or best) if quoting(best) and thin is None else best
        best = (_pair_together(candidates, names) or best) if quoting(best) and thin is None else best
        if quoting(best) and not line and _act_draft(draft, names):
            best = draft  # (a line heads a moment that is an act only when no clause of the act reads: a clause too
            # long for the house's 75 characters, within the 90, says what happened; "Name: “…”" does not)
        best = taken_further(best, passing)  # "… Performs Her Whole Set" → "… in Her Grandmother's Sandals"
        best = choice_for_place(best, candidates, names)  # "… at the Foot of the Stairs" → "… and Lets the Trophy Go"
        best = what_instead(
            best, text, names, lead, lambda t: simple_present(write_headline(t, names=names, lead=lead))
        )  # "Does Not Go to the Press Room": what she did instead
        best = figurative_kept(best, source)  # "Breaks a Leg, Figuratively": never a false injury
        dark = in_the_dark(best, source)  # "… Begin Singing [Unamplified] in the Blackout": the story
        best = dark if problem(dark, names) is None else best
        best = _last_listed(best)  # "Listens, Lowers the Baton": the act the list ends on
        return _title_whole(
            trimmed(as_written(title_case(role_unarticled(best, names), names), [text, *others])), source
        )
    candidates = [h for h in candidates if not opens_on_nobody(h)]  # never "Someone Sits Down for an Hour"
    draft = "" if opens_on_nobody(draft) else draft
    shorts = [h for h in candidates if too_short_only(h, names) and not flat(h, names)]
    # the one that tells most ("… Comes Off Stage", not "Finishes"), an act over a reaction ("Loses the Bet", not
    # "Cries Laughing")
    short = max(shorts, key=lambda h: (not reaction(actor(h, names)[1], []), len(h))) if shorts else None
    said = next((h for h in fallbacks if quoting(h) and speaker and h.startswith(f"{speaker}: ")), None)
    if short is not None and said is not None and len(short) < MIN_CHARS:
        short = said  # "Khangai Egshig Sings" (20 characters) says less than its singer's line
    named = next((h for h in candidates if not pronoun_subject(h) and not flat(h, names) and not backstory(h)), None)
    named = label_refused(named, names, speaker, quote)  # never "Backstage Is Buzzing: Pendant La Pause"
    if others and not any(mentioned(h.split(), by_word) for h in candidates):
        # "The Floor Manager Holds the Next Act": no candidate names a person of the moment, its facts do
        from_facts = write_headline(others[0], names=names, lead=lead, others=others[1:], salient=salient)
        named = from_facts if mentioned(from_facts.split(), by_word) else named
    chosen = figurative_kept(short or named or draft or lead or "", source)
    return _title_whole(trimmed(as_written(title_case(chosen, names), [text, *others])), source)


# someone unnamed opening a report, and their act: "An old man in the front row caught the trumpet mute …"
_UNNAMED_OPENING = re.compile(
    r"^(?:An?|The) (?:(?:old|older|elderly|young|little) )?(?:man|woman|boy|girl|lady|gentleman)"
    r"(?P<where>(?: (?:in|from|at|on|by|near|with) [^,.;:!?]{1,40}?)?) (?P<verb>[a-z]+)\b"
)


def _unnamed_is_the_one(text: str, names: Sequence[str]) -> str:
    """A report of a one-person moment that opens on someone unnamed ("An old man in the front row caught the trumpet
    mute …") with that person's name, when the report names nobody: the item is that person's (a later report said
    who he was, "The old man who caught the mute is Anselm Greer"), so the unnamed one is them ("Anselm Greer Catches
    the Trumpet Mute …", never `Anselm Greer: “Still got the hands”`)."""
    if len(names) != 1 or mentioned(text.split(), name_words(names)):
        return text
    m = _UNNAMED_OPENING.match(text)
    if m is None:
        return text
    words = text.split()
    at = next((k for k in range(len(m.group(0).split()) - 1, min(len(words), 12)) if is_past_verb(words[k])), None)
    if at is None or any(re.search(r"[,.;:!?]", w) for w in words[:at]):
        return text  # (no act of theirs before a break: "A woman in red, laughing, …")
    return " ".join([names[0], *words[at:]])


# a walk into a room to sing there: "walked into the press room in their deels and sang"
_INTO_TO_SING = re.compile(
    r"\b(?:walked|came|went|marched|filed|stepped|crowded|wandered|burst) into (?P<place>the (?:[a-z'’-]+ ){0,2}"
    r"(?:room|hall|corridor|foyer|lobby|kitchen|yard|courtyard|bar|tent|lounge|canteen|cloakroom))\b[^.;!?]{0,40}? and "
    r"(?P<verb>sang|played|danced|performed)\b"
)
_SUNG = {"sang": "sings", "played": "plays", "danced": "dances", "performed": "performs"}


_LOSING = frozenset(["resigns", "concedes", "forfeits", "loses", "surrenders", "yields"])


def lost_to(short: str, names: Sequence[str], lead: str | None) -> str | None:
    """A headline too short to stand that is a loss and nothing else ("Villem Raudsepp Resigns") with whom it was lost
    to, the moment's one other person ("… Resigns to Sander Mets"): who beat him is the story (round 49's Tallinn);
    None otherwise."""
    others = [n for n in names if n != lead and not short.startswith(n)]
    words = short.split()
    if len(others) != 1 or lead is None or not short.startswith(lead + " ") or len(words) != len(lead.split()) + 1:
        return None
    return f"{short} to {others[0]}" if words[-1].lower() in _LOSING else None


def sung_there(short: str, text: str) -> str | None:
    """A headline too short to stand ("Khangai Egshig Sings") with the room its subject walked into to do it, as the
    report says ("walked into the press room in their deels and sang" → "… Sings in the Press Room"); None when the
    report says no such walk, or the headline is not its verb alone after the subject."""
    found = _INTO_TO_SING.search(text)
    if found is None or not short.lower().endswith(" " + _SUNG[found.group("verb")]):
        return None
    return f"{short} in {found.group('place')}"


# things, many, as a sentence names them ("the winners' envelopes", "her two phones")
_THINGS = re.compile(r"\b(?:the|her|his|their) (?:[\w'’-]+ ){0,2}(?P<head>[a-z]+s)\b")
_THEM = re.compile(r"\b(?P<verb>[a-z]+) (?P<prep>after|for|towards|into|with|at) them\b")


def _them_named(text: str) -> str:
    """ "… the winners' envelopes went out into the street. Leli was sprinting after them" → "… sprinting after the
    winners' envelopes": "them" after a preposition, in a sentence right after one ending on things (never people:
    "Two security guards started towards him …, waved them back" stays), is those things, for a headline that
    never points at what it did not tell. The text as it is otherwise."""
    if " them" not in text:
        return text
    said = sentences(text)
    out = said[:1]
    for before, sentence in pairwise(said):
        things = [m for m in _THINGS.finditer(before) if m["head"] not in PEOPLE and not m["head"].endswith("ss")]
        m = _THEM.search(sentence)
        if things and m is not None and not _THINGS.search(sentence[: m.start()]):
            sentence = f"{sentence[: m.start()]}{m['verb']} {m['prep']} {things[-1].group(0)}{sentence[m.end() :]}"
        out.append(sentence)
    return " ".join(out)


_CUT_TITLE = re.compile(r"(?:^|\s)(?P<mark>['‘])(?P<part>[^\W\d_][^'‘’]*)$")


def _title_whole(headline: str, source: str) -> str:
    """A headline that ends inside a title in single quotes ("Mabel Quist Sings 'Not Tonight": cut at the title's
    comma) with the title whole, as the report writes it ("… 'Not Tonight, Lorraine'"), when that fits MAX_LEN; as
    it is otherwise."""
    m = _CUT_TITLE.search(headline)
    if m is None:
        return headline
    whole = re.search(rf"{m['mark']}{re.escape(m['part'])}[^'‘’]*['’]", source, re.IGNORECASE)
    if whole is None:
        return headline
    told = headline[: m.start("mark")] + m["mark"] + m["part"] + whole.group(0)[1 + len(m["part"]) :]
    return told if len(told) <= MAX_LEN else headline


# two acts listed with a comma, the first a verb alone ("Salvu Grech listens, lowers the baton")
_LISTED = re.compile(r"^(?P<who>[^,]+?) (?P<first>[a-z]+s), (?P<then>(?P<verb>[a-z]+s) [^,]+)$")


def _last_listed(headline: str) -> str:
    """A headline listing a verb alone and then an act ("Salvu Grech listens, lowers the baton") as the act it ends
    on ("Salvu Grech lowers the baton"); any other as it is."""
    m = _LISTED.match(headline)
    if m is None or " and " in m["then"] or not all(looks_like_verb(m[v], after_name=True) for v in ("first", "verb")):
        return headline  # ("hugs, kisses and thanks him": a list of three, every act of it)
    return f"{m['who']} {m['then']}"


# someone found somewhere doing something, an aside between ("his father was already at the lobby grand piano, still
# in his coat, playing him out with Sarı Gəlin"): the act is the news, the place where it was done
_THERE_DOING = re.compile(
    r"\b(?:was|were) (?:already |still |now )?(?P<place>(?:at|on|in|by|beside|behind) (?:the|a|an|his|her|their) "
    r"[^,.;:]{2,40}), (?:[^,.;:]{1,30}, )?(?P<doing>[a-z]{3,}ing)\b(?P<rest>[^.;:,]*)"
)


def _done_there(m: re.Match[str]) -> str:
    """ "was at the piano, still in his coat, playing him out" → "played him out at the piano" (the match as it is
    when the verb's past is not known)."""
    base = base_form(m["doing"])
    did = past_tense(base) if base else None
    return f"{did}{m['rest']} {m['place']}" if did else m.group(0)


# someone introduced by their name before the verb of the sentence ("a security guard called Dennis let Rory …")
_CALLED = re.compile(
    r"\b((?:[Aa]n?|[Tt]he) (?:[a-z-]+ ){0,2}[a-z-]+) (?:called|named) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"(?= (?:[a-z]+ed|let|put|took|gave|ran|got|came|went|made|told|held|kept|found|brought|caught|threw|led|left"
    r"|sat|stood|saw|won|lost|sang|drove|carried|pulled|pushed)\b)"
)
_HUGGED = 2.0  # a hug (or thanks) after one of the two gave the other something or caught them: the act is the news
_EMBRACING = frozenset({"hug", "embrace", "kiss"})


def _hug_after_act(headline: str, passing: list[str], names: Sequence[str]) -> bool:
    """Whether a candidate tells two people of the moment embracing ("Björn Sköld and Saga Wästberg Hug …") while
    another tells one of them acting on the other ("Björn Sköld Puts the Statuette in Saga Wästberg's Hands", "…
    Tries to Hand …"): the embrace answers that act."""
    pair = next(((a, b) for a in names for b in names if a != b and headline.startswith(f"{a} and {b} ")), None)
    if pair is None:
        return False
    who = f"{pair[0]} and {pair[1]}"
    if verb_base(bare(headline[len(who) :].split()[0]).lower()) not in _EMBRACING:
        return False
    for other in passing:
        doer, did = actor(other, names)
        words = other.split()
        at = next((k for k, w in enumerate(words) if bare(w).lower() == did), None)
        acts = [did, *(words[at + 2 : at + 3] if at is not None and words[at + 1 : at + 2] == ["to"] else [])]
        told = other[len(doer) :]
        if doer and doer in who and any(news_weight(a) >= 1 for a in acts) and any(n in told for n in names):
            return True
    return False


def _thanks_the_doer(headline: str, passing: list[str], names: Sequence[str]) -> bool:
    """Whether a candidate tells its subject thanking another person of the moment ("Eirlys Bowen Thanks Cai Morris
    …") while another tells that person acting on the subject ("Cai Morris Catches Eirlys Bowen …"): the thanks
    answers that act, the news."""
    who, verb = actor(headline, names)
    if not who or verb_base(verb.lower()) != "thank":
        return False
    rest = headline[len(who) :]
    thanked = next((n for n in names if n != who and f" {n}" in rest), None)
    if thanked is None:
        return False
    return any(
        actor(other, names)[0] == thanked and who in other[len(thanked) :] and news_weight(actor(other, names)[1]) >= 1
        for other in passing
    )


def _cut_from_backstory(headline: str, candidates: list[str]) -> bool:
    """Whether a candidate is another candidate that tells the backstory cut short ("Américo Pinto Drives Dário
    Quental", cut from "… to Gigs for Eight Years"): the cut hides what the clause was about, never the night."""
    return any(c != headline and c.startswith(headline + " ") and backstory(c) for c in candidates)


_LIST_END = 2.0  # the last of a list of one person's predicates is the payoff the list leads to; the others lose


_ANSWERED = 2.0  # a fall another person of the moment answered with an act of their own: theirs is the news


_CONSEQUENCE = 3.0  # a fall told with what it broke: the hook
_RESULT = 2.0  # a challenge told with its result, which the cut had left out: the payoff
_REUNITED = 3.0  # two people of the moment together at last after years apart (`reunion`): the story, over any clause


def _opens_named(headline: str, lead: str | None, by_word: dict[str, str]) -> bool:
    """Whether a headline opens with the lead or another person of the moment named in full."""
    return bool(lead and headline.startswith(lead)) or any(headline.startswith(n + " ") for n in set(by_word.values()))


def _act_draft(draft: str, names: Sequence[str]) -> bool:
    """Whether the draft clause is an act of someone named that reads (the gate passes it, not flat, within MAX_LEN)."""
    return (
        bool(draft)
        and not quoting(draft)
        and len(draft) <= MAX_LEN
        and problem(draft, names) is None
        and not flat(draft, names)
    )


_NAME_COMMA = "\u201a"  # a comma inside a roster name while its headline is written
_WHOSE_UNSURE = 2.0  # a headline whose "his" or "her" may be another person's loses to one that is not unsure


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

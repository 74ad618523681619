"""Which of `headlines.write_headline`'s candidates tells the moment: the act a list of one person's predicates
builds to (`_list_ends`), an act over the way into or out of the moment (`past_the_way_there`), the lead's own act
over a helper's service or the band's music (`_not_the_helper`, `_not_the_band`), an answer over the fall it
answered (`_answered_mishaps`), a fall told with what it broke (`_with_what_broke`), a plain act of the speaker over
the quote (`_plain_act`), and so is two people of the moment together (`_pair_together`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .clauses import COPULA, Option, mentioned, name_words
from .cutting import MAX_LEN, bare
from .headline_check import problem, too_short_only
from .headline_reading import tense
from .headline_score import actor, flat, reads_out, someone_taken
from .lexicon import FIRST_TIME, POSTURES
from .notes import note_told
from .options import clause_options
from .payoff import (
    APPROACH,
    MISHAPS,
    MUNDANE,
    ON_A_KNEE,
    SUPPORTING,
    a_feat,
    act_weight,
    hand_off,
    into_a_thing,
    news_weight,
    reaction,
    verb_base,
    way_there,
    went_on_in,
)
from .protagonists import actor_with_role, another, done_for
from .quote_headlines import quoting
from .textutil import fold, unpossessive, wordset
from .verbs import base_form


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


def _pair_together(candidates: list[str], names: Sequence[str]) -> str | None:
    """The longest clause whose subject is two people of the moment ("Vilen Hakobyan and Gayane Mirzoyan Are Together
    at the Bar"), even a flat one, that passes the check: it heads the moment over `Name: “the quote”`, which names
    one of the two and reads as a template (round 40's blind review scored it 1); None when no clause has them
    both for its subject."""
    pairs = {f"{a} and {b} " for a in names for b in names if a != b}
    together = [h for h in candidates if not quoting(h) and any(h.startswith(p) for p in pairs)]
    together = [h for h in together if problem(h, names) is None]
    return max(together, key=len) if together else None


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
    last = [
        o for o in options if o.ends_list and (act_weight(o.clause.verb, o.clause.rest) > 0 or _freed_for(o, freeing))
    ]
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


def _not_the_helper(passing: list[str], short: list[str], names: Sequence[str]) -> list[str]:
    """The candidates without those whose subject only supports another person of the moment (holds, carries,
    steadies, fetches, films: `payoff.SUPPORTING`, "Bo Lind Holds the Mirror While Kit Ames Shaves …", named or not
    in it: "Barber Bo Lind Holds the Mirror"; or does a thing for them: "DJ Kwesi Changes the Song for …") when
    another candidate, or one only too `short`, tells that person's own act ("Kit Ames Shaves Off His Beard, as
    Promised"; when only a short one does, it is the headline). An answer to a fall is no support (the waiter's catch
    heads it, `_answered_mishaps`)."""
    acts = {h: actor_with_role(h, names) for h in [*passing, *short]}
    fell = {who for who, verb in acts.values() if verb_base(verb) in MISHAPS}  # (a carry after a fall answers it)
    helped = {
        h: who
        for h, (who, verb) in acts.items()
        if who
        and verb
        and verb_base(verb) in SUPPORTING
        and tense(verb)
        and not who.endswith(("'s", "’s"))
        and not _carries_someone(h, who, verb, [n for n in names if n not in fell])
        and not _own_thing(h, who)
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
    # (and the cut of a service that no longer says for whom: "Desmond Ray Pickett Reads His Speech" of "… for Søren
    # Lindqvist", whose lockout is the news)
    cuts = {h: who for s, who in served.items() for h in passing if s.startswith(h + " ") and h not in helped}
    helped |= {h: who for h, who in cuts.items() if actor_with_role(h, names)[0] == who}
    return [h for h in passing if h not in helped or not any(another(a, helped[h]) for a in acting)]


def _carries_someone(headline: str, who: str, verb: str, names: Sequence[str]) -> bool:
    """Whether a candidate's subject carries or lifts a person of the moment ("The Ferry Street Choir Carries Mireille
    Okonjo-Dufresne to the Stage"): the feat is theirs, no support of someone else's act (`names`: those who did not
    fall; "Bebe Dumitru Falls Backwards Into the Arms of Frate" heads the carry down the steps after it)."""
    if verb_base(verb) not in ("carry", "lift"):
        return False
    after = " ".join(headline.split()[len(who.split()) + 1 :])
    return any(after.startswith(n) and not after[len(n) :].startswith(("'s", "’s")) for n in names if n != who)


_OWN = re.compile(r"^(?:\S+ ){0,2}(?:his|her|their) own\b", re.IGNORECASE)


def _own_thing(headline: str, who: str) -> bool:
    """Whether what a candidate's subject carries or holds is their own ("T-Baatar Carries His Own Chair Across the
    Whole Hall"): their act, no support of another's."""
    rest = headline[len(who) :].strip() if headline.startswith(who) else ""
    if _HELD_UP_TO.search(rest):
        return False  # "Irbe Lāce Holds Her Own Phone Up to the Microphone": held up for another's voice, support
    return _OWN.match(rest.split(" ", 1)[1] if " " in rest else "") is not None


_HELD_UP_TO = re.compile(r"\bup to (?:the|a|her|his|their) (?:mic|microphone|camera|screen|speaker)s?\b", re.IGNORECASE)


_WHILE = wordset("while as")  # (never "when": "Stands Frozen … When Sol Reads His Name" is the news)


def _not_the_bystander(passing: list[str], names: Sequence[str]) -> list[str]:
    """The candidates without those whose subject only stands, sits or watches while another does the act ("Dara
    Quill Stands by the Piano While Bex Mahon Raps His Whole Verse Back"), when another candidate has the one who
    acts as its subject ("Bex Mahon Raps Dara Quill's Whole Verse Back"): the subject is the one who does the act of
    the clause it comes from. All of them otherwise."""
    acts = {h: actor(h, names) for h in passing}
    by_word = name_words(names)
    dropped = set()
    for h, (who, verb) in acts.items():
        if not who or not verb or verb_base(verb) not in POSTURES:
            continue
        words = h.split()
        at = next((k for k, w in enumerate(words) if k > len(who.split()) and bare(w).lower() in _WHILE), None)
        if at is None:
            continue
        doers = mentioned(words[at + 1 : at + 5], by_word) - mentioned(who.split(), by_word)
        if any(w in doers for h2, (w, _) in acts.items() if h2 != h and _an_act(h2, names)):
            dropped.add(h)
    return [h for h in passing if h not in dropped]


def named_twice(headline: str, names: Sequence[str]) -> bool:
    """Whether a headline names one person twice ("Bex Mahon Raps Dara Quill's Whole Verse Back to Dara Quill"): the
    second time is a pronoun the writer made a name, and one that stops before it reads better."""
    return any(headline.count(n) > 1 for n in names if len(n) > 3)


_ACCOMPANYING = wordset("play strum drum accompany")  # the music someone else's act is done to


def _not_the_band(passing: list[str], names: Sequence[str], lead: str | None, short: Sequence[str] = ()) -> list[str]:
    """The candidates without those in which another person of the moment plays the music ("Theo Marr Plays the
    Bouzouki While Ivy Rhee Dances …") when another tells the lead's own act ("Ivy Rhee Dances a Zeibekiko on the
    Table"), even one too short to be a headline (`short`: "Nonna Pina Sings in Italian", while Banjo Quill plays
    along): the item is the lead's, the musician only helps. All of them otherwise."""
    if lead is None or not any(actor(h, names)[0] == lead and _an_act(h, names) for h in [*passing, *short]):
        return passing
    acts = {h: actor(h, names) for h in passing}
    return [
        h
        for h, (who, verb) in acts.items()
        if not who or who == lead or verb_base(verb) not in _ACCOMPANYING or FIRST_TIME.search(h)
    ]  # ("Bølgebryterne Play Together for the First Time Since 2011": the band's night, its drummer back in it)


_HANDING = wordset("hand pass give slide")  # a thing handed to the one whose act it makes possible


def not_the_giver(passing: list[str], names: Sequence[str], short: Sequence[str] = ()) -> list[str]:
    """The candidates without those in which a person of the moment hands another a thing ("The Wrestler Zaan
    Batsaikhan Hands Nomin-Erdene Ganbaatar the Card") or takes them somewhere ("Valdis Bērziņš Walks Juris Dāboliņš
    to the Front of the Cloakroom Queue") when another candidate tells that person's own act ("Nomin-Erdene
    Ganbaatar Wins Best Young Actor, Then Announces It Herself"), even one too short to be a headline (`short`): the
    giver only makes it possible. Not when that act only answers the gift ("… Stays at His Table and Answers His
    Toast": the pint handed over is the news). All of them otherwise."""
    given = {h: who for h in passing if (who := _given_to(h, names)) is not None}
    if not given:
        return passing
    acts = [h for h in [*passing, *short] if h not in given and _an_act(h, names)]
    own = {actor(h, names)[0] for h in acts if not _answers(h, actor(h, names)[0])}
    return [h for h in passing if given.get(h) not in own]


def _given_to(headline: str, names: Sequence[str]) -> str | None:
    """Whom a candidate's subject, a person of the moment, hands, passes or gives something, or walks somewhere:
    another person of the moment named right after the verb; None for any other candidate."""
    who, verb = actor_with_role(headline, names)  # ("Publicist Dov Hartigan Hands Marcus Obiora His Phone")
    if not who or not verb or _TREASURED.search(headline):
        return None  # (never "Hands His 1974 Drum to Pili Mwangi", "… His Best Actor Statuette to …": the gift is news)
    after = " ".join(headline.split()[len(who.split()) + 1 :][:8])
    for other in names:
        if other in who:
            continue
        if verb_base(verb) in MUNDANE and after.startswith(other + " "):
            return other  # "Valdis Bērziņš Walks Juris Dāboliņš to the Front of the Queue": taken there
        if verb_base(verb) in _HANDING and other in after and f"{other}'s" not in after and f"{other}’s" not in after:
            return other
    return None


# a thing given that is the news itself: a year it dates from, an award, an heirloom
_TREASURED = re.compile(
    r"\b(?:1[89]\d\d|20[0-4]\d|trophy|statuette|statue|award|medal|plaque|heirloom|grandfather's|grandmother's)\b",
    re.IGNORECASE,
)
# what answers another's gesture (base forms): "answers his toast", "accepts it", "clinks glasses", "thanks him"
_ANSWERING = wordset("answer accept thank return clink toast hug kiss embrace drink sip take stay bow nod wave smile")


def _answers(headline: str, who: str) -> bool:
    """Whether a candidate's act only answers another's gesture ("Stays at His Table and Answers His Toast"), not an
    act of its subject's own ("Plays His Winning Score Down the Phone to His Grandmother")."""
    return any(verb_base(bare(w).lower()) in _ANSWERING for w in headline[len(who) :].split()[:8])


def _only_the_way(headline: str, names: Sequence[str]) -> bool:
    who, verb = actor(headline, names)
    if not who or not verb or who.endswith(("'s", "’s")) or tense(verb) != "present":
        return False  # ("Zoë Delacroix's Left Heel Snaps …": her heel's act)
    rest = headline.split()[len(who.split()) + 1 :]
    if someone_taken(rest, names):
        return False  # "Walks Patience Ilunga to the Stage Stairs": taking someone somewhere, done to them
    tells_more = any(bare(w).lower() in ("and", "then", "until", "while", "when", "as") for w in rest)
    # ("Walks Straight Into the Fountain": the act itself; never "Reaches Into His Inside Pocket", the way to it)
    tells_more = tells_more or (into_a_thing(rest) and verb_base(verb) != "reach")
    if went_on_in(verb, [bare(w) for w in rest]) or a_feat(verb, rest):
        return False  # "Goes On in Will Brouwer's Team Jersey": the performance; "Climbs All 64 Steps": the feat
    if ON_A_KNEE.search(" ".join(rest)):
        return False  # "Goes Down on One Knee First": a proposal, never the way to one
    return not tells_more and (verb_base(verb) in MUNDANE | APPROACH or way_there(verb, rest))


_KEPT_WORD = re.compile(r"(?:his|her|their) (?:[\w'’-]+ )?(?:promise|word|vow|bet)\b", re.IGNORECASE)


def _an_act(headline: str, names: Sequence[str]) -> bool:
    """Whether a candidate's subject, a person of the moment, does something that is neither a look, a scene, a state,
    a movement nor a reaction ("Sings to the Queue", "Dedicates the Award to Her Old Teacher")."""
    who, verb = actor(headline, names)
    if not who or not verb or tense(verb) != "present" or verb in COPULA:
        return False
    after = [bare(w) for w in headline.split()[len(who.split()) + 1 :]]
    if reads_out(verb, after):
        return False  # "Reads the Winner …": a presenter's job, never the act that puts a sprint out of the running
    if went_on_in(verb, after) or a_feat(verb, after):
        return True  # (going on stage in a borrowed costume: the show; a climb of all 64 steps: the feat)
    if verb_base(verb) in MUNDANE and someone_taken(headline.split()[len(who.split()) + 1 :], names):
        return True  # "Walks Patience Ilunga to the Stage Stairs": done to another
    if verb_base(verb) == "keep" and _KEPT_WORD.match(" ".join(after)):
        return True  # "Keeps His Carpet Promise": a promise kept is the act (the one holding his shoes helps)
    if verb_base(verb) in MUNDANE | APPROACH | _STATES:
        # ("Is With Dev Rao" tells no act the walk down the carpet led to; "Walks Into the Fountain" does: into a
        # thing no one walks into, not a room)
        return into_a_thing(headline.split()[len(who.split()) + 1 :])
    return news_weight(verb) >= 0 and not reaction(verb, headline.split()[len(who.split()) + 1 :])


def _answered_mishaps(passing: list[str], names: Sequence[str]) -> set[str]:
    """The candidates that tell someone's fall, slip or trip (or stall on stage: `_stalled`) when another candidate
    tells another person of the moment acting ("Coral Baines slipped on the stairs; the waiter Teo Marsh caught the
    trophy one-handed …"): the one who
    answered it heads the item, not the mishap. Never an answer that is a reaction, a look, a movement or another
    mishap ("Bo laughed", "Bo filmed it", "Bo walked over")."""
    acts = {h: actor(h, names) for h in passing}
    fell = {h: who for h, (who, verb) in acts.items() if who and (verb_base(verb) in MISHAPS or _stalled(h, who, verb))}
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


_STALLS = wordset("freeze forget blank stammer stutter")  # a speaker stalled: "Marin Horvat Freezes …"
_STALLED = wordset("stuck blank silent")  # "gets stuck", "goes blank", "goes silent"


def _stalled(headline: str, who: str, verb: str) -> bool:
    """Whether a candidate tells its subject stalling on stage ("Marin Horvat Gets Stuck on the First Syllable …",
    "… Freezes", "… Goes Blank"): a mishap that someone else answering heads the item ("… 40 Children Shout …")."""
    after = [bare(w).lower() for w in headline[len(who) :].split()[:2]]
    base = verb_base(verb)
    return base in _STALLS or (base in ("get", "go") and after[1:2] != [] and after[1] in _STALLED)


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
        owner = unpossessive(who)
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


_SPEAKING = wordset("say tell ask add shout whisper joke laugh grin smile reply answer")
_STATES = wordset("hold wear have keep sit stand wait lie kneel")  # being somewhere with something: no act


def _acts(text: str, names: Sequence[str], lead: str | None, salient: frozenset[str]) -> bool:
    """Whether a report tells a person of the moment doing something besides speaking, being somewhere or reacting
    ("Leyla walks the carpet with the flower seller"): then its act, not its quote, heads the moment."""
    by_word = name_words(names)
    for option in clause_options([note_told(text)], names, lead, salient):
        verb, rest = option.clause.verb.lower(), option.clause.rest
        if verb in ("was", "were") and rest and rest[0].endswith("ing") and (doing := base_form(rest[0])):
            verb, rest = doing, rest[1:]  # "Pawlu Pace was sprinting after the envelopes": the act is the sprint
        if verb in COPULA or verb.endswith("ing") or verb_base(verb) in _SPEAKING or news_weight(verb) < 0:
            continue
        if verb_base(verb) in _STATES or reaction(verb, rest) or not mentioned(option.clause.subject, by_word):
            continue
        return True
    return False

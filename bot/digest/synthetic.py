"""A large, realistic, entirely invented awards night, for benchmarks and stress tests.

`synthetic_night(n, seed)` is deterministic (random.Random(seed), fixed start time): the same arguments
give the same show and sightings. Compile it as of `show.closed_at`:

    show, sightings = synthetic_night(10_000, seed=7)
    digest = compile_digest(show, sightings, [], now=CLOSED_AT)  # CLOSED_AT == show.closed_at

What makes it realistic: a roster of invented names whose popularity follows a Zipf law (a few stars
draw most of the sightings), correspondents stationed at venue locations, bursts of activity after
each award, re-reports of a moment by other correspondents minutes later (some linked with
`corroborates`, most only near-identical text), quotes, reporter headlines, skewed community votes, and
a few retracted, rejected, pending and embargoed sightings.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bot.models import Reporter, Show, Sighting, SightingStatus

START = datetime(2031, 3, 9, 23, 0, tzinfo=UTC)
DURATION = timedelta(hours=5)
CLOSED_AT = START + DURATION + timedelta(minutes=30)  # the show's closed_at: compile as of this time
GUILD_ID = 4242
SHOW_ID = 1

_FIRST = (
    "Marisol Dex Juniper Otto Priya Lou Tamsin Ines Caspian Wren Noor Bastian Odile Rafferty Selene "
    "Tobias Anouk Kit Mireille Hollis Zadie Emrys Calla Idris Sunniva Lazlo Pim Romilly Thaddeus Yara"
)
_LAST = (
    "Vance Okafor Hale Brandvold Castellane Farrant Achebe Quill Marchetti Lindqvist Oduya Pellham "
    "Serrano Thorne Abernathy Kovalenko Delacroix Nakamura-Reid Ashdown Falk Moreau Ekwueme Sallow"
)
_REPORTERS = "Amy Ben Cleo Dmitri Esme Farid Gus Hana Ivo Jules Kemi Lars Mina Nico Ola Pavel Quinn Rosa Sami Teo"
_PLACES = (
    "red carpet",
    "press room",
    "backstage corridor",
    "VIP lounge",
    "dressing rooms",
    "green room",
    "stage door",
    "loading dock",
)
_SOLO = (
    "paced up and down rehearsing an acceptance speech under their breath",
    "signed a stagehand's clipboard and drew a little star next to it",
    "swapped heels for trainers the moment the cameras turned away",
    "asked for a second mirror and got three",
    "ate a whole plate of tiny sandwiches standing up",
    "practised a very serious bow in front of the fire door",
    "borrowed a safety pin from a runner to save a jacket seam",
    "hummed the show's theme tune, slightly off key",
    "took a selfie with the catering crew and asked them all to tag each other",
    "slipped out with an unopened bottle of sparkling water",
    "fell asleep on a flight case for exactly four minutes",
    "gave an impromptu tap-dance lesson to two security guards",
    "read the winners' list upside down and refused to explain why",
    "tried on three pairs of sunglasses and kept none of them",
    "phoned a grandparent to describe the trophy in great detail",
    "asked a sound engineer to play a voice note at full volume",
    "polished a borrowed trophy with a napkin",
    "counted the steps to the stage out loud, twice",
    "handed out throat sweets from an enormous handbag",
    "posed with a cardboard cut-out of themselves",
)
_DUO = (
    "hugged {b} for a very long time",
    "introduced {b} to their mother",
    "swapped jackets with {b} and kept it on",
    "handed {b} a lint roller without saying a word",
    "argued, cheerfully, with {b} about who had the better seat",
    "caught {b} after a missed step",
    "lit a sparkler for {b} after the category was announced",
    "taught {b} a handshake with at least eleven steps",
    "shared a single umbrella with {b} indoors",
    "challenged {b} to a thumb war and lost",
    "fixed {b}'s bow tie in front of everyone",
    "whispered something to {b} that made them cry with laughter",
)
_NOBODY = (
    "ran out of ice and a runner sprinted to the bar with two buckets",
    "went quiet when a fire alarm test chirped once",
    "filled with golf carts carrying the spare trophies",
    "lost power for ten seconds and nobody screamed",
)
_DETAILS = (
    "still holding the envelope",
    "with a plus-one nobody could place",
    "while a publicist counted down on their fingers",
    "as the band played the walk-off music",
    "clutching a half-eaten macaron",
    "minutes after the lights came up",
    "while the stage manager tapped a watch",
    "wearing one glove",
    "before anyone could stop them",
    "to a small round of applause from the runners",
    "during the second commercial break",
    "while on a phone call with someone called Mo",
)
_OUTFITS = ("teal", "silver", "crimson", "ivory", "mustard", "plum", "emerald", "gold", "navy", "coral")
_GARMENTS = ("suit", "cape", "jumpsuit", "gown", "tux", "kilt", "blazer", "trench coat", "sequin dress")
_QUOTE_OPENERS = ("Honestly,", "Look,", "Okay,", "Between us,", "Not going to lie,", "Right,", "Listen,", "So,")
_QUOTE_BODIES = (
    "I have no idea what I just said up there",
    "tell my mum I wore the good shoes",
    "is it too early to start on the after-party",
    "that one was for everyone who stayed up to watch",
    "I practised that speech for three weeks and forgot all of it",
    "somebody find me a sandwich",
    "my knees are still shaking",
    "I owe the lighting crew a very large cake",
    "nobody told me the stairs were that steep",
    "I thought they were going to say someone else",
)
_QUOTE_ENDINGS = ("!", ".", "?!", " — I mean it.", " and I'm not sorry.", "...")
_HEADLINES = (
    "The speech that never was",
    "Jacket diplomacy in the corridor",
    "Sandwich summit",
    "Trainers under the gown",
    "A handshake for the ages",
    "The great glove mystery",
)
_TWEAKS = (("hugged", "embraced"), ("very long", "really long"), ("in the", "inside the"), (" and ", " & "))


def _roster(rng: random.Random, size: int) -> list[str]:
    names = [f"{first} {last}" for first in _FIRST.split() for last in _LAST.split()]
    rng.shuffle(names)
    return names[:size]


def _times(rng: random.Random, n: int) -> list[datetime]:
    """Times over the night: a steady trickle plus bursts after each award, sorted."""
    bursts = [START + DURATION * (i + 1) / 8 for i in range(7)]
    seconds = DURATION.total_seconds()
    times: list[datetime] = []
    for _ in range(n):
        if rng.random() < 0.35:
            times.append(rng.choice(bursts) + timedelta(seconds=abs(rng.gauss(0, 240))))
        else:
            times.append(START + timedelta(seconds=rng.uniform(0, seconds)))
    return sorted(times)


def _detail(rng: random.Random) -> str:
    """What makes one moment unlike another one of the same kind."""
    colour = rng.choice(_OUTFITS)
    outfit = f"{'an' if colour[0] in 'aeiou' else 'a'} {colour} {rng.choice(_GARMENTS)}"
    return f", in {outfit}, {rng.choice(_DETAILS)}" if rng.random() < 0.8 else f", in {outfit}"


def _quote(rng: random.Random) -> str:
    return f"{rng.choice(_QUOTE_OPENERS)} {rng.choice(_QUOTE_BODIES)}{rng.choice(_QUOTE_ENDINGS)}"


def _vary(text: str, rng: random.Random) -> str:
    """The same moment as another correspondent types it."""
    for old, new in _TWEAKS:
        if old in text and rng.random() < 0.5:
            text = text.replace(old, new, 1)
    if rng.random() < 0.3:
        text += rng.choice((" — saw it myself", " just now", "!"))
    return text


def _fresh(
    rng: random.Random, people: list[str], weights: list[float], place: str
) -> tuple[str, tuple[str, ...], str | None]:
    """A new moment: its text, the people in it, perhaps a quote."""
    shape = rng.random()
    if shape < 0.04:
        who: tuple[str, ...] = ()
        what = f"The {place} {rng.choice(_NOBODY)}"
    elif shape < 0.7:
        who = (rng.choices(people, weights)[0],)
        what = f"{who[0]} {rng.choice(_SOLO)} in the {place}{_detail(rng)}"
    else:
        a, b = rng.choices(people, weights, k=2)
        while b == a:
            b = rng.choice(people)
        who = (a, b)
        what = f"{a} {rng.choice(_DUO).format(b=b)} in the {place}{_detail(rng)}"
    return what, who, _quote(rng) if rng.random() < 0.25 else None


def synthetic_night(n: int, seed: int) -> tuple[Show, list[Sighting]]:
    """A closed show and `n` sightings over five invented hours; compile it with now=show.closed_at."""
    rng = random.Random(seed)
    people = _roster(rng, 150)
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(people))]
    reporters = [Reporter(id=1000 + i, name=name) for i, name in enumerate(_REPORTERS.split())]
    posts = {r.id: rng.choice(_PLACES) for r in reporters}
    show = Show(
        id=SHOW_ID,
        guild_id=GUILD_ID,
        name="The Lumen Awards",
        venue="Harbour Hall",
        feed_channel_id=1,
        opened_by=1,
        opened_at=START,
        closed_at=CLOSED_AT,
    )
    sightings: list[Sighting] = []
    for index, at in enumerate(_times(rng, n)):
        reporter = rng.choice(reporters)
        place = posts[reporter.id] if rng.random() < 0.8 else rng.choice(_PLACES)
        recent = [s for s in sightings[-40:] if s.reporter.id != reporter.id]
        corroborates = None
        if recent and rng.random() < 0.12:  # another correspondent reports a moment already reported
            original = rng.choice(recent)
            what, who, quote = _vary(original.what, rng), original.people, original.quote
            corroborates = original.id if rng.random() < 0.4 else None
            place = original.where or place
        else:
            what, who, quote = _fresh(rng, people, weights, place)
        status = SightingStatus.LIVE
        roll = rng.random()
        if roll < 0.03:
            status = SightingStatus.RETRACTED
        elif roll < 0.05:
            status = SightingStatus.PENDING
        elif roll < 0.06:
            status = SightingStatus.REJECTED
        hold = rng.choice((5, 10, 30, 60, 600)) if rng.random() < 0.03 else None  # 600: still held at close
        votes = int(rng.paretovariate(1.6)) - 1
        if rng.random() < 0.02:
            votes += rng.randint(20, 120)
        sightings.append(
            Sighting(
                id=index + 1,
                guild_id=GUILD_ID,
                show_id=SHOW_ID,
                reporter=reporter,
                what=what,
                people=who,
                other_names=("a mystery plus-one",) if rng.random() < 0.02 else (),
                where=place,
                quote=quote,
                headline=rng.choice(_HEADLINES) if rng.random() < 0.08 else None,
                status=status,
                created_at=at,
                publish_at=at + timedelta(minutes=hold) if hold else None,
                corroborates=corroborates,
                votes=votes,
            )
        )
    return show, sightings

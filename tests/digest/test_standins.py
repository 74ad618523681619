"""One moment told by two correspondents, one naming its person, the other telling her by her role (`standins`), and
a report in Scottish Gaelic read as another language (`language`), joined to the English report of its moment."""

from __future__ import annotations

from bot.digest.clusters import Clusters
from bot.digest.language import ENGLISH, language_of
from bot.digest.night import candidates, prepare
from bot.models import RosterEntry

from .factory import END, Night


def _clustered(night: Night, *sightings) -> Clusters:
    reports, _ = prepare(candidates(night.show, list(sightings), END), [], None)
    clusters = Clusters(reports)
    clusters.cluster(range(len(reports)))
    return clusters


def _band() -> Night:
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Marisol Venn", aliases=()),
        RosterEntry(id=2, guild_id=1, name="Dario Pell", aliases=()),
        RosterEntry(id=3, guild_id=1, name="Tobias Crane", aliases=()),
    ]
    return night


def test_a_person_told_by_her_role_minutes_later_is_the_one_named_one_moment():
    night = _band()
    named = night.spot(
        "Marisol Venn snapped a drumstick during her solo and finished the song with a wooden spoon",
        who=["Marisol Venn"],
        by="Kai",
        at="21:10",
        votes=48,
    )
    role = night.spot(
        "the drummer lost a stick mid-solo and Dario Pell threw her a spoon from the wings",
        who=["Dario Pell"],
        by="Lou",
        at="21:12",
        votes=41,
    )

    clusters = _clustered(night, named, role)

    assert clusters.find(0) == clusters.find(1)


def test_two_named_people_with_the_same_words_stay_two_moments():
    night = _band()
    one = night.spot("Marisol Venn snapped a drumstick during her solo", who=["Marisol Venn"], by="Kai", at="21:10")
    other = night.spot("Tobias Crane snapped a drumstick during his solo", who=["Tobias Crane"], by="Lou", at="21:12")

    clusters = _clustered(night, one, other)

    assert clusters.find(0) != clusters.find(1)


def test_a_role_sharing_only_what_every_night_says_is_another_moment():
    night = _band()
    named = night.spot("Marisol Venn dropped her award on the stage", who=["Marisol Venn"], by="Kai", at="21:10")
    role = night.spot(
        "the presenter read the wrong name on stage and Dario Pell handed over the award",
        who=["Dario Pell"],
        by="Lou",
        at="21:12",
    )

    clusters = _clustered(night, named, role)

    assert clusters.find(0) != clusters.find(1)


def test_a_role_an_hour_later_is_not_the_person_named():
    night = _band()
    named = night.spot(
        "Marisol Venn snapped a drumstick during her solo and finished the song with a wooden spoon",
        who=["Marisol Venn"],
        by="Kai",
        at="21:10",
    )
    role = night.spot(
        "the drummer lost a stick mid-solo and Dario Pell threw her a spoon", who=["Dario Pell"], by="Lou", at="22:15"
    )

    clusters = _clustered(night, named, role)

    assert clusters.find(0) != clusters.find(1)


GAELIC = (
    "Bàr cùil: Tha Catrìona Lamont agus Ross Baird a' seinn a' chiad òran aca bho 1998. Cha robh facal eatorra fad "
    "fichead bliadhna, is bha a h-uile duine sàmhach."
)


def test_a_report_in_scottish_gaelic_is_not_read_as_english():
    assert language_of(GAELIC) != ENGLISH
    assert language_of("Tha Peigi a' dannsa air a' bhòrd anns an talla mhòr, agus tha an sluagh toilichte.") != ENGLISH
    assert language_of("She said it was rock 'n' roll and a' that, and the room laughed.") == ENGLISH


def test_a_gaelic_report_of_an_english_moment_joins_it_by_its_names_and_year():
    night = Night()
    night.roster = [
        RosterEntry(id=1, guild_id=1, name="Ross Baird", aliases=("Ross",)),
        RosterEntry(id=2, guild_id=1, name="Catrìona Lamont", aliases=("Catriona Lamont", "Catrìona")),
    ]
    english = night.spot(
        "BACK BAR: Baird + Lamont singing their 1998 duet. first time since the split. bar silent.",
        who=["Ross Baird"],
        by="Ruth",
        at="20:30",
        where="Back bar",
        votes=70,
    )
    gaelic = night.spot(GAELIC, who=["Catrìona Lamont"], by="Seonag", at="20:36", where="Bàr cùil", votes=55)

    clusters = _clustered(night, english, gaelic)

    assert clusters.find(0) == clusters.find(1)

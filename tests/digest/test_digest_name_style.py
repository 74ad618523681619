"""House style for people's names (issue 11, round 8): the full name at the first mention in an item, then the
surname for adults; a child by the given name; a title the night uses kept; a name of three or more parts printed
whole once; a stage name the night knows named as the night names it. Every night here is invented."""

from __future__ import annotations

from bot.digest.textutil import first_name, short_name
from bot.digest.writing import intro
from bot.models import RosterEntry

from .factory import SHOW, Night, filler, item_with


def _item(roster: list[tuple[str, tuple[str, ...]]], *texts: str, who: list[str] | None = None) -> tuple[str, str]:
    """The headline and body of the item telling the first of `texts` (the strongest; the rest its follow-ups)."""
    night = Night()
    night.roster = [RosterEntry(id=k, guild_id=99, name=n, aliases=a) for k, (n, a) in enumerate(roster, 1)]
    filler(night, 3, votes=2)
    people = who or [roster[0][0]]
    spots = [
        night.spot(text, who=people, at=f"21:{5 * k:02d}", votes=200 - 10 * k, by=f"R{k}")
        for k, text in enumerate(texts)
    ]
    item = item_with(night.compile(), spots[0])
    assert item is not None
    return item.headline, item.body


def test_a_child_is_named_again_by_the_given_name_as_the_reports_and_quotes_do():
    _, body = _item(
        [("Pip Lasalle", ())],
        "Pip Lasalle, 12, was found asleep in the prop store on an old chaise longue, bow tie undone, minutes "
        "before his category. Lasalle was carried to the wings by the stage manager.",
        "Pip Lasalle won Best Young Performer with his hair flat on one side and thanked everyone for waking him.",
    )
    assert body.startswith("Pip Lasalle, 12, was found asleep"), body
    assert "Lasalle" not in body.replace("Pip Lasalle", ""), body  # never a 12-year-old by his surname
    assert "Pip was carried" in body or "Pip won" in body, body


def test_ten_year_old_or_her_son_before_the_name_is_a_child_and_a_grown_age_is_not():
    for typed, again in (
        ("Ten-year-old Toby Lindqvist won Best Young Performer and asked for a soda. Lindqvist got two.", "Toby"),
        ("Her son Toby Lindqvist carried the trophy to the car park. Lindqvist would not let go of it.", "Toby"),
        ("Toby Lindqvist, 40, carried the trophy to the car park. Toby would not let go of it.", "Lindqvist"),
    ):
        _, body = _item([("Toby Lindqvist", ())], typed)
        assert f"{again} got two" in body or f"{again} would not let go" in body, body


def test_a_title_the_night_uses_is_kept_with_the_name_it_goes_with():
    _, body = _item(
        [("Dame Edna Orr", ())],
        "Dame Edna Orr took her shoes off in the wings and presented Best Score barefoot. Dame Edna Orr said the "
        "heels had lost.",
        "Dame Orr was back at the bar in her socks half an hour later, buying the orchestra a round.",
    )
    assert body.startswith("Dame Edna Orr took her shoes off"), body
    assert "Dame Orr said the heels" in body and "Dame Orr was back" in body, body
    assert " Orr " not in body.replace("Dame Orr", "").replace("Dame Edna Orr", ""), body


def test_a_three_part_name_is_printed_whole_once_then_by_its_surname():
    assert short_name("Ana Lucía Ruiz") == "Ruiz" and first_name("Ana Lucía Ruiz") == "Ana Lucía"
    assert short_name("Gabriel García Márquez") == "García"  # two Spanish surnames: the first
    assert short_name("María José Hernández López") == "Hernández"
    assert short_name("Sarah Jane Okoye") == "Okoye"
    _, body = _item(
        [("Sarah Jane Okoye", ())],
        "Sarah Jane Okoye climbed the lighting rig to free the jammed spotlight mid-show. Sarah Jane Okoye came down "
        "to a round of applause from the crew.",
        "Sarah Jane Okoye was at the bar later with a bandaged hand, laughing about the rig.",
    )
    assert body.count("Sarah Jane Okoye") == 1, body
    assert "Okoye came down" in body, body


def test_the_roster_s_one_word_for_a_long_name_is_its_second_reference():
    _, body = _item(
        [("Juan Pablo Torres Rivera", ("Torres",))],
        "Juan Pablo Torres Rivera handed his own ticket to a student locked out at the gate, then watched the "
        "first half from the loading dock. Juan Pablo Torres Rivera did not mind.",
    )
    assert body.count("Juan Pablo Torres Rivera") == 1 and "Torres did not mind" in body, body


def test_a_stage_name_the_night_knows_is_the_name_with_the_roster_name_once_beside_it():
    headline, body = _item(
        [("Ebuka Nnadi", ("Mazi Flex", "Mazi"))],
        "Mazi Flex climbed onto the bar and started the chant for the sound crew, who had fixed his mic twice.",
        "Mazi Flex backstage after, sunglasses on indoors, signing hi-vis vests for the riggers.",
        "Ebuka Nnadi won Best Afrobeats Act. Mazi hugged his mum in the third row before he went up.",
        "Ebuka Nnadi at the stage door, giving away the flowers from his dressing room to the fans outside.",
    )
    assert headline.startswith("Mazi Flex "), headline
    assert body.startswith("Mazi Flex (Ebuka Nnadi) climbed onto the bar"), body
    assert body.count("Ebuka Nnadi") == 1 and "Nnadi" not in body.replace("(Ebuka Nnadi)", ""), body
    assert "Mazi " not in body.replace("Mazi Flex", ""), body  # never a bare "Mazi" nobody introduced


def test_a_handle_written_by_one_report_only_is_that_correspondent_s_habit():
    # one report calling her "Pearl" three times is not what the night calls Yara Obuya
    _, body = _item(
        [("Yara Obuya", ("Pearl",))],
        "Yara Obuya sewed herself into the gown minutes before her set and walked out on time.",
        "Pearl at the bar. Pearl laughing. Pearl buying the band a round.",
    )
    assert body.startswith("Yara Obuya sewed herself"), body


def test_every_intro_gives_an_event_s_name_its_article_with_or_without_the():
    for name, venue, caught in (
        ("Neon Lantern Game Awards 2031", "The Forge, Leeds", "caught the Neon Lantern Game Awards 2031 at the Forge"),
        ("The Neon Lantern Game Awards 2031", "Forge Hall", "caught the Neon Lantern Game Awards 2031 at Forge Hall"),
        ("Oscars", None, "caught the Oscars;"),
        ("Glastonbury 2031", "Worthy Farm", "caught Glastonbury 2031 at Worthy Farm"),  # no event head: no article
    ):
        show = SHOW.model_copy(update={"name": name, "venue": venue})
        assert caught in intro(show, 5), intro(show, 5)
        assert f"from {caught.removeprefix('caught ').rstrip(';')}" in intro(show, 0), intro(show, 0)


def _two_people_item(intro: str, moment: str, lead: str, other: str) -> str:
    """The body of the item whose moment (about `lead`, with `other`) is told, where another report of the night,
    about something else, says who `other` is."""
    night = Night()
    filler(night, 3, votes=2)
    night.spot(intro, who=[other], at="19:30", votes=1, by="Kim")
    spot = night.spot(moment, who=[lead, other], at="21:00", votes=150, by="Lou")
    item = item_with(night.compile(), spot)
    assert item is not None
    return item.body


def test_a_person_is_introduced_by_the_role_any_report_of_the_night_gives_them():
    body = _two_people_item(
        "Ken Abe, a cosplayer working the lobby, has been posing for photos in full knight armour all evening.",
        "Bo Lindahl fell down the foyer stairs with the trophy. Ken Abe caught it one-handed before it hit the floor.",
        "Bo Lindahl",
        "Ken Abe",
    )
    assert "Ken Abe, a cosplayer working the lobby, caught it one-handed" in body, body


def test_her_producer_is_told_as_whose_producer_the_report_says():
    body = _two_people_item(
        "Tamsin Reyes-Okoro hugged her producer Guillermo Ibarra on the carpet before the show.",
        "Tamsin Reyes-Okoro read out a resignation letter to the whole room and tore it up. Guillermo Ibarra "
        "stood up in the back row and applauded.",
        "Tamsin Reyes-Okoro",
        "Guillermo Ibarra",
    )
    assert "Guillermo Ibarra, Reyes-Okoro's producer, stood up" in body or "Ibarra, her producer" in body, body


def test_a_character_someone_plays_is_not_the_name_the_night_calls_them():
    # "the Horace monologue", "in full Uncle Horace kit": the character, not what the night calls Calloway Birch
    _, body = _item(
        [("Calloway Birch", ("Uncle Horace", "Horace"))],
        "Calloway Birch came off after the Horace monologue and lost it in the wings, bent double laughing.",
        "Calloway Birch in full Uncle Horace kit doing vocal warm-ups in the wings.",
        "Birch was back on stage doing the Horace voice for the front row.",
        "The Horace moustache fell off mid-link and Birch carried on regardless.",
    )
    assert body.startswith("Calloway Birch came off after the Horace monologue"), body


def test_a_second_reference_of_two_words_is_used_in_the_attribution_and_never_doubles_its_title():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="Dame Edna Orr", aliases=())]
    filler(night, 3, votes=2)
    first = night.spot(
        "Dame Edna Orr took her heels off in the wings and presented Best Score barefoot. Dame Orr said the heels "
        "had lost.",
        who=["Dame Edna Orr"],
        at="21:00",
        votes=150,
    )
    night.spot(
        "Dame Orr at the bar in her socks, buying the orchestra a round.",
        who=["Dame Edna Orr"],
        at="21:30",
        votes=60,
        quote="The heels have retired. I have not.",
        quote_by="Dame Edna Orr",
        by="Lou",
    )
    body = item_with(night.compile(), first).body
    assert "Dame Dame" not in body and "Dame Orr was at the bar" in body, body
    assert "“The heels have retired. I have not,” Dame Orr said." in body or "she said" in body, body


def test_a_spanish_speaker_is_named_by_the_first_surname_in_the_attribution():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=99, name="María José Hernández López", aliases=())]
    filler(night, 3, votes=2)
    spot = night.spot(
        "The teleprompter died mid-link. María José Hernández López fixed it with a hairpin in under a minute.",
        who=["María José Hernández López"],
        at="21:00",
        votes=150,
        quote="Always carry a hairpin.",
        quote_by="María José Hernández López",
    )
    body = item_with(night.compile(), spot).body
    assert body.count("María José Hernández López") == 1, body
    assert "“Always carry a hairpin,” Hernández said." in body, body

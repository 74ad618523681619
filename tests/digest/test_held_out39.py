"""Causes found in round 39: the round-38 reviews' worst headlines (a promise kept that the headline never says; …)
and the Riga night. Every name and sentence is invented, in the shape of what those nights' correspondents typed."""

from __future__ import annotations

import pytest

from bot.digest import Digest
from bot.digest.flashback import pluperfect
from bot.digest.headline_words import by_doing
from bot.digest.narration import narrate
from bot.digest.titling import title_case
from bot.models import Sighting

from .factory import Night, every_item, filler, item_with


def test_a_headline_says_the_promise_a_told_sentence_says_the_act_kept() -> None:
    night = Night()
    filler(night, 4)
    night.spot(
        "Marta Oyelaran, 91, came up the carpet on her grandson's arm. Asked how she would manage the finale, she "
        "was clear about it.",
        who=["Marta Oyelaran"],
        at="19:30",
        votes=15,
        by="Ines",
        quote="Tonight I sing on my own two feet. Nobody carries me.",
    )
    payoff = night.spot(
        "For the closing number Marta Oyelaran gripped the rail of the stage stairs with both hands and pulled "
        "herself up. She sang the final chorus on her own feet, as she had told us on the carpet she would, and the "
        "hall rose with her.",
        who=["Marta Oyelaran"],
        at="22:40",
        votes=250,
        by="Kofi",
    )
    item = item_with(night.compile(), payoff)
    # the news is the word kept, and the act it kept (not the grip on the rail that came before it)
    assert item.headline == "Marta Oyelaran Keeps Her Word and Sings the Final Chorus on Her Own Feet"


def test_a_child_who_reads_out_her_own_award_heads_it_not_the_presenter_who_gave_her_the_card() -> None:
    night = Night()
    filler(night, 4)
    win = night.spot(
        "Amara Lindqvist, nine, won Best Young Actor for “The Salt Pony” and announced it herself, after the "
        "presenter, the boxer Tano Reyes, could not read the small print and handed her the card. She read her own "
        "name twice before she believed it.",
        who=["Amara Lindqvist", "Tano Reyes"],
        at="21:10",
        votes=200,
        by="Ines",
    )
    headline = item_with(night.compile(), win).headline
    assert headline.startswith("Amara Lindqvist "), headline  # her act, not the boxer handing over the card
    assert "Announces It Herself" in headline


def test_a_request_to_stay_for_a_photograph_never_heads_the_ride_that_brought_the_trophy() -> None:
    night = Night()
    filler(night, 4)
    ride = night.spot(
        "The Best Film trophy arrived at 22:15 on the back of a scooter. The courier, Joss Amadi, had ridden from the "
        "docks through flooded streets with it in a cool box tied to his seat. The host brought him on stage, and "
        "Nell Varga, whose film won, asked him to stay beside her for the photograph.",
        who=["Joss Amadi", "Nell Varga"],
        at="22:20",
        votes=180,
        by="Kofi",
    )
    headline = item_with(night.compile(), ride).headline
    # the ride is the story, and "it" is the trophy the sentence before named
    # (round 41: within the house's 75 characters, where it went, never the way out of the docks)
    assert headline == "Joss Amadi Rides Through Flooded Streets With the Best Film Trophy"


def _the_girl_named_later(named: str, at: str, **quote: str) -> tuple[Digest, Sighting, Sighting]:
    """A night where a singer blanks and "a little girl" sings her line, and a later post (`named`, at `at`) says who
    the girl was: the digest, the blank and the later post."""
    night = Night()
    filler(night, 4, votes=20)
    blank = night.spot(
        "Ilse Varga blanked on the first line of 'River Song'. a little girl on the choir steps sang it for her, then "
        "the whole hall joined in",
        who=["Ilse Varga"],
        at="21:56",
        votes=240,
        by="Linda",
    )
    post = night.spot(named, who=["Pia Holm", "Ilse Varga"], at=at, votes=130, by="Madara", **quote)
    return night.compile(), blank, post


def test_a_later_post_saying_who_the_unnamed_child_was_is_told_in_the_same_item() -> None:
    digest, blank, named = _the_girl_named_later(
        "the little girl is Pia, she's nine, from the children's choir, still on the side steps. Ilse went down to "
        "her after the song and wrapped her own red scarf round Pia's neck",
        "22:02",
        quote="I know all the words. My grandma plays it in the car.",
        quote_by="Pia Holm",
    )
    item = item_with(digest, blank)
    assert named.id in item.sighting_ids  # one story: who the girl was, and the scarf
    assert "red scarf" in item.body
    assert not any("Pia" in i.headline for i in every_item(digest) if i is not item)


def test_a_trophy_left_in_a_taxi_is_the_setup_of_the_driver_bringing_it_back() -> None:
    night = Night()
    filler(night, 4, votes=20)
    lost = night.spot(
        "Arvo Kask back from the old town without the trophy. left the glass owl on the taxi's back seat. doesn't "
        "know the cab number. organisers calling the taxi firms.",
        who=["Arvo Kask"],
        at="22:20",
        votes=60,
        by="Janis",
    )
    back = night.spot(
        "FOYER: taxi driver Mati Rebane walks in through the cloakroom queue, snow on his cap, the glass owl in both "
        "hands. drove back across the river. Kask hugs him.",
        who=["Mati Rebane", "Arvo Kask"],
        at="22:52",
        votes=280,
        by="Krists",
        quote="I thought it was a very expensive ice scraper.",
        quote_by="Mati Rebane",
    )
    item = item_with(night.compile(), back)
    assert lost.id in item.sighting_ids  # how the trophy came to be in the taxi: the story's start
    assert "left the glass owl on the taxi's back seat" in item.body


def test_a_note_sung_after_its_pitch_word_keeps_its_capital() -> None:
    names = ["Ausma Kalniņa", "Elīza Ozoliņa"]
    assert (
        title_case("Ausma Kalniņa tells Elīza Ozoliņa that her high A is flat", names)
        == "Ausma Kalniņa Tells Elīza Ozoliņa That Her High A Is Flat"
    )
    assert title_case("Ausma Kalniņa reaches a high note", names) == "Ausma Kalniņa Reaches a High Note"


def test_who_the_child_was_is_told_without_a_time_word() -> None:
    digest, blank, _ = _the_girl_named_later(
        "the little girl is Pia, she's nine, from the children's section of the massed choir, still on the side steps "
        "in her choir dress. Ilse went down to her after the song and wrapped her own red scarf round Pia's neck!!",
        "22:04",
    )
    body = item_with(digest, blank).body
    assert "The little girl was Pia" in body
    assert "Later, the little girl" not in body


@pytest.mark.parametrize(
    ("text", "who", "opens"),
    [
        (  # a phone held up to the microphone for the winner's voice
            "Best Folk Album went to Rasa Liepa, who is snowed in at the airport. The stage manager, Una Kalns, held "
            "her own phone up to the microphone, and Liepa accepted from the departure hall.",
            ["Rasa Liepa", "Una Kalns"],
            "Rasa Liepa ",
        ),
        (  # a walk to the front of the queue, after the driver's own return
            "The driver, Mati Rebane, found the trophy when his next passenger asked why there was a glass owl on the "
            "seat. He drove back across the river without switching on his meter. The bar gave him a hot drink, and "
            "Arvo Kask walked him to the front of the cloakroom queue.",
            ["Mati Rebane", "Arvo Kask"],
            "Mati Rebane ",
        ),
        (  # the publicist named first, with his role
            "Publicist Dov Reyes hands Marcus Obi his phone in the wings, and Marcus Obi plays his winning score down "
            "the phone line to his grandmother in Lagos, holding the phone up to the orchestra pit.",
            ["Dov Reyes", "Marcus Obi"],
            "Marcus Obi Plays His Winning Score Down the Phone Line",
        ),
        (  # a peace offering the other only answers: the giver's act is the news
            "Feud over. Sir Alec Moor handed Dame Ivy Lane a pint at the Crown and toasted her, 31 years after their "
            "Lear bust-up. Dame Ivy stayed at his table and answered his toast.",
            ["Alec Moor", "Ivy Lane"],
            "Alec Moor Hands Dame Ivy Lane a Pint",
        ),
    ],
)
def test_whoever_a_gift_or_a_walk_helped_heads_it_unless_they_only_answer_it(
    text: str, who: list[str], opens: str
) -> None:
    night = Night()
    filler(night, 4, votes=20)
    moment = night.spot(text, who=who, at="21:14", votes=300, by="Hugh")
    headline = item_with(night.compile(), moment).headline
    assert headline.startswith(opens), headline


@pytest.mark.parametrize(
    ("note", "told"),
    [
        (  # the pronoun's clause after a semicolon, once the one before it was told in the past
            "Liepa sings the whole song with his back to Kalns, turns round only for the last chorus; they finish it "
            "on one mic.",
            "Liepa sang the whole song with his back to Kalns, turned round only for the last chorus; they finished "
            "it on one mic.",
        ),
        (  # after a colon too
            "Margo Quist paid up: she walks into the green room bar and orders a round.",
            "Margo Quist paid up: she walked into the green room bar and ordered a round.",
        ),
        (  # a plural's condition in the past with the rest of the promise
            "Toms Lapa made a promise on the carpet: if they lose to her tonight, he will buy everyone a drink.",
            "Toms Lapa made a promise on the carpet: if they lost to her tonight, he would buy everyone a drink.",
        ),
        (  # a note's plural subject and its verb in -ing, a clause after "in case" no verb of it
            "Organisers setting up a phone line in case she wins.",
            "Organisers were setting up a phone line in case she won.",
        ),
        (  # someone left where they were, after a comma
            "The lift broke down, Ndidi still inside.",
            "The lift broke down, with Ndidi still inside.",
        ),
    ],
)
def test_a_notes_present_is_told_in_the_past_after_a_break_and_in_its_fragments(note: str, told: str) -> None:
    names = frozenset({"liepa", "kalns", "margo", "quist", "toms", "lapa", "ndidi"})
    assert narrate(note, names=names) == told


def test_a_state_since_a_time_is_had_been_in_a_flashback() -> None:
    said = "It began earlier that night, when the airport closed since five."
    assert pluperfect(said) == "Earlier that night, the airport had been closed since five."
    assert pluperfect("It began earlier, when Lena closed the door.") == "Earlier, Lena had closed the door."


def test_a_word_kept_never_heads_an_act_the_promise_did_not_name() -> None:
    night = Night()
    filler(night, 4, votes=20)
    night.spot(
        "On the carpet Cem Arslan pointed past the photographers at the water.",
        who=["Cem Arslan"],
        at="19:45",
        votes=30,
        by="Kerem",
        quote="If we win tonight, I'm jumping into the Bosphorus in this tuxedo.",
    )
    jump = night.spot(
        "Minutes after their film won, Cem Arslan walked to the end of the pier, handed his Best Actor statuette to "
        "Nur Sari, and jumped into the Bosphorus in his tuxedo, exactly as he had promised on the red carpet.",
        who=["Cem Arslan", "Nur Sari"],
        at="22:30",
        votes=300,
        by="Hannah",
    )
    headline = item_with(night.compile(), jump).headline
    assert "Keeps His Word and Hands" not in headline, headline  # the statuette was never what he promised


def test_an_answer_by_an_act_is_headlined_by_the_act() -> None:
    assert (
        by_doing("Lord Makabu answers by lifting his trouser leg to show the label")
        == "Lord Makabu lifts his trouser leg to show the label"
    )
    assert by_doing("Lord Makabu answers the question") == "Lord Makabu answers the question"

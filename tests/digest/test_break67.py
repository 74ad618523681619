"""Issue 11, round 49: what the fresh-eyed breaker of round 49 (break 67, `review/round49/break67-FINDINGS.md`)
found, each as the reader meets it. Invented names."""

from __future__ import annotations

from .factory import Night, filler, item_with


def _told(night: Night) -> list:
    digest = night.compile()
    return [*digest.items, *([digest.bonus] if digest.bonus else [])]


def test_a_catch_of_her_a_minute_after_her_fall_on_the_same_steps_is_one_moment_with_it() -> None:
    night = Night()
    night.set_roster(("Odile Varenne-Pike", ("Odile",)), ("Kojo Mensah", ()))
    filler(night, 4, votes=2)
    fall = night.spot(
        "Odile Varenne-Pike missed the top step on her way up to present Best Play and went down hard.",
        who=["Odile Varenne-Pike"],
        at="20:05",
        votes=220,
        by="Rosa",
        where="Stage steps",
    )
    catch = night.spot(
        "Kojo Mensah caught her before she hit the floor and carried her the last two steps to the lectern.",
        who=["Kojo Mensah"],
        at="20:06",
        votes=180,
        by="Kwame",
        where="Stage steps",
    )
    told = _told(night)
    item = item_with(night.compile(), fall)
    assert item is not None and catch.id in item.sighting_ids
    assert "caught her before she hit the floor" in item.body, item.body
    assert not any("Catches Her " in i.headline for i in told), [i.headline for i in told]


def test_he_then_sang_her_a_minute_after_her_win_goes_on_with_her_win_and_names_him() -> None:
    night = Night()
    night.set_roster(("Anjali Rao", ()), ("Kojo Mensah", ()))
    filler(night, 4, votes=2)
    win = night.spot(
        "Anjali Rao won Best Actress in a Musical for Monsoon Wedding, her first nomination.",
        who=["Anjali Rao"],
        at="20:30",
        votes=100,
        by="Kwame",
        where="Stage",
    )
    song = night.spot(
        "He then stood up in the aisle and sang her the opening line of her show's first number.",
        who=["Kojo Mensah"],
        at="20:31",
        votes=85,
        by="Rosa",
        where="Stalls",
    )
    item = item_with(night.compile(), win)
    assert item is not None and song.id in item.sighting_ids
    assert "Kojo Mensah then stood up in the aisle" in item.body, item.body


def test_a_note_to_the_desk_in_square_brackets_and_a_sign_off_are_never_printed() -> None:
    night = Night()
    night.set_roster(("Jonas Pryde", ()), ("Kiki Arlen", ()))
    filler(night, 4, votes=2)
    win = night.spot(
        "Jonas Pryde won Best Male, thanked 'the Moths for being the Moths' [ed: check spelling of his manager's "
        "name] and left the stage without his trophy",
        who=["Jonas Pryde"],
        at="20:20",
        votes=90,
        by="Dan",
        where="Stage",
    )
    nan = night.spot(
        "Confirmed by her publicist: Kiki Arlen left her own afterparty early to drive her nan home to Margate. "
        "brb battery",
        who=["Kiki Arlen"],
        at="22:40",
        votes=160,
        by="Dan",
        where="Afterparty",
    )
    digest = night.compile()
    first, second = item_with(digest, win), item_with(digest, nan)
    assert first is not None and second is not None
    assert "[" not in first.body and "check spelling" not in first.body, first.body
    assert "left the stage without his trophy" in first.body, first.body
    assert "battery" not in second.body and "brb" not in second.body, second.body
    assert "drive her nan home to Margate." in second.body, second.body


def test_a_line_typed_as_said_by_a_role_names_the_role_with_its_article_and_in_the_headlines_title_case() -> None:
    night = Night()
    night.set_roster(("Imke Ashford", ()))
    filler(night, 4, votes=2)
    told = night.spot(
        "Backstage, a security guard told Imke Ashford she couldn't bring her prosecco into the press room.",
        who=["Imke Ashford"],
        at="20:45",
        votes=120,
        by="Kate",
        where="Press room",
        quote="Madam, glasses stay on this side of the line",
        quote_by="security guard",
    )
    item = item_with(night.compile(), told)
    assert item is not None
    assert "the security guard said" in item.body, item.body
    assert "security guard" not in item.headline, item.headline


def test_text_speak_is_written_out_in_the_article() -> None:
    night = Night()
    night.set_roster(("Mara Solis", ()), ("Kirri Walsh", ()))
    filler(night, 4, votes=2)
    stage = night.spot(
        "Mara Solis walked out on stage with her 2 yr old on her hip 4 her perf, and she hadnt slept since tues.",
        who=["Mara Solis"],
        at="20:10",
        votes=120,
        by="Jo",
        where="Stage",
    )
    win = night.spot(
        "Kirri Walsh won Best New Play, the first First Nations playwright to win it in the award's 40 yrs. "
        "Standing ovation x2.",
        who=["Kirri Walsh"],
        at="20:40",
        votes=150,
        by="Ana",
        where="Stage",
    )
    digest = night.compile()
    first, second = item_with(digest, stage), item_with(digest, win)
    assert first is not None and second is not None
    assert "her 2-year-old on her hip for her performance" in first.body, first.body
    assert "since Tuesday" in first.body, first.body
    assert "in the award's 40 years" in second.body, second.body
    assert "There were two standing ovations." in second.body, second.body


def test_a_headline_never_stops_before_what_was_announced() -> None:
    night = Night()
    night.set_roster(("Fenna Whitby", ()))
    filler(night, 4, votes=2)
    win = night.spot(
        "Fenna Whitby won Best Documentary for Tidewater and announced from the stage that she is retiring.",
        who=["Fenna Whitby"],
        at="19:40",
        votes=150,
        by="Ivy",
        where="Stage",
        quote="This is my last one. I mean it this time.",
    )
    item = item_with(night.compile(), win)
    assert item is not None
    assert not item.headline.endswith("Announces From the Stage"), item.headline
    assert "Retir" in item.headline, item.headline


def test_locked_out_with_the_curtain_in_twenty_minutes_is_told_in_the_item_of_going_on_in_a_borrowed_uniform() -> None:
    night = Night()
    night.set_roster(("Tam Haley", ()))
    filler(night, 4, votes=2)
    night.spot(
        "TAM HALEY LOCKED OUT OF HIS DRESSING ROOM, costume inside, curtain in 20 mins!!!",
        who=["Tam Haley"],
        at="19:15",
        votes=80,
        by="Mick",
        where="Dressing rooms",
    )
    went_on = night.spot(
        "Tam Haley went on for the opening number in the usher's uniform he borrowed from front of house, name badge "
        "and all. Nobody in the audience noticed.",
        who=["Tam Haley"],
        at="19:30",
        votes=240,
        by="Jess",
        where="Stage",
        quote="Tonight I'm Greg from front of house",
        quote_by="Tam Haley",
    )
    item = item_with(night.compile(), went_on)
    assert item is not None
    assert "been locked out of his dressing room" in item.body, item.body


def test_a_line_about_my_dad_after_his_daughter_accepted_for_him_is_hers_not_his() -> None:
    night = Night()
    night.set_roster(("Felix Brandauer", ()))
    filler(night, 4, votes=2)
    accepted = night.spot(
        "Felix Brandauer's name was read for Producer of the Year but he was in the car park on a call, so his "
        "9-year-old daughter went up and accepted for him.",
        who=["Felix Brandauer"],
        at="20:30",
        votes=200,
        by="Raj",
        where="Stage",
        quote="My dad says thank you and he's sorry he's on the phone",
    )
    item = item_with(night.compile(), accepted)
    assert item is not None
    assert "on the phone,” his daughter said." in item.body, item.body


def test_a_note_that_ends_on_just_said_is_told_with_its_line_as_what_was_said() -> None:
    night = Night()
    night.set_roster(("Jonas Pryde", ()))
    filler(night, 4, votes=2)
    carpet = night.spot(
        "Jonas Pryde on the carpet, asked about the Moths feud, just said",
        who=["Jonas Pryde"],
        at="19:05",
        votes=80,
        by="Ollie",
        where="Red carpet",
        quote="What feud? I love those guys. Next question.",
    )
    item = item_with(night.compile(), carpet)
    assert item is not None
    assert "asked about the Moths feud and said: “What feud? I love those guys. Next question.”" in item.body, item.body


def test_shouting_back_at_him_a_minute_after_his_line_on_stage_is_told_with_it() -> None:
    night = Night()
    night.set_roster(("Tyler Okoro", ()), ("Brielle Sands", ()))
    filler(night, 4, votes=2)
    win = night.spot(
        "Tyler Okoro won Album of the Year and brought the vegan wrap on stage, half eaten.",
        who=["Tyler Okoro"],
        at="21:00",
        votes=230,
        by="Tasha",
        where="Main stage",
        quote="Brielle, I'm sorry, I'll buy you ten",
    )
    shout = night.spot(
        "Brielle Sands in the audience shouting back at him, everyone heard",
        who=["Brielle Sands"],
        at="21:01",
        votes=150,
        by="Jay",
        where="Floor",
        quote="TEN! IN WRITING!",
        quote_by="Brielle Sands",
    )
    item = item_with(night.compile(), win)
    assert item is not None and shout.id in item.sighting_ids
    assert "I'll buy you ten" in item.body and "TEN! IN WRITING!" in item.body, item.body


def test_a_surname_with_a_particle_is_never_given_a_roles_article() -> None:
    night = Night()
    night.set_roster(("Pieter de Wet", ()), ("Lerato Moloi", ()))
    filler(night, 4, votes=2)
    trophy = night.spot(
        "In the smoking area Pieter de Wet walked up to Lerato Moloi and held out the trophy. She put both hands on it "
        "next to his, and then they hugged for a long time.",
        who=["Pieter de Wet", "Lerato Moloi"],
        at="22:10",
        votes=140,
        by="Thabo",
        where="Smoking area",
        quote="We are not finished yet.",
        quote_by="Pieter de Wet",
    )
    item = item_with(night.compile(), trophy)
    assert item is not None
    assert "the de Wet" not in item.body and "de Wet said" in item.body, item.body

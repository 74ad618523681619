"""Where a generated headline ends (issue 11, point 4: "a subject–verb clause … cut at a clause boundary"): never a
note's fragments before the person, never a full stop inside it, never a second subject's clause in another tense,
never inside a "what" clause or a time before a cue; a scene's label is no headline, a one-word line is none
either, and a reporter's headline is printed with its names and case put right whole, or not at all."""

from __future__ import annotations

from bot.digest.headline_bounds import one_sentence, one_subject, one_word_line
from bot.digest.headline_check import problem
from bot.digest.headlines import write_headline
from bot.digest.news_clause import news_first


def _written(text: str, names: list[str], **kw: object) -> str:
    return write_headline(news_first(text, names, names[0]), names=names, lead=names[0], **kw)  # type: ignore[arg-type]


def test_a_note_with_a_clock_and_a_room_code_heads_with_the_person_and_the_act():
    note = (
        "Fire alarm LBY 22:14. Sprinklers off, staff slow about 2min. Chaos. Ruth Ekwueme led everyone out to the"
        " quay singing."
    )
    headline = _written(note, ["Ruth Ekwueme"])
    assert headline.startswith("Ruth Ekwueme Leads Everyone Out")
    assert "22:14" not in headline and "LBY" not in headline and ". " not in headline
    lit = _written(
        "Blackout GRN 21:31. Grid down, genny slow about 40s. Pitch dark. Ruth Ekwueme lit the room with her phone.",
        ["Ruth Ekwueme"],
    )
    assert lit.startswith("Ruth Ekwueme Lights the Room"), lit


def test_a_what_clause_keeps_its_verb_and_a_time_is_not_cut_before_its_cue():
    told = _written(
        "Mira Sol told Anya Petrov what the fishermen's choirs of the northern coast used to sing at weddings.",
        ["Mira Sol", "Anya Petrov"],
    )
    assert told.endswith("Used to Sing"), told
    grabbed = _written(
        "The floor manager grabbed Kit Vance by the sleeve seconds before her entrance and fixed her collar.",
        ["Kit Vance"],
    )
    assert grabbed == "Floor Manager Grabs Kit Vance by the Sleeve"


def test_one_subject_one_verb_phrase_that_agrees():
    headline = _written(
        "Priya Nand said sorry first, they hugged and both cried and wrecked their makeup.", ["Priya Nand"]
    )
    assert "Cried" not in headline and "Wrecks" not in headline and "Both" not in headline
    assert headline.startswith("Priya Nand Says Sorry First")
    assert one_subject("Ana hugs and both cried and wrecks their makeup") == "Ana hugs"
    assert one_subject("Ana says sorry first, hugs and they cried") == "Ana says sorry first"
    assert one_subject("Ana and Bo hug and cry") == "Ana and Bo hug and cry"


def test_no_full_stop_inside_a_headline():
    headline = _written("Oscar Lind asleep. Totally asleep, in the armchair.", ["Oscar Lind"])
    assert "." not in headline
    assert one_sentence("Bo Lind here. Here, by the bar", ["Bo Lind"]) == "Bo Lind here"
    assert one_sentence("Power out. Bo Lind sings in the dark", ["Bo Lind"]) == "Bo Lind sings in the dark"
    assert one_sentence("Sammy Davis Jr. sings at the bar", ["Sammy Davis Jr."]) == "Sammy Davis Jr. sings at the bar"


def test_a_scene_label_and_a_foreign_sentence_never_head_the_moment():
    note = "Green room was chaos: pendant l'entracte, Marguerite Olsen prit une guitare et chanta pour les techniciens."
    english = "Marguerite Olsen grabbed a guitar in the green room and sang for the crew."
    # (the song a grabbed guitar was for, round 41: never the label nor the French)
    assert _written(note, ["Marguerite Olsen"], others=[english]) == "Marguerite Olsen Sings for the Crew"
    quoted = _written(note, ["Marguerite Olsen"], quote="This one is for the crew", speaker="Marguerite Olsen")
    assert quoted == "Marguerite Olsen: “This one is for the crew”"
    alone = _written(note, ["Marguerite Olsen"])
    assert "Green Room" not in alone and "Chaos" not in alone


def test_a_one_word_line_is_no_headline():
    assert one_word_line("Noor Abernathy: “Ok.”") and not one_word_line("Noor Abernathy: “Not tonight”")
    from bot.digest.quote_headlines import quote_headline

    assert quote_headline("Noor Abernathy", "Ok") is None


def test_a_catch_by_someone_unnamed_heads_over_the_trip():
    headline = _written(
        "Lena Brandt tripped on the loading ramp and a roadie caught her before she hit the floor.", ["Lena Brandt"]
    )
    assert headline.startswith("A Roadie Catches Lena Brandt"), headline


def test_a_reporter_headline_is_repaired_whole_or_not_used():
    from bot.digest.reporter_headline import repaired_whole

    people = ["Tobias Wren", "Hana Cole"]
    assert repaired_whole("Tobias Wren steals hana's last chip!", "tobias steals hana's last chip!!!", people) == ""
    assert (
        repaired_whole("Tobias Wren steals the last chip!", "tobias steals the last chip!!!", people)
        == "Tobias Wren Steals the Last Chip!"
    )
    assert repaired_whole("Tobias Wren Steals a Chip", "Tobias Wren Steals a Chip", people) == (
        "Tobias Wren Steals a Chip"
    )
    assert problem("Tobias Wren Steals the Last Chip on the Fire Escape", people) is None


def test_what_a_walk_was_done_with_is_the_news():
    headline = _written(
        "Zoë Delacroix finished the red carpet carrying her broken shoe like a clutch bag.", ["Zoë Delacroix"]
    )
    assert headline.endswith("Carrying Her Broken Shoe Like a Clutch Bag"), headline


def test_a_predicate_left_in_the_past_is_no_part_of_the_headline():
    shaved = _written(
        "Dev Okafor shaved off his moustache and then looked in the mirror for a long time.", ["Dev Okafor"]
    )
    assert shaved == "Dev Okafor Shaves Off His Moustache"
    slipped = _written(
        "Nell Ames slipped on the stairs behind the stage but a sound tech caught her arm.", ["Nell Ames"]
    )
    assert "Caught" not in slipped and slipped.startswith("Nell Ames Slips on the Stairs"), slipped
    from bot.digest.headline_bounds import agreeing

    assert agreeing("Ada Roe hugs the coach and then posed for photos") == "Ada Roe hugs the coach"
    assert (
        agreeing("Ada Roe hugs the coach who had broken his wrist") == "Ada Roe hugs the coach who had broken his wrist"
    )
    assert agreeing("Ada Roe won and cried") == "Ada Roe won and cried"  # (its own verb not in the present)


def test_another_persons_catch_heads_over_the_fall_it_answered():
    headline = _written("Nell slipped on the wet stairs and Bram Holt caught her.", ["Nell Ames", "Bram Holt"])
    assert headline == "Bram Holt Catches Nell Ames as She Slips on the Wet Stairs"


def test_a_plurals_second_verb_in_the_present_is_kept():
    from bot.digest.headline_bounds import agreeing

    kept = "Cass Whitby and Drew Whitby share a cab home and split the fare to the penny"
    assert agreeing(kept) == kept

"""Tagging and alias matching: what a correspondent sees tagged on their sighting."""

import unicodedata

from bot.models import RosterEntry
from bot.tagging import Roster, complete_who, is_everyday_word, split_names
from bot.text import clean, fold, inert, tokens, words


def roster() -> Roster:
    entries = [
        ("Lady Gaga", ("Gaga", "Jo Calderone", "Mother Monster")),
        ("Adele", ()),
        ("Beyoncé", ("Queen Bey",)),
        ("Kanye West", ("'Ye", "Yeezy")),
        ("Macklemore", ()),
        ("Ryan Lewis", ()),
        ("Jared Leto", ()),
    ]
    return Roster(RosterEntry(id=i, guild_id=1, name=n, aliases=a) for i, (n, a) in enumerate(entries, 1))


def test_names_in_text_are_tagged_by_alias_in_order_of_mention():
    assert roster().find_in("Gaga lit a cigarette for Adele during the break") == ["Lady Gaga", "Adele"]


def test_matching_ignores_case_accents_and_repairs_entities():
    r = roster()
    for spelling in ("beyonce", "BEYONCÉ", "Beyonc&#233;", "Beyonc#233;", "Beyonc&eacute;"):
        assert r.lookup(spelling) == "Beyoncé", spelling
        assert r.find_in(f"We saw {spelling} by the bar") == ["Beyoncé"], spelling


def test_multiword_alias_wins_over_its_parts_and_possessives_match():
    r = roster()
    assert r.find_in("Jo Calderone's cigarette was behind his ear") == ["Lady Gaga"]
    assert r.find_in("Macklemore told ’Ye thanks") == ["Macklemore", "Kanye West"]


def test_words_inside_other_words_are_not_names():
    assert roster().find_in("The gagaku orchestra and an adelephant") == []


def test_who_resolves_aliases_keeps_unknown_names_and_suggests():
    res = roster().resolve("gaga, Adel, Bruno Mars, Lady Gaga")
    assert res.people == ("Lady Gaga",)
    assert res.unknown == ("Adel", "Bruno Mars")
    assert res.suggestions == {"Adel": "Adele"}


def test_split_names_drops_empty_parts_and_duplicates():
    assert split_names(" Adele , ,adele; Gaga ,") == ["Adele", "Gaga"]


def test_autocomplete_completes_the_name_after_the_last_comma():
    r = roster()
    assert complete_who(r, "Lady Gaga, Ad")[0] == ("Lady Gaga, Adele", "Lady Gaga, Adele")
    values = [v for _, v in complete_who(r, "Adele, ")]
    assert "Adele, Lady Gaga" in values and all(not v.endswith(", Adele") for v in values)


def test_autocomplete_finds_names_by_alias_and_by_later_word():
    r = roster()
    assert [v for _, v in complete_who(r, "monster")] == ["Lady Gaga"]
    assert [v for _, v in complete_who(r, "lewis")] == ["Ryan Lewis"]


def test_autocomplete_respects_discord_limits_on_a_large_roster():
    big = Roster(RosterEntry(id=i, guild_id=1, name=f"Performer {i:05d}") for i in range(10_000))
    choices = complete_who(big, "perf")
    assert len(choices) == 25
    assert all(1 <= len(label) <= 100 and len(value) <= 100 for label, value in choices)


def test_clean_strips_invisible_and_bidi_characters_but_keeps_text():
    assert clean("  Gaga\u200b lit\u202e it \x00 ") == "Gaga lit it"
    assert clean("line one\r\n\r\n  line   two ") == "line one\nline two"


def test_fold_and_inert():
    assert fold("  Beyonc&#233;  KNOWLES ") == "beyonce knowles"
    assert "@everyone" not in inert("hi @everyone and @here")


# -- names: entities, commas, folding, Hangul, everyday words ---------------------------------------------------


def roster_of(*entries: tuple[str, tuple[str, ...]]) -> Roster:
    return Roster(RosterEntry(id=i, guild_id=1, name=n, aliases=a) for i, (n, a) in enumerate(entries, 1))


def test_who_repairs_entities_before_splitting_at_semicolons():
    assert split_names("Beyonc&#233;; Jay-Z") == ["Beyoncé", "Jay-Z"]
    assert split_names("Beyonc&eacute;;Jay-Z, Bj&#xF6;rk") == ["Beyoncé", "Jay-Z", "Björk"]
    r = roster_of(("Beyoncé", ()), ("Jay-Z", ()))
    res = r.resolve("Beyonc&#233;; Jay-Z")
    assert res.people == ("Beyoncé", "Jay-Z") and res.unknown == ()


def test_a_name_typed_with_a_backtick_or_a_curly_apostrophe_is_the_roster_name():
    r = roster_of(("Shay O'Hara", ()))
    # ASCII text and text with an accent are folded on different paths: both unify the apostrophes
    for typed in ("Shay O`Hara", "Shay O’Hara", "SHAY O'HARA", "Shäy O`Hara", "Shäy O‘Hara"):
        assert r.resolve(typed).people == ("Shay O'Hara",), typed


def test_a_roster_name_with_a_comma_is_one_person_in_who():
    r = roster_of(("Tyler, The Creator", ()), ("Earth, Wind & Fire", ("EWF",)), ("Adele", ()), ("Tyler", ()))
    assert r.resolve("Tyler, The Creator").people == ("Tyler, The Creator",)
    assert r.resolve("adele, tyler,the creator; Earth , Wind & Fire").people == (
        "Adele",
        "Tyler, The Creator",
        "Earth, Wind & Fire",
    )
    # the parts alone are still names of their own where the whole is not meant
    assert r.resolve("Tyler, Adele").people == ("Tyler", "Adele")
    res = r.resolve("Tyler, The Band")
    assert res.people == ("Tyler",) and res.unknown == ("The Band",)


def test_a_roster_name_with_a_comma_is_tagged_in_running_text():
    r = roster_of(("Tyler, The Creator", ()), ("Adele", ()))
    assert r.find_in("Tyler, The Creator hugged Adele") == ["Tyler, The Creator", "Adele"]


WHO_ROSTER = roster_of(
    ("Tyler, The Creator", ("Tyler",)),
    ("Earth, Wind & Fire", ("EWF",)),
    ("The Cranberries", ()),
    ("Lady Gaga", ("Gaga",)),
    ("Adele", ()),
    ("Beyoncé", ("Queen Bey",)),
    ("Jay-Z", ()),
    ("Søren Kierkegaard", ()),
)


def test_who_autocomplete_values_read_back_as_the_names_before_plus_the_one_offered():
    r = WHO_ROSTER
    typed = [
        "",
        "Ad",
        "Tyler, The Cr",
        "Tyler, ",
        "Adele, Tyler, The Cr",
        "Adele, The Cr",
        "Earth, W",
        "Earth, Wind & Fire, Ga",
        "Beyonc&#233;; J",
        "gaga; beyonce, sor",
        "Bruno Mars, Ad",
    ]
    for current in typed:
        choices = complete_who(r, current)
        assert choices, current
        for label, value in choices:
            assert label == value and len(value) <= 100
            read = r.resolve(value)
            *before, offered = r.names(value)
            assert offered[1] is not None and value.endswith(offered[1]), (current, value)
            assert read.people[-1] == offered[1], (current, value)
            # the names typed before are read back as they were typed (an unknown name stays unknown)
            assert [n for n, _ in before] == [n for n, _ in r.names(value[: -len(offered[1])])], (current, value)


def test_who_autocomplete_completes_a_comma_name_whole():
    values = [v for _, v in complete_who(WHO_ROSTER, "Adele, Tyler, The Cr")]
    assert values[0] == "Adele, Tyler, The Creator"
    assert WHO_ROSTER.resolve(values[0]).people == ("Adele", "Tyler, The Creator")
    assert "Adele, Tyler, Tyler, The Creator" not in values
    earth = [v for _, v in complete_who(WHO_ROSTER, "Earth, W")]
    assert earth[0] == "Earth, Wind & Fire"
    assert WHO_ROSTER.resolve("Earth, Wind & Fire, Lady Gaga").people == ("Earth, Wind & Fire", "Lady Gaga")
    entity = [v for _, v in complete_who(WHO_ROSTER, "Beyonc&#233;; J")]
    assert entity[0] == "Beyoncé, Jay-Z"
    assert WHO_ROSTER.resolve(entity[0]).people == ("Beyoncé", "Jay-Z")


def test_folding_writes_out_letters_that_are_not_accented_letters():
    pairs = {
        "Søren": "soren",
        "SØREN": "soren",
        "Łódź": "lodz",
        "Đorđe": "dorde",
        "Straße": "strasse",
        "STRAẞE": "strasse",
        "Æsa": "aesa",
        "Œuvre": "oeuvre",
        "Þórunn": "thorunn",
        "Guðrún": "gudrun",
    }
    for written, key in pairs.items():
        assert fold(written) == key, written
    r = roster_of(("Søren Kierkegaard", ("Søren",)), ("Łukasz Łódź", ()), ("Hans Straße", ()))
    assert r.lookup("Soren") == "Søren Kierkegaard"
    assert r.resolve("soren kierkegaard, Lukasz Lodz, Hans Strasse").people == (
        "Søren Kierkegaard",
        "Łukasz Łódź",
        "Hans Straße",
    )
    assert r.find_in("Lukasz Lodz waved at Soren") == ["Łukasz Łódź", "Søren Kierkegaard"]


def test_hangul_names_are_found_inside_running_text():
    r = roster_of(("김연아", ()), ("아이유", ("IU",)))
    # Korean writes the particle straight after the name: "김연아가" is "김연아" + "가"
    assert r.find_in("김연아가 무대 뒤에서 아이유를 안아 주었다") == ["김연아", "아이유"]
    # the same name typed with decomposed letters (as some keyboards send it) is the same name
    assert r.find_in(unicodedata.normalize("NFD", "김연아가 웃었다")) == ["김연아"]
    assert r.find_in("김연경이 웃었다") == []  # another name that starts the same way


EVERYDAY = roster_of(
    ("Will Adams", ("Will",)),
    ("Sky Ferreira", ("Sky",)),
    ("Prince", ()),
    ("May Calamawy", ("May",)),
    ("Lady Gaga", ("Gaga",)),
)


def test_everyday_words_are_recognised_and_names_are_not():
    for word in ("Will", "May", "Echo", "Sky", "Prince", "sky"):
        assert is_everyday_word(word), word
    for name in ("Gaga", "Drake", "Adele", "Will Smith", "Sky Ferreira", "王菲"):
        assert not is_everyday_word(name), name


def test_an_everyday_word_alias_tags_only_where_it_is_capitalised_mid_sentence():
    tagged = {
        "Spotted Will at the bar with Gaga": ["Will Adams", "Lady Gaga"],
        "Gaga waved at Sky and Prince by the bar.": ["Lady Gaga", "Sky Ferreira", "Prince"],
        "Later, May and Will shared a cab": ["May Calamawy", "Will Adams"],
        "It was Mr. Will himself": ["Will Adams"],
    }
    untagged = [
        "Will she sing tonight? Nobody knows.",
        "Gaga said she will sing. Will anyone listen?",
        "The sky over the venue turned pink; may it last",
        '"Sky is the limit" said the host',
        "Prince's guitar is on display in the lobby",
        "WILL THEY SING? THE SKY SAYS MAY",
        "A Night Under The Sky With Will And May",
    ]
    for text, people in tagged.items():
        assert EVERYDAY.find_in(text) == people, text
    for text in untagged:
        assert [p for p in EVERYDAY.find_in(text) if p != "Lady Gaga"] == [], text


def test_a_one_word_alias_in_lower_case_is_a_word_where_the_report_capitalises_names():
    r = Roster(
        RosterEntry(id=i, guild_id=1, name=n, aliases=a)
        for i, (n, a) in enumerate([("Chand Malhotra", ("Chand",)), ("Rohan Mehta", ("Ro",)), ("Adele", ())], 1)
    )
    # "chand" is the moon and "ro" is "cry" here: the report writes Rohan Mehta's name with capitals
    assert r.find_in("Rohan Mehta on stage: jab chand nikla, sab ro rahe the") == ["Rohan Mehta"]
    assert r.find_in("Then Chand walked off with Rohan Mehta") == ["Chand Malhotra", "Rohan Mehta"]
    # a name capitalised at the start says so too: "Ro" opens the text, and "chand" is still the moon
    assert r.find_in("Ro backstage: jab chand nikla") == ["Rohan Mehta"]
    assert r.find_in("Chand walked off with Adele") == ["Chand Malhotra", "Adele"]  # capitalised: a name
    assert r.find_in("Rohan Mehta met adele backstage") == ["Rohan Mehta", "Adele"]  # a roster name, not an alias
    # a report all in lower case says nothing by its capitals: as before, every alias is a name there
    assert r.find_in("saw chand at the bar with adele") == ["Chand Malhotra", "Adele"]
    assert r.find_in("Saw chand at the bar.") == ["Chand Malhotra"]  # only a sentence's opening capital
    assert r.find_in("SAW CHAND AT THE BAR WITH ADELE") == ["Chand Malhotra", "Adele"]


def test_an_everyday_word_in_who_always_names_the_person():
    assert EVERYDAY.resolve("will, sky; PRINCE").people == ("Will Adams", "Sky Ferreira", "Prince")


def test_words_are_the_tokens_with_how_they_were_written():
    samples = [
        "Gaga lit a cigarette for Adele during the break",
        "Beyonc&#233;; Jay-Z & Bj&ouml;rk said: “Will you?” — Mr. Will Smith.\nMay left",
        "王菲在后台。她笑了 김연아가 무대에 ﬁnale ¨umlaut x\u00a0y 👩\u200d🎤 Ze\u0301 '’Ye ½",
        "@everyone [click](https://x.example) <b>Will</b> WILL will",
    ]
    for text in samples:
        assert [w.key for w in words(text)] == tokens(text), text
    ws = words("I saw Will. Will left. Ask Mr. Will")
    assert [(w.surface, w.opens) for w in ws if w.key == "will"] == [("Will", False), ("Will", True), ("Will", False)]


def test_a_name_the_text_denies_is_not_tagged_in_any_language():
    r = roster()
    assert r.find_in("It was Adele at the piano, not Gaga") == ["Adele"]
    assert r.find_in("Adele llegó sola (corrijo: no Jo Calderone)") == ["Adele"]
    assert r.find_in("Adele, pas Gaga, au piano") == ["Adele"]
    assert r.find_in("Not only Gaga but Adele too") == ["Lady Gaga", "Adele"]  # "only" denies nothing
    assert r.find_in("That was not Adele's coat") == ["Adele"]  # the coat is denied, not Adele


def _night_of_many_languages() -> Roster:
    entries = [("Đông Nguyễn", ("Dong",)), ("Mar Vidal", ("Mar",)), ("Sol Ortega", ("Sol",)), ("Will Adams", ("Will",))]
    return Roster(RosterEntry(id=i, guild_id=1, name=n, aliases=a) for i, (n, a) in enumerate(entries, 1))


def test_a_word_of_another_language_in_lower_case_never_tags_the_person_it_spells():
    r = _night_of_many_languages()
    # "đông người": crowded; "al mar": the sea; "el sol": the sun, in notes typed all in lower case
    assert r.find_in("chi hoa khoc qua, dong nguoi vao xem") == []
    assert r.find_in("fuimos al mar con la banda") == []
    assert r.find_in("la banda tocó bajo el sol") == []
    # capitalised mid-sentence they are names, in any language; in English chat all in lower case, as before
    assert r.find_in("Vimos a Mar en el bar con Sol") == ["Mar Vidal", "Sol Ortega"]
    assert r.find_in("chi Hoa va Dong om nhau") == ["Đông Nguyễn"]
    assert r.find_in("saw mar and dong at the bar") == ["Mar Vidal", "Đông Nguyễn"]


def test_an_everyday_word_alias_capitalised_mid_sentence_is_a_name_in_text_in_another_script():
    r = _night_of_many_languages()
    assert r.find_in("ステージでWillが歌った") == ["Will Adams"]
    assert r.find_in("¡Will cantó!") == []  # it opens the sentence: the word, as in English
    assert [w.surface for w in words("ステージでWillが")][-2:] == ["Will", "が"]


def test_an_everyday_nickname_in_an_awards_category_or_in_lower_case_tags_nobody():
    roster = Roster(
        [
            RosterEntry(id=1, guild_id=1, name="Siriporn Anantachai", aliases=("Film",)),
            RosterEntry(id=2, guild_id=1, name="Boonchu Ketsiri", aliases=("Boat",)),
        ]
    )

    assert roster.find_in("Best Film to River Hours!! The director ran out to the pier.") == []
    assert roster.find_in("I only drive the boat. I don't know how to hold this thing.") == []
    assert roster.find_in("Then Boat walked out to the pier.") == ["Boonchu Ketsiri"]


def test_an_everyday_alias_inside_a_title_or_beside_another_name_tags_nobody():
    roster = Roster(
        [
            RosterEntry(id=1, guild_id=1, name="Grace Tolland", aliases=("Grace",)),
            RosterEntry(id=2, guild_id=1, name="Skylar Penn", aliases=("Sky",)),
            RosterEntry(id=3, guild_id=1, name="Willa Strout", aliases=("Will",)),
        ]
    )

    assert roster.find_in("The gospel choir sang Amazing Grace for the lifetime winner.") == []
    assert roster.find_in("He gave a live interview to Sky News on the carpet.") == []
    assert roster.find_in("He quoted Good Will Hunting in his speech.") == []
    assert roster.find_in("I saw Will by the bar.") == ["Willa Strout"]
    assert roster.find_in("Then Grace walked out.") == ["Grace Tolland"]


def _montreal() -> Roster:
    entries = [("Denis Pelletier", ("Denis",)), ("Catherine Roy", ("Catherine",)), ("Aiko Tanaka", ("Tanaka",))]
    return Roster(RosterEntry(id=i, guild_id=1, name=n, aliases=a) for i, (n, a) in enumerate(entries, 1))


def test_a_name_hyphenated_to_a_capitalised_word_is_a_piece_of_another_name():
    r = _montreal()
    assert r.find_in("Lise walked out onto Saint-Denis in her gown") == []
    assert r.find_in("a poutine truck on rue Sainte-Catherine") == []
    assert r.find_in("SHE RAN DOWN SAINT-DENIS") == []
    assert r.find_in("Jean-Denis from catering dropped a tray") == []


def test_a_name_beside_a_hyphenated_street_or_with_a_lower_case_piece_is_still_tagged():
    r = _montreal()
    assert r.find_in("Denis Pelletier hailed a cab on Saint-Denis") == ["Denis Pelletier"]
    assert r.find_in("Tanaka-san bowed to the orchestra") == ["Aiko Tanaka"]
    assert r.find_in("the ex-Catherine fan club booed") == ["Catherine Roy"]


def test_words_know_where_they_are_in_the_text():
    text = "onto Saint-Denis, “Bravo!”"
    assert [(w.surface, text[w.start : w.end]) for w in words(text)] == [
        ("onto", "onto"),
        ("Saint", "Saint"),
        ("Denis", "Denis"),
        ("Bravo", "Bravo"),
    ]


def test_two_names_hyphenated_together_are_both_tagged_and_an_en_dash_is_a_hyphen():
    r = _montreal()
    assert r.find_in("the Denis-Catherine duet closed the show") == ["Denis Pelletier", "Catherine Roy"]
    assert r.find_in("a room at the Porte Saint\u2013Denis hotel") == []

"""One moment across languages: reports of one moment in English, Spanish, Chinese, Polish or Dutch are one
moment, told in English only; a moment that exists only in another language is not told."""

from __future__ import annotations

import re

import pytest

from bot.digest.builder import Night as Clustered
from bot.digest.language import ENGLISH, OTHER_SCRIPT, UNKNOWN, english_line, is_english, language_of, language_words
from bot.digest.night import candidates, prepare
from bot.digest.textutil import alnum_words, fold

from .factory import END, Night, all_ids, every_item, filler, item_with


def moments_of(night: Night) -> dict[int, set[int]]:
    """Sighting id -> the ids of the moment it belongs to."""
    reports, book = prepare(candidates(night.show, night.sightings, END), night.curations, night.roster)
    clustered = Clustered(reports, book)
    return {r.sighting.id: {x.sighting.id for x in clustered.moment(r.index).reports} for r in reports}


def test_one_moment_in_english_chinese_and_spanish_is_one_item_told_in_english_and_credited_to_all():
    night = Night()
    filler(night, 5, votes=2)
    english = night.spot(
        "Teddy Vance snapped a boot heel before her cue and Inés Carvajal handed over her own boots",
        who=["Teddy Vance", "Inés Carvajal"],
        by="Kit",
        at="21:12",
        where="Backstage corridor",
        votes=90,
    )
    chinese = night.spot(
        "泰迪·万斯上台前靴子的鞋跟断了，林巧文跪在地上帮她系鞋带。",
        who=["Teddy Vance", "Lin Qiaowen"],
        by="Wei",
        at="21:14",
        where="Backstage corridor",
        votes=38,
    )
    spanish = night.spot(
        "¡Inés Carvajal se quitó las botas en pleno pasillo y se las dio a la señora Vance!",
        who=["Inés Carvajal", "Lin Qiaowen"],
        by="Rosa",
        at="21:15",
        where="Backstage corridor",
        votes=45,
    )

    digest = night.compile()
    item = item_with(digest, english)

    assert item is item_with(digest, chinese) is item_with(digest, spanish)
    assert item.credit == "Reported by Kit, Wei and Rosa"
    assert "botas" not in item.body and "靴子" not in item.body
    assert item.body.count("boot heel") == 1


def test_a_report_in_another_language_joins_one_english_report_only():
    night = Night()
    coat = night.spot(
        "Calliope Marsh arrived in a white fur coat", who=["Calliope Marsh"], by="Bea", at="19:41", where="Carpet"
    )
    chinese = night.spot("卡莉欧佩到红毯了，白色皮草", who=["Calliope Marsh"], by="Wei", at="19:45", where="Carpet")
    posters = night.spot(
        "Calliope Marsh signing posters at the barrier", who=["Calliope Marsh"], by="Lou", at="19:50", where="Carpet"
    )

    groups = moments_of(night)

    assert groups[coat.id] == {coat.id, chinese.id}  # the nearer English report
    assert groups[posters.id] == {posters.id}  # no chain through the Chinese report


def test_a_report_in_telugu_joins_the_english_report_of_its_moment_and_is_credited():
    """hyderabad_night (round 20): the Telugu report of the green-room blackout song (95 votes), tagged with the
    singer and the man who joined in, was read as English, joined nothing and was credited nowhere."""
    night = Night()
    filler(night, 5, votes=2)
    song = night.spot(
        "Green room dark 2 min. Varsha Kondapalli singing with no mic, everyone's phone torches up, Mani joining in.",
        who=["Varsha Kondapalli", "Mani Kalyan"],
        by="Kiran",
        at="21:12",
        where="Green room",
        votes=140,
    )
    telugu = night.spot(
        "గ్రీన్ రూమ్‌లో కరెంట్ పోయింది. చీకట్లో వర్ష కొండపల్లి గారు మైక్ లేకుండానే పాడటం మొదలుపెట్టారు.",
        who=["Varsha Kondapalli", "Mani Kalyan"],
        by="Lakshmi",
        at="21:15",
        where="గ్రీన్ రూమ్",
        votes=95,
    )

    item = item_with(night.compile(), song)

    assert telugu.id in item.sighting_ids
    assert "Lakshmi" in item.credit
    assert "కరెంట్" not in item.body  # (told in English, never pasted)


def test_a_moment_only_in_another_language_is_not_told():
    night = Night()
    filler(night, 3, votes=2)
    spanish = night.spot(
        "La Carvajal le cantó cumpleaños feliz a Marco, el guardia de la puerta 3. Cumple 60",
        who=["Inés Carvajal"],
        quote="¡Sesenta, Marco! ¡Sesenta!",
        quote_by="Inés Carvajal",
        by="Rosa",
        at="22:40",
        votes=80,
    )

    digest = night.compile(count=3)

    assert spanish.id not in all_ids(digest)
    assert all("cumpleaños" not in item.body for item in every_item(digest))


def test_a_report_in_another_language_is_told_by_its_english_quote():
    night = Night()
    filler(night, 3, votes=2)
    dutch = night.spot(
        "Felix Amadi-Stone terug in de lounge, Yuki's pailletten-hoed nog op z'n hoofd. Staande ovatie van de bar.",
        who=["Felix Amadi-Stone"],
        quote="Rematch. Same stakes. Bring a bigger hat.",
        quote_by="Felix Amadi-Stone",
        by="Sanne",
        at="22:27",
        votes=160,
    )

    item = item_with(night.compile(), dutch)

    assert "Felix Amadi-Stone said: “Rematch. Same stakes. Bring a bigger hat.”" in item.body
    assert "pailletten" not in item.body and "Staande" not in item.body


def test_a_quote_in_another_language_is_quoted_as_written_after_the_english_text():
    night = Night()
    night.spot(
        "Océane Brûlé got her cape caught in the revolving door and went round twice before security stopped it",
        who=["Océane Brûlé"],
        quote="C'est un manège!",
        quote_by="Océane Brûlé",
        votes=40,
    )

    item = night.compile().items[0]

    assert item.body.endswith(
        "revolving door and went round twice before security stopped it. “C'est un manège!” Brûlé said."
    )


def test_the_bonus_is_the_next_story_told_in_english():
    night = Night()
    night.spot("Wren Quill signed a fan's plaster cast", who=["Wren Quill"], by="Amy", at="20:00", votes=30)
    night.spot("Noor Sallow sang to the cloakroom queue", who=["Noor Sallow"], by="Cho", at="20:20", votes=29)
    night.spot(
        "Odile Pellham fixed a runner's zip with a paperclip", who=["Odile Pellham"], by="Dev", at="20:40", votes=28
    )
    night.spot(
        "Caspian Thorne firmó autógrafos para el personal de cocina", who=["Caspian Thorne"], by="Rosa", votes=25
    )
    english = night.spot(
        "Zadie Kovalenko taught the cloakroom staff a card trick",
        who=["Zadie Kovalenko"],
        by="Ben",
        at="21:00",
        votes=5,
    )

    digest = night.compile(count=3)

    assert digest.bonus is not None and digest.bonus.sighting_ids == [english.id]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Teddy Vance snapped a boot heel two minutes before her cue", ENGLISH),
        ("Calliope Marsh pasó frente a la prensa sin parar", "es"),
        ("Felix en Yuki spelen shuffleboard in de VIP-lounge, wie verliest draagt de hoed", "nl"),
        ("Łucja w press roomie: nagroda dla wszystkich, którzy o trzeciej w nocy ćwiczą gamy", "pl"),
        ("卡莉欧佩到红毯了，白色皮草", OTHER_SCRIPT),
        ("POWER CUT.", UNKNOWN),
        ("No power, no problem. I've got eleven percent.", ENGLISH),
        ("A man in a hat sat at the bar", ENGLISH),  # "a", "in" and "at" are function words elsewhere too
        ("in de auto zat een man", "nl"),
        ("Um homem e a mulher", "pt"),
        ("la fille de la reine", "fr"),
        ("Rohan ne stage pe mic gira diya aur sab log hans rahe the yaar", "hi"),
        ("jab chand nikla, sab ro rahe the", "hi"),
        ("Paid the tab.", ENGLISH),  # English words spelt like Hindi ones
        ("Fed the koi.", ENGLISH),
        ("The crew were in the wings and the band were late", ENGLISH),
        ("Rohan dropped the mic and everyone was laughing, kya scene tha", ENGLISH),  # mostly English
        ("रोहन ने मंच पर माइक गिरा दिया", OTHER_SCRIPT),
        # every script English does not use, not a list of the ones met so far (round 20: Telugu and Amharic
        # reports were read as English, so they joined no moment and their correspondents went uncredited)
        ("గ్రీన్ రూమ్‌లో కరెంట్ పోయింది, చీకట్లో పాట మొదలైంది", OTHER_SCRIPT),  # Telugu
        ("ሙሽራው ቀለበቱን በጋፈር ቴፕ ውስጥ ደብቆት ነበር", OTHER_SCRIPT),  # Amharic (Ethiopic)
        ("மேடையில் மைக் விழுந்தது", OTHER_SCRIPT),  # Tamil
        ("মঞ্চে মাইক পড়ে গেল", OTHER_SCRIPT),  # Bengali
        ("სცენაზე მიკროფონი დაეცა", OTHER_SCRIPT),  # Georgian
        ("Բեմի վրա խոսափողը ընկավ", OTHER_SCRIPT),  # Armenian
        # Malay and Indonesian (round 50's Kuala Lumpur, round 29's Jakarta: read as English), and Manglish, English
        ("Datuk Seri Kamal naik atas kerusi dan mula nyanyi, satu dewan ikut nyanyi", "ms"),
        ("Kirana balik ke food court mau foto bareng Mbok Sri dan pialanya", "ms"),
        ("Ten years we never talk. Enough already lah. Take my slippers, I got another pair.", ENGLISH),
        ("Jangan takut! Sing with me, everybody knows this one.", ENGLISH),
    ],
)
def test_the_language_of_a_report_is_told_by_its_script_and_function_words(text, language):
    assert language_of(text) == language


def test_words_are_split_alike_however_the_text_is_written():
    texts = ["c'est l'heure", "rock'n'roll 3rd-row seats", "don't  go__now", "x1y2 'quoted' it's", "Ça va, 王菲?"]
    texts += ["".join(map(chr, range(128))) + " tail's end", "o'clock'", "'' '' a'b'c 9'9"]
    for text in texts:
        folded = fold(text)
        assert alnum_words(text) == re.findall(r"[^\W_]+", text)
        assert language_words(folded) == tuple(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", folded))


def test_the_names_a_report_gives_do_not_make_it_foreign():
    assert is_english("Łucja arrived")  # a capitalised name's letters say nothing
    assert not is_english("Dario De La Cruz arrived")
    assert is_english("Dario De La Cruz arrived", frozenset({"dario", "de", "la", "cruz"}))


def test_a_report_whose_place_is_written_in_its_own_language_joins_the_english_one_naming_the_same_two():
    night = Night()
    filler(night, 3, votes=1)
    french = night.spot(
        "Salle de presse: Imogen Achterberg débarque avec un gros gâteau pour Solenne Marchetti.",
        who=["Imogen Achterberg", "Solenne Marchetti"],
        by="Lucie",
        at="22:02",
        where="Salle de presse",
        votes=20,
    )
    english = night.spot(
        "Imogen Achterberg walked into the press room carrying a sheet cake for Solenne Marchetti.",
        who=["Solenne Marchetti", "Imogen Achterberg"],
        by="Mara",
        at="22:04",
        where="Press room",
        votes=60,
    )
    one_person = night.spot(
        "Imogen Achterberg est dans le hall avec son agent.",
        who=["Imogen Achterberg"],
        by="Lucie",
        at="22:05",
        where="Hall",
        votes=1,
    )
    moments = moments_of(night)
    assert moments[french.id] == {french.id, english.id}
    assert one_person.id not in moments[english.id], "one shared person at another place is another moment"


def test_a_report_in_another_language_filed_the_same_minute_is_the_same_moment_whatever_its_place_says():
    night = Night()
    filler(night, 3, votes=1)
    english = night.spot(
        "Odette Brisbane out through the loading dock at a run, medal in her teeth, straight onto a scooter.",
        who=["Odette Brisbane"],
        by="Nell",
        at="21:10",
        where="Loading dock",
        votes=90,
    )
    french = night.spot(
        "Odette Brisbane vient de passer devant nous en courant, la médaille entre les dents.",
        who=["Odette Brisbane"],
        by="Lucie",
        at="21:10",
        where="Coulisses jardin",  # no word of it tells its language
        votes=30,
    )
    later = night.spot(
        "Odette Brisbane est revenue chercher son manteau.",
        who=["Odette Brisbane"],
        by="Lucie",
        at="21:13",
        where="Vestiaire",
        votes=5,
    )
    moments = moments_of(night)
    assert moments[french.id] == {french.id, english.id}
    assert later.id not in moments[english.id], "minutes later, somewhere else: another moment"
    item = item_with(night.compile(), english)
    assert "Lucie" in item.credit and "Nell" in item.credit
    assert "devant nous" not in item.body


def test_a_report_that_names_an_untagged_person_by_a_hyphenated_surname_joins_their_moment():
    night = Night()
    filler(night, 3, votes=1)
    sprint = night.spot(
        "Odette Brisbane-Kaye sprinted out of the stage door clutching her medal, straight onto a waiting scooter.",
        who=["Odette Brisbane-Kaye"],
        by="Nell",
        at="21:10",
        where="Stage door",
        votes=90,
    )
    chaser = night.spot(
        "her dresser Wes Pollard chasing Brisbane-Kaye to the stage door with the medal box and her scooter helmet",
        who=["Wes Pollard"],  # only the dresser is tagged
        by="Aj",
        at="21:11",
        where="Backstage corridor",
        votes=10,
    )
    assert moments_of(night)[sprint.id] == {sprint.id, chaser.id}


@pytest.mark.parametrize(
    "hindi",
    [
        "Rohan Mehta ne stage pe apna mic gira diya aur phir khud hi utha liya, sab log hans rahe the yaar",
        "रोहन मेहता ने मंच पर अपना माइक गिरा दिया और फिर खुद ही उठा लिया, सब लोग हंस रहे थे",
    ],
)
def test_a_report_in_hinglish_or_devanagari_corroborates_is_credited_and_is_never_printed(hindi):
    night = Night()
    filler(night, 3, votes=2)
    english = night.spot(
        "Rohan Mehta dropped his mic on stage, picked it up himself and took a bow to the whole room",
        who=["Rohan Mehta"],
        by="Kit",
        at="21:12",
        where="Main stage",
        votes=60,
    )
    other = night.spot(hindi, who=["Rohan Mehta"], by="Priya", at="21:13", where="Main stage", votes=70)

    digest = night.compile()
    item = item_with(digest, english)

    assert item is item_with(digest, other)
    assert item.credit == "Reported by Kit and Priya"
    assert "picked it up himself" in item.body
    assert "gira" not in item.body and "गिरा" not in item.body, item.body


def test_a_hinglish_quote_is_quoted_as_written_and_a_hinglish_note_is_not_printed():
    night = Night()
    filler(night, 3, votes=2)
    spot = night.spot(
        "Rohan Mehta ne backstage sab crew ko chai pilayi aur bola ki aaj ki jeet unki hai",
        who=["Rohan Mehta"],
        quote="Yeh trophy tumhari hai, yaar",
        quote_by="Rohan Mehta",
        by="Priya",
        at="22:10",
        votes=120,
    )
    english = night.spot(
        "Rohan Mehta poured tea for the whole crew backstage after his win",
        who=["Rohan Mehta"],
        by="Kit",
        at="22:12",
        votes=10,
    )

    digest = night.compile()
    item = item_with(digest, spot)

    assert item is item_with(digest, english)
    assert "“Yeh trophy tumhari hai, yaar”" in item.body or "“Yeh trophy tumhari hai, yaar,”" in item.body, item.body
    assert "pilayi" not in item.body, item.body


@pytest.mark.parametrize(
    "text",
    [
        "Bà ơi, con thắng rồi",
        "ba oi con thang roi",
        "Chị Hoa khóc khi nhận giải, cả hội trường đứng dậy vỗ tay.",
        "chi hoa khoc khi nhan giai, ca hoi truong dung day vo tay",
        "Anh ấy hát cho mẹ nghe ở hậu trường.",
        "anh ay hat cho me nghe o hau truong, moi nguoi deu khoc",
    ],
)
def test_vietnamese_with_its_marks_or_without_them_is_never_read_as_english(text):
    assert language_of(text) == "vi"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("H giagia eklapse sta paraskinia, ola kala.", "el"),  # Greek in Latin letters
        ("Sy het op die verhoog gehuil en almal het saamgesing.", "af"),
        ("Ugogo ukhale emuva kwesiteji, wonke umuntu wacula.", "zu"),
        ("Nguyễn Thị Hoa cried at the press desk when Trần Đức Nam sang to her.", ENGLISH),
        ("Will Phạm just put his jacket over him, then went back to the bar.", ENGLISH),
    ],
)
def test_the_nights_other_languages_are_read_and_vietnamese_names_say_nothing(text, language):
    assert language_of(text) == language


@pytest.mark.parametrize(
    ("report", "quote"),
    [
        ("Chị Hoa gọi điện cho bà ngoại, khóc khi nhận giải", "Bà ơi, con thắng rồi"),
        ("chi Hoa goi dien cho ba ngoai, khoc khi nhan giai", "Thang roi, ba oi"),  # typed without its marks
    ],
)
def test_a_vietnamese_report_joins_the_english_one_of_its_moment_and_its_quote_is_flagged_to_translate(report, quote):
    night = Night()
    filler(night, 3, votes=1)
    english = night.spot(
        "Nguyễn Thị Hoa phoned her grandmother from the press desk the minute she won Best Actress",
        who=["Nguyễn Thị Hoa"],
        by="Kit",
        at="22:10",
        where="Press room",
        votes=60,
    )
    vietnamese = night.spot(
        report,
        who=["Nguyễn Thị Hoa"],
        quote=quote,
        quote_by="Nguyễn Thị Hoa",
        by="Lan",
        at="22:12",
        where="Phòng báo chí",
        votes=40,
    )

    digest = night.compile()
    item = item_with(digest, english)

    assert item is item_with(digest, vietnamese)
    assert item.credit == "Reported by Kit and Lan"
    assert "gọi điện" not in item.body and "goi dien" not in item.body  # the report is never told as English copy
    assert f"“{quote},” Hoa said." in item.body and item.to_translate == [quote]


@pytest.mark.parametrize(
    ("quote", "english"),
    [
        ("Gracias, loco.", False),  # a short line in another language, with no function word
        ("Merci, maman.", False),
        ("Gracias, Marco.", False),  # its words and a name
        ("Gracias a todos", False),
        ("Ninguém sai daqui triste, hein!", False),  # its first word is no name
        ("Thang roi, ba oi", False),
        ("Beyoncé, Beyoncé!", True),  # only a name: nothing to translate
        ("Nguyễn Thị Hoa!", True),
        ("Omi Ọ̀sán", True),  # a song's title, its letters with their marks
        ("Thank you, abuela!", True),  # an English line with one word of another language
        ("Ciao, darling!", True),
        ("That's how rock stars fall, darling", True),
    ],
)
def test_a_quote_is_flagged_to_translate_when_it_is_said_in_another_language_not_when_it_only_names(quote, english):
    assert english_line(quote) is english


def test_the_preview_flags_a_short_line_in_another_language_and_never_a_name_called_out():
    night = Night()
    filler(night, 3, votes=1)
    thanks = night.spot(
        "Odile Varenne ran down from the stage and gave her award to her mother in the front row",
        who=["Odile Varenne"],
        quote="Merci, maman.",
        quote_by="Odile Varenne",
        votes=90,
    )
    chant = night.spot(
        "Beyoncé walked past the stage door and the whole queue started chanting her name",
        who=["Beyoncé"],
        quote="Beyoncé, Beyoncé!",
        votes=60,
        at="21:40",
    )
    digest = night.compile()

    assert item_with(digest, thanks).to_translate == ["Merci, maman"]  # as printed: "“Merci, maman,” she said"
    assert item_with(digest, chant).to_translate == []


@pytest.mark.parametrize(
    ("notes", "joins"),
    [
        ("hanh lang dong nguoi qua, moi nguoi chen nhau de xem bang xep hang", False),  # "đông người": crowded
        ("anh Dong cho chi usher muon ao khoac, roi mac ao so mi ca dem", True),  # his name, capitalised
    ],
)
def test_a_word_of_another_language_that_spells_a_name_in_lower_case_never_joins_that_persons_moment(notes, joins):
    night = Night()
    filler(night, 3, votes=1)
    jacket = night.spot(
        "Đông Nguyễn gave his velvet jacket to a shivering usher in the corridor",
        who=["Đông Nguyễn"],
        by="Cho",
        at="21:30",
        where="Corridor",
        votes=40,
    )
    vietnamese = night.spot(notes, by="Lan", at="21:33", where="Corridor", votes=22)

    groups = moments_of(night)

    assert (vietnamese.id in groups[jacket.id]) is joins


def test_a_report_quoting_a_line_in_another_language_is_english():
    """The guard's Swahili line quoted inside an English report never makes the report Swahili: its own words say
    what language it is in (`language.narration`), so it may speak for its moment over a colleague's note."""
    night = Night()
    filler(night, 4, votes=1)
    full = night.spot(
        "Stage door: two ushers carried the birthday cake for Imre Solberg through the bag scanner and it beeped. "
        'It was the metal stand under the sponge. The guard, dead serious, to the cake: "Bwana, kuna chuma ndani '
        'ya keki hii." The whole queue lost it.',
        who=["Imre Solberg"],
        votes=90,
        at="21:00",
        quote="Bwana, kuna chuma ndani ya keki hii.",
    )
    night.spot(
        "STAGE DOOR: cake set off scanner. guard frisked the cake.",
        who=["Imre Solberg"],
        by="Kit",
        votes=20,
        at="21:02",
    )
    item = item_with(night.compile(), full)
    assert "metal stand under the sponge" in item.body, item.body
    assert "frisked" not in item.body, item.body


def test_a_story_whose_lead_moment_opens_on_a_report_in_another_language_is_written_and_told():
    """hyderabad_night (round 20): once Telugu reports were read as Telugu, the beard moment (420 votes) opened on
    one filed during the story's earlier beat; the lead's paragraph, told inside that beat's, was looked for one
    place too far and the item was left out as one Backstage could not write."""
    night = Night()
    filler(night, 5, votes=2)
    night.spot(
        "ok so Will is pacing the corridor with the razor in his pocket and Sreenu keeps pretending to sharpen it on "
        "his shoe lol. Best Film in like 10 min",
        who=["Wilson Prabhakar", "Allam Sreenu"],
        by="Mo",
        at="21:55",
        where="Stage right corridor",
        votes=12,
    )
    night.spot(
        "overheard",
        quote="If I lose, the beard stays and I still go to the party.",
        quote_by="Wilson Prabhakar",
        by="An",
        at="21:57",
        votes=30,
    )
    night.spot(
        "'పచ్చి మిరపకాయ' కి ఉత్తమ చిత్రం అవార్డు! విల్సన్ గారు స్టేజ్ మీద నుంచే గడ్డం చూపిస్తూ నవ్వారు.",
        who=["Wilson Prabhakar"],
        by="Lak",
        at="22:02",
        where="ప్రధాన వేదిక",
        votes=40,
    )
    night.spot(
        "విల్సన్ గారి భార్య నందిని గారు ప్రెస్ రూమ్‌కి వచ్చారు, చేతిలో ఫోన్ కెమెరా రెడీగా ఉంది.",
        who=["Nandini Sunkara"],
        by="Lak",
        at="22:04",
        where="ప్రెస్ రూమ్",
        votes=10,
    )
    night.spot(
        "Press room mein bheed, aadhe log sirf Will ki daadhi dekhne aaye hain",
        who=["Wilson Prabhakar"],
        by="Ra",
        at="22:06",
        where="Press room",
        votes=20,
    )
    lead = night.spot(
        "Wilson Prabhakar kept his promise. In the press room Allam Sreenu shaved off the left half of his beard "
        "with a barber's kit, until Wilson's wife, Nandini Sunkara, stopped them so the family could photograph "
        "the half-and-half face.",
        who=["Wilson Prabhakar", "Allam Sreenu", "Nandini Sunkara"],
        by="Ses",
        at="22:08",
        where="Press room",
        quote="Half now for the film, half tomorrow for my mother-in-law.",
        quote_by="Wilson Prabhakar",
        votes=300,
    )
    night.spot(
        "PRESS RM: Will half-shaved. Sreenu w/ razor, Nandini stops him mid-chin. Crowd of 40.",
        who=["Wilson Prabhakar", "Allam Sreenu", "Nandini Sunkara"],
        by="Kir",
        at="22:10",
        where="Press room",
        votes=120,
    )

    digest = night.compile()

    assert [x.reason for x in digest.left_out if lead.id in x.sighting_ids] == []
    assert "left half of his beard" in item_with(digest, lead).body

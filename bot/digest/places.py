"""Where a report was filed, whatever language the correspondent wrote it in: "Salle de presse", "Sala stampa",
"プレス階段" and "Press room" / "Press stairs" name places by the same few things (a room, the press, stairs,
the stage…). Each place is read as the set of those things it names (`kinds`); two places are the same when
each names a thing and neither names one the other does not (`same_place`), different when they name things
and share none (`other_place`), and otherwise nothing can be told (a word no list knows, "Salon Marlowe").

The lists are small and deliberate: words a venue's places are named with, in English and in the languages
correspondents file in (`language`; Turkish and Swahili too), folded (no accents, lower case); words in CJK
scripts and Hangul are found inside the place's text (they are not separated by spaces).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .language import foreign_place
from .textutil import fold, squash, wordset

# a place phrase's opening as a note writes it before a colon ("In the press room:", "Back at the bar:"), its
# preposition first (`beats._label` leaves such a label to `narration`, which tells it as the caption's place)
PLACE_PHRASE_OPENING = (
    r"(?:(?:Back|Out|Up|Down|Over) )?(?:[Ii]n|[Aa]t|[Oo]n|[Bb]y|[Oo]utside|[Ii]nside|[Bb]ehind|[Nn]ear|[Bb]ack)"
)

# a thing a place is named by -> the words naming it: in Latin letters (English first, folded), in other scripts
_KINDS: dict[str, tuple[str, str]] = {
    "stage": (
        "stage stages onstage stg scene palco palcoscenico escenario buhne podium estrade tarima sahne sahnede sahneye "
        "jukwaa jukwaani scena scenei szinpad szinpadon scenen hovedscenen",
        "舞台 무대 스테이지 ステージ сцен сахна სცენ במה மேடை",
    ),
    "backstage": (
        "backstage hinterbuhne bakscenen",
        "舞台裏 后台 後台 무대뒤 백스테이지 сахна_сырты за_сценой קלעים பின்மேடை",
    ),
    "wings": ("wings wing takaras sidescenen", ""),
    # the word of many languages for the wings that also says backstage ("culise", "за кулисами", "舞台袖"):
    # the same place as either (`same_place`)
    "coulisses": (
        "coulisse coulisses coulissen quinte quinta quintas bastidor bastidores kulis kuliste kulisler culise culisele",
        "舞台袖 кулис куліс закулис კულის",
    ),
    "press": (
        "press media presse stampa prensa imprensa pers persruimte perszaal perskamer prasa prasowa prasowej prasowym "
        "prasowe presei presa sajto",
        "記者 プレス メディア 媒体 记者 新闻 기자 프레스 미디어 пресс პრეს עיתונות ஊடக",
    ),
    "room": (
        "room rm rummet salle sala sali saal raum zaal kamer ruimte oda odasi odada chumba chumbani",
        "室 ルーム 间 房 厅 룸 실 комнат кімнат ოთახ חדר அறை",
    ),
    "stairs": (
        "stairs staircase stair steps escalier escaliers scala scale scalinata escalera escaleras escada treppe "
        "schody merdiven merdiveni merdivenler ngazi ngazini scara scari scarile lepcso lepcson lepcsohaz laiptai "
        "laiptu laiptuose",
        "階段 楼梯 계단 лестниц сходи баспалдақ კიბე מדרגות படிக்கட்டு",
    ),
    "bar": ("bar bars bancone barra theke bufe", "바 バー 酒吧 бар ბარ בר"),
    "kitchen": (
        "kitchen kitchens cuisine cucina cocina cozinha kuche keuken kuchnia mutfak mutfakta mutfagi jikoni jiko",
        "厨房 キッチン 調理場 주방",
    ),
    "foyer": (
        "foyer lobby vestibule atrio ingresso vestibulo lobi fuaye foaier foaierul elocsarnok",
        "大厅 ロビー 로비 ホール фойе фоє лобби ფოიე לובי",
    ),
    "carpet": (
        "carpet tapis alfombra tappeto teppich tapete hali halida zulia covor covorul szonyeg",
        "카펫 カーペット 红毯 紅毯 レッドカーペット 레드카펫 дорожк ковр ხალიჩა שטיח கம்பளம்",
    ),
    "door": (
        "door doors entrance porte portes entree porta puerta entrada tur eingang ingang deur kapi kapisi kapida "
        "giris mlango mlangoni lango langoni intrare intrarea bejarat ajto",
        "扉 ドア 入口 门 門 문 입구 вход вхід შესასვლელ כניסה வாசல்",
    ),
    "dressing": (
        "dressing loge loges camerino camerini camarim garderobe kleedkamer kabin kabini",
        "楽屋 化妆间 분장실",
    ),
    "makeup": ("makeup maquillage trucco maquillaje maquiagem machiaj smink", "гример грим איפור ஒப்பனை"),
    "lounge": ("lounge salon salotto", "라운지 ラウンジ 休息室"),
    "corridor": (
        "corridor hallway couloir corridoio pasillo corredor flur gang korytarz koridor koridorda korido korridor "
        "korridoren coridor coridorul hol holul folyoso folyosot",
        "廊下 走廊 복도 коридор дәліз დერეფან מסדרון நடைபாதை",
    ),
    # the seats the audience watches from ("Stalls", "Parterre", "зал, 6-й ряд"): never a corridor nor a kitchen
    "auditorium": ("auditorium stalls parterre platea parkett", "зал зала залі 客席 観客席 观众席 관객석"),
    "exit": ("exit sortie uscita salida saida ausgang uitgang cikis", "出口 출구"),
    "street": (
        "street lane avenue boulevard rue via calle rua strasse straat ulica sokak sokakta cadde barabara mtaa triq",
        "通り 街 거리",
    ),
    "garden": ("garden jardin giardino garten tuin ogrod bahce bahcede bustani", "庭 花园 정원"),
    "terrace": ("terrace terrasse terrazza terraza terraco teras terasta terasa terasoje", "테라스 テラス 露台"),
    # (Lithuanian "kiemas", Polish "dziedziniec", Croatian/Serbian "dvorište", German "Innenhof", Turkish "avlu")
    "courtyard": (
        "courtyard courtyards cour cortile patio innenhof hof kiemas kiemo kieme dziedziniec dvoriste dvorisce avlu "
        "avluda binnenhof",
        "中庭 庭院 안뜰 ეზო",
    ),
    "fountain": ("fountain fountains fontaine fontana fuente fonte brunnen fontein fontanna", "噴水 喷泉 분수"),
    "balcony": ("balcony balcon balcone balkon", "발코니 バルコニー 阳台"),
    "roof": ("roof rooftop toit tetto techo dach dak cati paa", "屋上 屋顶 옥상"),
    "cloakroom": (
        "cloakroom vestiaire guardaroba guardarropa vestiyer garderoba ruhatar bengaleiro chapelaria",
        "衣帽间 クローク гардероб",
    ),
    "toilet": (
        "toilet toilets bathroom bathrooms restroom restrooms loo toilettes bagno bano aseos wc tuvalet choo vyoo",
        "トイレ 洗手间 厕所 화장실",
    ),
    "lift": (
        "lift lifts elevator elevators ascenseur ascensore ascensor elevador elevadores aufzug lift asansor asansorde "
        "lifti",
        "エレベーター 电梯 엘리베이터",
    ),
    "parking": (
        "parking carpark car park parcheggio aparcamiento estacionamiento parkplatz otopark maegesho parcare",
        "駐車場 停车场 주차장 парковк கார் நிறுத்தம்",
    ),
    "table": ("table tables tavolo tavola mesa tisch tafel masa masada meza mezani", "テーブル 桌 테이블"),
    "pit": ("pit fosse buca foso graben", "ピット 乐池"),
    "photo": ("photo photocall photos foto fotos", "写真 フォト 포토"),
    "main": ("main principale principal haupt", "메인 メイン 主"),
    "green": ("green grn grona", "зелен ירוק பச்சை"),
    "loading": ("loading dock chargement carico carga rampa rampie", "搬入"),
    "jetty": (
        "jetty pier pontile molo quai ponton muelle embarcadero steiger steg brygga bryggan pomost iskele iskelede "
        "iskelesi gati",
        "桟橋 码头 부두",
    ),
    "beach": ("beach spiaggia plage playa praia strand", "ビーチ 海滩 해변"),
    "pool": ("pool poolside piscina piscine schwimmbad zwembad basen", "プール 泳池 수영장"),
    "dinner": ("dinner diner cena abendessen", "晚宴 ディナー 디너"),
    "party": ("party afterparty fete festa fiesta parti sherehe", "パーティー 派对 파티"),
    "smoking": ("smoking fumoir fumoar fumatori fumadores raucher sigara kuvuta", "喫煙 吸烟 흡연"),
}
_LATIN: dict[str, str] = {}  # a folded Latin word -> its thing
_SCRIPT: dict[str, str] = {}  # a word in a script without spaces -> its thing
for _kind, (_latin, _script) in _KINDS.items():
    for _word in f"{_latin} {_script}".split():  # ("за_сценой": words of a script read as one phrase)
        (_LATIN if _word.isascii() else _SCRIPT).setdefault(
            fold(_word.replace("_", " ")), _kind
        )  # (as folded places read)
_SCRIPT_WORDS = re.compile("|".join(sorted(map(re.escape, _SCRIPT), key=len, reverse=True)))
_WORD = re.compile(r"[a-z0-9]+")
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")  # kana, CJK, Hangul
_HEBREW_PREFIX = re.compile(r"(?:^|[^\w])[בהלמוכש]{1,2}$")  # "בבר": in the bar; "הבמה": the stage
_ENDING = 2  # letters a short word of a spaced script may take after it ("баре": in the bar; never "барабан")


def _whole(m: re.Match[str]) -> bool:
    """Whether a word of a script found in a place's name is that word: inside the text of a script written
    without spaces anywhere; in one written with spaces (Cyrillic, Hebrew, Georgian, Tamil) at the start of a word
    (after Hebrew's one-letter prefixes) and, when it is three letters or fewer, with at most two more letters after
    it ("בר" is not "עבר", "бар" not "барабан")."""
    word, text = m.group(), m.string
    if _SPACELESS.match(word):
        return True
    before = text[: m.start()]
    if before and before[-1].isalnum() and not _HEBREW_PREFIX.search(before):
        return False
    if len(word) > 3:
        return True
    rest = re.match(r"\w*", text[m.end() :])
    return rest is None or len(rest.group()) <= _ENDING


# ("Színpad mögött", "Gang achter het podium": backstage, not the stage)
_BEHIND = re.compile(
    r"\b(?:behind the stage|szinpad mogott|achter het podium|hinter der buhne|dietro il palco|detras del escenario|"
    r"derriere la scene|atras do palco)\b"
)
# "stage left", "stage-right" beside the wings: the side they are on ("Wings, stage left" is the wings, as "Quinte,
# lato sinistro" is), never the stage itself
_STAGE_SIDE = re.compile(r"\bstage[ -](?:left|right)\b")
_NUMBER = re.compile(r"\d+")
# "côté jardin", "côté cour": the stage's left and right sides, never a garden nor a courtyard
_SIDE = re.compile(r"\b(cote|coulisses?)\s+(?:jardin|cour)\b")


@lru_cache(maxsize=2048)
def kinds(where: str) -> frozenset[str]:
    """The things a place's name names ("Escalier de la presse" -> stairs, press), in any language the lists
    know; empty when it names none of them."""
    folded = _SIDE.sub(r"\1", _BEHIND.sub(" backstage ", fold(where)))
    if "wings" in folded:  # ("Wings, stage left": the wings, the side they are on)
        folded = _STAGE_SIDE.sub(" ", folded)
    found = {_LATIN[w] for w in _WORD.findall(folded) if w in _LATIN}
    if not folded.isascii():
        found.update(_SCRIPT[m.group()] for m in _SCRIPT_WORDS.finditer(folded) if _whole(m))
    return frozenset(found)


@lru_cache(maxsize=4096)  # (a night names a few dozen places: every pair of them is worked out once)
def same_place(a: str, b: str) -> bool:
    """Two places' names name the same things ("Salle de presse" and "Press room", "舞台" and "Main stage": the
    thing the lists know in "Main" or "room" aside when the other does not say it: "Makeup" is the makeup room), and
    at least one; or one names the other by its own name, written whole ("Old Mint Street" and "Stage door, Old Mint
    Street": `_named_within`)."""
    ka, kb = kinds(a), kinds(b)
    if _numbers(a) != _numbers(b):  # "Table 4" is not "Table 12"
        return False
    if _named_within(a, b):
        return True
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    core_a, core_b = _as_said_in(ka - _SAID_BESIDE, kb), _as_said_in(kb - _SAID_BESIDE, ka)
    return bool(core_a) and core_a == core_b


_NAME_WORDS = 2  # words of a place's own name, at least, for it to say the place whole ("Old Mint Street")


def _named_within(a: str, b: str) -> bool:
    """Whether the shorter of two places' names is written whole in the other and is a name of its own, of a kind of
    place: two words or more, one of them a thing the lists know and one not ("Old Mint Street" in "Stage door, Old
    Mint Street"; never "Main stage" in "Main stage wings", nothing but things, nor "the Drover" in "the Drover, front
    bar", a venue's name)."""
    wa, wb = _WORD.findall(fold(a)), _WORD.findall(fold(b))
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if _one_proper_part(a, b) or _one_proper_part(b, a):
        return True
    if len(short) < _NAME_WORDS or not any(w.isalpha() and w not in _LATIN and w not in _ARTICLES for w in short):
        return False
    if not any(w in _LATIN for w in short):
        return False  # ("the Drover" in "the Drover, front bar": the venue's name, never one spot in it)
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


_PROPER_LETTERS = 6  # a one-word place's own name this long at least ("Ljubljanica"; never "Bar")


def _one_proper_part(a: str, b: str) -> bool:
    """Whether `a` is one word that names no kind of place the lists know, a name of its own, and `b` gives it whole
    as one of its parts after a comma ("Ljubljanica" and "River steps, Ljubljanica", round 46)."""
    word = a.strip()
    if " " in word or len(word) < _PROPER_LETTERS or not word.isalpha() or kinds(word):
        return False
    return any(fold(part.strip()) == fold(word) for part in b.split(",")[1:])


_ARTICLES = frozenset({"the", "a", "an", "of", "la", "le", "il", "el", "de", "di", "del", "du", "der", "die", "das"})
_SAID_BESIDE = frozenset({"main", "room"})  # things a place's name may say or leave out ("Main stage", "Makeup room")
_BEHIND_SCENES = frozenset({"wings", "backstage"})  # what "coulisses" says, either one


def _as_said_in(found: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """The things a place names, "coulisses" read as the wings or backstage, whichever the other place says
    ("Culise" and "The wings", "Culise" and "Backstage")."""
    if "coulisses" not in found or not (said := other & _BEHIND_SCENES):
        return found
    return (found - {"coulisses"}) | said


def _numbers(where: str) -> frozenset[str]:
    return frozenset(_NUMBER.findall(where))


_BROAD = frozenset({"backstage", "wings", "coulisses", "stage", "main"})  # where half a night's moments happen


def broad(where: str) -> bool:
    """A place that names no spot, only the stage or backstage ("Wings", "Coulisses", "Main stage"): two reports filed
    from it share no more than the building."""
    return kinds(where) <= _BROAD


def within(a: str, b: str) -> bool:
    """One place's name names only things the other's names too ("Corridor" and "Backstage corridor"): the one place,
    said shorter."""
    ka, kb = kinds(a), kinds(b)
    if not ka or not kb or _numbers(a) != _numbers(b):
        return False
    smaller = ka if ka <= kb else kb if kb <= ka else None
    return smaller is not None and (ka == kb or not smaller <= _BROAD)  # ("Wings" is not the stage-left stairs)


def other_place(a: str, b: str) -> bool:
    """Two places' names both name things, and none in common ("Kitchen" and "Palco"): different places."""
    ka, kb = _with_backstage(kinds(a)), _with_backstage(kinds(b))
    return bool(ka) and bool(kb) and ka.isdisjoint(kb)


def _with_backstage(found: frozenset[str]) -> frozenset[str]:
    """The things a place names, the wings with what they are part of ("Wings, stage left" is no other place than
    "Coulisses": it may be the same, said closer), and the artists' rooms with one another (Ukrainian and Russian
    call the green room "гримерка", the make-up room: round 46's Kyiv)."""
    if found & _ARTISTS_ROOMS:
        found = found | _ARTISTS_ROOMS
    return found | _BEHIND_SCENES | {"coulisses"} if found & {"wings", "coulisses"} else found


_ARTISTS_ROOMS = frozenset({"green", "dressing", "makeup"})


_ON = wordset("carpet stage terrace dock roof balcony steps stairs staircase street floor deck platform")
_AT = wordset("door bar barrier desk entrance gate check queue counter table booth")
# the last word of a label that names a place ("Press room:", "Side entrance:", "Cloakroom queue,")
PLACE_WORDS = (
    _ON
    | _AT
    | wordset(
        "room hall lounge corridor wings lobby bay kitchen cupboard stairwell hallway foyer gallery cloakroom toilets "
        "bathroom loo garden courtyard tent alley car park yard backstage"
    )
)


# the words of `_KINDS` an English article prints as they are, and the English for a place named by one word of
# another language's (the kind's own name, where it is no English place: "dressing" is a dressing room)
_ENGLISH_PLACES = PLACE_WORDS | wordset(
    """
    stage stages onstage wings wing press media stairs staircase stair bars kitchens vestibule doors dressing
    salon exit garden rooftop toilet restroom restrooms lift lifts elevator elevators parking carpark pit photo
    photocall photos main green loading jetty pier beach pool poolside dinner party afterparty smoking auditorium
    stalls
    """
)
_IN_ENGLISH = {"dressing": "dressing room", "loading": "loading dock", "smoking": "smoking area", "press": "press room"}
_IN_ENGLISH |= {"parking": "car park", "photo": "photocall", "toilet": "toilets", "main": "", "green": ""}
_IN_ENGLISH |= {"makeup": "makeup room", "coulisses": "backstage"}


def _in_english(words: list[str]) -> str | None:
    """A place named in one word of another language the lists know ("Mutfak", "Iskele"), in English ("kitchen",
    "jetty"; "" when there is no English for it); None for any other place (it is printed as written)."""
    if len(words) != 1:
        return None
    word = fold(words[0])
    kind = _LATIN.get(word)
    if kind is None or word in _ENGLISH_PLACES:
        return None
    return _IN_ENGLISH.get(kind, kind)


_LABELLED = re.compile(r"^(?:[A-Z]|\d+[A-Za-z]?)$")  # the letter or number naming one of many ("C", "4", "12b")


def _singular(word: str, known: frozenset[str]) -> str:
    """A folded place word as `known` lists it: itself when listed, else without a plural "s" ("barriers": "barrier",
    "wings" stays "wings" when listed). The one plural step of `place_phrase` and `_place_word`."""
    return word if word in known or not word.endswith("s") else word[:-1]


def _place_word(word: str) -> bool:
    return _singular(fold(word), PLACE_WORDS) in PLACE_WORDS


_STREET_WORDS = {"st": "Street", "street": "Street", "ave": "Avenue", "avenue": "Avenue", "rd": "Road", "road": "Road"}
_STREET_WORDS |= {"blvd": "Boulevard", "boulevard": "Boulevard", "ln": "Lane", "lane": "Lane"}
_POINTS = {"n": "North", "s": "South", "e": "East", "w": "West"}


def _street(words: list[str]) -> str | None:
    """A street's name as the article writes where something happened on it ("N. Rampart St" → "on North Rampart
    Street", "Peel Street" → "on Peel Street": a proper name, no "the", its abbreviations written out); None when
    the words name no street (each capitalised, the last a street's)."""
    if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    kind = _STREET_WORDS.get(fold(words[-1]).rstrip("."))
    if kind is None:
        return None
    named = [_POINTS.get(fold(words[0]).rstrip("."), words[0]) if len(words) > 2 else words[0], *words[1:-1], kind]
    return f"on {' '.join(named)}"


def place_phrase(where: str) -> str:
    """A report's `where` as a phrase for the article: "in the VIP lounge", "on the red carpet", "at the
    stage door" ("" when it gives none, or gives it in another language: "Salle de presse" is not printed
    untranslated in an English article); of a place given in parts, the part that is a place ("Av. Corrientes,
    barriers" → "at the barriers")."""
    if ", " in where:  # "Av. Corrientes, barriers", "Stage door, Av. Corrientes": the part that is a place
        parts = [p for p in where.split(", ") if p.strip()]
        where = next((p for p in parts if _place_word(p.split()[-1])), parts[0] if parts else "")
    words = squash(where).split()
    if not words or foreign_place(where):
        return ""
    street = _street(words)
    if street is not None:
        return street
    translated = _in_english(words)
    if translated is not None:  # "Mutfak", "Jikoni": the kitchen, never "in the mutfak"
        return place_phrase(translated) if translated else ""
    if words[0][1:].islower():
        words[0] = words[0].lower()
    if words[0].lower() == "the":
        words = words[1:]
    if [fold(w) for w in words] == ["backstage"]:
        return "backstage"  # (never "in the backstage")
    if len(words) > 1 and _LABELLED.match(words[-1]):  # "Stairwell C", "Gate 4": a named place, no "the"
        words[0] = words[0][:1].upper() + words[0][1:]
        head = fold(words[0])
        return f"{'on' if head in _ON else 'at' if head in _AT else 'in'} {' '.join(words)}"
    last = _singular(fold(words[-1]), _ON | _AT) if words else ""  # ("at the barriers")
    preposition = "on" if last in _ON else "at" if last in _AT else "in"
    return f"{preposition} the {' '.join(words)}"

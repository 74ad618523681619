"""The things a moment is about, named alike in the languages of a night (issue 11, round 43).

Two reports of one moment in two languages share no content word when they name its things each in its own tongue:
"winners' envelopes out into Old Mint St." and "le buste dei vincitori volate in strada" tell one gust of sirocco at
one stage door, eight minutes apart, tagged with different people. Words written alike are `matching.untranslated`'s
("sirocco" and "scirocco" are not alike); this is the short list of the things awards-night moments turn on (an
envelope, a trophy, a ring, a shoe, a cake, the stairs, the wind …), each in the Latin-script languages our
correspondents file in (English, French, Spanish, Italian, Portuguese, German, Dutch, Polish, Turkish, Maltese,
Swahili), so that such reports have their things in common (`thing_of`). The place a report was filed from has its
own list: `places._KINDS`. Nothing here is printed: a thing's key only says two reports speak of the same thing.
"""

from __future__ import annotations

from .lexicon import stem
from .textutil import fold

# a thing -> its words (folded to plain letters, singular and plural); a word that is also an everyday English word
# ("trap", Dutch for stairs; "cane", Italian for dog) or a common function word ("sobre", Spanish for "about") is left
# out
_THINGS: dict[str, str] = {
    "envelope": (
        "envelope envelopes enveloppe enveloppes busta buste umschlag umschlage briefumschlag envelop "
        "enveloppen koperta koperty zarf zarfi zarflar envelopp envelopps bahasha"
    ),
    "trophy": (
        "trophy trophies statuette statuettes trophee trophees trofeo trofei statuetta trofeos estatuilla "
        "estatuillas trofeu trofeus estatueta estatuetas pokal trofee trofeeen beeldje statuetka statuetki "
        "trofeum kupa heykelcik trofew kombe"
    ),
    "ring": (
        "ring rings bague bagues anneau anello anelli anillo anillos sortija anel aneis verlovingsring "
        "pierscionek yuzuk yuzugu curkett"
    ),
    "shoe": (
        "shoe shoes chaussure chaussures soulier souliers scarpa scarpe zapato zapatos sapato sapatos schuh "
        "schuhe schoen schoenen buty ayakkabi ayakkabisi zarbun zraben kiatu viatu"
    ),
    "heel": ("heel heels talon talons tacco tacchi tacon tacones absatz absatze obcas obcasy topuk takkuna"),
    "dress": (
        "dress dresses gown gowns abito abiti vestito vestiti vestido vestidos kleid kleider jurk jurken "
        "sukienka suknia elbise elbisesi libsa"
    ),
    "cake": ("cake cakes gateau gateaux torta torte tarta tartas kuchen taart ciasto tort keki kejk"),
    "phone": (
        "phone phones telephone telephones telefono telefoni telefone telefon telefoon cellulare celular "
        "movil telefonu simu mobajl"
    ),
    "stairs": (
        "stairs staircase stairwell escalier escaliers scala scalinata escalera escaleras escada escadas "
        "treppe treppen schody merdiven merdivenler tarag ngazi"
    ),
    "horse": (
        "horse horses cheval chevaux cavallo cavalli caballo caballos cavalo cavalos pferd pferde paard "
        "paarden konie ziemel zwiemel farasi"
    ),
    "carriage": (
        "carriage carriages caleche fiacre carrozza carrozze calesse carruaje carroza kutsche kutschen koets "
        "dorozka fayton karozzin karozzini"
    ),
    "driver": (
        "coachman cabbie cabby cocher vetturino cocchiere cochero kutscher koetsier woznica arabaci karozzinier"
    ),
    "wind": (
        "wind winds gust gusts gale sirocco scirocco siroco mistral rafale rafales vento raffica raffiche "
        "viento rafaga rafagas rajada windboe windstoss wiatr poryw ruzgar lodos poyraz rih xlokk upepo"
    ),
    "rain": (
        "rain downpour pluie averse pioggia acquazzone lluvia aguacero chuva regen regenbui deszcz ulewa "
        "yagmur xita mvua"
    ),
    "flowers": (
        "bouquet bouquets flowers fleurs mazzo fiori ramo flores ramalhete blumen strauss bloemen boeket "
        "kwiaty bukiet cicek cicekler fjuri bukkett maua"
    ),
    "champagne": ("champagne prosecco cava spumante sekt szampan sampanya xampanja"),
    "microphone": ("microphone microphones mic mics micro microfono microfone mikrofon mikrofoon mikrofonu"),
    "umbrella": (
        "umbrella umbrellas parapluie ombrello ombrelli paraguas regenschirm paraplu parasolka semsiye umbrelel mwavuli"
    ),
    "hat": ("hat hats chapeau chapeaux cappello cappelli sombrero sombreros chapeu hoed kapelusz sapka kappell kofia"),
    "dog": ("dog dogs chien chiens perro perros cao hund hunde hond honden kopek kelb mbwa"),
}
_KEY: dict[str, str] = {}  # a word as a report's tokens write it (`night.features`: folded, `stem`med) -> its thing
for _thing, _words in _THINGS.items():
    for _word in _words.split():
        _KEY.setdefault(stem(fold(_word)), "#" + _thing)


def thing_of(token: str) -> str | None:
    """The thing a report's token names (`"#envelope"` for "buste", "envelop", "koperty"), or None when it names
    none of the list's."""
    return _KEY.get(token)

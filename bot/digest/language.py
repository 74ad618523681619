"""Which language a correspondent wrote in, cheaply and deterministically: is this report English?

The article is written in English. A report in another language can make a moment stronger (it corroborates and is
credited) but its words are never printed. The test is deliberately small: the script (CJK, Hangul, Cyrillic, Greek,
Arabic, Hebrew, Devanagari, Thai… are not English), then, for Latin script, how many of the text's words are
function words of English and of each of a few languages correspondents write in (Spanish, Dutch, Polish, French,
German, Portuguese, Italian, the Scandinavian languages, Welsh, Irish, Afrikaans, isiZulu, Vietnamese, and Hindi,
Urdu and Greek written in Latin letters), with letters and marks that only those languages use (ł, ñ, ¿, ß, ơ, ắ…)
as a tie-breaker: Vietnamese is read with its marks or typed without them ("Bà ơi, con thắng rồi", "ba oi con thang
roi"). Chat that mixes English words with another language's (`CODE_SWITCHED`: Nigerian Pidgin, Taglish, Arabizi,
Swahili and Sheng, Turkish) is that language as soon as two of its words appear, however many English words it has
("Dem dey chop", "she cried talaga, sobrang saya niya", "wla yalla"); the prose gate also counts Pidgin's "don
settle", "no be" and "cold cold" and Arabizi's digits for letters ("3ndha", "5alas"). A text with no telling word at
all ("POWER CUT.", "Soaked.") counts as English: it is judged by what it says, not by what it lacks. `english_line`:
whether a quote may head an English digest (read as English, no word of pidgin), which the quote headlines and the
headline gate ask alike.
"""

from __future__ import annotations

import re

from bot.text import words

from .quoted import TITLE_QUOTED
from .textutil import MARKS, fold, wordset

ENGLISH = "en"
UNKNOWN = "und"  # no telling word: read as English
OTHER_SCRIPT = "other"
ENGLISH_LIKE = frozenset({ENGLISH, UNKNOWN})  # what the English article may print

# a word, with its apostrophe ("c'est", "z'n") and its combining marks ("Adéọ̀la" is one word, never "Adéọ" and "la")
_LETTERS = rf"[^\W\d_]+(?:[{MARKS}]+[^\W\d_]*)*"  # (letters first: a word without a mark is read at full speed)
LANGUAGE_WORD = re.compile(rf"{_LETTERS}(?:['’]{_LETTERS})?")
# every ASCII character but a letter and the apostrophe, as a space (`language_words`' split of ASCII text; a
# table for `bytes.translate`, as `textutil.alnum_words` has)
_NOT_LETTER = bytes(b if chr(b).isalpha() or b == 39 else 32 for b in range(128)) + bytes(range(128, 256))
# distinctive function words, lower case; a word several languages share counts for each of them
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": wordset(
        """
        the a an and of to in is was were are with for on at her his their she he they it this that just from
        by who has had have be been not but so up out off into after before over all one still back says said
        because when what as about every than then only now my your our me i we you its there here got get did
        do does don't can't won't it's she's he's i'm they're what's while through again anyway very no i've i'd
        i'll you're we're let's that's there's isn't wasn't didn't doesn't couldn't wouldn't
        """
    ),
    "es": wordset(
        """
        el la los las un una unos unas y de del en con por para que se su sus al lo le les es está están son muy
        pero como más ya sin también esta este hay fue ella él ellos nos todo todos sí otra otro vez dijo dice
        cuando donde porque sobre entre hasta desde nada mientras aquí ahora después antes le mi tu
        yo vos te tuya tuyo mía mío usted ustedes nosotros vosotros mis alguien nadie algo
        """
    ),
    "nl": wordset(
        """
        de het een en van op met voor aan bij niet ook maar nog al zijn werd wie wat dat die deze dit er naar om
        te uit zij hij ze we je z'n heeft hebben geen wel net nu toch even echt ja alleen meteen komt staat gaat
        nog hele zich mee
        """
    ),
    "pl": wordset(
        """
        i w na z ze do się nie to jak że po o od jest są był była było dla za przez jej jego ich ale już tylko
        bardzo tak także też gdy kiedy które który która potem wszyscy wszystkich jeszcze tego tej tym ten jako
        oraz bez przed pod nad mnie mi teraz właśnie
        """
    ),
    "fr": wordset(
        """
        le la les un une des du de et en est c'est dans pour pas que qui sur au aux avec ce cette il elle ils
        elles je tu nous vous mon ma mes son sa ses comme mais ou plus très tout
        """
    ),
    "de": wordset(
        """
        der die das und ist nicht ein eine mit auf für von zu im dem den des sich auch es sie er ich wir ihr
        aber noch nur wie war bei aus nach wird sind
        """
    ),
    "pt": wordset(
        """
        o os a as um uma e do da dos das em no na nos nas com por para que não se é ao mais mas muito ela ele
        pra tudo né também então
        """
    ),
    # Italian: its articles, prepositions with them ("dal palco", "nella"), auxiliaries and pronouns ("ha messo",
    # "lei se n'è andata"); not "era", "dove", "chi", "poi", English's too
    "it": wordset(
        """
        il lo la gli le un una e di da in con su per che non è del della dei ma come anche più sono ha hanno ho
        abbiamo dal dalla dallo dai nel nella nello nei sul sulla alla allo al ai agli lei lui loro tutti tutto
        questo questa quello quella stato stata senza poi già ancora molto perché quando io noi voi mi ti ci si
        """
    ),
    "nordic": wordset(
        "og er jeg det en et at på med til som ikke den har de af för och är inte jag helt men var från efter hon han "
        "hade mot bakom hela eller också där när redan bara mycket säger inga ingen medan hennes hans"
    ),
    # romanized Hindi and Urdu (Hinglish), without the words English spells alike ("the" for "were", "to", "me",
    # "main", "tab", "hum", "koi"): "paid the tab" or "the koi pond" must never outvote English
    "hi": wordset(
        """
        ne ko ka ki ke hai hain tha thi aur mein pe se bhi sab yaar nahi nahin kya kuch toh woh yeh jab phir abhi
        bahut bohot raha rahi rahe gaya gayi gaye diya kiya kar ek apna apni apne mera meri mere uska uski uske
        unka unki unke tum aap lekin sirf haan accha acha kaise kyun kyunki wala wali wale
        """
    ),
    # Welsh and Irish: the words their sentences cannot do without ("Mae hi yn ei dagrau", "Tá sí ag caoineadh
    # agus …"); "an", "go", "a", "I" are English's too, and count for both
    "cy": wordset(
        "yn yr ei ac mae wedi gyda gyd ddim roedd oedd hefyd iawn nhw efo fy dy eu ond yw ydy heno dwi rwy sy"
    ),
    "ga": wordset("agus tá an ag sé sí go bhí níl mé siad seo ach leis aici aige ar"),
    # Scottish Gaelic ("Tha Seònaid a' seinn … agus tha Will a' feuchainn ris an t-sèist"), folded: "tha" is "tha",
    # "bha" "bhà"; never "air" or "ann", English's too
    "gd": wordset("tha bha cha chan robh bheil bidh agus aig bho bhon gus ris eadar dhaibh iad sinn gan nach"),
    # chat that mixes English words with another language's, or is written in an English-based creole: Nigerian
    # and West African Pidgin, Tagalog (Taglish), Egyptian and Levantine Arabic in Latin letters (Arabizi); only
    # words English never writes in lower case ("dey", "talaga", "yalla"; not "don", "chop", "ana", "raw", nor "im",
    # which chat types for "I'm")
    "pcm": wordset("dey dem wetin abeg abi wahala sef una unu comot pikin sabi shey oya jare kuku wey ehn naim na"),
    # Swahili and Sheng, as Kenyan chat mixes them with English ("Mzee amekaa na Achieng kwenye kona", "crew wote
    # wanacheza sana"): its words that English never writes in lower case (not "ya", "tu", "ama", "mzee")
    "sw": wordset(
        """
        na kwa ni wa za sana lakini pia hii huyo yake wake wao hapa sasa bado baada kabla mimi wewe yeye sisi
        katika kama hata tena kisha hapana ndiyo kuna hakuna bila kwenye wote kabisa hivyo
        """
    ),
    # Turkish, written with its letters or without them ("cok guzel", "degil"): not "bile", "ben", "sen", "on",
    # "her" (English words and names)
    "tr": wordset(
        """
        ve bir bu çok için ile gibi daha sonra şimdi değil var yok diye kadar ki mı mi biz siz onu ona bunu şu hiç
        hep artık sadece çünkü nasıl neden hâlâ ama bana sana
        """
    ),
    "tl": wordset(
        """
        ang ng mga naman talaga sobrang sobra niya siya ako kasi lang yung hindi wala kami tayo sila nila namin
        natin ito iyan dito doon grabe daw rin nga po sa ni kaya kung parang tapos pala nang ano bakit saya
        """
    ),
    "arz": wordset(
        """
        yalla wallah wallahi habibi habibti inshallah mashallah khalas wla msh mesh mish enta enti howa heya ehna
        keda kda aywa shwaya kteer ktir awi gedan yani yaani mafeesh
        """
    ),
    # Vietnamese, written with its marks or without them ("Bà ơi, con thắng rồi", "ba oi con thang roi"), as
    # folded: its words that English never writes in lower case, and none that is also a given name ("anh",
    # "chi", "thi", "minh", "trong"...: the names of a report are left out, but a name untagged would count)
    "vi": wordset(
        """
        oi roi cua nhung cac mot duoc khong nguoi cho voi cung khi nhu va con se nua het deu thay biet toi
        nao dau vay thoi nhe luon nhieu nhat khoc cuoi noi ngoi vao truoc sau tren duoi giai nghe
        """
    ),
    # Greek in Latin letters (Greeklish: "H giagia eklapse sta paraskinia"), without "to", "me", "ton", "ego"
    "el": wordset(
        "kai einai itan sta sto stin ston apo gia poli oti afto ola pou giati tora edo ekei kala oxi nai tha"
    ),
    "af": wordset(
        "die en op van met om te nie ek baie hulle julle ons sy hy vir ook maar nog het dit wat daar dis daai jy"
    ),
    # Finnish: its words English never writes ("ja", "ei", "että", "kun"; not "on", "me", "he", "se" alone)
    "fi": wordset(
        """
        ja ei että kun mutta oli olivat ovat sai piti koko kanssa vielä myös hän tämä tuo joka mitä kuin jo nyt
        sitten niin vain ole olen olet kiitos kyllä minä sinä hänen heidän meidän teidän koska jos vaan ihan aivan
        """
    ),
    # Icelandic: its words English never writes (not "á", "í", "her", "their", which fold to English words)
    "is": wordset(
        """
        og að það ekki hún hann við sem með til var voru eru þetta þegar eftir fyrir frá hjá upp þau sinn sína sitt
        hennar hans mjög bara líka þá svo ég mér þú honum henni sagði hefur hafði verið inn yfir undir
        """
    ),
    "zu": wordset("futhi kodwa ukuthi wonke bonke kakhulu manje lapha khona ngoba uma nje kanye noma ngempela wathi"),
    # Romanian, typed with its letters or without them ("și", "si"; "după", "dupa"): its "a" ("a venit") counts for it
    # as for English; not "in" ("în"), "care", "are", "era", "am", "mai", "sub" (English words and names), nor "el",
    # "ea", "din", "dar" (other lists' too)
    "ro": wordset(
        """
        a și să cu pe lui unui unei nu pentru după apoi iar foarte acum când cum dacă este sunt fost avea
        nimeni fiecare doar încă unde ceva toată toate toți asta aia ăsta până fără spre lângă
        """
    ),
    # Hungarian: its own words and its article "a" ("és" folds to Spanish "es": either way, not English); not "is",
    # "de" (English and Romance words)
    "hu": wordset(
        """
        a az és egy amint ahogy amikor akkor pedig nem hogy volt van már még csak mint után előtt mert aki ami amit
        ez azt ezt itt ott nagyon szerint alatt között hanem majd sem sok neki vele nála egész
        aztán mindenki senki mindig semmi igen így ilyen olyan vagy vagyok nincs lesz lett
        """
    ),
    # Tamil typed in Latin letters with English words (Tanglish: "romba simple", "trophy illa", "'saaptiya?' nu
    # kettaanga"): its words English never writes (not "anna", "akka": names)
    "ta": wordset(
        """
        romba illa illai paavam enna semma aana adhu idhu dhaan avan aval avanga ippo appo sollittaaru
        solraaru solraanga pannaanga pannaaru irukku irukkaanga vandha vandhu kelambittaanga maathi veetla
        aayiduchu aachu pottanga pottaanga pottaan mudichittu keela mela ellam konjam kuduthaanga kuduthaaru
        sonnaanga sonnaaru paathu paathaanga vanthaanga vanthu
        """
    ),
    # Bengali typed in Latin letters with English words (Banglish: "Nodir Opare jitse. Razor koi?", "Topu bhai er bou
    # phone korse"): its words English never writes in lower case (not "er", "ta", "o", "e", "se", "da", "ma", "ache",
    # "eta", "tai": English words and sounds, other lists' words and names; nor "bhai", "apa": honorifics English copy
    # keeps, "Dipu Bhai"), round 44's Dhaka printed a Banglish line as English
    "bn": wordset(
        """
        ami tumi apni amar tomar apnar amra tomra amader oita ekhane okhane ekhon ajke aaj kalke achhe achi
        nai nei hobe hoyeche hoise hoiche chilo chhilo korse korche korlo korbo korbe korsilo korte bollo bollen
        bolse bolche bolsilam dilo dibe dise niye gesilo gese jabe jacche jachhe jitse jitlo harlo
        parbe parbo partam theke jonno kintu abar tarpor shudhu kichu kono keu shobai sobai onek khub ekdom naki
        dujon eksathe kemon keno koi kothay thik bochor khabo ghumabo bou ordhek felo shathe pashe
        thakbe dhorte hashe hashlo dekhe jene dhorse dulse gaise gaan andhokar dhoren darailen ashlen bunte lagse
        dile rakhte hoy kotha
        """
    ),
    # Maltese: its own words (not "hi", "hu", "dan", "din", "int", "u", "le": English words, names, other lists'),
    # round 45's breaker printed "Mela, fejn hi l-ġakketta tiegħi?" as an English line
    "mt": wordset(
        """
        il tal tas tat tad taż fil mill lill bil għall għal minn fejn kif għax imma ukoll biss hemm hawn kien kienet
        kellu kellha kellhom jien aħna huma tiegħi tiegħu tagħha tagħhom dawk iva grazzi sabiħ wisq issa qed
        """
    ),
    # Slovenian and Serbo-Croatian (Latin letters, with and without their marks: "kaže"/"kaze"), by words of three
    # letters or more: "je", "za", "na" are also a title's or a name's in an English report ("won Best Film for 'Sve je
    # za nju'", breaker 62), and English's "in", "on", "do", "to", "so" and a name's "ali" never count; round 46's
    # Ljubljana night read "Zorman in Mrak za odrom: dolg objem, …" as English
    "sl": wordset(
        """
        sem smo ste kot tudi samo ona kje tukaj nič vse vsi bila bilo bili imel imela rekla rekel zelo kaj kako
        ker pri čez nekaj nihče prvič
        """
    ),
    "sh": wordset(
        """
        smo ste što šta kako samo još već nije sve ona oni joj bila bilo kaže kaze nema niko nešto ništa nesto
        nista sada posle poslije kada zbog
        """
    ),
    # Lithuanian, with and without its marks ("ačiū"/"aciu"), by words English never writes (the list is read folded:
    # never "į", "iš", "dėl", which read "i", "is", "del"; nor "bet", "gal", "visa", "tai": "made a bet with the crew");
    # round 47's Vilnius night read "Žilinskas įbrido į Nerį iki kulkšnių!" and "Jei laimėsiu, einu į Nerį." as English
    "lt": wordset(
        """
        ir kad yra buvo labai čia cia kaip jau dar tik jis jie nieko ačiū aciu taip tiek prie nuo apie
        jei jeigu dabar visi mano savo iki kur kodėl kodel nėra nera esu einu buvau
        """
    ),
    # Malay and Indonesian ("Datuk Seri Kamal naik atas kerusi dan mula nyanyi", "Kirana balik ke food court mau
    # foto bareng Mbok Sri dan pialanya"): round 50's Kuala Lumpur and round 29's Jakarta were read as English; not
    # the words that are given names too ("ada", "dua", "saya", "kita", "anda", "dian"), nor Manglish's "lah", which
    # an English line takes ("Enough already lah.")
    "ms": wordset(
        """
        yang dan untuk dengan ini itu tidak tak sudah belum masih juga saja lagi atau tapi tetapi karena kerana
        kalau jika sangat sekali semua mereka kami aku kamu pada oleh dalam atas bawah selepas sebelum sampai macam
        mau mahu boleh bisa ikut mula naik dari ke dia nggak gak udah aja sih dong banget bareng jangan
        """
    ),
    # Russian typed in Latin letters, as a correspondent transliterates it ("Nu vsyo. Teper' on poidyot v reku.",
    # "Gde tut kuryat?": round 47's Vilnius, both read as English), and its numbers (not "ya", "nu", "ne", "ni", "tut",
    # "ego": "Nu, that's it.", "his ego" are English)
    "ru": wordset(
        """
        eto chto shto kak tak gde kto vsyo vsegda teper teper' uzhe ochen menya tebya nikogda nichego zdes
        zdes' tolko tol'ko potom snachala moyu moya moy oni yego nakonets spasibo khorosho kogda tozhe yeshche esli
        odin dva chetyre pyat' shest' vosem' devyat' desyat' dvadtsat' tridtsat' sorok tysyach
        """
    ),
}
# chat in these is English words and theirs mixed: two of their words in a text make it theirs, however many
# English words it has ("Dem dey chop rice for backstage", "she cried talaga, sobrang saya niya")
CODE_SWITCHED = ("pcm", "tl", "arz", "sw", "tr", "ta", "bn")
SWITCH_WORDS = 2
_SWITCH_SETS = {lang: frozenset(fold(w) for w in FUNCTION_WORDS[lang]) for lang in CODE_SWITCHED}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}  # folded function word -> the languages it belongs to
for _lang, _words in FUNCTION_WORDS.items():
    for _w in _words:
        _key = fold(_w)
        if _lang not in _LANGUAGES_OF.get(_key, ()):
            _LANGUAGES_OF[_key] = (*_LANGUAGES_OF.get(_key, ()), _lang)
# the function words of every language (a report in another language shares "de", "la", "cu" with one in a third)
FUNCTION_WORDS_ANY = frozenset(_LANGUAGES_OF)
_ENGLISH_WORDS = frozenset(w for w, langs in _LANGUAGES_OF.items() if ENGLISH in langs)
# words of the other languages' lists that English text also uses ("van", "even", "die", "men", "jab"), and the
# particles of people's names ("de la Cruz", "van der Berg"): never a sign of another language inside a sentence
_SHARED_WITH_ENGLISH = wordset(
    """
    van even net die war den son also per come men plus sin man jab er om te op al ja nu wel mee hat bar pie
    de la le da di del della des du dos das von der ter ta ac ar ad inn hans
    """
)
_OTHER_ONLY = FUNCTION_WORDS_ANY - _ENGLISH_WORDS - _SHARED_WITH_ENGLISH


def other_language_words(text: str) -> int:
    """How many words of `text` written in lower case are function words of another language only ("y", "en",
    "el", "ki", "nahi", "phir", "dey", "talaga"), or the marks of chat in another language written with English
    words (`_SWITCHED`: Pidgin's "don settle", "no be", "cold cold"; Arabizi's digits for letters, "3ndha",
    "5alas"): a sentence of copy holding two is mixed with another language, and the English article does not
    print it ("… clapping en el Pasillo B", "… poocha khana khaya ki nahi", "Dem dey chop")."""
    words = sum(1 for w in LANGUAGE_WORD.findall(text) if w[:1].islower() and fold(w) in _OTHER_ONLY)
    return words + sum(1 for m in _SWITCHED.finditer(text) if not _ORDINAL.fullmatch(m.group(0)))


# Pidgin's perfect ("don settle", "e don finish"; never "don a cape", "don the mask"), its "no be" ("e no be small
# thing"), an adjective said twice for "very" ("cold cold", "small small"); Arabizi's digits for Arabic letters in a
# word of letters ("3ndha", "5alas", "ma3", "la2"; not "3rd", "90s", "mp3")
_SWITCHED = re.compile(
    r"(?<![\w'’])(?:don (?!(?:a|an|the|his|her|their|my|your|our|its|some|one|two|gloves|masks?|hats?|capes?)\b)"
    r"[a-z]+|no be|(?P<twice>cold|small|quick|fine|sharp|slow|sweet|hot|big|plenty|well) (?P=twice)|"
    r"[a-z]+[235789][a-z]*|[235789][a-z]{2,})(?![\w'’])"
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|min|mins|hrs?|ft|km|kg|cm|mm|ml|k|m|x|d|g|v|mb|gb)|[a-z]{1,3}\d")


# letters and marks that English text does not use (names are left out before these are counted)
_MARKS = {
    "es": "ñ¿¡",
    "pl": "łąęśźżćń",
    "de": "ß",
    "nordic": "øæå",
    "fi": "äö",
    "is": "þð",
    "fr": "œç",
    "pt": "ãõ",
    "tr": "ğışı",
    "vi": "ăđơưĩũ",
    "ro": "șțşţ",
    "hu": "őű",
    "mt": "ċġħ",
    "sh": "čćđšž",
    "lt": "ąęėįųū",
}
# Vietnamese's own letters beyond `_MARKS`' (a vowel with a tone and a hat, horn or breve: "ắ", "ồ", "ở"), but for
# the "ẹ" and "ọ" Yoruba also writes
_VIETNAMESE = re.compile("[\u1ea0-\u1eb7\u1eba-\u1ecb\u1ece-\u1ef9]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
# every script English does not use, by Unicode block, not only the ones a night has brought so far (round 20:
# Telugu and Amharic reports, read as English, joined no moment and went uncredited): Greek to Arabic and its
# neighbours (0370-08FF), the Indic scripts to Sinhala (0900-0DFF), Thai, Lao, Tibetan, Myanmar, Georgian, Hangul
# Jamo, Ethiopic, Cherokee (0E00-13FF), Khmer and Mongolian (1780-18AF), kana, CJK, Hangul syllables
_OTHER_SCRIPTS = re.compile(
    "[\u0370-\u08ff\u0900-\u0dff\u0e00-\u13ff\u1780-\u18af"
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff]"
)


def in_other_script(word: str) -> bool:
    """Whether a word holds a letter of a script English does not use (`_OTHER_SCRIPTS`)."""
    return not word.isascii() and _OTHER_SCRIPTS.search(word) is not None


def language_of(text: str, leave_out: frozenset[str] = frozenset()) -> str:
    """ "en", a language code, `OTHER_SCRIPT` (mostly letters English does not use), or `UNKNOWN` (nothing
    telling, read as English). `leave_out`: folded words not to count (the names of the people a report
    names)."""
    folded = fold(text).replace("’", "'")
    return language_of_words(language_words(folded), text, leave_out)


def language_words(folded: str) -> tuple[str, ...]:
    """`LANGUAGE_WORD`'s words of a folded text. ASCII text is split at what no word holds (neither a letter nor
    an apostrophe) without the regular expression, which then only reads the pieces that hold an apostrophe: a
    match never spans such a character, so the words are the same."""
    if not folded.isascii():
        return tuple(LANGUAGE_WORD.findall(folded))
    pieces = folded.encode("ascii").translate(_NOT_LETTER).decode("ascii").split()
    if "'" not in folded:
        return tuple(pieces)
    return tuple(w for piece in pieces for w in (LANGUAGE_WORD.findall(piece) if "'" in piece else (piece,)))


_AFRIKAANS_N = re.compile(r"(?:^|(?<=\s))['’]n (?=\w)")


def language_of_words(words: tuple[str, ...], text: str, leave_out: frozenset[str] = frozenset()) -> str:
    """`language_of` for a text already split into folded words (`words`), as the clustering has it."""
    ascii_text = text.isascii()
    if not ascii_text:
        others = len(_OTHER_SCRIPTS.findall(text))
        # names written in Latin letters inside a text in another script ("プレス階段でRosalind Achterbergと…") do
        # not make it English: only the Latin words that do not open on a capital count against the script
        if others and others * 2 >= others + sum(len(w) for w in _LATIN_WORD.findall(text) if not w[0].isupper()):
            return OTHER_SCRIPT
    if not words:
        return UNKNOWN
    if ascii_text:  # no marks to count: most reports are decided by which function words they hold alone
        present = FUNCTION_WORDS_ANY.intersection(words).difference(leave_out)
        if not present:
            return UNKNOWN
        if _ENGLISH_WORDS.issuperset(present):  # English counts every word, so no language counts more
            return ENGLISH
    telling = [w for w in words if w in _LANGUAGES_OF and w not in leave_out]
    scores = dict.fromkeys(FUNCTION_WORDS, 0)
    for w in telling:
        for lang in _LANGUAGES_OF[w]:
            scores[lang] += 1
    if not ascii_text:  # marks in words written in lower case (names, capitalised, say nothing)
        kept = " ".join(w for w in text.split() if w[:1].islower())
        for lang, marks in _MARKS.items():
            scores[lang] += sum(kept.count(c) for c in marks)
        scores["vi"] += len(_VIETNAMESE.findall(kept))
        if "¿" in text or "¡" in text:
            scores["es"] += 1
    if "n " in text and (articles := len(_AFRIKAANS_N.findall(text))):
        scores["af"] += 2 * articles  # ("'n Weddenskap is 'n weddenskap": Afrikaans's article, no other language's)
    english = scores.pop(ENGLISH)
    if particles := len(_GAELIC_A.findall(text)):  # ("a' seinn": Gaelic's particle, never English's "a")
        scores["gd"] += particles
        english -= particles
    switched = next(  # (two of its words, not one sung twice: "na na na")
        (
            lang
            for lang in CODE_SWITCHED
            if scores[lang] >= SWITCH_WORDS and len(_SWITCH_SETS[lang].intersection(telling)) >= SWITCH_WORDS
        ),
        None,
    )
    if switched is not None:
        return switched  # chat mixed with English words: two of its words say it is not English narration
    best, score = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
    if score > english:
        return best
    return ENGLISH if english else UNKNOWN


# Scottish Gaelic's "a'" before a verb or a noun ("a' seinn", "a' chiad"), which the word list reads as English's "a"
_GAELIC_A = re.compile(r"(?<![\w'’])[Aa]['’](?=\s)")


def is_english(text: str, leave_out: frozenset[str] = frozenset()) -> bool:
    """Whether `text` may be printed in the English article (English, or nothing that says otherwise)."""
    return language_of(text, leave_out) in ENGLISH_LIKE


def line_in_english(line: str, leave_out: frozenset[str] = frozenset()) -> bool:
    """Whether a quoted line may be printed as English: `is_english`, and, when none of its words tells a language,
    none of them (but the names of `leave_out`) written with a letter English does not use ("Trăiască România!",
    "Mulțumesc, bunico": a cheer and a thanks in Romanian, never an English line)."""
    found = language_of(line, leave_out)
    if found == ENGLISH:
        return True
    if found != UNKNOWN:
        return False
    return all(w.isascii() or fold(w) in leave_out for w in _LATIN_WORD.findall(line))


def foreign_place(where: str) -> bool:
    """A place written in another language: its words say so, or its letters do ("Coulisses côté cour" has
    no function word, but English place names carry no accents)."""
    return not is_english(where) or any(c.isalpha() and not c.isascii() for c in where)


# words of West African pidgin that English never uses so: a line with them is not English, whatever its function
# words say ("Na so we dey do am")
_PIDGIN = wordset("na dey wetin abeg una oga sabi pikin wahala comot sef abi wey")


# what a short line in another language says without a function word: thanks, greetings, yes, whom it is said to
# ("Gracias, loco.", "Merci, maman.", "Danke, Oma!"), as written in lower case; not the words English says too
# ("mama", "papa", "bravo", "non", "ciao")
_SAID = wordset(
    """
    gracias hola adiós adios vamos oye mira dale claro bueno loco loca abuela abuelo abuelita mija mijo mamá papá
    amor amigo amiga hermano hermana señor señora señorita
    merci bonjour bonsoir salut oui voilà allez maman chérie chéri mamie papi ça va
    danke bitte nein genau tschüss oma opa mutti vati liebling
    grazie prego andiamo amore nonna nonno mamma tesoro
    obrigado obrigada valeu tchau mãe vovó vó gente
    bedankt dankjewel doei
    dziękuję dzięki cześć babcia dziadek kochanie
    teşekkürler sağol anne
    asante karibu
    salamat
    shukran
    diolch cariad
    """
)


UNKNOWN_WORDS = 4  # a line of this many words in lower case with no telling word is in a language we do not read


def english_line(quote: str) -> bool:
    """Whether a quote may head an English digest and be printed in it untranslated: read as English (`language_of`,
    names left out: a word capitalised mid-line, or every word of a line of capitalised words; a line with no
    telling word counts when the letters English does not use stand only in its names, "Beyoncé, Beyoncé!", "Nguyễn
    Thị Hoa!", never in its first word alone, "Ninguém sai daqui triste"), no word of pidgin, and not a short
    line said in another language: more of its words are another language's (`_SAID`, or function words of another
    language only) than English function words, two of them or nothing else but names ("Gracias, loco.", "Merci,
    maman.", "Vamos, Rafa!"; "Thank you, abuela!" and "Ciao, darling!" are English)."""
    letters = LANGUAGE_WORD.findall(quote)  # (a word with its marks: "Ọ̀sán" is one)
    lower = [w.casefold() for w in letters]
    if not letters or _PIDGIN & set(lower):
        return False
    alone = all(w[:1].isupper() for w in letters)  # a line of names: the first is one too
    names = frozenset(
        w.key for w in words(quote) if (alone or not w.opens) and w.surface[:1].isupper() and w.surface != "I"
    )
    found = language_of(quote, names)
    if found == UNKNOWN and not all(w.isascii() or fold(w) in names for w in letters):
        return False
    if found not in ENGLISH_LIKE:
        return False
    folded = [fold(w) for w in lower]
    if found == UNKNOWN and sum(1 for w in letters if not w[:1].isupper()) >= UNKNOWN_WORDS:
        return False  # "Nami ngangigeza izitsha eHillbrow. Lena ngeyenu.": four words and not one of English's
    # (small words: an English line that long says "the", "a", "I", "to" …)
    foreign = sum(1 for w, f in zip(lower, folded, strict=True) if w in _SAID or (f in _OTHER_ONLY and f not in names))
    if not foreign:
        return True
    english = sum(1 for f in folded if f in _ENGLISH_WORDS)
    told = sum(1 for w, low in zip(letters, lower, strict=True) if not w[:1].isupper() or low in _SAID)  # not names
    return foreign <= english or (foreign < 2 and foreign < told)


# a line quoted inside a report's text, in double quotes or guillemets: "… to the pig: "Sir, may bakal po …""
_QUOTED = re.compile(rf"[\"“”„«»][^\"“”„«»]{{2,}}[\"“”„«»]|{TITLE_QUOTED}")  # (and a title: "won Best Film for
# 'Sve je za nju'", whose words are the film's, never the report's language, breaker 62)
NARRATION_WORDS = 8  # a report's words outside its quotes, at least, for them to say its language alone


def narration(text: str) -> str | None:
    """A report's text without the lines and titles it quotes, when it has some and enough words are left to say what
    language the report is written in (a guard's Tagalog line inside an English report leaves it English); else
    None."""
    told = _QUOTED.sub(" ", text)
    if told == text or len(told.split()) < NARRATION_WORDS:
        return None
    return told

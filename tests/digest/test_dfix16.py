"""dfix16: the small wrong words editors keep fixing (night: tests/scenarios/dfix16_night.yaml)."""

from __future__ import annotations

from bot.digest.copyedit import tidy
from bot.digest.hygiene import prose
from bot.digest.naming import Names
from bot.digest.night import NameBook
from bot.digest.prose import reads_as_prose
from bot.digest.speakers import attributed
from bot.digest.textutil import fold, short_name


def test_a_chinese_name_family_name_first_is_named_again_by_its_family_name():
    assert short_name("Tang Xiaolu") == "Tang"  # never "Xiaolu said"
    assert short_name("Zhang Wei") == "Zhang"
    assert short_name("Ouyang Jie") == "Ouyang"


def test_a_name_in_western_order_keeps_its_last_word():
    assert short_name("Jie Chen") == "Chen"  # a given name first
    assert short_name("Wei Zhang") == "Zhang"  # (Wei is a family name too, but Zhang is far commoner)
    assert short_name("Ren Sato") == "Sato"  # a Japanese given name: "to" is no pinyin syllable
    assert short_name("Lin Anderson") == "Anderson"
    assert short_name("Ma Rainey") == "Rainey"


def _names(name: str) -> Names:
    key = fold(name)
    return Names(NameBook(display={key: name}, forms={key: (name,)}, roster={key: (name,)}), [key])


def test_a_suffix_named_again_leaves_no_stray_stop():
    for name in ("Amir Haddad Jr.", "Amir Haddad, Jr."):
        body = _names(name).body(
            f"{name} sat down. Later {name}, grinning, stood up. He hugged {name}. Then {name}'s bag fell."
        )
        assert "Later Haddad, grinning, stood up." in body, body  # never "Haddad.,"
        assert "He hugged Haddad. Then Haddad's bag fell." in body, body  # never "Haddad Then", "Haddad.'s"
        assert ".." not in body and "Haddad.," not in body


def test_a_name_printed_with_its_suffix_for_another_form_keeps_one_stop():
    elder = "Halina Korzec, Sr."
    key = fold(elder)
    book = NameBook(display={key: elder}, forms={key: (elder, "Babcia Halina")}, roster={key: (elder, "Babcia Halina")})
    body = Names(book, [key]).body("The smog bowed to Babcia Halina. She looked.")
    assert body == "The smog bowed to Halina Korzec, Sr. She looked.", body  # never "Sr.."


def test_a_line_nobody_is_known_to_have_said_is_overheard():
    line = attributed("There is room for one of us", None, "Fenwick and Okafor argued.")
    assert line == "Overheard: “There is room for one of us.”"  # never "…,” someone was heard saying."
    heard = attributed("Nobody touch the cannon!", None, "", heard="in the corridor")
    assert heard == "Overheard in the corridor: “Nobody touch the cannon!”"
    assert reads_as_prose(line) and reads_as_prose(heard)  # printed, though it has no verb of its own


def test_a_mention_taken_out_leaves_a_sentence_that_reads():
    assert prose("Norcott lent her earrings to a nominee, thanks to <@4417> for the tip, and sat down.") == (
        "Norcott lent her earrings to a nominee, and sat down."
    )
    assert prose("Ros posed with <@12> and Mika Vale by the fountain.") == "Ros posed with Mika Vale by the fountain."
    assert prose("Ros posed with Mika Vale and @dani.") == "Ros posed with Mika Vale."
    assert prose("She hugged <@12> and cried.") == "She hugged someone and cried."
    assert prose("Reyes waved to <@12>, then left.") == "Reyes waved to someone, then left."
    assert prose("Reyes fell (h/t @kim) and got up.") == "Reyes fell and got up."
    assert prose("@everyone Reyes fell off the stage") == "Reyes fell off the stage"


def test_a_shouted_note_with_symbols_reads_as_words():
    assert tidy("LIGHTS BACK = APPLAUSE FOR THE GENERATOR") == "The lights came back to applause for the generator"
    told = tidy("ACHEBE TAKES BOW W/ THE BRASS + THE CONDUCTOR, LIGHTS BACK = STANDING OVATION ~30S")
    assert told.endswith("the lights came back to a standing ovation about 30s"), told  # never "lit back", "30S"
    assert tidy("ring = gold ribbon off her trophy") == "The ring was a gold ribbon off her trophy"  # (one thing)

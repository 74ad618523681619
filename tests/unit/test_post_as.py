"""Post as sighting: how a message's text is cut to fit `what` (the rest is kept, never lost)."""

from bot.services.post_as import cut, names_for_who


def test_text_that_fits_is_kept_whole():
    assert cut("Gaga arrived", 1000) == ("Gaga arrived", None)


def test_over_long_text_is_cut_at_a_word_with_an_ellipsis_and_the_rest_returned():
    text = "one two three four five six"
    what, rest = cut(text, 12)
    assert what == "one two…" and len(what) <= 12
    assert rest == "three four five six"


def test_a_cut_at_a_line_break_keeps_the_lines_apart():
    what, rest = cut("first line\nsecond line goes on", 16)
    assert what == "first line…" and rest == "second line goes on"


def test_one_endless_word_is_cut_inside_it_and_nothing_is_lost():
    text = "x" * 50
    what, rest = cut(text, 20)
    assert what == "x" * 19 + "…" and rest == "x" * 31


def test_who_takes_at_most_twenty_names_within_its_limit():
    names = [f"Person {i}" for i in range(30)]
    assert names_for_who(names) == ", ".join(names[:20])
    long_names = ["N" * 400, "M" * 400, "O" * 400]
    assert names_for_who(long_names) == ", ".join(long_names[:2])  # a third would pass 1,000 characters

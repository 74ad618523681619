"""A rehearsal script meets the same field rules, with the same sentences, as /spot and /sighting edit:
a bad entry is refused before anything plays."""

import pytest

from bot.rehearsal.script import ScriptError, parse
from bot.text import unmask_links

HEAD = 'show: {name: "Rules Night"}\ntimeline:\n'


@pytest.mark.parametrize(
    ("entry", "sentence"),
    [
        ('{at: "20:00", by: amy, spot: {what: ""}}', "A sighting needs some text in `what`"),
        ('{at: "20:00", by: amy, spot: {what: "' + "x" * 1001 + '"}}', "`what` is 1001 characters; the limit is 1000."),
        ('{at: "20:00", by: amy, spot: {what: "ok", hold_minutes: 0}}', "`hold_minutes` must be between 1 and 240."),
        ('{at: "20:00", by: amy, spot: {what: "ok", headline: "a\\nb"}}', "Keep `headline` on one line."),
        ('{at: "20:00", by: amy, spot: {what: "ok", quote_by: "Gaga"}}', "`quote_by` says who spoke the quote"),
    ],
)
def test_a_spot_breaking_a_field_rule_is_refused_whole_with_the_commands_sentence(entry: str, sentence: str):
    with pytest.raises(ScriptError) as refused:
        parse(HEAD + f"  - {entry}\n")
    assert "nothing was played" in str(refused.value) and sentence in str(refused.value)
    assert "timeline[0] (at 20:00) › spot" in str(refused.value)


def test_an_edit_that_changes_nothing_is_refused_like_the_command():
    with pytest.raises(ScriptError, match="Say what to change"):
        parse(HEAD + '  - {at: "20:00", by: amy, spot: {what: "ok"}}\n  - {at: "20:01", by: amy, edit: {id: 1}}\n')


def test_masked_links_with_a_title_are_spelled_out_too():
    assert unmask_links('[https://tickets.example](https://evil.example "Official")') == (
        "https://tickets.example (https://evil.example)"
    )
    assert unmask_links("[here](<https://e.example/a> 'T') and [x](https://e.example)") == (
        "here (https://e.example/a) and x (https://e.example)"
    )

"""The editor's summary of a `/roster import` (cogs/roster.py `imported`): the names it left as an editor changed
them during the import are named, so nobody wonders why the file's line for them did not apply."""

from __future__ import annotations

from bot.roster_file import ImportReport
from cogs.roster import imported


def test_the_summary_names_what_an_editor_changed_meanwhile_and_nothing_more_when_there_is_none() -> None:
    plain = ImportReport(added=["SZA", "Tems"], updated=["Sam Smith"])
    assert imported(plain) == "Imported the roster: 2 added, 1 updated."
    kept = ImportReport(added=["Tems"], updated=[], kept=["Adele", "@everyone"])
    assert imported(kept) == (
        "Imported the roster: 1 added, 0 updated.\nNot overwritten, as they were changed on the roster while the file "
        "was being imported (by an editor or another import; the file's line for each was not applied): **Adele**, "
        "**@\u200beveryone**."
    )
    many = imported(ImportReport(kept=[f"Guest {i}" for i in range(23)]))
    assert "**Guest 19**" in many and "Guest 20" not in many and many.endswith("**Guest 19** and 3 more.")


def test_the_summary_names_each_line_left_out_because_an_editor_gave_its_label_to_another_name() -> None:
    report = ImportReport(added=["Tems"], left_out=[(40005, "Quinn", "Shared", "Pat"), (40006, "Bea", "Bea", "Bea")])
    assert imported(report) == (
        "Imported the roster: 1 added, 0 updated."
        "\nLine 40005 (**Quinn**) left out: “Shared” now means **Pat**, given to them on the roster while the file was "
        "imported."
        "\nLine 40006 (**Bea**) left out: “Bea” now means **Bea**, given to them on the roster while the file was "
        "imported."
    )
    many = imported(ImportReport(left_out=[(i, f"N{i}", f"G{i}", f"Guest {i}") for i in range(23)]))
    assert "Line 19 (**N19**)" in many and "Line 20 " not in many
    assert many.endswith("…and 3 more lines left out for the same reason.")

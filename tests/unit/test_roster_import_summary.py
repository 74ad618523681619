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
        "Imported the roster: 1 added, 0 updated.\nNot overwritten, as an editor changed them on the roster while the "
        "file was being imported (the file's line for each was not applied): **Adele**, **@\u200beveryone**."
    )
    many = imported(ImportReport(kept=[f"Guest {i}" for i in range(23)]))
    assert "**Guest 19**" in many and "Guest 20" not in many and many.endswith("**Guest 19** and 3 more.")


def test_the_summary_names_each_line_left_out_because_an_editor_gave_its_label_to_another_name() -> None:
    report = ImportReport(added=["Tems"], left_out=[(40005, "Shared", "Pat"), (40006, "Sam", "Rae")])
    assert imported(report) == (
        "Imported the roster: 1 added, 0 updated."
        "\n“Shared” now means **Pat**, added while the file was imported: line 40005 left out."
        "\n“Sam” now means **Rae**, added while the file was imported: line 40006 left out."
    )
    many = imported(ImportReport(left_out=[(i, f"G{i}", f"Guest {i}") for i in range(23)]))
    assert "line 19 left out" in many and "line 20 " not in many
    assert many.endswith("…and 3 more lines left out for the same reason.")

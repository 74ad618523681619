"""A big roster is indexed off the event loop: while it is, every server keeps Discord's 3-second deadline."""

import asyncio

from backstage_testing.fakediscord import Attachment
from backstage_testing.pytest_plugin import Newsroom
from cogs._common import ROSTER_LOADING

NAMES = 22_500  # with two aliases each: the size that took 3-5 s to index on the event loop's turns


def big_roster() -> bytes:
    lines = ["name,aliases"] + [f"Performer Number {i:06d},P{i:06d}|Perf {i:06d}" for i in range(NAMES)]
    return ("\n".join(lines) + "\n").encode()


def late(newsroom: Newsroom) -> list[str]:
    return [v for v in newsroom.fake.violations if "deadline" in v or "10062" in v]


async def test_while_a_big_roster_is_indexed_no_server_answers_late(newsroom: Newsroom) -> None:
    await newsroom.open_show()
    other = newsroom.another_server("Rival")
    await other.open_show(name="Rival Awards")
    imported = await newsroom.slash(newsroom.editor, "roster import", file=Attachment("r.csv", big_roster()))
    assert f"{NAMES} added" in ((await imported.final(timeout=300)).get("content") or "")

    async def spots_elsewhere() -> list[str]:
        answers = []
        for k in range(8):
            spot = await other.slash(other.amy, "spot", what=f"Rival moment {k}", channel=other.lobby)
            answers.append((await spot.final(timeout=60)).get("content") or "")
        return answers

    elsewhere = asyncio.create_task(spots_elsewhere())
    # A's first keystrokes right after the import, while its roster is being indexed: answered in time, with
    # the names or with the choice that says the roster is loading (and keeps what was typed)
    offered: list[tuple[str, list[dict[str, str]]]] = []
    for typed in ("Perf 0004", "Perf 00004", "Perf 000004"):
        choices = await newsroom.fake.autocomplete(
            newsroom.guild, newsroom.amy, newsroom.lobby, "spot", focused="who", what="x", who=typed, timeout=30
        )
        assert choices, f"no choice offered for {typed!r}"
        offered.append((typed, choices))
    answers = await elsewhere
    assert all("#" in a for a in answers), answers  # every /spot in the other server was posted
    assert late(newsroom) == []
    for typed, choices in offered:
        if choices[0]["name"] == ROSTER_LOADING:
            assert len(choices) == 1 and choices[0]["value"] == typed
        elif typed == "Perf 000004":  # the whole alias: its name is offered
            assert "Performer Number 000004" in [c["value"] for c in choices], choices
    # once indexed, A's /spot tags the imported names
    spot = await newsroom.slash(newsroom.amy, "spot", what="Perf 000004 waved at P000005", channel=newsroom.lobby)
    content = (await spot.final(timeout=60)).get("content") or ""
    assert "Performer Number 000004" in content and "Performer Number 000005" in content, content
    assert late(newsroom) == []

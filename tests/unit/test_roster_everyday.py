"""/roster add tells the editor when a name or alias is an everyday word (the service, on a real SQLite file)."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.access import Actor, Caller
from bot.models import GuildConfig
from bot.services.roster import RosterService
from bot.worker import Worker
from db.database import Database
from db.repositories import RosterRepository

CONFIG = GuildConfig(guild_id=1, editor_role_id=12)
EDITOR = Caller(
    1, GuildConfig(guild_id=1, editor_role_id=12), Actor(id=2, name="Desk", role_ids=frozenset({12})), datetime.now(UTC)
)


@pytest.fixture
async def roster(tmp_path: Path):
    db = await Database.open(tmp_path / "backstage.db")
    worker = Worker()
    yield RosterService(RosterRepository(db), worker=worker, database=db.location)
    await worker.close()
    await db.close()


async def test_an_everyday_word_alias_is_added_with_a_note_that_says_how_it_tags(roster: RosterService):
    entry, created, note = await roster.add(EDITOR, "Will Adams", "Will, will.i.am")
    assert created and entry.aliases == ("Will", "will.i.am")
    assert note is not None and "“Will” is an everyday word" in note and "**Will Adams**" in note
    assert "capitalised mid-sentence" in note and "`who`" in note
    matcher = await roster.matcher(1)
    assert matcher.find_in("Spotted Will at the bar") == ["Will Adams"]
    assert matcher.find_in("Will she sing?") == []


async def test_several_everyday_words_are_named_together_and_plain_names_get_no_note(roster: RosterService):
    _, _, note = await roster.add(EDITOR, "Sky Ferreira", "Sky, Echo")
    assert note is not None and "“Sky” and “Echo” are everyday words" in note
    _, _, none = await roster.add(EDITOR, "Lady Gaga", "Gaga, Mother Monster")
    assert none is None


async def test_an_add_updates_the_servers_matcher_in_place_rather_than_indexing_every_name_again(
    roster: RosterService,
):
    """On 130,000 names a whole build holds that server's next /spot for seconds (break15 a7); in place it is a
    millisecond (README "A roster change on a 135,000-name roster")."""
    await roster.store(1, [(f"Guest {chr(65 + i // 26)}{chr(97 + i % 26)}", ()) for i in range(600)])
    before = await roster.matcher(1)
    _, created, _ = await roster.add(EDITOR, "Late Arrival", "LA")
    after = await roster.matcher(1)
    assert created and after is before  # the same index, changed in place
    assert after.find_in("Late Arrival waves to Guest Ab") == ["Late Arrival", "Guest Ab"]

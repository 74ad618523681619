"""/roster add through the real client: an everyday-word alias is accepted, with a note on how it tags."""

from tests.plugin import Newsroom


async def test_roster_add_says_when_an_alias_is_an_everyday_word(newsroom: Newsroom):
    await newsroom.configure()
    added = await newsroom.slash(newsroom.editor, "roster add", name="May Calamawy", aliases="May")
    assert added.ephemeral and "Added **May Calamawy**" in added.content
    assert "“May” is an everyday word" in added.content and "capitalised mid-sentence" in added.content
    plain = await newsroom.slash(newsroom.editor, "roster add", name="Adele")
    assert "everyday" not in plain.content

"""Names through the real client: what autocomplete offers for `who` is what /spot tags, comma names and
entities included; /roster add says when an alias is an everyday word."""

from backstage_testing.pytest_plugin import Newsroom


async def test_the_who_autocomplete_value_is_tagged_as_the_people_it_names(newsroom: Newsroom):
    await newsroom.open_show()
    for name, aliases in (("Tyler, The Creator", "Tyler"), ("Beyoncé", "Queen Bey"), ("Søren Lund", "")):
        await newsroom.slash(newsroom.editor, "roster add", name=name, **({"aliases": aliases} if aliases else {}))
    for i, (typed, people) in enumerate(
        (
            ("Beyonc&#233;; Tyler, The Cr", "Beyoncé, Tyler, The Creator"),
            ("Tyler, The Creator, sor", "Tyler, The Creator, Søren Lund"),
            ("queen bey, Ty", "Beyoncé, Tyler, The Creator"),
        )
    ):
        choices = await newsroom.fake.autocomplete(
            newsroom.guild, newsroom.amy, newsroom.desk, "spot", focused="who", what="x", who=typed
        )
        value = choices[0]["value"]
        posted = await newsroom.slash(newsroom.amy, "spot", what=f"Seen at table {i + 1}", who=value)
        assert f"tagged {people}" in posted.content and "not on the roster" not in posted.content, (
            typed,
            value,
            posted.content,
        )


async def test_roster_add_says_when_an_alias_is_an_everyday_word(newsroom: Newsroom):
    await newsroom.configure()
    added = await newsroom.slash(newsroom.editor, "roster add", name="May Calamawy", aliases="May")
    assert added.ephemeral and "Added **May Calamawy**" in added.content
    assert "“May” is an everyday word" in added.content and "capitalised mid-sentence" in added.content
    plain = await newsroom.slash(newsroom.editor, "roster add", name="Adele")
    assert "everyday" not in plain.content


async def test_a_name_the_text_denies_is_not_tagged_and_a_corrected_who_stays_corrected(newsroom: Newsroom):
    await newsroom.open_show()
    for name, aliases in (("Nadia Okonkwo", "Okonkwo"), ("Pieter Vos", "Vos")):
        await newsroom.slash(newsroom.editor, "roster add", name=name, aliases=aliases)
    denied = await newsroom.slash(newsroom.amy, "spot", what="It was Okonkwo at the piano, not Vos", who="Okonkwo")
    assert "tagged Nadia Okonkwo" in denied.content and "Pieter Vos" not in denied.content, denied.content
    first = await newsroom.slash(newsroom.amy, "spot", what="Vos tripped over a cable by the bar", who="Vos")
    sid = int(first.content.split("**#")[1].split("**")[0])
    corrected = await newsroom.slash(
        newsroom.amy,
        "sighting edit",
        id=sid,
        what="Okonkwo tripped over a cable by the bar (my mistake about Vos, same coat)",
        who="Nadia Okonkwo",
    )
    assert "Corrected" in corrected.content, corrected.content
    history = await newsroom.slash(newsroom.editor, "sighting history", id=sid)
    assert "-# who: Pieter Vos → Nadia Okonkwo\n" in history.content, history.content

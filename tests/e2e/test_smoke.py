async def test_a_sighting_reaches_the_feed(newsroom):
    await newsroom.open_show()
    result = await newsroom.slash(newsroom.amy, "spot", what="Gaga lit a cigarette for Adele during the break",
                                  where="Backstage")
    assert result.ephemeral and "Posted **#1**" in result.content
    embeds = await newsroom.wait_feed(1)
    assert embeds[0]["description"].startswith("» Gaga lit a cigarette")

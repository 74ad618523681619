"""digest.json and timeline.json: no text in them can ping, wherever a publishing system posts it."""

from __future__ import annotations

import json
from datetime import UTC

from bot.digest.json_export import timeline_json, to_json
from bot.digest.timeline import timeline_rows
from bot.models import RosterEntry
from tests.digest.factory import Night, filler


def test_every_text_of_the_json_exports_is_inert():
    night = Night()
    night.roster = [RosterEntry(id=1, guild_id=1, name="Vesna Kralj", aliases=())]
    filler(night, 4, votes=2)
    night.spot(
        "Vesna Kralj beat the world record live <@&42> and then called her dad on stage.",
        who=["Vesna Kralj", "@everyone"],
        where="[Main stage](https://evil.example)",
        quote="Tata, you can stop saying it's a waste of time.",
        quote_by="<@99999>",
        votes=90,
    )

    digest = night.compile()
    rows = timeline_rows(night.sightings, [], digest, digest.compiled_at, UTC)
    exported = to_json(digest) + timeline_json(rows, digest)

    for ping in ("@everyone", "<@99999>", "<@&42>", "](https://"):
        assert ping not in exported, ping
    assert json.loads(to_json(digest))["items"]

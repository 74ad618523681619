"""Key moments (/sighting key) lead the digest's ranking right after the editors' pins."""

from tests.digest.factory import Night


def test_a_key_moment_comes_after_the_pins_and_before_the_most_voted_story():
    night = Night()
    voted = night.spot("Arlo Venn crowd-surfs across the pit to the stage", who=["Arlo Venn"], at="20:10", votes=40)
    key = night.spot("Mira Solberg quietly leaves her seat", who=["Mira Solberg"], at="20:40", key=True)
    pinned = night.spot("Bram Tolliver tunes a borrowed cello in the wings", who=["Bram Tolliver"], at="21:00")
    night.spot("Ona Pell signs a poster for the ushers", who=["Ona Pell"], at="21:30", votes=3)
    night.pin(pinned)
    digest = night.compile(count=4)
    leads = [item.sighting_ids[0] for item in digest.items]
    assert leads[:3] == [pinned.id, key.id, voted.id]


def test_without_the_mark_the_same_quiet_moment_is_left_out():
    night = Night()
    night.spot("Arlo Venn crowd-surfs across the pit to the stage", who=["Arlo Venn"], at="20:10", votes=40)
    quiet = night.spot("Mira Solberg quietly leaves her seat", who=["Mira Solberg"], at="20:40")
    night.spot("Ona Pell signs a poster for the ushers", who=["Ona Pell"], at="21:30", votes=3)
    digest = night.compile(count=2)
    assert quiet.id not in {i for item in digest.items for i in item.sighting_ids}

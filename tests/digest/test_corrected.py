"""Which published reports a new report puts right, as the compile reads it (bot.digest.corrected): a `/spot`
after publishing that does tells the desk (tests/e2e/test_corrections_published.py)."""

from __future__ import annotations

from bot.digest.corrected import taken_back

from .factory import END, Night


def test_a_correction_of_my_last_takes_back_the_published_report_and_nothing_else():
    night = Night()
    award = night.spot(
        "Rosa Kell won Best Debut and cried on the stage steps", who=["Rosa Kell"], by="Ines", at="21:00"
    )
    other = night.spot("Tomas Brenn fixed a tuba valve with a hairpin", who=["Tomas Brenn"], by="Jon", at="21:02")
    fix = night.spot("Correction to my last: Rosa Kell won Best Lyrics, not Best Debut.", by="Ines", at="21:06")
    aside = night.spot("Tomas Brenn then played the tuba in the lobby", who=["Tomas Brenn"], by="Jon", at="21:08")

    told = [award.id, other.id]
    assert taken_back(night.show, night.sightings, fix.id, told, END) == [award.id]
    assert taken_back(night.show, night.sightings, aside.id, told, END) == []


def test_a_number_put_right_is_taken_as_correcting_the_published_report():
    night = Night()
    gig = night.spot("Nils Varga's roadie has toured with him for 14 years", who=["Nils Varga"], by="Ines", at="21:00")
    fix = night.spot("update on the roadie: it's NINE years, not fourteen", by="Ines", at="21:10")

    assert taken_back(night.show, night.sightings, fix.id, [gig.id], END) == [gig.id]

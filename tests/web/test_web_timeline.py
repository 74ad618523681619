"""The public rule of the web (bot.web.timeline) on rows built in Python: what a reader may see, and what changes
when a row changes or an embargo ends."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.models import SightingStatus
from bot.web.timeline import Timeline
from db.repositories.web import TimelineRow

T0 = datetime(2031, 8, 31, 20, 0, tzinfo=UTC)


def row(sid: int, minute: int = 0, **changes) -> TimelineRow:
    base = TimelineRow(
        id=sid,
        show_id=1,
        reporter_id=1,
        reporter="Amy",
        what=f"Sighting {sid}",
        people=(),
        other_names=(),
        where=None,
        quote=None,
        quote_by=None,
        headline=None,
        status=SightingStatus.LIVE,
        created_at=T0 + timedelta(minutes=minute),
        publish_at=None,
        edited_at=None,
        retracted_reason=None,
        corroborates=None,
        credited=False,
        waiting=False,
        in_feed=True,
        dropped=False,
    )
    return replace(base, **changes)


def ids(timeline: Timeline, now: datetime) -> list[int]:
    return [p.id for p in timeline.posts(now)]


def test_posts_are_newest_first_and_only_what_readers_may_see():
    now = T0 + timedelta(hours=1)
    timeline = Timeline(
        [
            row(1, 0),
            row(2, 5),
            row(3, 10, publish_at=now + timedelta(minutes=5)),  # under embargo
            row(4, 15, dropped=True),  # the editor dropped it
            row(
                5, 20, corroborates=1, reporter_id=2, reporter="Ben", credited=True
            ),  # shown on #1 as "also reported by"
            row(6, 25, status=SightingStatus.RETRACTED, in_feed=False),  # pulled before readers saw it
            row(7, 30, status=SightingStatus.RETRACTED, in_feed=True, retracted_reason="wrong person"),
        ]
    )
    assert ids(timeline, now) == [7, 2, 1]
    pulled = timeline.post(7, now)
    assert pulled is not None and pulled.retracted and pulled.reason == "wrong person"
    first = timeline.post(1, now)
    assert first is not None and first.also == ("Ben",)


def test_an_embargo_ending_releases_the_post_and_its_credit():
    hold = T0 + timedelta(minutes=30)
    timeline = Timeline(
        [
            row(1, 0),
            row(2, 5, publish_at=hold),
            row(3, 6, corroborates=1, reporter_id=3, reporter="Cy", publish_at=hold, waiting=True),
        ]
    )
    before = hold - timedelta(seconds=1)
    assert ids(timeline, before) == [1] and timeline.post(1, before).also == ()
    assert timeline.releases(T0, before) == set()
    assert timeline.releases(before, hold) == {2, 3, 1}  # the released rows and the original they credit
    assert ids(timeline, hold) == [2, 1] and timeline.post(1, hold).also == ("Cy",)
    assert timeline.releases(hold, hold + timedelta(hours=1)) == set()  # each embargo ends once


def test_a_change_touches_the_row_and_the_originals_it_credits_before_and_after():
    now = T0 + timedelta(hours=1)
    timeline = Timeline([row(1, 0), row(2, 1), row(3, 2, corroborates=1, reporter_id=2, reporter="Ben", credited=True)])
    # unlinked from #1: it gets a post of its own and #1 loses the credit
    touched = timeline.apply({3}, {3: row(3, 2, reporter_id=2, reporter="Ben")})
    assert touched == {1, 3}
    assert ids(timeline, now) == [3, 2, 1] and timeline.post(1, now).also == ()
    # a row that is no longer returned (it cannot be public) leaves the page
    assert timeline.apply({2}, {}) == {2} and ids(timeline, now) == [3, 1]


def test_a_correction_is_marked_and_a_retraction_is_not_marked_corrected():
    now = T0 + timedelta(hours=1)
    edited = T0 + timedelta(minutes=3)
    timeline = Timeline([row(1, 0, edited_at=edited, what="Fixed text")])
    post = timeline.post(1, now)
    assert post is not None and post.corrected_at == edited and post.what == "Fixed text"
    timeline.apply({1}, {1: row(1, 0, edited_at=edited, status=SightingStatus.RETRACTED, retracted_reason=None)})
    post = timeline.post(1, now)
    assert post is not None and post.retracted and post.corrected_at is None


def test_a_quote_by_without_a_quote_is_not_shown():
    post = Timeline([row(1, 0, quote_by="Adele")]).post(1, T0)
    assert post is not None and post.quote_by is None


def test_a_corroboration_follows_the_feeds_decision_and_its_originals_state():
    now = T0 + timedelta(hours=1)
    hold = now + timedelta(minutes=30)
    ben = {"corroborates": 1, "reporter_id": 2, "reporter": "Ben"}
    # the original is under embargo: a report still waiting for the publisher is a post of its own
    timeline = Timeline([row(1, 0, publish_at=hold), row(2, 1, waiting=True, **ben)])
    assert ids(timeline, now) == [2]
    # the original is out: the waiting report will be credited on it, as the publisher does when it is due
    assert timeline.releases(now, hold) == {1, 2}
    assert ids(timeline, hold) == [1] and timeline.post(1, hold).also == ("Ben",)
    # posted on its own by the feed while the original was held: it stays a post of its own, with no credit
    timeline = Timeline([row(1, 0, publish_at=hold), row(2, 1, **ben)])
    assert ids(timeline, hold) == [2, 1] and timeline.post(1, hold).also == ()
    # the original leaves the feed: a report waiting for the publisher becomes a post of its own at once
    timeline = Timeline([row(1, 0), row(2, 1, waiting=True, **ben)])
    assert ids(timeline, now) == [1]
    touched = timeline.apply({1}, {1: row(1, 0, status=SightingStatus.RETRACTED)})
    assert touched == {1, 2} and ids(timeline, now) == [2, 1] and timeline.post(1, now).also == ()


def test_a_retracted_credited_report_is_neither_a_credit_nor_a_post():
    now = T0 + timedelta(hours=1)
    ben = {"corroborates": 1, "reporter_id": 2, "reporter": "Ben", "credited": True}
    timeline = Timeline([row(1, 0), row(2, 1, **ben)])
    assert timeline.post(1, now).also == ("Ben",)
    touched = timeline.apply({2}, {2: row(2, 1, status=SightingStatus.RETRACTED, in_feed=False, **ben)})
    assert touched == {1, 2} and ids(timeline, now) == [1] and timeline.post(1, now).also == ()


def test_a_credit_by_the_originals_own_correspondent_is_not_shown_as_in_the_feed():
    now = T0 + timedelta(hours=1)
    timeline = Timeline([row(1, 0), row(2, 1, corroborates=1, reporter_id=1, reporter="Amy", credited=True)])
    assert ids(timeline, now) == [1] and timeline.post(1, now).also == ()

"""The commands on a PostgreSQL server (BACKSTAGE_DATABASE=postgresql://…): `migrate`, `doctor`, `rehearse --db`,
`serve` beside a bot, and the one sentence for a server that cannot be used. The password never shows."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import aiohttp
import pytest

from backstage_testing.postgres import APP_PASSWORD, PostgresServer
from backstage_testing.pytest_plugin import _running_newsroom
from backstage_testing.web import events
from bot.web.links import show_url
from db.database import LATEST_VERSION, Database, hide_credentials
from tests.faults.helpers import Exited, bot_env, run_to_exit
from tests.web.test_web_cli import URL, backstage, env, line_matching, stop

FIX = "; fix it in .env or the environment (README.md lists every setting).\n"


async def command(*args: str, cwd: Path, database: str, token: str = "") -> Exited:
    environment = bot_env(Path("unused.db"), token=token, api="", gateway="")
    environment["BACKSTAGE_DATABASE"] = database
    return await run_to_exit([sys.executable, "-m", "bot", *args], environment, cwd, timeout=60)


def never_shows_the_password(*exits: Exited) -> None:
    for exited in exits:
        assert APP_PASSWORD not in exited.stdout + exited.stderr


async def test_migrate_creates_a_postgresql_database_then_finds_it_up_to_date(
    postgresql_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgresql_server.new_database(migrated=False)
    shown = hide_credentials(url)
    try:
        created = await command("migrate", cwd=tmp_path, database=url)
        again = await command("migrate", cwd=tmp_path, database=url)
    finally:
        postgresql_server.drop(url)
    assert created.code == 0 and created.stdout.startswith(
        f"Created the database {shown} at schema version {LATEST_VERSION} (applied V1 initial, V2 newsroom,"
    )
    assert (again.code, again.stdout) == (
        0,
        f"The database {shown} is up to date: schema version {LATEST_VERSION} (the latest this Backstage knows).\n",
    )
    assert shown.startswith("postgresql://***@127.0.0.1:")
    never_shows_the_password(created, again)
    assert list(tmp_path.iterdir()) == []  # no lock file, no SQLite file: the server holds everything


async def test_run_and_migrate_tell_a_server_that_cannot_be_reached_in_one_sentence_exit_75(tmp_path: Path) -> None:
    """A server not reachable yet (not started, restarting) is a temporary failure: exit 75, which the systemd units
    restart (exit 2 they never do)."""
    address = "postgresql://backstage:s3cret-pw@127.0.0.1:1/backstage"
    for name in ("run", "migrate"):
        exited = await command(name, cwd=tmp_path, database=address, token="t")
        assert exited.code == 75, name
        assert exited.stderr.startswith(
            "Cannot reach the database 'backstage' on the PostgreSQL server at 127.0.0.1:1 ("
        ), exited.stderr
        assert exited.stderr.endswith(
            "): start the server, or fix the host and port in BACKSTAGE_DATABASE "
            "(postgresql://***@127.0.0.1:1/backstage).\n"
        )
        assert exited.stderr.count("\n") == 1 and "s3cret" not in exited.stdout + exited.stderr
    assert list(tmp_path.iterdir()) == []


async def test_an_address_whose_server_is_not_postgresql_says_so_not_that_it_refused_ssl(tmp_path: Path) -> None:
    """A `postgresql://` address whose port is another service's (an HTTP server answering the SSL request with
    `HTTP/1.1 400`) is said to be that, not a server refusing SSL "which the address requires": no sslmode was set."""

    async def http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(8)
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(http, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        exited = await command(
            "migrate", cwd=tmp_path, database=f"postgresql://u:s3cret@127.0.0.1:{port}/db", token="t"
        )
    finally:
        server.close()
    assert exited.code == 2, exited.stderr
    assert exited.stderr == (
        f"The server at 127.0.0.1:{port} did not answer as PostgreSQL does (PostgreSQL server at "
        f'"127.0.0.1:{port}" rejected SSL upgrade): it may be another service on that port; fix the host and port '
        f"in BACKSTAGE_DATABASE (postgresql://***@127.0.0.1:{port}/db).\n"
    )


async def test_two_migrate_commands_at_once_on_an_empty_database_migrate_it_once_from_nothing(
    postgresql_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgresql_server.new_database(migrated=False)
    try:
        exits = await asyncio.gather(*(command("migrate", cwd=tmp_path, database=url) for _ in range(2)))
    finally:
        postgresql_server.drop(url)
    shown = hide_credentials(url)
    assert [exited.code for exited in exits] == [0, 0], [exited.stderr for exited in exits]
    created, found = sorted((exited.stdout for exited in exits), key=lambda said: not said.startswith("Created"))
    assert created.startswith(f"Created the database {shown} at schema version {LATEST_VERSION} (applied V1 initial,")
    assert (
        found
        == f"The database {shown} is up to date: schema version {LATEST_VERSION} (the latest this Backstage knows).\n"
    )
    assert not any("another program's" in exited.stderr for exited in exits)


@pytest.mark.parametrize(
    ("address", "sentence"),
    [
        ("postgresql://backstage:s3cret@pw:x/y@127.0.0.1:{port}/db", "unencoded @"),
        ("postgresql://backstage:s3cret@127.0.0.1:99999/db", "the port '99999' is not a number"),
        ("postgresql:///nowhere?host=127.0.0.1&port={port}&user=backstage&password=s3cret", "127.0.0.1:{port}"),
    ],
)
async def test_an_address_that_cannot_be_used_as_written_is_one_sentence_exit_2_without_its_password(
    postgresql_server: PostgresServer, tmp_path: Path, address: str, sentence: str
) -> None:
    for name, code in (("migrate", 2), ("doctor", 1)):  # doctor lists it among the things to fix
        exited = await command(name, cwd=tmp_path, database=address.format(port=postgresql_server.port), token="t")
        out = exited.stdout + exited.stderr
        assert exited.code == code and sentence.format(port=postgresql_server.port) in out, (name, out)
        assert "s3cret" not in out and "Traceback" not in out


async def test_an_address_of_another_kind_is_refused_as_a_setting_without_its_password(tmp_path: Path) -> None:
    exited = await command("migrate", cwd=tmp_path, database="mysql://backstage:s3cret-pw@db.example.com/backstage")
    assert (exited.code, exited.stderr) == (
        2,
        "Invalid setting BACKSTAGE_DATABASE='mysql://***@db.example.com/backstage': input should be a SQLite file "
        "path such as /srv/backstage/data/backstage.db or a PostgreSQL address such as "
        "postgresql://backstage:password@db.example.com:5432/backstage" + FIX,
    )


async def test_doctor_checks_a_postgresql_database(postgresql_url: str, tmp_path: Path) -> None:
    exited = await command("doctor", cwd=tmp_path, database=postgresql_url)
    shown = hide_credentials(postgresql_url)
    assert (
        f"[ok] The database {shown} answers, is writable and at schema version {LATEST_VERSION}, the latest."
        in exited.stdout.splitlines()
    )
    never_shows_the_password(exited)


async def test_doctor_says_what_to_do_with_a_new_empty_postgresql_database(
    postgresql_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgresql_server.new_database(migrated=False)
    try:
        exited = await command("doctor", cwd=tmp_path, database=url)
    finally:
        postgresql_server.drop(url)
    assert (
        f"[fix] The database {hide_credentials(url)} has no Backstage schema yet, this Backstage's is "
        f"{LATEST_VERSION}: run `backstage migrate` (or start the bot, which migrates)."
    ) in exited.stdout.splitlines()


async def test_rehearse_keeps_the_night_in_a_postgresql_database(postgresql_url: str, tmp_path: Path) -> None:
    exited = await command("rehearse", "--db", postgresql_url, "--out", str(tmp_path / "out"), cwd=tmp_path,
                           database=str(tmp_path / "unused.db"))  # fmt: skip
    assert exited.code == 0, exited.stderr
    assert (tmp_path / "out" / "digest.md").read_text(encoding="utf-8").startswith("#")
    db = await Database.open(postgresql_url)
    try:
        [(sightings,)] = [tuple(r) for r in await db.fetchall("SELECT COUNT(*) FROM sightings")]
    finally:
        await db.close()
    assert sightings > 10 and f'"sightings": {sightings},' in exited.stdout
    never_shows_the_password(exited)


@pytest.mark.slow
async def test_serve_in_a_process_of_its_own_follows_a_bot_on_postgresql(fake, postgresql_url: str, tmp_path: Path):
    environment = env(BACKSTAGE_DATABASE=postgresql_url, BACKSTAGE_WEB_PORT="0", DISCORD_TOKEN="")
    async with (
        _running_newsroom(fake, postgresql_url) as newsroom,
        backstage("serve", environment=environment, cwd=tmp_path) as proc,
    ):
        await newsroom.open_show(web=True)
        assert proc.stderr is not None
        base = (await line_matching(proc.stderr, URL)).group(0)
        show = await newsroom.services.shows.current(newsroom.guild.id)
        assert show is not None and show.web_token is not None
        url = show_url(base, show.web_token)
        async with events(url) as stream:
            result = await newsroom.slash(newsroom.amy, "spot", what="Seen from another process")
            sid = int(result.content.split("**#")[1].split("**")[0])
            event = await stream.until(lambda e: e.data.get("id") == sid, what="from the other process")
            assert "Seen from another process" in event.data["html"]
        async with aiohttp.ClientSession() as session, session.get(url) as page:
            assert page.status == 200 and "Seen from another process" in await page.text()
        code, err = await stop(proc)
        assert code == 0 and "Traceback" not in err and APP_PASSWORD not in err


async def test_serve_answers_a_moment_unavailable_while_its_server_is_down_then_follows_the_night_again(
    fake, postgresql_server: PostgresServer, postgresql_url: str, tmp_path: Path
):
    environment = env(BACKSTAGE_DATABASE=postgresql_url, BACKSTAGE_WEB_PORT="0", DISCORD_TOKEN="")
    async with (
        _running_newsroom(fake, postgresql_url) as newsroom,
        backstage("serve", environment=environment, cwd=tmp_path) as proc,
    ):
        await newsroom.open_show(web=True)
        assert proc.stderr is not None
        base = (await line_matching(proc.stderr, URL)).group(0)
        show = await newsroom.services.shows.current(newsroom.guild.id)
        assert show is not None and show.web_token is not None
        url = show_url(base, show.web_token)
        await newsroom.slash(newsroom.amy, "spot", what="Seen before the restart")
        async with aiohttp.ClientSession() as session:
            async with session.get(url) as page:
                assert page.status == 200
            async with postgresql_server.down(), session.get(url) as page:
                text = await page.text()
                assert page.status == 503 and "<title>Unavailable for a moment</title>" in text, text[:300]
            result = await newsroom.slash(newsroom.amy, "spot", what="Seen after the restart")
            assert "**#" in (result.content or ""), result.content
            async with events(url) as stream:  # the live page follows the night again
                sid = int(result.content.split("**#")[1].split("**")[0])
                await stream.until(lambda e: e.data.get("id") == sid, what="the sighting after the restart")
            async with session.get(url) as page:
                text = await page.text()
                assert page.status == 200 and "Seen before the restart" in text and "Seen after the restart" in text
        code, err = await stop(proc)
        assert code == 0 and APP_PASSWORD not in err

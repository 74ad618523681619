"""What a service manager sees when Backstage cannot start: Discord unreachable or failing is a temporary
failure (exit 75, EX_TEMPFAIL) that the systemd units in deploy/ restart on without end; a mistake a person must
fix is exit 2, which they never restart. The units themselves are checked with systemd's own tools when the
machine has them (README "Deploying")."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from bot.cli import TEMPFAIL
from bot.settings import Settings, instance_environment
from tests.faults.helpers import Exited, bot_env, run_to_exit

ROOT = Path(__file__).resolve().parents[2]
UNITS = {name: ROOT / "deploy" / name for name in ("backstage.service", "backstage@.service")}


async def backstage(command: str, tmp_path: Path, api: str) -> Exited:
    env = bot_env(tmp_path / "backstage.db", token="a-token", api=api, gateway="ws://127.0.0.1:9/")
    return await run_to_exit([sys.executable, "-m", "bot", command], env, tmp_path, timeout=60)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
async def answering() -> AsyncIterator[dict[str, object]]:
    """Something at the REST base that answers every request with `state["status"]` (Discord in an outage, or a
    proxy's page): not Discord, so not the fake."""
    state: dict[str, object] = {"status": 503}

    async def reply(request: web.Request) -> web.Response:
        return web.Response(status=int(str(state["status"])), text="<html>not Discord</html>")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", reply)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    state["api"] = f"http://127.0.0.1:{port}/api/v10"
    try:
        yield state
    finally:
        await runner.cleanup()


def last_line(exited: Exited) -> str:
    assert "Traceback" not in exited.stderr, exited.stderr
    return exited.stderr.strip().splitlines()[-1]


async def test_discord_unreachable_or_answering_5xx_at_start_exits_75_and_a_404_exits_2_in_one_sentence(
    tmp_path: Path, answering: dict[str, object]
) -> None:
    api = str(answering["api"])
    unreachable = await backstage("run", tmp_path, f"http://127.0.0.1:{closed_port()}/api/v10")
    outage = await backstage("run", tmp_path, api)
    answering["status"] = 404
    missing = await backstage("run", tmp_path, api)
    doctor = await backstage("doctor", tmp_path, api)
    assert TEMPFAIL == 75
    assert unreachable.code == 75 and last_line(unreachable).startswith("Cannot reach Discord at ")
    assert outage.code == 75 and last_line(outage).startswith("Discord answered 503 when Backstage logged in")
    assert missing.code == 2
    assert last_line(missing) == (
        f"Discord answered 404 Not Found at {api} when Backstage started, where it answers 200: something between "
        "this machine and Discord (a proxy, a firewall page) answers instead; check the network connection, then "
        "start Backstage again."
    )
    assert doctor.code == 1 and "Traceback" not in doctor.stderr
    assert doctor.stdout.splitlines()[1] == f"[fix] {last_line(missing)}"


def directives(unit: Path) -> dict[tuple[str, str], list[str]]:
    """(section, key) → values, in order (systemd allows a key several times)."""
    found: dict[tuple[str, str], list[str]] = {}
    section = ""
    for line in unit.read_text(encoding="utf-8").splitlines():
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            found.setdefault((section, key.strip()), []).append(value.strip())
    return found


@pytest.mark.parametrize("name", list(UNITS))
def test_a_unit_restarts_on_a_temporary_failure_without_end_and_never_on_exit_2(name: str) -> None:
    unit = directives(UNITS[name])
    assert unit[("Unit", "StartLimitIntervalSec")] == ["0"]  # no count of failures stops it
    assert unit[("Service", "Restart")] == ["on-failure"]  # exit 75 (and a crash) is a failure
    assert unit[("Service", "RestartSec")] == ["30"]
    assert unit[("Service", "RestartPreventExitStatus")] == ["2"]  # and only 2 stops it
    assert str(TEMPFAIL) not in unit[("Service", "RestartPreventExitStatus")][0].split()
    # `run` migrates itself: a refusal is the main process's exit 2 (an ExecStartPre's is not what
    # RestartPreventExitStatus looks at)
    assert ("Service", "ExecStartPre") not in unit
    instance = " --instance %I" if name == "backstage@.service" else ""
    assert unit[("Service", "ExecStart")] == [f"/srv/backstage/.venv/bin/backstage run{instance}"]


def systemd_tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed on this machine")
    return tool


@pytest.mark.parametrize("instance", ["", "0,1"])
def test_systemd_analyze_verify_accepts_the_units(instance: str, tmp_path: Path) -> None:
    analyze = systemd_tool("systemd-analyze")
    escape = systemd_tool("systemd-escape")
    source = UNITS["backstage@.service" if instance else "backstage.service"]
    # the unit as installed, but running this checkout's `backstage` (verify checks that ExecStart exists)
    text = source.read_text(encoding="utf-8").replace(
        "/srv/backstage/.venv/bin/backstage", str(ROOT / ".venv/bin/backstage")
    )
    if instance:
        name = subprocess.run(
            [escape, "--template", "backstage@.service", instance], capture_output=True, text=True, check=True
        ).stdout.strip()
    else:
        name = "backstage.service"
    (tmp_path / name).write_text(text, encoding="utf-8")
    checked = subprocess.run(
        [analyze, "verify", "--man=no", str(tmp_path / name)], capture_output=True, text=True, check=False
    )
    assert (checked.returncode, checked.stdout + checked.stderr) == (0, ""), checked.stderr


@pytest.mark.parametrize("ids", ["0", "0-1", "0,1", "0-1,4"])
def test_a_template_instance_named_with_systemd_escape_serves_exactly_its_shard_ids(
    ids: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    escape = systemd_tool("systemd-escape")
    unit = directives(UNITS["backstage@.service"])
    # the instance on the command line, which an env file's `BACKSTAGE_SHARD_IDS=` cannot override (systemd's
    # EnvironmentFile= would override an Environment=)
    assert unit[("Service", "ExecStart")] == ["/srv/backstage/.venv/bin/backstage run --instance %I"]
    assert ("Service", "Environment") not in unit
    name = subprocess.run(
        [escape, "--template", "backstage@.service", ids], capture_output=True, text=True, check=True
    ).stdout.strip()
    # %I: the instance name, unescaped (systemd.unit(5), "Specifiers")
    value = subprocess.run(
        [escape, "--unescape", "--instance", name], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert value == ids
    monkeypatch.setenv("BACKSTAGE_SHARD_COUNT", "8")
    monkeypatch.setenv("BACKSTAGE_DATABASE", "/srv/backstage/data/backstage.db")
    monkeypatch.setenv("BACKSTAGE_SHARD_IDS", "")  # the env file's empty line
    updates = instance_environment(Settings(_env_file=None), value)  # type: ignore[call-arg]
    assert updates == {"BACKSTAGE_SHARD_IDS": ids, "BACKSTAGE_DATABASE": f"/srv/backstage/data/shards-{ids}.db"}
    for key, setting in updates.items():
        monkeypatch.setenv(key, setting)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (
        ",".join(map(str, settings.shards()[1] or ())) == {"0": "0", "0-1": "0,1", "0,1": "0,1", "0-1,4": "0,1,4"}[ids]
    )


def test_a_range_written_without_systemd_escape_is_refused_saying_to_use_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from bot.cli import invalid_settings

    monkeypatch.setenv("BACKSTAGE_SHARD_COUNT", "8")
    monkeypatch.setenv("BACKSTAGE_SHARD_IDS", "0/1")  # %I of `backstage@0-1`: systemd reads `-` as `/`
    with pytest.raises(ValidationError) as refused:
        Settings(_env_file=None)  # type: ignore[call-arg]
    assert re.search(
        r"in a systemd instance name, write the range with systemd-escape", invalid_settings(refused.value)
    )

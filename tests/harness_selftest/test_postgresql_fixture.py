"""The both-engines fixture's promise: on a machine without PostgreSQL `make test` still passes and says at the end
how many PostgreSQL cases it skipped and why; with BACKSTAGE_REQUIRE_POSTGRESQL=1 (CI) those cases fail instead.
Run as a pytest of its own, on a machine made to look like one without the server's binaries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backstage_testing.postgres import MISSING, REQUIRE

ROOT = Path(__file__).resolve().parents[2]
CONFTEST = """
import backstage_testing.postgres

backstage_testing.postgres.find_pg_ctl = lambda: None  # this machine has no PostgreSQL
pytest_plugins = ["backstage_testing.pytest_plugin"]
"""
INI = """[pytest]
asyncio_mode = auto
asyncio_default_fixture_loop_scope = function
filterwarnings = ignore:'audioop' is deprecated:DeprecationWarning
"""
TEST = """
from db.database import LATEST_VERSION


async def test_the_database_opens(database):
    assert await database.version() == LATEST_VERSION
"""


def pytest_run(folder: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    (folder / "conftest.py").write_text(CONFTEST)
    (folder / "test_both.py").write_text(TEST)
    env = {k: v for k, v in os.environ.items() if k != REQUIRE} | {"PYTHONPATH": str(ROOT), **environment}
    (folder / "pytest.ini").write_text(INI)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", str(folder)],
        cwd=folder, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.slow
def test_without_postgresql_its_cases_are_skipped_and_the_end_of_the_run_says_why(tmp_path: Path):
    run = pytest_run(tmp_path)
    assert run.returncode == 0, run.stdout
    assert f"PostgreSQL: 1 test skipped: {MISSING}." in run.stdout
    assert "1 passed, 1 skipped" in run.stdout


@pytest.mark.slow
def test_without_postgresql_and_required_its_cases_fail(tmp_path: Path):
    run = pytest_run(tmp_path, **{REQUIRE: "1"})
    assert run.returncode == 1, run.stdout
    assert f"{MISSING}; {REQUIRE}=1 says these tests must run" in run.stdout
    assert "1 passed, 1 error" in run.stdout

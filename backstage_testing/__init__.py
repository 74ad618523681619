"""Backstage's test kit, shared by the tests and the benchmarks: `fakediscord` (a fake Discord on 127.0.0.1 that
the real discord.py client talks to) and `pytest_plugin` (the `newsroom` fixture and its helpers).

Tests load the plugin with `pytest_plugins = ["backstage_testing.pytest_plugin"]` (see `tests/conftest.py`).
"""

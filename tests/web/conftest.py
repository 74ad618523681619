"""The browser for the web tests: Debian's Chromium, driven by Playwright. Without it the tests that need it
skip and say why; on CI (.ci/run installs it) a missing browser fails instead, so they never skip there."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest

from backstage_testing.web import browser, chromium

if TYPE_CHECKING:
    from playwright.async_api import Browser, ConsoleMessage, Page

SHOTS = "/tmp/web-shots"


@pytest.fixture
async def chromium_browser() -> AsyncIterator[Browser]:
    if chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing on CI: .ci/run installs Debian's chromium package before the tests")
        pytest.skip("needs Debian's chromium package (apt-get install chromium; .ci/run installs it)")
    async with browser() as launched:
        yield launched


@dataclass
class Reader:
    """An open page and what its console said: errors, failed loads, uncaught exceptions, CSP refusals."""

    page: Page
    errors: list[str] = field(default_factory=list)

    def note(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")


async def reader(
    launched: Browser, url: str, *, width: int = 390, height: int = 844, timezone: str = "Asia/Tokyo"
) -> Reader:
    """A phone-sized page (390 px, as an iPhone 14) in a timezone other than the show's, opened at `url`."""
    context = await launched.new_context(
        viewport={"width": width, "height": height}, timezone_id=timezone, locale="en-US", device_scale_factor=1
    )
    page = await context.new_page()
    opened = Reader(page)
    page.on("console", opened.note)
    page.on("pageerror", lambda error: opened.errors.append(f"uncaught: {error}"))
    page.on("requestfailed", lambda request: opened.errors.append(f"failed: {request.url}"))
    await page.goto(url)
    return opened

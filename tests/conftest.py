"""Shared fixtures: a fresh rooms database per test, on SQLite and on PostgreSQL, and the
system Chromium for the browser tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rapport.devtools import CHROMIUM_ARGS, chromium_path
from rapport.rooms.service import RoomService
from rapport.rooms.store import Store
from rooms_db import fresh_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database (no schema yet) of each kind."""
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    yield opened
    opened.dispose()


@pytest.fixture
def service(store: Store) -> RoomService:
    return RoomService(store, retention=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """The system Chromium, driven by Playwright (which never downloads a browser here)."""
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium at /usr/bin/chromium: run `make browser` (apt-get install -y "
                    "chromium) to enable the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()

"""Fixtures for the stand-in's own tests: a stand-in that may see violations (those tests
provoke them on purpose and assert them), and a bare PTB `Bot` talking to it.

The modules that test the stand-in import these; every other test gets conftest's `api`,
which fails on any violation, and its `bot`, the real bot process.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from standin import StandIn


@pytest.fixture(name="api")
async def standin_api() -> AsyncIterator[StandIn]:
    async with StandIn() as api:
        yield api


@pytest.fixture(name="bot")
async def ptb_bot(api: StandIn) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
        yield bot

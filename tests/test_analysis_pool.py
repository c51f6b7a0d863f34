"""AnalysisPool: drafts analysed off the event loop, concurrent ones batched together."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any, cast

import pytest

import nlp
from bot.drafts.analysis import AnalysisPool

DRAFTS = [
    "you never listen to me",
    "Could we have dinner together on Friday?",
    "you always forget the bins",
    "I felt alone last night.",
]


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.Analyzer()


@pytest.fixture
async def pool() -> AsyncIterator[AnalysisPool]:
    # workers=0: one thread in this process, so the test needs no model load per process.
    pool = AnalysisPool(workers=0, linger_ms=20.0)
    await pool.start()
    yield pool
    await pool.close()


async def test_analysis_pool_batches_concurrent_drafts_keeping_order(
    pool: AnalysisPool, analyzer: nlp.Analyzer
) -> None:
    drafts = DRAFTS * 5
    results = await asyncio.gather(*(pool.analyze(text) for text in drafts))
    assert results == [analyzer.analyze(text) for text in drafts]
    assert pool.batches == 1


async def test_analysis_pool_lone_drafts_go_one_by_one(pool: AnalysisPool) -> None:
    for text in DRAFTS[:3]:
        await pool.analyze(text)
    assert pool.batches == 3


async def test_analysis_pool_failing_batch_fails_its_drafts_not_hangs(pool: AnalysisPool) -> None:
    bad = cast(Any, 42)  # analyze_many refuses non-text, failing the whole batch
    results = await asyncio.gather(
        pool.analyze(DRAFTS[0]), pool.analyze(bad), return_exceptions=True
    )
    assert all(isinstance(r, TypeError) for r in results)
    assert (await pool.analyze(DRAFTS[0])).flagged  # and the pool still works


async def test_analysis_pool_refuses_before_start() -> None:
    with pytest.raises(RuntimeError, match="start"):
        await AnalysisPool(workers=0).analyze("hello")

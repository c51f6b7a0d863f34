"""Draft analysis off the event loop: a process pool with micro-batching.

spaCy holds the GIL while it parses, so a thread would still stall every other user; worker
processes give real parallelism on more than one core. Drafts that arrive within a few
milliseconds of each other travel to a worker as one batch, so `nlp.pipe` can amortise its
per-call cost and the pickling round trip is paid once per batch, not once per draft.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass

import nlp

log = logging.getLogger(__name__)

# How often a worker process checks that the bot process is still there.
PARENT_CHECK_S = 1.0
# Worker-process state: one analyzer per process, built once by the pool initializer.
_worker_analyzer: nlp.Analyzer | None = None


def _init_worker() -> None:
    global _worker_analyzer
    _worker_analyzer = nlp.Analyzer()


def _init_worker_process() -> None:
    _exit_with_parent(os.getppid())
    _init_worker()


def _exit_with_parent(parent: int) -> None:
    """End this worker process once the bot process is gone. A bot killed outright (SIGKILL,
    the OOM killer) cannot shut its pool down, and its orphaned workers would otherwise hold
    a loaded pipeline each until the machine restarts."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        os._exit(0)

    threading.Thread(target=watch, name="tend-exit-with-parent", daemon=True).start()


def _analyze_batch(texts: Sequence[str]) -> list[nlp.Analysis]:
    if _worker_analyzer is None:
        _init_worker()
    assert _worker_analyzer is not None
    return _worker_analyzer.analyze_many(texts)


def _pattern_ids(flags: Sequence[tuple[str, str]]) -> list[str | None]:
    if _worker_analyzer is None:
        _init_worker()
    assert _worker_analyzer is not None
    return _worker_analyzer.pattern_ids(flags)


def _describe_worker() -> str:
    if _worker_analyzer is None:
        _init_worker()
    assert _worker_analyzer is not None
    return _worker_analyzer.info.describe()


@dataclass(slots=True)
class _Job:
    text: str
    future: asyncio.Future[nlp.Analysis]


class AnalysisPool:
    """Analyzes drafts in worker processes (or one thread when `workers == 0`)."""

    def __init__(self, *, workers: int = 1, max_batch: int = 32, linger_ms: float = 2.0) -> None:
        self._workers = workers
        self._max_batch = max_batch
        self._linger = linger_ms / 1000
        self._executor: Executor | None = None
        self._queue: asyncio.Queue[_Job] = asyncio.Queue()
        self._slots = asyncio.Semaphore(max(workers, 1))
        self._consumer: asyncio.Task[None] | None = None
        self._inflight: set[asyncio.Task[None]] = set()
        self.description = "not started"
        self.batches = 0  # for tests and benchmarks

    async def start(self) -> None:
        """Start the workers and wait until the pipeline is loaded, so the first draft is fast."""
        if self._workers == 0:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tend-nlp")
        else:
            self._executor = ProcessPoolExecutor(
                max_workers=self._workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker_process,
            )
        loop = asyncio.get_running_loop()
        self.description = await loop.run_in_executor(self._executor, _describe_worker)
        log.info("analyzer ready: %s", self.description)
        self._consumer = asyncio.create_task(self._consume(), name="tend-analysis-batcher")

    async def close(self) -> None:
        """Stop batching and shut the workers down."""
        if self._consumer is not None:
            self._consumer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._consumer
        if self._inflight:
            await asyncio.gather(*self._inflight, return_exceptions=True)
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    async def analyze(self, text: str) -> nlp.Analysis:
        """Analyze one draft; concurrent callers are batched together."""
        if self._consumer is None:
            raise RuntimeError("AnalysisPool.start() was not awaited")
        future: asyncio.Future[nlp.Analysis] = asyncio.get_running_loop().create_future()
        await self._queue.put(_Job(text, future))
        return await future

    async def pattern_ids(self, flags: Sequence[tuple[str, str]]) -> list[str | None]:
        """The rule id behind each (category, flagged words) a check kept, or None
        (`nlp.Analyzer.pattern_ids`). Rare (a user sharing their 👎 examples): it takes a
        worker's turn like a batch of drafts, without batching."""
        if self._executor is None:
            raise RuntimeError("AnalysisPool.start() was not awaited")
        async with self._slots:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._executor, _pattern_ids, list(flags))

    async def _consume(self) -> None:
        while True:
            batch = [await self._queue.get()]
            # While every worker is busy, drafts queue up: they go out as the next batch.
            await self._slots.acquire()
            self._take(batch)
            if len(batch) < self._max_batch and self._linger > 0:
                # Linger briefly so a burst becomes one batch; never delay a lone draft long.
                await asyncio.sleep(self._linger)
                self._take(batch)
            self.batches += 1
            task = asyncio.create_task(self._run(batch))
            self._inflight.add(task)
            task.add_done_callback(self._inflight.discard)

    def _take(self, batch: list[_Job]) -> None:
        while len(batch) < self._max_batch and not self._queue.empty():
            batch.append(self._queue.get_nowait())

    async def _run(self, batch: list[_Job]) -> None:
        try:
            assert self._executor is not None
            loop = asyncio.get_running_loop()
            texts = [job.text for job in batch]
            results = await loop.run_in_executor(self._executor, _analyze_batch, texts)
        except Exception as exc:  # a broken worker must fail these drafts, not hang them
            for job in batch:
                if not job.future.done():
                    job.future.set_exception(exc)
        else:
            for job, result in zip(batch, results, strict=True):
                if not job.future.done():
                    job.future.set_result(result)
        finally:
            self._slots.release()

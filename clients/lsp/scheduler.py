"""Analysis off the event loop: per-document debounce, one run per version, stale results dropped.

The event loop only takes snapshots (text + version) and hands them to a small
thread pool; handlers await the result. Two requests for the same version and
settings share one run. Whoever publishes compares the result's version with
the document's current one and drops it when the user has typed since.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Awaitable, Callable

from .documents import DocumentResult, Snapshot
from .settings import Settings

log = logging.getLogger(__name__)

Analyze = Callable[[Snapshot, Settings], DocumentResult]


class Scheduler:
    def __init__(self, analyze: Analyze, workers: int = 2):
        self._analyze = analyze
        self.executor = ThreadPoolExecutor(workers, thread_name_prefix="ncc-analysis")
        self._running: dict[str, tuple[tuple, asyncio.Future]] = {}
        self._waiting: dict[str, asyncio.Task] = {}
        #: The newest finished result per document.
        self.latest: dict[str, DocumentResult] = {}

    @staticmethod
    def _key(snapshot: Snapshot, settings: Settings) -> tuple:
        return snapshot.version, snapshot.kind, len(snapshot.text), hash(snapshot.text), settings

    def cached(self, snapshot: Snapshot, settings: Settings) -> DocumentResult | None:
        found = self.latest.get(snapshot.uri)
        if found is not None and self._key(found.snapshot, found.settings) == self._key(snapshot, settings):
            return found
        return None

    async def analyze(self, snapshot: Snapshot, settings: Settings) -> DocumentResult:
        """The analysis of exactly this snapshot (shared with any run already going for it)."""
        done = self.cached(snapshot, settings)
        if done is not None:
            return done
        key = self._key(snapshot, settings)
        running = self._running.get(snapshot.uri)
        if running is None or running[0] != key:
            future = asyncio.get_running_loop().run_in_executor(self.executor, self._analyze, snapshot, settings)
            running = self._running[snapshot.uri] = (key, future)
        result = await asyncio.shield(running[1])
        if self._running.get(snapshot.uri) is running:
            del self._running[snapshot.uri]
        newest = self.latest.get(snapshot.uri)
        if newest is None or (newest.snapshot.version or 0) <= (snapshot.version or 0):
            self.latest[snapshot.uri] = result
        return result

    def after(self, uri: str, delay_s: float, job: Callable[[], Awaitable[None]]) -> None:
        """Run ``job`` after ``delay_s`` unless another call for ``uri`` comes first (the debounce)."""
        self.cancel(uri)

        async def wait_then_run():
            try:
                if delay_s > 0:
                    await asyncio.sleep(delay_s)
                await job()
            except asyncio.CancelledError:
                pass
            except Exception:  # never let one document's failure escape into the loop
                log.exception("analysis job for %s failed", uri)
            finally:
                if self._waiting.get(uri) is task:
                    del self._waiting[uri]

        task = asyncio.get_running_loop().create_task(wait_then_run())
        self._waiting[uri] = task

    def cancel(self, uri: str) -> None:
        task = self._waiting.pop(uri, None)
        if task is not None:
            task.cancel()

    def forget(self, uri: str) -> None:
        self.cancel(uri)
        self.latest.pop(uri, None)
        self._running.pop(uri, None)

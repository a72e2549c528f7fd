"""Cancelling work whose requester went away.

A request carries a CancelToken; whoever notices that the client is gone (the gRPC call ended,
the thin client's socket closed) cancels it, and the work stops at its next stage boundary by
raising Cancelled there (the engine checks before each stage, so nothing half-done is cached).
"""

from __future__ import annotations

import threading
from typing import Callable


class Cancelled(Exception):
    """The request was cancelled: its client went away; nobody is left to answer."""


class CancelToken:
    def __init__(self) -> None:
        self._set = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []
        self._finished = False
        self.reason = ""

    def cancel(self, reason: str = "the client went away") -> bool:
        """Cancel the request (True), unless it was already cancelled or has finished (False)."""
        with self._lock:
            if self._set.is_set() or self._finished:
                return False
            self.reason = reason
            self._set.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
        return True

    def finish(self) -> None:
        """The request was answered: a later cancel() is no cancellation (the connection's end)."""
        with self._lock:
            self._finished = True
            self._callbacks = []

    def is_cancelled(self) -> bool:
        return self._set.is_set()

    def check(self) -> None:
        """Raise Cancelled when the request was cancelled (called at stage boundaries)."""
        if self._set.is_set():
            raise Cancelled(self.reason)

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when the request is cancelled (at once if it already was)."""
        with self._lock:
            if not self._set.is_set():
                self._callbacks.append(callback)
                return
        callback()

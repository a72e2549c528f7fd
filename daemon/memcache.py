"""An in-memory LRU bounded by bytes (each entry declares its size), safe across threads."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable


class ByteBudgetLRU:
    def __init__(self, name: str, budget_bytes: int):
        self.name = name
        self.budget = budget_bytes
        self._entries: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = self.evictions = 0

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry[0]

    def peek(self, key):
        """The value without counting a lookup or refreshing its place (internal reuse)."""
        with self._lock:
            entry = self._entries.get(key)
            return None if entry is None else entry[0]

    def put(self, key, value, size: int) -> None:
        if size > self.budget:  # would evict everything and still not fit
            return
        with self._lock:
            self._put_locked(key, value, size)

    def _put_locked(self, key, value, size: int) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= old[1]
        self._entries[key] = (value, size)
        self._bytes += size
        while self._bytes > self.budget and self._entries:
            _, (_, evicted) = self._entries.popitem(last=False)
            self._bytes -= evicted
            self.evictions += 1

    def update(self, key, change: Callable[[Any], Any], size: int | None = None):
        """Replace the value at ``key`` by ``change(current value or None)`` in one step, under the
        lock (no other thread reads or updates in between): how frozen entries are updated,
        copy-on-write. ``size`` None keeps the entry's size and place (and stores nothing where
        there is no entry); a None from ``change`` stores nothing. Returns the new value (also when
        it is larger than the budget and not stored, as put does)."""
        with self._lock:
            old = self._entries.get(key)
            value = change(None if old is None else old[0])
            if value is None:
                return None
            if size is None:
                if old is not None:
                    self._entries[key] = (value, old[1])
            elif size <= self.budget:
                self._put_locked(key, value, size)
            return value

    def shrink(self, fraction: float) -> int:
        """Drop the least recently used entries until ``fraction`` of the bytes are left."""
        with self._lock:
            target = int(self._bytes * fraction)
            dropped = 0
            while self._bytes > target and self._entries:
                _, (_, size) = self._entries.popitem(last=False)
                self._bytes -= size
                dropped += size
                self.evictions += 1
            return dropped

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def stats(self) -> dict:
        with self._lock:
            lookups = self.hits + self.misses
            return {"entries": len(self._entries), "bytes": self._bytes, "budget_bytes": self.budget,
                    "hits": self.hits, "misses": self.misses, "evictions": self.evictions,
                    "hit_rate": round(self.hits / lookups, 4) if lookups else None}

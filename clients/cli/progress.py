"""A one-line progress display on a terminal's stderr for long work (standard library only)."""

from __future__ import annotations

import time

#: Work shorter than this shows nothing: a warm compile should not flicker.
SHOW_AFTER_S = 0.3
_SPINNER = "|/-\\"


class ProgressLine:
    def __init__(self, stream):
        self.stream = stream
        self.started = time.monotonic()
        self.shown = False
        self.ticks = 0

    def __call__(self, stage: str, message: str, elapsed_ms: float = 0.0) -> None:
        elapsed = time.monotonic() - self.started
        if elapsed < SHOW_AFTER_S:
            return
        self.ticks += 1
        text = f"{_SPINNER[self.ticks % 4]} {stage}: {message} ({elapsed:.1f} s)"
        self.stream.write("\r\033[K" + text[:200])
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False

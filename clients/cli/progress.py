"""A one-line progress display on a terminal's stderr for long work (standard library only)."""

from __future__ import annotations

import os
import time

#: Work shorter than this shows nothing, so a warm compile does not flicker (NCC_PROGRESS_AFTER
#: changes it, in seconds).
SHOW_AFTER_S = 0.3
_SPINNER = "|/-\\"


class ProgressLine:
    def __init__(self, stream):
        self.stream = stream
        self.started = time.monotonic()
        self.shown = False
        self.ticks = 0
        try:
            self.show_after = float(os.environ.get("NCC_PROGRESS_AFTER", SHOW_AFTER_S))
        except ValueError:
            self.show_after = SHOW_AFTER_S

    def __call__(self, stage: str, message: str, elapsed_ms: float = 0.0) -> None:
        elapsed = time.monotonic() - self.started
        if elapsed < self.show_after:
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

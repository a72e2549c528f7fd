"""Building an IR allocates tens of thousands of long-lived objects and frees few: the cyclic
garbage collector would walk them again and again for nothing (mypy found the same), so
parsing and compiling hold it off until they finish."""

from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def without_gc_pauses():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

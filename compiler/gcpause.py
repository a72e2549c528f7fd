"""Building an IR allocates tens of thousands of long-lived objects and frees few: the cyclic
garbage collector would walk them again and again for nothing (mypy found the same), so
parsing and compiling hold it off until they finish.

When the pause ends, what it allocated is moved straight to the oldest generation
(``gc.freeze()`` then ``gc.unfreeze()``: two list splices, no walk). Otherwise the first
allocation after ``gc.enable()`` would start a young-generation collection that walks every
object the pause made -- the whole new module, a twentieth of diagnosing a large one -- only
to find them all alive. Nothing is lost: an object in the oldest generation is still freed by
its reference count (a module is, being free of cycles) or, if it is cyclic garbage, by the
next full collection. A process that froze objects itself (``gc.get_freeze_count()``) keeps
them frozen: then the young generation is left as it is."""

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
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()

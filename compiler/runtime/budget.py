"""How much memory a run may take for its inputs and outputs, checked before anything is allocated.

A program's signature says how large its tensors are; `ncc run --random-inputs` of a model
with an ``f32[100000,100000]`` parameter would otherwise ask numpy for 40 GB (74.5 GiB as the
float64 it draws first) and end in a MemoryError, or in the kernel killing the daemon. The
budget is ``NCC_RUN_MEMORY_BUDGET`` (bytes, or a number with K, M, G, T) and by default half of
this machine's physical memory. Intermediate values inside the program are not counted: the
budget bounds what the caller asked for, not every temporary of the interpreter.
"""

from __future__ import annotations

import math
import os

from .errors import RuntimeInputError

BUDGET_VARIABLE = "NCC_RUN_MEMORY_BUDGET"
_SCALE = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


class MemoryBudgetError(RuntimeInputError):
    """A tensor (or all of them together) would not fit in the run's memory budget."""


def physical_memory() -> int:
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return 8 << 30


def run_memory_budget(env=None) -> int:
    """The budget in bytes (ValueError for a setting that is not a size)."""
    text = (os.environ if env is None else env).get(BUDGET_VARIABLE, "").strip().upper()
    if not text:
        return physical_memory() // 2
    text = text.removesuffix("B").removesuffix("I")
    scale = _SCALE.get(text[-1:], 1)
    try:
        value = float(text[:-1] if scale != 1 else text)
    except ValueError:
        raise ValueError(f"{BUDGET_VARIABLE}={text!r} is not a size: give bytes or a number with K, M or G") from None
    if value <= 0 or not math.isfinite(value):
        raise ValueError(f"{BUDGET_VARIABLE}={text!r} must be a positive size")
    return int(value * scale)


def format_bytes(n: int) -> str:
    for unit, size in (("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"

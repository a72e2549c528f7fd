"""How much memory a model takes, estimated from its input's size and kind before it is parsed.

One table, measured by ``benchmarks/memory_per_input_byte.py`` (resident bytes per input byte,
in a fresh process per file, over the corpora). The engine sizes its module cache entries with
it, refuses a model whose work would not fit in the daemon's memory limit (NCC-E010) and a batch
asks Ray for task memory with it. A serialized HloModuleProto is read whole into a protobuf
message first, which takes several times the module it becomes: the same module, as a proto,
peaks at about four times the memory per input byte of its text while it is checked, and keeps
twice as much once that message is freed (and handed back: :func:`return_free_memory`).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass


@dataclass(frozen=True)
class PerInputByte:
    """Resident bytes per input byte: the median over the corpus and the largest seen."""
    median: float
    largest: float


@dataclass(frozen=True)
class Footprint:
    """Resident bytes per input byte, each counted from before the input is parsed."""
    #: what the parsed module keeps (a module cache entry)
    module: PerInputByte
    #: peak of parse + verify + target check (diagnose), the module included
    check: PerInputByte
    #: peak of parse + check + the -O2 passes + writing the artifact (compile), the module included
    compile: PerInputByte


#: input kind (compiler.hlo.loader.input_kind) -> its footprint. Measured 2026-12-05 (AMD EPYC, 2 cores,
#: Python 3.11) on the corpus's inputs of 256 KiB and more: 17 HLO texts and 16 HloModuleProtos (the
#: same modules written as protos, and a JAX snapshot); the -O2 compile on the 8 of at most 1 MiB,
#: its largest ratio on Mixtral 8x7B's 4.1 MB text (benchmarks/large_modules.py, 140 MiB peak).
#: No StableHLO input is that large; it is taken as HLO text (its reader builds the same module).
FOOTPRINTS = {
    "text": Footprint(module=PerInputByte(4.1, 7.4), check=PerInputByte(8.0, 11.1),
                      compile=PerInputByte(25.5, 35.8)),
    "proto": Footprint(module=PerInputByte(8.0, 9.4), check=PerInputByte(30.4, 35.8),
                       compile=PerInputByte(31.7, 35.8)),
}
FOOTPRINTS["stablehlo"] = FOOTPRINTS["text"]
#: What a parsed module holds whatever its size (empty tables, the module's own objects).
MODULE_OVERHEAD = 4096


def module_bytes(size: int, kind: str) -> int:
    """Typical resident size of the module parsed from ``size`` bytes of ``kind`` (what the module
    cache accounts for it)."""
    return MODULE_OVERHEAD + int(size * FOOTPRINTS[kind].module.median)


def work_bytes(size: int, kind: str, work: str, *, worst: bool = False) -> int:
    """Peak resident memory of ``work`` ("check" or "compile") on ``size`` bytes of ``kind``, the
    input bytes excluded: typical (the median ratio), or with ``worst`` at the largest ratio
    measured -- what a Ray task must be granted not to be killed on a model like the corpus's
    worst."""
    ratio = getattr(FOOTPRINTS[kind], work)
    return int(size * (ratio.largest if worst else ratio.median))


def return_free_memory() -> None:
    """Hand freed memory back to the system: glibc keeps it otherwise, so the resident size would
    still count evicted cache entries, and the protobuf message a proto input was read from (the
    module from a 3.5 MB proto of Mixtral keeps 98 MiB resident until then, 30 MiB after)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to do

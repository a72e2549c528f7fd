"""Which constants' values a compile's decisions depended on.

When a user edits one constant of a model, the daemon does not need to compile again if
no check and no pass looked at that constant's value: the new program is the old one with
the constant's literal swapped (daemon/incremental.py). This module records the
exceptions while a compile runs. A check or pass calls :func:`depends_on` at the point where
a constant's value decides something — a folded expression, a merged duplicate, a rewrite
that fired because a value is 0 or 1, a kernel whose pattern checked a value or copied it
into its configuration, a loop trip count. Rewrites that did *not* fire need no record:
without them the program computes the same values, only less optimised.

Literals are immutable and shared between a module and its copies, so a literal object
identifies a constant across the whole pipeline (tests/test_incremental.py checks every
patched compile against a full one on the runtime).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from .ir.opcodes import VALUE_FORWARDING, Opcode

#: Ops through which a constant's value reaches its user unchanged in meaning.
_FORWARDING = VALUE_FORWARDING | {Opcode.TRANSPOSE, Opcode.SLICE}


@dataclass
class CompileTrace:
    """What one compile leaves behind for an incremental recompile."""
    #: id(literal) -> literal (kept alive so the id stays unique) for every value-dependent constant.
    consumed: dict[int, Any] = field(default_factory=dict)
    #: The artifact's info.json document, its program proto and external constants (compile.py).
    info: dict | None = None
    proto: Any = None
    constants: dict | None = None
    features: frozenset = frozenset()

    def depends(self, literal) -> None:
        self.consumed[id(literal)] = literal

    def is_consumed(self, literal) -> bool:
        return id(literal) in self.consumed


_ACTIVE: ContextVar[CompileTrace | None] = ContextVar("nccd_compile_trace", default=None)


@contextmanager
def tracing(trace: CompileTrace | None):
    token = _ACTIVE.set(trace)
    try:
        yield trace
    finally:
        _ACTIVE.reset(token)


def depends_on(inst) -> None:
    """The compile's result depends on the value of ``inst`` (a constant, possibly forwarded)."""
    trace = _ACTIVE.get()
    if trace is None or inst is None:
        return
    seen = 0
    while inst.opcode in _FORWARDING and inst.operands and seen < 16:
        inst, seen = inst.operands[0], seen + 1
    if inst.opcode is Opcode.CONSTANT and inst.literal is not None:
        trace.depends(inst.literal)


def depends_on_operands(inst) -> None:
    if _ACTIVE.get() is None:
        return
    for operand in inst.operands:
        depends_on(operand)


def active() -> bool:
    return _ACTIVE.get() is not None

"""The op table of the reference runtime: one row per opcode, one module per op family.

``OP_IMPLEMENTATIONS[opcode](inst, args, ctx)`` computes an instruction's value
from its operand values (numpy arrays, tuples, TOKEN). ``OP_CHECKS[opcode](inst)``
returns why an instruction that has an implementation still cannot run (an
unknown custom-call target, elided constant data...), or None. The interpreter
and constant folding both use these tables.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, Callable

from ...ir.module import Instruction
from ...ir.opcodes import Opcode
from . import collectives, control, elementwise, linalg, random, reduction, shape

_FAMILIES = (elementwise, shape, reduction, linalg, control, random, collectives)


def _merge(tables) -> dict:
    merged: dict = {}
    for table in tables:
        overlap = merged.keys() & table.keys()
        assert not overlap, f"opcodes implemented twice: {sorted(o.text for o in overlap)}"
        merged.update(table)
    return merged


#: ``(instruction, operand values, execution context) -> value``. The context is the interpreter's
#: ExecutionContext, left as Any because the interpreter imports this table.
OpImplementation = Callable[[Instruction, list[Any], Any], Any]
#: ``instruction -> why it cannot run, or None``.
OpCheck = Callable[[Instruction], "str | None"]

OP_IMPLEMENTATIONS: dict[Opcode, OpImplementation] = _merge(f.IMPLEMENTATIONS for f in _FAMILIES)
OP_CHECKS: dict[Opcode, OpCheck] = _merge(getattr(f, "CHECKS", {}) for f in _FAMILIES)
#: ``(instruction, operand values, context) -> generator``: the implementations of the instructions
#: that call computations, as generators that yield each ``(computation, arguments)`` call and are
#: sent its value; the interpreter runs them on one explicit stack (their OP_IMPLEMENTATIONS rows
#: make the same calls through ``ctx.call``).
CALLING_STEPS: dict[Opcode, Callable[[Instruction, list[Any], Any], Generator[Any, Any, Any]]] = \
    _merge(getattr(f, "CALLING_STEPS", {}) for f in _FAMILIES)

#: Opcodes the interpreter handles itself rather than through the table.
INTERPRETER_OPCODES = frozenset({Opcode.PARAMETER})

__all__ = ["OP_IMPLEMENTATIONS", "OP_CHECKS", "CALLING_STEPS", "INTERPRETER_OPCODES"]

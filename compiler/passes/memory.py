"""Scheduling for memory, and buffer assignment by liveness.

Buffers: every instruction's result is a buffer of its shape's bytes, alive from its
definition to its last use (the root's to the end); parameters are alive from the start;
tuples and get-tuple-element alias their elements, so they own no bytes. The scheduler is a
greedy list scheduler: among the ready instructions it runs the one that frees the most bytes
for the fewest new ones, and keeps its order only if the peak is lower than before.
Buffer assignment then packs the buffers into one arena by first fit in decreasing size, and
records the peak live bytes and the arena size.
"""

from __future__ import annotations

from ..ir.module import Computation, Instruction, Module
from ..ir.opcodes import Opcode
from .context import PassContext
from .fusion import program_computations

_ALIASING = frozenset({Opcode.TUPLE, Opcode.GET_TUPLE_ELEMENT, Opcode.BITCAST, Opcode.PARAMETER})


def buffer_bytes(inst: Instruction) -> int:
    return 0 if inst.opcode in _ALIASING or not inst.shape.is_array else inst.shape.byte_size


def _last_uses(order: list[Instruction], root: Instruction) -> dict[Instruction, int]:
    last = {inst: n for n, inst in enumerate(order)}
    for n, inst in enumerate(order):
        for operand in inst.operands:
            last[operand] = max(last.get(operand, n), n)
    last[root] = len(order)
    return last


def peak_bytes(order: list[Instruction], root: Instruction, parameters_bytes: int = 0) -> int:
    last = _last_uses(order, root)
    frees: dict[int, int] = {}
    for inst, step in last.items():
        frees[step] = frees.get(step, 0) + buffer_bytes(inst)
    live = peak = parameters_bytes
    for n, inst in enumerate(order):
        live += buffer_bytes(inst)
        peak = max(peak, live)
        live -= frees.get(n, 0)
    return peak


def _greedy_order(comp: Computation) -> list[Instruction]:
    order = comp.instructions
    index = {inst: n for n, inst in enumerate(order)}
    users: dict[Instruction, list[Instruction]] = {inst: [] for inst in order}
    waiting = {}
    for inst in order:
        deps = set(inst.operands) | set(inst.control_predecessors)
        waiting[inst] = len(deps)
        for d in deps:
            users.setdefault(d, []).append(inst)
    remaining_uses = {inst: len(set(users.get(inst, []))) for inst in order}
    ready = [inst for inst in order if waiting[inst] == 0]
    scheduled: list[Instruction] = []
    while ready:
        def gain(inst):
            freed = sum(buffer_bytes(o) for o in set(inst.operands)
                        if remaining_uses.get(o) == 1 and o is not comp.root)
            return (buffer_bytes(inst) - freed, index[inst])
        best = min(ready, key=gain)
        ready.remove(best)
        scheduled.append(best)
        for operand in set(best.operands):
            remaining_uses[operand] -= 1
        for user in set(users.get(best, [])):
            waiting[user] -= 1
            if waiting[user] == 0:
                ready.append(user)
    return scheduled if len(scheduled) == len(order) else list(order)


def memory_schedule(module: Module, ctx: PassContext) -> bool:
    """Reorder each program computation to lower its peak live bytes (kept only if it does)."""
    changed = False
    for comp in program_computations(module):
        if len(comp.instructions) > 20000:  # the greedy choice is quadratic in the ready set
            continue
        root = comp.require_root()
        before = peak_bytes(comp.instructions, root)
        order = _greedy_order(comp)
        after = peak_bytes(order, root)
        if after < before:
            comp.set_instructions(order)
            ctx.facts.setdefault("schedule_peak_saved_bytes", 0)
            ctx.facts["schedule_peak_saved_bytes"] += before - after
            changed = True
    return changed


def buffer_assignment(module: Module, ctx: PassContext) -> bool:
    """Liveness intervals of the entry's buffers, packed into one arena by a linear scan: at each
    step, buffers whose last use has passed give their space back, and a new buffer takes the
    lowest gap that fits (no IR change)."""
    comp = module.require_entry()
    order = comp.instructions
    last = _last_uses(order, comp.require_root())
    ending: dict[int, list[tuple[int, int]]] = {}
    active: list[tuple[int, int]] = []  # (offset, size), sorted by offset
    arena = buffers = 0
    for step, inst in enumerate(order):
        size = buffer_bytes(inst)
        if size:
            offset = 0
            for other_offset, other_size in active:
                if other_offset - offset >= size:
                    break
                offset = max(offset, other_offset + other_size)
            active.append((offset, size))
            active.sort()
            ending.setdefault(last[inst], []).append((offset, size))
            arena = max(arena, offset + size)
            buffers += 1
        for done in ending.pop(step, ()):
            active.remove(done)
    params = sum(p.shape.byte_size for p in comp.parameters if p.shape.is_array)
    ctx.facts["peak_memory_bytes"] = peak_bytes(order, comp.require_root()) + params
    ctx.facts["arena_bytes"] = arena
    ctx.facts["parameter_bytes"] = params
    ctx.facts["buffers"] = buffers
    return False

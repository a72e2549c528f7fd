"""Elementwise fusion: chains of elementwise ops become one `fusion` kernel (kind=kLoop).

Producer-consumer: a consumer absorbs its elementwise producers. A producer that is also used
outside the kernel becomes an extra output (a multi-output fusion, tuple root), provided every
outside user comes after the kernel, so no cycle can form. Sibling fusion then merges kernels
that read the same operand, have the same iteration shape and do not depend on each other.
"""

from __future__ import annotations

from ..ir.module import Computation, Instruction, Module
from ..ir.opcodes import ELEMENTWISE, PROGRAM_CALLERS, Opcode
from . import rewrite
from .context import PassContext

FUSIBLE = ELEMENTWISE | {Opcode.BROADCAST}
#: A kernel must hold at least this many instructions to be worth a fusion.
MIN_KERNEL = 2


def _fusible(inst: Instruction) -> bool:
    return (inst.opcode in FUSIBLE and inst.shape.is_array and not inst.control_predecessors
            and not rewrite.has_effects(inst))


def elementwise_fusion(module: Module, ctx: PassContext) -> bool:
    changed = False
    for comp in program_computations(module):
        changed |= _fuse_computation(module, comp, ctx)
    return changed




def program_computations(module: Module) -> list[Computation]:
    """The entry and the loop bodies, branches and calls it runs: where kernels are formed."""
    found, stack = [], [module.entry]
    while stack:
        comp = stack.pop()
        if comp is None or comp in found:
            continue
        found.append(comp)
        for inst in comp.instructions:
            if inst.opcode in PROGRAM_CALLERS:
                stack.extend(inst.called_computations())
    return found


def _fuse_computation(module: Module, comp: Computation, ctx: PassContext) -> bool:
    position = {inst: n for n, inst in enumerate(comp.instructions)}
    users = comp.users()
    group_of: dict[Instruction, int] = {}
    groups: list[list[Instruction]] = []
    for inst in reversed(comp.instructions):  # consumers first
        if inst in group_of or not _fusible(inst) or inst.opcode is Opcode.BROADCAST:
            continue
        members = {inst}
        root_at = position[inst]
        frontier = [inst]
        while frontier:
            node = frontier.pop()
            for producer in node.operands:
                if producer in members or producer in group_of or not _fusible(producer):
                    continue
                if producer.shape.dims != inst.shape.dims:
                    continue  # one iteration space per kernel
                outside = [u for u in users.get(producer, []) if u not in members]
                # used outside the kernel: it becomes an extra output, so every outside user must
                # come after the kernel (placed at the consumer), or a cycle could form
                if any(position[u] <= root_at for u in outside):
                    continue
                members.add(producer)
                frontier.append(producer)
        if len(members) >= MIN_KERNEL and sum(m.opcode is not Opcode.BROADCAST for m in members) >= 2:
            for m in members:
                group_of[m] = len(groups)
            groups.append(sorted(members, key=position.__getitem__))
    if not groups:
        return False
    groups = _merge_siblings(comp, groups, position, users)
    fresh = rewrite.Namer(comp)
    for group in groups:
        _materialise(module, comp, group, users, fresh, ctx)
    return True


def _ancestors(comp: Computation) -> dict[Instruction, int]:
    """Instruction -> bitset (Python int) of the instructions it depends on."""
    bit = {inst: 1 << n for n, inst in enumerate(comp.instructions)}
    out: dict[Instruction, int] = {}
    for inst in comp.instructions:
        acc = 0
        for operand in list(inst.operands) + list(inst.control_predecessors):
            acc |= out.get(operand, 0) | bit.get(operand, 0)
        out[inst] = acc
    return out


def _merge_siblings(comp: Computation, groups: list[list[Instruction]], position,
                    users) -> list[list[Instruction]]:
    """Merge kernels that read a common operand, iterate the same shape and are independent."""
    ancestors = _ancestors(comp)
    bit = {inst: 1 << n for n, inst in enumerate(comp.instructions)}
    merged = True
    while merged:
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                a, b = groups[i], groups[j]
                if a[-1].shape.dims != b[-1].shape.dims:
                    continue
                inputs_a = {o for m in a for o in m.operands if o not in a}
                inputs_b = {o for m in b for o in m.operands if o not in b}
                if not inputs_a & inputs_b:
                    continue
                mask_a = sum(bit[m] for m in a)
                mask_b = sum(bit[m] for m in b)
                if any(ancestors[m] & mask_a for m in b) or any(ancestors[m] & mask_b for m in a):
                    continue  # one kernel feeds the other
                at = max(position[a[-1]], position[b[-1]])
                both = set(a) | set(b)
                if any(position[u] <= at for m in both for u in users.get(m, []) if u not in both):
                    continue  # an output of the earlier kernel is used before the merged one
                groups[i] = sorted(a + b, key=position.__getitem__)
                del groups[j]
                merged = True
                break
            if merged:
                break
    return groups


def _materialise(module: Module, comp: Computation, members: list[Instruction], users, fresh, ctx) -> None:
    member_set = set(members)
    inputs: list[Instruction] = []
    for m in members:
        for o in m.operands:
            if o not in member_set and o not in inputs:
                inputs.append(o)
    outputs = [m for m in members if m is comp.root or any(u not in member_set for u in users.get(m, []))]
    fused = rewrite.outline(module, comp, members, inputs, outputs, "fused_computation")
    shape = fused.require_root().shape
    last = members[-1]
    kernel = Instruction(fresh("fusion"), Opcode.FUSION, shape, list(inputs), {"kind": "kLoop", "calls": fused},
                         metadata=last.metadata, line=last.line, column=last.column)
    comp.insert_before(last, kernel)
    if len(outputs) == 1:
        comp.replace_uses(outputs[0], kernel)
    else:
        previous = last
        for n, out in enumerate(outputs):
            pick = Instruction(fresh(out.name), Opcode.GET_TUPLE_ELEMENT, out.shape, [kernel], {"index": n},
                               metadata=out.metadata)
            previous = comp.insert_after(previous, pick)
            comp.replace_uses(out, pick)
    comp.set_instructions([i for i in comp.instructions if i not in member_set])
    ctx.count("fusions")
    ctx.count("fused_instructions", len(members))

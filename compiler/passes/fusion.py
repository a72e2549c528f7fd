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
    groups = _merge_siblings(groups, position, users)
    _materialise_all(module, comp, groups, users, ctx)
    return True


def _depends(later: list[Instruction], earlier: set[Instruction], first_position: int, position) -> bool:
    """Whether a member of ``later`` depends, through operands or control edges, on one of
    ``earlier`` (whose first member is at ``first_position``): a walk back that stops at anything
    before that position, since the instruction list is in dependency order."""
    seen: set[Instruction] = set()
    stack = [p for m in later for p in (*m.operands, *m.control_predecessors)]
    while stack:
        node = stack.pop()
        if node in earlier:
            return True
        if node in seen or position.get(node, -1) < first_position:
            continue
        seen.add(node)
        stack.extend(node.operands)
        stack.extend(node.control_predecessors)
    return False


def _inputs(group: list[Instruction]) -> set[Instruction]:
    members = set(group)
    return {o for m in group for o in m.operands if o not in members}


def _merge_siblings(groups: list[list[Instruction]], position, users) -> list[list[Instruction]]:
    """Merge kernels that read a common operand, iterate the same shape and are independent.

    Only kernels sharing an input are compared (found through an input -> kernels index), and
    independence is a walk back between the two, so that a computation of many kernels is not
    compared pair by pair. Each kernel absorbs, in order, the later kernels it can; the index is
    updated in place after a merge, and a pair found not to merge is not compared again until
    one of the two has grown. Passes repeat until one merges nothing (a grown kernel may now
    merge with an earlier one). Restarting the whole scan after each merge instead made the
    -O2 compile of the Mixtral dump (2,889 kernels) take ten minutes."""
    groups = list(groups)
    alive = [True] * len(groups)
    inputs = [_inputs(g) for g in groups]
    readers: dict[Instruction, set[int]] = {}
    for index, read in enumerate(inputs):
        for o in read:
            readers.setdefault(o, set()).add(index)
    grown = [0] * len(groups)  # how often each kernel has grown: a refusal holds until either grows
    refused: set[tuple[int, int, int, int]] = set()
    merged = True
    while merged:
        merged = False
        for i in range(len(groups)):
            while alive[i]:
                partner = None
                for j in sorted({j for o in inputs[i] for j in readers[o] if j > i}):
                    pair = (i, j, grown[i], grown[j])
                    if pair in refused:
                        continue
                    if _mergeable(groups[i], groups[j], position, users):
                        partner = j
                        break
                    refused.add(pair)
                if partner is None:
                    break
                groups[i] = sorted(groups[i] + groups[partner], key=position.__getitem__)
                alive[partner] = False
                for o in inputs[partner]:
                    readers[o].discard(partner)
                before, inputs[i] = inputs[i], _inputs(groups[i])
                for o in before - inputs[i]:  # now inside the kernel
                    readers[o].discard(i)
                for o in inputs[i]:
                    readers.setdefault(o, set()).add(i)
                grown[i] += 1
                merged = True
    return [g for g, keep in zip(groups, alive) if keep]


def _mergeable(a: list[Instruction], b: list[Instruction], position, users) -> bool:
    """Whether kernels ``a`` and ``b`` can be one: the same iteration space, neither feeds the
    other, and no output of the earlier one is used before the merged kernel's place."""
    if a[-1].shape.dims != b[-1].shape.dims:
        return False
    set_a, set_b = set(a), set(b)
    if _depends(b, set_a, position[a[0]], position) or _depends(a, set_b, position[b[0]], position):
        return False  # one kernel feeds the other
    at = max(position[a[-1]], position[b[-1]])
    both = set_a | set_b
    return not any(position[u] <= at for m in both for u in users.get(m, []) if u not in both)


def _materialise_all(module: Module, comp: Computation, groups: list[list[Instruction]], users, ctx) -> None:
    """Each group becomes a fusion kernel (plus get-tuple-elements for a multi-output one) at its
    last member's place; the computation's instruction list and the module's computation order
    are rebuilt once at the end, and uses are rewritten through the users known from the start
    (a fused user's uses are its kernel's), so that many kernels cost linear time."""
    fresh = rewrite.Namer(comp)
    control_users: dict[Instruction, list[Instruction]] = {}
    for inst in comp.instructions:
        for p in inst.control_predecessors:
            control_users.setdefault(p, []).append(inst)
    kernel_of: dict[Instruction, Instruction] = {}  # a fused instruction -> the kernel it went into
    placed: dict[Instruction, list[Instruction]] = {}  # a kernel's last member -> what takes its place
    outlined: list[Computation] = []
    number = 0
    for members in groups:
        member_set = set(members)
        inputs: list[Instruction] = []
        for m in members:
            for o in m.operands:
                if o not in member_set and o not in inputs:
                    inputs.append(o)
        outputs = [m for m in members if m is comp.root or any(u not in member_set for u in users.get(m, []))]
        while f"fused_computation.{number}" in module.computations:
            number += 1
        fused = rewrite.outline(module, comp, members, inputs, outputs, "fused_computation", place=False,
                                name=f"fused_computation.{number}")
        number += 1
        outlined.append(fused)
        last = members[-1]
        kernel = Instruction(fresh("fusion"), Opcode.FUSION, fused.require_root().shape, list(inputs),
                             {"kind": "kLoop", "calls": fused}, metadata=last.metadata, line=last.line,
                             column=last.column)
        kernel.computation = comp
        placed[last] = [kernel]
        picks = [kernel]
        if len(outputs) > 1:
            picks = [Instruction(fresh(out.name), Opcode.GET_TUPLE_ELEMENT, out.shape, [kernel], {"index": n},
                                 metadata=out.metadata) for n, out in enumerate(outputs)]
            placed[last] += picks
        for out, new in zip(outputs, picks if len(outputs) > 1 else [kernel]):
            outside = [u for u in users.get(out, []) + control_users.get(out, []) if u not in member_set]
            targets = list(dict.fromkeys(kernel_of.get(u, u) for u in outside))
            comp.replace_uses(out, new, users=targets)
        for m in members:
            kernel_of[m] = kernel
        ctx.count("fusions")
        ctx.count("fused_instructions", len(members))
    rewrite.place_before(module, comp, outlined)
    comp.set_instructions([new for inst in comp.instructions
                           for new in placed.get(inst, () if inst in kernel_of else (inst,))], root=comp.root)

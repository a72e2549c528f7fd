"""Structural clean-up: call inlining, dead-code elimination, common-subexpression elimination."""

from __future__ import annotations

from ..ir.fingerprint import literal_key
from ..value_deps import depends_on
from ..ir.module import Computation, Instruction, Module
from ..ir.opcodes import Opcode
from . import rewrite
from .context import PassContext


def inline_calls(module: Module, ctx: PassContext) -> bool:
    """Replace every `call` by the instructions of the computation it calls (JAX emits one per
    nested jit and per library function; inlining lets the other passes see across them)."""
    changed = False
    for comp in module.reachable_computations():
        while True:
            site = next((i for i in comp.instructions if i.opcode is Opcode.CALL
                         and not i.attrs.get("is_composite")), None)
            if site is None:
                break
            _inline(comp, site)
            changed = True
    if changed:
        _drop_unreachable_computations(module)
    return changed


def _inline(comp: Computation, site: Instruction) -> None:
    callee = site.attrs["to_apply"]
    fresh = rewrite.Namer(comp)
    mapping: dict[Instruction, Instruction] = {}
    body = []
    for inst in callee.instructions:
        if inst.opcode is Opcode.PARAMETER:
            mapping[inst] = site.operands[inst.parameter_number]
            continue
        copy = Instruction(fresh(inst.name), inst.opcode, inst.shape, [mapping[o] for o in inst.operands],
                           dict(inst.attrs), inst.metadata or site.metadata, inst.literal, None,
                           site.line, site.column)
        copy.control_predecessors = [mapping[p] for p in inst.control_predecessors]
        mapping[inst] = copy
        body.append(copy)
    for copy in body:
        comp.insert_before(site, copy)
    comp.replace_uses(site, mapping[callee.root])
    comp.remove(site)


def _drop_unreachable_computations(module: Module) -> bool:
    reachable = {c.name for c in module.reachable_computations()}
    dead = [name for name in module.computations if name not in reachable]
    for name in dead:
        del module.computations[name]
    return bool(dead)


def dead_code_elimination(module: Module, ctx: PassContext) -> bool:
    """Drop instructions nothing needs (effects and parameters stay) and computations nothing calls."""
    changed = False
    for comp in module.reachable_computations():
        live = rewrite.live_instructions(comp)
        if len(live) != len(comp.instructions):
            comp.set_instructions(live)
            changed = True
    return _drop_unreachable_computations(module) or changed


def _attr_key(value) -> object:
    if isinstance(value, Computation):
        return ("computation", id(value))
    if isinstance(value, tuple) and value and isinstance(value[0], Computation):
        return ("computations", tuple(id(c) for c in value))
    try:  # attribute values are frozen dataclasses, tuples and strings: hashable as they are
        hash(value)
        return value
    except TypeError:
        return repr(value)


def common_subexpression_elimination(module: Module, ctx: PassContext) -> bool:
    """Merge instructions that compute the same value from the same operands (effect-free only)."""
    changed = False
    for comp in module.reachable_computations():
        seen: dict[tuple, Instruction] = {}
        replaced: dict[Instruction, Instruction] = {}
        for inst in comp.instructions:
            if replaced:
                inst.operands = [replaced.get(o, o) for o in inst.operands]
            if (inst.opcode is Opcode.PARAMETER or rewrite.has_effects(inst) or inst.control_predecessors
                    or inst.opcode is Opcode.RNG_BIT_GENERATOR):
                continue
            key = (inst.opcode, inst.shape, tuple(id(o) for o in inst.operands),
                   tuple(sorted((k, _attr_key(v)) for k, v in inst.attrs.items()
                                if k not in ("metadata", "frontend_attributes"))),
                   literal_key(inst.literal) if inst.literal is not None else None)
            first = seen.get(key)
            if first is None:
                seen[key] = inst
            else:
                if inst.opcode is Opcode.CONSTANT:  # merged because the values are equal
                    depends_on(inst)
                    depends_on(first)
                replaced[inst] = first
        if replaced:
            if comp.root in replaced:
                comp.root = replaced[comp.root]
            for inst in comp.instructions:
                inst.control_predecessors = [replaced.get(p, p) for p in inst.control_predecessors]
            comp.set_instructions([i for i in comp.instructions if i not in replaced])
            changed = True
    return changed

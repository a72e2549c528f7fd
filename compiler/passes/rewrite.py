"""Small IR editing tools the passes share: users, replacing uses, names, cloning.

Passes edit a module in place; the compile driver clones the caller's module first
(:func:`clone_module`), so a module cached by the daemon is never changed.
"""

from __future__ import annotations

from ..ir.module import Computation, Instruction, Literal, Module
from ..ir.opcodes import SIDE_EFFECTING, Opcode
from ..ir.shapes import Shape


def has_effects(inst: Instruction) -> bool:
    return inst.opcode in SIDE_EFFECTING or inst.attrs.get("custom_call_has_side_effect") is True \
        or (inst.opcode is Opcode.CUSTOM_CALL and inst.attrs.get("custom_call_target") in _EFFECTFUL_CALLS)


#: Custom calls whose only purpose is an effect on the device (never dead code).
_EFFECTFUL_CALLS = frozenset({"AwsNeuronDevicePrint"})


class Namer:
    """Fresh instruction names for one computation (``base``, ``base.1``, ``base.2``...)."""

    def __init__(self, comp: Computation):
        self.taken = {inst.name for inst in comp.instructions}
        #: The suffix to try next per base, so that asking for "fusion" 100,000 times stays linear.
        self.next_suffix: dict[str, int] = {}

    def __call__(self, base: str) -> str:
        name, n = base, self.next_suffix.get(base, 0)
        if n:
            name = f"{base}.{n}"
        while name in self.taken:
            n += 1
            name = f"{base}.{n}"
        self.taken.add(name)
        self.next_suffix[base] = n + 1
        return name


def constant(name: str, value, shape: Shape) -> Instruction:
    """A constant instruction holding the numpy ``value`` with ``shape``."""
    import numpy as np

    flat = np.asarray(value).reshape(-1)
    return Instruction(name, Opcode.CONSTANT, shape.without_layout() if shape.is_array else shape,
                       literal=Literal(shape, values=flat))


def _clone_instruction(inst: Instruction, mapping: dict, computations: dict) -> Instruction:
    attrs = {}
    for key, value in inst.attrs.items():
        if isinstance(value, Computation):
            value = computations[value.name]
        elif isinstance(value, tuple) and value and isinstance(value[0], Computation):
            value = tuple(computations[c.name] for c in value)
        attrs[key] = value
    copy = Instruction(inst.name, inst.opcode, inst.shape, [mapping[o] for o in inst.operands], attrs,
                       inst.metadata, inst.literal, inst.parameter_number, inst.line, inst.column, inst.id)
    return copy


def clone_computation(comp: Computation, computations: dict, name: str | None = None) -> Computation:
    mapping: dict[Instruction, Instruction] = {}
    copies = []
    for inst in comp.instructions:
        copy = _clone_instruction(inst, mapping, computations)
        mapping[inst] = copy
        copies.append(copy)
    for inst, copy in zip(comp.instructions, copies):
        copy.control_predecessors = [mapping[p] for p in inst.control_predecessors]
    root = mapping.get(comp.root) if comp.root is not None else None
    out = Computation(name or comp.name, copies, root, comp.is_entry, comp.line, comp.column)
    out.execution_thread, out.id, out.signature = comp.execution_thread, comp.id, comp.signature
    return out


def clone_module(module: Module) -> Module:
    """A copy that shares nothing mutable with ``module`` (literals and shapes are immutable)."""
    out = Module(module.name)
    out.header_attrs = dict(module.header_attrs)
    out.entry_computation_layout = module.entry_computation_layout
    out.stack_frames = module.stack_frames
    out.source_format, out.source_path = module.source_format, module.source_path
    out.arguments, out.result, out.id = list(module.arguments), module.result, module.id
    copies: dict[str, Computation] = {}
    for comp in module.computations.values():  # callees come before their callers
        copies[comp.name] = clone_computation(comp, copies)
        out.add_computation(copies[comp.name])
    return out


def outline(module: Module, comp: Computation, members: list[Instruction], inputs: list[Instruction],
            outputs: list[Instruction], base_name: str, place: bool = True, name: str | None = None) -> Computation:
    """A new computation of copies of ``members`` (in order) that reads ``inputs`` as its parameters and
    returns ``outputs`` (a tuple of them when several), added to ``module`` right before ``comp`` so that
    callees keep coming before their callers (``place=False``: not added; a pass outlining many
    kernels names them itself and adds them all at once with :func:`place_before`). ``comp`` itself
    is not changed."""
    params = [Instruction(f"param_{n}", Opcode.PARAMETER, o.shape, parameter_number=n) for n, o in enumerate(inputs)]
    mapping: dict[Instruction, Instruction] = dict(zip(inputs, params))
    body = list(params)
    for m in members:
        copy = Instruction(m.name, m.opcode, m.shape, [mapping[o] for o in m.operands], dict(m.attrs), m.metadata,
                           m.literal, None, m.line, m.column)
        mapping[m] = copy
        body.append(copy)
    if len(outputs) == 1:
        root = mapping[outputs[0]]
    else:
        root = Instruction("fused_outputs", Opcode.TUPLE, Shape.tuple_of(o.shape for o in outputs),
                           [mapping[o] for o in outputs])
        body.append(root)
    if name is None:
        n = 0
        while f"{base_name}.{n}" in module.computations:
            n += 1
        name = f"{base_name}.{n}"
    outlined = Computation(name, body, root)
    if place:
        place_before(module, comp, [outlined])
    return outlined


def place_before(module: Module, comp: Computation, outlined: list[Computation]) -> None:
    """Add ``outlined`` computations to ``module`` right before ``comp`` (one rebuild of the order)."""
    ordered = list(module.computations.values())
    module.computations.clear()
    for c in ordered:
        if c is comp:
            for new in outlined:
                module.computations[new.name] = new
        module.computations[c.name] = c


def live_instructions(comp: Computation) -> list[Instruction]:
    """Instructions the root or an effect depends on, in the computation's order."""
    needed: set[int] = set()
    stack = [comp.root] + [i for i in comp.instructions if has_effects(i) or i.opcode is Opcode.PARAMETER]
    while stack:
        inst = stack.pop()
        if inst is None or id(inst) in needed:
            continue
        needed.add(id(inst))
        stack.extend(inst.operands)
        stack.extend(inst.control_predecessors)
    return [i for i in comp.instructions if id(i) in needed]

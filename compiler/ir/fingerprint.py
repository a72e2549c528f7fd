"""Canonical fingerprint of a module: the cache key of compiled results.

Two modules get the same fingerprint when they compute the same thing: names,
ids, metadata, frontend attributes, instruction order and dead code do not
count; opcodes, shapes (with normalised layouts), attributes, constant values,
graph structure and called computations do. This fixes the real cache's misses
on non-semantic differences (see neuron-compiler-facts.md §4.7).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from . import attrs as A
from .dtypes import ElementType
from .module import Computation, Instruction, Literal, Module
from .opcodes import SIDE_EFFECTING, Opcode
from .shapes import Shape

#: Module header attributes that change what a compiled program does.
_SEMANTIC_HEADER_ATTRS = ("replica_count", "num_partitions")
FINGERPRINT_VERSION = "4"
#: Attributes an instruction repeats from the instruction that decides them: an async-update or
#: async-done runs its async-start's computation on its thread (XLA prints neither on them).
_IMPLIED_BY_START = frozenset({"calls", "async_execution_thread"})
_IMPLIED_ATTRS: dict[Opcode, frozenset[str]] = {Opcode.ASYNC_UPDATE: _IMPLIED_BY_START,
                                                Opcode.ASYNC_DONE: _IMPLIED_BY_START}
#: Attributes with two spellings, hashed as the second: a custom-call's ``to_apply=c`` is what
#: XLA keeps (and prints) as ``called_computations={c}``.
_SPELLED_AS: dict[tuple[Opcode, str], str] = {(Opcode.CUSTOM_CALL, "to_apply"): "called_computations"}


def shape_key(shape: Shape) -> str:
    if shape.is_tuple:
        return "(" + ",".join(shape_key(s) for s in shape.tuple_shapes) + ")"
    if shape.element_type == ElementType.BUFFER:
        return "b(" + shape_key(shape.tuple_shapes[0]) + ")"
    if not shape.is_array:
        return shape.element_type.text
    layout = shape.effective_layout
    if layout.element_size_in_bits == shape.element_type.bits < 8:
        # E(4) on an s4/u4 array (packed storage, which XLA's backends write) does not change
        # what the program computes, and text often leaves it out: the same program either way
        layout = replace(layout, element_size_in_bits=0)
    return shape.with_layout(layout).text()


def literal_key(lit: Literal | None) -> str:
    if lit is None:
        return ""
    if lit.shape.is_tuple:
        return "(" + ",".join(literal_key(e) for e in lit.elements) + ")"
    if lit.elided:
        return "elided"
    return hashlib.sha256(lit.to_numpy().tobytes()).hexdigest()[:32]


#: Attribute values whose key is their repr (what the general case below gives them): the
#: common ones, answered before its chain of isinstance checks.
_REPR_TYPES = frozenset({int, str, bool, float})


def _value_key(value, comp_keys) -> str:
    kind = type(value)
    if kind in _REPR_TYPES:
        return repr(value)
    if kind is tuple and all([type(v) is int for v in value]):  # dimensions and the like
        return "(" + ",".join(map(repr, value)) + ")"
    if isinstance(value, Computation):
        return "@" + comp_keys(value)
    if isinstance(value, tuple) and value and isinstance(value[0], Computation):
        return "[" + ",".join("@" + comp_keys(c) for c in value) + "]"
    if isinstance(value, Literal):
        return shape_key(value.shape) + ":" + literal_key(value)
    if isinstance(value, A.ReplicaGroups):  # the devices, however they are spelled
        return repr(value.groups)
    if isinstance(value, A.Raw):
        return "raw:" + "".join(value.text.split())
    if isinstance(value, Shape):
        return shape_key(value)
    if isinstance(value, tuple):
        return "(" + ",".join(_value_key(v, comp_keys) for v in value) + ")"
    return repr(value)


class _Fingerprinter:
    def __init__(self):
        self.memo: dict[int, str] = {}
        self.shapes: dict[Shape, str] = {}  # a model repeats few shapes
        self.shape_ids: dict[int, str] = {}
        self.kept: list[Shape] = []
        self.plain_parts: dict[tuple, str | None] = {}  # see attribute_parts

    def shape(self, shape: Shape) -> str:
        # by object: the front ends share one Shape per distinct shape, and hashing a Shape
        # (a frozen dataclass) costs more than the lookup saves
        key = self.shape_ids.get(id(shape))
        if key is None:
            key = self.shapes.get(shape)
            if key is None:
                key = self.shapes[shape] = shape_key(shape)
            self.shape_ids[id(shape)] = key
            self.kept.append(shape)  # keeps the id unique while it is a key here
        return key

    def computation(self, comp: Computation) -> str:
        """The key of ``comp``; ``module`` keys every computation callees first, so a key is only
        computed here for a computation outside the call graph walked (or a malformed cycle)."""
        key = self.memo.get(id(comp))
        if key is None:
            self.memo[id(comp)] = "recursive"  # guards against malformed self-calls
            key = self.memo[id(comp)] = hashlib.sha256(self.computation_text(comp).encode()).hexdigest()
        return key

    def module(self, module: Module) -> str:
        # Callees before callers, in a loop: a chain of nested calls is as deep as the input likes.
        for comp in module.reachable_computations():
            self.computation(comp)
        return self.computation(module.require_entry())

    def computation_text(self, comp: Computation) -> str:
        # id(instruction) -> its position (as text) in the post-order, or "" while it is on the
        # DFS stack: one table for both, as most instructions are met once as a new node and
        # several times as a done one
        position: dict[int, str] = {}
        order: list[Instruction] = []
        for param in comp.parameters:
            _visit(param, position, order)
        if comp.root is not None:
            _visit(comp.root, position, order)
        for inst in comp.instructions:  # effects that the root does not depend on still matter
            if inst.opcode in SIDE_EFFECTING or inst.attrs.get("custom_call_has_side_effect") is True:
                _visit(inst, position, order)
        lines = []
        shape_ids = self.shape_ids
        for inst in order:
            shape = shape_ids.get(id(inst.shape)) or self.shape(inst.shape)
            parts = [inst.opcode.text, shape, ",".join([position.get(id(o), "-1") for o in inst.operands])]
            if inst.opcode is Opcode.PARAMETER:
                parts.append(f"p{inst.parameter_number}")
            if inst.literal is not None:
                parts.append(literal_key(inst.literal))
            if inst.attrs:
                parts.extend(self.attribute_parts(inst))
            if inst.control_predecessors:
                parts.append("after=" + ",".join([position.get(id(p), "-1") for p in inst.control_predecessors]))
            lines.append("|".join(parts))
        lines.append(f"root={position[id(comp.root)]}" if comp.root is not None else "root=none")
        return "\n".join(lines)

    def attribute_parts(self, inst: Instruction) -> list[str]:
        """``key=value`` for each semantic attribute of ``inst``, sorted by key.

        A model repeats the same few plain values (dimensions, directions, indices) thousands of
        times: their parts, and whether they are the default, are remembered per (name, type,
        value); a flat tuple counts as plain only when it holds ints alone, so that values equal
        across types (``1 == True``) never share a part."""
        opcode = inst.opcode
        implied = _IMPLIED_ATTRS.get(opcode, ())
        parts: dict[str, str] = {}
        for key, value in inst.attrs.items():
            if key in A.NON_SEMANTIC_ATTRS or key in implied:
                continue
            kind = type(value)
            if (kind in _REPR_TYPES or (kind is tuple and all([type(v) is int for v in value]))) \
                    and (opcode, key) not in _SPELLED_AS:
                plain = (key, kind, value)
                if plain in self.plain_parts:
                    part = self.plain_parts[plain]
                else:
                    part = self.plain_parts[plain] = None if A.is_default(key, value) else \
                        f"{key}={_value_key(value, self.computation)}"
                if part is not None:
                    parts[key] = part
                continue
            if A.is_default(key, value):
                continue
            spelled = _SPELLED_AS.get((opcode, key))
            if spelled is not None:
                key, value = spelled, (value,)
            parts[key] = f"{key}={_value_key(value, self.computation)}"
        return [parts[key] for key in sorted(parts)]


def _dependencies(inst: Instruction) -> list[Instruction]:
    """What ``inst`` depends on, in the order the canonical form visits it: operands, then
    control predecessors."""
    return [*inst.operands, *inst.control_predecessors] if inst.control_predecessors else inst.operands


def _visit(root: Instruction, position: dict[int, str], order: list[Instruction]) -> None:
    """Post-order DFS from ``root`` over operands then control predecessors, with an explicit
    stack of (node, iterator over its dependencies): appends each instruction to ``order`` and
    records its place there in ``position`` ("" while it is on the stack; a dependency on the
    stack already is a cycle, and skipped). A module-level function, not a closure: under mypyc a
    closure and its environment form a reference cycle that keeps the module alive."""
    if id(root) in position:
        return
    position[id(root)] = ""
    stack = [(root, iter(_dependencies(root)))]
    while stack:
        node, deps = stack[-1]
        for dep in deps:
            if id(dep) not in position:
                position[id(dep)] = ""
                stack.append((dep, iter(_dependencies(dep))))
                break
        else:
            stack.pop()
            position[id(node)] = str(len(order))
            order.append(node)


def fingerprint(module: Module) -> str:
    """Hex SHA-256 of the module's canonical form (see the module docstring)."""
    if module.entry is None:
        raise ValueError("module has no entry computation")
    header = ";".join(f"{k}={''.join(module.header_attrs[k].split())}"
                      for k in _SEMANTIC_HEADER_ATTRS if k in module.header_attrs)
    body = _Fingerprinter().module(module)
    return hashlib.sha256(f"nccd-fp{FINGERPRINT_VERSION}|{header}|{body}".encode()).hexdigest()

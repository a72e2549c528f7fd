"""What XLA's StableHLO -> HLO conversion does to a module before it prints HLO, done here too.

The conversion runs MLIR's canonicalizer on the module before it exports it, so the HLO export
of a function is not a one-to-one image of its StableHLO: constants are folded and deduplicated,
splat constants are printed as a scalar constant and a broadcast, and constants move to the right
of commutative operations (broadcasts that only add size-1 dimensions become reshapes too: that
one is done where broadcast_in_dim is lowered, in ops.py). Reading
the StableHLO as it is would give another (equivalent) program: another canonical fingerprint,
so the compile cache would miss across the two exports, and diagnostics at other instructions.
This pass makes the lowered StableHLO the program XLA's conversion makes, one rule per concern
(the table at the end). Each rule says whether it changed the IR.

Constants made or merged here carry no metadata (no Python line), as in XLA's output: a merged
constant has several origins and the canonicalizer keeps none of them. They keep the .mlir
line:column of their first origin.
"""

from __future__ import annotations

import numpy as np

from ..ir.dtypes import ElementType, numpy_dtype
from ..ir.module import Computation, Instruction, Literal, Module
from ..ir.opcodes import SIDE_EFFECTING, Category, Opcode
from ..ir.shapes import Shape
from .lower import with_inferred_layout

#: Ops the canonicalizer folds when every operand is a constant (MHLO's folders; transcendental
#: ops other than sqrt are left alone: XLA folds them in f64, and a last-bit difference would
#: make another constant). A broadcast is folded only when its operand is a splat (``constant``).
FOLDED = frozenset({
    Opcode.ADD, Opcode.SUBTRACT, Opcode.MULTIPLY, Opcode.DIVIDE, Opcode.REMAINDER, Opcode.MAXIMUM,
    Opcode.MINIMUM, Opcode.AND, Opcode.OR, Opcode.XOR, Opcode.NOT, Opcode.NEGATE, Opcode.ABS,
    Opcode.FLOOR, Opcode.CEIL, Opcode.SIGN, Opcode.SQRT, Opcode.CONVERT, Opcode.COMPARE, Opcode.SELECT,
    Opcode.CLAMP, Opcode.RESHAPE, Opcode.TRANSPOSE, Opcode.SLICE, Opcode.CONCATENATE,
    Opcode.SHIFT_LEFT, Opcode.SHIFT_RIGHT_LOGICAL, Opcode.SHIFT_RIGHT_ARITHMETIC,
})
#: XLA folds only results up to this many elements (a splat result is a scalar, so any size).
FOLD_LIMIT = 65536

def _any_zero(v) -> bool:
    return bool(v == 0)


def _any_one(v) -> bool:
    return bool(v == 1)


def _int_zero(v) -> bool:   # integers and booleans only
    return v.dtype.kind in "iub" and not v.any()


def _int_all_ones(v) -> bool:
    return v.dtype.kind == "b" and bool(v) or v.dtype.kind in "iu" and v == np.invert(np.zeros((), v.dtype))


#: The simplifier's rules for a binary op whose right operand is a constant splat (after the
#: constant moved right): (opcode, does the constant match, the result: its "lhs" or the constant).
_SIMPLIFIED = (
    (Opcode.ADD, _any_zero, "lhs"),
    (Opcode.SUBTRACT, _any_zero, "lhs"),
    (Opcode.MULTIPLY, _any_one, "lhs"),
    (Opcode.MULTIPLY, _int_zero, "rhs"),
    (Opcode.AND, _int_zero, "rhs"),
    (Opcode.AND, _int_all_ones, "lhs"),
    (Opcode.OR, _int_all_ones, "rhs"),
    (Opcode.OR, _int_zero, "lhs"),
    (Opcode.XOR, _int_zero, "lhs"),
)

#: Structural ops without side effects that dead-code removal may drop (with the elementwise ones).
_PURE = frozenset({
    Opcode.CONSTANT, Opcode.IOTA, Opcode.BROADCAST, Opcode.RESHAPE, Opcode.TRANSPOSE, Opcode.SLICE,
    Opcode.CONCATENATE, Opcode.PAD, Opcode.REVERSE, Opcode.CONVERT, Opcode.BITCAST_CONVERT,
    Opcode.GET_TUPLE_ELEMENT, Opcode.TUPLE, Opcode.DYNAMIC_SLICE, Opcode.GATHER, Opcode.DOT,
})

#: A comparison's direction with its operands swapped.
_MIRRORED = {"EQ": "EQ", "NE": "NE", "GE": "LE", "GT": "LT", "LE": "GE", "LT": "GT"}

#: Binary ops MLIR marks commutative: the canonicalizer moves a constant operand to the right.
COMMUTATIVE = frozenset({Opcode.ADD, Opcode.MULTIPLY, Opcode.MAXIMUM, Opcode.MINIMUM, Opcode.AND,
                         Opcode.OR, Opcode.XOR})

def _splat_value(inst: Instruction):
    """The scalar literal of a constant-valued splat (a scalar constant, a constant whose elements
    are all equal, or a broadcast of one), else None."""
    if inst.opcode is Opcode.CONSTANT and inst.literal is not None and not inst.literal.elided \
            and inst.shape.is_array:
        data = inst.literal.to_numpy()
        flat = data.reshape(-1)
        if flat.size and (flat.size == 1 or (flat[0] == flat).all() and _same_bits(flat)):
            return flat[:1].reshape(())
        return None
    if inst.opcode is Opcode.BROADCAST and len(inst.operands) == 1:
        return _splat_value(inst.operands[0])
    return None


_ELEMENTWISE = FOLDED - {Opcode.RESHAPE, Opcode.TRANSPOSE, Opcode.SLICE,
                         Opcode.CONCATENATE}


def _constant_array(inst: Instruction):
    """The value of a constant or a constant splat, as an array of its shape, else None."""
    if inst.opcode is Opcode.CONSTANT and inst.literal is not None and not inst.literal.elided \
            and inst.shape.is_array:
        return inst.literal.to_numpy().reshape(inst.shape.dims)
    value = _splat_value(inst) if inst.opcode is Opcode.BROADCAST else None
    if value is None:
        return None
    return np.broadcast_to(value, inst.shape.dims)


def _stub(inst: Instruction, dims) -> Instruction:
    """A stand-in operand of other dimensions (the element-wise kernels read operand types)."""
    return Instruction(inst.name, inst.opcode, Shape.array(inst.shape.element_type, dims))


def _same_bits(flat: np.ndarray) -> bool:
    """All elements have one bit pattern (so -0.0 and 0.0, or two NaNs, are not one splat)."""
    raw = flat.view(np.uint8).reshape(flat.size, -1)
    return bool((raw == raw[0]).all())


def _key(shape: Shape, value: np.ndarray) -> tuple:
    return shape.element_type, tuple(shape.dims), value.tobytes()


class _Canonicalizer:
    def __init__(self, comp: Computation, keep: frozenset[int] | set[int] = frozenset()):
        self.comp = comp
        self.keep = keep
        self.out: list[Instruction] = []
        self.replaced: dict[int, Instruction] = {}
        self.constants: dict[tuple, Instruction] = {}   # (type, dims, bytes) -> the one instruction
        self.changed = False

    def run(self) -> bool:
        for inst in self.comp.instructions:
            inst.operands = [self.replaced.get(id(o), o) for o in inst.operands]
            if inst.opcode is Opcode.TUPLE:   # an element replaced by one of another layout
                inst.shape = Shape.tuple_of(o.shape for o in inst.operands)
            inst.control_predecessors = [self.replaced.get(id(p), p) for p in inst.control_predecessors]
            result = self.visit(inst)
            if result is not inst:
                self.replaced[id(inst)] = result
                self.changed = True
            else:
                self.out.append(inst)
        root = self.comp.root
        if root is not None and id(root) in self.replaced:
            self.comp.root = self.replaced[id(root)]
        kept = self._without_dead_code(self.out)
        if self.changed or len(kept) != len(self.comp.instructions):
            # through the computation's editing method, so its name index stays right
            self.comp.set_instructions(kept)
            self.changed = True
        return self.changed

    # -- rules ---------------------------------------------------------------------------------
    def visit(self, inst: Instruction) -> Instruction:
        if inst.opcode in FOLDED and inst.operands and inst.shape.is_array:
            folded = self.fold(inst)
            if folded is not None:
                return folded
        if inst.opcode is Opcode.CONSTANT or inst.opcode is Opcode.BROADCAST:
            folded = self.constant(inst)
            if folded is not None:
                return folded
        if inst.opcode in COMMUTATIVE and len(inst.operands) == 2:
            self.constant_to_the_right(inst)
            return self.identity_operand(inst)
        if inst.opcode is Opcode.SUBTRACT and len(inst.operands) == 2:
            return self.identity_operand(inst)
        if inst.opcode is Opcode.COMPARE and len(inst.operands) == 2:
            return self.compare(inst)
        if inst.opcode is Opcode.SELECT and len(inst.operands) == 3:
            return self.select(inst)
        return inst

    def select(self, inst: Instruction) -> Instruction:
        """A select between one value twice, or on a constant predicate, is the value selected."""
        pred, on_true, on_false = inst.operands
        if on_true is on_false:
            return on_true
        value = _splat_value(pred)
        if value is None:
            return inst
        chosen = on_true if bool(value) else on_false
        return chosen if chosen.shape.dims == inst.shape.dims else inst

    def compare(self, inst: Instruction) -> Instruction:
        """The simplifier's rules for comparisons of integers and booleans (float ones are left as
        they are): ``x != false`` and ``x == true`` on booleans are x; x against itself is a
        constant; a constant on the left moves to the right with the direction mirrored."""
        lhs, rhs = inst.operands
        etype = lhs.shape.element_type
        direction = inst.attrs.get("direction")
        if not (etype.is_integral or etype == ElementType.PRED) or inst.attrs.get("type", "SIGNED") not in (
                "SIGNED", "UNSIGNED") or direction not in _MIRRORED:
            return inst
        value = _splat_value(rhs)
        if etype == ElementType.PRED and value is not None and lhs.shape.dims == inst.shape.dims \
                and (direction, bool(value)) in (("NE", False), ("EQ", True)):
            return lhs
        if lhs is rhs:
            return self.splat(inst, np.array(direction in ("EQ", "GE", "LE")))
        if self._is_constant(lhs) and not self._is_constant(rhs):
            inst.operands = [rhs, lhs]
            inst.attrs = {**inst.attrs, "direction": _MIRRORED[direction]}
            self.changed = True
        return inst

    def constant(self, inst: Instruction) -> Instruction | None:
        """One instruction per constant value and shape; a splat is a scalar constant broadcast,
        each with a scalar constant of its own (as XLA prints them)."""
        value = _splat_value(inst)
        if value is not None and inst.shape.num_elements > 1:
            key = _key(inst.shape, value)
            existing = self.constants.get(key)
            if existing is not None:
                return existing
            scalar_shape = Shape.scalar(inst.shape.element_type)
            # the .mlir position of the first origin is kept, so a diagnostic still has a line
            scalar = self._add(Instruction(self._name("constant"), Opcode.CONSTANT, scalar_shape,
                                           literal=Literal(scalar_shape, value.copy()),
                                           line=inst.line, column=inst.column))
            splat = self._add(Instruction(self._name("broadcast"), Opcode.BROADCAST, inst.shape, [scalar],
                                          {"dimensions": ()}, line=inst.line, column=inst.column))
            self.constants[key] = splat
            return splat
        if inst.opcode is not Opcode.CONSTANT or inst.literal is None or inst.literal.elided:
            return None
        if value is not None:   # a scalar
            key = _key(inst.shape, value)
        elif inst.shape.is_array:
            key = _key(inst.shape, inst.literal.to_numpy())
        else:
            return None
        existing = self.constants.get(key)
        if existing is not None:
            return existing
        self.constants[key] = inst
        if inst.metadata is not None:
            inst.metadata = None
            self.changed = True
        return None

    def fold(self, inst: Instruction) -> Instruction | None:
        """An op of constants is the constant it computes (the reference runtime computes it)."""
        values = [_constant_array(o) for o in inst.operands]
        if any(v is None for v in values):
            return None
        if inst.shape.num_elements > FOLD_LIMIT and not all(_splat_value(o) is not None for o in inst.operands):
            return None
        if inst.opcode in (Opcode.DIVIDE, Opcode.REMAINDER) and not inst.shape.element_type.is_float \
                and not values[1].all():
            return None   # integer division by zero is left for the program to do
        from ..runtime.interpreter import ExecutionContext
        from ..runtime.ops import OP_IMPLEMENTATIONS

        if inst.shape.num_elements > FOLD_LIMIT:   # splats only: compute one element
            values = [v.reshape(-1)[:1] for v in values]
            probe = Instruction(inst.name, inst.opcode, Shape.array(inst.shape.element_type, [1]),
                                [_stub(o, [1]) for o in inst.operands], dict(inst.attrs))
            if inst.opcode not in _ELEMENTWISE:
                return None
        else:
            probe = inst
        try:
            with np.errstate(all="ignore"):
                value = np.asarray(OP_IMPLEMENTATIONS[inst.opcode](probe, values, ExecutionContext(None)))
        except Exception:  # an op that fails on these values stays for the run to report
            return None
        flat = value.reshape(-1)
        if flat.size and (flat.size == 1 or _same_bits(flat)):
            return self.splat(inst, flat[:1].reshape(()))
        if value.size != inst.shape.num_elements:
            return None
        key = _key(inst.shape, value)
        existing = self.constants.get(key)
        if existing is not None:
            return existing
        made = self._add(Instruction(self._name("constant"), Opcode.CONSTANT, inst.shape,
                                     literal=Literal(inst.shape, value.reshape(-1).copy()),
                                     line=inst.line, column=inst.column))
        self.constants[key] = made
        return made

    def splat(self, inst: Instruction, value: np.ndarray) -> Instruction:
        """The one constant of ``inst``'s shape whose elements are all ``value`` (XLA prints one
        of more than one element as a scalar constant and a broadcast)."""
        if inst.shape.num_elements <= 1:
            key = _key(inst.shape, value)
            existing = self.constants.get(key)
            if existing is None:
                existing = self.constants[key] = self._add(Instruction(
                    self._name("constant"), Opcode.CONSTANT, inst.shape,
                    literal=Literal(inst.shape, value.reshape(-1).copy()), line=inst.line, column=inst.column))
            return existing
        key = _key(inst.shape, value)
        existing = self.constants.get(key)
        if existing is not None:
            return existing
        scalar_shape = Shape.scalar(inst.shape.element_type)
        scalar = self._add(Instruction(self._name("constant"), Opcode.CONSTANT, scalar_shape,
                                       literal=Literal(scalar_shape, value.reshape(-1).copy()),
                                       line=inst.line, column=inst.column))
        splat = self._add(Instruction(self._name("broadcast"), Opcode.BROADCAST, inst.shape, [scalar],
                                      {"dimensions": ()}, line=inst.line, column=inst.column))
        self.constants[key] = splat
        return splat

    def identity_operand(self, inst: Instruction) -> Instruction:
        """An op with a constant right operand that does nothing is its left operand; one whose
        result is that constant is the constant (``_SIMPLIFIED``); x - x and x ^ x on integers
        are zero. For floats ``x + 0`` and ``x - 0`` are dropped too, although -0.0 + 0.0 is
        +0.0: XLA's export has neither (the both-ways pairs ops_coverage_shape and _misc)."""
        lhs, rhs = inst.operands
        if lhs.shape.dims != rhs.shape.dims:
            return inst
        if lhs is rhs and inst.opcode in (Opcode.SUBTRACT, Opcode.XOR) and lhs.shape.element_type.is_integral:
            return self.splat(inst, np.zeros((), numpy_dtype(inst.shape.element_type)))
        value = _splat_value(rhs)
        if value is None or value.dtype.kind not in "fiub":
            return inst
        for opcode, matches, result in _SIMPLIFIED:
            if inst.opcode is opcode and matches(value):
                return lhs if result == "lhs" else rhs
        return inst

    def constant_to_the_right(self, inst: Instruction) -> None:
        lhs, rhs = inst.operands
        if self._is_constant(lhs) and not self._is_constant(rhs):
            inst.operands = [rhs, lhs]
            # XLA swaps before it exports, so the result's layout is inferred from the new first operand
            inst.shape = with_inferred_layout(inst.opcode, inst.shape.without_layout(), inst.operands, inst.attrs)
            self.changed = True

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _is_constant(inst: Instruction) -> bool:
        return inst.opcode is Opcode.CONSTANT or (inst.opcode is Opcode.BROADCAST and bool(inst.operands)
                                                  and inst.operands[0].opcode is Opcode.CONSTANT)

    def _add(self, inst: Instruction) -> Instruction:
        inst.computation = self.comp
        self.out.append(inst)
        return inst

    def _name(self, base: str) -> str:
        taken = getattr(self, "_taken", None)
        if taken is None:
            taken = self._taken = {i.name for i in self.comp.instructions}
        n = len(taken)
        while f"{base}.c{n}" in taken:
            n += 1
        name = f"{base}.c{n}"
        taken.add(name)
        return name

    def _without_dead_code(self, instructions: list[Instruction]) -> list[Instruction]:
        """Drop side-effect-free instructions nothing uses (MLIR's canonicalizer erases them
        before XLA exports; a call, loop, conditional or custom call stays, as MLIR cannot prove
        them free of effects)."""
        used = {id(o) for i in instructions for o in i.operands + i.control_predecessors}
        if self.comp.root is not None:
            used.add(id(self.comp.root))
        kept = []
        for inst in reversed(instructions):
            if id(inst) not in used and _is_pure(inst) and id(inst) not in self.keep:
                continue
            kept.append(inst)
            used.update(id(o) for o in inst.operands)
        kept.reverse()
        return kept


def _is_pure(inst: Instruction) -> bool:
    return (inst.opcode.category in (Category.ELEMENTWISE_UNARY, Category.ELEMENTWISE_BINARY,
                                     Category.ELEMENTWISE_TERNARY) and inst.opcode not in SIDE_EFFECTING) \
        or inst.opcode in _PURE


def canonicalize(module: Module, keep: frozenset[int] | set[int] = frozenset()) -> bool:
    """Apply XLA's conversion-time canonicalization to every computation; True if anything changed.
    ``keep``: ids of instructions left in place although nothing uses them."""
    changed = False
    for comp in module.computations.values():
        changed |= _Canonicalizer(comp, keep).run()
    return changed

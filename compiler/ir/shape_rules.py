"""Shape rules: the result shape XLA infers for every opcode.

:data:`SHAPE_RULES` maps each :class:`Opcode` to a rule. A rule reads an
instruction's operands and attributes and returns the result shape they
imply (layouts ignored), or ``None`` when the result shape is free by
definition (parameter, custom-call, infeed data, ...). Operands or
attributes that XLA rejects raise :class:`ShapeRuleError` carrying a
registry code from :mod:`compiler.diagnostics`.

The facts follow XLA's ``ShapeInference`` (xla/service/shape_inference.cc)
and the HLO verifier, with HLO's strictness: no implicit broadcasting and no
mixed element types in elementwise ops. Some results (convert, broadcast,
reshape, iota, rng...) take their dimensions or element type from the
declared shape; those rules need ``inst.shape``.

Dynamic dimensions never crash a rule: a bounded ``<=N`` dimension is
treated as size ``N`` and an unbounded ``?`` dimension matches any size.
"""

from __future__ import annotations

import re
from math import prod
from typing import Callable, NoReturn

from .. import diagnostics as D
from .attrs import ConvDimensionNumbers, PadDim, ReplicaGroups, SliceDim, Window, frontend_attributes
from .dtypes import ElementType
from .module import SHAPE_LEFT_OUT, Computation, Instruction
from .opcodes import Opcode
from .shapes import UNBOUNDED, Shape

E = ElementType

# The registry codes a rule may raise.
MISSING_ATTRIBUTE = D.MISSING_ATTRIBUTE.code          # NCC-E012
WRONG_OPERAND_COUNT = D.WRONG_OPERAND_COUNT.code      # NCC-E014
SHAPE_MISMATCH = D.SHAPE_MISMATCH.code                # NCC-E020
OPERAND_MISMATCH = D.OPERAND_TYPE_MISMATCH.code       # NCC-E021
INVALID_ATTRIBUTE = D.INVALID_ATTRIBUTE.code          # NCC-E022
BAD_SIGNATURE = D.COMPUTATION_SIGNATURE.code          # NCC-E023


class ShapeRuleError(Exception):
    """Operands or attributes that XLA rejects; ``code`` is a diagnostics registry code."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


Rule = Callable[[Instruction], "Shape | None"]


# =====================================================================================
# Helpers: reading operands and attributes without ever crashing
# =====================================================================================

def _fail(code: str, message: str) -> NoReturn:
    raise ShapeRuleError(code, message)


def _st(shape: Shape | None) -> str:
    return "<unknown>" if shape is None else shape.text(with_layout=False)


def _operand_shapes(inst: Instruction) -> list[Shape]:
    shapes = []
    for i, op in enumerate(inst.operands):
        if op is None or op.shape is None:
            _fail(OPERAND_MISMATCH, f"operand {i} of {inst.opcode.text} has no known shape")
        shapes.append(op.shape)
    return shapes


def _count(inst: Instruction, *allowed: int) -> list[Shape]:
    """The operand shapes, after checking that their number is one of ``allowed``."""
    if len(inst.operands) not in allowed:
        want = " or ".join(str(n) for n in allowed)
        _fail(WRONG_OPERAND_COUNT,
              f"{inst.opcode.text} takes {want} operand(s), got {len(inst.operands)}")
    return _operand_shapes(inst)


def _at_least(inst: Instruction, n: int) -> list[Shape]:
    if len(inst.operands) < n:
        _fail(WRONG_OPERAND_COUNT,
              f"{inst.opcode.text} takes at least {n} operand(s), got {len(inst.operands)}")
    return _operand_shapes(inst)


def _array(shape: Shape, what: str) -> Shape:
    if shape.is_tuple or not shape.is_array:
        _fail(OPERAND_MISMATCH, f"{what} must be an array, got {_st(shape)}")
    return shape


_MISSING = object()


def _attr(inst: Instruction, name: str, default=_MISSING):
    value = inst.attrs.get(name, _MISSING)
    if value is _MISSING:
        if default is _MISSING:
            _fail(MISSING_ATTRIBUTE, f"{inst.opcode.text} requires the attribute '{name}'")
        return default
    return value


def _int(inst: Instruction, name: str, default=_MISSING) -> int:
    value = _attr(inst, name, default)
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(INVALID_ATTRIBUTE, f"attribute '{name}' of {inst.opcode.text} must be an integer")
    return value


def _ints(inst: Instruction, name: str, default=_MISSING) -> tuple[int, ...]:
    value = _attr(inst, name, default)
    if not isinstance(value, (tuple, list)) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value):
        _fail(INVALID_ATTRIBUTE, f"attribute '{name}' of {inst.opcode.text} must be a list of integers")
    return tuple(value)


def _bool(inst: Instruction, name: str, default: bool) -> bool:
    value = _attr(inst, name, default)
    if not isinstance(value, bool):
        _fail(INVALID_ATTRIBUTE, f"attribute '{name}' of {inst.opcode.text} must be true or false")
    return value


def _enum(inst: Instruction, name: str, allowed, default=_MISSING) -> str:
    value = _attr(inst, name, default)
    text = str(value)
    if text not in allowed and text.upper() not in allowed:
        _fail(INVALID_ATTRIBUTE, f"attribute {name}={text} of {inst.opcode.text} is not one of "
                                 f"{', '.join(sorted(allowed))}")
    return text if text in allowed else text.upper()


def _computation(inst: Instruction, name: str) -> Computation:
    value = _attr(inst, name)
    if not isinstance(value, Computation):
        _fail(INVALID_ATTRIBUTE, f"attribute '{name}' of {inst.opcode.text} must name a computation")
    return value


def _computations(inst: Instruction, name: str) -> tuple[Computation, ...]:
    value = _attr(inst, name)
    if not isinstance(value, tuple) or not all(isinstance(c, Computation) for c in value):
        _fail(INVALID_ATTRIBUTE, f"attribute '{name}' of {inst.opcode.text} must list computations")
    return value


def _signature(comp: Computation) -> tuple[list[Shape], Shape]:
    """The program shape of a called computation: parameter shapes and root shape."""
    if comp.root is None or comp.root.shape is None:
        _fail(BAD_SIGNATURE, f"computation '{comp.name}' has no root instruction")
    params = [p.shape for p in comp.parameters]
    if any(p is None for p in params):
        _fail(BAD_SIGNATURE, f"computation '{comp.name}' has a parameter without a shape")
    return params, comp.root.shape


def _written(inst: Instruction) -> Shape | None:
    """The result shape the text wrote; None where it left it out (the parser is inferring it)."""
    shape = inst.shape
    return None if shape is SHAPE_LEFT_OUT else shape


def _declared(inst: Instruction) -> Shape:
    """The written result shape, for ops whose result takes dims or type from it."""
    shape = _written(inst)
    if shape is None:
        _fail(MISSING_ATTRIBUTE, f"the result shape of {inst.opcode.text} must be written out")
    return shape


def _declared_array(inst: Instruction) -> Shape:
    shape = _declared(inst)
    if shape.is_tuple or not shape.is_array:
        _fail(SHAPE_MISMATCH, f"the result of {inst.opcode.text} must be an array, not {_st(shape)}")
    return shape


# -- dimension arithmetic that tolerates ``?`` ---------------------------------------------

def _same_size(a: int, b: int) -> bool:
    return a == b or a == UNBOUNDED or b == UNBOUNDED


def _same_dims(a: Shape, b: Shape) -> bool:
    return a.rank == b.rank and all(_same_size(x, y) for x, y in zip(a.dims, b.dims))


def _merged_dims(a: Shape, b: Shape) -> tuple[list[int], list[bool]]:
    """Dims of two same-dims shapes: a ``?`` yields to the other side's size and dynamism."""
    dims, dyn = [], []
    for i, (x, y) in enumerate(zip(a.dims, b.dims)):
        if x == UNBOUNDED:
            dims.append(y)
            dyn.append(_dyn(b, i))
        elif y == UNBOUNDED:
            dims.append(x)
            dyn.append(_dyn(a, i))
        else:
            dims.append(x)
            dyn.append(_dyn(a, i) or _dyn(b, i))
    return dims, dyn


def _elements(shape: Shape) -> int | None:
    """Element count using bounds; ``None`` when a dimension is unbounded."""
    return None if UNBOUNDED in shape.dims else prod(shape.dims)


def _make(et: ElementType, dims, dynamic=None) -> Shape:
    dims = tuple(dims)
    dyn = tuple(dynamic) if dynamic is not None else tuple(d == UNBOUNDED for d in dims)
    dyn = tuple(bool(x) or d == UNBOUNDED for x, d in zip(dyn, dims))
    return Shape.array(et, dims, dyn)


def _dyn(shape: Shape, i: int) -> bool:
    return bool(shape.dynamic[i]) if i < len(shape.dynamic) else False


def _check_dims(dims, rank: int, what: str, unique: bool = True, ordered: bool = False) -> None:
    for d in dims:
        if not 0 <= d < rank:
            _fail(INVALID_ATTRIBUTE, f"{what} {d} is out of range for rank {rank}")
    if unique and len(set(dims)) != len(dims):
        _fail(INVALID_ATTRIBUTE, f"{what} {{{','.join(map(str, dims))}}} repeats a dimension")
    if ordered and list(dims) != sorted(dims):
        _fail(INVALID_ATTRIBUTE, f"{what} {{{','.join(map(str, dims))}}} must be sorted")


def _strided_bound(bound: int, window: int, stride: int) -> int:
    if window > bound:
        return 0
    return (bound - window) // stride + 1


def _dilated_bound(bound: int, dilation: int) -> int:
    return 0 if bound == 0 else (bound - 1) * dilation + 1


def _window_output(dims, window: Window, what: str) -> list[int]:
    """Output sizes of a window applied to base ``dims`` (reduce-window, conv spatial dims)."""
    if not isinstance(window, Window):
        _fail(INVALID_ATTRIBUTE, f"the window of {what} is malformed")
    if len(window.dims) != len(dims):
        _fail(INVALID_ATTRIBUTE, f"the window of {what} has {len(window.dims)} dimension(s) but the "
                                 f"operand has {len(dims)}")
    out = []
    for i, (base, w) in enumerate(zip(dims, window.dims)):
        if w.size <= 0 or w.stride <= 0 or w.base_dilation < 1 or w.window_dilation < 1:
            _fail(INVALID_ATTRIBUTE, f"window dimension {i} of {what} needs a positive size, stride "
                                     f"and dilation")
        if base == UNBOUNDED:
            out.append(UNBOUNDED)
            continue
        padded = w.padding_low + _dilated_bound(base, w.base_dilation) + w.padding_high
        out.append(_strided_bound(padded, _dilated_bound(w.size, w.window_dilation), w.stride))
    return out


# -- element types --------------------------------------------------------------------------

def _is_signed(et: ElementType) -> bool:
    return et.is_signed_int or et.is_float


def _is_numeric(et: ElementType) -> bool:
    return et.is_array and et is not E.PRED


def _higher_precision(a: ElementType, b: ElementType) -> ElementType:
    if a is b:
        return a
    if a.is_float and b.is_float:
        return b if b.bits > a.bits else a
    return a


def _same_type_ignoring_fp(a: ElementType, b: ElementType) -> bool:
    return a is b or (a.is_float and b.is_float)


def _compatible_ignoring_fp(a: Shape, b: Shape) -> bool:
    if a.is_tuple or b.is_tuple:
        return (a.is_tuple and b.is_tuple and len(a.tuple_shapes) == len(b.tuple_shapes)
                and all(_compatible_ignoring_fp(x, y) for x, y in zip(a.tuple_shapes, b.tuple_shapes)))
    return _same_type_ignoring_fp(a.element_type, b.element_type) and _same_dims(a, b)


def shapes_match(a: Shape, b: Shape) -> bool:
    """XLA's ``ShapeUtil::Compatible``: same element types and dims; layouts and dynamism ignored.

    An unbounded ``?`` dimension matches any size.
    """
    if a.is_tuple or b.is_tuple:
        return (a.is_tuple and b.is_tuple and len(a.tuple_shapes) == len(b.tuple_shapes)
                and all(shapes_match(x, y) for x, y in zip(a.tuple_shapes, b.tuple_shapes)))
    return a.element_type == b.element_type and _same_dims(a, b)


def _tuple_or_single(shapes: list[Shape]) -> Shape:
    return shapes[0] if len(shapes) == 1 else Shape.tuple_of(shapes)


def _upcast(from_type: ElementType, inst: Instruction) -> ElementType:
    """Dot/convolution result type: the declared (preferred) type, unless it narrows an integer."""
    declared = _written(inst)
    if declared is None or declared.is_tuple or not declared.is_array:
        return from_type
    preferred = declared.element_type
    if preferred is from_type:
        return from_type
    if not from_type.is_float and preferred.bits < from_type.bits:
        return from_type  # XLA refuses to narrow; the verifier reports the mismatch
    return preferred


def _u32() -> Shape:
    return Shape.scalar(E.U32)


# =====================================================================================
# Elementwise ops
# =====================================================================================

#: Element types accepted by each unary op (XLA ``InferUnaryOpShape``); result = operand type
#: except for the entries of ``_UNARY_RESULT``.
_FLOAT = "a floating point"
_FLOAT_OR_COMPLEX = "a floating point or complex"
_INTEGRAL = "an integral"
_PRED_OR_INTEGRAL = "a pred or integral"
_SIGNED_OR_COMPLEX = "a signed or complex"
_NUMERIC = "an integral, floating point or complex"

_TYPE_CLASSES: dict[str, Callable[[ElementType], bool]] = {
    _FLOAT: lambda t: t.is_float,
    _FLOAT_OR_COMPLEX: lambda t: t.is_float or t.is_complex,
    _INTEGRAL: lambda t: t.is_integral,
    _PRED_OR_INTEGRAL: lambda t: t is E.PRED or t.is_integral,
    _SIGNED_OR_COMPLEX: lambda t: _is_signed(t) or t.is_complex,
    _NUMERIC: lambda t: t.is_integral or t.is_float or t.is_complex,
}

_UNARY_TYPES: dict[Opcode, str] = {
    Opcode.FLOOR: _FLOAT, Opcode.CEIL: _FLOAT, Opcode.ROUND_AFZ: _FLOAT, Opcode.ROUND_EVEN: _FLOAT,
    Opcode.IS_FINITE: _FLOAT, Opcode.CBRT: _FLOAT, Opcode.ERF: _FLOAT,
    Opcode.COS: _FLOAT_OR_COMPLEX, Opcode.SIN: _FLOAT_OR_COMPLEX, Opcode.TAN: _FLOAT_OR_COMPLEX,
    Opcode.EXP: _FLOAT_OR_COMPLEX, Opcode.EXPM1: _FLOAT_OR_COMPLEX, Opcode.LOG: _FLOAT_OR_COMPLEX,
    Opcode.LOG1P: _FLOAT_OR_COMPLEX, Opcode.LOGISTIC: _FLOAT_OR_COMPLEX, Opcode.RSQRT: _FLOAT_OR_COMPLEX,
    Opcode.SQRT: _FLOAT_OR_COMPLEX, Opcode.TANH: _FLOAT_OR_COMPLEX, Opcode.REAL: _FLOAT_OR_COMPLEX,
    Opcode.IMAG: _FLOAT_OR_COMPLEX, Opcode.ACOS: _FLOAT_OR_COMPLEX, Opcode.ACOSH: _FLOAT_OR_COMPLEX,
    Opcode.ASIN: _FLOAT_OR_COMPLEX, Opcode.ASINH: _FLOAT_OR_COMPLEX, Opcode.ATAN: _FLOAT_OR_COMPLEX,
    Opcode.ATANH: _FLOAT_OR_COMPLEX, Opcode.COSH: _FLOAT_OR_COMPLEX, Opcode.SINH: _FLOAT_OR_COMPLEX,
    Opcode.ABS: _SIGNED_OR_COMPLEX, Opcode.SIGN: _SIGNED_OR_COMPLEX,
    Opcode.CLZ: _INTEGRAL, Opcode.POPCNT: _INTEGRAL,
    Opcode.NOT: _PRED_OR_INTEGRAL,
    Opcode.NEGATE: _NUMERIC,
}

#: Unary ops whose result element type is not the operand's.
_UNARY_RESULT: dict[Opcode, Callable[[ElementType], ElementType]] = {
    Opcode.ABS: lambda t: t.component_type,     # |complex| is real
    Opcode.REAL: lambda t: t.component_type,
    Opcode.IMAG: lambda t: t.component_type,
    Opcode.IS_FINITE: lambda t: E.PRED,
}


def _unary(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, f"the operand of {inst.opcode.text}")
    kind = _UNARY_TYPES[inst.opcode]
    if not _TYPE_CLASSES[kind](x.element_type):
        _fail(OPERAND_MISMATCH, f"{inst.opcode.text} needs {kind} operand, got {_st(x)}")
    result = _UNARY_RESULT.get(inst.opcode, lambda t: t)(x.element_type)
    return x.without_layout().with_element_type(result)


#: Element types accepted by each binary op (both operands have the same type).
_BINARY_TYPES: dict[Opcode, Callable[[ElementType], bool]] = {
    Opcode.ADD: lambda t: True, Opcode.MULTIPLY: lambda t: True,
    Opcode.MAXIMUM: lambda t: True, Opcode.MINIMUM: lambda t: True, Opcode.COMPARE: lambda t: True,
    Opcode.SUBTRACT: _is_numeric, Opcode.DIVIDE: _is_numeric, Opcode.REMAINDER: _is_numeric,
    Opcode.POWER: _is_numeric,
    Opcode.ATAN2: lambda t: t.is_float or t.is_complex,
    Opcode.SHIFT_LEFT: lambda t: t.is_integral, Opcode.SHIFT_RIGHT_ARITHMETIC: lambda t: t.is_integral,
    Opcode.SHIFT_RIGHT_LOGICAL: lambda t: t.is_integral, Opcode.MULHI: lambda t: t.is_integral,
    Opcode.AND: lambda t: t is E.PRED or t.is_integral, Opcode.OR: lambda t: t is E.PRED or t.is_integral,
    Opcode.XOR: lambda t: t is E.PRED or t.is_integral,
    Opcode.COMPLEX: lambda t: t in (E.F32, E.F64),
}

_COMPARISON_DIRECTIONS = frozenset({"EQ", "NE", "GE", "GT", "LE", "LT"})
_COMPARISON_TYPES = frozenset({"FLOAT", "TOTALORDER", "SIGNED", "UNSIGNED"})


def _comparison_types(et: ElementType) -> tuple[str, ...]:
    """The comparison types XLA's verifier allows for operands of type ``et``."""
    if et.is_float:
        return ("FLOAT", "TOTALORDER")
    if et.is_signed_int or et.is_complex:
        return ("SIGNED",) if et.is_signed_int else ("FLOAT",)
    return ("UNSIGNED",)  # pred and unsigned integers


def _check_comparison_type(kind: str, et: ElementType) -> None:
    allowed = _comparison_types(et)
    if kind not in allowed:
        _fail(INVALID_ATTRIBUTE, f"compare type={kind} does not fit {et.text} operands: expected "
                                 f"type={' or type='.join(allowed)}")


def _binary(inst: Instruction) -> Shape:
    lhs, rhs = _count(inst, 2)
    op = inst.opcode.text
    _array(lhs, f"the lhs of {op}")
    _array(rhs, f"the rhs of {op}")
    if lhs.element_type is not rhs.element_type:
        _fail(OPERAND_MISMATCH, f"{op} operands have different element types: {_st(lhs)} and {_st(rhs)}")
    if not _same_dims(lhs, rhs):
        _fail(OPERAND_MISMATCH, f"{op} operands have different dimensions: {_st(lhs)} and {_st(rhs)} "
                                f"(HLO has no implicit broadcasting)")
    if not _BINARY_TYPES[inst.opcode](lhs.element_type):
        _fail(OPERAND_MISMATCH, f"{op} does not accept {lhs.element_type.text} operands")
    dims, dyn = _merged_dims(lhs, rhs)
    et = lhs.element_type
    if inst.opcode is Opcode.COMPARE:
        _enum(inst, "direction", _COMPARISON_DIRECTIONS)
        if "type" in inst.attrs:
            _check_comparison_type(_enum(inst, "type", _COMPARISON_TYPES), et)
        et = E.PRED
    elif inst.opcode is Opcode.COMPLEX:
        et = E.C64 if et is E.F32 else E.C128
    return _make(et, dims, dyn)


def _stochastic_convert(inst: Instruction) -> Shape:
    x, rnd = _count(inst, 2)
    _array(x, "the operand of stochastic-convert")
    _array(rnd, "the random bits of stochastic-convert")
    if not x.element_type.is_float:
        _fail(OPERAND_MISMATCH, f"stochastic-convert converts floating point values, got {_st(x)}")
    if not rnd.element_type.is_unsigned_int or rnd.element_type.bits != x.element_type.bits:
        _fail(OPERAND_MISMATCH, f"stochastic-convert needs unsigned random bits as wide as the "
                                f"operand: {_st(x)} and {_st(rnd)}")
    if not _same_dims(x, rnd):
        _fail(OPERAND_MISMATCH, f"stochastic-convert operand and random bits differ: {_st(x)} vs {_st(rnd)}")
    return _make(_declared_array(inst).element_type, x.dims, x.dynamic)


def _select(inst: Instruction) -> Shape:
    pred, on_true, on_false = _count(inst, 3)
    for s, what in ((pred, "predicate"), (on_true, "on-true operand"), (on_false, "on-false operand")):
        _array(s, f"the {what} of select")
    if pred.element_type is not E.PRED:
        _fail(OPERAND_MISMATCH, f"the predicate of select must be pred, got {_st(pred)}")
    if not shapes_match(on_true, on_false):
        _fail(OPERAND_MISMATCH, f"select branches differ: {_st(on_true)} vs {_st(on_false)}")
    if not pred.is_scalar and not _same_dims(pred, on_true):
        _fail(OPERAND_MISMATCH, f"the predicate {_st(pred)} of select must be a scalar or have the "
                                f"dimensions of {_st(on_true)}")
    return on_true.without_layout()


def _clamp(inst: Instruction) -> Shape:
    lo, x, hi = _count(inst, 3)
    for s, what in ((lo, "min"), (x, "operand"), (hi, "max")):
        _array(s, f"the {what} of clamp")
    for bound in (lo, hi):
        if bound.element_type is not x.element_type:
            _fail(OPERAND_MISMATCH, f"clamp operands have different element types: {_st(bound)} and {_st(x)}")
        if not bound.is_scalar and not _same_dims(bound, x):
            _fail(OPERAND_MISMATCH, f"clamp bound {_st(bound)} must be a scalar or match {_st(x)}")
    return x.without_layout()


def _reduce_precision(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of reduce-precision")
    if not x.element_type.is_float:
        _fail(OPERAND_MISMATCH, f"reduce-precision needs a floating point operand, got {_st(x)}")
    if _int(inst, "exponent_bits") < 1:
        _fail(INVALID_ATTRIBUTE, "reduce-precision needs exponent_bits >= 1")
    if _int(inst, "mantissa_bits") < 0:
        _fail(INVALID_ATTRIBUTE, "reduce-precision needs mantissa_bits >= 0")
    return x.without_layout()


# =====================================================================================
# Conversions and data movement
# =====================================================================================

def _convert(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of convert")
    return _make(_declared_array(inst).element_type, x.dims, x.dynamic)


def _bitcast_convert(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of bitcast-convert")
    new = _declared_array(inst).element_type
    old = x.element_type
    if old.is_complex != new.is_complex:
        _fail(OPERAND_MISMATCH, f"bitcast-convert cannot convert between complex and real: "
                                f"{old.text} -> {new.text}")
    a, b = old.bits, new.bits
    if min(a, b) <= 0 or max(a, b) % min(a, b):
        _fail(OPERAND_MISMATCH, f"bitcast-convert between {old.text} and {new.text}: bit widths "
                                f"do not divide")
    dims, dyn = list(x.dims), list(x.dynamic)
    if a > b:  # wide -> narrow: a new minor dimension holds the pieces
        dims.append(a // b)
        dyn.append(False)
    elif a < b:  # narrow -> wide: the minor dimension must hold exactly one wide element
        if not dims or not _same_size(dims[-1], b // a):
            _fail(OPERAND_MISMATCH, f"bitcast-convert {old.text} -> {new.text} needs a minor dimension "
                                    f"of size {b // a}, got {_st(x)}")
        dims.pop()
        dyn.pop()
    return _make(new, dims, dyn)


def _bitcast(inst: Instruction) -> None:
    (x,) = _count(inst, 1)
    out = _declared(inst)
    if (x.is_array and out.is_array and not x.is_unbounded and not out.is_unbounded
            and x.byte_size != out.byte_size):
        _fail(OPERAND_MISMATCH, f"bitcast changes the byte size: {_st(x)} is {x.byte_size} bytes, "
                                f"{_st(out)} is {out.byte_size}")
    return None  # reinterprets the buffer: any shape of the same size


def _copy(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    return x.without_layout()


def _broadcast(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of broadcast")
    out = _declared_array(inst)
    dims = _ints(inst, "dimensions", () if x.is_scalar else _MISSING)
    if len(dims) != x.rank:
        _fail(INVALID_ATTRIBUTE, f"broadcast dimensions={{{','.join(map(str, dims))}}} must list one "
                                 f"output dimension per operand dimension ({x.rank})")
    _check_dims(dims, out.rank, "broadcast dimension")
    for i, d in enumerate(dims):
        if not _same_size(x.dims[i], out.dims[d]):
            _fail(SHAPE_MISMATCH, f"broadcast maps operand dimension {i} (size {x.dims[i]}) to result "
                                  f"dimension {d} of size {out.dims[d]}")
    return _make(x.element_type, out.dims, out.dynamic)


def _reshape(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of reshape")
    out = _declared_array(inst)
    n_in, n_out = _elements(x), _elements(out)
    if n_in is not None and n_out is not None and n_in != n_out:
        _fail(SHAPE_MISMATCH, f"reshape changes the element count: {_st(x)} has {n_in}, "
                              f"{_st(out)} has {n_out}")
    return _make(x.element_type, out.dims, out.dynamic)


def _dynamic_reshape(inst: Instruction) -> Shape:
    shapes = _at_least(inst, 1)
    x, sizes = shapes[0], shapes[1:]
    _array(x, "the operand of dynamic-reshape")
    out = _declared_array(inst)
    if len(sizes) != out.rank:
        _fail(WRONG_OPERAND_COUNT, f"dynamic-reshape to rank {out.rank} needs {out.rank} size operands, "
                                   f"got {len(sizes)}")
    for s in sizes:
        if not (s.is_scalar and s.element_type is E.S32):
            _fail(OPERAND_MISMATCH, f"dynamic-reshape sizes must be s32[] scalars, got {_st(s)}")
    n_in, n_out = _elements(x), _elements(out)
    if n_in is not None and n_out is not None and n_in != n_out:
        _fail(SHAPE_MISMATCH, f"dynamic-reshape changes the element count bound: {_st(x)} vs {_st(out)}")
    return _make(x.element_type, out.dims, out.dynamic)


def _transpose(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of transpose")
    perm = _ints(inst, "dimensions")
    if sorted(perm) != list(range(x.rank)):
        _fail(INVALID_ATTRIBUTE, f"transpose dimensions={{{','.join(map(str, perm))}}} is not a "
                                 f"permutation of the {x.rank} operand dimensions")
    return _make(x.element_type, [x.dims[p] for p in perm], [_dyn(x, p) for p in perm])


def _reverse(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of reverse")
    _check_dims(_ints(inst, "dimensions"), x.rank, "reverse dimension")
    return x.without_layout()


def _shuffle(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of shuffle")
    _check_dims(_ints(inst, "dimensions", ()), x.rank, "shuffle dimension")
    return x.without_layout()  # permutes elements within dimensions


def _slice(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of slice")
    spec = _attr(inst, "slice")
    if not isinstance(spec, tuple) or not all(isinstance(s, SliceDim) for s in spec):
        _fail(INVALID_ATTRIBUTE, "the slice attribute is malformed")
    if len(spec) != x.rank:
        _fail(INVALID_ATTRIBUTE, f"slice has {len(spec)} ranges for an operand of rank {x.rank}")
    dims, dyn = [], []
    for i, s in enumerate(spec):
        size = x.dims[i]
        if s.start < 0 or s.stride <= 0 or s.start > s.limit or (size != UNBOUNDED and s.limit > size):
            _fail(INVALID_ATTRIBUTE, f"slice range [{s.start}:{s.limit}:{s.stride}] is invalid for "
                                     f"dimension {i} of size {size}")
        n = -(-(s.limit - s.start) // s.stride)
        dims.append(n)
        dyn.append(_dyn(x, i) and n != 1)
    return _make(x.element_type, dims, dyn)


def _index_operands(indices: list[Shape], rank: int, op: str) -> None:
    """Start indices: one integral scalar per dimension, or (legacy) a single index vector."""
    if len(indices) == 1 and indices[0].is_array and indices[0].rank == 1:
        vec = indices[0]
        if not vec.element_type.is_integral or not _same_size(vec.dims[0], rank):
            _fail(OPERAND_MISMATCH, f"the start index vector {_st(vec)} of {op} must be integral with "
                                    f"{rank} elements")
        return
    if len(indices) != rank:
        _fail(WRONG_OPERAND_COUNT, f"{op} on a rank-{rank} operand needs {rank} start indices, "
                                   f"got {len(indices)}")
    for s in indices:
        if not (s.is_scalar and s.element_type.is_integral):
            _fail(OPERAND_MISMATCH, f"{op} start indices must be integral scalars, got {_st(s)}")
        if s.element_type is not indices[0].element_type:
            _fail(OPERAND_MISMATCH, f"{op} start indices must all have one type: "
                                    f"{_st(indices[0])} and {_st(s)}")


def _dynamic_slice(inst: Instruction) -> Shape:
    shapes = _at_least(inst, 1)
    x = _array(shapes[0], "the operand of dynamic-slice")
    _index_operands(shapes[1:], x.rank, "dynamic-slice")
    sizes = _ints(inst, "dynamic_slice_sizes")
    if len(sizes) != x.rank:
        _fail(INVALID_ATTRIBUTE, f"dynamic_slice_sizes has {len(sizes)} entries for rank {x.rank}")
    for i, (n, d) in enumerate(zip(sizes, x.dims)):
        if n < 0 or (d != UNBOUNDED and n > d):
            _fail(INVALID_ATTRIBUTE, f"dynamic-slice size {n} is out of range for dimension {i} of size {d}")
    return _make(x.element_type, sizes)


def _dynamic_update_slice(inst: Instruction) -> Shape:
    shapes = _at_least(inst, 2)
    x = _array(shapes[0], "the operand of dynamic-update-slice")
    upd = _array(shapes[1], "the update of dynamic-update-slice")
    _index_operands(shapes[2:], x.rank, "dynamic-update-slice")
    if upd.rank != x.rank:
        _fail(OPERAND_MISMATCH, f"dynamic-update-slice update {_st(upd)} must have the rank of {_st(x)}")
    if upd.element_type is not x.element_type:
        _fail(OPERAND_MISMATCH, f"dynamic-update-slice update {_st(upd)} must have the element type "
                                f"of {_st(x)}")
    for i, (u, d) in enumerate(zip(upd.dims, x.dims)):
        if u != UNBOUNDED and d != UNBOUNDED and u > d:
            _fail(OPERAND_MISMATCH, f"dynamic-update-slice update dimension {i} ({u}) exceeds the "
                                    f"operand's ({d})")
    return x.without_layout()


def _concatenate(inst: Instruction) -> Shape:
    shapes = _at_least(inst, 1)
    dims = _ints(inst, "dimensions")
    if len(dims) != 1:
        _fail(INVALID_ATTRIBUTE, "concatenate needs exactly one dimension")
    d = dims[0]
    first = _array(shapes[0], "operand 0 of concatenate")
    _check_dims(dims, first.rank, "concatenate dimension")
    total = 0
    for i, s in enumerate(shapes):
        _array(s, f"operand {i} of concatenate")
        if s.rank != first.rank or s.element_type is not first.element_type:
            _fail(OPERAND_MISMATCH, f"concatenate operands differ in rank or type: {_st(first)} and {_st(s)}")
        for j in range(first.rank):
            if j != d and not _same_size(s.dims[j], first.dims[j]):
                _fail(OPERAND_MISMATCH, f"concatenate operands differ in dimension {j}: "
                                        f"{_st(first)} and {_st(s)}")
        total = UNBOUNDED if UNBOUNDED in (total, s.dims[d]) else total + s.dims[d]
    out = list(first.dims)
    out[d] = total
    dyn = [any(_dyn(s, j) for s in shapes) for j in range(first.rank)]
    return _make(first.element_type, out, dyn)


def _pad(inst: Instruction) -> Shape:
    x, value = _count(inst, 2)
    _array(x, "the operand of pad")
    if not value.is_scalar:
        _fail(OPERAND_MISMATCH, f"the padding value of pad must be a scalar, got {_st(value)}")
    if value.element_type is not x.element_type:
        _fail(OPERAND_MISMATCH, f"pad operand {_st(x)} and padding value {_st(value)} differ in type")
    cfg = _attr(inst, "padding")
    if not isinstance(cfg, tuple) or not all(isinstance(p, PadDim) for p in cfg):
        _fail(INVALID_ATTRIBUTE, "the padding attribute is malformed")
    if len(cfg) != x.rank:
        _fail(INVALID_ATTRIBUTE, f"padding has {len(cfg)} entries for an operand of rank {x.rank}")
    dims = []
    for i, (p, d) in enumerate(zip(cfg, x.dims)):
        if p.interior < 0:
            _fail(INVALID_ATTRIBUTE, f"interior padding of dimension {i} is negative")
        if d == UNBOUNDED:
            dims.append(UNBOUNDED)
            continue
        n = d + p.low + p.high + max(d - 1, 0) * p.interior
        if n < 0:
            _fail(INVALID_ATTRIBUTE, f"padding makes dimension {i} negative ({n})")
        dims.append(n)
    return _make(x.element_type, dims, x.dynamic)


def _iota(inst: Instruction) -> Shape:
    _count(inst, 0)
    out = _declared_array(inst)
    d = _int(inst, "iota_dimension")
    if out.rank == 0 or not 0 <= d < out.rank:
        _fail(INVALID_ATTRIBUTE, f"iota_dimension={d} is out of range for {_st(out)}")
    if not (out.element_type.is_integral or out.element_type.is_float or out.element_type.is_complex):
        _fail(SHAPE_MISMATCH, f"iota produces integral, floating point or complex values, not "
                              f"{out.element_type.text}")
    return out.without_layout()


# -- gather / scatter -------------------------------------------------------------------------

def _expanded_indices(indices: Shape, index_vector_dim: int, op: str) -> tuple[list[int], list[bool]]:
    if not indices.element_type.is_integral:
        _fail(OPERAND_MISMATCH, f"{op} indices must be integral, got {_st(indices)}")
    if not 0 <= index_vector_dim <= indices.rank:
        _fail(INVALID_ATTRIBUTE, f"index_vector_dim={index_vector_dim} of {op} must be within "
                                 f"[0, {indices.rank}]")
    dims, dyn = list(indices.dims), [_dyn(indices, i) for i in range(indices.rank)]
    if index_vector_dim == indices.rank:  # implicit trailing index vector of size 1
        dims.append(1)
        dyn.append(False)
    return dims, dyn


def _batching_dims(operand_dims, index_dims, operand_shape: Shape, indices: list[int],
                   index_vector_dim: int, names: tuple[str, str], op: str) -> None:
    _check_dims(operand_dims, operand_shape.rank, f"{op} {names[0]}", ordered=True)
    _check_dims(index_dims, len(indices), f"{op} {names[1]}")
    if index_vector_dim in index_dims:
        _fail(INVALID_ATTRIBUTE, f"{op} {names[1]} must not contain index_vector_dim")
    if len(operand_dims) != len(index_dims):
        _fail(INVALID_ATTRIBUTE, f"{op} {names[0]} and {names[1]} must have the same length")
    for a, b in zip(operand_dims, index_dims):
        if not _same_size(operand_shape.dims[a], indices[b]):
            _fail(OPERAND_MISMATCH, f"{op} batching dimensions differ in size: operand dimension {a} "
                                    f"is {operand_shape.dims[a]}, indices dimension {b} is {indices[b]}")


def _gather(inst: Instruction) -> Shape:
    x, idx = _count(inst, 2)
    _array(x, "the operand of gather")
    _array(idx, "the start indices of gather")
    offset_dims = _ints(inst, "offset_dims")
    collapsed = _ints(inst, "collapsed_slice_dims")
    start_map = _ints(inst, "start_index_map")
    ivd = _int(inst, "index_vector_dim")
    sizes = _ints(inst, "slice_sizes")
    op_batch = _ints(inst, "operand_batching_dims", ())
    idx_batch = _ints(inst, "start_indices_batching_dims", ())
    expanded, expanded_dyn = _expanded_indices(idx, ivd, "gather")
    out_rank = len(offset_dims) + len(expanded) - 1
    _check_dims(offset_dims, out_rank, "gather offset_dims", ordered=True)
    if not _same_size(len(start_map), expanded[ivd]):
        _fail(INVALID_ATTRIBUTE, f"gather start_index_map has {len(start_map)} entries but the index "
                                 f"vector dimension has size {expanded[ivd]}")
    _check_dims(start_map, x.rank, "gather start_index_map")
    _check_dims(collapsed, x.rank, "gather collapsed_slice_dims", ordered=True)
    _batching_dims(op_batch, idx_batch, x, expanded, ivd,
                   ("operand_batching_dims", "start_indices_batching_dims"), "gather")
    if set(collapsed) & set(op_batch) or set(start_map) & set(op_batch):
        _fail(INVALID_ATTRIBUTE, "gather operand_batching_dims overlap collapsed_slice_dims or start_index_map")
    if len(sizes) != x.rank:
        _fail(INVALID_ATTRIBUTE, f"gather slice_sizes has {len(sizes)} entries for an operand of rank {x.rank}")
    if len(offset_dims) + len(collapsed) + len(op_batch) != x.rank:
        _fail(INVALID_ATTRIBUTE, f"gather: offset_dims ({len(offset_dims)}) + collapsed_slice_dims "
                                 f"({len(collapsed)}) + operand_batching_dims ({len(op_batch)}) must "
                                 f"equal the operand rank {x.rank}")
    for i, (n, d) in enumerate(zip(sizes, x.dims)):
        if n < 0 or (d != UNBOUNDED and n > d):
            _fail(INVALID_ATTRIBUTE, f"gather slice size {n} is out of range for operand dimension {i} ({d})")
    for d in collapsed + op_batch:
        if sizes[d] > 1:
            _fail(INVALID_ATTRIBUTE, f"gather can only collapse or batch dimensions of slice size <= 1; "
                                     f"dimension {d} has slice size {sizes[d]}")
    window = [i for i in range(x.rank) if i not in collapsed and i not in op_batch]
    batch = [i for i in range(len(expanded)) if i != ivd]
    dims, dyn, w, b = [], [], iter(window), iter(batch)
    for i in range(out_rank):
        if i in offset_dims:
            d = next(w)
            dims.append(sizes[d])
            dyn.append(sizes[d] == x.dims[d] and _dyn(x, d))
        else:
            d = next(b)
            dims.append(expanded[d])
            dyn.append(expanded_dyn[d])
    return _make(x.element_type, dims, dyn)


def _scatter(inst: Instruction) -> Shape:
    shapes = _at_least(inst, 3)
    if len(shapes) % 2 == 0:
        _fail(WRONG_OPERAND_COUNT, f"scatter takes N operands, the indices and N updates (an odd "
                                   f"count), got {len(shapes)}")
    n = len(shapes) // 2
    operands, idx, updates = shapes[:n], shapes[n], shapes[n + 1:]
    _array(idx, "the scatter indices")
    window_dims = _ints(inst, "update_window_dims")
    inserted = _ints(inst, "inserted_window_dims")
    to_operand = _ints(inst, "scatter_dims_to_operand_dims")
    ivd = _int(inst, "index_vector_dim")
    in_batch = _ints(inst, "input_batching_dims", ())
    idx_batch = _ints(inst, "scatter_indices_batching_dims", ())
    expanded, _ = _expanded_indices(idx, ivd, "scatter")
    first = _array(operands[0], "operand 0 of scatter")
    for i, (x, upd) in enumerate(zip(operands, updates)):
        _array(x, f"operand {i} of scatter")
        _array(upd, f"update {i} of scatter")
        if not _same_dims(x, first):
            _fail(OPERAND_MISMATCH, f"scatter operands differ: {_st(first)} and {_st(x)}")
        if not _same_dims(upd, updates[0]):
            _fail(OPERAND_MISMATCH, f"scatter updates differ: {_st(updates[0])} and {_st(upd)}")
    upd0 = updates[0]
    _check_dims(window_dims, upd0.rank, "scatter update_window_dims", ordered=True)
    _check_dims(inserted, first.rank, "scatter inserted_window_dims", ordered=True)
    _batching_dims(in_batch, idx_batch, first, expanded, ivd,
                   ("input_batching_dims", "scatter_indices_batching_dims"), "scatter")
    if set(inserted) & set(in_batch):
        _fail(INVALID_ATTRIBUTE, "scatter input_batching_dims overlap inserted_window_dims")
    if len(window_dims) + len(inserted) + len(in_batch) != first.rank:
        _fail(INVALID_ATTRIBUTE, f"scatter: update_window_dims ({len(window_dims)}) + inserted_window_dims "
                                 f"({len(inserted)}) + input_batching_dims ({len(in_batch)}) must equal "
                                 f"the operand rank {first.rank}")
    if not _same_size(len(to_operand), expanded[ivd]):
        _fail(INVALID_ATTRIBUTE, f"scatter_dims_to_operand_dims has {len(to_operand)} entries but the "
                                 f"index vector dimension has size {expanded[ivd]}")
    _check_dims(to_operand, first.rank, "scatter_dims_to_operand_dims")
    if set(to_operand) & set(in_batch):
        _fail(INVALID_ATTRIBUTE, "scatter_dims_to_operand_dims overlap input_batching_dims")
    if upd0.rank != len(expanded) - 1 + len(window_dims):
        _fail(OPERAND_MISMATCH, f"scatter updates {_st(upd0)} must have rank "
                                f"{len(expanded) - 1 + len(window_dims)}")
    max_window = [first.dims[i] for i in range(first.rank) if i not in inserted and i not in in_batch]
    for i, d in enumerate(window_dims):
        u, m = upd0.dims[d], max_window[i]
        if u != UNBOUNDED and m != UNBOUNDED and u > m:
            _fail(OPERAND_MISMATCH, f"scatter update window dimension {d} ({u}) exceeds the operand's ({m})")
    scatter_dims = iter(i for i in range(len(expanded)) if i != ivd)
    for i in range(upd0.rank):
        if i not in window_dims:
            j = next(scatter_dims)
            if not _same_size(upd0.dims[i], expanded[j]):
                _fail(OPERAND_MISMATCH, f"scatter update dimension {i} ({upd0.dims[i]}) must equal "
                                        f"indices dimension {j} ({expanded[j]})")
    inits = [Shape.scalar(x.element_type) for x in operands]
    _check_reducer(_computation(inst, "to_apply"), inits, [u.element_type for u in updates], "scatter")
    return _tuple_or_single([x.without_layout() for x in operands])


# =====================================================================================
# Reductions and called computations
# =====================================================================================

def _check_reducer(comp: Computation, inits: list[Shape], input_types: list[ElementType],
                   op: str) -> Shape:
    """XLA's VerifyReducerShape: (acc..., x...) -> acc; returns the accumulator shape."""
    n = len(inits)
    params, result = _signature(comp)
    if len(params) != 2 * n:
        _fail(BAD_SIGNATURE, f"the {op} computation '{comp.name}' must take {2 * n} parameters, "
                             f"takes {len(params)}")
    if result.is_tuple:
        accs = list(result.tuple_shapes)
        if len(accs) != n:
            _fail(BAD_SIGNATURE, f"the {op} computation '{comp.name}' must return {n} values, "
                                 f"returns {_st(result)}")
    else:
        if n != 1:
            _fail(BAD_SIGNATURE, f"the {op} computation '{comp.name}' must return a tuple of {n} "
                                 f"scalars, returns {_st(result)}")
        accs = [result]
    for i, acc in enumerate(accs):
        if acc.is_tuple or not acc.is_scalar:
            _fail(BAD_SIGNATURE, f"the {op} computation '{comp.name}' must return scalars, "
                                 f"returns {_st(result)}")
        if not shapes_match(acc, params[i]):
            _fail(BAD_SIGNATURE, f"parameter {i} {_st(params[i])} of '{comp.name}' differs from its "
                                 f"result {_st(acc)}")
        if not _compatible_ignoring_fp(acc, inits[i]):
            _fail(BAD_SIGNATURE, f"the accumulator {_st(acc)} of '{comp.name}' differs from the init "
                                 f"value {_st(inits[i])}")
        elem = Shape.scalar(input_types[i])
        if not _compatible_ignoring_fp(elem, params[n + i]) or not _compatible_ignoring_fp(acc, params[n + i]):
            _fail(BAD_SIGNATURE, f"parameter {n + i} {_st(params[n + i])} of '{comp.name}' must be the "
                                 f"input element type {_st(elem)}")
    return result


def _split_inputs_inits(inst: Instruction, op: str) -> tuple[list[Shape], list[Shape]]:
    shapes = _at_least(inst, 2)
    if len(shapes) % 2:
        _fail(WRONG_OPERAND_COUNT, f"{op} takes N inputs and N init values, got {len(shapes)} operands")
    n = len(shapes) // 2
    inputs, inits = shapes[:n], shapes[n:]
    for i, s in enumerate(inputs):
        _array(s, f"input {i} of {op}")
        if not _same_dims(s, inputs[0]):
            _fail(OPERAND_MISMATCH, f"{op} inputs differ in dimensions: {_st(inputs[0])} and {_st(s)}")
    for i, s in enumerate(inits):
        if s.is_tuple or not s.is_scalar:
            _fail(OPERAND_MISMATCH, f"init value {i} of {op} must be a scalar, got {_st(s)}")
    return inputs, inits


def _reduce(inst: Instruction) -> Shape:
    inputs, inits = _split_inputs_inits(inst, "reduce")
    dims = _ints(inst, "dimensions")
    _check_dims(dims, inputs[0].rank, "reduce dimension")
    result = _check_reducer(_computation(inst, "to_apply"), inits,
                            [s.element_type for s in inputs], "reduce")
    x = inputs[0]
    keep = [i for i in range(x.rank) if i not in dims]
    out_dims, out_dyn = [x.dims[i] for i in keep], [_dyn(x, i) for i in keep]
    if result.is_tuple:
        return Shape.tuple_of([_make(r.element_type, out_dims, out_dyn) for r in result.tuple_shapes])
    return _make(result.element_type, out_dims, out_dyn)


def _window_attr(inst: Instruction, operand: Shape) -> Window:
    """The window; XLA's printer leaves out the empty window of a scalar operand."""
    return _attr(inst, "window", Window(()) if operand.rank == 0 else _MISSING)


def _reduce_window(inst: Instruction) -> Shape:
    inputs, inits = _split_inputs_inits(inst, "reduce-window")
    result = _check_reducer(_computation(inst, "to_apply"), inits,
                            [s.element_type for s in inputs], "reduce-window")
    window = _window_attr(inst, inputs[0])
    outs = [_make(init.element_type, _window_output(x.dims, window, "reduce-window"))
            for x, init in zip(inputs, inits)]
    return Shape.tuple_of(outs) if result.is_tuple else outs[0]


def _select_and_scatter(inst: Instruction) -> Shape:
    x, source, init = _count(inst, 3)
    _array(x, "the operand of select-and-scatter")
    _array(source, "the source of select-and-scatter")
    select = _computation(inst, "select")
    params, result = _signature(select)
    elem = Shape.scalar(x.element_type)
    if len(params) != 2 or not all(_compatible_ignoring_fp(elem, p) for p in params):
        _fail(BAD_SIGNATURE, f"the select computation '{select.name}' must take two {_st(elem)} "
                             f"parameters")
    if not shapes_match(result, Shape.scalar(E.PRED)):
        _fail(BAD_SIGNATURE, f"the select computation '{select.name}' must return pred[], "
                             f"returns {_st(result)}")
    _check_reducer(_computation(inst, "scatter"), [init], [source.element_type], "scatter")
    windowed = _make(x.element_type, _window_output(x.dims, _window_attr(inst, x), "select-and-scatter"))
    if not _compatible_ignoring_fp(source, windowed):
        _fail(OPERAND_MISMATCH, f"the source {_st(source)} of select-and-scatter must have the "
                                f"windowed operand shape {_st(windowed)}")
    return x.without_layout()


def _map(inst: Instruction) -> Shape:
    shapes = _at_least(inst, 1)
    for i, s in enumerate(shapes):
        _array(s, f"operand {i} of map")
        if not _same_dims(s, shapes[0]):
            _fail(OPERAND_MISMATCH, f"map operands differ in dimensions: {_st(shapes[0])} and {_st(s)}")
    dims = _ints(inst, "dimensions", tuple(range(shapes[0].rank)))
    if list(dims) != list(range(shapes[0].rank)):
        _fail(INVALID_ATTRIBUTE, "map must apply to all dimensions in order")
    comp = _computation(inst, "to_apply")
    params, result = _signature(comp)
    if len(params) != len(shapes):
        _fail(BAD_SIGNATURE, f"the map computation '{comp.name}' takes {len(params)} parameters for "
                             f"{len(shapes)} operands")
    for i, (p, s) in enumerate(zip(params, shapes)):
        if p.is_tuple or not p.is_scalar or p.element_type is not s.element_type:
            _fail(BAD_SIGNATURE, f"parameter {i} of '{comp.name}' must be a {s.element_type.text} "
                                 f"scalar, is {_st(p)}")
    if result.is_tuple or not result.is_scalar:
        _fail(BAD_SIGNATURE, f"the map computation '{comp.name}' must return a scalar")
    return _make(result.element_type, shapes[0].dims, shapes[0].dynamic)


def _sort(inst: Instruction) -> Shape:
    shapes = _at_least(inst, 1)
    for i, s in enumerate(shapes):
        _array(s, f"operand {i} of sort")
        if not _same_dims(s, shapes[0]):
            _fail(OPERAND_MISMATCH, f"sort keys and values differ in dimensions: {_st(shapes[0])} and {_st(s)}")
    dims = _ints(inst, "dimensions")
    if len(dims) != 1:
        _fail(INVALID_ATTRIBUTE, "sort needs exactly one dimension")
    _check_dims(dims, shapes[0].rank, "sort dimension")
    comp = _computation(inst, "to_apply")
    params, result = _signature(comp)
    if len(params) != 2 * len(shapes):
        _fail(BAD_SIGNATURE, f"the sort comparator '{comp.name}' must take {2 * len(shapes)} parameters, "
                             f"takes {len(params)}")
    for i, s in enumerate(shapes):
        for p in params[2 * i:2 * i + 2]:
            if p.is_tuple or not p.is_scalar or not _same_type_ignoring_fp(p.element_type, s.element_type):
                _fail(BAD_SIGNATURE, f"comparator '{comp.name}' parameters {2 * i} and {2 * i + 1} must "
                                     f"be {s.element_type.text} scalars")
    if not shapes_match(result, Shape.scalar(E.PRED)):
        _fail(BAD_SIGNATURE, f"the sort comparator '{comp.name}' must return pred[], returns {_st(result)}")
    return _tuple_or_single([s.without_layout() for s in shapes])


def _topk(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of topk")
    k = _int(inst, "k")
    if x.rank == 0:
        _fail(OPERAND_MISMATCH, "topk needs an operand of rank >= 1")
    if k < 0 or (x.dims[-1] != UNBOUNDED and k > x.dims[-1]):
        _fail(INVALID_ATTRIBUTE, f"topk k={k} is out of range for {_st(x)}")
    dims = list(x.dims[:-1]) + [k]
    return Shape.tuple_of([_make(x.element_type, dims), _make(E.S32, dims)])


def _scan(inst: Instruction) -> Shape:
    shapes = _at_least(inst, 1)
    carries = _int(inst, "num_carries", 0)
    if not 0 <= carries <= len(shapes):
        _fail(INVALID_ATTRIBUTE, f"scan num_carries={carries} exceeds its {len(shapes)} operands")
    inputs, inits = shapes[:len(shapes) - carries], shapes[len(shapes) - carries:]
    dims = _ints(inst, "dimensions")
    if len(dims) != 1:
        _fail(INVALID_ATTRIBUTE, "scan needs exactly one scan dimension")
    d = dims[0]
    for i, s in enumerate(inputs):
        _array(s, f"input {i} of scan")
        _check_dims(dims, s.rank, "scan dimension")
        if not _same_size(s.dims[d], inputs[0].dims[d]):
            _fail(OPERAND_MISMATCH, f"scan inputs differ along the scan dimension: "
                                    f"{_st(inputs[0])} and {_st(s)}")
    comp = _computation(inst, "to_apply")
    params, result = _signature(comp)
    slices = [_make(s.element_type, s.dims[:d] + s.dims[d + 1:]) for s in inputs]
    expected = slices + list(inits)
    if len(params) != len(expected) or not all(shapes_match(p, e) for p, e in zip(params, expected)):
        _fail(BAD_SIGNATURE, f"the scan body '{comp.name}' must take ({', '.join(map(_st, expected))})")
    results = list(result.tuple_shapes) if result.is_tuple else [result]
    if len(results) < carries or not all(shapes_match(r, c) for r, c in zip(results[len(results) - carries:], inits)):
        _fail(BAD_SIGNATURE, f"the scan body '{comp.name}' must return its outputs then the "
                             f"{carries} carries")
    length = inputs[0].dims[d] if inputs else 0
    outs = []
    for r in results[:len(results) - carries]:
        if r.is_tuple or not r.is_array or d > r.rank:
            _fail(BAD_SIGNATURE, f"scan output {_st(r)} of '{comp.name}' cannot be stacked along dimension {d}")
        outs.append(_make(r.element_type, r.dims[:d] + (length,) + r.dims[d:]))
    results = outs + [s.without_layout() for s in inits]
    return _tuple_or_single(results) if results else Shape.tuple_of([])


def _while(inst: Instruction) -> Shape:
    (state,) = _count(inst, 1)
    cond, body = _computation(inst, "condition"), _computation(inst, "body")
    cparams, cresult = _signature(cond)
    bparams, bresult = _signature(body)
    if len(cparams) != 1 or len(bparams) != 1:
        _fail(BAD_SIGNATURE, "while condition and body must each take exactly one parameter")
    if not shapes_match(cresult, Shape.scalar(E.PRED)):
        _fail(BAD_SIGNATURE, f"while condition '{cond.name}' must return pred[], returns {_st(cresult)}")
    for what, s in (("the condition parameter", cparams[0]), ("the body parameter", bparams[0]),
                    ("the body result", bresult)):
        if not shapes_match(s, state):
            _fail(BAD_SIGNATURE, f"{what} {_st(s)} of while differs from the loop state {_st(state)}")
    return state.without_layout()


def _conditional(inst: Instruction) -> Shape:
    shapes = _at_least(inst, 1)
    index = shapes[0]
    if "branch_computations" in inst.attrs:
        branches = _computations(inst, "branch_computations")
        if not shapes_match(index, Shape.scalar(E.S32)):
            _fail(OPERAND_MISMATCH, f"the branch index of a conditional with branch_computations must be "
                                    f"s32[], got {_st(index)}")
    else:
        branches = (_computation(inst, "true_computation"), _computation(inst, "false_computation"))
        if not shapes_match(index, Shape.scalar(E.PRED)):
            _fail(OPERAND_MISMATCH, f"the predicate of a true/false conditional must be pred[], got {_st(index)}")
    if not branches:
        _fail(INVALID_ATTRIBUTE, "conditional needs at least one branch")
    if len(shapes) != len(branches) + 1:
        _fail(WRONG_OPERAND_COUNT, f"conditional with {len(branches)} branches takes {len(branches) + 1} "
                                   f"operands, got {len(shapes)}")
    result: Shape | None = None
    for j, (comp, arg) in enumerate(zip(branches, shapes[1:])):
        params, root = _signature(comp)
        if len(params) != 1 or not shapes_match(params[0], arg):
            _fail(BAD_SIGNATURE, f"branch {j} '{comp.name}' must take one parameter of shape {_st(arg)}")
        if result is None:
            result = root
        elif not shapes_match(root, result):
            _fail(BAD_SIGNATURE, f"branch {j} '{comp.name}' returns {_st(root)}, branch 0 returns {_st(result)}")
    assert result is not None  # at least one branch, checked above
    return result.without_layout()


def _check_call_args(comp: Computation, args: list[Shape], op: str) -> Shape:
    params, root = _signature(comp)
    if len(params) != len(args):
        _fail(BAD_SIGNATURE, f"{op} passes {len(args)} operands to '{comp.name}', which takes {len(params)}")
    for i, (p, a) in enumerate(zip(params, args)):
        if not shapes_match(p, a):
            _fail(BAD_SIGNATURE, f"{op} operand {i} {_st(a)} does not match parameter {i} {_st(p)} of "
                                 f"'{comp.name}'")
    return root.without_layout()


def _check_composite(inst: Instruction) -> None:
    """A composite call names what it stands for in its frontend attributes (XLA's HandleCall):
    a non-empty composite.name and, when given, a non-negative integer composite.version."""
    if inst.attrs.get("is_composite") is not True:
        return
    raw = inst.attrs.get("frontend_attributes")
    attrs = frontend_attributes(raw)
    if raw is not None and attrs is None:  # a form not read here: nothing to say about it
        return
    if not attrs:
        _fail(MISSING_ATTRIBUTE, "a composite call needs frontend_attributes with composite.name")
    if not attrs.get("composite.name"):
        _fail(INVALID_ATTRIBUTE, "a composite call needs a non-empty composite.name in its frontend_attributes")
    if "composite.attributes" in attrs and not attrs["composite.attributes"]:
        _fail(INVALID_ATTRIBUTE, "composite.attributes of a composite call must be {} or non-empty")
    version = attrs.get("composite.version")
    if version is not None and not re.fullmatch(r"\+?\d+", version.strip()):
        _fail(INVALID_ATTRIBUTE, f"composite.version of a composite call must be a non-negative integer, "
                                 f"got {version!r}")


def _call(inst: Instruction) -> Shape:
    _check_composite(inst)
    return _check_call_args(_computation(inst, "to_apply"), _operand_shapes(inst), "call")


def _fusion(inst: Instruction) -> Shape:
    _attr(inst, "kind")
    comp = _computation(inst, "calls")
    args = _operand_shapes(inst)
    params, _ = _signature(comp)
    # XLA's verifier lets a fusion pass more operands than its computation reads.
    if len(params) > len(args):
        _fail(BAD_SIGNATURE, f"fusion passes {len(args)} operands to '{comp.name}', which takes {len(params)}")
    return _check_call_args(comp, args[:len(params)], "fusion")


#: custom_call_target -> (operand count, result shape) XLA's verifier requires of it.
_CUSTOM_CALL_CONTRACTS: dict[str, tuple[int, Shape]] = {
    "GetRngSeed": (0, Shape.scalar(E.U64)),
}


def _custom_call(inst: Instruction) -> Shape | None:
    _operand_shapes(inst)
    contract = _CUSTOM_CALL_CONTRACTS.get(str(inst.attrs.get("custom_call_target", "")))
    if contract is not None:
        operands, result = contract
        target = inst.attrs["custom_call_target"]
        if len(inst.operands) != operands:
            _fail(WRONG_OPERAND_COUNT, f"custom-call {target} must have {operands} operands, "
                                       f"got {len(inst.operands)}")
        return result
    return None


def _free(inst: Instruction) -> None:
    """The result shape is whatever the instruction declares (parameter, custom-call...)."""
    _operand_shapes(inst)
    return None


def _constant(inst: Instruction) -> None:
    # The verifier checks the literal against the shape (NCC-E013).
    _count(inst, 0)
    return None


def _tuple(inst: Instruction) -> Shape:
    return Shape.tuple_of([s.without_layout() for s in _operand_shapes(inst)])


def _get_tuple_element(inst: Instruction) -> Shape:
    (t,) = _count(inst, 1)
    index = _int(inst, "index")
    if not t.is_tuple:
        _fail(OPERAND_MISMATCH, f"get-tuple-element needs a tuple operand, got {_st(t)}")
    if not 0 <= index < len(t.tuple_shapes):
        _fail(INVALID_ATTRIBUTE, f"get-tuple-element index={index} is out of range for {_st(t)}")
    return t.tuple_shapes[index].without_layout()


# =====================================================================================
# Linear algebra
# =====================================================================================

def _dot_dims(inst: Instruction, lhs: Shape, rhs: Shape, op: str):
    lc, rc = _ints(inst, "lhs_contracting_dims", ()), _ints(inst, "rhs_contracting_dims", ())
    lb, rb = _ints(inst, "lhs_batch_dims", ()), _ints(inst, "rhs_batch_dims", ())
    _check_dims(lc + lb, lhs.rank, f"{op} lhs contracting/batch dimension")
    _check_dims(rc + rb, rhs.rank, f"{op} rhs contracting/batch dimension")
    if len(lc) != len(rc):
        _fail(INVALID_ATTRIBUTE, f"{op} has {len(lc)} lhs and {len(rc)} rhs contracting dimensions")
    if len(lb) != len(rb):
        _fail(INVALID_ATTRIBUTE, f"{op} has {len(lb)} lhs and {len(rb)} rhs batch dimensions")
    for kind, ls, rs in (("contracting", lc, rc), ("batch", lb, rb)):
        for a, b in zip(ls, rs):
            if not _same_size(lhs.dims[a], rhs.dims[b]):
                _fail(OPERAND_MISMATCH, f"{op} {kind} dimensions differ in size: lhs dimension {a} of "
                                        f"{_st(lhs)} is {lhs.dims[a]}, rhs dimension {b} of {_st(rhs)} "
                                        f"is {rhs.dims[b]}")
    return lc, rc, lb, rb


def _dot_output(lhs: Shape, rhs: Shape, lc, rc, lb, rb, rhs_skip=()) -> tuple[list[int], list[bool]]:
    """Result dims of a dot: batch, lhs free, rhs free (``rhs_skip`` drops e.g. a group dim)."""
    dims = [lhs.dims[d] for d in lb]
    dyn = [_dyn(lhs, d) for d in lb]
    for i in range(lhs.rank):
        if i not in lc and i not in lb:
            dims.append(lhs.dims[i])
            dyn.append(_dyn(lhs, i))
    for i in range(rhs.rank):
        if i not in rc and i not in rb and i not in rhs_skip:
            dims.append(rhs.dims[i])
            dyn.append(_dyn(rhs, i))
    return dims, dyn


def _check_precision(inst: Instruction, operands: int) -> None:
    prec = inst.attrs.get("operand_precision")
    if isinstance(prec, tuple) and len(prec) not in (0, operands):
        _fail(INVALID_ATTRIBUTE, f"operand_precision lists {len(prec)} entries for {operands} operands")


def _dot(inst: Instruction) -> Shape:
    lhs, rhs = _count(inst, 2)
    _array(lhs, "the lhs of dot")
    _array(rhs, "the rhs of dot")
    _check_precision(inst, 2)
    lc, rc, lb, rb = _dot_dims(inst, lhs, rhs, "dot")
    dims, dyn = _dot_output(lhs, rhs, lc, rc, lb, rb)
    return _make(_upcast(_higher_precision(lhs.element_type, rhs.element_type), inst), dims, dyn)


def _ragged_dot(inst: Instruction) -> Shape:
    lhs, rhs, groups = _count(inst, 3)
    _array(lhs, "the lhs of ragged-dot")
    _array(rhs, "the rhs of ragged-dot")
    _array(groups, "the group sizes of ragged-dot")
    lc, rc, lb, rb = _dot_dims(inst, lhs, rhs, "ragged-dot")
    ragged = _ints(inst, "lhs_ragged_dims")
    group_dims = _ints(inst, "rhs_group_dims", ())
    if len(ragged) != 1:
        _fail(INVALID_ATTRIBUTE, "ragged-dot needs exactly one lhs_ragged_dims entry")
    _check_dims(ragged, lhs.rank, "ragged-dot lhs_ragged_dims")
    _check_dims(group_dims, rhs.rank, "ragged-dot rhs_group_dims")
    if not groups.element_type.is_integral or groups.rank < 1:
        _fail(OPERAND_MISMATCH, f"ragged-dot group sizes must be an integral array, got {_st(groups)}")
    g = groups.dims[-1]
    r = ragged[0]
    et = _upcast(_higher_precision(lhs.element_type, rhs.element_type), inst)
    if r in lc or r in lb:  # ragged contracting or batch dimension: no rhs group dimension
        if group_dims:
            _fail(INVALID_ATTRIBUTE, "ragged-dot with a ragged contracting or batch dimension takes no "
                                     "rhs_group_dims")
        dims, dyn = _dot_output(lhs, rhs, lc, rc, lb, rb)
        if r in lc:  # one result per group
            dims, dyn = [g] + dims, [False] + dyn
        return _make(et, dims, dyn)
    if len(group_dims) != 1:  # ragged non-contracting dimension: rhs holds one matrix per group
        _fail(INVALID_ATTRIBUTE, "ragged-dot with a ragged non-contracting dimension needs one rhs_group_dims entry")
    gd = group_dims[0]
    if gd in rc or gd in rb:
        _fail(INVALID_ATTRIBUTE, "the ragged-dot rhs group dimension cannot be a contracting or batch dimension")
    if not _same_size(rhs.dims[gd], g):
        _fail(OPERAND_MISMATCH, f"ragged-dot rhs group dimension has size {rhs.dims[gd]}, group sizes "
                                f"{_st(groups)} have {g} groups")
    dims, dyn = _dot_output(lhs, rhs, lc, rc, lb, rb, rhs_skip=(gd,))
    return _make(et, dims, dyn)


def _is_placeholder_scale(x: Shape, scale: Shape) -> bool:
    """XLA's stand-in for "no scale": a bf16 scale of a bf16 operand with every dimension 1."""
    return (x.element_type is E.BF16 and scale.element_type is E.BF16 and all(d == 1 for d in scale.dims)
            and any(d != 1 for d in x.dims))


def _check_scale(x: Shape, scale: Shape, contracting: tuple[int, ...], what: str) -> None:
    if _is_placeholder_scale(x, scale):
        return
    if scale.rank != x.rank:
        _fail(OPERAND_MISMATCH, f"the {what} scale {_st(scale)} has rank {scale.rank}, its operand "
                                f"{_st(x)} has rank {x.rank}: a block scale has one dimension per operand "
                                f"dimension")
    if len(contracting) != 1:
        _fail(INVALID_ATTRIBUTE, f"a block-scaled {what} needs exactly one contracting dimension, "
                                 f"got {len(contracting)}")
    for i, (d, s) in enumerate(zip(x.dims, scale.dims)):
        if d != UNBOUNDED and s != UNBOUNDED and (s <= 0 or d % s):
            _fail(OPERAND_MISMATCH, f"dimension {i} of the {what} {_st(x)} ({d}) is not a multiple of "
                                    f"dimension {i} of its scale {_st(scale)} ({s})")


def _scaled_dot(inst: Instruction) -> Shape:
    # Operand order as XLA's verifier and ScaledDotRewriter read it: lhs, rhs, lhs scale, rhs scale.
    lhs, rhs, lhs_scale, rhs_scale = _count(inst, 4)
    for s, what in ((lhs, "lhs"), (rhs, "rhs"), (lhs_scale, "lhs scale"), (rhs_scale, "rhs scale")):
        _array(s, f"the {what} of scaled-dot")
    lc, rc, lb, rb = _dot_dims(inst, lhs, rhs, "scaled-dot")
    _check_scale(lhs, lhs_scale, lc, "lhs")
    _check_scale(rhs, rhs_scale, rc, "rhs")
    if lhs_scale.is_scalar and rhs_scale.is_scalar:
        _fail(OPERAND_MISMATCH, "both scales of scaled-dot are scalars: at least one operand needs a block "
                                "scale (use dot for an unscaled product)")
    dims, dyn = _dot_output(lhs, rhs, lc, rc, lb, rb)
    return _make(_declared_array(inst).element_type, dims, dyn)


def _convolution(inst: Instruction) -> Shape:
    lhs, rhs = _count(inst, 2)
    _array(lhs, "the input of convolution")
    _array(rhs, "the kernel of convolution")
    _check_precision(inst, 2)
    dn = _attr(inst, "dim_labels")
    if not isinstance(dn, ConvDimensionNumbers):
        _fail(INVALID_ATTRIBUTE, "the dim_labels of convolution are malformed")
    fgc = _int(inst, "feature_group_count", 1)
    bgc = _int(inst, "batch_group_count", 1)
    if fgc <= 0 or bgc <= 0:
        _fail(INVALID_ATTRIBUTE, "feature_group_count and batch_group_count must be positive")
    if fgc > 1 and bgc > 1:
        _fail(INVALID_ATTRIBUTE, "feature_group_count and batch_group_count cannot both exceed 1")
    n = len(dn.input_spatial)
    if len(dn.kernel_spatial) != n or len(dn.output_spatial) != n:
        _fail(INVALID_ATTRIBUTE, "input, kernel and output dim_labels need the same number of spatial dims")
    window = inst.attrs.get("window", Window(()))
    if not isinstance(window, Window) or len(window.dims) != n:
        _fail(INVALID_ATTRIBUTE, f"the convolution window must have {n} dimension(s), one per spatial dimension")
    for s, what in ((lhs, "input"), (rhs, "kernel")):
        if s.rank != n + 2:
            _fail(OPERAND_MISMATCH, f"the convolution {what} {_st(s)} must have rank {n + 2}")
    for labels, what in (((dn.input_batch, dn.input_feature) + tuple(dn.input_spatial), "input"),
                         ((dn.kernel_input_feature, dn.kernel_output_feature) + tuple(dn.kernel_spatial), "kernel"),
                         ((dn.output_batch, dn.output_feature) + tuple(dn.output_spatial), "output")):
        if sorted(labels) != list(range(n + 2)):
            _fail(INVALID_ATTRIBUTE, f"the {what} dim_labels must name each of the {n + 2} dimensions once")
    batch, features = lhs.dims[dn.input_batch], lhs.dims[dn.input_feature]
    k_in, k_out = rhs.dims[dn.kernel_input_feature], rhs.dims[dn.kernel_output_feature]
    if UNBOUNDED not in (features, k_in) and (features % fgc or features // fgc != k_in):
        _fail(OPERAND_MISMATCH, f"convolution input features ({features}) / feature_group_count ({fgc}) "
                                f"must equal the kernel input features ({k_in})")
    if k_out != UNBOUNDED and (k_out % fgc or k_out % bgc):
        _fail(OPERAND_MISMATCH, f"convolution kernel output features ({k_out}) must be divisible by "
                                f"feature_group_count ({fgc}) and batch_group_count ({bgc})")
    if batch != UNBOUNDED and batch % bgc:
        _fail(OPERAND_MISMATCH, f"convolution batch ({batch}) must be divisible by batch_group_count ({bgc})")
    for i, (k, w) in enumerate(zip(dn.kernel_spatial, window.dims)):
        if not _same_size(rhs.dims[k], w.size):
            _fail(INVALID_ATTRIBUTE, f"convolution window size {w.size} in spatial dimension {i} differs "
                                     f"from the kernel's {rhs.dims[k]}")
    spatial = _window_output([lhs.dims[d] for d in dn.input_spatial], window, "convolution")
    dims = [0] * (n + 2)
    dims[dn.output_batch] = batch if batch == UNBOUNDED else batch // bgc
    dims[dn.output_feature] = k_out
    for d, size in zip(dn.output_spatial, spatial):
        dims[d] = size
    dyn = [False] * (n + 2)
    dyn[dn.output_batch] = _dyn(lhs, dn.input_batch)
    for i, d in enumerate(dn.output_spatial):
        dyn[d] = _dyn(lhs, dn.input_spatial[i]) or _dyn(rhs, dn.kernel_spatial[i])
    return _make(_upcast(_higher_precision(lhs.element_type, rhs.element_type), inst), dims, dyn)


_FFT_TYPES = frozenset({"FFT", "IFFT", "RFFT", "IRFFT"})


def _fft(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of fft")
    kind = _enum(inst, "fft_type", _FFT_TYPES)
    length = _ints(inst, "fft_length")
    n = len(length)
    if not 1 <= n <= 3:
        _fail(INVALID_ATTRIBUTE, f"fft supports 1 to 3 transformed dimensions, fft_length has {n}")
    if x.rank < n:
        _fail(OPERAND_MISMATCH, f"fft of rank {n} needs an operand of rank >= {n}, got {_st(x)}")
    inner = x.dims[x.rank - n:]
    if kind in ("FFT", "IFFT"):
        if not x.element_type.is_complex:
            _fail(OPERAND_MISMATCH, f"{kind} needs a complex operand, got {_st(x)}")
        return x.without_layout()
    if kind == "RFFT":
        if x.element_type not in (E.F32, E.F64):
            _fail(OPERAND_MISMATCH, f"RFFT needs an f32 or f64 operand, got {_st(x)}")
        if not all(_same_size(d, l) for d, l in zip(inner, length)):
            _fail(INVALID_ATTRIBUTE, f"RFFT fft_length {{{','.join(map(str, length))}}} must equal the "
                                     f"innermost dimensions of {_st(x)}")
        dims = list(x.dims)
        if length[-1] != 0:
            dims[-1] = length[-1] // 2 + 1
        return _make(E.C64 if x.element_type is E.F32 else E.C128, dims, x.dynamic)
    if not x.element_type.is_complex:  # IRFFT
        _fail(OPERAND_MISMATCH, f"IRFFT needs a complex operand, got {_st(x)}")
    if not all(_same_size(d, l) for d, l in zip(inner[:-1], length[:-1])):
        _fail(INVALID_ATTRIBUTE, f"IRFFT fft_length must equal all but the innermost dimension of {_st(x)}")
    last = x.dims[-1]
    if (last != 0 or length[-1] != 0) and not _same_size(last, length[-1] // 2 + 1):
        _fail(INVALID_ATTRIBUTE, f"IRFFT needs an innermost dimension of fft_length/2+1 = "
                                 f"{length[-1] // 2 + 1}, got {_st(x)}")
    dims = list(x.dims)
    dims[-1] = length[-1]
    return _make(x.element_type.component_type, dims, x.dynamic)


def _square_minor(a: Shape, op: str) -> None:
    if not (a.element_type.is_float or a.element_type.is_complex):
        _fail(OPERAND_MISMATCH, f"{op} needs a floating point or complex operand, got {_st(a)}")
    if a.rank < 2:
        _fail(OPERAND_MISMATCH, f"{op} needs an operand of rank >= 2, got {_st(a)}")
    if not _same_size(a.dims[-1], a.dims[-2]):
        _fail(OPERAND_MISMATCH, f"the two minor dimensions of the {op} operand {_st(a)} must be equal")


def _cholesky(inst: Instruction) -> Shape:
    (a,) = _count(inst, 1)
    _array(a, "the operand of cholesky")
    _square_minor(a, "cholesky")
    _bool(inst, "lower", False)
    return a.without_layout()


_TRANSPOSE_A = frozenset({"NO_TRANSPOSE", "TRANSPOSE", "ADJOINT"})


def _triangular_solve(inst: Instruction) -> Shape:
    a, b = _count(inst, 2)
    _array(a, "a of triangular-solve")
    _array(b, "b of triangular-solve")
    _square_minor(a, "triangular-solve")
    if a.element_type is not b.element_type:
        _fail(OPERAND_MISMATCH, f"triangular-solve operands differ in type: {_st(a)} and {_st(b)}")
    if b.rank != a.rank:
        _fail(OPERAND_MISMATCH, f"triangular-solve operands differ in rank: {_st(a)} and {_st(b)}")
    left = _bool(inst, "left_side", False)
    if not _same_size(a.dims[-1], b.dims[-2 if left else -1]):
        _fail(OPERAND_MISMATCH, f"the shared dimension of {_st(a)} and {_st(b)} does not match "
                                f"(left_side={str(left).lower()})")
    if not all(_same_size(x, y) for x, y in zip(a.dims[:-2], b.dims[:-2])):
        _fail(OPERAND_MISMATCH, f"triangular-solve batch dimensions differ: {_st(a)} and {_st(b)}")
    _enum(inst, "transpose_a", _TRANSPOSE_A, "NO_TRANSPOSE")
    return b.without_layout()


def _batch_norm_common(inst: Instruction, x: Shape, per_feature: list[tuple[Shape, str]], op: str) -> Shape:
    _array(x, f"the operand of {op}")
    fi = _int(inst, "feature_index")
    _attr(inst, "epsilon")
    if x.rank < 1 or not 0 <= fi < x.rank:
        _fail(INVALID_ATTRIBUTE, f"feature_index={fi} of {op} is out of range for {_st(x)}")
    if not x.element_type.is_float:
        _fail(OPERAND_MISMATCH, f"{op} needs a floating point operand, got {_st(x)}")
    features = x.dims[fi]
    for s, what in per_feature:
        _array(s, f"the {what} of {op}")
        if s.rank != 1 or not _same_size(s.dims[0], features):
            _fail(OPERAND_MISMATCH, f"the {what} of {op} must be a vector of {features} features, got {_st(s)}")
        if not _same_type_ignoring_fp(s.element_type, x.element_type):
            _fail(OPERAND_MISMATCH, f"the {what} {_st(s)} of {op} differs in type from {_st(x)}")
    return _make(x.element_type, [features])


def _batch_norm_training(inst: Instruction) -> Shape:
    x, scale, offset = _count(inst, 3)
    stat = _batch_norm_common(inst, x, [(scale, "scale"), (offset, "offset")], "batch-norm-training")
    return Shape.tuple_of([x.without_layout(), stat, stat])


def _batch_norm_inference(inst: Instruction) -> Shape:
    x, scale, offset, mean, var = _count(inst, 5)
    _batch_norm_common(inst, x, [(scale, "scale"), (offset, "offset"), (mean, "mean"), (var, "variance")],
                       "batch-norm-inference")
    return x.without_layout()


def _batch_norm_grad(inst: Instruction) -> Shape:
    x, scale, mean, var, grad = _count(inst, 5)
    stat = _batch_norm_common(inst, x, [(scale, "scale"), (mean, "mean"), (var, "variance")],
                              "batch-norm-grad")
    _array(grad, "the output gradient of batch-norm-grad")
    if not _same_dims(grad, x) or not _same_type_ignoring_fp(grad.element_type, x.element_type):
        _fail(OPERAND_MISMATCH, f"the output gradient {_st(grad)} of batch-norm-grad must match {_st(x)}")
    return Shape.tuple_of([x.without_layout(), stat, stat])


# =====================================================================================
# Random numbers
# =====================================================================================

_DISTRIBUTIONS = frozenset({"rng_uniform", "rng_normal"})
_RNG_ALGORITHMS = frozenset({"rng_default", "rng_three_fry", "rng_philox"})


def _rng(inst: Instruction) -> Shape:
    a, b = _count(inst, 2)
    dist = str(_attr(inst, "distribution")).lower()
    if dist not in _DISTRIBUTIONS:
        _fail(INVALID_ATTRIBUTE, f"rng distribution={dist} is not rng_uniform or rng_normal")
    for s in (a, b):
        if s.is_tuple or not s.is_scalar:
            _fail(OPERAND_MISMATCH, f"rng parameters must be scalars, got {_st(s)}")
    if a.element_type is not b.element_type:
        _fail(OPERAND_MISMATCH, f"rng parameters differ in type: {_st(a)} and {_st(b)}")
    if dist == "rng_normal" and not a.element_type.is_float:
        _fail(OPERAND_MISMATCH, f"rng_normal needs floating point parameters, got {_st(a)}")
    if not (a.element_type.is_float or a.element_type.is_integral):
        _fail(OPERAND_MISMATCH, f"rng cannot produce {a.element_type.text} values")
    out = _declared_array(inst)
    return _make(a.element_type, out.dims, out.dynamic)


def _rng_bit_generator(inst: Instruction) -> Shape:
    (state,) = _count(inst, 1)
    _array(state, "the state of rng-bit-generator")
    alg = str(_attr(inst, "algorithm")).lower()
    if alg not in _RNG_ALGORITHMS:
        _fail(INVALID_ATTRIBUTE, f"rng-bit-generator algorithm={alg} is not one of "
                                 f"{', '.join(sorted(_RNG_ALGORITHMS))}")
    out = _declared(inst)
    if not out.is_tuple or len(out.tuple_shapes) != 2 or not out.tuple_shapes[1].is_array:
        _fail(SHAPE_MISMATCH, f"rng-bit-generator returns (state, values), not {_st(out)}")
    values = out.tuple_shapes[1]
    if not (values.element_type.is_integral or values.element_type.is_float):
        _fail(SHAPE_MISMATCH, f"rng-bit-generator cannot produce {values.element_type.text} values")
    return Shape.tuple_of([state.without_layout(), values.without_layout()])


# =====================================================================================
# Collectives
# =====================================================================================

def _group_size(inst: Instruction) -> int | None:
    """Participants per group, as XLA reads it (the first group's size); None without groups.
    The groups' validity (uniform sizes, no repeats) is the verifier's collective check."""
    groups = inst.attrs.get("replica_groups")
    if isinstance(groups, ReplicaGroups) and groups.groups and groups.groups[0]:
        return len(groups.groups[0])
    return None


def _arrays(shapes: list[Shape], op: str) -> list[Shape]:
    for i, s in enumerate(shapes):
        _array(s, f"operand {i} of {op}")
    return [s.without_layout() for s in shapes]


def _collective_dim(inst: Instruction, shapes: list[Shape]) -> int:
    dims = _ints(inst, "dimensions")
    if len(dims) != 1:
        _fail(INVALID_ATTRIBUTE, f"{inst.opcode.text} needs exactly one dimension")
    for s in shapes:
        _check_dims(dims, s.rank, f"{inst.opcode.text} dimension")
    return dims[0]


def _shard_count(inst: Instruction, operand: Shape, result: Shape | None, d: int, grow: bool) -> int:
    """Participants per group. Without explicit groups (all devices), read it off the result."""
    size = _group_size(inst)
    if size is not None and not ("channel_id" in inst.attrs and not inst.attrs.get("use_global_device_ids")):
        return size
    # No groups, or cross-replica-and-partition mode where each group also spans all partitions:
    # the count is a multiple of the group size that only the module config knows.
    if result is None or not result.is_array or result.rank != operand.rank:
        return size or 1
    a, b = (result.dims[d], operand.dims[d]) if grow else (operand.dims[d], result.dims[d])
    if UNBOUNDED in (a, b) or b <= 0 or a % b or (size and (a // b) % size):
        return size or 1
    return a // b


def _all_reduce_like(inst: Instruction) -> Shape:
    shapes = _arrays(_at_least(inst, 1), inst.opcode.text)
    comp = _computation(inst, "to_apply")
    params, result = _signature(comp)
    if len(params) != 2 or result.is_tuple or not result.is_scalar:
        _fail(BAD_SIGNATURE, f"the reduction '{comp.name}' of {inst.opcode.text} must take two scalars "
                             f"and return one")
    return _tuple_or_single(shapes)


def _leaf(inst: Instruction, index: int) -> Shape | None:
    """The declared result, or element ``index`` of a declared tuple result."""
    out = _written(inst)
    if out is not None and out.is_tuple and index < len(out.tuple_shapes):
        return out.tuple_shapes[index]
    return out


def _all_gather_shapes(inst: Instruction, shapes: list[Shape], declared: Shape | None) -> list[Shape]:
    """Gathered shapes; ``declared`` is the written gathered result (array or tuple), if any."""
    d = _collective_dim(inst, shapes)
    out = []
    for i, s in enumerate(shapes):
        target = declared
        if len(shapes) > 1:
            target = declared.tuple_shapes[i] if (
                declared is not None and declared.is_tuple and i < len(declared.tuple_shapes)) else None
        n = _shard_count(inst, s, target, d, grow=True)
        dims = list(s.dims)
        if dims[d] != UNBOUNDED:
            dims[d] *= n
        out.append(_make(s.element_type, dims, s.dynamic))
    return out


def _all_gather(inst: Instruction) -> Shape:
    shapes = _arrays(_at_least(inst, 1), "all-gather")
    return _tuple_or_single(_all_gather_shapes(inst, shapes, _written(inst)))


def _all_gather_start(inst: Instruction) -> Shape:
    shapes = _arrays(_at_least(inst, 1), "all-gather-start")
    gathered = _all_gather_shapes(inst, shapes, _leaf(inst, 1))
    return Shape.tuple_of([_tuple_or_single(shapes), _tuple_or_single(gathered)])


def _reduce_scatter(inst: Instruction) -> Shape:
    _all_reduce_like(inst)
    shapes = _arrays(_operand_shapes(inst), "reduce-scatter")
    d = _collective_dim(inst, shapes)
    out = []
    for i, s in enumerate(shapes):
        n = _shard_count(inst, s, _leaf(inst, i) if len(shapes) > 1 else _written(inst), d, grow=False)
        dims = list(s.dims)
        if dims[d] != UNBOUNDED:
            if dims[d] % n:
                _fail(OPERAND_MISMATCH, f"reduce-scatter dimension {d} of {_st(s)} is not divisible by "
                                        f"the {n} participants")
            dims[d] //= n
        out.append(_make(s.element_type, dims, s.dynamic))
    return _tuple_or_single(out)


def _all_to_all(inst: Instruction) -> Shape:
    shapes = _arrays(_at_least(inst, 1), "all-to-all")
    if "dimensions" in inst.attrs or "split_dimension" in inst.attrs:
        if len(shapes) != 1:
            _fail(WRONG_OPERAND_COUNT, "an array all-to-all (with a split dimension) takes one operand")
        x = shapes[0]
        name = "dimensions" if "dimensions" in inst.attrs else "split_dimension"
        value = inst.attrs[name]
        dims = (value,) if isinstance(value, int) else _ints(inst, name)
        if len(dims) != 1:
            _fail(INVALID_ATTRIBUTE, "all-to-all needs exactly one split dimension")
        _check_dims(dims, x.rank, "all-to-all split dimension")
        n = _group_size(inst)
        if n and x.dims[dims[0]] != UNBOUNDED and x.dims[dims[0]] % n:
            _fail(OPERAND_MISMATCH, f"all-to-all split dimension of {_st(x)} is not divisible by the "
                                    f"{n} participants")
        return x
    n = _group_size(inst)
    if n is not None and len(shapes) != n:
        _fail(WRONG_OPERAND_COUNT, f"a tuple all-to-all takes one operand per participant: {n} in each "
                                   f"replica group, got {len(shapes)}")
    written = [op.shape for op in inst.operands]
    for s in written:
        if not shapes_match(s, written[0]) or s.layout != written[0].layout:
            _fail(OPERAND_MISMATCH, f"tuple all-to-all operands differ: {written[0].text()} and {s.text()}")
    return Shape.tuple_of(shapes)


def _ragged_all_to_all(inst: Instruction) -> Shape:
    data, output, *offsets = _count(inst, 6)
    _array(data, "the input of ragged-all-to-all")
    _array(output, "the output buffer of ragged-all-to-all")
    if data.element_type is not output.element_type or data.rank != output.rank:
        _fail(OPERAND_MISMATCH, f"ragged-all-to-all input {_st(data)} and output {_st(output)} differ "
                                f"in type or rank")
    for s in offsets:
        if s.is_tuple or not s.is_array or not s.element_type.is_integral or s.rank not in (1, 2):
            _fail(OPERAND_MISMATCH, f"ragged-all-to-all offsets and sizes must be integral arrays of rank "
                                    f"1 or 2, got {_st(s)}")
        if not shapes_match(s, offsets[0]):
            _fail(OPERAND_MISMATCH, f"ragged-all-to-all offsets and sizes differ: {_st(offsets[0])} and {_st(s)}")
    return output.without_layout()


def _collective_broadcast(inst: Instruction) -> Shape:
    return _tuple_or_single(_arrays(_at_least(inst, 1), "collective-broadcast"))


def _inplace_permute(inst: Instruction) -> bool:
    """The in-place form (input, output, input offsets, output offsets) with slice_sizes."""
    return len(inst.operands) == 4 and "slice_sizes" in inst.attrs


def _check_buffer_offsets(buffer: Shape, offsets: Shape, what: str) -> None:
    """Offsets of one buffer: a tuple of index scalars, or a tuple of such tuples (one per slice)."""
    if not offsets.is_tuple:
        _fail(OPERAND_MISMATCH, f"the {what} offsets of an in-place collective-permute must be a tuple, "
                                f"got {_st(offsets)}")
    parts = offsets.tuple_shapes
    if all(p.is_tuple for p in parts):
        if any(len(p.tuple_shapes) != buffer.rank for p in parts):
            _fail(OPERAND_MISMATCH, f"each {what} offset of collective-permute needs {buffer.rank} "
                                    f"indices for {_st(buffer)}, got {_st(offsets)}")
    elif all(p.is_array for p in parts):
        if len(parts) != buffer.rank:
            _fail(OPERAND_MISMATCH, f"the {what} offset of collective-permute needs {buffer.rank} "
                                    f"indices for {_st(buffer)}, got {_st(offsets)}")
    else:
        _fail(OPERAND_MISMATCH, f"the {what} offsets of collective-permute mix arrays and tuples: "
                                f"{_st(offsets)}")


def _inplace_permute_buffers(inst: Instruction) -> tuple[Shape, Shape]:
    """XLA's CheckInplaceCollectivePermute: buffers (arrays or tuples) and their offsets agree."""
    src, dst, src_off, dst_off = _operand_shapes(inst)
    if src.is_tuple and dst.is_tuple:
        if len(src.tuple_shapes) != len(dst.tuple_shapes):
            _fail(OPERAND_MISMATCH, f"collective-permute input buffers {_st(src)} and output buffers "
                                    f"{_st(dst)} differ in number")
        for buffers, offsets, what in ((src, src_off, "input"), (dst, dst_off, "output")):
            if not offsets.is_tuple or len(offsets.tuple_shapes) != len(buffers.tuple_shapes):
                _fail(OPERAND_MISMATCH, f"collective-permute {what} offsets {_st(offsets)} do not match "
                                        f"the {what} buffers {_st(buffers)}")
            for b, o in zip(buffers.tuple_shapes, offsets.tuple_shapes):
                _array(b, f"a {what} buffer of collective-permute")
                _check_buffer_offsets(b, o, what)
    elif src.is_array and dst.is_array and not src.is_tuple and not dst.is_tuple:
        _check_buffer_offsets(src, src_off, "input")
        _check_buffer_offsets(dst, dst_off, "output")
    else:
        _fail(OPERAND_MISMATCH, f"collective-permute input {_st(src)} and output {_st(dst)} must both "
                                f"be arrays or both tuples")
    return src.without_layout(), dst.without_layout()


def _collective_permute(inst: Instruction) -> Shape:
    _attr(inst, "source_target_pairs", ())
    if _inplace_permute(inst):
        return _inplace_permute_buffers(inst)[1]
    return _tuple_or_single(_arrays(_at_least(inst, 1), "collective-permute"))


def _collective_permute_start(inst: Instruction) -> Shape:
    if _inplace_permute(inst):
        head = list(_inplace_permute_buffers(inst))
    else:
        value = _tuple_or_single(_arrays(_at_least(inst, 1), "collective-permute-start"))
        head = [value, value]
    out = _declared(inst)
    if not out.is_tuple or len(out.tuple_shapes) < 2:
        _fail(SHAPE_MISMATCH, f"collective-permute-start returns (operand, result, context...), not {_st(out)}")
    return Shape.tuple_of(head + [s.without_layout() for s in out.tuple_shapes[2:]])


def _tuple_element_of_operand(index: int) -> Rule:
    """``*-done`` ops: the result is element ``index`` of the ``*-start`` operand."""
    def rule(inst: Instruction) -> Shape:
        (start,) = _count(inst, 1)
        if not start.is_tuple or len(start.tuple_shapes) <= index:
            _fail(OPERAND_MISMATCH, f"{inst.opcode.text} needs the tuple of its start op, got {_st(start)}")
        return start.tuple_shapes[index].without_layout()
    rule.__name__ = f"_tuple_element_{index}_of_operand"
    return rule


def _same_as_operand(inst: Instruction) -> Shape:
    """add-dependency, domain, opt-barrier, all-reduce-done...: the result is the (first) operand."""
    shapes = _at_least(inst, 1)
    if inst.opcode is Opcode.ADD_DEPENDENCY and not shapes[1].is_token:
        _fail(OPERAND_MISMATCH, f"the second operand of add-dependency must be a token, got {_st(shapes[1])}")
    return shapes[0].without_layout()


def _u32_scalar(inst: Instruction) -> Shape:
    _count(inst, 0)
    return _u32()


def _get_dimension_size(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    _array(x, "the operand of get-dimension-size")
    dims = _ints(inst, "dimensions")
    if len(dims) != 1:
        _fail(INVALID_ATTRIBUTE, "get-dimension-size needs exactly one dimension")
    _check_dims(dims, x.rank, "get-dimension-size dimension")
    return Shape.scalar(E.S32)


def _set_dimension_size(inst: Instruction) -> Shape:
    x, size = _count(inst, 2)
    _array(x, "the operand of set-dimension-size")
    dims = _ints(inst, "dimensions")
    if len(dims) != 1:
        _fail(INVALID_ATTRIBUTE, "set-dimension-size needs exactly one dimension")
    _check_dims(dims, x.rank, "set-dimension-size dimension")
    if not shapes_match(size, Shape.scalar(E.S32)):
        _fail(OPERAND_MISMATCH, f"the size of set-dimension-size must be s32[], got {_st(size)}")
    dyn = [_dyn(x, i) or i == dims[0] for i in range(x.rank)]
    return _make(x.element_type, x.dims, dyn)


# =====================================================================================
# Tokens, async wrappers, host transfers
# =====================================================================================

def _after_all(inst: Instruction) -> Shape:
    # Any value may order an after-all (XLA's verifier does not check the operands' shapes).
    _operand_shapes(inst)
    return Shape.token()


def _token_operand(shape: Shape, op: str) -> None:
    if not shape.is_token:
        _fail(OPERAND_MISMATCH, f"{op} needs a token operand, got {_st(shape)}")


def _infeed(inst: Instruction) -> None:
    (token,) = _count(inst, 1)
    _token_operand(token, "infeed")
    out = _declared(inst)
    if not out.is_tuple or len(out.tuple_shapes) != 2 or not out.tuple_shapes[1].is_token:
        _fail(SHAPE_MISMATCH, f"infeed returns (data, token[]), not {_st(out)}")
    return None  # the data shape is whatever the host sends


def _outfeed(inst: Instruction) -> Shape:
    _data, token = _count(inst, 2)
    _token_operand(token, "outfeed")
    return Shape.token()


def _send(inst: Instruction) -> Shape:
    data, token = _count(inst, 2)
    # XLA sends operand 0 whatever it is (its own tests write the token first as well as
    # last, and XLA's verifier takes that send's data to be the token); one operand must
    # still be the token that orders the send.
    _token_operand(token if token.is_token or not data.is_token else data, "send")
    return Shape.tuple_of([data.without_layout(), _u32(), Shape.token()])


def _send_done(inst: Instruction) -> Shape:
    (send,) = _count(inst, 1)
    if not send.is_tuple or not send.tuple_shapes:
        _fail(OPERAND_MISMATCH, f"send-done needs the tuple of a send, got {_st(send)}")
    out = _written(inst)
    if out is not None and out.is_tuple:  # the (data, token[]) form of send-done
        return Shape.tuple_of([send.tuple_shapes[0].without_layout(), Shape.token()])
    return Shape.token()


def _recv(inst: Instruction) -> Shape:
    (token,) = _count(inst, 1)
    _token_operand(token, "recv")
    out = _declared(inst)
    if not out.is_tuple or len(out.tuple_shapes) != 3:
        _fail(SHAPE_MISMATCH, f"recv returns (data, u32[], token[]), not {_st(out)}")
    return Shape.tuple_of([out.tuple_shapes[0].without_layout(), _u32(), Shape.token()])


def _recv_done(inst: Instruction) -> Shape:
    (recv,) = _count(inst, 1)
    if not recv.is_tuple or not recv.tuple_shapes:
        _fail(OPERAND_MISMATCH, f"recv-done needs the tuple of a recv, got {_st(recv)}")
    return Shape.tuple_of([recv.tuple_shapes[0].without_layout(), Shape.token()])


def _copy_start(inst: Instruction) -> Shape:
    (x,) = _count(inst, 1)
    return Shape.tuple_of([x.without_layout(), x.without_layout(), _u32()])


def _async_start(inst: Instruction) -> Shape | None:
    shapes = _operand_shapes(inst)
    if "calls" not in inst.attrs:
        return None  # `<op>-start` sugar: the wrapped op's own shape rules are not applied
    root = _check_call_args(_computation(inst, "calls"), shapes, "async-start")
    out = _declared(inst)
    if not out.is_tuple or len(out.tuple_shapes) < 2:
        _fail(SHAPE_MISMATCH, f"async-start returns ((operands...), result, context...), not {_st(out)}")
    operands = Shape.tuple_of([s.without_layout() for s in shapes])
    return Shape.tuple_of([operands, root] + [s.without_layout() for s in out.tuple_shapes[2:]])


def _async_update(inst: Instruction) -> Shape:
    shapes = _at_least(inst, 1)
    if not shapes[0].is_tuple:
        _fail(OPERAND_MISMATCH, f"async-update needs the tuple of an async-start, got {_st(shapes[0])}")
    return shapes[0].without_layout()


# =====================================================================================
# The table
# =====================================================================================

SHAPE_RULES: dict[Opcode, Rule] = {
    **{op: _unary for op in _UNARY_TYPES},
    **{op: _binary for op in _BINARY_TYPES},
    Opcode.STOCHASTIC_CONVERT: _stochastic_convert,
    Opcode.SELECT: _select,
    Opcode.CLAMP: _clamp,
    Opcode.REDUCE_PRECISION: _reduce_precision,
    # conversions and data movement
    Opcode.CONVERT: _convert,
    Opcode.BITCAST_CONVERT: _bitcast_convert,
    Opcode.BITCAST: _bitcast,
    Opcode.COPY: _copy,
    Opcode.BROADCAST: _broadcast,
    Opcode.RESHAPE: _reshape,
    Opcode.DYNAMIC_RESHAPE: _dynamic_reshape,
    Opcode.TRANSPOSE: _transpose,
    Opcode.REVERSE: _reverse,
    Opcode.SHUFFLE: _shuffle,
    Opcode.SLICE: _slice,
    Opcode.DYNAMIC_SLICE: _dynamic_slice,
    Opcode.DYNAMIC_UPDATE_SLICE: _dynamic_update_slice,
    Opcode.CONCATENATE: _concatenate,
    Opcode.PAD: _pad,
    Opcode.IOTA: _iota,
    Opcode.GATHER: _gather,
    Opcode.SCATTER: _scatter,
    Opcode.GET_DIMENSION_SIZE: _get_dimension_size,
    Opcode.SET_DIMENSION_SIZE: _set_dimension_size,
    # reductions and called computations
    Opcode.REDUCE: _reduce,
    Opcode.REDUCE_WINDOW: _reduce_window,
    Opcode.SELECT_AND_SCATTER: _select_and_scatter,
    Opcode.MAP: _map,
    Opcode.SORT: _sort,
    Opcode.TOPK: _topk,
    Opcode.SCAN: _scan,
    Opcode.WHILE: _while,
    Opcode.CONDITIONAL: _conditional,
    Opcode.CALL: _call,
    Opcode.FUSION: _fusion,
    Opcode.CUSTOM_CALL: _custom_call,
    Opcode.PARAMETER: _free,
    Opcode.CONSTANT: _constant,
    Opcode.TUPLE: _tuple,
    Opcode.GET_TUPLE_ELEMENT: _get_tuple_element,
    # linear algebra
    Opcode.DOT: _dot,
    Opcode.RAGGED_DOT: _ragged_dot,
    Opcode.SCALED_DOT: _scaled_dot,
    Opcode.CONVOLUTION: _convolution,
    Opcode.FFT: _fft,
    Opcode.CHOLESKY: _cholesky,
    Opcode.TRIANGULAR_SOLVE: _triangular_solve,
    Opcode.BATCH_NORM_TRAINING: _batch_norm_training,
    Opcode.BATCH_NORM_INFERENCE: _batch_norm_inference,
    Opcode.BATCH_NORM_GRAD: _batch_norm_grad,
    # random numbers
    Opcode.RNG: _rng,
    Opcode.RNG_BIT_GENERATOR: _rng_bit_generator,
    Opcode.RNG_GET_AND_UPDATE_STATE: _free,
    # collectives
    Opcode.ALL_REDUCE: _all_reduce_like,
    Opcode.ALL_REDUCE_START: _all_reduce_like,
    Opcode.ALL_REDUCE_DONE: _same_as_operand,
    Opcode.COLLECTIVE_REDUCE: _all_reduce_like,
    Opcode.REDUCE_SCATTER: _reduce_scatter,
    Opcode.ALL_GATHER: _all_gather,
    Opcode.ALL_GATHER_START: _all_gather_start,
    Opcode.ALL_GATHER_DONE: _tuple_element_of_operand(1),
    Opcode.ALL_TO_ALL: _all_to_all,
    Opcode.RAGGED_ALL_TO_ALL: _ragged_all_to_all,
    Opcode.COLLECTIVE_BROADCAST: _collective_broadcast,
    Opcode.COLLECTIVE_PERMUTE: _collective_permute,
    Opcode.COLLECTIVE_PERMUTE_START: _collective_permute_start,
    Opcode.COLLECTIVE_PERMUTE_DONE: _tuple_element_of_operand(1),
    Opcode.PARTITION_ID: _u32_scalar,
    Opcode.REPLICA_ID: _u32_scalar,
    # tokens, async wrappers, host transfers
    Opcode.AFTER_ALL: _after_all,
    Opcode.ADD_DEPENDENCY: _same_as_operand,
    Opcode.DOMAIN: _same_as_operand,
    Opcode.OPT_BARRIER: _same_as_operand,
    Opcode.ASYNC_START: _async_start,
    Opcode.ASYNC_UPDATE: _async_update,
    Opcode.ASYNC_DONE: _tuple_element_of_operand(1),
    Opcode.COPY_START: _copy_start,
    Opcode.COPY_DONE: _tuple_element_of_operand(0),
    Opcode.INFEED: _infeed,
    Opcode.OUTFEED: _outfeed,
    Opcode.SEND: _send,
    Opcode.SEND_DONE: _send_done,
    Opcode.RECV: _recv,
    Opcode.RECV_DONE: _recv_done,
}

assert set(SHAPE_RULES) == set(Opcode), f"opcodes without a shape rule: {set(Opcode) - set(SHAPE_RULES)}"


def infer_shape(inst: Instruction) -> Shape | None:
    """The result shape ``inst`` must have, or ``None`` when it is free by definition.

    Raises :class:`ShapeRuleError` when the operands or attributes are invalid.
    A rule that fails unexpectedly on malformed input is reported the same way
    (code NCC-E022) instead of crashing the caller.
    """
    rule = SHAPE_RULES[inst.opcode]
    try:
        return rule(inst)
    except ShapeRuleError:
        raise
    except Exception as exc:  # malformed input the rule did not foresee
        raise ShapeRuleError(INVALID_ATTRIBUTE,
                             f"cannot check {inst.opcode.text}: {type(exc).__name__}: {exc}") from exc

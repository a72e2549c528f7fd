"""CHLO operations that HLO has no instruction for, expanded into HLO arithmetic.

XLA's StableHLO -> HLO export legalizes these CHLO ops into elementwise HLO before it prints the
module, so the HLO export of a JAX function holds the expansion, not the op. Each function here
emits the same instructions in the same order as that export does for f32 (read from the HLO
exports of our own corpus, tests/corpus/jax/ops_coverage_elementwise and ops_coverage_rng), so the
two exports of a function compute the same thing and fingerprint alike.

Only real floating-point element types are read. f16 and bf16 are computed in f32 and converted
back (the precision the f32 formulas were fitted for); erf_inv in f64 needs another polynomial and
is refused, as are bessel_i1e, polygamma and zeta (NCC-E041, listed in docs/stablehlo.md).
lgamma and digamma are XLA's Lanczos approximations (f64 too); next_after steps the float's bits.
"""

from __future__ import annotations

import math

import numpy as np

from ..diagnostics import MLIR_UNSUPPORTED_OP
from ..ir.dtypes import ElementType, numpy_dtype
from ..ir.module import Instruction, Literal
from ..ir.opcodes import Opcode
from ..ir.shapes import Shape
from .lower import Lowerer, LoweringError
from .syntax import Op

#: f32's largest finite value, halved: above it x + sqrt(x^2 - 1) is computed as 2x (acosh).
_HALF_MAX_F32 = 1.70141173e38
#: sqrt of f32's largest finite value: above it x^2 overflows (asinh).
_SQRT_MAX_F32 = 1.8446743e19

#: erf_inv's single-precision polynomial (M. Giles, "Approximating the erfinv function", 2010):
#: coefficients from the highest power down, for w < 5 and for w >= 5.
_ERF_INV_SMALL = (2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087,
                  -0.00125372503, -0.00417768164, 0.246640727, 1.50140941)
_ERF_INV_LARGE = (-0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773,
                  -0.0076224613, 0.00943887047, 1.00167406, 2.83297682)


class _Emitter:
    """Emits elementwise HLO of one shape; constants are XLA's splat form (scalar + broadcast)."""

    def __init__(self, b: Lowerer, shape: Shape):
        self.b, self.shape = b, shape
        self.pred = Shape.array(ElementType.PRED, shape.dims)

    def const(self, value: float) -> Instruction:
        scalar = Shape.scalar(self.shape.element_type)
        data = np.array(value, dtype=numpy_dtype(self.shape.element_type))
        c = self.b.emit(Opcode.CONSTANT, scalar, [], literal=Literal(scalar, data))
        if self.shape.rank == 0:
            return c
        return self.b.emit(Opcode.BROADCAST, self.shape, [c], {"dimensions": ()})

    def op(self, opcode: Opcode, *operands: Instruction) -> Instruction:
        return self.b.emit(opcode, self.shape, list(operands))

    def compare(self, direction: str, lhs: Instruction, rhs: Instruction) -> Instruction:
        return self.b.emit(Opcode.COMPARE, self.pred, [lhs, rhs], {"direction": direction})

    def select(self, pred: Instruction, on_true: Instruction, on_false: Instruction) -> Instruction:
        return self.b.emit(Opcode.SELECT, self.shape, [pred, on_true, on_false])


def _atan(e: _Emitter, x):
    return e.op(Opcode.ATAN2, x, e.const(1))


def _asin(e: _Emitter, x):
    # asin(x) = 2 * atan2(x, 1 + sqrt((1 - x)(1 + x)))
    one = e.const(1)
    root = e.op(Opcode.SQRT, e.op(Opcode.MULTIPLY, e.op(Opcode.SUBTRACT, one, x), e.op(Opcode.ADD, x, one)))
    half = e.op(Opcode.ATAN2, x, e.op(Opcode.ADD, root, one))
    return e.op(Opcode.ADD, half, half)


def _acos(e: _Emitter, x):
    # acos(x) = atan2(sqrt((1 - x)(1 + x)), x)
    one = e.const(1)
    root = e.op(Opcode.SQRT, e.op(Opcode.MULTIPLY, e.op(Opcode.SUBTRACT, one, x), e.op(Opcode.ADD, x, one)))
    return e.op(Opcode.ATAN2, root, x)


def _acosh(e: _Emitter, x):
    # large x: log(x) + log(2); otherwise log1p(sqrt(x-1) * (sqrt(x+1) + sqrt(x-1)))
    big = e.compare("GE", x, e.const(_HALF_MAX_F32))
    large = e.op(Opcode.ADD, e.op(Opcode.LOG, x), e.const(math.log(2)))
    one = e.const(1)
    below = e.op(Opcode.SQRT, e.op(Opcode.SUBTRACT, x, one))
    above = e.op(Opcode.SQRT, e.op(Opcode.ADD, x, one))
    small = e.op(Opcode.LOG1P, e.op(Opcode.MULTIPLY, below, e.op(Opcode.ADD, above, below)))
    return e.select(big, large, small)


def _asinh(e: _Emitter, x):
    # sign(x) * (large |x|: log|x| + log 2; otherwise log1p(|x| + x^2 / (sqrt(x^2 + 1) + 1)))
    sign = e.op(Opcode.SIGN, x)
    ax = e.op(Opcode.ABS, x)
    big = e.compare("GE", ax, e.const(_SQRT_MAX_F32))
    large = e.op(Opcode.ADD, e.op(Opcode.LOG, ax), e.const(math.log(2)))
    sq = e.op(Opcode.MULTIPLY, ax, ax)
    one = e.const(1)
    denom = e.op(Opcode.ADD, e.op(Opcode.SQRT, e.op(Opcode.ADD, sq, one)), one)
    small = e.op(Opcode.LOG1P, e.op(Opcode.ADD, ax, e.op(Opcode.DIVIDE, sq, denom)))
    return e.op(Opcode.MULTIPLY, sign, e.select(big, large, small))


def _atanh(e: _Emitter, x):
    # |x| > 1: NaN; otherwise (log1p(x) - log1p(-x)) / 2
    outside = e.compare("GT", e.op(Opcode.ABS, x), e.const(1))
    nan = e.const(math.nan)
    diff = e.op(Opcode.SUBTRACT, e.op(Opcode.LOG1P, x), e.op(Opcode.LOG1P, e.op(Opcode.NEGATE, x)))
    return e.select(outside, nan, e.op(Opcode.MULTIPLY, diff, e.const(0.5)))


def _cosh(e: _Emitter, x):
    # exp(x - log 2) + exp(-x - log 2): no overflow before the result does
    minus_log2 = e.const(-math.log(2))
    return e.op(Opcode.ADD, e.op(Opcode.EXP, e.op(Opcode.ADD, x, minus_log2)),
                e.op(Opcode.EXP, e.op(Opcode.SUBTRACT, minus_log2, x)))


def _sinh(e: _Emitter, x):
    # |x| < 1: (expm1(x) + expm1(x) / (expm1(x) + 1)) / 2 keeps the small values' precision
    one = e.const(1)
    near_zero = e.compare("LT", e.op(Opcode.ABS, x), one)
    em1 = e.op(Opcode.EXPM1, x)
    small = e.op(Opcode.MULTIPLY, e.op(Opcode.ADD, em1, e.op(Opcode.DIVIDE, em1, e.op(Opcode.ADD, em1, one))),
                 e.const(0.5))
    minus_log2 = e.const(-math.log(2))
    large = e.op(Opcode.SUBTRACT, e.op(Opcode.EXP, e.op(Opcode.ADD, x, minus_log2)),
                 e.op(Opcode.EXP, e.op(Opcode.SUBTRACT, minus_log2, x)))
    return e.select(near_zero, small, large)


def _erf_inv(e: _Emitter, x):
    if e.shape.element_type == ElementType.F64:
        raise LoweringError("chlo.erf_inv on f64 is not read (it needs the double-precision "
                            "polynomial); compute it in f32 or export HLO", MLIR_UNSUPPORTED_OP)
    at_one = e.compare("EQ", e.op(Opcode.ABS, x), e.const(1))
    infinite = e.op(Opcode.MULTIPLY, x, e.const(math.inf))
    w = e.op(Opcode.NEGATE, e.op(Opcode.LOG1P, e.op(Opcode.MULTIPLY, x, e.op(Opcode.NEGATE, x))))
    central = e.compare("LT", w, e.const(5))
    coefficients = [e.select(central, e.const(small), e.const(large))
                    for small, large in zip(_ERF_INV_SMALL, _ERF_INV_LARGE)]
    shifted = e.select(central, e.op(Opcode.SUBTRACT, w, e.const(2.5)),
                       e.op(Opcode.SUBTRACT, e.op(Opcode.SQRT, w), e.const(3)))
    p = coefficients[0]
    for c in coefficients[1:]:   # Horner's rule, the coefficient first as XLA writes it
        p = e.op(Opcode.ADD, c, e.op(Opcode.MULTIPLY, p, shifted))
    return e.select(at_one, infinite, e.op(Opcode.MULTIPLY, p, x))


#: The Lanczos approximation of the gamma function XLA's lgamma and digamma use (g = 7, n = 9,
#: from Lanczos' "A Precision Approximation of the Gamma Function", 1964): the constant term, then
#: the coefficient of 1 / (z + k) for k = 1..8.
_LANCZOS_G = 7.0
_LANCZOS_BASE = 0.99999999999980993227684700473478
_LANCZOS = (676.520368121885098567009190444019, -1259.13921672240287047156078755283,
            771.3234287776530788486528258894, -176.61502916214059906584551354,
            12.507343278686904814458936853, -0.13857109526572011689554707,
            9.984369578019570859563e-6, 1.50563273514931155834e-7)


def _reflected_argument(e: _Emitter, x):
    """(x < 1/2, z): z = -x where the reflection formula is used, x - 1 elsewhere."""
    reflect = e.compare("LT", x, e.const(0.5))
    return reflect, e.select(reflect, e.op(Opcode.NEGATE, x), e.op(Opcode.SUBTRACT, x, e.const(1)))


def _log_lanczos_t(e: _Emitter, z):
    """(t, log t) for t = z + g + 1/2, log t as log(g + 1/2) + log1p(z / (g + 1/2)) (accurate on
    devices whose log is not)."""
    g_half = _LANCZOS_G + 0.5
    t = e.op(Opcode.ADD, e.const(g_half), z)
    log_t = e.op(Opcode.ADD, e.const(math.log(g_half)), e.op(Opcode.LOG1P, e.op(Opcode.DIVIDE, z, e.const(g_half))))
    return t, log_t


def _lgamma(e: _Emitter, x):
    # lgamma(z + 1) = log(2 pi) / 2 + (z + 1/2 - t / log t) * log t + log(a(z)), a(z) the Lanczos sum;
    # below 1/2 by reflection: log(pi) - log|sin(pi x)| - lgamma(1 - x); +-inf gives +inf
    reflect, z = _reflected_argument(e, x)
    a = e.const(_LANCZOS_BASE)
    for k, c in enumerate(_LANCZOS, start=1):
        a = e.op(Opcode.ADD, a, e.op(Opcode.DIVIDE, e.const(c), e.op(Opcode.ADD, z, e.const(k))))
    t, log_t = _log_lanczos_t(e, z)
    r = e.op(Opcode.MULTIPLY, e.op(Opcode.SUBTRACT, e.op(Opcode.ADD, z, e.const(0.5)),
                                   e.op(Opcode.DIVIDE, t, log_t)), log_t)
    value = e.op(Opcode.ADD, e.op(Opcode.ADD, e.const((math.log(2) + math.log(math.pi)) / 2), r),
                 e.op(Opcode.LOG, a))
    # |sin(pi x)| from the fractional part of |x|, folded into [0, 1/2]: exact zeros at integers
    ax = e.op(Opcode.ABS, x)
    frac = e.op(Opcode.SUBTRACT, ax, e.op(Opcode.FLOOR, ax))
    frac = e.select(e.compare("LT", e.const(0.5), frac), e.op(Opcode.SUBTRACT, e.const(1), frac), frac)
    log_sin = e.op(Opcode.LOG, e.op(Opcode.SIN, e.op(Opcode.MULTIPLY, e.const(math.pi), frac)))
    reflected = e.op(Opcode.SUBTRACT, e.op(Opcode.SUBTRACT, e.const(math.log(math.pi)), log_sin), value)
    reflected = e.select(e.b.emit(Opcode.IS_FINITE, e.pred, [log_sin]), reflected, e.op(Opcode.NEGATE, log_sin))
    value = e.select(reflect, reflected, value)
    return e.select(_is_inf(e, x), e.const(math.inf), value)


def _is_inf(e: _Emitter, x):
    """chlo.is_inf as XLA's conversion writes it: |x| == inf."""
    return e.compare("EQ", e.op(Opcode.ABS, x), e.const(math.inf))


def _digamma(e: _Emitter, x):
    # digamma(z + 1) = log t + a'(z) / a(z) - g / t; below 1/2 by reflection: - pi cot(pi x);
    # NaN at the poles (zero and the negative integers)
    reflect, z = _reflected_argument(e, x)
    zero = e.const(0)
    a, a_prime = e.const(_LANCZOS_BASE), zero
    for k, c in enumerate(_LANCZOS, start=1):
        zk = e.op(Opcode.ADD, z, e.const(k))
        a_prime = e.op(Opcode.SUBTRACT, a_prime, e.op(Opcode.DIVIDE, e.const(c), e.op(Opcode.MULTIPLY, zk, zk)))
        a = e.op(Opcode.ADD, a, e.op(Opcode.DIVIDE, e.const(c), zk))
    t, log_t = _log_lanczos_t(e, z)
    value = e.op(Opcode.SUBTRACT, e.op(Opcode.ADD, log_t, e.op(Opcode.DIVIDE, a_prime, a)),
                 e.op(Opcode.DIVIDE, e.const(_LANCZOS_G), t))
    # x + |floor(x + 1/2)| is x moved into [-1/2, 1/2]: pi * x keeps its precision there
    reduced = e.op(Opcode.ADD, x, e.op(Opcode.ABS, e.op(Opcode.FLOOR, e.op(Opcode.ADD, x, e.const(0.5)))))
    pi = e.const(math.pi)
    angle = e.op(Opcode.MULTIPLY, pi, reduced)
    cot = e.op(Opcode.DIVIDE, e.op(Opcode.MULTIPLY, pi, e.op(Opcode.COS, angle)), e.op(Opcode.SIN, angle))
    value = e.select(reflect, e.op(Opcode.SUBTRACT, value, cot), value)
    pole = e.b.emit(Opcode.AND, e.pred, [e.compare("LE", x, zero),
                                          e.compare("EQ", x, e.op(Opcode.FLOOR, x))])
    return e.select(pole, e.const(math.nan), value)


#: CHLO unary op -> the function that emits its expansion.
EXPANSIONS = {
    "chlo.atan": _atan, "chlo.asin": _asin, "chlo.acos": _acos, "chlo.acosh": _acosh,
    "chlo.asinh": _asinh, "chlo.atanh": _atanh, "chlo.cosh": _cosh, "chlo.sinh": _sinh,
    "chlo.erf_inv": _erf_inv, "chlo.lgamma": _lgamma, "chlo.digamma": _digamma,
}

_UPCAST = (ElementType.F16, ElementType.BF16)


def lower_expansion(b: Lowerer, op: Op):
    (x,) = b.operands(op)
    etype = x.shape.element_type
    if not etype.is_float:
        raise LoweringError(f"'{op.name}' is read for real floating-point types only, not "
                            f"{etype.text}", MLIR_UNSUPPORTED_OP)
    expand = EXPANSIONS[op.name]
    if etype in _UPCAST:
        wide = Shape.array(ElementType.F32, x.shape.dims)
        result = expand(_Emitter(b, wide), b.emit(Opcode.CONVERT, wide, [x]))
        return b.emit(Opcode.CONVERT, x.shape, [result])
    return expand(_Emitter(b, x.shape), x)


#: Float element type -> the signed integer type of its width (next_after works on the bits).
_BITS_OF = {ElementType.F16: ElementType.S16, ElementType.BF16: ElementType.S16,
            ElementType.F32: ElementType.S32, ElementType.F64: ElementType.S64}


def lower_next_after(b: Lowerer, op: Op):
    """``chlo.next_after(x, y)``: the float after x towards y, by stepping x's bits (XLA's expansion:
    NaN if either is NaN, y if they are equal, the smallest subnormal signed like y from zero)."""
    x, y = b.operands(op)
    itype = _BITS_OF.get(x.shape.element_type)
    if itype is None:
        raise LoweringError(f"'{op.name}' is read for f16, bf16, f32 and f64 only, not "
                            f"{x.shape.element_type.text}", MLIR_UNSUPPORTED_OP)
    f, i = _Emitter(b, x.shape), _Emitter(b, Shape.array(itype, x.shape.dims))
    x_bits, y_bits = (b.emit(Opcode.BITCAST_CONVERT, i.shape, [v]) for v in (x, y))
    nan_input = b.emit(Opcode.OR, f.pred, [f.compare("NE", x, x), f.compare("NE", y, y)])
    nan_bits = b.emit(Opcode.BITCAST_CONVERT, i.shape, [f.const(math.nan)])
    width = 8 * np.dtype(numpy_dtype(itype)).itemsize
    sign_bit, magnitude_bits = -(1 << (width - 1)), (1 << (width - 1)) - 1
    x_abs, y_abs = (i.op(Opcode.AND, v, i.const(magnitude_bits)) for v in (x_bits, y_bits))
    equal = f.compare("EQ", x, y)
    x_zero, y_zero = (i.compare("EQ", v, i.const(0)) for v in (x_abs, y_abs))
    x_sign, y_sign = (i.op(Opcode.AND, v, i.const(sign_bit)) for v in (x_bits, y_bits))
    smallest_towards_y = i.op(Opcode.OR, y_sign, i.const(1))
    # towards zero when the signs differ or |x| > |y|, away from it otherwise
    shrink = b.emit(Opcode.OR, f.pred, [i.compare("GT", x_abs, y_abs), i.compare("NE", x_sign, y_sign)])
    stepped = i.op(Opcode.ADD, x_bits, i.select(shrink, i.const(-1), i.const(1)))
    result = i.select(x_zero, i.select(y_zero, y_bits, smallest_towards_y), stepped)
    result = i.select(nan_input, nan_bits, i.select(equal, y_bits, result))
    return b.emit(Opcode.BITCAST_CONVERT, x.shape, [result])

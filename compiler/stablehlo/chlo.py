"""CHLO operations that HLO has no instruction for, expanded into HLO arithmetic.

XLA's StableHLO -> HLO export legalizes these CHLO ops into elementwise HLO before it prints the
module, so the HLO export of a JAX function holds the expansion, not the op. Each function here
emits the same instructions in the same order as that export does for f32 (read from the HLO
exports of our own corpus, tests/corpus/jax/ops_coverage_elementwise and ops_coverage_rng), so the
two exports of a function compute the same thing and fingerprint alike.

Only real floating-point element types are read. f16 and bf16 are computed in f32 and converted
back (the precision the f32 formulas were fitted for); erf_inv in f64 needs another polynomial and
is refused (NCC-E041, listed in docs/stablehlo.md). lgamma and digamma are XLA's Lanczos
approximations (f64 too); bessel_i1e is Cephes' Chebyshev series (its f32 or f64 tables); zeta
(Hurwitz's) is the Euler-Maclaurin sum XLA uses, and polygamma is digamma or, for n > 0,
(-1)^(n+1) n! zeta(n + 1, x); next_after steps the float's bits.
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


#: Chebyshev coefficients of exp(-|x|) I1(x) / x on [0, 8] (A, in (x/2 - 2)) and of
#: exp(-x) I1(x) sqrt(x) above 8 (B, in 32/x - 2): Cephes' i1e tables, the single-precision ones
#: for f32 (and f16/bf16, computed in f32) and the double ones for f64, as XLA's expansion uses.
_I1E_A_F32 = (9.38153732e-09, -4.44505908e-08, 2.00329481e-07, -8.56872e-07, 3.47025139e-06, -1.32731639e-05,
              4.78156508e-05, -0.000161760821, 0.000512286, -0.00151357241, 0.0041564228, -0.0105640851,
              0.0247264486, -0.0529459827, 0.102643661, -0.176416516, 0.252587199)
_I1E_B_F32 = (-3.83538046e-09, -2.63146891e-08, -2.51223611e-07, -3.88256467e-06, -0.000110588939,
              -0.00976109784, 0.778576255)
_I1E_A_F64 = (2.7779141127610464e-18, -2.111421214358166e-17, 1.5536319577362005e-16, -1.1055969477353862e-15,
              7.6006842947354077e-15, -5.0421855047279118e-14, 3.2237933659455748e-13, -1.9839743977649436e-12,
              1.1736186298890901e-11, -6.6634897235020271e-11, 3.6255902815521172e-10, -1.8872497517228294e-09,
              9.3815373864957726e-09, -4.4450591287963281e-08, 2.0032947535521353e-07, -8.5687202646954547e-07,
              3.4702513081376785e-06, -1.3273163656039436e-05, 4.7815651075500542e-05, -0.00016176081582589674,
              0.00051228595616857576, -0.0015135724506312532, 0.0041564229443128882, -0.010564084894626197,
              0.024726449030626516, -0.052945981208094989, 0.10264365868984709, -0.17641651835783406,
              0.25258718644363365)
_I1E_B_F64 = (7.5172963108421052e-18, 4.4143483230717077e-18, -4.6503053684893586e-17, -3.2095259219934238e-17,
              2.96262899764595e-16, 3.3082023109209285e-16, -1.8803547755107825e-15, -3.8144030724370075e-15,
              1.0420276984128802e-14, 4.272440016711951e-14, -2.1015418427726643e-14, -4.0835511110921974e-13,
              -7.1985517762459084e-13, 2.0356285441470896e-12, 1.4125807436613782e-11, 3.2526035830154884e-11,
              -1.8974958123505413e-11, -5.5897434621965838e-10, -3.835380385964237e-09, -2.6314688468895196e-08,
              -2.5122362378702088e-07, -3.8825648088776906e-06, -0.00011058893876262371, -0.0097610974913614687,
              0.77857623501828011)


def _chebyshev(e: _Emitter, y, coefficients):
    """Clenshaw's recurrence b0 = y b1 - b2 + c from b1 = b2 = 0, and (b0 - b2) / 2. The zero
    start is emitted as XLA's expansion emits it: ``y * 0`` stays, ``- 0`` is folded away."""
    zero = e.const(0)
    b0, b1 = zero, zero
    for c in coefficients:
        b0, b1, b2 = e.op(Opcode.ADD, e.op(Opcode.SUBTRACT, e.op(Opcode.MULTIPLY, y, b0), b1), e.const(c)), b0, b1
    return e.op(Opcode.MULTIPLY, e.op(Opcode.SUBTRACT, b0, b2), e.const(0.5))


def _bessel_i1e(e: _Emitter, x):
    # sign(x) * (|x| <= 8: |x| cheb(|x|/2 - 2, A); otherwise cheb(32/|x| - 2, B) / sqrt|x|)
    wide = e.shape.element_type == ElementType.F64
    a, b = (_I1E_A_F64, _I1E_B_F64) if wide else (_I1E_A_F32, _I1E_B_F32)
    sign = e.op(Opcode.SIGN, x)
    ax = e.op(Opcode.ABS, x)
    small = e.compare("LE", ax, e.const(8))
    two = e.const(2)
    near = e.op(Opcode.MULTIPLY, ax, _chebyshev(e, e.op(Opcode.SUBTRACT, e.op(Opcode.MULTIPLY, ax, e.const(0.5)), two), a))
    far_y = e.op(Opcode.SUBTRACT, e.op(Opcode.DIVIDE, e.const(32), ax), two)
    far = e.op(Opcode.DIVIDE, _chebyshev(e, far_y, b), e.op(Opcode.SQRT, ax))
    return e.op(Opcode.MULTIPLY, sign, e.select(small, near, far))


#: (2k)! / B_2k for k = 1..12: the Euler-Maclaurin divisors of the Hurwitz zeta sum (Cephes'
#: zeta table); their reciprocals are the coefficients.
_ZETA_DIVISORS = (12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
                  -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15,
                  1.8152105401943546773e17, -7.1661652561756670113e18)
#: How many terms zeta sums before the Euler-Maclaurin tail.
_ZETA_TERMS = 10


def _zeta(e: _Emitter, x, q):
    # zeta(x, q) = sum_{k<N} (q+k)^-x + a^(1-x)/(x-1) + a^-x (1/2 + sum_j c_j x(x+1)..(x+2j-2) / a^(2j-1)),
    # a = q + N (the tail by Horner's rule, pairs of rising factors at a time); the sum alone once
    # a^-x is below its last bit; NaN for x < 1, inf at x = 1, and at q a pole (q <= 0, an integer):
    # inf for an even integer x, else NaN; NaN for q <= 0 and x not an integer
    zero, one, two = e.const(0), e.const(1), e.const(2)
    nan, inf = e.const(math.nan), e.const(math.inf)
    at_one = e.compare("EQ", x, one)
    q_nonpositive = e.compare("LE", q, zero)
    q_pole = e.b.emit(Opcode.AND, e.pred, [q_nonpositive, e.compare("EQ", q, e.op(Opcode.FLOOR, q))])
    even = e.b.emit(Opcode.AND, e.pred, [e.compare("EQ", x, e.op(Opcode.FLOOR, x)),
                                          e.compare("EQ", e.op(Opcode.REMAINDER, x, two), zero)])
    pole_value = e.select(even, inf, nan)
    fractional_x = e.b.emit(Opcode.AND, e.pred, [q_nonpositive, e.compare("NE", x, e.op(Opcode.FLOOR, x))])
    below_one = e.compare("LT", x, one)
    shifted = [q]
    for _ in range(_ZETA_TERMS):
        shifted.append(e.op(Opcode.ADD, shifted[-1], one))
    a = shifted[-1]
    minus_x = e.op(Opcode.NEGATE, x)
    a_pow = e.op(Opcode.POWER, a, minus_x)
    total = e.op(Opcode.POWER, q, minus_x)
    for term in shifted[1:-1]:
        total = e.op(Opcode.ADD, total, e.op(Opcode.POWER, term, minus_x))
    tiny = np.finfo(numpy_dtype(e.shape.element_type)).smallest_subnormal
    negligible = e.compare("LT", e.op(Opcode.ABS, a_pow),
                           e.op(Opcode.MULTIPLY, e.op(Opcode.ABS, total), e.const(float(tiny))))
    integral = e.op(Opcode.ADD, total, e.op(Opcode.DIVIDE, e.op(Opcode.MULTIPLY, a_pow, a),
                                            e.op(Opcode.SUBTRACT, x, one)))
    inverse_a2 = e.op(Opcode.DIVIDE, one, e.op(Opcode.MULTIPLY, a, a))
    horner = None
    for j in range(len(_ZETA_DIVISORS), 0, -1):
        c = e.const(1 / _ZETA_DIVISORS[j - 1])
        if horner is None:
            horner = c
            continue
        rising = e.op(Opcode.MULTIPLY, e.op(Opcode.ADD, x, e.const(2 * j)), e.op(Opcode.ADD, x, e.const(2 * j - 1)))
        horner = e.op(Opcode.ADD, e.op(Opcode.MULTIPLY, rising, e.op(Opcode.MULTIPLY, inverse_a2, horner)), c)
    assert horner is not None
    tail = e.op(Opcode.ADD, e.op(Opcode.MULTIPLY, e.op(Opcode.DIVIDE, x, a), horner), e.const(0.5))
    value = e.select(negligible, total, e.op(Opcode.ADD, integral, e.op(Opcode.MULTIPLY, a_pow, tail)))
    value = e.select(fractional_x, nan, e.select(below_one, nan, value))
    return e.select(at_one, inf, e.select(q_pole, pole_value, value))


def _polygamma(e: _Emitter, n, x):
    # n = 0: digamma(x); n > 0 an integer: (-1)^(n+1) n! zeta(n + 1, x), n! as exp(lgamma(n + 1));
    # NaN for a negative or fractional n
    zero, one, two = e.const(0), e.const(1), e.const(2)
    bad_order = e.b.emit(Opcode.OR, e.pred, [e.compare("NE", n, e.op(Opcode.FLOOR, n)), e.compare("LT", n, zero)])
    sign = e.op(Opcode.SUBTRACT, e.op(Opcode.MULTIPLY, e.op(Opcode.REMAINDER, n, two), two), one)
    n_plus_one = e.op(Opcode.ADD, n, one)
    scale = e.op(Opcode.MULTIPLY, sign, e.op(Opcode.EXP, _lgamma(e, n_plus_one)))
    value = e.op(Opcode.MULTIPLY, scale, _zeta(e, n_plus_one, x))
    value = e.select(e.compare("EQ", n, zero), _digamma(e, x), value)
    return e.select(bad_order, e.const(math.nan), value)


#: CHLO unary op -> the function that emits its expansion.
EXPANSIONS = {
    "chlo.atan": _atan, "chlo.asin": _asin, "chlo.acos": _acos, "chlo.acosh": _acosh,
    "chlo.asinh": _asinh, "chlo.atanh": _atanh, "chlo.cosh": _cosh, "chlo.sinh": _sinh,
    "chlo.erf_inv": _erf_inv, "chlo.lgamma": _lgamma, "chlo.digamma": _digamma,
    "chlo.bessel_i1e": _bessel_i1e,
}

#: CHLO binary op -> the function that emits its expansion.
BINARY_EXPANSIONS = {"chlo.zeta": _zeta, "chlo.polygamma": _polygamma}

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


def lower_binary_expansion(b: Lowerer, op: Op):
    """A two-operand CHLO op (zeta, polygamma) of one real floating-point type; f16 and bf16 in f32."""
    x, y = b.operands(op)
    etype = x.shape.element_type
    if not etype.is_float or y.shape.element_type != etype or y.shape.dims != x.shape.dims:
        raise LoweringError(f"'{op.name}' is read for two operands of one real floating-point type "
                            f"and shape, not {x.shape.text()} and {y.shape.text()}", MLIR_UNSUPPORTED_OP)
    expand = BINARY_EXPANSIONS[op.name]
    if etype in _UPCAST:
        wide = Shape.array(ElementType.F32, x.shape.dims)
        result = expand(_Emitter(b, wide), *(b.emit(Opcode.CONVERT, wide, [v]) for v in (x, y)))
        return b.emit(Opcode.CONVERT, x.shape, [result])
    return expand(_Emitter(b, x.shape), x, y)


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

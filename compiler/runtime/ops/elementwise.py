"""Elementwise ops: unary, binary, ternary, compare, convert, bitcast-convert, reduce-precision.

Numerics follow XLA:CPU, checked against jaxlib 0.10.2 on CPU:

* bf16/f16/f8 operands are computed in f32 and rounded back after every op.
* Transcendentals are computed in f64 (c128 for complex) and rounded once to
  the result type. XLA:CPU uses its own polynomial approximations, so results
  can differ from XLA by a few ulp; this choice makes the reference
  deterministic across numpy builds and machines (numpy's f32 SIMD kernels
  are not).
* Integer arithmetic wraps (two's complement). ``x / 0 == -1`` (all ones),
  ``x % 0 == x``, ``INT_MIN / -1 == INT_MIN``, ``INT_MIN % -1 == 0``; division
  truncates and the remainder has the sign of the dividend.
* Shifts by an amount >= the bit width (as unsigned) give 0, or the sign fill
  for shift-right-arithmetic.
* Integer power squares over the low 6 bits of the exponent only (as the CPU
  emitter does); a negative exponent gives 1 for base 1, +-1 for base -1 and 0
  otherwise.
* Float maximum/minimum propagate NaN and order -0 below +0.
* Float -> int conversion saturates and maps NaN to 0.

Each implementation is ``impl(inst, args, ctx) -> np.ndarray``; dimensions come
from the arrays, element types from the instruction, so the same functions
run on whole arrays when a scalar reducer computation is vectorised.
"""

from __future__ import annotations


import numpy as np
from scipy import special as _special

from ...ir.dtypes import ElementType
from ...ir.opcodes import Opcode
from ..errors import ExecutionError
from ._common import (NARROW_FLOATS, SUB_BYTE_INTS, contiguous, element_type, float_compute, int_compute,
                      np_dtype, signed_of_width, storage_bits, to_result, total_order_key, unsigned_of_width,
                      wrap_int)

F64, C128 = np.float64, np.complex128


def _operand_type(inst, i: int = 0) -> ElementType:
    return inst.operands[i].shape.element_type


def _undefined(inst, et: ElementType) -> ExecutionError:
    return ExecutionError(f"{inst.opcode.text} is not defined for element type {et.text}")


# -- integer helpers ---------------------------------------------------------------------

def _as_unsigned(x: np.ndarray, et: ElementType) -> np.ndarray:
    """The bit pattern of integer ``x`` as an unsigned array (sub-byte types masked)."""
    if et in SUB_BYTE_INTS:
        return (x.astype(np.int16) & ((1 << et.bits) - 1)).astype(np.uint8)
    if et == ElementType.PRED:
        return x.astype(np.uint8)
    return x.astype(unsigned_of_width(storage_bits(et)), copy=False)


def _as_signed(x: np.ndarray, et: ElementType) -> np.ndarray:
    """The bit pattern of integer ``x`` read as two's complement of ``et``'s width."""
    if et in SUB_BYTE_INTS:
        u = _as_unsigned(x, et).astype(np.int8)
        return np.where(u >= (1 << (et.bits - 1)), u - (1 << et.bits), u).astype(np.int8)
    return x.astype(signed_of_width(storage_bits(et)), copy=False)


def _int_min(dtype: np.dtype, et: ElementType) -> int:
    return -(1 << (et.bits - 1)) if et.is_signed_int else 0


def _all_ones(dtype: np.dtype):
    return np.iinfo(dtype).max if dtype.kind == "u" else -1


def _int_divide(a, b, et):
    zero = b == 0
    unsafe = zero
    overflow = None
    if et.is_signed_int and et not in SUB_BYTE_INTS:
        overflow = (a == _int_min(a.dtype, et)) & (b == -1)
        unsafe = zero | overflow
    safe_b = np.where(unsafe, np.ones_like(b), b)
    rem = np.fmod(a, safe_b)            # C remainder: sign of the dividend
    quot = (a - rem) // safe_b          # exact, so floor division is truncation
    if overflow is not None:
        quot = np.where(overflow, a, quot)
    return np.where(zero, np.array(_all_ones(a.dtype), a.dtype), quot)


def _int_remainder(a, b, et):
    zero = b == 0
    unsafe = zero
    overflow = None
    if et.is_signed_int and et not in SUB_BYTE_INTS:
        overflow = (a == _int_min(a.dtype, et)) & (b == -1)
        unsafe = zero | overflow
    rem = np.fmod(a, np.where(unsafe, np.ones_like(b), b))
    if overflow is not None:
        rem = np.where(overflow, np.zeros_like(a), rem)
    return np.where(zero, a, rem)


def _int_power(a, b, et):
    a, b = np.broadcast_arrays(a, b)
    acc = np.ones_like(a)
    base = a.copy()
    exponent = _as_unsigned(b, et)
    for _ in range(6):  # the CPU emitter unrolls 6 squaring steps (2**64 overflows anyway)
        acc = np.where((exponent & 1) == 1, acc * base, acc)
        base = base * base
        exponent = exponent >> np.array(1, exponent.dtype)
    if not et.is_signed_int:
        return acc
    b = _as_signed(b, et)
    odd = (b & 1) == 1
    negative_result = np.where(a == 1, 1, np.where(a == -1, np.where(odd, -1, 1), 0)).astype(a.dtype)
    return np.where(b >= 0, acc, negative_result)


def _shift(kind: str):
    def shift(a, b, et):
        bits = et.bits
        amount = _as_unsigned(b, et)
        in_range = amount < bits
        if kind == "srl":
            value = _as_unsigned(a, et)
        else:
            value = _as_signed(a, et)
        safe = np.where(in_range, amount, 0).astype(value.dtype)
        if kind == "shl":
            shifted = value << safe
            fill = np.zeros_like(value)
        elif kind == "sra":
            shifted = value >> safe
            fill = np.where(value < 0, -1, 0).astype(value.dtype)
        else:
            shifted = value >> safe
            fill = np.zeros_like(value)
        return np.where(in_range, shifted, fill)
    return shift


def _mulhi(a, b, et):
    bits = et.bits
    ua, ub = _as_unsigned(a, et).astype(np.uint64), _as_unsigned(b, et).astype(np.uint64)
    if bits <= 32:
        hi = (ua * ub) >> np.uint64(bits)
    else:
        mask = np.uint64(0xFFFFFFFF)
        a_lo, a_hi = ua & mask, ua >> np.uint64(32)
        b_lo, b_hi = ub & mask, ub >> np.uint64(32)
        lo_lo = a_lo * b_lo
        mid1 = a_hi * b_lo + (lo_lo >> np.uint64(32))
        mid2 = a_lo * b_hi + (mid1 & mask)
        hi = a_hi * b_hi + (mid1 >> np.uint64(32)) + (mid2 >> np.uint64(32))
    if et.is_signed_int:
        # signed high half = unsigned high half - (a < 0 ? b : 0) - (b < 0 ? a : 0), mod 2**bits
        sa, sb = _as_signed(a, et), _as_signed(b, et)
        hi = hi - np.where(sa < 0, ub, np.uint64(0)) - np.where(sb < 0, ua, np.uint64(0))
    return hi


def _count_leading_zeros(x, et):
    value = _as_unsigned(x, et).astype(np.uint64)
    length = np.zeros(value.shape, np.int64)
    for step in (32, 16, 8, 4, 2, 1):
        high = value >> np.uint64(step)
        has_high = high != 0
        length = length + np.where(has_high, step, 0)
        value = np.where(has_high, high, value)
    length = length + (value != 0)
    return et.bits - length


# -- float helpers ------------------------------------------------------------------------

def _zero_bits(x: np.ndarray, negative: bool) -> np.ndarray:
    """Where ``x`` is exactly -0.0 (or +0.0): one integer compare instead of signbit & (x == 0)."""
    ints = np.dtype(f"i{x.dtype.itemsize}")
    pattern = np.iinfo(ints).min if negative else 0
    return x.view(ints) == pattern


def float_maximum(a, b):
    """XLA max: NaN wins, -0 < +0. numpy's maximum propagates NaN but returns b on ties, so only
    max(+0, -0) = -0 needs mending."""
    result = np.maximum(a, b)
    wrong = _zero_bits(result, negative=True)
    if wrong.any():
        result = np.where(wrong & ~np.signbit(a), a, result)
    return result


def float_minimum(a, b):
    """XLA min: NaN wins, -0 < +0 (numpy returns b on ties: min(-0, +0) = +0 needs mending)."""
    result = np.minimum(a, b)
    wrong = _zero_bits(result, negative=False)
    if wrong.any():
        result = np.where(wrong & np.signbit(a), a, result)
    return result


def _round_half_away(x):
    truncated = np.trunc(x)
    # x - trunc(x) is exact, so the tie test is exact (unlike floor(x + 0.5)).
    return np.where(np.abs(x - truncated) >= 0.5, truncated + np.copysign(1.0, x).astype(x.dtype),
                    truncated)


def _float_sign(x):
    result = np.copysign((x != 0).astype(x.dtype), x)
    return np.where(np.isnan(x), x, result)


def _complex_sign(x):
    magnitude = np.abs(x)
    safe = np.where(magnitude == 0, 1, magnitude)
    return np.where(magnitude == 0, np.zeros_like(x), x / safe)


def _erf(x):
    # scipy's vectorised erf (Cephes, ~1e-16 relative in f64): math.erf per element through
    # np.frompyfunc cost 75 ms per GELU layer of BERT-base.
    return _special.erf(x)


def _logistic(x):
    return 1.0 / (1.0 + np.exp(-x))


def _rsqrt(x):
    return 1.0 / np.sqrt(x)


# -- implementation factories -------------------------------------------------------------

def _transcendental(fn, complex_fn=None):
    """Float/complex-only op computed in f64/c128, rounded once to the result type."""
    def impl(inst, args, ctx):
        et = _operand_type(inst)
        x = args[0]
        if et.is_complex:
            if complex_fn is False:
                raise _undefined(inst, et)
            result = (complex_fn or fn)(x.astype(C128))
        elif et.is_float:
            result = fn(x.astype(F64))
        else:
            raise _undefined(inst, et)
        return to_result(result, inst.shape.element_type)
    return impl


def _unary(float_fn=None, int_fn=None, complex_fn=None, pred_fn=None):
    """An op computed exactly in the operand's compute type (f32 for narrow floats)."""
    def impl(inst, args, ctx):
        et = _operand_type(inst)
        x = args[0]
        if et.is_float and float_fn is not None:
            result = float_fn(float_compute(x, et))
        elif et.is_complex and complex_fn is not None:
            result = complex_fn(x)
        elif et == ElementType.PRED and pred_fn is not None:
            result = pred_fn(x)
        elif et.is_integral and int_fn is not None:
            result = int_fn(int_compute(x, et), et)
        else:
            raise _undefined(inst, et)
        return to_result(result, inst.shape.element_type)
    return impl


def _binary(float_fn=None, int_fn=None, complex_fn=None, pred_fn=None, transcendental=False):
    def impl(inst, args, ctx):
        et = _operand_type(inst)
        a, b = args
        if et.is_float and float_fn is not None:
            if transcendental:
                a, b = a.astype(F64), b.astype(F64)
            else:
                a, b = float_compute(a, et), float_compute(b, et)
            result = float_fn(a, b)
        elif et.is_complex and complex_fn is not None:
            if transcendental:
                a, b = a.astype(C128), b.astype(C128)
            result = complex_fn(a, b)
        elif et == ElementType.PRED and pred_fn is not None:
            result = pred_fn(a, b)
        elif et.is_integral and int_fn is not None:
            result = int_fn(int_compute(a, et), int_compute(b, et), et)
        else:
            raise _undefined(inst, et)
        return to_result(result, inst.shape.element_type)
    return impl


def _ignore_type(fn):
    return lambda a, b, et: fn(a, b)


# -- ops with their own semantics -----------------------------------------------------------

def _real(inst, args, ctx):
    return to_result(np.real(args[0]), inst.shape.element_type)


def _imag(inst, args, ctx):
    x = args[0]
    if _operand_type(inst).is_complex:
        return to_result(np.imag(x), inst.shape.element_type)
    return np.zeros(x.shape, np_dtype(inst.shape.element_type))


def _complex(inst, args, ctx):
    real, imag = np.broadcast_arrays(*args)
    out = np.empty(real.shape, np_dtype(inst.shape.element_type))
    out.real = real
    out.imag = imag
    return out


def _is_finite(inst, args, ctx):
    et = _operand_type(inst)
    return np.isfinite(float_compute(args[0], et))


def _not(inst, args, ctx):
    et = _operand_type(inst)
    if et == ElementType.PRED:
        return np.logical_not(args[0])
    if not et.is_integral:
        raise _undefined(inst, et)
    return wrap_int(np.invert(int_compute(args[0], et)), et)


_DIRECTIONS = {"EQ": np.equal, "NE": np.not_equal, "LT": np.less, "LE": np.less_equal,
               "GT": np.greater, "GE": np.greater_equal}


def compare_arrays(a, b, et: ElementType, direction: str, compare_type: str | None):
    """``compare`` with XLA's direction and comparison type (FLOAT, TOTALORDER, SIGNED, UNSIGNED)."""
    if et.is_complex:
        if direction not in ("EQ", "NE"):
            raise ExecutionError(f"compare direction {direction} is not defined for complex numbers")
    elif et.is_float:
        if compare_type == "TOTALORDER":
            a, b = total_order_key(a, et), total_order_key(b, et)
        else:
            a, b = float_compute(a, et), float_compute(b, et)
    elif et.is_integral:
        if compare_type == "SIGNED" or (compare_type is None and et.is_signed_int):
            a, b = _as_signed(a, et), _as_signed(b, et)
        else:
            a, b = _as_unsigned(a, et), _as_unsigned(b, et)
    return _DIRECTIONS[direction](a, b)


def _compare(inst, args, ctx):
    return compare_arrays(args[0], args[1], _operand_type(inst), inst.attrs["direction"],
                          inst.attrs.get("type"))


def _select(inst, args, ctx):
    pred, on_true, on_false = args
    if isinstance(on_true, tuple):  # old HLO: select of tuples with a scalar predicate
        return on_true if bool(pred) else on_false
    return np.where(pred, on_true, on_false)


def _clamp(inst, args, ctx):
    low, x, high = args
    et = inst.shape.element_type
    if et.is_float:
        low, x, high = (float_compute(v, et) for v in (low, x, high))
        return to_result(float_minimum(high, float_maximum(low, x)), et)
    if et == ElementType.PRED:
        return np.logical_and(high, np.logical_or(low, x))
    return np.minimum(high, np.maximum(low, x))


# -- conversions -----------------------------------------------------------------------------

def _float_to_int(x: np.ndarray, to: ElementType) -> np.ndarray:
    """XLA's saturating float -> int: NaN -> 0, out of range -> min/max, else truncate."""
    x = x.astype(F64)
    if to.is_signed_int:
        low, high = -(2 ** (to.bits - 1)), 2 ** (to.bits - 1) - 1
        low_f = float(low)
    else:
        low, high = 0, 2 ** to.bits - 1
        low_f = 0.0
    too_high = x >= float(2 ** (to.bits - 1) if to.is_signed_int else 2 ** to.bits)
    too_low = x <= low_f
    nan = np.isnan(x)
    safe = np.where(too_high | too_low | nan, 0.0, np.trunc(x))
    wide = np.int64 if to.is_signed_int or to.bits < 64 else np.uint64
    out = safe.astype(wide)
    out = np.where(too_high, np.array(high).astype(wide), out)
    out = np.where(too_low, np.array(low).astype(wide), out)
    return wrap_int(out, to)


def convert_array(x: np.ndarray, src: ElementType, to: ElementType) -> np.ndarray:
    """XLA ``convert`` from ``src`` to ``to`` (also used by constant folding)."""
    dt = np_dtype(to)
    if src == to:
        return x
    if src.is_complex and not to.is_complex:
        x, src = np.real(x), src.component_type
        if src == to:
            return x
    if to == ElementType.PRED:
        return x != 0  # NaN != 0, so NaN converts to true (as fcmp une does)
    if src == ElementType.PRED:
        return x.astype(np.uint8).astype(dt) if to in SUB_BYTE_INTS or to in NARROW_FLOATS else x.astype(dt)
    if to.is_complex:
        return x.astype(dt)
    if src.is_float and to.is_integral:
        return _float_to_int(x, to)
    if src.is_integral and to.is_integral:
        return wrap_int(int_compute(x, src).astype(np.int64 if src.is_signed_int else np.uint64), to)
    if src.is_integral and to in NARROW_FLOATS:
        # XLA:CPU converts integers to the narrow floats through f32.
        return int_compute(x, src).astype(np.float32).astype(dt)
    if src.is_integral:
        return int_compute(x, src).astype(dt)
    if src.is_float and to.is_float:
        if src in NARROW_FLOATS and to in NARROW_FLOATS:
            return x.astype(np.float32).astype(dt)
        return x.astype(dt)
    raise ExecutionError(f"no conversion from {src.text} to {to.text}")


def _convert(inst, args, ctx):
    return convert_array(args[0], _operand_type(inst), inst.shape.element_type)


def _stochastic_convert(inst, args, ctx):
    """Float -> signed integer, rounding |x| up when the random bits are below its scaled fraction
    (XLA's StochasticConvertDecomposer); saturates at the integer range."""
    x, bits = args
    to = inst.shape.element_type
    x = x.astype(np.float64)  # exact for every source type; floor and fraction stay exact too
    magnitude = np.abs(x)
    whole = np.floor(magnitude)
    scaled = (magnitude - whole) * float(2 ** element_type(inst, 1).bits)
    with np.errstate(invalid="ignore"):
        round_up = bits.astype(np.float64) < np.floor(scaled)
    lo, hi = -(1 << (to.bits - 1)), (1 << (to.bits - 1)) - 1
    value = np.clip(whole, 0, hi + 1) + round_up
    value = np.where(np.signbit(x) & (x != 0), -value, value)
    value = np.where(x <= lo, lo, np.where(x >= hi, hi, value))
    return np.where(np.isnan(x), 0, value).astype(np_dtype(to))


def bitcast_convert_array(x: np.ndarray, src: ElementType, to: ElementType) -> np.ndarray:
    """Reinterpret bits; a narrower result gains a minor dimension, a wider one consumes it."""
    src_bits, to_bits = src.bits, to.bits
    dt = np_dtype(to)
    if src_bits != storage_bits(src) or to_bits != storage_bits(to):
        if src_bits == to_bits:  # e.g. s4 <-> u4: both stored one per byte
            return to_result(_as_signed(x, src) if to.is_signed_int else _as_unsigned(x, src), to) \
                if to.is_integral else _as_unsigned(x, src).view(dt)
        raise ExecutionError(f"bitcast-convert between {src.text} and {to.text} (sub-byte packing) "
                             "is not supported")
    x = contiguous(x)
    if src_bits == to_bits:
        return x.view(dt)
    if src_bits > to_bits:  # each element becomes a row of the new minor dimension
        return x.reshape(x.shape + (1,)).view(dt)
    return x.view(dt).reshape(x.shape[:-1])


def _bitcast_convert(inst, args, ctx):
    return bitcast_convert_array(args[0], _operand_type(inst), inst.shape.element_type)


_MANTISSA_BITS = {ElementType.F16: 10, ElementType.BF16: 7, ElementType.F32: 23, ElementType.F64: 52}


def reduce_precision_array(x: np.ndarray, et: ElementType, exponent_bits: int,
                           mantissa_bits: int) -> np.ndarray:
    """Bit-exact ``reduce-precision``: round the mantissa to nearest-even, flush values outside
    the reduced exponent range to +-0/+-inf (denormals flush to zero). NaNs are returned
    unchanged (XLA:CPU 0.10 keeps NaN even for mantissa_bits=0)."""
    if et not in _MANTISSA_BITS:
        return reduce_precision_array(x.astype(np.float32), ElementType.F32, exponent_bits,
                                      mantissa_bits).astype(np_dtype(et))
    nbits = storage_bits(et)
    ut = unsigned_of_width(nbits)
    src_mantissa = _MANTISSA_BITS[et]
    src_exponent = nbits - 1 - src_mantissa
    const = ut.type
    all_ones = (1 << nbits) - 1
    sign_mask = 1 << (nbits - 1)
    exp_mask = ((1 << src_exponent) - 1) << src_mantissa
    bits = contiguous(x).view(ut)
    is_nan = (bits & const(all_ones ^ sign_mask)) > const(exp_mask)
    if mantissa_bits < src_mantissa:
        shift = src_mantissa - mantissa_bits
        last_kept_bit = 1 << shift
        bias = ((bits & const(last_kept_bit)) >> const(shift)) + const((last_kept_bit >> 1) - 1)
        bits = (bits + bias) & const(all_ones ^ (last_kept_bit - 1))
    if exponent_bits < src_exponent:
        src_bias = (1 << (src_exponent - 1)) - 1
        reduced_bias = (1 << (exponent_bits - 1)) - 1
        exponent = bits & const(exp_mask)
        overflows = exponent > const((src_bias + reduced_bias) << src_mantissa)
        underflows = exponent <= const((src_bias - reduced_bias) << src_mantissa)
        signed_zero = bits & const(sign_mask)
        bits = np.where(overflows, signed_zero | const(exp_mask), bits)
        bits = np.where(underflows, signed_zero, bits)
    result = contiguous(np.asarray(bits, dtype=ut)).view(np_dtype(et))
    return np.where(is_nan, x, result)


def _reduce_precision(inst, args, ctx):
    return reduce_precision_array(args[0], _operand_type(inst), inst.attrs["exponent_bits"],
                                  inst.attrs["mantissa_bits"])


# -- the table -------------------------------------------------------------------------------

IMPLEMENTATIONS = {
    # unary, computed exactly
    Opcode.ABS: _unary(np.abs, lambda x, et: np.abs(x) if et.is_signed_int else x,
                       complex_fn=np.abs),
    Opcode.NEGATE: _unary(np.negative, lambda x, et: np.negative(x), complex_fn=np.negative),
    Opcode.FLOOR: _unary(np.floor),
    Opcode.CEIL: _unary(np.ceil),
    Opcode.ROUND_AFZ: _unary(_round_half_away),
    Opcode.ROUND_EVEN: _unary(np.rint),
    Opcode.SIGN: _unary(_float_sign, lambda x, et: np.sign(x) if et.is_signed_int else (x != 0).astype(x.dtype),
                        complex_fn=_complex_sign),
    Opcode.NOT: _not,
    Opcode.IS_FINITE: _is_finite,
    Opcode.REAL: _real,
    Opcode.IMAG: _imag,
    Opcode.CLZ: _unary(int_fn=_count_leading_zeros),
    Opcode.POPCNT: _unary(int_fn=lambda x, et: np.bitwise_count(_as_unsigned(x, et))),
    # unary transcendentals (f64 / c128)
    Opcode.EXP: _transcendental(np.exp),
    Opcode.EXPM1: _transcendental(np.expm1),
    Opcode.LOG: _transcendental(np.log),
    Opcode.LOG1P: _transcendental(np.log1p),
    Opcode.SQRT: _transcendental(np.sqrt),
    Opcode.RSQRT: _transcendental(_rsqrt),
    Opcode.CBRT: _transcendental(np.cbrt, complex_fn=False),
    Opcode.SIN: _transcendental(np.sin),
    Opcode.COS: _transcendental(np.cos),
    Opcode.TAN: _transcendental(np.tan),
    Opcode.TANH: _transcendental(np.tanh),
    Opcode.SINH: _transcendental(np.sinh),
    Opcode.COSH: _transcendental(np.cosh),
    Opcode.ASIN: _transcendental(np.arcsin),
    Opcode.ACOS: _transcendental(np.arccos),
    Opcode.ATAN: _transcendental(np.arctan),
    Opcode.ASINH: _transcendental(np.arcsinh),
    Opcode.ACOSH: _transcendental(np.arccosh),
    Opcode.ATANH: _transcendental(np.arctanh),
    Opcode.LOGISTIC: _transcendental(_logistic),
    Opcode.ERF: _transcendental(_erf, complex_fn=False),
    # binary
    Opcode.ADD: _binary(np.add, _ignore_type(np.add), np.add, np.logical_or),
    Opcode.SUBTRACT: _binary(np.subtract, _ignore_type(np.subtract), np.subtract),
    Opcode.MULTIPLY: _binary(np.multiply, _ignore_type(np.multiply), np.multiply, np.logical_and),
    Opcode.DIVIDE: _binary(np.divide, _int_divide, np.divide),
    Opcode.REMAINDER: _binary(np.fmod, _int_remainder),
    Opcode.POWER: _binary(np.power, _int_power, np.power, transcendental=True),
    Opcode.ATAN2: _binary(np.arctan2, transcendental=True),
    Opcode.MAXIMUM: _binary(float_maximum, _ignore_type(np.maximum), pred_fn=np.logical_or),
    Opcode.MINIMUM: _binary(float_minimum, _ignore_type(np.minimum), pred_fn=np.logical_and),
    Opcode.AND: _binary(int_fn=_ignore_type(np.bitwise_and), pred_fn=np.logical_and),
    Opcode.OR: _binary(int_fn=_ignore_type(np.bitwise_or), pred_fn=np.logical_or),
    Opcode.XOR: _binary(int_fn=_ignore_type(np.bitwise_xor), pred_fn=np.logical_xor),
    Opcode.SHIFT_LEFT: _binary(int_fn=_shift("shl")),
    Opcode.SHIFT_RIGHT_ARITHMETIC: _binary(int_fn=_shift("sra")),
    Opcode.SHIFT_RIGHT_LOGICAL: _binary(int_fn=_shift("srl")),
    Opcode.MULHI: _binary(int_fn=_mulhi),
    Opcode.COMPLEX: _complex,
    Opcode.COMPARE: _compare,
    # ternary
    Opcode.SELECT: _select,
    Opcode.CLAMP: _clamp,
    # type conversions
    Opcode.CONVERT: _convert,
    Opcode.STOCHASTIC_CONVERT: _stochastic_convert,
    Opcode.BITCAST_CONVERT: _bitcast_convert,
    Opcode.REDUCE_PRECISION: _reduce_precision,
}

#: Opcodes whose implementation only broadcasts elementwise: safe to run a scalar
#: computation built from them on whole arrays (vectorised reducers and comparators).
VECTORIZABLE = frozenset(IMPLEMENTATIONS) - {Opcode.BITCAST_CONVERT}

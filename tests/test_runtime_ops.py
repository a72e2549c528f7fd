"""Per-op tests of the reference runtime against hand-computed expectations.

The tricky semantics (integer division by zero, shifts out of range,
saturating converts, TOTALORDER, reduce-precision, scatter skipping
out-of-bounds windows, ...) were checked against XLA:CPU (jaxlib 0.10.2) when
these tests were written; the expected values below are written out by hand.
"""

from __future__ import annotations

import math

import ml_dtypes
import numpy as np
import pytest

from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.ir.dtypes import ElementType
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.ir.shapes import Shape
from nccd.compiler.runtime import (ExecutionError, RuntimeInputError, UnsupportedOp, can_execute,
                                   evaluate, supported_opcodes, unsupported_instructions)

INT32_MIN = -(2**31)
NAN, INF = float("nan"), float("inf")
BF16 = ml_dtypes.bfloat16


def run(text: str, *args):
    return evaluate(parse_hlo_text(text), list(args))


def run1(text: str, *args):
    (result,) = run(text, *args)
    return result


def unary(op: str, in_type: str, out_type: str, x, attrs: str = ""):
    x = np.asarray(x)
    dims = ",".join(map(str, x.shape))
    return run1(f"HloModule m\nENTRY e {{\n  a = {in_type}[{dims}] parameter(0)\n"
                f"  ROOT r = {out_type}[{dims}] {op}(a){attrs}\n}}", x)


def binary(op: str, in_type: str, out_type: str, a, b, attrs: str = ""):
    a, b = np.asarray(a), np.asarray(b)
    dims = ",".join(map(str, a.shape))
    return run1(f"HloModule m\nENTRY e {{\n  a = {in_type}[{dims}] parameter(0)\n  b = {in_type}[{dims}] "
                f"parameter(1)\n  ROOT r = {out_type}[{dims}] {op}(a, b){attrs}\n}}", a, b)


def f32(*values):
    return np.array(values, np.float32)


def bits32(x):
    return np.asarray(x, np.float32).view(np.uint32)


ADD_F32 = "add {\n  x = f32[] parameter(0)\n  y = f32[] parameter(1)\n  ROOT s = f32[] add(x, y)\n}\n"
ADD_S32 = "adds {\n  x = s32[] parameter(0)\n  y = s32[] parameter(1)\n  ROOT s = s32[] add(x, y)\n}\n"
GE_F32 = "ge {\n  x = f32[] parameter(0)\n  y = f32[] parameter(1)\n  ROOT c = pred[] compare(x, y), direction=GE\n}\n"


# -- integer arithmetic ------------------------------------------------------------------------

def test_signed_division_truncates_and_handles_zero_and_overflow():
    a = np.array([7, -7, 7, -7, INT32_MIN, INT32_MIN, 5, 0], np.int32)
    b = np.array([2, 2, -2, -2, -1, 0, 0, 0], np.int32)
    np.testing.assert_array_equal(binary("divide", "s32", "s32", a, b),
                                  [3, -3, -3, 3, INT32_MIN, -1, -1, -1])
    np.testing.assert_array_equal(binary("remainder", "s32", "s32", a, b),
                                  [1, -1, 1, -1, 0, INT32_MIN, 5, 0])


def test_unsigned_division_by_zero_is_all_ones_and_remainder_is_dividend():
    a, b = np.array([7, 0, 5], np.uint32), np.array([0, 0, 2], np.uint32)
    np.testing.assert_array_equal(binary("divide", "u32", "u32", a, b), [2**32 - 1, 2**32 - 1, 2])
    np.testing.assert_array_equal(binary("remainder", "u32", "u32", a, b), [7, 0, 1])


def test_int8_division_overflow():
    a, b = np.array([-128, -128, 100], np.int8), np.array([-1, 0, -7], np.int8)
    np.testing.assert_array_equal(binary("divide", "s8", "s8", a, b), [-128, -1, -14])
    np.testing.assert_array_equal(binary("remainder", "s8", "s8", a, b), [0, -128, 2])


def test_int4_arithmetic_wraps_at_four_bits():
    a = np.array([-8, 7, -8, 5], np.int8).astype(ml_dtypes.int4)
    b = np.array([-1, 0, 1, 2], np.int8).astype(ml_dtypes.int4)
    np.testing.assert_array_equal(binary("divide", "s4", "s4", a, b).astype(np.int8), [-8, -1, -8, 2])
    np.testing.assert_array_equal(binary("shift-right-logical", "s4", "s4", a, b).astype(np.int8),
                                  [0, 7, 4, 1])
    np.testing.assert_array_equal(binary("multiply", "s4", "s4", a, b).astype(np.int8), [-8, 0, -8, -6])


def test_shifts_saturate_when_the_amount_is_out_of_range():
    x, s = np.array([1, -1, -8, 8, -8, -8], np.int32), np.array([31, 32, 33, -1, 28, 1], np.int32)
    np.testing.assert_array_equal(binary("shift-left", "s32", "s32", x, s),
                                  [INT32_MIN, 0, 0, 0, INT32_MIN, -16])
    np.testing.assert_array_equal(binary("shift-right-arithmetic", "s32", "s32", x, s),
                                  [0, -1, -1, 0, -1, -4])
    np.testing.assert_array_equal(binary("shift-right-logical", "s32", "s32", x, s),
                                  [0, 0, 0, 0, 15, 2**31 - 4])


def test_integer_power_uses_six_exponent_bits_and_special_cases_negative_exponents():
    base = np.array([2, 2, -1, -1, 1, 0, 2, 3, 0, 5], np.int32)
    exponent = np.array([64, 65, -1, -2, -5, -1, 31, 100, 64, 3], np.int32)
    # 2**64 and 0**64 give 1 and 3**100 gives 3**36: the CPU emitter squares 6 times only.
    expected = [1, 2, -1, 1, 1, 0, INT32_MIN, -1953380655, 1, 125]
    np.testing.assert_array_equal(binary("power", "s32", "s32", base, exponent), expected)
    np.testing.assert_array_equal(
        binary("power", "u32", "u32", np.array([2, 3, 0], np.uint32), np.array([31, 4, 0], np.uint32)),
        [2**31, 81, 1])


def test_abs_negate_wrap():
    np.testing.assert_array_equal(unary("abs", "s8", "s8", np.array([-128, -1, 5], np.int8)), [-128, 1, 5])
    np.testing.assert_array_equal(unary("negate", "u8", "u8", np.array([0, 1, 200], np.uint8)), [0, 255, 56])


def test_count_leading_zeros_and_popcount():
    np.testing.assert_array_equal(
        unary("count-leading-zeros", "s32", "s32", np.array([0, 1, -1, 255], np.int32)), [32, 31, 0, 24])
    np.testing.assert_array_equal(
        unary("count-leading-zeros", "u8", "u8", np.array([0, 1, 255], np.uint8)), [8, 7, 0])
    np.testing.assert_array_equal(
        unary("count-leading-zeros", "u64", "u64", np.array([1, 2**63], np.uint64)), [63, 0])
    np.testing.assert_array_equal(unary("popcnt", "s32", "s32", np.array([0, 1, -1, 255], np.int32)),
                                  [0, 1, 32, 8])
    np.testing.assert_array_equal(unary("popcnt", "s8", "s8", np.array([-1, 3, -128], np.int8)), [8, 2, 1])


def test_mulhi_signed_and_unsigned():
    a, b = np.array([-1, -2, 2**30, INT32_MIN], np.int32), np.array([-1, 3, 8, INT32_MIN], np.int32)
    np.testing.assert_array_equal(binary("mulhi", "s32", "s32", a, b), [0, -1, 2, 2**30])
    a = np.array([2**63, 2**64 - 1, 123456789123], np.uint64)
    b = np.array([4, 2**64 - 1, 987654321987], np.uint64)
    np.testing.assert_array_equal(binary("mulhi", "u64", "u64", a, b), [2, 2**64 - 2, 6609])
    a, b = np.array([-(2**63), -1, -123456789123], np.int64), np.array([4, 5, 987654321987], np.int64)
    np.testing.assert_array_equal(binary("mulhi", "s64", "s64", a, b), [-2, -1, -6610])


def test_integer_compare_respects_signedness():
    a, b = np.array([2**32 - 1, 1], np.uint32), np.array([1, 2], np.uint32)
    np.testing.assert_array_equal(binary("compare", "u32", "pred", a, b, ", direction=GT"), [True, False])
    np.testing.assert_array_equal(binary("compare", "u32", "pred", a, b, ", direction=GT, type=SIGNED"),
                                  [False, False])


# -- floats --------------------------------------------------------------------------------------

def test_round_half_away_from_zero_and_to_even():
    x = f32(0.49999997, -0.5, 0.5, 1.5, 2.5, -2.5, -0.3)
    afz = unary("round-nearest-afz", "f32", "f32", x)
    np.testing.assert_array_equal(afz, [0, -1, 1, 2, 3, -3, 0])
    assert np.signbit(afz[-1])  # -0.3 rounds to -0
    np.testing.assert_array_equal(unary("round-nearest-even", "f32", "f32", x), [0, -0.0, 0, 2, 2, -2, -0.0])


def test_sign_keeps_signed_zero_and_nan():
    x = f32(-0.0, 0.0, NAN, 3.0, -3.0, INF, 1e-20)
    result = unary("sign", "f32", "f32", x)
    np.testing.assert_array_equal(result, [0, 0, NAN, 1, -1, 1, 1])
    assert list(np.signbit(result[:2])) == [True, False]
    np.testing.assert_array_equal(unary("sign", "s32", "s32", np.array([-5, 0, 7], np.int32)), [-1, 0, 1])


def test_maximum_minimum_propagate_nan_and_order_signed_zeros():
    a, b = f32(-0.0, 0.0, NAN, 1.0), f32(0.0, -0.0, 1.0, NAN)
    maximum = binary("maximum", "f32", "f32", a, b)
    minimum = binary("minimum", "f32", "f32", a, b)
    np.testing.assert_array_equal(maximum, [0, 0, NAN, NAN])
    np.testing.assert_array_equal(minimum, [0, 0, NAN, NAN])
    assert not np.signbit(maximum[:2]).any() and np.signbit(minimum[:2]).all()


def test_clamp_propagates_nan():
    result = run1("HloModule m\nENTRY e {\n  lo = f32[] constant(0)\n  hi = f32[] constant(1)\n"
                  "  x = f32[3] parameter(0)\n  ROOT c = f32[3] clamp(lo, x, hi)\n}", f32(NAN, -1, 2))
    np.testing.assert_array_equal(result, [NAN, 0, 1])


def test_float_remainder_has_the_sign_of_the_dividend():
    np.testing.assert_array_equal(
        binary("remainder", "f32", "f32", f32(5.5, -5.5, 5.5, INF, 1.0), f32(2, 2, -2, 2, 0)),
        [1.5, -1.5, 1.5, NAN, NAN])


def test_float_power_special_cases():
    np.testing.assert_array_equal(
        binary("power", "f32", "f32", f32(0, NAN, -8, 1, -1, 2), f32(0, 0, 1 / 3, NAN, INF, -1)),
        [1, 1, NAN, 1, 1, 0.5])


def test_transcendentals_are_correctly_rounded_from_f64():
    x = f32(-2.5, -0.3, 0.0, 0.7, 3.0)
    np.testing.assert_array_equal(unary("erf", "f32", "f32", x), f32(*[math.erf(float(v)) for v in x]))
    np.testing.assert_array_equal(unary("logistic", "f32", "f32", x),
                                  (1 / (1 + np.exp(-x.astype(np.float64)))).astype(np.float32))
    np.testing.assert_array_equal(unary("cbrt", "f32", "f32", f32(-8, 27, 0)), [-2, 3, 0])
    np.testing.assert_array_equal(binary("atan2", "f32", "f32", f32(1, -0.0, 0), f32(0, -1, -1)),
                                  f32(math.pi / 2, -math.pi, math.pi))
    np.testing.assert_array_equal(unary("erf", "f64", "f64", np.array([0.5])), [math.erf(0.5)])


def test_bf16_arithmetic_rounds_after_each_op():
    a = np.array([1, 1, 256], np.float32).astype(BF16)
    b = np.array([2**-8, 3 * 2**-8, 1], np.float32).astype(BF16)
    # 1 + 2**-8 and 1 + 3 * 2**-8 are exact ties in bf16: round to even.
    result = binary("add", "bf16", "bf16", a, b)
    assert result.dtype == BF16
    np.testing.assert_array_equal(result.astype(np.float32), [1.0, 1.015625, 256.0])


def test_compare_totalorder():
    a, b = f32(-0.0, NAN, -NAN, NAN, INF), f32(0.0, INF, -INF, NAN, NAN)
    np.testing.assert_array_equal(binary("compare", "f32", "pred", a, b, ", direction=LT, type=TOTALORDER"),
                                  [True, False, True, False, True])
    np.testing.assert_array_equal(binary("compare", "f32", "pred", f32(-0.0, NAN, NAN), f32(0.0, NAN, -NAN),
                                         ", direction=EQ, type=TOTALORDER"), [False, True, False])
    np.testing.assert_array_equal(binary("compare", "f32", "pred", f32(-0.0, NAN), f32(0.0, NAN),
                                         ", direction=EQ"), [True, False])


def test_is_finite_complex_and_parts():
    np.testing.assert_array_equal(unary("is-finite", "f32", "pred", f32(1, INF, -INF, NAN)),
                                  [True, False, False, False])
    c = run1("HloModule m\nENTRY e {\n  a = f32[2] parameter(0)\n  b = f32[2] parameter(1)\n"
             "  ROOT c = c64[2] complex(a, b)\n}", f32(1, NAN), f32(INF, 2))
    assert c.dtype == np.complex64 and c[0].real == 1 and c[0].imag == INF and np.isnan(c[1].real)
    np.testing.assert_array_equal(unary("imag", "c64", "f32", np.array([1 + 2j], np.complex64)), [2])
    np.testing.assert_array_equal(unary("real", "f32", "f32", f32(3)), [3])


# -- conversions ---------------------------------------------------------------------------------

CONVERT_INPUT = f32(300.7, -200.2, NAN, INF, -INF, 2.5, -2.5, 3e9, -3e9, 255.9, -0.9)


@pytest.mark.parametrize("to, expected", [
    ("s8", [127, -128, 0, 127, -128, 2, -2, 127, -128, 127, 0]),
    ("u8", [255, 0, 0, 255, 0, 2, 0, 255, 0, 255, 0]),
    ("s32", [300, -200, 0, 2**31 - 1, INT32_MIN, 2, -2, 2**31 - 1, INT32_MIN, 255, 0]),
    ("u32", [300, 0, 0, 2**32 - 1, 0, 2, 0, 3000000000, 0, 255, 0]),
    ("s64", [300, -200, 0, 2**63 - 1, -(2**63), 2, -2, 3000000000, -3000000000, 255, 0]),
    ("u64", [300, 0, 0, 2**64 - 1, 0, 2, 0, 3000000000, 0, 255, 0]),
    ("pred", [True] * 11),
])
def test_float_to_int_saturates_and_maps_nan_to_zero(to, expected):
    np.testing.assert_array_equal(unary("convert", "f32", to, CONVERT_INPUT), expected)


def test_f64_to_64_bit_ints_saturate():
    x = np.array([2.0**63, -(2.0**63), 9.3e18, -9.3e18, NAN])
    np.testing.assert_array_equal(unary("convert", "f64", "s64", x),
                                  [2**63 - 1, -(2**63), 2**63 - 1, -(2**63), 0])
    x = np.array([2.0**64, 2.0**63, 1.8e19, -1.0, NAN])
    np.testing.assert_array_equal(unary("convert", "f64", "u64", x),
                                  [2**64 - 1, 2**63, 18000000000000000000, 0, 0])


def test_narrow_float_conversions_round_to_nearest_even():
    bf16 = unary("convert", "f32", "bf16", f32(1.00390625, 1.01171875, NAN, 3.4e38, 1e-40))
    np.testing.assert_array_equal(bf16.view(np.uint16), [0x3F80, 0x3F82, 0x7FC0, 0x7F80, 0x0001])
    e4m3 = unary("convert", "f32", "f8e4m3fn", f32(300.7, 448, 464, 1e4, INF, -INF, NAN, 2.0**-9, 2.0**-10))
    # e4m3fn has no infinity: overflow and inf become NaN (0x7f/0xff); 464 ties down to 448.
    np.testing.assert_array_equal(e4m3.view(np.uint8), [121, 126, 126, 127, 127, 255, 127, 1, 0])
    e5m2 = unary("convert", "f32", "f8e5m2", f32(6e4, 57344, 61440, 1e6, INF, NAN, 1e-7))
    np.testing.assert_array_equal(e5m2.view(np.uint8), [123, 123, 124, 124, 124, 126, 0])


def test_integer_conversions_wrap_and_narrow_types():
    np.testing.assert_array_equal(unary("convert", "s32", "s4", np.array([9, -9, 7, 15, 16], np.int32))
                                  .astype(np.int8), [-7, 7, 7, -1, 0])
    np.testing.assert_array_equal(unary("convert", "s32", "u4", np.array([9, -9, 7, 15, 16], np.int32))
                                  .astype(np.int8), [9, 7, 7, 15, 0])
    np.testing.assert_array_equal(unary("convert", "f32", "s4", f32(9.5, -9.5, 7.2, NAN, -3.7))
                                  .astype(np.int8), [7, -8, 7, 0, -3])
    np.testing.assert_array_equal(unary("convert", "s64", "s32", np.array([2**40 + 5, -1], np.int64)), [5, -1])
    np.testing.assert_array_equal(unary("convert", "s64", "f16", np.array([2**40, 65519, 65520, -7], np.int64)),
                                  np.array([INF, 65504, INF, -7], np.float16))
    np.testing.assert_array_equal(unary("convert", "s32", "pred", np.array([0, 2, -1], np.int32)),
                                  [False, True, True])
    np.testing.assert_array_equal(unary("convert", "c64", "f32", np.array([1 + 2j, -3 - 4j], np.complex64)),
                                  [1, -3])


def test_bitcast_convert_same_and_different_widths():
    np.testing.assert_array_equal(unary("bitcast-convert", "f32", "s32", f32(1.0, -2.0)),
                                  [0x3F800000, -0x40000000])
    to_bytes = run1("HloModule m\nENTRY e {\n  a = f32[2] parameter(0)\n  ROOT b = u8[2,4] bitcast-convert(a)\n}",
                    f32(1.0, -0.0))
    np.testing.assert_array_equal(to_bytes, [[0, 0, 128, 63], [0, 0, 0, 128]])
    back = run1("HloModule m\nENTRY e {\n  a = u8[2,4] parameter(0)\n  ROOT b = f32[2] bitcast-convert(a)\n}",
                to_bytes)
    np.testing.assert_array_equal(bits32(back), bits32(f32(1.0, -0.0)))
    halves = run1("HloModule m\nENTRY e {\n  a = f64[] parameter(0)\n  ROOT b = f32[2] bitcast-convert(a)\n}",
                  np.array(1.0))
    np.testing.assert_array_equal(halves.view(np.uint32), [0, 0x3FF00000])
    scalar = run1("HloModule m\nENTRY e {\n  a = f32[] parameter(0)\n  ROOT b = s32[] bitcast-convert(a)\n}",
                  np.float32(1.0).reshape(()))
    assert scalar.shape == () and scalar == 0x3F800000


def test_reduce_precision_rounds_flushes_and_keeps_nan():
    x = f32(1.0 + 2**-8, 1e-30, 70000, NAN, -INF, 65504, 6e-5, 6.2e-5, -(1.0 + 3 * 2**-8))
    result = unary("reduce-precision", "f32", "f32", x, ", exponent_bits=5, mantissa_bits=7")
    np.testing.assert_array_equal(result, f32(1.0, 0, INF, NAN, -INF, INF, 0, 6.198883e-05, -1.015625))
    # With no mantissa bits the tie rule looks at the exponent's lowest bit; NaN stays NaN.
    result = unary("reduce-precision", "f32", "f32", f32(1.5, 3.0, NAN), ", exponent_bits=8, mantissa_bits=0")
    np.testing.assert_array_equal(result, [2, 2, NAN])
    as_bf16 = unary("reduce-precision", "f32", "f32", f32(1.00390625, 1.01171875),
                    ", exponent_bits=8, mantissa_bits=7")
    np.testing.assert_array_equal(as_bf16, [1.0, 1.015625])


# -- data movement --------------------------------------------------------------------------------

def test_pad_with_negative_and_interior_padding():
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    result = run1("HloModule m\nENTRY e {\n  x = f32[2,3] parameter(0)\n  c = f32[] constant(9)\n"
                  "  ROOT p = f32[3,6] pad(x, c), padding=1_0_0x-1_2_1\n}", x)
    np.testing.assert_array_equal(result, [[9, 9, 9, 9, 9, 9], [9, 1, 9, 2, 9, 9], [9, 4, 9, 5, 9, 9]])


def test_dynamic_slice_and_update_clamp_start_indices():
    x = np.arange(5, dtype=np.float32)
    text = ("HloModule m\nENTRY e {\n  o = f32[5] parameter(0)\n  i = s32[] parameter(1)\n"
            "  ROOT d = f32[2] dynamic-slice(o, i), dynamic_slice_sizes={2}\n}")
    assert run1(text, x, np.int32(-2)).tolist() == [0, 1]
    assert run1(text, x, np.int32(4)).tolist() == [3, 4]
    updated = run1("HloModule m\nENTRY e {\n  x = f32[5,4] parameter(0)\n  u = f32[2,3] parameter(1)\n"
                   "  i = s32[] parameter(2)\n  j = s32[] parameter(3)\n"
                   "  ROOT d = f32[5,4] dynamic-update-slice(x, u, i, j)\n}",
                   np.zeros((5, 4), np.float32), np.ones((2, 3), np.float32), np.int32(7), np.int32(-5))
    expected = np.zeros((5, 4))
    expected[3:5, 0:3] = 1
    np.testing.assert_array_equal(updated, expected)


def test_broadcast_transpose_reverse_iota_concatenate_slice():
    text = """HloModule m
ENTRY e {
  v = f32[3] parameter(0)
  b = f32[2,3,4] broadcast(v), dimensions={1}
  t = f32[4,2,3] transpose(b), dimensions={2,0,1}
  r = f32[4,2,3] reverse(t), dimensions={0,2}
  i = s32[2,3] iota(), iota_dimension=1
  c = f32[3,6] concatenate(v2, v2), dimensions={1}
  v2 = f32[3,3] broadcast(v), dimensions={0}
  s = f32[2,2] slice(c), slice={[0:3:2], [1:6:3]}
  ROOT out = (f32[4,2,3], s32[2,3], f32[2,2]) tuple(r, i, s)
}"""
    r, i, s = run(text, f32(1, 2, 3))
    np.testing.assert_array_equal(r[0, 0], [3, 2, 1])
    np.testing.assert_array_equal(i, [[0, 1, 2], [0, 1, 2]])
    np.testing.assert_array_equal(s, [[1, 1], [3, 3]])


def test_iota_in_bf16_rounds_large_values():
    result = run1("HloModule m\nENTRY e {\n  ROOT i = bf16[262] iota(), iota_dimension=0\n}")
    np.testing.assert_array_equal(result[255:].astype(np.float32), [255, 256, 256, 258, 260, 260, 260])


def test_gather_clamps_start_indices():
    result = run1("""HloModule m
ENTRY e {
  o = f32[5] parameter(0)
  i = s32[3,1] parameter(1)
  ROOT g = f32[3,2] gather(o, i), offset_dims={1}, collapsed_slice_dims={}, start_index_map={0}, index_vector_dim=1, slice_sizes={2}
}""", np.arange(5, dtype=np.float32), np.array([[-3], [4], [2]], np.int32))
    np.testing.assert_array_equal(result, [[0, 1], [3, 4], [2, 3]])


def test_gather_with_collapsed_and_batching_dims():
    operand = np.arange(3 * 5 * 4, dtype=np.float32).reshape(3, 5, 4)
    indices = np.array([[[0, 0], [4, 3]], [[1, 1], [-1, 2]], [[2, 2], [3, 0]]], np.int32)
    result = run1("""HloModule m
ENTRY e {
  o = f32[3,5,4] parameter(0)
  i = s32[3,2,2] parameter(1)
  ROOT g = f32[3,2,2,2] gather(o, i), offset_dims={2,3}, collapsed_slice_dims={}, start_index_map={1,2}, operand_batching_dims={0}, start_indices_batching_dims={0}, index_vector_dim=2, slice_sizes={1,2,2}
}""", operand, indices)
    for b in range(3):
        for k in range(2):
            row = min(max(indices[b, k, 0], 0), 3)
            col = min(max(indices[b, k, 1], 0), 2)
            np.testing.assert_array_equal(result[b, k], operand[b, row:row + 2, col:col + 2])
    embedding = run1("""HloModule m
ENTRY e {
  t = f32[4,3] parameter(0)
  i = s32[2] parameter(1)
  ROOT g = f32[2,3] gather(t, i), offset_dims={1}, collapsed_slice_dims={0}, start_index_map={0}, index_vector_dim=1, slice_sizes={1,3}
}""", np.arange(12, dtype=np.float32).reshape(4, 3), np.array([3, 1], np.int32))
    np.testing.assert_array_equal(embedding, [[9, 10, 11], [3, 4, 5]])


def test_scatter_skips_out_of_bounds_windows_and_adds_duplicates():
    result = run1("HloModule m\n" + ADD_F32 + """ENTRY e {
  o = f32[5] parameter(0)
  i = s32[5,1] parameter(1)
  u = f32[5,2] parameter(2)
  ROOT s = f32[5] scatter(o, i, u), update_window_dims={1}, inserted_window_dims={}, scatter_dims_to_operand_dims={0}, index_vector_dim=1, to_apply=add
}""", np.zeros(5, np.float32), np.array([[0], [4], [-1], [3], [0]], np.int32),
        np.array([[1, 2], [3, 4], [5, 6], [7, 8], [10, 20]], np.float32))
    np.testing.assert_array_equal(result, [11, 22, 0, 7, 8])


def test_scatter_with_batching_dims_and_generic_combiner():
    result = run1("HloModule m\n" + ADD_F32 + """ENTRY e {
  o = f32[2,5] parameter(0)
  i = s32[2,3] parameter(1)
  u = f32[2,3] parameter(2)
  ROOT s = f32[2,5] scatter(o, i, u), update_window_dims={}, inserted_window_dims={1}, input_batching_dims={0}, scatter_indices_batching_dims={0}, scatter_dims_to_operand_dims={1}, index_vector_dim=2, to_apply=add
}""", np.zeros((2, 5), np.float32), np.array([[0, 0, 4], [1, 5, -1]], np.int32),
        np.array([[1, 2, 3], [4, 5, 6]], np.float32))
    np.testing.assert_array_equal(result, [[3, 0, 0, 0, 3], [0, 4, 0, 0, 0]])
    # combiner old * update + 1 runs in update order: (2*1+1)*7+1 = 22 for the duplicated row
    combined = run1("""HloModule m
fma {
  x = f32[] parameter(0)
  y = f32[] parameter(1)
  m = f32[] multiply(x, y)
  one = f32[] constant(1)
  ROOT s = f32[] add(m, one)
}
ENTRY e {
  o = f32[4,3] parameter(0)
  i = s32[3] parameter(1)
  u = f32[3,3] parameter(2)
  ROOT s = f32[4,3] scatter(o, i, u), update_window_dims={1}, inserted_window_dims={0}, scatter_dims_to_operand_dims={0}, index_vector_dim=1, to_apply=fma
}""", np.full((4, 3), 2, np.float32), np.array([1, 3, 1], np.int32), np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], np.float32))
    np.testing.assert_array_equal(combined, [[2, 2, 2], [22, 41, 64], [2, 2, 2], [9, 11, 13]])


def test_variadic_scatter_overwrites_with_last_update():
    result = run("""HloModule m
pick {
  a = s32[] parameter(0)
  b = f32[] parameter(1)
  c = s32[] parameter(2)
  d = f32[] parameter(3)
  ROOT t = (s32[], f32[]) tuple(c, d)
}
ENTRY e {
  o1 = s32[3] parameter(0)
  o2 = f32[3] parameter(1)
  i = s32[3,1] parameter(2)
  u1 = s32[3] parameter(3)
  u2 = f32[3] parameter(4)
  ROOT s = (s32[3], f32[3]) scatter(o1, o2, i, u1, u2), update_window_dims={}, inserted_window_dims={0}, scatter_dims_to_operand_dims={0}, index_vector_dim=1, to_apply=pick
}""", np.zeros(3, np.int32), np.zeros(3, np.float32), np.array([[2], [0], [2]], np.int32),
        np.array([1, 2, 3], np.int32), f32(10, 20, 30))
    np.testing.assert_array_equal(result[0], [2, 0, 3])
    np.testing.assert_array_equal(result[1], [20, 0, 30])


# -- reductions -----------------------------------------------------------------------------------

def test_reduce_applies_init_once_and_empty_reduce_is_init():
    text = ("HloModule m\n" + ADD_F32 + "ENTRY e {\n  o = f32[2,4] parameter(0)\n  c = f32[] constant(10)\n"
            "  ROOT d = f32[2] reduce(o, c), dimensions={1}, to_apply=add\n}")
    np.testing.assert_array_equal(run1(text, np.ones((2, 4), np.float32)), [14, 14])
    empty = text.replace("f32[2,4]", "f32[2,0]")
    np.testing.assert_array_equal(run1(empty, np.ones((2, 0), np.float32)), [10, 10])


ARGMAX = """argmax {
  av = f32[] parameter(0)
  ai = s32[] parameter(1)
  bv = f32[] parameter(2)
  bi = s32[] parameter(3)
  gt = pred[] compare(bv, av), direction=GT
  eq = pred[] compare(bv, av), direction=EQ
  lower = pred[] compare(bi, ai), direction=LT
  tie = pred[] and(eq, lower)
  take = pred[] or(gt, tie)
  v = f32[] select(take, bv, av)
  i = s32[] select(take, bi, ai)
  ROOT t = (f32[], s32[]) tuple(v, i)
}
"""


def test_variadic_reduce_argmax():
    x = np.array([[3, 1, 4, 1, 5, 9, 2], [6, 6, 5, 3, 5, 6, 0]], np.float32)
    values, indices = run("HloModule m\n" + ARGMAX + """ENTRY e {
  x = f32[2,7] parameter(0)
  i = s32[2,7] iota(), iota_dimension=1
  c = f32[] constant(-inf)
  z = s32[] constant(0)
  ROOT r = (f32[2], s32[2]) reduce(x, i, c, z), dimensions={1}, to_apply=argmax
}""", x)
    np.testing.assert_array_equal(values, [9, 6])
    np.testing.assert_array_equal(indices, [5, 0])


def test_generic_reducer_that_cannot_be_vectorised():
    # A reducer with a reshape is not elementwise-only: it runs once per element.
    result = run1("""HloModule m
odd {
  x = s32[] parameter(0)
  y = s32[] parameter(1)
  r = s32[1] reshape(y)
  back = s32[] reshape(r)
  ROOT s = s32[] add(x, back)
}
ENTRY e {
  x = s32[3,4] parameter(0)
  z = s32[] constant(100)
  ROOT r = s32[3] reduce(x, z), dimensions={1}, to_apply=odd
}""", np.arange(12, dtype=np.int32).reshape(3, 4))
    np.testing.assert_array_equal(result, [106, 122, 138])


def test_reduce_window_padding_and_dilation_skip_init():
    text = "HloModule m\n" + ADD_F32 + """ENTRY e {
  o = f32[4] parameter(0)
  c = f32[] constant(10)
  ROOT d = f32[4] reduce-window(o, c), window={size=3 pad=1_1}, to_apply=add
}"""
    np.testing.assert_array_equal(run1(text, f32(0, 1, 2, 3)), [11, 13, 16, 15])
    base = text.replace("f32[4] reduce-window", "f32[6] reduce-window").replace("size=3 pad=1_1", "size=2 lhs_dilate=2")
    np.testing.assert_array_equal(run1(base, f32(0, 1, 2, 3)), [10, 11, 11, 12, 12, 13])
    dilated = text.replace("f32[4] reduce-window", "f32[2] reduce-window").replace("size=3 pad=1_1",
                                                                                   "size=2 rhs_dilate=2 stride=1")
    np.testing.assert_array_equal(run1(dilated, f32(0, 1, 2, 3)), [12, 14])


def test_variadic_reduce_window():
    values, indices = run("HloModule m\n" + ARGMAX + """ENTRY e {
  x = f32[9] parameter(0)
  i = s32[9] iota(), iota_dimension=0
  c = f32[] constant(-inf)
  z = s32[] constant(-1)
  ROOT r = (f32[4], s32[4]) reduce-window(x, i, c, z), window={size=3 stride=2 pad=1_0}, to_apply=argmax
}""", f32(3, 1, 4, 1, 5, 9, 2, 6, 5))
    np.testing.assert_array_equal(values, [3, 4, 9, 9])
    np.testing.assert_array_equal(indices, [0, 2, 5, 5])


def test_select_and_scatter_picks_first_maximum_and_skips_padding():
    operand = np.array([[1, 5, 5, 2, 0], [3, 2, 5, 9, 9], [7, 7, 1, 1, 0], [7, 7, 1, 2, 3]], np.float32)
    result = run1("HloModule m\n" + ADD_F32 + GE_F32 + """ENTRY e {
  o = f32[4,5] parameter(0)
  s = f32[2,3] parameter(1)
  z = f32[] constant(0)
  ROOT r = f32[4,5] select-and-scatter(o, s, z), window={size=2x2 stride=2x2 pad=0_0x1_0}, select=ge, scatter=add
}""", operand, np.arange(1, 7, dtype=np.float32).reshape(2, 3))
    # The first window covers the padding column and column 0 only; ties keep the first element.
    expected = np.zeros((4, 5))
    expected[1, 0], expected[0, 1], expected[1, 3] = 1, 2, 3
    expected[2, 0], expected[2, 1], expected[3, 4] = 4, 5, 6
    np.testing.assert_array_equal(result, expected)
    overlap = run1("HloModule m\n" + ADD_F32 + GE_F32 + """ENTRY e {
  o = f32[6] parameter(0)
  s = f32[4] parameter(1)
  z = f32[] constant(1)
  ROOT r = f32[6] select-and-scatter(o, s, z), window={size=3 stride=1}, select=ge, scatter=add
}""", f32(1, 3, 3, 2, 5, 4), f32(10, 20, 30, 40))
    np.testing.assert_array_equal(overlap, [1, 31, 1, 1, 71, 1])


JAX_TOTALORDER_LT = """cmp {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ia = s32[] parameter(2)
  ib = s32[] parameter(3)
  zero = f32[] constant(0)
  nan = f32[] constant(nan)
  a_nan = pred[] compare(a, a), direction=NE
  a_zero = pred[] compare(a, zero), direction=EQ
  a0 = f32[] select(a_zero, zero, a)
  a1 = f32[] select(a_nan, nan, a0)
  b_nan = pred[] compare(b, b), direction=NE
  b_zero = pred[] compare(b, zero), direction=EQ
  b0 = f32[] select(b_zero, zero, b)
  b1 = f32[] select(b_nan, nan, b0)
  ROOT lt = pred[] compare(a1, b1), direction=LT, type=TOTALORDER
}
"""


def test_sort_with_jax_comparator_is_stable_and_canonicalises_nan_and_zero():
    x = f32(3, -0.0, NAN, 0.0, -INF, -NAN, 1, 0.0)
    values, order = run("HloModule m\n" + JAX_TOTALORDER_LT + """ENTRY e {
  x = f32[8] parameter(0)
  i = s32[8] iota(), iota_dimension=0
  ROOT s = (f32[8], s32[8]) sort(x, i), dimensions={0}, is_stable=true, to_apply=cmp
}""", x)
    # -0 and +0 compare equal (stable order 1, 3, 7); both NaNs sort last in input order.
    np.testing.assert_array_equal(order, [4, 1, 3, 7, 6, 0, 2, 5])


def test_sort_with_plain_totalorder_and_descending_comparators():
    x = f32(3, -0.0, NAN, 0.0, -INF, -NAN, 1)
    text = ("HloModule m\nlt {\n  a = f32[] parameter(0)\n  b = f32[] parameter(1)\n"
            "  ROOT r = pred[] compare(a, b), direction=LT, type=TOTALORDER\n}\nENTRY e {\n"
            "  x = f32[7] parameter(0)\n  ROOT s = f32[7] sort(x), dimensions={0}, is_stable=true, to_apply=lt\n}")
    ascending = run1(text, x)
    np.testing.assert_array_equal(bits32(ascending), bits32(f32(-NAN, -INF, -0.0, 0.0, 1, 3, NAN)))
    descending = run1(text.replace("direction=LT", "direction=GT"), x)
    np.testing.assert_array_equal(bits32(descending), bits32(f32(NAN, 3, 1, 0.0, -0.0, -INF, -NAN)))


LEXICOGRAPHIC = """lex {
  a0 = s32[] parameter(0)
  b0 = s32[] parameter(1)
  a1 = f32[] parameter(2)
  b1 = f32[] parameter(3)
  p4 = s32[] parameter(4)
  p5 = s32[] parameter(5)
  lt0 = pred[] compare(a0, b0), direction=LT
  eq0 = pred[] compare(a0, b0), direction=EQ
  gt1 = pred[] compare(a1, b1), direction=GT
  both = pred[] and(eq0, gt1)
  ROOT r = pred[] or(lt0, both)
}
"""


def test_sort_with_a_general_comparator_matches_a_stable_python_sort():
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 3, (2, 37)).astype(np.int32)
    values = rng.integers(0, 4, (2, 37)).astype(np.float32)
    k, v, order = run("HloModule m\n" + LEXICOGRAPHIC + """ENTRY e {
  a = s32[2,37] parameter(0)
  b = f32[2,37] parameter(1)
  i = s32[2,37] iota(), iota_dimension=1
  ROOT r = (s32[2,37], f32[2,37], s32[2,37]) sort(a, b, i), dimensions={1}, is_stable=true, to_apply=lex
}""", keys, values)
    for row in range(2):
        expected = sorted(range(37), key=lambda j: (keys[row, j], -values[row, j]))
        np.testing.assert_array_equal(order[row], expected)
        np.testing.assert_array_equal(k[row], keys[row, expected])


def test_topk_orders_by_total_order_with_ties_by_index():
    x = f32(1, NAN, 3, -NAN, INF, 3)
    values, indices = run("HloModule m\nENTRY e {\n  a = f32[6] parameter(0)\n"
                          "  ROOT t = (f32[6], s32[6]) topk(a), k=6, largest=true\n}", x)
    np.testing.assert_array_equal(indices, [1, 4, 2, 5, 0, 3])
    values, indices = run("HloModule m\nENTRY e {\n  a = f32[6] parameter(0)\n"
                          "  ROOT t = (f32[2], s32[2]) topk(a), k=2, largest=false\n}",
                          f32(1, NAN, 3, -NAN, -0.0, 0.0))
    np.testing.assert_array_equal(indices, [3, 4])


def test_map_applies_the_computation_elementwise():
    result = run1("""HloModule m
f {
  x = f32[] parameter(0)
  y = f32[] parameter(1)
  m = f32[] multiply(x, y)
  ROOT s = f32[] add(m, x)
}
ENTRY e {
  a = f32[3] parameter(0)
  b = f32[3] parameter(1)
  ROOT m = f32[3] map(a, b), dimensions={0}, to_apply=f
}""", f32(1, 2, 3), f32(4, 5, 6))
    np.testing.assert_array_equal(result, [5, 12, 21])


# -- linear algebra ---------------------------------------------------------------------------------

def test_dot_general_dimension_numbers():
    rng = np.random.default_rng(0)
    m, n = rng.standard_normal((4, 2, 5)).astype(np.float32), rng.standard_normal((2, 5, 3)).astype(np.float32)
    result = run1("""HloModule m
ENTRY e {
  a = f32[4,2,5] parameter(0)
  b = f32[2,5,3] parameter(1)
  ROOT d = f32[2,4,3] dot(a, b), lhs_batch_dims={1}, lhs_contracting_dims={2}, rhs_batch_dims={0}, rhs_contracting_dims={1}
}""", m, n)
    np.testing.assert_allclose(result, np.einsum("ibk,bkj->bij", m, n), rtol=1e-6)


def test_bf16_dot_accumulates_in_f32():
    a = np.full((1, 256), 1.0, np.float32).astype(BF16)
    b = np.full((256, 1), 1.0 + 2**-7, np.float32).astype(BF16)
    text = ("HloModule m\nENTRY e {\n  a = bf16[1,256] parameter(0)\n  b = bf16[256,1] parameter(1)\n"
            "  ROOT d = f32[1,1] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}\n}")
    assert run1(text, a, b)[0, 0] == 256 * (1.0 + 2**-7)  # bf16 accumulation would stall at 256
    rounded = run1(text.replace("ROOT d = f32", "ROOT d = bf16"), a, b)
    assert rounded.dtype == BF16 and float(rounded[0, 0]) == 258.0


def test_int8_dot_accumulates_in_the_wider_result_type():
    a = np.full((1, 4), 100, np.int8)
    result = run1("HloModule m\nENTRY e {\n  a = s8[1,4] parameter(0)\n  b = s8[4,1] parameter(1)\n"
                  "  ROOT d = s32[1,1] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}\n}",
                  a, a.reshape(4, 1))
    assert result[0, 0] == 40000


def naive_convolution(x, w, stride, pad, lhs_dil, rhs_dil, reverse, groups=1, batch_groups=1):
    """Direct definition of XLA convolution on NCHW input / OIHW kernel (loops, small sizes only)."""
    n, c, h, wd = x.shape
    if lhs_dil != (1, 1):
        dil = np.zeros((n, c, (h - 1) * lhs_dil[0] + 1, (wd - 1) * lhs_dil[1] + 1), x.dtype)
        dil[:, :, ::lhs_dil[0], ::lhs_dil[1]] = x
        x = dil
    padded = np.zeros((n, c, x.shape[2] + max(pad[0][0], 0) + max(pad[0][1], 0),
                       x.shape[3] + max(pad[1][0], 0) + max(pad[1][1], 0)), x.dtype)
    padded[:, :, max(pad[0][0], 0):max(pad[0][0], 0) + x.shape[2],
           max(pad[1][0], 0):max(pad[1][0], 0) + x.shape[3]] = x
    x = padded[:, :, -min(pad[0][0], 0):padded.shape[2] + min(pad[0][1], 0),
               -min(pad[1][0], 0):padded.shape[3] + min(pad[1][1], 0)]
    if reverse[0]:
        w = w[:, :, ::-1]
    if reverse[1]:
        w = w[:, :, :, ::-1]
    o, i, kh, kw = w.shape
    eh, ew = (kh - 1) * rhs_dil[0] + 1, (kw - 1) * rhs_dil[1] + 1
    oh, ow = (x.shape[2] - eh) // stride[0] + 1, (x.shape[3] - ew) // stride[1] + 1
    nb = n // batch_groups
    out = np.zeros((nb, o, oh, ow))
    for b in range(nb):
        for f in range(o):
            group = f // (o // groups)
            batch = b + (f // (o // batch_groups)) * nb
            for y in range(oh):
                for xx in range(ow):
                    total = 0.0
                    for ci in range(i):
                        channel = group * i + ci
                        for ky in range(kh):
                            for kx in range(kw):
                                total += (x[batch, channel, y * stride[0] + ky * rhs_dil[0],
                                            xx * stride[1] + kx * rhs_dil[1]] * w[f, ci, ky, kx])
                    out[b, f, y, xx] = total
    return out


@pytest.mark.parametrize("x_shape, w_shape, window, extra, kwargs", [
    ((2, 4, 7, 6), (6, 2, 3, 2), "size=3x2 pad=2_1x1_-1 lhs_dilate=2x1 rhs_dilate=1x2", ", feature_group_count=2",
     dict(stride=(1, 1), pad=((2, 1), (1, -1)), lhs_dil=(2, 1), rhs_dil=(1, 2), reverse=(0, 0), groups=2)),
    ((2, 3, 7, 6), (4, 3, 3, 2), "size=3x2 pad=1_1x1_1 stride=2x1 rhs_reversal=1x0", "",
     dict(stride=(2, 1), pad=((1, 1), (1, 1)), lhs_dil=(1, 1), rhs_dil=(1, 1), reverse=(1, 0))),
    ((4, 3, 5, 4), (4, 3, 2, 2), "size=2x2", ", batch_group_count=2",
     dict(stride=(1, 1), pad=((0, 0), (0, 0)), lhs_dil=(1, 1), rhs_dil=(1, 1), reverse=(0, 0), batch_groups=2)),
])
def test_convolution_matches_the_direct_definition(x_shape, w_shape, window, extra, kwargs):
    rng = np.random.default_rng(1)
    x = rng.standard_normal(x_shape).astype(np.float32)
    w = rng.standard_normal(w_shape).astype(np.float32)
    expected = naive_convolution(x.astype(np.float64), w.astype(np.float64), **kwargs)
    # Feed NHWC input and HWIO kernel, ask for NCHW output: exercises every dim_labels position.
    text = (f"HloModule m\nENTRY e {{\n  a = f32[{x_shape[0]},{x_shape[2]},{x_shape[3]},{x_shape[1]}] parameter(0)\n"
            f"  b = f32[{w_shape[2]},{w_shape[3]},{w_shape[1]},{w_shape[0]}] parameter(1)\n"
            f"  ROOT c = f32[{','.join(map(str, expected.shape))}] convolution(a, b), window={{{window}}}, "
            f"dim_labels=b01f_01io->bf01{extra}\n}}")
    result = run1(text, np.transpose(x, (0, 2, 3, 1)).copy(), np.transpose(w, (2, 3, 1, 0)).copy())
    np.testing.assert_allclose(result, expected, rtol=1e-5, atol=1e-5)


def test_cholesky_lower_upper_and_failure():
    a = np.array([[4, 2, 0], [2, 5, 3], [0, 3, 10]], np.float32)
    text = ("HloModule m\nENTRY e {\n  a = f32[3,3] parameter(0)\n"
            "  ROOT c = f32[3,3] cholesky(a), lower=true\n}")
    lower = run1(text, a)
    np.testing.assert_allclose(lower, np.linalg.cholesky(a.astype(np.float64)), rtol=1e-6)
    upper = run1(text.replace("lower=true", "lower=false"), a)
    np.testing.assert_allclose(upper, np.linalg.cholesky(a.astype(np.float64)).T, rtol=1e-6)
    assert np.isnan(run1(text, -a)).all()


@pytest.mark.parametrize("left_side", [True, False])
@pytest.mark.parametrize("lower", [True, False])
@pytest.mark.parametrize("transpose_a", ["NO_TRANSPOSE", "TRANSPOSE", "ADJOINT"])
@pytest.mark.parametrize("unit_diagonal", [False, True])
def test_triangular_solve_all_options(left_side, lower, transpose_a, unit_diagonal):
    rng = np.random.default_rng(2)
    a = (rng.standard_normal((2, 4, 4)) + 4 * np.eye(4)).astype(np.float32)
    b = rng.standard_normal((2, 4, 3) if left_side else (2, 3, 4)).astype(np.float32)
    tri = np.tril(a) if lower else np.triu(a)
    if unit_diagonal:  # the diagonal of `a` is never read
        tri = tri * (1 - np.eye(4)) + np.eye(4)
    op = np.swapaxes(tri, -1, -2) if transpose_a != "NO_TRANSPOSE" else tri
    expected = (np.linalg.solve(op, b) if left_side
                else np.swapaxes(np.linalg.solve(np.swapaxes(op, -1, -2), np.swapaxes(b, -1, -2)), -1, -2))
    b_type = "f32[" + ",".join(map(str, b.shape)) + "]"
    result = run1(f"HloModule m\nENTRY e {{\n  a = f32[2,4,4] parameter(0)\n  b = {b_type} parameter(1)\n"
                  f"  ROOT x = {b_type} triangular-solve(a, b), left_side={str(left_side).lower()}, "
                  f"lower={str(lower).lower()}, unit_diagonal={str(unit_diagonal).lower()}, "
                  f"transpose_a={transpose_a}\n}}", a, b)
    np.testing.assert_allclose(result, expected, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("kind, in_type, out_type, in_shape, out_shape, reference", [
    ("FFT", "c64", "c64", (2, 8), (2, 8), lambda x: np.fft.fft(x)),
    ("IFFT", "c64", "c64", (2, 8), (2, 8), lambda x: np.fft.ifft(x)),
    ("RFFT", "f32", "c64", (2, 8), (2, 5), lambda x: np.fft.rfft(x)),
    ("IRFFT", "c64", "f32", (2, 5), (2, 8), lambda x: np.fft.irfft(x, 8)),
])
def test_fft_types(kind, in_type, out_type, in_shape, out_shape, reference):
    rng = np.random.default_rng(4)
    x = rng.standard_normal(in_shape)
    if in_type == "c64":
        x = x + 1j * rng.standard_normal(in_shape)
    x = x.astype(np.complex64 if in_type == "c64" else np.float32)
    result = run1(f"HloModule m\nENTRY e {{\n  a = {in_type}[{in_shape[0]},{in_shape[1]}] parameter(0)\n"
                  f"  ROOT f = {out_type}[{out_shape[0]},{out_shape[1]}] fft(a), fft_type={kind}, fft_length={{8}}\n}}", x)
    np.testing.assert_allclose(result, reference(x.astype(np.complex128 if in_type == "c64" else np.float64)),
                               rtol=1e-5, atol=1e-5)


# -- control flow and structure ---------------------------------------------------------------------

BRANCHES = """b0 {
  p = f32[] parameter(0)
  ROOT r = f32[] add(p, p)
}
b1 {
  p = f32[] parameter(0)
  ROOT r = f32[] negate(p)
}
b2 {
  p = f32[] parameter(0)
  ROOT r = f32[] constant(7)
}
"""


@pytest.mark.parametrize("index, expected", [(-1, 7), (0, 2), (1, -1), (2, 7), (3, 7), (100, 7)])
def test_conditional_index_out_of_range_runs_the_last_branch(index, expected):
    result = run1("HloModule m\n" + BRANCHES + "ENTRY e {\n  i = s32[] parameter(0)\n  x = f32[] parameter(1)\n"
                  "  ROOT c = f32[] conditional(i, x, x, x), branch_computations={b0, b1, b2}\n}",
                  np.int32(index), np.float32(1))
    assert result == expected


def test_conditional_with_predicate_while_call_and_tuples():
    text = """HloModule m
cond {
  s = (s32[], f32[]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  n = s32[] constant(10)
  ROOT lt = pred[] compare(i, n), direction=LT
}
body {
  s = (s32[], f32[]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  x = f32[] get-tuple-element(s), index=1
  one = s32[] constant(1)
  j = s32[] add(i, one)
  y = f32[] call(x), to_apply=double
  ROOT t = (s32[], f32[]) tuple(j, y)
}
double {
  p = f32[] parameter(0)
  ROOT d = f32[] add(p, p)
}
on_true {
  p = f32[] parameter(0)
  ROOT n = f32[] negate(p)
}
on_false {
  p = f32[] parameter(0)
  ROOT n = f32[] exponential(p)
}
ENTRY e {
  x = f32[] parameter(0)
  z = s32[] constant(0)
  init = (s32[], f32[]) tuple(z, x)
  w = (s32[], f32[]) while(init), condition=cond, body=body
  y = f32[] get-tuple-element(w), index=1
  b = f32[] opt-barrier(y)
  p = pred[] constant(true)
  ROOT c = f32[] conditional(p, b, b), true_computation=on_true, false_computation=on_false
}"""
    assert run1(text, np.float32(1.5)) == -1.5 * 1024


def test_custom_calls_identity_threefry_and_unsupported():
    ident = run1('HloModule m\nENTRY e {\n  a = f32[2] parameter(0)\n'
                 '  ROOT s = f32[2] custom-call(a), custom_call_target="Sharding", sharding={replicated}\n}', f32(1, 2))
    np.testing.assert_array_equal(ident, [1, 2])
    # Random123 known-answer vectors for Threefry-2x32 with 20 rounds.
    k0, k1, x0, x1 = (np.array(v, np.uint32) for v in ([0, 0xFFFFFFFF, 0x13198A2E], [0, 0xFFFFFFFF, 0x03707344],
                                                          [0, 0xFFFFFFFF, 0x243F6A88], [0, 0xFFFFFFFF, 0x85A308D3]))
    y0, y1 = run('HloModule m\nENTRY e {\n  a = u32[3] parameter(0)\n  b = u32[3] parameter(1)\n'
                 '  c = u32[3] parameter(2)\n  d = u32[3] parameter(3)\n'
                 '  ROOT t = (u32[3], u32[3]) custom-call(a, b, c, d), custom_call_target="cuda_threefry2x32"\n}',
                 k0, k1, x0, x1)
    assert [hex(v) for v in y0] == ["0x6b200159", "0x1cb996fc", "0xc4923a9c"]
    assert [hex(v) for v in y1] == ["0x99ba4efe", "0xbb002be7", "0x483df7a0"]
    text = ('HloModule m\nENTRY e {\n  a = f32[2,2] parameter(0)\n'
            '  ROOT s = f32[2,2] custom-call(a), custom_call_target="lapack_spotrf_ffi"\n}')
    with pytest.raises(UnsupportedOp, match="LAPACK"):
        run(text, np.eye(2, dtype=np.float32))


def test_rng_bit_generator_matches_xla_cpu_bits():
    # Known answers from XLA:CPU for the u32[4] key [1, 2, 3, 4] viewed as u64[2].
    state = np.array([1, 2, 3, 4], np.uint32).view(np.uint64)
    template = ("HloModule m\nENTRY e {{\n  s = u64[2] parameter(0)\n"
                "  ROOT r = (u64[2], {t}) rng-bit-generator(s), algorithm={a}\n}}")
    for algorithm in ("rng_philox", "rng_default"):  # the CPU default is Philox
        new_state, bits = run(template.format(t="u32[2,4]", a=algorithm), state)
        assert new_state.view(np.uint32).tolist() == [1, 2, 5, 4]
        assert bits.ravel().tolist() == [512747620, 1298009047, 1267190206, 761827841,
                                         1383286907, 1639995030, 2756207988, 2154813423]
    new_state, bits = run(template.format(t="u32[2,4]", a="rng_three_fry"), state)
    assert new_state.view(np.uint32).tolist() == [1, 2, 7, 4]
    assert bits.ravel().tolist() == [1576285164, 740599976, 2436392515, 1335360347,
                                     2249660814, 2425682526, 1497962777, 2260235687]
    _, bits = run(template.format(t="u8[8]", a="rng_philox"), state)
    assert bits.tolist() == [100, 215, 190, 1, 123, 150, 116, 239]


def test_single_device_collectives():
    text = """HloModule m
add {
  x = f32[] parameter(0)
  y = f32[] parameter(1)
  ROOT s = f32[] add(x, y)
}
ENTRY e {
  a = f32[2] parameter(0)
  r = f32[2] all-reduce(a), replica_groups={{0}}, to_apply=add
  p = f32[2] collective-permute(a), source_target_pairs={{1,0}}
  i = u32[] partition-id()
  ROOT t = (f32[2], f32[2], u32[]) tuple(r, p, i)
}"""
    reduced, permuted, partition = run(text, f32(1, 2))
    np.testing.assert_array_equal(reduced, [1, 2])
    np.testing.assert_array_equal(permuted, [0, 0])  # nothing is sent to device 0
    assert partition == 0
    module = parse_hlo_text(text.replace("replica_groups={{0}}", "replica_groups={{0,1}}"))
    (inst, reason), = unsupported_instructions(module)
    assert inst.name == "r" and "more than one device" in reason


# -- the interpreter ------------------------------------------------------------------------------

EXPECTED_UNSUPPORTED = {
    # host transfers: no target runs them, and a CPU reference has no host to talk to
    Opcode.INFEED, Opcode.OUTFEED, Opcode.SEND, Opcode.SEND_DONE, Opcode.RECV, Opcode.RECV_DONE,
    # newer than jaxlib 0.10.2 and every Neuron SDK; semantics not public (tables: unsupported)
    Opcode.SHUFFLE, Opcode.COLLECTIVE_REDUCE,
}


def test_opcode_coverage_is_deliberate():
    assert set(Opcode) - supported_opcodes() == EXPECTED_UNSUPPORTED


def test_every_opcode_a_target_supports_has_an_implementation():
    from nccd.compiler.targets import tables

    targets = ("inf1", "inf2", "trn1", "trn1n", "trn2", "trn3")
    supported = {e.opcode for e in tables.operator_entries() if any(e.on(t).supported for t in targets)}
    assert not {op.text for op in supported - supported_opcodes()}


def test_wrong_argument_names_the_parameter_and_shapes():
    text = "HloModule m\nENTRY e {\n  a = f32[2,3] parameter(0)\n  ROOT n = f32[2,3] negate(a)\n}"
    with pytest.raises(RuntimeInputError, match=r"parameter 0 \(%a\) expects f32\[2,3\].*got float32\[3,2\]"):
        run(text, np.zeros((3, 2), np.float32))
    with pytest.raises(RuntimeInputError, match=r"got float64\[2,3\]"):
        run(text, np.zeros((2, 3)))
    with pytest.raises(RuntimeInputError, match="takes 1 argument"):
        run(text)


def test_failures_name_the_instruction_and_position():
    text = ('HloModule m\ninner {\n  a = f32[4] parameter(0)\n'
            '  ROOT s = f32[2] slice(a), slice={[0:2:1]}\n}\n'
            'ENTRY e {\n  x = f32[4] parameter(0)\n  ROOT c = f32[2] call(x), to_apply=inner\n}')
    module = parse_hlo_text(text)
    inner = module.computations["inner"]
    inner.root.shape = Shape.array(ElementType.F32, (3,))  # now disagrees with what slice computes
    with pytest.raises(ExecutionError) as failure:
        evaluate(module, [f32(1, 2, 3, 4)])
    message = str(failure.value)
    assert message.startswith("while executing %s = f32[3] slice(%a) at 4:8 in computation inner: "
                              "implementation returned float32[2]")
    assert "called from %c = f32[2] call(%x) at 8:8" in message
    assert failure.value.instruction is inner.root


def test_can_execute_reports_reasons():
    module = parse_hlo_text("""HloModule m
ENTRY e {
  t = token[] after-all()
  i = ((f32[2]), token[]) infeed(t)
  c = f32[2] constant({...})
  ROOT r = f32[2] add(c, c)
}""")
    reasons = {inst.name: reason for inst, reason in unsupported_instructions(module)}
    assert "no reference implementation" in reasons["i"]
    assert "elided" in reasons["c"]
    assert can_execute(module.entry.root) is None
    with pytest.raises(UnsupportedOp, match="infeed"):
        evaluate(module, [])


def test_large_dot_and_convolution_are_vectorised():
    rng = np.random.default_rng(0)
    a = rng.standard_normal((256, 512)).astype(np.float32)
    b = rng.standard_normal((512, 256)).astype(np.float32)
    result = run1("HloModule m\nENTRY e {\n  a = f32[256,512] parameter(0)\n  b = f32[512,256] parameter(1)\n"
                  "  ROOT d = f32[256,256] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}\n}", a, b)
    np.testing.assert_allclose(result, a @ b, rtol=1e-4, atol=1e-4)
    image = rng.standard_normal((8, 32, 32, 16)).astype(np.float32)
    kernel = rng.standard_normal((3, 3, 16, 32)).astype(np.float32)
    out = run1("HloModule m\nENTRY e {\n  a = f32[8,32,32,16] parameter(0)\n  b = f32[3,3,16,32] parameter(1)\n"
               "  ROOT c = f32[8,32,32,32] convolution(a, b), window={size=3x3 pad=1_1x1_1}, "
               "dim_labels=b01f_01io->b01f\n}", image, kernel)
    center = np.einsum("hwc,hwco->o", image[0, 4:7, 4:7], kernel)
    np.testing.assert_allclose(out[0, 5, 5], center, rtol=1e-4, atol=1e-4)


# -- ops added with the artifact runtime -------------------------------------------------------

def test_scan_carries_outputs_and_reverse():
    text = """HloModule m
body {
  x = f32[] parameter(0)
  c = f32[] parameter(1)
  s = f32[] add(c, x)
  ten = f32[] constant(10)
  o = f32[] multiply(x, ten)
  ROOT t = (f32[], f32[]) tuple(o, s)
}
ENTRY e {
  a = f32[4] parameter(0)
  zero = f32[] constant(0)
  fwd = (f32[4], f32[]) scan(a, zero), dimensions={0}, num_carries=1, to_apply=body
  rev = (f32[4], f32[]) scan(a, zero), dimensions={0}, num_carries=1, is_reverse=true, to_apply=body
  ROOT r = ((f32[4], f32[]), (f32[4], f32[])) tuple(fwd, rev)
}"""
    outs, carry, rev_outs, rev_carry = run(text, f32(1, 2, 3, 4))
    # checked on XLA:CPU: outputs are the body's first results, the carry its last
    np.testing.assert_array_equal(outs, f32(10, 20, 30, 40))
    assert carry == 10 and rev_carry == 10
    np.testing.assert_array_equal(rev_outs, f32(10, 20, 30, 40))


def test_stochastic_convert_rounds_up_below_the_fraction_and_saturates():
    text = ("HloModule m\nENTRY e {\n  x = f32[6] parameter(0)\n  b = u32[6] parameter(1)\n"
            "  ROOT r = s8[6] stochastic-convert(x, b)\n}")
    half = np.uint32(2**31)
    x = f32(2.5, 2.5, -2.5, -2.5, 300.0, float("nan"))
    bits = np.array([half - 1, half, half - 1, half, 0, 0], np.uint32)
    np.testing.assert_array_equal(run1(text, x, bits), np.array([3, 2, -3, -2, 127, 0], np.int8))


def test_scaled_dot_repeats_block_scales_and_ignores_scalar_scales():
    # XLA's operand order: lhs, rhs, lhs scale, rhs scale; a bf16[] scale of a bf16 operand means "none".
    text = """HloModule m
ENTRY e {
  a = f32[2,4] parameter(0)
  b = bf16[4,3] parameter(1)
  sa = f32[2,2] parameter(2)
  sb = bf16[] parameter(3)
  ROOT r = f32[2,3] scaled-dot(a, b, sa, sb), lhs_contracting_dims={1}, rhs_contracting_dims={0}
}"""
    a = np.arange(8, dtype=np.float32).reshape(2, 4)
    sa = f32(1, 2, 3, 4).reshape(2, 2)
    b = np.ones((4, 3), ml_dtypes.bfloat16)
    expected = (a * np.repeat(sa, 2, axis=1)) @ b.astype(np.float32)
    np.testing.assert_array_equal(run1(text, a, b, sa, np.array(5, ml_dtypes.bfloat16)), expected)


def test_ragged_dot_multiplies_each_row_group_by_its_matrix_and_zeroes_the_rest():
    text = """HloModule m
ENTRY e {
  a = f32[5,2] parameter(0)
  w = f32[2,2,3] parameter(1)
  g = s32[2] parameter(2)
  ROOT r = f32[5,3] ragged-dot(a, w, g), lhs_contracting_dims={1}, rhs_contracting_dims={1}, lhs_ragged_dims={0}, rhs_group_dims={0}
}"""
    a = np.arange(10, dtype=np.float32).reshape(5, 2)
    w = np.arange(12, dtype=np.float32).reshape(2, 2, 3)
    got = run1(text, a, w, np.array([1, 3], np.int32))
    np.testing.assert_array_equal(got[:1], a[:1] @ w[0])
    np.testing.assert_array_equal(got[1:4], a[1:4] @ w[1])
    np.testing.assert_array_equal(got[4], np.zeros(3, np.float32))


def test_ragged_all_to_all_on_one_replica_copies_the_sent_rows():
    text = """HloModule m
ENTRY e {
  x = f32[4,2] parameter(0)
  out = f32[6,2] parameter(1)
  io = s64[1] parameter(2)
  ss = s64[1] parameter(3)
  oo = s64[1] parameter(4)
  rs = s64[1] parameter(5)
  ROOT r = f32[6,2] ragged-all-to-all(x, out, io, ss, oo, rs), replica_groups={{0}}
}"""
    x = np.arange(8, dtype=np.float32).reshape(4, 2)
    out = np.full((6, 2), -1, np.float32)
    one = lambda v: np.array([v], np.int64)  # noqa: E731
    got = run1(text, x, out, one(1), one(2), one(3), one(2))
    expected = out.copy()
    expected[3:5] = x[1:3]
    np.testing.assert_array_equal(got, expected)


@pytest.mark.parametrize("body, args, expected", [
    ("a = f32[0,3] parameter(0)\n  b = f32[0,3] parameter(1)\n  ROOT r = f32[0,3] add(a, b)",
     [np.zeros((0, 3), np.float32)] * 2, np.zeros((0, 3), np.float32)),
    ("a = f32[2,0] parameter(0)\n  b = f32[0,3] parameter(1)\n"  # an empty contraction sums to zero
     "  ROOT r = f32[2,3] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}",
     [np.zeros((2, 0), np.float32), np.zeros((0, 3), np.float32)], np.zeros((2, 3), np.float32)),
    ("a = f32[0] parameter(0)\n  b = f32[2] parameter(1)\n  ROOT r = f32[2] concatenate(a, b), dimensions={0}",
     [np.zeros(0, np.float32), f32(1, 2)], f32(1, 2)),
    ("a = s32[0,4] parameter(0)\n  ROOT r = s32[4,0] transpose(a), dimensions={1,0}",
     [np.zeros((0, 4), np.int32)], np.zeros((4, 0), np.int32)),
])
def test_empty_shapes(body, args, expected):
    result = run1(f"HloModule m\nENTRY e {{\n  {body}\n}}", *args)
    assert result.dtype == expected.dtype
    np.testing.assert_array_equal(result, expected)


@pytest.mark.parametrize("direction", ["GE", "GT", "LE", "LT"])
def test_pooling_gradient_picks_xlas_element_among_ties(direction):
    """Tiling 2x2 windows take the strided-view path; a plain loop over windows is the reference."""
    rng = np.random.default_rng(3)
    x = rng.integers(0, 3, size=(2, 4, 6, 3)).astype(np.float32)  # many ties
    source = rng.standard_normal((2, 2, 3, 3)).astype(np.float32)
    text = f"""HloModule m
sel {{
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = pred[] compare(a, b), direction={direction}
}}
{ADD_F32}
ENTRY e {{
  x = f32[2,4,6,3] parameter(0)
  s = f32[2,2,3,3] parameter(1)
  z = f32[] constant(0.5)
  ROOT r = f32[2,4,6,3] select-and-scatter(x, s, z), window={{size=1x2x2x1 stride=1x2x2x1}}, select=sel, scatter=add
}}"""
    keeps = {"GE": np.greater_equal, "GT": np.greater, "LE": np.less_equal, "LT": np.less}[direction]
    expected = np.full(x.shape, 0.5, np.float32)
    for n, i, j, c in np.ndindex(*source.shape):
        window = [(2 * i + di, 2 * j + dj) for di in range(2) for dj in range(2)]
        chosen = window[0]
        for yx in window[1:]:
            if not keeps(x[n, chosen[0], chosen[1], c], x[n, yx[0], yx[1], c]):
                chosen = yx
        expected[n, chosen[0], chosen[1], c] += source[n, i, j, c]
    np.testing.assert_array_equal(run1(text, x, source), expected)


def test_stateful_rng_draws_the_requested_distributions():
    text = """HloModule m
ENTRY e {
  lo = f32[] constant(-2)
  hi = f32[] constant(6)
  u = f32[20000] rng(lo, hi), distribution=rng_uniform
  mu = f32[] constant(1)
  sigma = f32[] constant(3)
  n = f32[20000] rng(mu, sigma), distribution=rng_normal
  a = s32[] constant(5)
  b = s32[] constant(9)
  i = s32[20000] rng(a, b), distribution=rng_uniform
  ROOT t = (f32[20000], f32[20000], s32[20000]) tuple(u, n, i)
}"""
    u, n, i = run(text)
    assert u.min() >= -2 and u.max() < 6 and abs(u.mean() - 2) < 0.1
    assert abs(n.mean() - 1) < 0.1 and abs(n.std() - 3) < 0.1
    assert set(np.unique(i)) == {5, 6, 7, 8}
    again = run(text)  # a fresh run restarts the generator: runs are reproducible
    np.testing.assert_array_equal(again[0], u)

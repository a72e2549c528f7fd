"""--auto-cast: each mode and type casts what it should, rounds as the format does, keeps the
FP32 interface, and stays within the format's expected error of the FP32 result."""

from __future__ import annotations

import dataclasses

import ml_dtypes
import numpy as np
import pytest

from helpers import JAX_CORPUS
from nccd.compiler.compile import compile_module
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.ir.dtypes import ElementType
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.options import CompileOptions
from nccd.compiler.passes import run_pipeline
from nccd.compiler.runtime.executable import Executable
from test_passes import _arrays

#: Unit roundoff of each cast type (half the distance from 1 to the next value).
UNIT_ROUNDOFF = {"bf16": 2.0 ** -8, "fp16": 2.0 ** -11, "tf32": 2.0 ** -11, "fp8_e4m3": 2.0 ** -4}
TYPES = list(UNIT_ROUNDOFF)


def _options(mode, kind, **more):
    return CompileOptions(target="trn2", auto_cast=mode, auto_cast_type=kind, **more)


def _normwise(a, b) -> float:
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(b)), 1e-30))


@pytest.fixture(scope="module")
def encoder():
    manifest_inputs = __import__("json").loads((JAX_CORPUS / "manifest.json").read_text())["models"][
        "transformer_encoder"]["inputs"]
    module = load_module(str(JAX_CORPUS / "transformer_encoder" / "short.hlo.txt"))
    inputs = _arrays(JAX_CORPUS / "transformer_encoder" / "inputs.npz", manifest_inputs)
    reference = Executable(module).run(inputs)
    return module, inputs, reference


@pytest.mark.parametrize("mode", ["matmult", "all"])
@pytest.mark.parametrize("kind", TYPES)
def test_results_are_within_the_formats_error_and_really_differ(encoder, mode, kind):
    module, inputs, reference = encoder
    program = run_pipeline(module, _options(mode, kind), verify=True).module
    outputs = Executable(program).run(inputs)
    error = _normwise(outputs[0], reference[0])
    assert error > 0, "nothing was cast"
    # a 2-layer encoder: a few dozen roundings in a chain, each within the unit roundoff
    assert error < 60 * UNIT_ROUNDOFF[kind], f"{mode}+{kind}: normwise error {error:.3g}"


@pytest.mark.parametrize("mode", ["matmult", "all"])
def test_the_fp32_interface_is_kept(encoder, mode):
    module, _, _ = encoder
    program = run_pipeline(module, _options(mode, "bf16")).module
    assert [p.shape for p in program.entry.parameters] == [p.shape for p in module.entry.parameters]
    assert program.entry.root.shape.without_layout() == module.entry.root.shape.without_layout()


def test_all_is_less_accurate_than_matmult(encoder):
    module, inputs, reference = encoder
    errors = {mode: _normwise(Executable(run_pipeline(module, _options(mode, "bf16")).module).run(inputs)[0],
                              reference[0]) for mode in ("matmult", "all")}
    assert errors["all"] > errors["matmult"] > 0


def test_matmult_casts_only_matrix_operands(encoder):
    module, _, _ = encoder
    program = run_pipeline(module, _options("matmult", "bf16"), verify=True).module
    for inst in program.all_instructions():
        if inst.opcode is Opcode.DOT:
            assert {o.shape.element_type for o in inst.operands} == {ElementType.BF16}
            assert inst.shape.element_type is ElementType.F32  # accumulates in FP32
        elif inst.opcode is Opcode.CONVERT:
            assert inst.shape.element_type is ElementType.BF16 or inst.operands[0].shape.element_type is not ElementType.F32


def test_fp8_uses_the_targets_variant():
    module = parse_hlo_text(_ROUNDING.format(n=4))
    for target, variant in (("trn1", ElementType.F8E4M3), ("trn2", ElementType.F8E4M3), ("trn3", ElementType.F8E4M3FN)):
        program = run_pipeline(module, CompileOptions(target=target, auto_cast_type="fp8_e4m3")).module
        assert {o.shape.element_type for o in program.entry.root.operands} == {variant}
        data, result = compile_module(module, CompileOptions(target=target, auto_cast_type="fp8_e4m3"))
        assert data is not None, [d.format() for d in result.diagnostics]


# -- rounding of known values: dot(x, identity) returns x as the cast type holds it ----------------------

_ROUNDING = """HloModule rounding
ENTRY e {{
  x = f32[1,{n}] parameter(0)
  eye = f32[{n},{n}] parameter(1)
  ROOT y = f32[1,{n}] dot(x, eye), lhs_contracting_dims={{1}}, rhs_contracting_dims={{0}}
}}"""


_SCALE = """HloModule scale
ENTRY e {{
  x = f32[{n}] parameter(0)
  ROOT y = f32[{n}] maximum(x, x)
}}"""


def _elementwise(values, kind, target="trn2", **more):
    """max(x, x) under --auto-cast all: x as the cast type holds it (infinities included)."""
    x = np.array(values, np.float32)
    module = parse_hlo_text(_SCALE.format(n=x.size))
    program = run_pipeline(module, CompileOptions(target=target, auto_cast="all", auto_cast_type=kind, **more)).module
    return Executable(program).run([x])[0]


def _round_trip(values, kind, target="trn2", **more):
    x = np.array([values], np.float32)
    module = parse_hlo_text(_ROUNDING.format(n=x.shape[1]))
    program = run_pipeline(module, _options("matmult", kind, **more) if target == "trn2"
                           else CompileOptions(target=target, auto_cast_type=kind, **more)).module
    return Executable(program).run([x, np.eye(x.shape[1], dtype=np.float32)])[0][0]


def test_bf16_rounds_to_nearest_even():
    got = _round_trip([1 + 2 ** -8, 1 + 3 * 2 ** -8, 1 + 2 ** -9, 3.14159265], "bf16")
    np.testing.assert_array_equal(got, [1.0, 1 + 2 ** -6, 1.0, 3.140625])


def test_fp16_rounds_and_overflows_to_infinity_unless_saturated():
    got = _elementwise([1 + 2 ** -11, 65504, 70000, -1e6], "fp16")
    np.testing.assert_array_equal(got, [1.0, 65504, np.inf, -np.inf])
    saturated = _elementwise([70000, -np.inf, np.inf], "fp16", saturate_infinity=True)
    np.testing.assert_array_equal(saturated, [65504, -65504, 65504])


def test_tf32_keeps_ten_mantissa_bits():
    values = [1 + 2 ** -11, 1 + 3 * 2 ** -11, 1 + 2 ** -10, 3.14159265]
    got = _round_trip(values, "tf32")
    np.testing.assert_array_equal(got, _tf32_reference(values))
    assert got[0] == 1.0 and got[1] == 1 + 2 ** -9  # ties go to the even mantissa


def _tf32_reference(values):
    """Round-to-nearest-even to 10 mantissa bits, by bit arithmetic on the float32 pattern."""
    bits = np.array(values, np.float32).view(np.uint32).astype(np.uint64)
    drop = 13
    half = 1 << (drop - 1)
    lsb = (bits >> drop) & 1
    rounded = ((bits + half - 1 + lsb) >> drop) << drop
    return rounded.astype(np.uint32).view(np.float32)


def test_fp8_e4m3_rounds_saturates_and_differs_per_generation():
    values = [17.0, 0.3, 250.0, 1000.0]
    trn2 = _elementwise(values, "fp8_e4m3")
    expected = np.array(values, np.float32).astype(ml_dtypes.float8_e4m3).astype(np.float32)
    np.testing.assert_array_equal(trn2, expected)
    assert trn2[0] == 16.0  # 17 is a tie between 16 and 18: to even
    trn3 = _elementwise(values, "fp8_e4m3", target="trn3")
    np.testing.assert_array_equal(trn3, np.array(values, np.float32).astype(ml_dtypes.float8_e4m3fn).astype(np.float32))
    saturated = _elementwise([1000.0, -1000.0], "fp8_e4m3", saturate_infinity=True)
    assert saturated.tolist() == [float(ml_dtypes.finfo(ml_dtypes.float8_e4m3).max),
                                  -float(ml_dtypes.finfo(ml_dtypes.float8_e4m3).max)]


def test_disabling_mixed_precision_accumulation_rounds_the_product():
    x = np.full((1, 300), 1 + 2 ** -7, np.float32)
    module = parse_hlo_text(_ROUNDING.format(n=300))
    eye = np.ones((300, 300), np.float32)
    mixed = Executable(run_pipeline(module, _options("matmult", "bf16")).module).run([x, eye])[0]
    rounded = Executable(run_pipeline(module, dataclasses.replace(
        _options("matmult", "bf16"), mixed_precision_accumulation=False)).module).run([x, eye])[0]
    assert mixed[0, 0] == pytest.approx(300 * (1 + 2 ** -7))
    assert rounded[0, 0] == float(np.float32(mixed[0, 0]).astype(ml_dtypes.bfloat16))

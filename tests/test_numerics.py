"""`diagnose --numerics`: where auto-cast makes results differ from FP32, on real models and files."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from helpers import JAX_CORPUS, REPO
from nccd.compiler.analysis.numerics import LADDER, diagnose_numerics, measure
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.options import CompileOptions
from nccd.compiler.runtime.executable import InputError
from test_cli import assert_no_traceback, ncc

ENCODER = JAX_CORPUS / "transformer_encoder"
K = 512  # the planted dot's contraction length

# One dot sums K products of values just above 1.0 that bf16 rounds to exactly 1.0 (its 8-bit
# significand cannot hold 1 + 2^-9); the other dot multiplies small integers, which bf16 holds
# exactly. Everything after the dots is exact in FP32.
PLANTED_DOT = f"""HloModule planted_dot

ENTRY main {{
  x = f32[4,{K}]{{1,0}} parameter(0)
  w = f32[{K},8]{{1,0}} parameter(1)
  a = f32[4,16]{{1,0}} parameter(2)
  b = f32[16,8]{{1,0}} parameter(3)
  benign = f32[4,8]{{1,0}} dot(a, b), lhs_contracting_dims={{1}}, rhs_contracting_dims={{0}}, metadata={{op_name="benign" source_file="model.py" source_line=11}}
  planted = f32[4,8]{{1,0}} dot(x, w), lhs_contracting_dims={{1}}, rhs_contracting_dims={{0}}, metadata={{op_name="planted" source_file="model.py" source_line=12}}
  scale = f32[] constant(0.5)
  scaleb = f32[4,8]{{1,0}} broadcast(scale), dimensions={{}}
  half = f32[4,8]{{1,0}} multiply(planted, scaleb)
  ROOT sum = f32[4,8]{{1,0}} add(half, benign)
}}
"""

# (p + 1000) - 1000: under `--auto-cast all` the subtract's operands are rounded to bf16, whose
# spacing at 1000 is 4, so p (about 0.01) is lost entirely: catastrophic cancellation.
CANCELLATION = """HloModule cancellation

ENTRY main {
  p = f32[64]{0} parameter(0)
  big = f32[] constant(1000)
  bigb = f32[64]{0} broadcast(big), dimensions={}
  shifted = f32[64]{0} add(p, bigb), metadata={op_name="shift" source_file="model.py" source_line=20}
  back = f32[64]{0} subtract(shifted, bigb), metadata={op_name="unshift" source_file="model.py" source_line=21}
  w = f32[64,8]{1,0} parameter(1)
  ROOT out = f32[8]{0} dot(back, w), lhs_contracting_dims={0}, rhs_contracting_dims={0}
}
"""

# x * 1000 / 1000 overflows fp16 (largest finite 65504) for |x| > 65.5.
OVERFLOW = """HloModule overflow

ENTRY main {
  x = f32[16]{0} parameter(0)
  k = f32[] constant(1000)
  kb = f32[16]{0} broadcast(k), dimensions={}
  up = f32[16]{0} multiply(x, kb)
  ROOT down = f32[16]{0} divide(up, kb)
}
"""


def _line_of(text: str, start: str) -> int:
    """1-based line of the instruction defined by ``start`` in an HLO text."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.strip().startswith(start))


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text)
    return path


def _planted_inputs(seed: int = 0) -> list:
    rng = np.random.default_rng(seed)
    near_one = lambda shape: (1.0 + rng.uniform(0, 2.0 ** -9, shape)).astype(np.float32)  # noqa: E731
    small_ints = lambda shape: rng.integers(-8, 9, shape).astype(np.float32)  # noqa: E731
    return [near_one((4, K)), near_one((K, 8)), small_ints((4, 16)), small_ints((16, 8))]


def _cancellation_inputs(seed: int = 0) -> list:
    rng = np.random.default_rng(seed)
    return [(0.01 * rng.standard_normal(64)).astype(np.float32), rng.standard_normal((64, 8)).astype(np.float32)]


def _encoder_inputs() -> dict:
    with np.load(ENCODER / "inputs.npz") as archive:
        return {key: archive[key] for key in archive.files}


@pytest.fixture(scope="module")
def encoder():
    return load_module(str(ENCODER / "short.hlo.txt"))


# -- (a) the planted culprit is the top hotspot ----------------------------------------------------

def test_dot_with_a_contraction_bf16_cannot_hold_is_the_top_hotspot(tmp_path):
    module = load_module(str(_write(tmp_path, "planted.hlo", PLANTED_DOT)))
    report = diagnose_numerics(module, CompileOptions(), inputs=_planted_inputs())

    assert report.hotspots[0].name == "planted"
    assert report.hotspots[0].source is not None and report.hotspots[0].source.line == 12
    assert report.hotspots[0].hlo_line == _line_of(PLANTED_DOT, "planted =") and report.hotspots[0].hlo_column > 0
    by_name = {i.name: i for i in report.instructions}
    assert by_name["benign"].cast and by_name["benign"].introduced.max_abs == 0  # integers: exact in bf16
    assert by_name["planted"].cast and by_name["planted"].introduced.max_rel > 1e-3
    # the multiply and add after it are not cast: they introduce nothing, they only carry the error on
    assert not by_name["half"].cast and by_name["half"].introduced.max_abs == 0
    assert by_name["sum"].accumulated.max_abs > 0
    assert report.outputs[0].error.max_rel > 1e-3
    # keeping the planted dot in FP32 removes the whole error
    assert [k.name for k in report.recommendation.keep_in_fp32] == ["planted"]
    assert report.recommendation.max_rel_error_if_kept == 0.0


def test_catastrophic_cancellation_under_all_is_found_where_it_happens(tmp_path):
    module = load_module(str(_write(tmp_path, "cancellation.hlo", CANCELLATION)))
    report = diagnose_numerics(module, CompileOptions(auto_cast="all"), inputs=_cancellation_inputs())

    top = report.hotspots[0]
    assert top.name == "back" and top.opcode == "subtract" and top.source.line == 21
    assert top.introduced.max_rel > 0.5  # p is lost: the result is (nearly) all error
    by_name = {i.name: i for i in report.instructions}
    assert by_name["shifted"].accumulated.max_rel < 0.01  # rounding 1000 + p costs little relative to 1000
    # the error grows at the subtract: its operands are accurate to 2^-9, its result is not
    assert report.growth_points[0].name == "back" and report.growth_points[0].growth > 50
    assert report.max_rel_error > 0.5
    # computing the subtract in FP32 (on its producers' FP32 results) repairs the outputs
    assert "back" in [k.name for k in report.recommendation.keep_in_fp32]
    assert report.recommendation.max_rel_error_if_kept < 0.01


# -- (b) without auto-cast, nothing differs ------------------------------------------------------

def test_auto_cast_none_gives_exactly_zero_everywhere(encoder):
    report = diagnose_numerics(encoder, CompileOptions(auto_cast="none"), inputs=_encoder_inputs())
    assert report.outputs and all(o.error.max_abs == 0 and o.error.max_rel == 0 for o in report.outputs)
    assert len(report.instructions) > 100
    assert all(i.introduced.max_abs == 0 and i.accumulated.max_abs == 0 and not i.cast for i in report.instructions)
    assert report.hotspots == [] and report.recommendation.keep_in_fp32 == []


# -- (c) a narrower type, a larger error ----------------------------------------------------------

def test_errors_grow_as_the_cast_type_narrows(encoder):
    inputs = _encoder_inputs()
    errors = {kind: diagnose_numerics(encoder, CompileOptions(auto_cast_type=kind), inputs=inputs).max_rel_error
              for kind in ("tf32", "bf16", "fp8_e4m3")}
    assert 0 < errors["tf32"] < errors["bf16"] < errors["fp8_e4m3"], errors
    everything = diagnose_numerics(encoder, CompileOptions(auto_cast="all"), inputs=inputs).max_rel_error
    assert everything > errors["bf16"]  # casting every op adds to casting the matrix ops


def test_loop_bodies_are_compared_iteration_by_iteration():
    module = load_module(str(JAX_CORPUS / "scan_rnn" / "short.hlo.txt"))
    report = diagnose_numerics(module, CompileOptions(), seed=3)
    in_loops = [i for i in report.instructions if i.computation != module.entry.name and i.evaluations > 1]
    assert in_loops and any(i.cast and i.introduced.max_rel > 0 for i in in_loops)
    assert any(i.accumulated.max_rel > 0 for i in in_loops)


def test_fp16_overflow_is_reported_as_non_finite_and_saturation_bounds_it(tmp_path):
    module = load_module(str(_write(tmp_path, "overflow.hlo", OVERFLOW)))
    inputs = [np.linspace(-100, 100, 16, dtype=np.float32)]
    options = CompileOptions(auto_cast="all", auto_cast_type="fp16")
    report = diagnose_numerics(module, options, inputs=inputs)
    assert report.outputs[0].error.nonfinite > 0 and report.max_rel_error == float("inf")
    assert report.to_json()["outputs"][0]["max_rel_error"] == "inf"
    json.dumps(report.to_json(), allow_nan=False)  # strict JSON: infinities are written as strings
    saturated = diagnose_numerics(module, replace(options, saturate_infinity=True), inputs=inputs)
    assert saturated.outputs[0].error.nonfinite == 0 and 0 < saturated.max_rel_error < float("inf")


# -- (d) the tolerance ladder ---------------------------------------------------------------------

def test_tolerance_recommends_the_fastest_setting_that_meets_it(tmp_path):
    module = load_module(str(_write(tmp_path, "cancellation.hlo", CANCELLATION)))
    inputs = _cancellation_inputs()
    tolerance = 1e-2
    report = diagnose_numerics(module, CompileOptions(auto_cast="all"), inputs=inputs, tolerance=tolerance)
    rec = report.recommendation
    assert rec.within_tolerance is False
    assert [(s.auto_cast, s.auto_cast_type) for s in rec.settings] == list(LADDER)
    choice = rec.choice
    assert choice is not None and choice.within_tolerance and choice.max_rel_error <= tolerance
    faster = rec.settings[rec.settings.index(choice) + 1:]
    assert all(not s.within_tolerance for s in faster)  # nothing faster meets it
    # the choice holds when measured on its own
    chosen = replace(CompileOptions(), auto_cast=choice.auto_cast, auto_cast_type=choice.auto_cast_type or "bf16")
    assert diagnose_numerics(module, chosen, inputs=inputs).max_rel_error <= tolerance

    loose = diagnose_numerics(module, CompileOptions(auto_cast="all"), inputs=inputs, tolerance=10.0)
    assert loose.recommendation.within_tolerance and loose.recommendation.choice.flags == \
        "--auto-cast all --auto-cast-type bf16"


def test_measure_is_relative_to_the_typical_magnitude():
    reference = np.array([1e9, 2.0, 4.0, 0.0, 3.0], np.float32)  # a mask value, ordinary values, a zero
    candidate = reference + np.array([0, 0, 0.04, 0.01, 0], np.float32)
    error = measure(candidate, reference)
    # 0.04 on 4.0 is 1%; on the zero, 0.01 counts against the median nonzero magnitude (3.5): 0.3%;
    # the 1e9 does not swamp either, as dividing by the largest magnitude would
    assert error.max_abs == pytest.approx(0.04, rel=1e-3) and error.max_rel == pytest.approx(0.01, rel=1e-3)
    assert measure(reference, reference).max_rel == 0
    assert measure(np.float32([1.0, 0.0]), np.float32([0.0, 0.0])).max_rel == float("inf")


def test_inputs_bind_by_jax_argument_names_and_bad_ones_are_refused(encoder):
    inputs = _encoder_inputs()
    assert set(inputs) == {f"arg{n}" for n in range(len(inputs))}
    assert diagnose_numerics(encoder, CompileOptions(), inputs=inputs).outputs
    inputs["arg0"] = inputs["arg0"][:1]
    with pytest.raises(InputError, match="shape"):
        diagnose_numerics(encoder, CompileOptions(), inputs=inputs)


# -- (e) the command line -------------------------------------------------------------------------

def test_cli_json_has_outputs_and_hotspots(tmp_path):
    model = _write(tmp_path, "planted.hlo", PLANTED_DOT)
    np.savez(tmp_path / "in.npz", *_planted_inputs())
    proc = ncc("diagnose", str(model), "--numerics", "--inputs", str(tmp_path / "in.npz"), "--json")
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["errors"] == 0 and data["target"] == "trn1"  # the diagnose report is still there
    assert {"outputs", "hotspots", "recommendation"} <= set(data)
    assert {"max_abs_error", "max_rel_error"} <= set(data["outputs"][0])
    top = data["hotspots"][0]
    assert top["instruction"] == "planted" and top["contribution"] > 0
    assert top["location"]["hlo"]["line"] == _line_of(PLANTED_DOT, "planted =") and top["location"]["hlo"]["column"]
    assert top["location"]["source"]["file"] == "model.py" and top["location"]["source"]["line"] == 12


def test_cli_text_names_the_culprit_with_its_python_source_line():
    model, inputs = ENCODER / "short.hlo.txt", ENCODER / "inputs.npz"
    data = json.loads(ncc("diagnose", str(model), "--numerics", "--inputs", str(inputs), "--json", cwd=REPO).stdout)
    top = data["hotspots"][0]
    source = top["location"]["source"]
    assert source["file"].endswith("generate_jax_corpus.py") and source["line"]

    proc = ncc("diagnose", str(model), "--numerics", "--inputs", str(inputs), cwd=REPO)
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert "numerics: --auto-cast matmult --auto-cast-type bf16 against FP32" in text
    assert f"1. {top['instruction']} ({top['opcode']})" in text
    assert f"at {top['location']['hlo']['text']}" in text
    assert f"from {source['text']}" in text
    # the Python line itself, read from the file the debug info names
    python_line = (REPO / source["file"]).read_text().splitlines()[source["line"] - 1].strip()
    assert python_line in text
    assert "recommendation:" in text


def test_cli_tolerance_sets_the_exit_status(tmp_path):
    model = _write(tmp_path, "cancellation.hlo", CANCELLATION)
    np.savez(tmp_path / "in.npz", *_cancellation_inputs())
    args = ["diagnose", str(model), "--numerics", "--inputs", str(tmp_path / "in.npz"), "--tolerance", "1e-2"]
    proc = ncc(*args, "--auto-cast", "all")
    assert_no_traceback(proc)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "EXCEEDS" in proc.stdout and "fastest setting within 0.01: --auto-cast matmult" in proc.stdout
    proc = ncc(*args, "--auto-cast", "matmult")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_cli_bad_inputs_file_is_one_error_with_a_code(tmp_path):
    model = _write(tmp_path, "planted.hlo", PLANTED_DOT)
    garbage = tmp_path / "garbage.npz"
    garbage.write_text("these are not arrays\n")
    proc = ncc("diagnose", str(model), "--numerics", "--inputs", str(garbage))
    assert_no_traceback(proc)
    assert proc.returncode == 1
    errors = [line for line in proc.stdout.splitlines() + proc.stderr.splitlines() if "error[" in line]
    assert len(errors) == 1 and "error[NCC-E071]" in errors[0] and str(garbage) in errors[0]

    np.savez(tmp_path / "short.npz", np.ones(3, np.float32))  # one array of the wrong shape, three missing
    proc = ncc("diagnose", str(model), "--numerics", "--inputs", str(tmp_path / "short.npz"), "--json")
    assert_no_traceback(proc)
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert [d["code"] for d in data["diagnostics"] if d["severity"] == "error"] == ["NCC-E070"]


@pytest.mark.parametrize("args,needle", [
    (["--inputs", "x.npz"], "--inputs needs --numerics"),
    (["--tolerance", "0.1"], "--tolerance needs --numerics"),
    (["--numerics", "--tolerance", "-1"], "invalid tolerance"),
    (["--numerics", "--inputs", "/nonexistent/in.npz"], "no such file"),
    (["--numerics", "--auto-cast", "some"], "invalid value 'some'"),
])
def test_cli_numerics_usage_errors(tmp_path, args, needle):
    model = _write(tmp_path, "planted.hlo", PLANTED_DOT)
    proc = ncc("diagnose", str(model), *args)
    assert_no_traceback(proc)
    assert proc.returncode == 2 and needle in proc.stderr, proc.stderr


def test_cli_model_with_errors_is_reported_and_not_measured():
    proc = ncc("diagnose", str(REPO / "examples" / "sampler_step.hlo.txt"), "--numerics")
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert "error[NCC-E" in proc.stdout and "numerics: not measured" in proc.stdout

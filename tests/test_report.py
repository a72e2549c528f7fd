"""The compile report: per-kernel FLOPs, bytes, engines and roofline times, and `ncc compile --report`."""

from __future__ import annotations

import html
import json

import pytest

from helpers import JAX_CORPUS, REPO
from nccd.compiler.compile import compile_module
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.options import CompileOptions
from nccd.compiler.report import build_report, render_html
from nccd.compiler.report.hardware import FIGURES, figures_for
from test_cli import assert_no_traceback, ncc

ENCODER = REPO / "examples" / "encoder_block.hlo.txt"
SAMPLER = REPO / "examples" / "sampler_step.hlo.txt"
TRANSFORMER = JAX_CORPUS / "transformer_encoder" / "short.hlo.txt"

DOT = """HloModule dot
ENTRY e {
  a = f32[4,8] parameter(0)
  b = f32[8,16] parameter(1)
  ROOT d = f32[4,16] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}
}
"""

BATCHED_DOT = """HloModule batched
ENTRY e {
  a = f32[3,4,8] parameter(0)
  b = f32[3,8,5] parameter(1)
  ROOT d = f32[3,4,5] dot(a, b), lhs_batch_dims={0}, rhs_batch_dims={0}, lhs_contracting_dims={2},
    rhs_contracting_dims={1}
}
"""

CONVOLUTION = """HloModule conv
ENTRY e {
  x = f32[1,8,8,4] parameter(0)
  w = f32[3,3,PER_GROUP,16] parameter(1)
  ROOT c = f32[1,8,8,16] convolution(x, w), window={size=3x3 pad=1_1x1_1}, dim_labels=b01f_01io->b01f,
    feature_group_count=GROUPS
}
"""

#: A dot big enough to be compute-bound at FP32 on trn2.
BIG_DOT = """HloModule big
ENTRY e {
  a = f32[256,512] parameter(0)
  b = f32[512,1024] parameter(1)
  ROOT d = f32[256,1024] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}
}
"""

#: One op per engine: transcendental chain, arithmetic chain, dot, reduce, transpose, sort, and two
#: views that leave the bytes where they are (a row-major reshape, a transpose into the transposed layout).
ENGINES = """HloModule engines
less {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT lt = pred[] compare(a, b), direction=LT
}
sum {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}
ENTRY e {
  x = f32[64,32] parameter(0)
  y = f32[64,32] parameter(1)
  z = f32[64,32] parameter(2)
  u = f32[64,32] parameter(3)
  w = f32[32,16] parameter(4)
  ex = f32[64,32] exponential(x)
  th = f32[64,32] tanh(ex)
  ad = f32[64,32] add(y, z)
  mu = f32[64,32] multiply(ad, z)
  d = f32[64,16] dot(u, w), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  zero = f32[] constant(0)
  r = f32[64] reduce(u, zero), dimensions={1}, to_apply=sum
  t = f32[32,64] transpose(y), dimensions={1,0}
  s = f32[64,32] sort(u), dimensions={1}, to_apply=less
  flat = f32[2048] reshape(x)
  relaid = f32[32,64]{0,1} transpose(x), dimensions={1,0}
  ROOT out = (f32[64,32], f32[64,32], f32[64,16], f32[64], f32[32,64], f32[64,32], f32[2048], f32[32,64]{0,1})
    tuple(th, mu, d, r, t, s, flat, relaid)
}
"""


def compiled(text: str, **flags):
    options = CompileOptions(**{"target": "trn2", "auto_cast": "none", **flags})
    data, result = compile_module(parse_hlo_text(text), options)
    assert data is not None, [d.format() for d in result.diagnostics]
    return result


def report_of(text: str, **flags) -> dict:
    result = compiled(text, **flags)
    return build_report(result.program, result.options, result.facts)


def kernel(report: dict, name: str) -> dict:
    found = [k for k in report["kernels"] if k["name"] == name]
    assert len(found) == 1, [k["name"] for k in report["kernels"]]
    return found[0]


def table(generation: str) -> dict:
    """The hardware table's rows of one generation, by name (what the test computes by hand from)."""
    return {row.name: row for row in FIGURES if row.generation == generation}


# -- FLOPs ------------------------------------------------------------------------------------------

def test_dot_flops_are_two_m_n_k():
    dot = kernel(report_of(DOT), "d")
    assert dot["kind"] == "dot" and dot["engine"] == "tensor" and dot["dtype"] == "fp32"
    assert dot["dimensions"] == {"batch": 1, "m": 4, "n": 16, "k": 8}
    assert dot["flops"] == 2 * 4 * 16 * 8
    assert dot["bytes"] == 4 * (4 * 8 + 8 * 16 + 4 * 16)


def test_batched_dot_flops_count_the_batch():
    dot = kernel(report_of(BATCHED_DOT), "d")
    assert dot["dimensions"] == {"batch": 3, "m": 4, "n": 5, "k": 8}
    assert dot["flops"] == 2 * 3 * 4 * 5 * 8


@pytest.mark.parametrize("groups", [1, 2, 4])
def test_convolution_flops_use_input_features_per_group(groups):
    per_group = 4 // groups
    conv = kernel(report_of(CONVOLUTION.replace("PER_GROUP", str(per_group)).replace("GROUPS", str(groups))), "c")
    assert conv["kind"] == "convolution" and conv["engine"] == "tensor"
    output_elements, window = 1 * 8 * 8 * 16, 3 * 3
    assert conv["dimensions"] == {"output_elements": output_elements, "window": window,
                                  "input_features_per_group": per_group}
    assert conv["flops"] == 2 * output_elements * window * per_group


# -- engines ---------------------------------------------------------------------------------------------

def test_each_kind_of_work_goes_to_its_engine():
    report = report_of(ENGINES)
    loops = {tuple(k["fused"]["opcodes"]): k for k in report["kernels"] if k["kind"] == "fusion:kLoop"}
    assert loops[("exponential", "tanh")]["engine"] == "scalar"
    assert loops[("add", "multiply")]["engine"] == "vector"
    assert loops[("add", "multiply")]["flops"] == 2 * 64 * 32  # one per output element per op
    assert kernel(report, "d")["engine"] == "tensor"
    reduce = kernel(report, "r")
    assert reduce["engine"] == "vector" and reduce["flops"] == 64 * 32  # one per input element
    transpose = kernel(report, "t")
    assert transpose["engine"] == "dma" and transpose["flops"] == 0 and transpose["bound"] == "memory"
    assert kernel(report, "s")["engine"] == "gpsimd"
    names = {k["name"] for k in report["kernels"]}
    assert not names & {"x", "zero", "out", "flat", "relaid"}  # parameters, constants, tuples, bitcasts
    assert report["totals"]["kernels"] == len(report["kernels"]) == 6
    assert report["totals"]["fusions"] == 2


def test_transformer_kernels_attention_on_the_tensor_engine():
    result = compiled(TRANSFORMER.read_text(), model_type="transformer", auto_cast="matmult")
    report = build_report(result.program, result.options, result.facts)
    attention = [k for k in report["kernels"] if k["kind"] == "attention"]
    assert attention and len(attention) == result.facts["kernel_attention"]
    assert report["totals"]["kernel_patterns"]["attention"] == len(attention)
    for k in attention:
        assert k["engine"] == "tensor" and k["flops"] > 0
        assert k["fused"]["opcodes"].count("dot") == 2 and "exponential" in k["fused"]["opcodes"]
        assert set(k["engines_us"]) >= {"tensor", "vector", "scalar"}  # QK/PV, the softmax's sums and exp
        assert k["source"] and "generate_jax_corpus.py:" in k["source"]
    assert {k["engine"] for k in report["kernels"] if k["kind"] == "layer_norm"} == {"vector"}
    assert {k["engine"] for k in report["kernels"] if k["kind"] == "gelu_tanh"} == {"scalar"}
    # auto-cast converted the projections' operands: those dots run at the BF16 rate
    assert {k["dtype"] for k in report["kernels"] if k["kind"] == "dot"} == {"bf16"}


# -- the roofline ---------------------------------------------------------------------------------------

def test_roofline_of_a_compute_bound_dot_by_hand():
    rows = table("v3")  # trn2 is NeuronCore-v3
    peak = rows["tensor.fp32"].value * 1e12
    bandwidth = rows["chip_hbm_bandwidth"].value * 1e12 / rows["cores_per_chip"].value  # TB/s per core
    flops = 2 * 256 * 1024 * 512
    moved = 4 * (256 * 512 + 512 * 1024 + 256 * 1024)
    dot = kernel(report_of(BIG_DOT), "d")
    assert (dot["flops"], dot["bytes"]) == (flops, moved)
    assert dot["compute_us"] == pytest.approx(flops / peak * 1e6, rel=1e-6)
    assert dot["memory_us"] == pytest.approx(moved / bandwidth * 1e6, rel=1e-6)
    assert dot["estimated_us"] == pytest.approx(max(flops / peak, moved / bandwidth) * 1e6, rel=1e-6)
    assert dot["bound"] == "compute" and not dot["exceeds_sbuf"]


def test_roofline_of_a_memory_bound_add_and_the_sbuf_flag():
    text = ("HloModule add\nENTRY e {\n  a = f32[2048,2048] parameter(0)\n  b = f32[2048,2048] parameter(1)\n"
            "  ROOT s = f32[2048,2048] add(a, b)\n}\n")
    rows = table("v3")
    bandwidth = rows["chip_hbm_bandwidth"].value * 1e12 / rows["cores_per_chip"].value
    moved = 3 * 2048 * 2048 * 4
    add = kernel(report_of(text), "s")
    assert add["engine"] == "vector" and add["bound"] == "memory"
    assert add["estimated_us"] == pytest.approx(moved / bandwidth * 1e6, rel=1e-6)
    sbuf = rows["sbuf"].value * 2 ** 20
    assert moved > sbuf and add["exceeds_sbuf"]


@pytest.mark.parametrize("cast_type, fmt", [("bf16", "bf16"), ("fp16", "fp16"), ("tf32", "tf32"),
                                            ("fp8_e4m3", "fp8")])
def test_auto_cast_runs_the_dot_at_the_narrow_rate(cast_type, fmt):
    rows = table("v3")
    wide = kernel(report_of(BIG_DOT), "d")
    narrow = kernel(report_of(BIG_DOT, auto_cast="matmult", auto_cast_type=cast_type), "d")
    assert (wide["dtype"], narrow["dtype"]) == ("fp32", fmt)
    assert narrow["flops"] == wide["flops"]
    speedup = rows[f"tensor.{fmt}"].value / rows["tensor.fp32"].value
    assert wide["compute_us"] / narrow["compute_us"] == pytest.approx(speedup, rel=1e-6)
    assert narrow["estimated_us"] < wide["estimated_us"]


def test_totals_carry_memory_patterns_and_the_target_figures():
    result = compiled(TRANSFORMER.read_text(), model_type="transformer")
    totals = build_report(result.program, result.options, result.facts)["totals"]
    facts = result.facts
    assert totals["peak_memory_bytes"] == facts["peak_memory_bytes"]
    assert totals["peak_memory_without_parameters_bytes"] == facts["peak_memory_bytes"] - facts["parameter_bytes"]
    assert totals["kernel_patterns"] == {name[len("kernel_"):]: n for name, n in facts.items()
                                         if name.startswith("kernel_")}
    assert sum(e["kernels"] for e in totals["by_engine"].values()) == totals["kernels"]
    assert totals["compute_bound"] + totals["memory_bound"] == totals["kernels"]
    target = totals["target"]
    assert (target["target"], target["core"], target["fallback"]) == ("trn2", "NeuronCore-v3", False)
    assert all(row["source"] for row in target["figures"])


def test_inf1_has_no_published_figures_and_says_so():
    report = report_of(DOT, target="inf1")
    target = report["totals"]["target"]
    assert target["fallback"] and target["figures_from"] == "v2"
    assert any("NeuronCore-v1" in note and "no published figures" in note for note in target["warnings"])
    page = render_html(report)
    assert "standing in" in page and html.escape(target["warnings"][0]) in page


def test_a_logical_core_of_two_has_twice_the_rates():
    one, two = figures_for("trn2"), figures_for("trn2", 2)
    assert two.hbm_bytes_per_s == 2 * one.hbm_bytes_per_s
    assert two.tensor_rate("bf16") == 2 * one.tensor_rate("bf16")


# -- ncc compile --report ---------------------------------------------------------------------------------

def test_cli_writes_a_json_report_and_json_output_has_its_totals(tmp_path):
    path = tmp_path / "report.json"
    proc = ncc("compile", str(ENCODER), "--report", str(path), "--json", "-o", str(tmp_path / "e.ncx"))
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(path.read_text())
    assert report["kernels"] and report["totals"]["kernels"] == len(report["kernels"])
    assert {"name", "kind", "fused", "flops", "bytes", "engine", "dtype", "estimated_us", "bound", "source",
            "exceeds_sbuf"} <= set(report["kernels"][0])
    assert json.loads(proc.stdout)["report_totals"] == report["totals"]


def test_cli_writes_a_self_contained_html_report(tmp_path):
    ncc("compile", str(ENCODER), "--report", str(tmp_path / "r.json"), "-o", str(tmp_path / "a.ncx"))
    kernels = json.loads((tmp_path / "r.json").read_text())["kernels"]
    biggest = max(kernels, key=lambda k: k["estimated_us"])["name"]
    proc = ncc("compile", str(ENCODER), "--report", str(tmp_path / "r.html"), "-o", str(tmp_path / "b.ncx"))
    assert_no_traceback(proc)
    assert proc.returncode == 0 and "cost report of" in proc.stdout
    page = (tmp_path / "r.html").read_text()
    assert page.startswith("<!doctype html>") and "<svg" in page and html.escape(biggest) in page
    assert "<script" not in page and 'src="' not in page and "<link" not in page  # nothing fetched


def test_json_output_without_a_report_still_has_totals_and_none_when_refused(tmp_path):
    ok = json.loads(ncc("compile", str(ENCODER), "--json", "-o", str(tmp_path / "e.ncx")).stdout)
    assert ok["report_totals"]["kernels"] > 0 and ok["report_totals"]["target"]["target"] == "trn1"
    refused = ncc("compile", str(SAMPLER), "--json", cwd=tmp_path)
    assert refused.returncode == 1 and json.loads(refused.stdout)["report_totals"] is None


@pytest.mark.parametrize("name", ["report.txt", "report", "report.html.bak"])
def test_cli_refuses_a_report_name_without_html_or_json(tmp_path, name):
    proc = ncc("compile", str(ENCODER), "--report", name, cwd=tmp_path)
    assert_no_traceback(proc)
    assert proc.returncode == 2 and "must end in .html or .json" in proc.stderr
    assert not list(tmp_path.iterdir())  # refused before compiling: no artifact either


def test_cli_writes_no_report_for_a_refused_compile(tmp_path):
    proc = ncc("compile", str(SAMPLER), "--report", "r.html", cwd=tmp_path)
    assert proc.returncode == 1 and not (tmp_path / "r.html").exists()


def test_cli_report_that_cannot_be_written_is_one_line(tmp_path):
    proc = ncc("compile", str(ENCODER), "--report", str(tmp_path / "missing" / "r.json"), "-o",
               str(tmp_path / "e.ncx"))
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "cannot write report" in proc.stderr
    assert (tmp_path / "e.ncx").exists() and not (tmp_path / "missing").exists()

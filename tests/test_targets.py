"""Per-target operator tables and the target-support checker."""

from __future__ import annotations

import json
import re

import pytest

from helpers import JAX_CORPUS, hloenv_files
from nccd.compiler.diagnostics import REGISTRY
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.ir.dtypes import ElementType
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.targets import support, tables
from nccd.compiler.targets.support import analyze_while, check_module

RAW = tables._read_json()
NEURONX = ["inf2", "trn1", "trn1n", "trn2", "trn3"]


# -- the data ---------------------------------------------------------------------------------

def test_every_opcode_has_an_entry_for_every_target():
    assert len(Opcode) == 136
    assert set(RAW["operators"]) == {op.text for op in Opcode}
    for e in tables.operator_entries():
        assert e.list_name and re.fullmatch(r"[A-Z][A-Za-z0-9]*", e.list_name), e.list_name
        assert e.category == e.opcode.category.value
        assert set(e.support) == {t.name for t in tables.TARGETS}


def test_every_claim_and_constraint_cites_a_source_and_a_registered_code():
    for text, raw in RAW["operators"].items():
        for spec in raw["supported"].values():
            assert spec["source"], text
        for spec in raw["unsupported"].values():
            assert spec["source"] and spec["reason"] and spec["code"] in REGISTRY, text
        ids = [c["id"] for c in raw["constraints"]]
        assert len(ids) == len(set(ids)), text
        for c in raw["constraints"]:
            assert c["id"] and c["description"] and c["source"] and c["code"] in REGISTRY, (text, c)
    for e in tables.operator_entries():
        for s in e.support.values():
            assert s.source
            assert s.supported or s.code in REGISTRY


def test_policy_tables_cite_sources():
    rules = RAW["rules"]
    for name, variant in rules["fp8"]["variants"].items():
        assert variant["source"], name
        assert all(code in REGISTRY for code in variant.get("rejected", {}).values())
    for key in ("complex", "int64", "float64", "implicit_integer_downcast", "dynamic_shapes", "instruction_limit"):
        assert rules[key]["source"], key
    for policy in rules["control_flow"].values():
        assert policy["source"]
    assert all(g["source"] and g["names"] for g in rules["custom_call_targets"]["allowed"])
    assert rules["custom_call_targets"]["known_source"]
    assert all(k["code"] in REGISTRY for k in rules["custom_call_targets"]["known"])


def test_every_constraint_has_exactly_one_rule_and_every_rule_is_used():
    ids = {c["id"] for raw in RAW["operators"].values() for c in raw["constraints"]}
    bound = [r.constraint for r in support.RULES if r.constraint]
    assert len(bound) == len(set(bound))
    assert ids == set(bound)


def test_target_support_codes_have_neuron_codes_and_hints():
    ours = [c for c in REGISTRY.values() if c.code[5] == "1"]
    assert len(ours) >= 40
    assert all(c.hint for c in ours)
    assert {"EUOC002", "EVRF004", "EVRF005", "EVRF051", "EVRF052", "EMOD025", "EHCA005", "EVRF006", "EVRF010",
            "EVRF011", "EVRF013", "EVRF016", "EVRF017", "EVRF018", "EVRF019", "EVRF022", "EVRF035", "ESFH002",
            "EXTP004"} <= {c.neuron_code for c in ours}


def test_control_flow_policy_agrees_with_the_operator_entries():
    for t in tables.TARGETS:
        policy = tables.control_flow(t)
        assert tables.entry(Opcode.WHILE).on(t).supported == (policy["while"] != "unsupported")
        assert tables.entry(Opcode.CONDITIONAL).on(t).supported == (policy["conditional"] != "unsupported")
        if policy["while"] == "static-trip-count":
            assert "while.static-trip-count" in {c.id for c in tables.entry(Opcode.WHILE).on(t).constraints}


def test_facts_that_must_hold():
    on = lambda op, t: tables.entry(op).on(t)  # noqa: E731
    for t in tables.TARGETS:
        for op in (Opcode.TRIANGULAR_SOLVE, Opcode.REDUCE_PRECISION, Opcode.CONDITIONAL, Opcode.SET_DIMENSION_SIZE,
                   Opcode.INFEED, Opcode.SEND, Opcode.FFT):
            assert not on(op, t.name).supported, (op, t.name)
    assert not on(Opcode.WHILE, "inf1").supported and on(Opcode.WHILE, "trn1").supported
    assert on(Opcode.ERF, "trn1").supported and not on(Opcode.ERF, "inf1").supported
    assert on(Opcode.SCALED_DOT, "trn3").supported and not on(Opcode.SCALED_DOT, "trn2").supported
    assert ElementType.C64 in on(Opcode.MULTIPLY, "trn1").dtypes
    assert ElementType.C64 not in on(Opcode.SORT, "trn1").dtypes
    assert ElementType.C64 not in on(Opcode.MULTIPLY, "inf1").dtypes
    assert ElementType.F8E4M3 in on(Opcode.CONVERT, "trn2").dtypes
    assert ElementType.F8E4M3 not in on(Opcode.CONVERT, "trn3").dtypes
    assert ElementType.F8E4M3FN in on(Opcode.CONVERT, "trn3").dtypes
    assert not any(t.is_fp8 for t in on(Opcode.CONVERT, "inf1").dtypes)
    assert tables.int64_policy("trn1") == "downcast" and tables.int64_policy("trn2") == "native-with-flag"
    assert "AwsNeuronSoftmax" in tables.allowed_custom_calls("trn1")
    assert "QuantizeMX" in tables.allowed_custom_calls("trn3") and "QuantizeMX" not in tables.allowed_custom_calls("trn2")
    assert tables.allowed_custom_calls("inf1") == []


def test_target_lookup_accepts_aliases_and_names_the_valid_targets():
    assert tables.target("TRN1").name == "trn1"
    assert tables.target("trainium2").name == "trn2"
    assert [t.generation for t in tables.TARGETS] == [
        "NeuronCore-v1", "NeuronCore-v2", "NeuronCore-v2", "NeuronCore-v2", "NeuronCore-v3", "NeuronCore-v4"]
    with pytest.raises(tables.UnknownTargetError, match="inf1, inf2, trn1, trn1n, trn2, trn3"):
        tables.target("trn9")


def test_list_operators_prints_sorted_xlabuilder_names():
    names = tables.list_operators()
    assert names == sorted(set(names))
    assert all(re.fullmatch(r"[A-Z][A-Za-z0-9]*", n) for n in names)
    assert {"Add", "ConvertElementType", "DotGeneral", "Dot", "Eq", "BroadcastInDim", "Rev"} <= set(names)
    assert "TriangularSolve" not in names and "Conditional" not in names
    assert "While" in tables.list_operators("trn1") and "While" not in tables.list_operators("inf1")
    assert "ScaledDot" in tables.list_operators("trn3") and "ScaledDot" not in tables.list_operators("trn2")
    assert set(tables.list_operators("inf1")) <= set(tables.list_operators("trn1"))
    assert "Acos" not in tables.list_operators("trn1", documented_only=True)
    text = "\n".join(tables.list_operators("trn1")) + "\n"
    assert "\nAdd\n" in text and " " not in text


def test_operators_json_has_per_target_support():
    rows = tables.operators_json()
    assert len(rows) == 136
    json.dumps(rows)
    add = next(r for r in rows if r["name"] == "add")
    assert add["list_name"] == "Add" and add["category"] == "elementwise-binary"
    assert set(add["targets"]) == {t.name for t in tables.TARGETS}
    assert "c64" in add["targets"]["trn1"]["dtypes"] and "c64" not in add["targets"]["inf1"]["dtypes"]
    reduce = next(r for r in tables.operators_json("trn2") if r["name"] == "reduce")
    assert reduce["supported"] is True and list(reduce["targets"]) == ["trn2"]
    assert {c["id"] for c in reduce["constraints"]} == {"reduce.computation", "reduce.constant-init",
                                                        "reduce.single-operand"}
    assert all(c["source"] for c in reduce["constraints"])
    cond = next(r for r in tables.operators_json("trn1") if r["name"] == "conditional")
    assert cond["supported"] is False and cond["code"] == "NCC-E108" and cond["reason"]


# -- rules on minimal modules -------------------------------------------------------------------

ADD = "add_f32 {\n  a = f32[] parameter(0)\n  b = f32[] parameter(1)\n  ROOT r = f32[] add(a, b)\n}\n"
SUB = "sub_f32 {\n  a = f32[] parameter(0)\n  b = f32[] parameter(1)\n  ROOT r = f32[] subtract(a, b)\n}\n"
ADD_S32 = "add_s32 {\n  a = s32[] parameter(0)\n  b = s32[] parameter(1)\n  ROOT r = s32[] add(a, b)\n}\n"
OR_PRED = "or_pred {\n  a = pred[] parameter(0)\n  b = pred[] parameter(1)\n  ROOT r = pred[] or(a, b)\n}\n"
SET_PRED = "set_pred {\n  a = pred[] parameter(0)\n  ROOT b = pred[] parameter(1)\n}\n"
LT_F32 = "lt_f32 {\n  a = f32[] parameter(0)\n  b = f32[] parameter(1)\n  ROOT r = pred[] compare(a, b), direction=LT\n}\n"
EQ_F32 = "eq_f32 {\n  a = f32[] parameter(0)\n  b = f32[] parameter(1)\n  ROOT r = pred[] compare(a, b), direction=EQ\n}\n"
ARGMAX = """argmax {
  v0 = f32[] parameter(0)
  i0 = s32[] parameter(1)
  v1 = f32[] parameter(2)
  i1 = s32[] parameter(3)
  gt = pred[] compare(v0, v1), direction=GT
  v = f32[] select(gt, v0, v1)
  i = s32[] select(gt, i0, i1)
  ROOT t = (f32[], s32[]) tuple(v, i)
}
"""
BRANCHES = """t_branch {
  p = f32[] parameter(0)
  ROOT n = f32[] negate(p)
}
f_branch {
  p = f32[] parameter(0)
  ROOT c = f32[] copy(p)
}
"""


def loop(init: str, bound: str = "n = s32[] constant(10)", step: str = "one = s32[] constant(1)\n  i2 = s32[] add(i, one)",
         direction: str = "LT", extra_param: str = "") -> str:
    """A while loop over (s32 counter, f32[4]) with the given pieces."""
    return f"""HloModule loop

cond {{
  p = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  {bound}
  ROOT c = pred[] compare(i, n), direction={direction}
}}

body {{
  p = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  {step}
  x = f32[4] get-tuple-element(p), index=1
  y = f32[4] negate(x)
  ROOT t = (s32[], f32[4]) tuple(i2, y)
}}

ENTRY main {{
  x = f32[4] parameter(0)
  {extra_param}
  {init}
  t = (s32[], f32[4]) tuple(z, x)
  w = (s32[], f32[4]) while(t), condition=cond, body=body
  ROOT r = f32[4] get-tuple-element(w), index=1
}}
"""


STATIC_LOOP = loop("z = s32[] constant(0)")


def hlo(body: str, computations: str = "") -> str:
    return f"HloModule m\n\n{computations}\nENTRY main {{\n{body}\n}}\n"


def codes(text: str, target: str = "trn1", **options) -> list[str]:
    return [d.code for d in check_module(parse_hlo_text(text), target, **options).diagnostics]


CUSTOM = 'a = f32[4] parameter(0)\nROOT c = f32[4] custom-call(a), custom_call_target="{}"'
SCATTER = ("op = {t}[4] parameter(0)\nidx = s32[2,1] parameter(1)\nupd = {t}[2] parameter(2)\n"
           "ROOT s = {t}[4] scatter(op, idx, upd), update_window_dims={{}}, inserted_window_dims={{0}}, "
           "scatter_dims_to_operand_dims={{0}}, index_vector_dim=1, to_apply={comp}")
CONV = ("a = f32[1,1,4,4] parameter(0)\nk = f32[1,1,2,2] parameter(1)\n"
        "ROOT c = f32[1,1,{n},{n}] convolution(a, k), window={{size=2x2 {w}}}, dim_labels=bf01_oi01->bf01")
TRISOLVE = ("a = f32[4,4] parameter(0)\nb = f32[4,4] parameter(1)\n"
            "ROOT t = f32[4,4] triangular-solve(a, b), left_side=true, lower=true, transpose_a=NO_TRANSPOSE")
MATMUL = ("a = {t}[4,4] parameter(0)\nb = {t}[4,4] parameter(1)\n"
          "ROOT t = {t}[4,4] dot(a, b), lhs_contracting_dims={{1}}, rhs_contracting_dims={{0}}")
COND = ("pr = pred[] parameter(0)\nx = f32[] parameter(1)\n"
        "ROOT c = f32[] conditional(pr, x, x), true_computation=t_branch, false_computation=f_branch")

# (code, target, violating module, compliant module, options)
CASES = [
    ("NCC-E100", "trn1", hlo(TRISOLVE), hlo(MATMUL.format(t="f32")), {}),
    ("NCC-E100", "inf1", hlo("a = f32[4] parameter(0)\nROOT l = f32[4] logistic(a)"),
     hlo("a = f32[4] parameter(0)\nROOT l = f32[4] tanh(a)"), {}),
    ("NCC-E101", "trn1", hlo("a = u16[4] parameter(0)\nROOT n = u16[4] negate(a)"),
     hlo("a = u8[4] parameter(0)\nROOT n = u8[4] negate(a)"), {}),
    ("NCC-E102", "trn1", hlo("a = c64[4] parameter(0)\nROOT c = c64[4] copy(a)"),
     hlo("a = c64[4] parameter(0)\nROOT e = c64[4] exponential(a)"), {}),
    ("NCC-E102", "trn1", hlo("a = c128[4] parameter(0)\nROOT e = c128[4] exponential(a)"),
     hlo("a = c64[4] parameter(0)\nROOT r = f32[4] real(a)"), {}),
    ("NCC-E102", "inf1", hlo("a = c64[4] parameter(0)\nROOT r = f32[4] real(a)"),
     hlo("a = f32[4] parameter(0)\nROOT r = f32[4] negate(a)"), {}),
    ("NCC-E103", "trn3", hlo("a = f8e4m3fnuz[4] parameter(0)\nROOT c = f32[4] convert(a)"),
     hlo("a = f8e5m2[4] parameter(0)\nROOT c = f32[4] convert(a)"), {}),
    ("NCC-E104", "trn2", hlo("a = f8e4m3fn[4] parameter(0)\nROOT c = f32[4] convert(a)"),
     hlo("a = f8e4m3[4] parameter(0)\nROOT c = f32[4] convert(a)"), {}),
    ("NCC-E105", "trn3", hlo("a = f8e4m3[4] parameter(0)\nROOT c = f32[4] convert(a)"),
     hlo("a = f8e4m3fn[4] parameter(0)\nROOT c = f32[4] convert(a)"), {}),
    ("NCC-E106", "trn1", hlo("a = f8e8m0fnu[4] parameter(0)\nROOT c = f32[4] convert(a)"),
     hlo("a = f8e3m4[4] parameter(0)\nROOT c = f32[4] convert(a)"), {}),
    ("NCC-E107", "trn1", hlo("a = f32[<=8] parameter(0)\nROOT n = f32[<=8] negate(a)"),
     hlo("a = f32[8] parameter(0)\nROOT n = f32[8] negate(a)"), {}),
    ("NCC-E107", "trn1", hlo("a = f32[8] parameter(0)\ns = s32[] parameter(1)\n"
                             "ROOT r = f32[<=8] set-dimension-size(a, s), dimensions={0}"),
     hlo("a = f32[8] parameter(0)\nROOT r = f32[8] copy(a)"), {}),
    ("NCC-E108", "trn1", hlo(COND, BRANCHES),
     hlo("pr = pred[] parameter(0)\nx = f32[] parameter(1)\nn = f32[] negate(x)\n"
         "ROOT s = f32[] select(pr, n, x)"), {}),
    ("NCC-E109", "trn1", loop("z = s32[] parameter(1)"), STATIC_LOOP, {}),
    ("NCC-E110", "inf1", STATIC_LOOP, hlo("a = f32[4] parameter(0)\nROOT n = f32[4] negate(a)"), {}),
    ("NCC-E110", "inf1", hlo(COND, BRANCHES), hlo("a = f32[4] parameter(0)\nROOT n = f32[4] negate(a)"), {}),
    ("NCC-E111", "trn1", hlo("a = f32[4] parameter(0)\nc = f32[] constant(0)\n"
                             "ROOT r = f32[] reduce(a, c), dimensions={0}, to_apply=sub_f32", SUB),
     hlo("a = f32[4] parameter(0)\nc = f32[] constant(0)\n"
         "ROOT r = f32[] reduce(a, c), dimensions={0}, to_apply=add_f32", ADD), {}),
    ("NCC-E111", "trn1", hlo("a = pred[4] parameter(0)\nc = pred[] constant(false)\n"
                             "ROOT r = pred[] reduce(a, c), dimensions={0}, to_apply=set_pred", SET_PRED),
     hlo("a = pred[4] parameter(0)\nc = pred[] constant(false)\n"
         "ROOT r = pred[] reduce(a, c), dimensions={0}, to_apply=or_pred", OR_PRED), {}),
    ("NCC-E112", "trn1", hlo("a = f32[4] parameter(0)\nc = f32[] parameter(1)\n"
                             "ROOT r = f32[] reduce(a, c), dimensions={0}, to_apply=add_f32", ADD),
     hlo("a = f32[4] parameter(0)\nc = f32[] constant(0)\n"
         "ROOT r = f32[] reduce(a, c), dimensions={0}, to_apply=add_f32", ADD), {}),
    ("NCC-E113", "trn1", hlo("a = f32[4] parameter(0)\ni = s32[4] iota(), iota_dimension=0\n"
                             "c = f32[] constant(-inf)\nz = s32[] constant(0)\n"
                             "ROOT r = (f32[], s32[]) reduce(a, i, c, z), dimensions={0}, to_apply=argmax", ARGMAX),
     hlo("a = f32[4] parameter(0)\nc = f32[] constant(0)\n"
         "ROOT r = f32[] reduce(a, c), dimensions={0}, to_apply=add_f32", ADD), {}),
    ("NCC-E114", "trn1", hlo("a = f32[4] parameter(0)\nc = f32[] constant(0)\n"
                             "ROOT r = f32[6] reduce-window(a, c), window={size=2 lhs_dilate=2}, to_apply=add_f32",
                             ADD),
     hlo("a = f32[4] parameter(0)\nc = f32[] constant(0)\n"
         "ROOT r = f32[3] reduce-window(a, c), window={size=2}, to_apply=add_f32", ADD), {}),
    ("NCC-E115", "trn1", hlo("a = f32[4] parameter(0)\nc = f32[] constant(0)\n"
                             "ROOT r = f32[2] reduce-window(a, c), window={size=2 rhs_dilate=2}, to_apply=add_f32",
                             ADD),
     hlo("a = f32[4] parameter(0)\nc = f32[] constant(0)\n"
         "ROOT r = f32[2] reduce-window(a, c), window={size=2 stride=2}, to_apply=add_f32", ADD), {}),
    ("NCC-E116", "trn1", hlo("a = f32[4] parameter(0)\ni = s32[4] iota(), iota_dimension=0\n"
                             "c = f32[] constant(-inf)\nz = s32[] constant(0)\n"
                             "ROOT r = (f32[3], s32[3]) reduce-window(a, i, c, z), window={size=2}, to_apply=argmax",
                             ARGMAX),
     hlo("a = f32[4] parameter(0)\nc = f32[] constant(0)\n"
         "ROOT r = f32[3] reduce-window(a, c), window={size=2}, to_apply=add_f32", ADD), {}),
    ("NCC-E117", "trn1", hlo(CONV.format(n=5, w="lhs_dilate=2x2 rhs_dilate=2x2")),
     hlo(CONV.format(n=6, w="lhs_dilate=2x2")), {}),
    ("NCC-E118", "trn1", hlo(CONV.format(n=3, w="stride=2x2 lhs_dilate=2x2")),
     hlo(CONV.format(n=2, w="stride=2x2")), {}),
    ("NCC-E119", "trn1", hlo("a = s32[8] parameter(0)\nROOT t = (s32[2], s32[2]) topk(a), k=2, largest=true"),
     hlo("a = f32[8] parameter(0)\nROOT t = (f32[2], s32[2]) topk(a), k=2, largest=true"), {}),
    ("NCC-E120", "trn1", hlo(SCATTER.format(t="pred", comp="or_pred"), OR_PRED),
     hlo(SCATTER.format(t="pred", comp="set_pred"), SET_PRED), {}),
    ("NCC-E121", "trn1", hlo("s = u64[2] parameter(0)\n"
                             "ROOT r = (u64[2], u32[4]) rng-bit-generator(s), algorithm=rng_philox"),
     hlo("s = u64[2] parameter(0)\nROOT r = (u64[2], u32[4]) rng-bit-generator(s), algorithm=rng_default"),
     {}),
    ("NCC-E122", "trn1", hlo("a = s16[4] parameter(0)\nROOT s = s16[4] shift-right-arithmetic(a, a)"),
     hlo("a = s32[4] parameter(0)\nROOT s = s32[4] shift-right-arithmetic(a, a)"), {}),
    ("NCC-E123", "trn1", hlo("a = f32[8] parameter(0)\n"
                             "ROOT s = f32[8] sort(a), dimensions={0}, to_apply=eq_f32", EQ_F32),
     hlo("a = f32[8] parameter(0)\nROOT s = f32[8] sort(a), dimensions={0}, to_apply=lt_f32", LT_F32), {}),
    ("NCC-E124", "trn1", hlo(MATMUL.format(t="s32")), hlo(MATMUL.format(t="f32")),
     {"implicit_integer_downcast": "none"}),
    ("NCC-E125", "trn1", hlo(SCATTER.format(t="s32", comp="add_s32"), ADD_S32),
     hlo(SCATTER.format(t="f32", comp="add_f32"), ADD), {"implicit_integer_downcast": "dot"}),
    ("NCC-E129", "trn1", hlo("ROOT c = u64[] constant(4294967296)"), hlo("ROOT c = u64[] constant(4294967295)"),
     {}),
    ("NCC-E130", "trn1", hlo(CUSTOM.format("cuda_threefry2x32")), hlo(CUSTOM.format("AwsNeuronSoftmax")), {}),
    ("NCC-E130", "trn2", hlo(CUSTOM.format("QuantizeMX")), hlo(CUSTOM.format("AwsNeuronGelu")), {}),
    ("NCC-E130", "inf1", hlo(CUSTOM.format("AwsNeuronSoftmax")), hlo("a = f32[4] parameter(0)\nROOT c = f32[4] tanh(a)"),
     {}),
    ("NCC-E132", "trn1", hlo("tok = token[] after-all()\nROOT i = (f32[4], token[]) infeed(tok)"),
     hlo("ROOT a = f32[4] parameter(0)"), {}),
    ("NCC-E132", "trn1", hlo(CUSTOM.format("xla_ffi_python_cpu_callback")), hlo(CUSTOM.format("AwsNeuronSilu")), {}),
    ("NCC-E133", "trn1", hlo("a = f32[] constant(0)\nb = f32[] constant(1)\n"
                             "ROOT r = f32[4] rng(a, b), distribution=rng_normal"),
     hlo("a = f32[] constant(0)\nb = f32[] constant(1)\nROOT r = f32[4] rng(a, b), distribution=rng_uniform"), {}),
    ("NCC-E134", "inf1", hlo("a = f32[4] parameter(0)\nb = f32[4] parameter(1)\nROOT p = f32[4] power(a, b)"),
     hlo("a = f32[4] parameter(0)\nc = f32[] constant(2)\nb = f32[4] broadcast(c), dimensions={}\n"
         "ROOT p = f32[4] power(a, b)"), {}),
    ("NCC-W100", "trn1", hlo("a = s64[4] parameter(0)\nROOT n = s64[4] negate(a)"),
     hlo("a = s32[4] parameter(0)\nROOT n = s32[4] negate(a)"), {}),
    ("NCC-W101", "trn2", hlo("a = f64[4] parameter(0)\nROOT n = f64[4] negate(a)"),
     hlo("a = f32[4] parameter(0)\nROOT n = f32[4] negate(a)"), {}),
    ("NCC-W102", "trn1", hlo(MATMUL.format(t="s32")), hlo(MATMUL.format(t="bf16")), {}),
    ("NCC-W103", "trn1", hlo("a = f32[8] parameter(0)\nu = f32[2] parameter(1)\ni = s32[] parameter(2)\n"
                             "ROOT d = f32[8] dynamic-update-slice(a, u, i)"),
     hlo("a = f32[8] parameter(0)\nu = f32[2] parameter(1)\ni = s32[] constant(3)\n"
         "ROOT d = f32[8] dynamic-update-slice(a, u, i)"), {}),
    ("NCC-W104", "trn1", hlo("a = f32[8,4] parameter(0)\ni = s32[2,1] parameter(1)\n"
                             "ROOT g = f32[2,2,4] gather(a, i), offset_dims={1,2}, collapsed_slice_dims={}, "
                             "start_index_map={0}, index_vector_dim=1, slice_sizes={2,4}"),
     hlo("a = f32[8,4] parameter(0)\ni = s32[2,1] parameter(1)\n"
         "ROOT g = f32[2,4] gather(a, i), offset_dims={1}, collapsed_slice_dims={0}, "
         "start_index_map={0}, index_vector_dim=1, slice_sizes={1,4}"), {}),
    ("NCC-W105", "trn1", hlo(CUSTOM.format("Sharding")), hlo(CUSTOM.format("AwsNeuronRmsNorm")), {}),
    ("NCC-I100", "trn1", hlo("a = f32[4] parameter(0)\nROOT c = f32[4] cosh(a)"),
     hlo("a = f32[4] parameter(0)\nROOT c = f32[4] cosine(a)"), {}),
    ("NCC-I101", "trn1", hlo("a = bf16[4,4] parameter(0)\nb = bf16[4,4] parameter(1)\n"
                             "ROOT t = f32[4,4] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}, "
                             "algorithm=dot_bf16_bf16_f32"),
     hlo(MATMUL.format(t="bf16")), {}),
]


@pytest.mark.parametrize("code,target,bad,good,options", CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fires_on_violation_and_not_on_compliant_module(code, target, bad, good, options):
    assert code in codes(bad, target, **options)
    assert code not in codes(good, target, **options)


def test_every_target_support_code_is_exercised_by_a_case():
    tested = {c[0] for c in CASES} | {"NCC-E126", "NCC-E127", "NCC-E128", "NCC-E131", "NCC-W106"}
    ours = {c for c in REGISTRY if c[5] == "1"}
    assert ours <= tested, sorted(ours - tested)


def test_integer_collectives_and_pow_follow_the_downcast_option():
    ar = hlo("a = s32[4] parameter(0)\nROOT r = s32[4] all-reduce(a), replica_groups={}, to_apply=add_s32", ADD_S32)
    rs = hlo("a = s32[4] parameter(0)\nROOT r = s32[2] reduce-scatter(a), replica_groups={{0,1}}, dimensions={0}, "
             "to_apply=add_s32", ADD_S32)
    pw = hlo("a = s64[4] parameter(0)\nROOT p = s64[4] power(a, a)")
    assert "NCC-W102" in codes(ar) and "NCC-E126" in codes(ar, implicit_integer_downcast="none")
    assert "NCC-W102" in codes(rs) and "NCC-E128" in codes(rs, implicit_integer_downcast="dot,pow")
    assert "NCC-W102" in codes(pw) and "NCC-E127" in codes(pw, implicit_integer_downcast="none")
    assert "NCC-E127" not in codes(pw, "trn2", native_int64=True, implicit_integer_downcast="none")
    with pytest.raises(ValueError, match="unknown --implicit-integer-downcast"):
        codes(pw, implicit_integer_downcast="matmul")


def test_native_int64_is_a_trn2_plus_option():
    text = hlo("a = s64[4] parameter(0)\nROOT n = s64[4] negate(a)")
    assert "NCC-W100" in codes(text, "trn2")
    assert "NCC-W100" not in codes(text, "trn2", native_int64=True)
    assert "NCC-W100" in codes(text, "trn1", native_int64=True)
    big = hlo("ROOT c = u64[] constant(4294967296)")
    assert "NCC-E129" not in codes(big, "trn3", native_int64=True)


def test_instruction_limit_counts_unrolled_static_loops():
    small = check_module(parse_hlo_text(STATIC_LOOP), "trn1")
    assert small.estimated_instructions == 4 + 10 * (3 + 6)  # entry + trips * (cond + body)
    huge = loop("z = s32[] constant(0)", bound="n = s32[] constant(10000000)")
    report = check_module(parse_hlo_text(huge), "trn1")
    assert report.estimated_instructions > tables.instruction_limit()
    limit = [d for d in report.diagnostics if d.code == "NCC-E131"]
    assert len(limit) == 1 and limit[0].instruction == "r"
    assert report.supported_percent == 100.0  # a module-wide limit marks no instruction unsupported


def test_threefry_is_reported_once():
    tf = "threefry2x32 {\n  a = u32[2] parameter(0)\n  ROOT x = u32[2] xor(a, a)\n}\n"
    text = hlo("k = u32[2] parameter(0)\nc1 = u32[2] call(k), to_apply=threefry2x32\n"
               "ROOT c2 = u32[2] call(c1), to_apply=threefry2x32", tf)
    assert codes(text).count("NCC-W106") == 1


def test_undocumented_operator_info_is_given_once_per_opcode():
    text = hlo("a = f32[4] parameter(0)\nb = f32[4] cosh(a)\nROOT c = f32[4] cosh(b)")
    assert codes(text).count("NCC-I100") == 1


def test_custom_call_diagnostics_name_the_platform():
    report = check_module(parse_hlo_text(hlo(CUSTOM.format("lapack_sgetrf_ffi"))), "trn1")
    (d,) = [d for d in report.diagnostics if d.code == "NCC-E130"]
    assert d.data["platform"] == "CPU" and "CPU-only" in d.message and "LAPACK" in d.hint
    report = check_module(parse_hlo_text(hlo(CUSTOM.format("my_kernel"))), "trn1")
    (d,) = [d for d in report.diagnostics if d.code == "NCC-E130"]
    assert "platform" not in d.data and "'my_kernel'" in d.message


# -- static loops -------------------------------------------------------------------------------

def _while(text: str):
    module = parse_hlo_text(text)
    return next(i for i in module.all_instructions() if i.opcode is Opcode.WHILE)


@pytest.mark.parametrize("text,trips", [
    (STATIC_LOOP, 10),
    (loop("z = s32[] constant(2)", direction="LE"), 9),
    (loop("z = s32[] constant(10)", bound="n = s32[] constant(0)",
          step="one = s32[] constant(1)\n  i2 = s32[] subtract(i, one)", direction="GT"), 10),
    (loop("z = s32[] constant(0)", step="two = s32[] constant(2)\n  i2 = s32[] add(two, i)", direction="NE"), 5),
    (loop("z = s32[] constant(0)", step="one = s32[] constant(3)\n  i2 = s32[] add(i, one)"), 4),
])
def test_static_trip_counts(text, trips):
    info, why = analyze_while(_while(text))
    assert info is not None, why
    assert info.trip_count == trips


@pytest.mark.parametrize("text,why", [
    (loop("z = s32[] parameter(1)"), "does not start from a constant"),
    (loop("z = s32[] constant(0)", bound="n = s32[] get-tuple-element(p), index=0"), "does not compare"),
    (loop("z = s32[] constant(0)", step="i2 = s32[] multiply(i, i)"), "by a constant"),
    (loop("z = s32[] constant(0)", step="one = s32[] constant(-1)\n  i2 = s32[] add(i, one)"), "never becomes false"),
    (loop("z = s32[] constant(0)", direction="NE",
          step="two = s32[] constant(3)\n  i2 = s32[] add(i, two)"), "never becomes false"),
])
def test_dynamic_loops_say_why(text, why):
    info, reason = analyze_while(_while(text))
    assert info is None and why in reason


def test_loop_bound_carried_in_the_state_is_static():
    """lax.fori_loop carries its upper bound in the loop state, unchanged by the body."""
    text = """HloModule fori
cond {
  p = (s32[], s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  n = s32[] get-tuple-element(p), index=1
  ROOT c = pred[] compare(i, n), direction=LT
}
body {
  p = (s32[], s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  one = s32[] constant(1)
  i2 = s32[] add(i, one)
  n = s32[] get-tuple-element(p), index=1
  x = f32[4] get-tuple-element(p), index=2
  u = f32[1] reshape(x), dimensions={}
  ROOT t = (s32[], s32[], f32[4]) tuple(i2, n, x)
}
ENTRY main {
  x = f32[4] parameter(0)
  z = s32[] constant(0)
  n = s32[] constant(7)
  t = (s32[], s32[], f32[4]) tuple(z, n, x)
  w = (s32[], s32[], f32[4]) while(t), condition=cond, body=body
  ROOT r = f32[4] get-tuple-element(w), index=2
}
""".replace("  u = f32[1] reshape(x), dimensions={}\n", "")
    info, why = analyze_while(_while(text))
    assert info is not None and info.trip_count == 7 and info.invariant == {1, 2}, why


def test_dynamic_update_slice_indexed_by_a_static_loop_counter_is_static():
    text = loop("z = s32[] constant(0)").replace(
        "  y = f32[4] negate(x)\n",
        "  v = f32[1] constant({1})\n  y = f32[4] dynamic-update-slice(x, v, i)\n")
    assert "NCC-W103" not in codes(text)
    dynamic = loop("z = s32[] parameter(1)").replace(
        "  y = f32[4] negate(x)\n",
        "  v = f32[1] constant({1})\n  y = f32[4] dynamic-update-slice(x, v, i)\n")
    assert "NCC-W103" in codes(dynamic)


# -- counting and the report ---------------------------------------------------------------------

def test_counting_excludes_parameters_and_charges_applied_computations_to_their_caller():
    text = hlo("a = f32[4] parameter(0)\nc = f32[] constant(0)\n"
               "r = f32[] reduce(a, c), dimensions={0}, to_apply=bad\nROOT n = f32[] negate(r)",
               "bad {\n  a = f32[] parameter(0)\n  b = f32[] parameter(1)\n  s = f32[] add(a, b)\n"
               "  ROOT p = f32[] reduce-precision(s), exponent_bits=8, mantissa_bits=7\n}\n")
    report = check_module(parse_hlo_text(text), "trn1")
    assert report.instructions == 3  # c, r, n
    assert [u["instruction"] for u in report.unsupported_operators] == ["r"]
    assert set(report.unsupported_operators[0]["codes"]) == {"NCC-E100", "NCC-E111"}
    assert report.supported_percent == pytest.approx(200 / 3)
    inner = next(d for d in report.diagnostics if d.code == "NCC-E100")
    assert (inner.instruction, inner.computation) == ("p", "bad") and inner.line == 7 and inner.column
    assert report.opcode_counts["reduce"].unsupported == 1 and report.opcode_counts["negate"].supported == 1


def test_report_json_looks_like_torch_neuronx_analyze():
    report = check_module(parse_hlo_text(hlo(TRISOLVE)), "trn2")
    out = json.loads(json.dumps(report.to_json()))
    assert out["target"] == "trn2" and out["generation"] == "NeuronCore-v3"
    assert out["support_percentage"] == 0.0 and out["instructions"] == 1
    assert out["unsupported_operators"][0]["kind"] == "TriangularSolve"
    (d,) = out["diagnostics"]
    assert d["code"] == "NCC-E100" and d["neuron_code"] == "EUOC002" and "inverse" in d["hint"]
    assert d["hlo"]["instruction"] == "t" and d["data"]["rule_source"]
    ok = check_module(parse_hlo_text(hlo(MATMUL.format(t="f32"))), "trn2").to_json()
    assert ok["supported_operators"] == {"DotGeneral": 1} and ok["support_percentage"] == 100.0


def test_diagnostics_carry_the_python_source_location():
    text = hlo('a = f32[4,4] parameter(0)\nb = f32[4,4] parameter(1)\n'
               'ROOT t = f32[4,4] triangular-solve(a, b), left_side=true, lower=true, transpose_a=NO_TRANSPOSE, '
               'metadata={op_name="jit(f)/triangular_solve" source_file="model.py" source_line=12}')
    (d,) = check_module(parse_hlo_text(text), "trn1").diagnostics
    assert d.source is not None and (d.source.file, d.source.line) == ("model.py", 12)
    assert d.line == 7 and d.computation == "main"


# -- the corpora -----------------------------------------------------------------------------------

HLOENV = hloenv_files()
_CUSTOM_CALL = re.compile(r'custom_call_target="([^"]+)"')


@pytest.mark.needs_shared
def test_hloenv_corpus_is_complete():
    assert len(HLOENV) == 81


@pytest.mark.needs_shared
@pytest.mark.parametrize("path", HLOENV, ids=lambda p: p.name[-60:])
def test_hloenv_corpus(path):
    module = parse_hlo_text(path.read_text(), str(path))
    reachable = {i.attrs["custom_call_target"] for c in module.reachable_computations() for i in c.instructions
                 if i.opcode is Opcode.CUSTOM_CALL}
    for target in ("inf1", "trn1", "trn2", "trn3"):
        report = check_module(module, target)
        # inf1 (the conservative Inf1 table) may reject a one-instruction module outright
        assert (0 <= report.supported_percent <= 100) if target == "inf1" else (0 < report.supported_percent <= 100)
        json.dumps(report.to_json())
        for d in report.diagnostics:
            assert d.code in REGISTRY and d.hint and d.instruction and d.line
        flagged = {d.data["custom_call_target"] for d in report.diagnostics if d.code == "NCC-E130"}
        assert flagged == reachable, target
        for d in report.diagnostics:
            if d.code == "NCC-E130":
                name = d.data["custom_call_target"]
                assert re.match(r"cu|cuda_|cublas|cusolver", name)
                assert d.data["platform"] == "CUDA" and "CUDA-only" in d.message
        if target != "inf1":
            # every loop in the corpus is a fori_loop/scan-style loop with a static trip count
            assert "NCC-E109" not in report.codes()


def _hloenv(fragment: str):
    (path,) = [p for p in HLOENV if fragment in p.name]
    return parse_hlo_text(path.read_text(), str(path))


@pytest.mark.needs_shared
def test_hloenv_files_with_gpu_custom_calls_are_found():
    gpu = [p for p in HLOENV if re.search(r'custom_call_target="(cuda_|cublas|cusolver)', p.read_text())]
    assert len(gpu) >= 20
    for p in gpu:
        assert "NCC-E130" in check_module(parse_hlo_text(p.read_text()), "trn1").codes(), p.name


@pytest.mark.needs_shared
def test_hloenv_expected_diagnostics():
    searchsorted = _hloenv("jit_searchsorted.120")
    (w,) = [i for i in searchsorted.all_instructions() if i.opcode is Opcode.WHILE]
    assert analyze_while(w)[0].trip_count == 5
    report = check_module(searchsorted, "trn1")
    assert {"NCC-W100", "NCC-W101"} <= report.codes() and report.ok
    assert "NCC-W100" not in check_module(searchsorted, "trn2", native_int64=True).codes()

    nux = check_module(_hloenv("NuX_1648647409115717"), "trn1")
    assert [d.instruction for d in nux.diagnostics if d.code == "NCC-E100"] == \
        ["triangular-solve.7153", "triangular-solve.7156"]
    assert "NCC-E109" not in nux.codes() and nux.estimated_instructions > nux.instructions

    accuracy = _hloenv("jraph_module_0101.jit_accuracy")  # jnp.argmax: the ArgMax kernel, which inf1 lacks
    assert "NCC-E113" not in check_module(accuracy, "trn1").codes()
    assert "NCC-E113" in check_module(accuracy, "inf1").codes()
    assert "NCC-E129" in check_module(_hloenv("unique1d_sorted_mask"), "trn1").codes()
    assert "NCC-E110" in check_module(_hloenv("jit_searchsorted.120"), "inf1").codes()
    clean = check_module(_hloenv("efficientnet-jax_module_0698"), "trn1")
    assert clean.supported_percent == 100.0 and not clean.diagnostics


def _jax(name: str):
    path = JAX_CORPUS / name / "long.hlo.txt"
    if not path.exists():
        pytest.skip(f"JAX corpus model {name} not generated")
    return parse_hlo_text(path.read_text(), str(path))


def test_jax_corpus_loops_conditionals_and_annotations():
    scan = check_module(_jax("scan_rnn"), "trn1")
    assert [d.instruction for d in scan.diagnostics if d.code == "NCC-E109"] == ["while.23"]
    assert "NCC-W103" not in scan.codes()  # the scan's dynamic-update-slice uses the loop counter
    cond = check_module(_jax("cond_branches"), "trn2")
    assert "NCC-E108" in cond.codes() and all(d.hint for d in cond.errors)
    assert check_module(_jax("sharding_annotations"), "trn1").codes() == {"NCC-W105"}


def test_jax_corpus_rng_linalg_and_clean_models():
    rng = check_module(_jax("ops_coverage_rng"), "trn1")
    assert sorted(d.data["algorithm"] for d in rng.diagnostics if d.code == "NCC-E121") == \
        ["rng_philox", "rng_philox", "rng_three_fry"]
    linalg = check_module(_jax("ops_coverage_linalg"), "trn1")
    lapack = [d for d in linalg.diagnostics if d.code == "NCC-E130"]
    assert lapack and all(d.data["platform"] == "CPU" for d in lapack)
    for name in ("bert_base", "transformer_encoder", "cnn_train_step"):
        report = check_module(_jax(name), "trn1")
        assert report.ok and report.supported_percent == 100.0, name
        assert all(d.source is not None for d in report.diagnostics), name


def test_custom_calls_of_the_same_shapes_are_judged_by_their_own_target():
    """check_module remembers what the shape-only rules found nothing in per shapes and, for a
    custom call, per target: an unknown kernel's types are not judged (its target is the
    problem), a known one's are, with the same shapes."""
    text = hlo('a = c64[4] parameter(0)\n'
               'u = c64[4] custom-call(a), custom_call_target="my_kernel"\n'
               'ROOT k = c64[4] custom-call(a), custom_call_target="AwsNeuronGelu"')
    report = check_module(parse_hlo_text(text), "trn1")
    assert {(d.instruction, d.code) for d in report.diagnostics if d.code == "NCC-E102"} == {("k", "NCC-E102")}


def test_the_same_shapes_in_two_instructions_both_report():
    """A failing verdict is never remembered: each instruction with an unsupported type reports
    (the parameter too)."""
    text = hlo("a = u16[4] parameter(0)\nn = u16[4] negate(a)\nROOT m = u16[4] negate(a)")
    report = check_module(parse_hlo_text(text), "trn1")
    assert sorted(d.instruction for d in report.diagnostics if d.code == "NCC-E101") == ["a", "m", "n"]

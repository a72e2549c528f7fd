"""The optimising passes, checked by running the model before and after (differential tests).

Every pass runs alone on every corpus model that has inputs, with the verifier after it; the
outputs must agree with the unoptimised program's: integers exactly, floats within float32
rounding (fused kernels and re-associated dots may round differently). Every optimisation
level and model type on the whole corpus matches `--auto-cast none -O1`.
"""

from __future__ import annotations

import dataclasses
import json
import warnings

import ml_dtypes
import numpy as np
import pytest

from helpers import JAX_CORPUS, XLA_CORPUS
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.options import CompileOptions
from nccd.compiler.passes import (algebraic_simplification, buffer_assignment,
                                  common_subexpression_elimination, constant_folding, dead_code_elimination,
                                  elementwise_fusion, inline_calls, memory_schedule, model_type_kernels,
                                  run_pipeline, transpose_folding)
from nccd.compiler.runtime.executable import Executable
from nccd.compiler.runtime.ops._common import TOKEN

NONE = CompileOptions(target="trn2", auto_cast="none")
PASSES = [inline_calls, dead_code_elimination, common_subexpression_elimination, constant_folding,
          algebraic_simplification, transpose_folding, elementwise_fusion, memory_schedule, buffer_assignment]


def _arrays(path, meta):
    out = []
    with np.load(path) as archive:
        for entry in meta:
            array = archive[entry["key"]]
            if "stored_as" in entry:
                array = array.view(getattr(ml_dtypes, entry["dtype"]))
            elif entry["dtype"] == "bool":
                array = array.astype(bool)
            out.append(array.reshape(entry["shape"]))
    return out


def _corpus():
    cases = []
    manifest = json.loads((JAX_CORPUS / "manifest.json").read_text())["models"]
    for name, entry in manifest.items():
        if (JAX_CORPUS / name / "inputs.npz").exists() and name != "ops_coverage_linalg":
            cases.append((name, JAX_CORPUS / name / "short.hlo.txt", JAX_CORPUS / name / "inputs.npz", entry["inputs"]))
    handwritten = json.loads((XLA_CORPUS / "manifest.json").read_text())["handwritten"]
    for name, entry in handwritten.items():
        if entry["oracle"] == "xla-cpu" and name != "dependencies":  # rng state: not comparable across runs
            case = XLA_CORPUS / "handwritten" / name
            cases.append((name, case / "module.hlo.txt", case / "inputs.npz", entry["inputs"]))
    return sorted(cases)


CORPUS = _corpus()
_CACHE: dict = {}


def _baseline(name, path, inputs_path, meta):
    if name not in _CACHE:
        module = load_module(str(path))
        inputs = _arrays(inputs_path, meta)
        _CACHE[name] = (module, inputs, Executable(module).run(inputs))
    return _CACHE[name]


def assert_close(got: list, want: list, where: str, tolerance: float = 1e-6) -> None:
    assert len(got) == len(want), where
    for n, (g, w) in enumerate(zip(got, want)):
        if g is TOKEN or w is TOKEN:
            continue
        assert g.shape == w.shape and g.dtype == w.dtype, (where, n, g.dtype, w.dtype)
        if g.dtype.kind in "biu":
            np.testing.assert_array_equal(g, w, err_msg=f"{where} output {n}")
            continue
        a, b = g.astype(np.complex128), w.astype(np.complex128)
        assert np.array_equal(np.isnan(a), np.isnan(b)), f"{where} output {n}: NaNs moved"
        finite = np.isfinite(b)
        assert np.array_equal(a[~finite & ~np.isnan(b)], b[~finite & ~np.isnan(b)]), f"{where} output {n}: inf"
        if finite.any():
            scale = max(float(np.max(np.abs(b[finite]))), 1e-30)
            error = float(np.max(np.abs(a[finite] - b[finite]))) / scale
            assert error <= tolerance, f"{where} output {n}: normwise error {error:.3g}"


@pytest.mark.parametrize("pass_fn", PASSES, ids=lambda p: p.__name__)
@pytest.mark.parametrize("case", CORPUS, ids=lambda c: c[0])
def test_pass_preserves_results(case, pass_fn):
    module, inputs, expected = _baseline(*case)
    result = run_pipeline(module, NONE, passes=[inline_calls, pass_fn], verify=True)
    assert_close(Executable(result.module).run(inputs), expected, f"{case[0]} after {pass_fn.__name__}")


@pytest.mark.parametrize("model_type", ["transformer", "unet-inference"])
@pytest.mark.parametrize("case", CORPUS, ids=lambda c: c[0])
def test_model_type_kernels_preserve_results(case, model_type):
    module, inputs, expected = _baseline(*case)
    options = dataclasses.replace(NONE, model_type=model_type)
    result = run_pipeline(module, options, passes=[inline_calls, algebraic_simplification, model_type_kernels],
                          verify=True)
    assert_close(Executable(result.module).run(inputs), expected, f"{case[0]} {model_type}", tolerance=2e-6)


@pytest.mark.parametrize("optlevel", [1, 2, 3])
@pytest.mark.parametrize("model_type", ["generic", "transformer", "unet-inference"])
def test_every_optlevel_matches_O1_without_auto_cast(optlevel, model_type):
    options = dataclasses.replace(NONE, optlevel=optlevel, model_type=model_type)
    for case in CORPUS:
        module, inputs, expected = _baseline(*case)
        result = run_pipeline(module, options, verify=True)
        assert_close(Executable(result.module).run(inputs), expected, f"{case[0]} -O{optlevel} {model_type}",
                     tolerance=2e-6)


def test_passes_report_whether_they_changed_the_module():
    module = load_module(str(JAX_CORPUS / "transformer_encoder" / "short.hlo.txt"))
    first = run_pipeline(module, NONE, passes=[inline_calls, algebraic_simplification, dead_code_elimination,
                                               elementwise_fusion])
    assert [p.changed for p in first.passes] == [True, True, True, True]
    again = run_pipeline(first.module, NONE, passes=[inline_calls, dead_code_elimination], in_place=True)
    assert [p.changed for p in again.passes] == [False, False]


def test_the_callers_module_is_not_changed():
    module = load_module(str(JAX_CORPUS / "transformer_encoder" / "short.hlo.txt"))
    before = module.instruction_count()
    run_pipeline(module, dataclasses.replace(NONE, optlevel=3, model_type="transformer"))
    assert module.instruction_count() == before


# -- individual rewrites -----------------------------------------------------------------------------

def _entry_ops(module):
    return [i.opcode for i in module.entry.instructions]


def test_cse_constant_folding_and_simplification():
    module = parse_hlo_text("""HloModule m
ENTRY e {
  x = f32[4] parameter(0)
  two = f32[] constant(2)
  three = f32[] constant(3)
  six = f32[] multiply(two, three)
  b = f32[4] broadcast(six), dimensions={}
  a1 = f32[4] multiply(x, b)
  a2 = f32[4] multiply(x, b)
  one = f32[] constant(1)
  ones = f32[4] broadcast(one), dimensions={}
  same = f32[4] multiply(a1, ones)
  r = f32[2,2] reshape(same)
  back = f32[4] reshape(r)
  ROOT s = f32[4] add(back, a2)
}""")
    result = run_pipeline(module, NONE, passes=[constant_folding, common_subexpression_elimination,
                                                algebraic_simplification, dead_code_elimination], verify=True)
    ops = _entry_ops(result.module)
    assert ops.count(Opcode.MULTIPLY) == 1 and Opcode.RESHAPE not in ops
    assert result.facts["constants_folded"] == 1
    x = np.arange(4, dtype=np.float32)
    np.testing.assert_array_equal(Executable(result.module).run([x])[0], 12 * x)


def test_nan_payload_constants_fold_and_run_as_nan():
    # nan(0x1) is f32's signalling NaN 0x7f800001: folding (the runtime's own operators) and the
    # runtime must give NaN for it, as for any NaN, with no floating-point warning escaping
    module = parse_hlo_text("""HloModule m
ENTRY e {
  p = f32[3] parameter(0)
  c = f32[3] constant({nan(0x1), -nan(0x7fffff), 2})
  one = f32[3] constant({1, 1, 1})
  folded = f32[3] add(c, one)
  ROOT r = f32[3] multiply(folded, p)
}""")
    x = np.array([2, 3, 4], np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        direct = Executable(module).run([x])[0]
        result = run_pipeline(module, NONE, passes=[constant_folding, dead_code_elimination], verify=True)
        optimized = Executable(result.module).run([x])[0]
    assert result.facts["constants_folded"] == 1 and Opcode.ADD not in _entry_ops(result.module)
    for out in (direct, optimized):
        assert np.isnan(out[:2]).all() and out[2] == 12


def test_transpose_folds_into_dot_dimension_numbers():
    module = parse_hlo_text("""HloModule m
ENTRY e {
  a = f32[3,2] parameter(0)
  b = f32[3,4] parameter(1)
  t = f32[2,3] transpose(a), dimensions={1,0}
  ROOT d = f32[2,4] dot(t, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}
}""")
    result = run_pipeline(module, NONE, passes=[transpose_folding, dead_code_elimination], verify=True)
    dot = result.module.entry.root
    assert Opcode.TRANSPOSE not in _entry_ops(result.module) and dot.attrs["lhs_contracting_dims"] == (0,)
    a, b = np.arange(6, dtype=np.float32).reshape(3, 2), np.ones((3, 4), np.float32)
    np.testing.assert_array_equal(Executable(result.module).run([a, b])[0], a.T @ b)


def test_elementwise_fusion_forms_multi_output_kernels():
    module = parse_hlo_text("""HloModule m
ENTRY e {
  x = f32[8] parameter(0)
  y = f32[8] parameter(1)
  a = f32[8] add(x, y)
  e = f32[8] exponential(a)
  m = f32[8] multiply(e, x)
  n = f32[8] negate(y)
  s = f32[8] subtract(n, x)
  ROOT t = (f32[8], f32[8], f32[8]) tuple(m, a, s)
}""")
    result = run_pipeline(module, NONE, passes=[elementwise_fusion], verify=True)
    fusions = [i for i in result.module.entry.instructions if i.opcode is Opcode.FUSION]
    # add/exp/multiply and negate/subtract read the same x and y: one multi-output sibling kernel
    assert len(fusions) == 1 and fusions[0].shape.is_tuple and len(fusions[0].shape.tuple_shapes) == 3
    x, y = np.linspace(-1, 1, 8, dtype=np.float32), np.linspace(2, 0, 8, dtype=np.float32)
    want = Executable(module).run([x, y])
    assert_close(Executable(result.module).run([x, y]), want, "fusion", tolerance=0)


def test_elementwise_fusion_merges_many_siblings_into_one_kernel():
    """Thirty independent kernels over the same inputs become one, merged one after another into
    the first (the input index is updated after each merge); the kernel that reads their
    outputs (abs and subtract, also over y) stays apart."""
    chains = "\n".join(f"  a{k} = f32[8] add(x, y)\n  m{k} = f32[8] multiply(a{k}, x)\n"
                       f"  e{k} = f32[8] exponential(m{k})" for k in range(30))
    outputs = ", ".join(f"e{k}" for k in range(30))
    module = parse_hlo_text(f"""HloModule m
ENTRY e {{
  x = f32[8] parameter(0)
  y = f32[8] parameter(1)
{chains}
  s = (f32[8]{", f32[8]" * 29}) tuple({outputs})
  g = f32[8] get-tuple-element(s), index=0
  r = f32[8] abs(y)
  later = f32[8] subtract(g, r)
  ROOT t = (f32[8]{", f32[8]" * 29}, f32[8]) tuple({outputs}, later)
}}""")
    result = run_pipeline(module, NONE, passes=[elementwise_fusion], verify=True)
    fusions = [i for i in result.module.entry.instructions if i.opcode is Opcode.FUSION]
    siblings, later = sorted(fusions, key=lambda f: not f.shape.is_tuple)
    assert len(fusions) == 2 and len(siblings.shape.tuple_shapes) == 30 and later.shape.is_array
    x, y = np.linspace(-1, 1, 8, dtype=np.float32), np.linspace(2, 0, 8, dtype=np.float32)
    assert_close(Executable(result.module).run([x, y]), Executable(module).run([x, y]), "fusion", tolerance=0)


def test_memory_schedule_lowers_peak_memory():
    # two independent branches whose big temporaries need not be alive together
    module = parse_hlo_text("""HloModule m
add {
  p = f32[] parameter(0)
  q = f32[] parameter(1)
  ROOT a = f32[] add(p, q)
}

ENTRY e {
  x = f32[1024] parameter(0)
  big1 = f32[1024,256] broadcast(x), dimensions={0}
  big2 = f32[1024,256] broadcast(x), dimensions={0}
  zero = f32[] constant(0)
  r1 = f32[1024] reduce(big1, zero), dimensions={1}, to_apply=add
  r2 = f32[1024] reduce(big2, zero), dimensions={1}, to_apply=add
  ROOT s = f32[1024] add(r1, r2)
}""")
    before = run_pipeline(module, NONE, passes=[buffer_assignment]).facts["peak_memory_bytes"]
    after = run_pipeline(module, NONE, passes=[memory_schedule, buffer_assignment], verify=True)
    assert after.facts["peak_memory_bytes"] < before
    x = np.linspace(0, 1, 1024, dtype=np.float32)
    assert_close(Executable(after.module).run([x]), Executable(module).run([x]), "schedule", tolerance=0)


# -- model-type patterns ------------------------------------------------------------------------------

def _kernels(name: str, model_type: str) -> dict:
    module = load_module(str(JAX_CORPUS / name / "short.hlo.txt"))
    facts = run_pipeline(module, dataclasses.replace(NONE, model_type=model_type), verify=True).facts
    return {k[len("kernel_"):]: v for k, v in facts.items() if k.startswith("kernel_")}


def test_transformer_patterns_are_recognised_in_the_corpus_transformers():
    # 2-layer encoder: attention, layer norm after attention and MLP, tanh-GELU
    assert _kernels("transformer_encoder", "transformer") == {"attention": 2, "softmax": 2, "layer_norm": 4,
                                                              "gelu_tanh": 2}
    # 2-layer decoder: causal attention, RMS norms, SwiGLU's SiLU, an erf-GELU adapter
    assert _kernels("transformer_decoder", "transformer") == {"attention": 2, "softmax": 2, "rms_norm": 5,
                                                              "silu": 2, "gelu_erf": 1}
    assert _kernels("bert_base", "transformer") == {"attention": 12, "softmax": 12, "layer_norm": 25,
                                                    "gelu_erf": 12}


def test_models_without_the_patterns_are_left_alone():
    assert _kernels("transformer_encoder", "generic") == {}
    assert _kernels("cnn_batchnorm", "transformer") == {}
    assert _kernels("sort_topk", "transformer") == {}


UNET_BLOCK = """HloModule unet_block
ENTRY e {
  x = f32[2,8,8,3] parameter(0)
  w = f32[3,3,3,4] parameter(1)
  b = f32[4] parameter(2)
  c = f32[2,8,8,4] convolution(x, w), window={size=3x3 pad=1_1x1_1}, dim_labels=b01f_01io->b01f
  bb = f32[2,8,8,4] broadcast(b), dimensions={3}
  pre = f32[2,8,8,4] add(c, bb)
  zero = f32[] constant(0)
  zeros = f32[2,8,8,4] broadcast(zero), dimensions={}
  relu = f32[2,8,8,4] maximum(pre, zeros)
  w2 = f32[3,3,4,4] parameter(3)
  c2 = f32[2,8,8,4] convolution(relu, w2), window={size=3x3 pad=1_1x1_1}, dim_labels=b01f_01io->b01f
  pre2 = f32[2,8,8,4] add(c2, bb)
  s = f32[2,8,8,4] logistic(pre2)
  ROOT silu = f32[2,8,8,4] multiply(pre2, s)
}"""


def test_unet_patterns_fuse_convolution_bias_and_activation():
    module = parse_hlo_text(UNET_BLOCK)
    result = run_pipeline(module, dataclasses.replace(NONE, model_type="unet-inference"), verify=True)
    assert result.facts["kernel_conv_bias_activation"] == 2
    kinds = sorted(json.loads(i.attrs["backend_config"])["activation"] for i in result.module.entry.instructions
                   if i.opcode is Opcode.FUSION and "backend_config" in i.attrs)
    assert kinds == ["relu", "silu"]
    rng = np.random.default_rng(0)
    inputs = [rng.standard_normal(s).astype(np.float32) for s in ((2, 8, 8, 3), (3, 3, 3, 4), (4,), (3, 3, 4, 4))]
    assert_close(Executable(result.module).run(inputs), Executable(module).run(inputs), "unet", tolerance=2e-6)
    # a training step keeps the pre-activation for the gradient: not fused, still correct
    assert "conv_bias_activation" not in _kernels("cnn_train_step", "unet-inference")


def test_kernels_carry_their_name_and_run_in_one_pass():
    module = load_module(str(JAX_CORPUS / "transformer_encoder" / "short.hlo.txt"))
    program = run_pipeline(module, dataclasses.replace(NONE, model_type="transformer")).module
    configs = [json.loads(i.attrs["backend_config"]) for i in program.entry.instructions
               if i.opcode is Opcode.FUSION and "backend_config" in i.attrs]
    norms = [c for c in configs if c["nccd_kernel"] == "layer_norm"]
    assert norms and all(c["dims"] == [2] and c["epsilon"] == pytest.approx(1e-5) and "scale_dims" in c
                         and "offset_dims" in c for c in norms)


def test_bert_base_optimised_for_transformers_matches_the_unoptimised_program():
    """The corpus's BERT-base has no recorded inputs: seeded random ones (the embedding layer
    norm of a batch of one broadcasts its scale through a [1,1,768] reshape)."""
    module = load_module(str(JAX_CORPUS / "bert_base" / "short.hlo.txt"))
    plain = Executable(run_pipeline(module, dataclasses.replace(NONE, optlevel=1)).module)
    tuned = run_pipeline(module, dataclasses.replace(NONE, optlevel=3, model_type="transformer"), verify=True)
    inputs = [a * 0.02 if a.dtype.kind == "f" else a for a in plain.random_inputs(0)]
    assert_close(Executable(tuned.module).run(inputs), plain.run(inputs), "bert_base", tolerance=2e-6)


def test_unet_block_from_jax_group_norm_and_conv_kernels_match_xla():
    """A JAX U-Net block (tests/corpus/xla/models): group norms and conv+bias+SiLU become kernels,
    and the optimised program still gives XLA:CPU's numbers."""
    entry = json.loads((XLA_CORPUS / "manifest.json").read_text())["models"]["unet_block"]
    base = XLA_CORPUS / "models" / "unet_block"
    module = load_module(str(base) + ".hlo.txt")
    inputs = _arrays(str(base) + ".inputs.npz", entry["inputs"])
    expected = _arrays(str(base) + ".outputs.npz", entry["outputs"])
    result = run_pipeline(module, dataclasses.replace(NONE, optlevel=3, model_type="unet-inference"), verify=True)
    kernels = {k: v for k, v in result.facts.items() if k.startswith("kernel_")}
    assert kernels == {"kernel_group_norm": 2, "kernel_conv_bias_activation": 1}
    assert_close(Executable(result.module).run(inputs), expected, "unet_block", tolerance=2e-6)

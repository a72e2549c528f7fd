"""Diagnostics point at the user's line, keep the whole stack, and speak the model's framework.

When the HLO carries the Python stack (the debug-info tables of text, `stack_frame_index` of
protos), the reported source is the innermost frame outside torch, torch_xla, jax, flax, optax
and the standard library; hints are PyTorch's for torch_xla graphs.
"""

from __future__ import annotations

import pytest

from helpers import TORCH_CORPUS
from nccd.compiler.analysis.diagnose import diagnose_module
from nccd.compiler.diagnostics import REGISTRY, Diagnostic
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.ir.module import framework_of, is_framework_file

GENERATOR = "tests/corpus/generate_torch_corpus.py"


@pytest.mark.parametrize("path, theirs", [
    ("torch/nn/functional.py", True),                                  # as the corpora rewrite paths
    ("/opt/venv/lib/python3.11/site-packages/torch/nn/modules/module.py", True),
    ("/opt/venv/lib/python3.12/site-packages/torch_xla/core/xla_model.py", True),
    ("/usr/lib/python3/dist-packages/jax/_src/numpy/lax_numpy.py", True),
    ("C:\\Python\\Lib\\site-packages\\flax\\linen\\module.py", True),
    ("optax/_src/transform.py", True),
    ("/usr/lib/python3.11/contextlib.py", True),                       # the standard library
    ("<frozen runpy>", True),
    ("/home/me/project/model.py", False),
    ("/opt/venv/lib/python3.11/site-packages/mylib/layers.py", False),  # another package: the user's
    ("tests/corpus/generate_torch_corpus.py", False),
    ("model.py", False),
    ("/home/me/torch/model.py", False),                                # a folder named torch, not the package
])
def test_framework_files(path, theirs):
    assert is_framework_file(path) is theirs


def stacked_module(innermost: str, framework_function: str) -> str:
    """A conditional whose stack is: `innermost` (a framework's file) <- the user's model.py <- contextlib."""
    return f"""HloModule stacked

FileNames
1 "{innermost}"
2 "/home/me/project/model.py"
3 "/usr/lib/python3.11/contextlib.py"

FunctionNames
1 "{framework_function}"
2 "forward"
3 "inner"

FileLocations
1 {{file_name_id=1 function_name_id=1 line=5294 end_line=5294 column=11 end_column=40}}
2 {{file_name_id=2 function_name_id=2 line=42 end_line=42 column=9 end_column=30}}
3 {{file_name_id=3 function_name_id=3 line=81 end_line=81 column=1 end_column=9}}

StackFrames
1 {{file_location_id=3 parent_frame_id=1}}
2 {{file_location_id=2 parent_frame_id=2}}
3 {{file_location_id=1 parent_frame_id=3}}

then {{
  p = f32[4] parameter(0)
  ROOT n = f32[4] negate(p)
}}

else {{
  p = f32[4] parameter(0)
  ROOT e = f32[4] exponential(p)
}}

ENTRY main {{
  c = pred[] parameter(0)
  x = f32[4] parameter(1)
  ROOT r = f32[4] conditional(c, x, x), true_computation=then, false_computation=else, metadata={{op_type="xla__cond" stack_frame_id=3}}
}}
"""


@pytest.mark.parametrize("innermost, function, framework", [
    ("/opt/venv/lib/python3.11/site-packages/torch/nn/functional.py", "scaled_dot_product_attention", "pytorch"),
    ("/opt/venv/lib/python3.11/site-packages/jax/_src/lax/control_flow/conditionals.py", "cond", "jax"),
])
def test_the_users_frame_is_reported_with_the_whole_stack(innermost, function, framework):
    module = parse_hlo_text(stacked_module(innermost, function), "stacked.hlo.txt")
    assert framework_of(module) == framework
    (d,) = [d for d in diagnose_module(module, "trn1").diagnostics if d.code == "NCC-E108"]
    assert (d.source.file, d.source.line, d.source.function) == ("/home/me/project/model.py", 42, "forward")
    assert [(f.file, f.line) for f in d.stack] == [(innermost, 5294), ("/home/me/project/model.py", 42),
                                                    ("/usr/lib/python3.11/contextlib.py", 81)]
    text = d.format()
    assert "from: /home/me/project/model.py:42:9" in text and f"via: {innermost}:5294:11 ({function})" in text
    again = Diagnostic.from_json(d.to_json())  # the daemon's caches keep the stack
    assert [(str(f), f.function) for f in again.stack] == [(str(f), f.function) for f in d.stack]
    if framework == "pytorch":
        assert "torch.where" in d.hint and "lax.cond" not in d.hint
    else:
        assert d.hint == REGISTRY["NCC-E108"].hint


def test_a_torch_xla_text_with_an_elided_constant_points_at_the_hlo_proto():
    text = """HloModule IrToHlo.7

ENTRY main {
  x = f32[64] parameter(0)
  w = f32[64] constant({...}), metadata={op_type="aten__mul" source_file="torch/nn/functional.py" source_line=12}
  ROOT m = f32[64] multiply(x, w), metadata={op_type="aten__mul" source_file="torch/nn/functional.py" source_line=12}
}
"""
    module = parse_hlo_text(text, "graph.hlo.txt")
    assert framework_of(module) == "pytorch"
    (d,) = [d for d in diagnose_module(module, "trn1").diagnostics if d.code == "NCC-W001"]
    assert "_get_xla_tensors_hlo_proto" in d.hint and "print_large_constants" not in d.hint


def test_torch_corpus_diagnostics_point_into_the_models_not_into_torch():
    """Every diagnostic of a torch_xla proto whose stack reaches the generator reports the generator's line."""
    checked = via_torch = 0
    for folder in sorted(p for p in TORCH_CORPUS.iterdir() if p.is_dir()):
        module = load_module(str(folder / "module.hlo_module.pb"))
        assert framework_of(module) == "pytorch", folder.name
        for target in ("trn1", "inf1"):
            for d in diagnose_module(module, target).diagnostics:
                if not any(f.file == GENERATOR for f in d.stack):
                    continue
                checked += 1
                assert d.source.file == GENERATOR, (folder.name, d.code, d.source)
                via_torch += d.stack[0].file.startswith("torch/")
    assert checked > 20 and via_torch > 10  # many are inside nn.Module code (functional.py...)


def test_torch_argmax_refused_on_inf1_gets_the_pytorch_hint():
    module = load_module(str(TORCH_CORPUS / "index_ops" / "module.hlo_module.pb"))
    argmax = [d for d in diagnose_module(module, "inf1").diagnostics if d.code == "NCC-E113"]
    assert len(argmax) == 3 and all(d.source.file == GENERATOR for d in argmax)
    assert "torch.argmax" in argmax[0].hint and "AwsNeuronArgMax" in argmax[0].hint and "jnp" not in argmax[0].hint

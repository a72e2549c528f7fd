"""Incremental recompiles must give the program a full compile gives.

For real models, every constant (up to a few per model) is edited in the text and compiled
twice by the daemon's engine: once after a compile of the original (so it may be patched
incrementally) and once from scratch. Whenever the engine patched, both artifacts must
produce the same outputs on the same inputs, with the same diagnostics. The trace that
decides "may patch" must also refuse: a constant whose value a check or pass used (a loop
trip count, a folded or merged constant, a kernel's epsilon) is compiled in full.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from helpers import JAX_CORPUS, REPO
from nccd.compiler.artifact import container
from nccd.compiler.compile import compile_module
from nccd.compiler.hlo.loader import load_bytes
from nccd.compiler.options import CompileOptions
from nccd.compiler.runtime.executable import Executable
from nccd.daemon.engine import Engine, EngineConfig

#: A loop with a static trip count (`n`): the support check reads it, so editing it is never patched.
STATIC_LOOP = """\
HloModule static_loop

cond {
  p = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  n = s32[] constant(5)
  ROOT c = pred[] compare(i, n), direction=LT
}

body {
  p = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  x = f32[4] get-tuple-element(p), index=1
  one = s32[] constant(1)
  next = s32[] add(i, one)
  two = f32[] constant(2)
  b = f32[4] broadcast(two), dimensions={}
  y = f32[4] multiply(x, b)
  ROOT t = (s32[], f32[4]) tuple(next, y)
}

ENTRY main {
  x = f32[4] parameter(0)
  zero = s32[] constant(0)
  t = (s32[], f32[4]) tuple(zero, x)
  w = (s32[], f32[4]) while(t), condition=cond, body=body
  ROOT r = f32[4] get-tuple-element(w), index=1
}
"""

MODELS = [
    (REPO / "examples" / "encoder_block.hlo.txt", "generic"),
    (REPO / "examples" / "encoder_block.hlo.txt", "transformer"),
    (JAX_CORPUS / "transformer_encoder" / "short.hlo.txt", "transformer"),
    (JAX_CORPUS / "cnn_batchnorm" / "long.hlo.txt", "generic"),
    (JAX_CORPUS / "cnn_train_step" / "short.hlo.txt", "generic"),
    (JAX_CORPUS / "gather_scatter" / "short.hlo.txt", "generic"),
    (JAX_CORPUS / "sort_topk" / "short.hlo.txt", "generic"),
    (JAX_CORPUS / "ops_coverage_elementwise" / "short.hlo.txt", "generic"),
    (REPO / "tests" / "corpus" / "xla" / "models" / "unet_block.hlo.txt", "unet-inference"),
    ("static_loop", "generic"),
]
EDITS_PER_MODEL = 8
_SCALAR = re.compile(r"= (?P<type>[a-z0-9]+)\[\] constant\((?P<value>[^)]+)\)")
TALLY = {"incremental": 0, "full": 0}


def _edited(value: str, element_type: str) -> str | None:
    if element_type == "pred":
        return "false" if value == "true" else "true"
    try:
        number = float(value)
    except ValueError:
        return None
    if element_type.startswith(("s", "u")):
        return str(int(number) + 1)
    if not np.isfinite(number):
        return "-3.5"
    return repr(number * 0.75 + 0.125)


def _run(module, inputs):
    return [np.asarray(o) for o in Executable(module).run(inputs)]


@pytest.mark.parametrize("path,model_type", MODELS, ids=lambda v: v.parent.name + "/" + v.name
                         if isinstance(v, Path) else v)
def test_patched_artifacts_run_like_full_compiles(path, model_type, tmp_path):
    if path == "static_loop":
        path = tmp_path / "static_loop.hlo.txt"
        path.write_text(STATIC_LOOP)
    text = path.read_text()
    options = CompileOptions(model_type=model_type)
    edits = 0
    for match in _SCALAR.finditer(text):
        new_value = _edited(match["value"], match["type"])
        if new_value is None:
            continue
        edited = text[:match.start("value")] + new_value + text[match.end("value"):]
        engine = Engine(EngineConfig(tmp_path / f"cache{edits}"))
        first = engine.compile_bytes(text.encode(), options, None, None, None, label=path.name)
        if not first.ok:
            pytest.skip(f"{path.name} does not compile for trn1")
        patched = engine.compile_bytes(edited.encode(), options, None, None, None, label=path.name,
                                       return_bytes=True)
        data, full = compile_module(load_bytes(edited.encode(), path.name), options)
        assert patched.ok == full.ok
        if patched.cache != "incremental":
            TALLY["full"] += 1
        else:
            TALLY["incremental"] += 1
            assert [d.to_json() for d in patched.diagnostics] == [d.to_json() for d in full.diagnostics]
            assert patched.fingerprint == full.fingerprint  # the source module is the edited one
            program = container.unpack(patched.artifact).module
            executable = Executable(full.program)
            inputs = executable.random_inputs(7)
            for ours, theirs in zip(_run(program, inputs), _run(full.program, inputs), strict=True):
                if ours.dtype.kind == "f" or "float" in str(ours.dtype):
                    np.testing.assert_allclose(ours.astype(np.float64), theirs.astype(np.float64), rtol=1e-6,
                                               atol=1e-6, err_msg=f"{path.name}: {match.group(0)} -> {new_value}")
                else:
                    np.testing.assert_array_equal(ours, theirs)
        edits += 1
        if edits == EDITS_PER_MODEL:
            break
    assert edits, f"no scalar constants in {path}"


def test_the_comparison_above_was_not_vacuous():
    """Run last (file order): both outcomes happened across the models above."""
    assert TALLY["incremental"] >= 10, TALLY
    assert TALLY["full"] >= 5, TALLY


def test_a_loop_trip_count_is_never_patched_but_the_loop_body_constant_is(tmp_path):
    engine = Engine(EngineConfig(tmp_path))
    options = CompileOptions()
    assert engine.compile_bytes(STATIC_LOOP.encode(), options, None, None, None, label="loop").ok
    bound = STATIC_LOOP.replace("n = s32[] constant(5)", "n = s32[] constant(6)")
    assert engine.compile_bytes(bound.encode(), options, None, None, None, label="loop").cache == "miss"
    factor = bound.replace("two = f32[] constant(2)", "two = f32[] constant(3)")
    result = engine.compile_bytes(factor.encode(), options, None, None, None, label="loop", return_bytes=True)
    assert result.cache == "incremental"
    (out,) = Executable(container.unpack(result.artifact).module).run([np.ones(4, np.float32)])
    np.testing.assert_array_equal(out, np.full(4, 3.0 ** 6, np.float32))


def test_a_structural_edit_is_compiled_in_full(tmp_path):
    path = REPO / "examples" / "encoder_block.hlo.txt"
    text = path.read_text()
    engine = Engine(EngineConfig(tmp_path))
    options = CompileOptions()
    engine.compile_bytes(text.encode(), options, None, None, None, label="enc")
    # new metadata or names: the same program (the canonical fingerprint), found in memory
    noted = text.replace("constant.16 = f32[] constant(1e-06)", "constant.16 = f32[] constant(1e-06), metadata={op_name=\"x\"}")
    assert engine.compile_bytes(noted.encode(), options, None, None, None, label="enc").cache == "memory"
    renamed = text.replace("constant.16", "epsilon.16")
    assert engine.compile_bytes(renamed.encode(), options, None, None, None, label="enc").cache == "memory"
    # another operation: compiled
    changed = re.sub(r"= f32\[(\d+),(\d+),(\d+)\]\{2,1,0\} add\(", r"= f32[\1,\2,\3]{2,1,0} subtract(", text, count=1)
    assert changed != text
    assert engine.compile_bytes(changed.encode(), options, None, None, None, label="enc").cache == "miss"

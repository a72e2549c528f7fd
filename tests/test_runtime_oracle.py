"""The reference runtime against XLA's own numbers (JAX/XLA:CPU outputs committed with the corpora).

Every model goes through `compile` for the first target that accepts it and runs from the
artifact; a model no target accepts (it uses conditional, fft, LAPACK custom calls...) runs
from its module directly, after checking that only target rules refused it. float32 outputs
must match with a normwise relative error below 1e-5 (measured: at most 1.7e-6, in the
transcendental-heavy elementwise model); narrower floats within a few units in their last
place; integers and booleans exactly.
"""

from __future__ import annotations

import json

import ml_dtypes
import numpy as np
import pytest

from helpers import JAX_CORPUS, XLA_CORPUS
from nccd.compiler import artifact as ncx
from nccd.compiler.compile import compile_module
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.options import CompileOptions
from nccd.compiler.runtime.executable import Executable

#: Targets tried in turn: the most capable first.
TARGETS = ("trn2", "trn3", "trn1", "inf2", "inf1")

#: Per element type: the largest normwise relative error accepted.
TOLERANCE = {"float64": 1e-12, "float32": 1e-5, "complex64": 1e-5, "complex128": 1e-12,
             "float16": 2e-3, "bfloat16": 1.6e-2}

#: Outputs whose value is implementation-defined (checked for shape and dtype only).
IMPLEMENTATION_DEFINED = {("dependencies", 1): "rng-get-and-update-state returns XLA:CPU's global RNG state"}


def _load_arrays(path, meta: list[dict]) -> list:
    arrays = []
    with np.load(path) as archive:
        for entry in meta:
            array = archive[entry["key"]]
            dtype = entry["dtype"]
            if "stored_as" in entry:
                array = array.view(getattr(ml_dtypes, dtype))
            elif dtype == "bool":
                array = array.astype(bool)
            arrays.append(array.reshape(entry["shape"]) if array.size == np.prod(entry["shape"]) else array)
    return arrays


def assert_matches(name: str, got: list, want: list) -> None:
    assert len(got) == len(want), f"{name}: {len(got)} outputs, XLA gave {len(want)}"
    for i, (g, w) in enumerate(zip(got, want)):
        where = f"{name} output {i}"
        assert g.shape == w.shape and g.dtype == w.dtype, (where, g.dtype, g.shape, w.dtype, w.shape)
        if (name, i) in IMPLEMENTATION_DEFINED:
            continue
        if g.dtype.kind in "biu":
            mismatch = np.flatnonzero(g.reshape(-1) != w.reshape(-1))
            assert mismatch.size == 0, f"{where}: {mismatch.size} elements differ, first at flat index " \
                                       f"{mismatch[0]}: {g.reshape(-1)[mismatch[0]]} vs XLA {w.reshape(-1)[mismatch[0]]}"
            continue
        wide = np.complex128 if g.dtype.kind == "c" else np.float64
        g64, w64 = g.astype(wide), w.astype(wide)
        assert np.array_equal(np.isnan(g64), np.isnan(w64)), f"{where}: NaNs in other places"
        finite = np.isfinite(w64)
        assert np.array_equal(g64[~finite & ~np.isnan(w64)], w64[~finite & ~np.isnan(w64)]), f"{where}: infinities"
        if finite.any():
            scale = np.max(np.abs(w64[finite]))
            error = np.max(np.abs(g64[finite] - w64[finite])) / (scale if scale > 0 else 1.0)
            assert error <= TOLERANCE[str(g.dtype)], f"{where}: relative error {error:.3g}"


def _compiled_or_direct(module):
    """(executable, target or None): run from the artifact when some target compiles the model."""
    reasons = {}
    for target in TARGETS:
        data, result = compile_module(module, CompileOptions(target=target))
        if data is not None:
            return Executable(ncx.unpack(data).module), target
        reasons[target] = {d.code for d in result.diagnostics if d.is_error}
    runtime_refusals = {t: codes for t, codes in reasons.items() if "NCC-E060" in codes}
    assert not runtime_refusals, f"the runtime refused to compile it: {runtime_refusals}"
    return Executable(module), None


# -- the JAX corpus -----------------------------------------------------------------------------

JAX_MANIFEST = json.loads((JAX_CORPUS / "manifest.json").read_text())["models"]
JAX_RUNNABLE = sorted(name for name in JAX_MANIFEST if (JAX_CORPUS / name / "outputs.npz").exists())
#: Models whose programs call LAPACK custom calls, which no target allows and nccd does not run.
LAPACK = {"ops_coverage_linalg"}


@pytest.mark.parametrize("name", JAX_RUNNABLE)
def test_jax_corpus_model_matches_xla(name):
    entry = JAX_MANIFEST[name]
    module = load_module(str(JAX_CORPUS / name / "short.hlo.txt"))
    if name in LAPACK:
        pytest.skip("LAPACK custom calls: every target refuses them (NCC-E112), so the runtime has none")
    program, _ = _compiled_or_direct(module)
    inputs = _load_arrays(JAX_CORPUS / name / "inputs.npz", entry["inputs"])
    outputs = _load_arrays(JAX_CORPUS / name / "outputs.npz", entry["outputs"])
    assert_matches(name, program.run(inputs), outputs)


@pytest.mark.parametrize("name", ["transformer_encoder", "cnn_batchnorm", "cnn_train_step", "gather_scatter",
                                  "sort_topk", "ops_coverage_shape", "ops_coverage_dot_conv"])
def test_the_models_a_target_accepts_run_from_their_artifact(name):
    _, target = _compiled_or_direct(load_module(str(JAX_CORPUS / name / "short.hlo.txt")))
    assert target == "trn2"


# -- the XLA-checked handwritten modules ---------------------------------------------------------

XLA_MANIFEST = json.loads((XLA_CORPUS / "manifest.json").read_text())["handwritten"]
XLA_RUNNABLE = sorted(n for n, e in XLA_MANIFEST.items() if e["oracle"] == "xla-cpu")


@pytest.mark.parametrize("name", XLA_RUNNABLE)
def test_handwritten_module_matches_xla(name):
    entry, case = XLA_MANIFEST[name], XLA_CORPUS / "handwritten" / name
    program, _ = _compiled_or_direct(load_module(str(case / "module.hlo.txt")))
    inputs = _load_arrays(case / "inputs.npz", entry["inputs"])
    outputs = _load_arrays(case / "outputs.npz", entry["outputs"])
    assert_matches(name, program.run(inputs), outputs)

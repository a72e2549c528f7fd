"""Both ways: the StableHLO and the HLO export of one function read as one program.

JAX corpus: ``stablehlo_debug.mlir`` (``lowered.as_text(debug_info=True)``) against
``short.hlo.txt`` (``lowered.as_text(dialect="hlo", debug_info=True)``), both printed by our
generator from the same lowering. PyTorch corpus: torch_xla's ``stablehlo.mlir`` against
``stablehlo.hlo.txt``, XLA's own conversion of that text (tests/corpus/convert_stablehlo.py; the
traced graph ``module.hlo.txt`` is another program, made by other decompositions). Our own
fixtures (``tests/corpus/stablehlo/*.mlir``, ops the corpora lack or hold in one form only) against
XLA's conversion of each (``*.hlo.txt``, by the same script).

Each pair must give the same outputs on the same inputs. The canonical fingerprint and the
diagnostics are compared in the match table (docs/stablehlo.md), whose differences are listed here
with their cause so a fixed one fails until it is taken off the list.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import ml_dtypes
import numpy as np
import pytest

from helpers import JAX_CORPUS, TORCH_CORPUS
from nccd.compiler.analysis.diagnose import diagnose_path
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.runtime import TOKEN
from nccd.compiler.runtime.errors import UnsupportedOp
from nccd.compiler.ir.dtypes import ElementType, numpy_dtype
from nccd.compiler.runtime.executable import Executable

TORCH_MODELS = sorted(name for name, entry in json.loads((TORCH_CORPUS / "manifest.json").read_text())[
    "models"].items() if "file" in entry.get("stablehlo", {}))
JAX_MODELS = sorted(p.parent.name for p in JAX_CORPUS.glob("*/stablehlo_debug.mlir"))
OWN_FIXTURES = Path(__file__).resolve().parent / "corpus" / "stablehlo"
OWN_MODELS = sorted(p.stem for p in OWN_FIXTURES.glob("*.mlir"))


def pair(corpus: str, name: str):
    """(StableHLO path, HLO path) of one function exported both ways."""
    if corpus == "torch":
        return TORCH_CORPUS / name / "stablehlo.mlir", TORCH_CORPUS / name / "stablehlo.hlo.txt"
    if corpus == "own":
        return OWN_FIXTURES / f"{name}.mlir", OWN_FIXTURES / f"{name}.hlo.txt"
    return JAX_CORPUS / name / "stablehlo_debug.mlir", JAX_CORPUS / name / "short.hlo.txt"


def seeded_inputs(module, seed: int = 0) -> list[np.ndarray]:
    """Inputs for the entry parameters: normal floats, small integers (valid indices), random bools."""
    rng = np.random.default_rng(seed)
    arrays = []
    for param in sorted(module.entry.parameters, key=lambda p: p.parameter_number):
        shape, etype = param.shape.dims, param.shape.element_type
        if etype == ElementType.TOKEN:
            arrays.append(TOKEN)
        elif etype == ElementType.PRED:
            arrays.append(rng.integers(0, 2, size=shape).astype(bool))
        elif etype.is_float:
            arrays.append(rng.normal(size=shape).astype(numpy_dtype(etype)))
        else:
            arrays.append(rng.integers(0, 4, size=shape).astype(numpy_dtype(etype)))
    return arrays


def assert_same_outputs(a: list, b: list, where: str) -> None:
    assert len(a) == len(b), where
    for i, (x, y) in enumerate(zip(a, b)):
        if x is TOKEN or y is TOKEN:
            assert x is y, f"{where} output {i}"
            continue
        assert x.shape == y.shape and x.dtype == y.dtype, (where, i, x.dtype, x.shape, y.dtype, y.shape)
        if x.dtype.kind in "biu":
            assert np.array_equal(x, y), f"{where} output {i}"
            continue
        tol = 1e-2 if x.dtype == ml_dtypes.bfloat16 else 1e-5
        wide = np.complex128 if x.dtype.kind == "c" else np.float64
        x64, y64 = x.astype(wide), y.astype(wide)
        assert np.array_equal(np.isnan(x64), np.isnan(y64)), f"{where} output {i}: NaNs differ"
        ok = np.isfinite(y64)
        infinite = ~ok & ~np.isnan(y64)
        assert np.array_equal(x64[infinite], y64[infinite]), f"{where} output {i}: infinities differ"
        norm = max(np.linalg.norm(y64[ok]), 1e-30)
        assert np.linalg.norm(x64[ok] - y64[ok]) / norm <= tol, f"{where} output {i}"


def findings(path) -> Counter:
    """What a diagnostic says, wherever the text puts it: code and the Python file and line."""
    report = diagnose_path(str(path))
    return Counter((d.code, d.source.file if d.source else None, d.source.line if d.source else None)
                   for d in report.diagnostics)


def compare_diagnostics(shlo_path, hlo_path):
    """None when both exports get the same findings, else (only StableHLO's, only HLO's)."""
    a, b = findings(shlo_path), findings(hlo_path)
    return None if a == b else (a - b, b - a)


def compare_outputs(shlo, hlo, name: str) -> str:
    """'same' or why the outputs were not compared (the reference runtime cannot run it)."""
    inputs = seeded_inputs(hlo)
    try:
        want = Executable(hlo).run(inputs)
    except UnsupportedOp as exc:
        return f"not run: {str(exc).split(': ', 1)[-1]}"
    assert_same_outputs(Executable(shlo).run(inputs), want, name)
    return "same"


@pytest.mark.parametrize("name", TORCH_MODELS)
def test_torch_exports_compute_the_same(name):
    shlo_path, hlo_path = pair("torch", name)
    shlo, hlo = load_module(str(shlo_path)), load_module(str(hlo_path))
    inputs = seeded_inputs(hlo)
    assert [a.shape for a in seeded_inputs(shlo)] == [a.shape for a in inputs]
    assert_same_outputs(Executable(shlo).run(inputs), Executable(hlo).run(inputs), name)


# -- the match table: fingerprints, diagnostics and outputs, both corpora ----------------------------

#: Pairs whose canonical fingerprints differ, and why (docs/stablehlo.md).
FINGERPRINT_DIFFERS = {
    ("jax", "ops_coverage_convert"): "XLA's conversion expands complex exp/log/sqrt into real arithmetic",
}
#: Pairs whose diagnostics (code, Python file and line) differ, and why.
DIAGNOSTICS_DIFFER = {
    **FINGERPRINT_DIFFERS,
}
#: Pairs the reference runtime cannot run (a LAPACK kernel, a host callback, a collective, a custom
#: call of our own, a shard_map's global-to-local reshaping).
NOT_RUN = {("jax", "ops_coverage_linalg"), ("jax", "ops_coverage_textonly"), ("own", "all_to_all"),
           ("own", "op_shardings"), ("own", "shard_map"), ("own", "shard_map_forms")}

PAIRS = [("jax", n) for n in JAX_MODELS] + [("torch", n) for n in TORCH_MODELS] + [("own", n) for n in OWN_MODELS]
READ = PAIRS  # every pair is read (docs/stablehlo.md lists what would be refused)


@pytest.mark.parametrize("corpus, name", READ)
def test_both_exports_have_one_fingerprint(corpus, name):
    from nccd.compiler.ir.fingerprint import fingerprint

    shlo_path, hlo_path = pair(corpus, name)
    same = fingerprint(load_module(str(shlo_path))) == fingerprint(load_module(str(hlo_path)))
    if (corpus, name) in FINGERPRINT_DIFFERS:
        assert not same, f"{name} now matches: take it off FINGERPRINT_DIFFERS and the docs' table"
    else:
        assert same


@pytest.mark.parametrize("corpus, name", READ)
def test_both_exports_get_the_same_diagnostics(corpus, name):
    difference = compare_diagnostics(*pair(corpus, name))
    if (corpus, name) in DIAGNOSTICS_DIFFER:
        assert difference is not None, f"{name} now matches: take it off DIAGNOSTICS_DIFFER and the docs' table"
    else:
        assert difference is None, difference


@pytest.mark.parametrize("corpus, name", [p for p in READ if p[0] != "torch" and p not in NOT_RUN])
def test_jax_and_own_exports_compute_the_same(corpus, name):
    shlo_path, hlo_path = pair(corpus, name)
    assert compare_outputs(load_module(str(shlo_path)), load_module(str(hlo_path)), name) == "same"

"""Both ways: the StableHLO and the HLO export of one function read as one program.

JAX corpus: ``stablehlo_debug.mlir`` (``lowered.as_text(debug_info=True)``) against
``short.hlo.txt`` (``lowered.as_text(dialect="hlo", debug_info=True)``), both printed by our
generator from the same lowering. PyTorch corpus: torch_xla's ``stablehlo.mlir`` against
``stablehlo.hlo.txt``, XLA's own conversion of that text (tests/corpus/convert_stablehlo.py; the
traced graph ``module.hlo.txt`` is another program, made by other decompositions).

Each pair must give the same outputs on the same inputs. The canonical fingerprint and the
diagnostics are compared in the match table (docs/stablehlo.md), whose differences are listed here
with their cause so a fixed one fails until it is taken off the list.
"""

from __future__ import annotations

import json

import ml_dtypes
import numpy as np
import pytest

from helpers import JAX_CORPUS, TORCH_CORPUS
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.ir.dtypes import ElementType, numpy_dtype
from nccd.compiler.runtime.executable import Executable

TORCH_MODELS = sorted(name for name, entry in json.loads((TORCH_CORPUS / "manifest.json").read_text())[
    "models"].items() if "file" in entry.get("stablehlo", {}))
JAX_MODELS = sorted(p.parent.name for p in JAX_CORPUS.glob("*/stablehlo_debug.mlir"))


def pair(corpus: str, name: str):
    """(StableHLO path, HLO path) of one function exported both ways."""
    if corpus == "torch":
        return TORCH_CORPUS / name / "stablehlo.mlir", TORCH_CORPUS / name / "stablehlo.hlo.txt"
    return JAX_CORPUS / name / "stablehlo_debug.mlir", JAX_CORPUS / name / "short.hlo.txt"


def seeded_inputs(module, seed: int = 0) -> list[np.ndarray]:
    """Inputs for the entry parameters: normal floats, small integers (valid indices), random bools."""
    rng = np.random.default_rng(seed)
    arrays = []
    for param in sorted(module.entry.parameters, key=lambda p: p.parameter_number):
        shape, etype = param.shape.dims, param.shape.element_type
        if etype == ElementType.PRED:
            arrays.append(rng.integers(0, 2, size=shape).astype(bool))
        elif etype.is_float:
            arrays.append(rng.normal(size=shape).astype(numpy_dtype(etype)))
        else:
            arrays.append(rng.integers(0, 4, size=shape).astype(numpy_dtype(etype)))
    return arrays


def assert_same_outputs(a: list, b: list, where: str) -> None:
    assert len(a) == len(b), where
    for i, (x, y) in enumerate(zip(a, b)):
        assert x.shape == y.shape and x.dtype == y.dtype, (where, i, x.dtype, x.shape, y.dtype, y.shape)
        if x.dtype.kind in "biu":
            assert np.array_equal(x, y), f"{where} output {i}"
            continue
        tol = 1e-2 if x.dtype == ml_dtypes.bfloat16 else 1e-5
        x64, y64 = x.astype(np.float64), y.astype(np.float64)
        assert np.array_equal(np.isnan(x64), np.isnan(y64)), f"{where} output {i}: NaNs differ"
        ok = np.isfinite(y64)
        norm = max(np.linalg.norm(y64[ok]), 1e-30)
        assert np.linalg.norm((x64 - y64)[ok]) / norm <= tol, f"{where} output {i}"


@pytest.mark.parametrize("name", TORCH_MODELS)
def test_torch_exports_compute_the_same(name):
    shlo_path, hlo_path = pair("torch", name)
    shlo, hlo = load_module(str(shlo_path)), load_module(str(hlo_path))
    inputs = seeded_inputs(hlo)
    assert [a.shape for a in seeded_inputs(shlo)] == [a.shape for a in inputs]
    assert_same_outputs(Executable(shlo).run(inputs), Executable(hlo).run(inputs), name)

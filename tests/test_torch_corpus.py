"""The PyTorch/XLA corpus (tests/corpus/torch/, written by generate_torch_corpus.py): no torch needed.

Every model's four files (torch_xla's HloModuleProto and text, XLA's pre-optimisation dump as text
and proto) load and are one program. Every model compiles for the targets that can run it, and
only those, and its artifact reproduces XLA:CPU's outputs on the committed inputs: float32 within
a normwise relative error of 1e-5, bfloat16 within 1e-2, integers and booleans exactly. Dynamic
shapes are refused at the line of the generator's model that made them.
"""

from __future__ import annotations

import json
import re

import ml_dtypes
import numpy as np
import pytest

from helpers import REPO, TORCH_CORPUS
from nccd.compiler import artifact as ncx
from nccd.compiler.analysis.diagnose import diagnose_module
from nccd.compiler.compile import compile_module
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.ir.fingerprint import fingerprint
from nccd.compiler.options import CompileOptions
from nccd.compiler.runtime.executable import Executable

MANIFEST = json.loads((TORCH_CORPUS / "manifest.json").read_text())["models"]
MODELS = sorted(MANIFEST)
FILES = ("module.hlo_module.pb", "module.hlo.txt", "long.hlo.txt", "dump.hlo.pb")
TARGETS = ("inf1", "inf2", "trn1", "trn1n", "trn2", "trn3")
GENERATOR = "tests/corpus/generate_torch_corpus.py"

#: Largest normwise relative error accepted per element type; other types must be equal.
TOLERANCE = {"float32": 1e-5, "bfloat16": 1e-2}

#: model -> the error codes every target refuses it with.
REFUSED_EVERYWHERE = {"dynamic_shapes": {"NCC-E107"}}
#: The models inf1 can run: its operator table is conservative (no erf, select-and-scatter, sort, ...).
INF1_RUNS = {"dropout_rng", "gpt_block", "arg_extremes"}
#: inf1 has no custom-call kernels, so no ArgMax/ArgMin for argmax/argmin's two-array reduce either.
INF1_ARG_EXTREMES = {"arg_extremes", "index_ops"}


def refusal(model: str, target: str) -> set[str]:
    """The error codes ``target`` refuses ``model`` with (empty: it compiles and must match XLA:CPU)."""
    codes = set(REFUSED_EVERYWHERE.get(model, ()))
    if target == "inf1" and model not in INF1_RUNS:
        codes.add("NCC-E100")
    if target == "inf1" and model in INF1_ARG_EXTREMES:
        codes.add("NCC-E113")
    return codes


def arrays(path, meta: list[dict]) -> list[np.ndarray]:
    with np.load(path) as archive:
        out = []
        for entry in meta:
            array = archive[entry["key"]]
            if "stored_as" in entry:
                array = array.view(getattr(ml_dtypes, entry["dtype"]))
            out.append(array.reshape(entry["shape"]))
        return out


def normwise_error(got: np.ndarray, want: np.ndarray) -> float:
    """max |got - want| / max |want| over the finite elements (NaN and infinities must agree exactly)."""
    g, w = got.astype(np.float64), want.astype(np.float64)
    assert np.array_equal(np.isnan(g), np.isnan(w)), "NaNs in other places"
    finite = np.isfinite(w)
    assert np.array_equal(g[~finite & ~np.isnan(w)], w[~finite & ~np.isnan(w)]), "infinities differ"
    if not finite.any():
        return 0.0
    scale = float(np.max(np.abs(w[finite]))) or 1.0
    return float(np.max(np.abs(g[finite] - w[finite]))) / scale


def assert_matches_xla(name: str, got: list, want: list) -> float:
    """Check ``got`` against XLA:CPU's outputs with the tolerances above; the largest float error."""
    assert len(got) == len(want), f"{name}: {len(got)} outputs, XLA:CPU gave {len(want)}"
    worst = 0.0
    for n, (g, w) in enumerate(zip(got, want)):
        assert (g.shape, g.dtype) == (w.shape, w.dtype), (name, n, g.dtype, g.shape, w.dtype, w.shape)
        if str(w.dtype) in TOLERANCE:
            error = normwise_error(g, w)
            assert error <= TOLERANCE[str(w.dtype)], f"{name} output {n}: normwise error {error:.3g}"
            worst = max(worst, error)
        else:
            np.testing.assert_array_equal(g, w, err_msg=f"{name} output {n}")
    return worst


_MODULES: dict = {}


def module_of(name: str):
    if name not in _MODULES:
        _MODULES[name] = load_module(str(TORCH_CORPUS / name / "module.hlo_module.pb"))
    return _MODULES[name]


@pytest.mark.parametrize("name", MODELS)
def test_the_four_files_are_one_program(name):
    """What torch_xla hands over (proto and text) is what XLA:CPU compiled (its dump)."""
    prints = {f: fingerprint(load_module(str(TORCH_CORPUS / name / f))) for f in FILES}
    assert len(set(prints.values())) == 1, prints
    module = module_of(name)
    parameters = [p.shape.text(with_layout=False) for p in module.entry.parameters]
    recorded = [f"{e['dtype']}{e['shape']}" for e in MANIFEST[name]["inputs"]]
    assert len(parameters) == len(recorded), (parameters, recorded)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("name", MODELS)
def test_model_compiles_where_it_can_and_matches_xla_cpu(name, target):
    data, result = compile_module(module_of(name), CompileOptions(target=target, auto_cast="none"))
    refused = refusal(name, target)
    if refused:
        assert data is None
        assert {d.code for d in result.diagnostics if d.is_error} == refused
        return
    assert data is not None, [d.format() for d in result.diagnostics if d.is_error]
    entry, folder = MANIFEST[name], TORCH_CORPUS / name
    program = Executable(ncx.unpack(data).module)
    got = program.run(arrays(folder / "inputs.npz", entry["inputs"]))
    assert_matches_xla(name, got, arrays(folder / "outputs.npz", entry["outputs"]))


def marked_lines(marker: str) -> set[int]:
    """Lines of the generator's model source that carry ``# corpus: <marker>``."""
    lines = (REPO / GENERATOR).read_text().splitlines()
    return {n for n, line in enumerate(lines, 1) if re.search(rf"# corpus: {marker}\b", line)}


def test_dynamic_shapes_are_refused_at_the_users_line():
    lines = marked_lines("dynamic-shape")
    assert len(lines) == 3  # torch.nonzero, torch.masked_select, the sum over the selected values
    report = diagnose_module(module_of("dynamic_shapes"), "trn1")
    dynamic = [d for d in report.diagnostics if d.code == "NCC-E107"]
    # the result tuple is dynamic too, but torch_xla gives it no metadata (no Python line)
    assert [d.instruction for d in dynamic if d.source is None] == [module_of("dynamic_shapes").entry.root.name]
    assert {(d.source.file, d.source.line) for d in dynamic if d.source} == {(GENERATOR, n) for n in lines}


def test_every_model_has_a_stablehlo_export_or_says_why_not():
    for name, entry in MANIFEST.items():
        export = entry["stablehlo"]
        if "file" in export:
            text = (TORCH_CORPUS / name / export["file"]).read_text()
            assert text.startswith("module @"), name
            assert len(export["inputs"]) == text.split("func.func @main(", 1)[1].split(")")[0].count("%arg")
        else:
            assert export["error"], name

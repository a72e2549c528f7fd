"""tests/corpus/xla: opcodes JAX never emits, compile().as_text() dumps, 4-device collectives.

Together with tests/corpus/jax this corpus must touch every opcode that some target's
operator table marks supported; XLA itself vouches for each file (its parser accepted it,
and where XLA:CPU could run it, its outputs are stored).
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from helpers import XLA_CORPUS, assert_modules_equal, jax_text_files, xla_text_files
from nccd.compiler.analysis.diagnose import diagnose_path
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.hlo.printer import STYLES, print_module
from nccd.compiler.ir.fingerprint import fingerprint
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.ir.verifier import verify_module
from nccd.compiler.targets import tables

MANIFEST = json.loads((XLA_CORPUS / "manifest.json").read_text())
HANDWRITTEN = sorted(p for p in (XLA_CORPUS / "handwritten").iterdir() if p.is_dir())
TARGETS = ("inf1", "inf2", "trn1", "trn1n", "trn2", "trn3")


def _module(path):
    loaded = load_module(str(path))
    return loaded[0] if isinstance(loaded, tuple) else loaded


def _rel(path) -> str:
    return str(path.relative_to(XLA_CORPUS))


def test_every_opcode_a_target_supports_is_in_a_generated_corpus():
    supported = {e.opcode for e in tables.operator_entries()
                 if any(e.on(t).supported for t in TARGETS)}
    seen: set[Opcode] = set()
    for path in jax_text_files() + xla_text_files():
        seen |= {inst.opcode for inst in parse_hlo_text(path.read_text()).all_instructions()}
    missing = sorted(op.text for op in supported - seen)
    assert not missing, f"no corpus module uses {missing}: add one to tests/corpus/generate_xla_corpus.py"
    assert len(supported) > 120


def test_manifest_lists_every_handwritten_module_and_its_oracle():
    assert sorted(MANIFEST["handwritten"]) == sorted(p.name for p in HANDWRITTEN)
    for name, entry in MANIFEST["handwritten"].items():
        files = sorted(f.name for f in (XLA_CORPUS / "handwritten" / name).iterdir())
        assert files == entry["files"], name
        if entry["oracle"] == "none":
            assert set(entry["opcodes"]) & set(MANIFEST["unknown_to_jaxlib"]), name
        else:
            assert "module.hlo_module.pb" in files and "xla.hlo.txt" in files, name
        assert (entry["oracle"] == "xla-cpu") == ("outputs.npz" in files), name


@pytest.mark.parametrize("path", xla_text_files(), ids=_rel)
def test_parses_verifies_and_round_trips(path):
    module = parse_hlo_text(path.read_text(), str(path))
    errors = [d.format() for d in verify_module(module) if d.is_error]
    assert not errors, errors
    for style in STYLES:
        assert_modules_equal(module, parse_hlo_text(print_module(module, style)))


@pytest.mark.parametrize("case", [p for p in HANDWRITTEN if (p / "xla.hlo.txt").exists()], ids=lambda p: p.name)
def test_our_text_xlas_reprint_and_xlas_proto_are_one_module(case):
    ours = parse_hlo_text((case / "module.hlo.txt").read_text())
    proto = _module(case / "module.hlo_module.pb")
    reprint = parse_hlo_text((case / "xla.hlo.txt").read_text())
    # XLA makes instruction names module-unique (`a` -> `a.1`), so our text equals XLA's
    # module up to names: exactly what the canonical fingerprint is blind to.
    assert fingerprint(ours) == fingerprint(proto) == fingerprint(reprint)
    # XLA prints async ops as `negate-start` sugar, which hides the wrapped computation's name.
    if not any(i.opcode is Opcode.ASYNC_START for i in reprint.all_instructions()):
        assert_modules_equal(reprint, proto, check_metadata=False, computation_order=False)


@pytest.mark.parametrize("case", [p for p in HANDWRITTEN if (p / "outputs.npz").exists()], ids=lambda p: p.name)
def test_runnable_modules_store_inputs_matching_their_parameters(case):
    module = parse_hlo_text((case / "module.hlo.txt").read_text())
    params = sorted((i for i in module.entry.instructions if i.opcode is Opcode.PARAMETER),
                    key=lambda i: i.parameter_number)
    with np.load(case / "inputs.npz") as inputs:
        assert len(inputs.files) == len(params)
        for p in params:
            assert list(inputs[f"arg{p.parameter_number}"].shape) == list(p.shape.dims), p.name
    with np.load(case / "outputs.npz") as outputs:
        assert len(outputs.files) == len(MANIFEST["handwritten"][case.name]["outputs"])


def test_compiled_dumps_are_the_optimised_long_form():
    for name in MANIFEST["compiled"]:
        text = (XLA_CORPUS / "compiled" / f"{name}.hlo.txt").read_text()
        module = parse_hlo_text(text)
        assert module.source_format == "text"
        assert text.lstrip().startswith("HloModule") and "ENTRY %" in text
        assert Opcode.FUSION in {i.opcode for i in module.all_instructions()}, name


def test_multidevice_collectives_are_real_jax_collectives():
    module = _module(XLA_CORPUS / "multidevice" / "collectives_4dev.hlo.txt")
    proto = _module(XLA_CORPUS / "multidevice" / "collectives_4dev.hlo_module.pb")
    assert_modules_equal(module, proto, check_metadata=False)
    ops = {i.opcode for i in module.all_instructions()}
    assert {Opcode.ALL_TO_ALL, Opcode.ALL_REDUCE, Opcode.ALL_GATHER, Opcode.REDUCE_SCATTER,
            Opcode.COLLECTIVE_PERMUTE} <= ops
    groups = next(i for i in module.all_instructions() if i.opcode is Opcode.ALL_TO_ALL).attrs["replica_groups"]
    assert "0" in str(groups) and "3" in str(groups)


@pytest.mark.parametrize("target", TARGETS)
def test_every_file_diagnoses_on_every_target(target):
    for path in xla_text_files():
        report = diagnose_path(str(path), target)
        assert report.instructions > 0


def _codes(name: str, target: str) -> set[str]:
    report = diagnose_path(str(XLA_CORPUS / "handwritten" / name / "module.hlo.txt"), target)
    return {d.code for d in report.diagnostics if d.is_error}


def test_expected_diagnostics():
    # NeuronCore-v1 (inf1) is modelled on the Inf1 XLA operator table: no acos, no map, no async ops.
    assert "NCC-E100" in _codes("inverse_trig", "inf1")
    assert "NCC-E100" in _codes("map", "inf1")
    assert not _codes("inverse_trig", "trn1")
    # batch norm is in both published tables
    assert not _codes("batch_norm", "inf1") and not _codes("batch_norm", "trn2")
    assert not _codes("fusion", "trn1")

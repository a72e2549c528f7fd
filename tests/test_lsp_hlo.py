"""HLO documents in the language server: the compiler's findings placed on the text, hover, definition, symbols."""

from __future__ import annotations

from pathlib import Path

import pytest

from nccd.clients.lsp import hlo_features as H
from nccd.clients.lsp.backend import Backend
from nccd.clients.lsp.documents import HLO, Snapshot, analyze, hlo_index
from nccd.clients.lsp.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SAMPLER = REPO / "examples" / "sampler_step.hlo.txt"


def _result(text: str, target: str = "trn1", name: str = "model.hlo.txt"):
    snap = Snapshot(f"file:///tmp/{name}", f"/tmp/{name}", HLO, text, 1)
    return analyze(snap, Settings(target=target), Backend(use_daemon=False))


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines()) if needle in line)


def test_target_findings_sit_on_the_instruction_with_its_python_origin():
    text = SAMPLER.read_text()
    result = _result(text)
    by_code = {f.code: f for f in result.findings}
    cond = by_code["NCC-E108"]
    line = text.splitlines()[cond.span.line]
    assert line[cond.span.col:cond.span.end_col] == "cond.3 = s32[] conditional"
    assert cond.origin == "examples/models.py:45:11"
    assert by_code["NCC-E109"].span.line == _line_of(text, "while.4 = ")


def test_parse_errors_have_the_exact_range():
    text = SAMPLER.read_text().replace("constant(-inf)", "constnt(-inf)", 1)
    result = _result(text)
    assert [f.code for f in result.findings] == ["NCC-E002"]
    f = result.findings[0]
    assert text.splitlines()[f.span.line][f.span.col:f.span.end_col] == "constnt"
    assert hlo_index(result) is None  # nothing to hover on until it parses again


def test_the_configured_target_decides():
    text = SAMPLER.read_text()
    assert "NCC-E110" in {f.code for f in _result(text, "inf1").findings}
    assert "NCC-E110" not in {f.code for f in _result(text, "trn2").findings}


@pytest.mark.parametrize("text", ["", "HloModule", "HloModule m\nENTRY e {\n  ROOT p = f32[] parameter(0\n",
                                  "HloModule m\n\x00\x00", "not hlo at all"])
def test_malformed_hlo_gives_diagnostics_not_exceptions(text):
    result = _result(text)
    assert result.failed is None
    assert all(f.code.startswith("NCC-") for f in result.findings)


def test_hover_on_an_instruction_shows_shape_source_and_support_per_target():
    text = SAMPLER.read_text()
    result = _result(text)
    line = _line_of(text, "cond.3 = s32[] conditional")
    col = text.splitlines()[line].index("conditional") + 2
    markdown, span = H.hover(hlo_index(result), line, col)
    assert "**`cond.3`** = `s32[]` **conditional**" in markdown
    assert "from Python: examples/models.py:45" in markdown
    assert "| trn1 | **no** (NCC-E108)" in markdown and "| inf1 | **no** (NCC-E110)" in markdown


def test_hover_on_a_dot_mentions_auto_cast():
    text = (REPO / "examples" / "encoder_block.hlo.txt").read_text()
    result = _result(text)
    line = next(i for i, l in enumerate(text.splitlines()) if " dot(" in l)
    col = text.splitlines()[line].index(" dot(") + 2
    markdown, _ = H.hover(hlo_index(result), line, col, "matmult", "bf16")
    assert "computed in bf16" in markdown


def test_definition_follows_operands_and_called_computations():
    text = SAMPLER.read_text()
    index = hlo_index(_result(text))
    line = _line_of(text, "reduce.11 = (f32[], s32[]) reduce(")
    row = text.splitlines()[line]
    operand = H.definition(index, line, row.index("iota.1") + 1)
    assert operand.line == _line_of(text, "iota.1 = ")
    callee = H.definition(index, line, row.index("region_6.7") + 3)
    assert text.splitlines()[callee.line].startswith("region_6.7")
    assert H.definition(index, line, row.index("dimensions") + 1) is None


def test_symbols_list_computations_with_their_instructions():
    text = SAMPLER.read_text()
    symbols = H.symbols(hlo_index(_result(text)))
    names = [s.name for s in symbols]
    assert "argmax.8" in names and any(s.detail.startswith("ENTRY") for s in symbols)
    argmax = symbols[names.index("argmax.8")]
    assert [c.name for c in argmax.children][:2] == ["jit_sampler_step_.1", "iota.1"]
    assert argmax.span.line < argmax.children[0].span.line <= argmax.span.end_line


@pytest.mark.parametrize("uri, language, text, expected", [
    ("file:///m.hlo", None, "", True),
    ("file:///m.hlo.txt", None, "", True),
    ("file:///dump/module_0001.jit_f.before_optimizations.txt", "plaintext", "HloModule jit_f\n", True),
    ("file:///notes.txt", "plaintext", "some notes\n", False),
    ("untitled:1", "hlo", "", True),
])
def test_hlo_documents_are_recognised(uri, language, text, expected):
    assert H.is_hlo_document(uri, language, text) is expected


@pytest.mark.needs_shared
def test_every_hloenv_dump_gets_the_compilers_findings_on_its_own_lines():
    """81 real XLA dumps opened in the editor: one diagnostic per compiler diagnostic, each on the line the
    compiler names (the instruction's own line), never outside the text, and hover works there."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import hloenv_files

    from nccd.compiler.analysis.diagnose import diagnose_bytes

    files = hloenv_files()
    checked = 0
    for path in files:
        text = path.read_text()
        result = _result(text, name=path.name)
        assert result.failed is None, path
        expected = diagnose_bytes(text.encode(), path.name, "trn1").to_json()["diagnostics"]
        assert [f.code for f in result.findings] == [d["code"] for d in expected], path
        lines = text.splitlines()
        for finding, diagnostic in zip(result.findings, expected):
            span = finding.span
            assert 0 <= span.line <= span.end_line < max(len(lines), 1), (path, finding)
            hlo = diagnostic.get("hlo") or {}
            if hlo.get("line"):
                assert span.line == hlo["line"] - 1, (path, finding)
                if hlo.get("instruction"):
                    assert hlo["instruction"] in lines[span.line], (path, finding)
            checked += 1
    assert checked > 0

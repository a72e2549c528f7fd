"""The deep check: `# ncc: entry` pragmas, tracing with the user's JAX, findings at Python lines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

sys.path.insert(0, str(Path(__file__).parent / "lsp"))
from editor import Editor, start_session  # noqa: E402
from harness import HERE, SERVER, jax_python  # noqa: E402

from nccd.clients.lsp.backend import Backend  # noqa: E402
from nccd.clients.lsp.deep_check import deep_check, find_entries  # noqa: E402
from nccd.clients.lsp.python_source import PythonSource  # noqa: E402

MODEL = HERE / "deep" / "sampler.py"
JAX = jax_python()
needs_jax = pytest.mark.skipif(JAX is None, reason="no Python with JAX: set NCC_JAX_PYTHON=/path/to/venv/bin/python")


def test_pragmas_name_the_function_and_its_example_inputs():
    entries, problems = find_entries(MODEL.read_text())
    assert problems == []
    assert [e.function for e in entries] == ["sample", "branchy"]
    assert entries[0].args == ({"kind": "array", "name": "logits", "dtype": "float32", "dims": [8, 128]},
                               {"kind": "array", "name": "temperature", "dtype": "float32", "dims": []})
    assert entries[1].args[1] == {"kind": "static", "name": "steps", "value": 3}


@pytest.mark.parametrize("pragma, complaint", [
    ("# ncc: entry x=f32[8]\n\nx = 1\n", "must be right above a module-level function"),
    ("# ncc: entry x=q7[8]\ndef f(x):\n    return x\n", "unknown element type 'q7'"),
    ("# ncc: entry y=f32[8]\ndef f(x):\n    return x\n", "f() has no parameter y"),
    ("# ncc: entry\ndef f(x, w):\n    return x\n", "give an example input for x, w"),
    ("# ncc: entry x=f32[8\ndef f(x):\n    return x\n", "cannot read x=f32[8"),
])
def test_a_bad_pragma_is_one_warning_on_its_line(pragma, complaint):
    entries, problems = find_entries("import jax\n" + pragma)
    assert entries == [] and len(problems) == 1
    assert problems[0].code == "NCC-W230" and complaint in problems[0].message and problems[0].span.line == 1


def test_without_jax_the_deep_check_says_nothing(tmp_path):
    no_jax = tmp_path / "python"
    no_jax.write_text("#!/bin/sh\nexec %s -S -I -c 'import sys, json; sys.stdin.read(); "
                      "print(json.dumps({\"status\": \"no-jax\"}))'\n" % sys.executable)
    no_jax.chmod(0o755)
    assert deep_check(str(MODEL), MODEL.read_text(), str(no_jax), "trn1", Backend(use_daemon=False)) == []


@needs_jax
def test_the_planted_unsupported_op_is_reported_at_its_python_line():
    text = MODEL.read_text()
    findings = deep_check(str(MODEL), text, JAX, "trn1", Backend(use_daemon=False))
    source = PythonSource(text)
    variadic = next(f for f in findings if f.code == "NCC-E113")
    assert source.text_in(variadic.span).startswith("lax.reduce((probs, probs)")
    assert "deep check of sample" in variadic.message
    failed = next(f for f in findings if f.code == "NCC-W230")
    assert source.lines[failed.span.line].strip() == "if x.sum() > 0:"
    assert "TracerBoolConversionError" in failed.message


# the server inherits the session's environment (its private runtime directory) when it starts; JAX's
# interpreter is given as the `python` setting
@pytest_lsp.fixture(params=["visual_studio_code", "neovim"], loop_scope="module",
                    config=ClientServerConfig(server_command=SERVER))
async def client(request, lsp_client: LanguageClient):
    await start_session(lsp_client, request.param, {"debounceMs": 0, "workspaceTrusted": True,
                                                    **({"python": JAX} if JAX else {})})
    yield
    await lsp_client.shutdown_session()


@needs_jax
@pytest.mark.asyncio(loop_scope="module")
async def test_saving_runs_the_deep_check_and_publishes_its_findings(client: LanguageClient):
    editor = Editor(client)
    uri, static = await editor.open(MODEL)
    assert [d.code for d in static] == ["NCC-E200"]  # `if x.sum() > 0` in branchy, seen statically
    client.diagnostics.pop(uri, None)
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))
    deep = await editor.pushed(uri)  # pushed in both modes (pulling clients get the static ones by pull)
    by_code = {d.code: d for d in deep}
    assert by_code["NCC-E113"].source == "ncc deep check"
    assert editor.text_at(uri, by_code["NCC-E113"].range).startswith("lax.reduce((probs, probs)")
    assert "NCC-W230" in by_code
    await editor.close(uri)

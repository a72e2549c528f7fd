"""The PyTorch deep check: `# ncc: entry` above an nn.Module class or a torch function, run with the user's
torch (graph breaks, torch.export, the torch_xla HLO checked against the target), silent without torch."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

sys.path.insert(0, str(Path(__file__).parent / "lsp"))
from editor import Editor, start_session  # noqa: E402
from harness import HERE, SERVER, torch_python  # noqa: E402

from nccd.clients.lsp.backend import Backend  # noqa: E402
from nccd.clients.lsp.deep_check import deep_check, find_entries  # noqa: E402
from nccd.clients.lsp.python_source import PythonSource  # noqa: E402

MODEL = HERE / "deep" / "torch_block.py"
TORCH = torch_python()
TORCH_WAIT_S = 600.0  # loading torch and torch_xla, tracing three ways: tens of seconds on a busy machine
needs_torch = pytest.mark.skipif(TORCH is None,
                                 reason="no Python with torch: set NCC_TORCH_PYTHON=/path/to/venv/bin/python")


def _line(source: PythonSource, text: str) -> int:
    return next(n for n, line in enumerate(source.lines) if text in line)


def test_a_module_class_is_marked_with_how_to_build_it_and_forwards_inputs():
    entries, problems = find_entries(MODEL.read_text())
    assert problems == []
    gate, pick, mix = entries
    assert (gate.function, gate.framework, gate.build) == ("Gate", "torch", "Gate(width=16, keep=4)")
    assert gate.args == ({"kind": "array", "name": "x", "dtype": "float32", "dims": [2, 16]},)
    assert (mix.function, mix.framework, mix.build) == ("mix", "torch", None)  # torch imported, not jax
    assert pick.framework == "torch"


@pytest.mark.parametrize("pragma, complaint", [
    ("# ncc: entry build=Net( x=f32[2]\nclass Net(nn.Module):\n    def forward(self, x):\n        return x\n",
     "cannot read build=Net("),
    ("# ncc: entry y=f32[2]\nclass Net(nn.Module):\n    def forward(self, x):\n        return x\n",
     "Net.forward() has no parameter y"),
    ("# ncc: entry\nclass Net(nn.Module):\n    def forward(self, x, mask=None):\n        return x\n",
     "give an example input for x"),
])
def test_a_bad_module_pragma_is_one_warning_on_its_line(pragma, complaint):
    entries, problems = find_entries("import torch\nfrom torch import nn\n" + pragma)
    assert entries == [] and len(problems) == 1
    assert problems[0].code == "NCC-W230" and complaint in problems[0].message and problems[0].span.line == 2


def test_build_defaults_to_the_class_and_an_inherited_forward_takes_the_inputs_as_written():
    entries, _ = find_entries("import torch\n\n# ncc: entry a=f32[3] b=s64[3]\nclass Seq(torch.nn.Sequential):\n"
                              "    pass\n")
    assert entries[0].build == "Seq()" and [a["name"] for a in entries[0].args] == ["a", "b"]


def test_without_torch_the_deep_check_says_nothing(tmp_path):
    no_torch = tmp_path / "python"
    no_torch.write_text("#!/bin/sh\nexec %s -S -I -c 'import sys, json; sys.stdin.read(); "
                        "print(json.dumps({\"status\": \"no-torch\"}))'\n" % sys.executable)
    no_torch.chmod(0o755)
    assert deep_check(str(MODEL), MODEL.read_text(), str(no_torch), "inf1", Backend(use_daemon=False)) == []


def test_the_real_tracer_without_torch_says_nothing(tmp_path):
    """trace_torch.py itself, in an interpreter that cannot import torch (isolated, no site-packages)."""
    python = tmp_path / "python"
    python.write_text(f"#!/bin/sh\nexec {sys.executable} -S -I \"$@\"\n")
    python.chmod(0o755)
    assert deep_check(str(MODEL), MODEL.read_text(), str(python), "inf1", Backend(use_daemon=False)) == []


@needs_torch
def test_graph_breaks_and_the_xla_hlo_are_reported_at_their_python_lines():
    text = MODEL.read_text()
    findings = deep_check(str(MODEL), text, "/nonexistent/python", "inf1", Backend(use_daemon=False),
                          timeout_s=TORCH_WAIT_S, torch_python=TORCH)
    source = PythonSource(text)
    at = {(f.code, f.span.line) for f in findings}
    assert ("NCC-W240", _line(source, "float(h.abs().max().item())")) in at
    assert ("NCC-W240", _line(source, "if h.mean() > 0:")) in at
    # torch.export gets past the host read (an unbacked size) and stops at the branch on it
    assert ("NCC-W240", _line(source, "count = int((x > 0).sum())")) in at
    assert ("NCC-W241", _line(source, "if count > 3:")) in at
    assert "data-dependent" in next(f.message for f in findings if f.code == "NCC-W241")
    sort_line = _line(source, "torch.sort(h, dim=-1)")
    if _has_torch_xla():
        assert ("NCC-E100", sort_line) in at  # inf1's table has no sort
        sort = next(f for f in findings if f.code == "NCC-E100")
        assert "on the XLA CPU device" in sort.message and "deep check of Gate" in sort.message
    mix_lines = range(_line(source, "def mix"), len(source.lines))
    assert not [f for f in findings if f.span.line in mix_lines], "mix is clean"
    assert not [f for f in findings if f.code == "NCC-W230"], [f.message for f in findings]


def _has_torch_xla() -> bool:
    import subprocess

    return subprocess.run([TORCH, "-c", "import torch_xla"], capture_output=True, timeout=300,
                          env={**os.environ, "PJRT_DEVICE": "CPU"}).returncode == 0


@needs_torch
def test_a_module_that_cannot_be_built_is_reported_at_the_pragma(tmp_path):
    model = tmp_path / "broken.py"
    model.write_text("import torch\n\n\n# ncc: entry build=Net(width=3) x=f32[2,3]\nclass Net(torch.nn.Module):\n"
                     "    def __init__(self):\n        super().__init__()\n\n"
                     "    def forward(self, x):\n        return x\n")
    findings = deep_check(str(model), model.read_text(), TORCH, "trn1", Backend(use_daemon=False),
                          timeout_s=TORCH_WAIT_S)
    assert [(f.code, f.span.line) for f in findings] == [("NCC-W230", 3)]
    assert "unexpected keyword argument 'width'" in findings[0].message


# the editor trusts the workspace and names the torch interpreter in its user settings
@pytest_lsp.fixture(params=["visual_studio_code"], loop_scope="module",
                    config=ClientServerConfig(server_command=SERVER))
async def client(request, lsp_client: LanguageClient):
    await start_session(lsp_client, request.param, {"debounceMs": 0, "target": "inf1", "workspaceTrusted": True,
                                                    "deepCheckTimeoutS": TORCH_WAIT_S,
                                                    **({"torchPython": TORCH} if TORCH else {})})
    yield
    await lsp_client.shutdown_session()


@needs_torch
@pytest.mark.asyncio(loop_scope="module")
async def test_saving_a_torch_model_publishes_what_torch_and_the_target_say(client: LanguageClient):
    editor = Editor(client)
    uri, static = await editor.open(MODEL)
    source = PythonSource(MODEL.read_text())
    branch = _line(source, "if h.mean() > 0:")
    assert ("NCC-E200", branch) in {(d.code, d.range.start.line) for d in static}
    client.diagnostics.pop(uri, None)
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))
    published = await editor.pushed(uri, TORCH_WAIT_S)
    deep = [d for d in published if d.source == "ncc deep check"]
    if _has_torch_xla():
        sort = next(d for d in deep if d.code == "NCC-E100")
        assert editor.text_at(uri, sort.range).startswith("ranked = torch.sort(")
    # the branch is one problem: the static finding says it, the deep check's graph break is not repeated
    assert [d.code for d in published if d.range.start.line == branch] == ["NCC-E200"]
    await editor.close(uri)


@needs_torch
def test_an_op_inside_a_layer_from_another_file_is_reported_where_the_layer_is_called(tmp_path):
    """torch_xla's HloModuleProto carries each instruction's Python stack: the innermost frame in the
    saved file is the line that called the layer."""
    if not _has_torch_xla():
        pytest.skip("torch_xla is not installed next to torch: no HLO to check")
    (tmp_path / "ranking.py").write_text("import torch\n\n\nclass Ranker(torch.nn.Module):\n"
                                         "    def forward(self, h):\n        return torch.sort(h, dim=-1).values\n")
    model = tmp_path / "outer.py"
    model.write_text("import torch\n\nfrom ranking import Ranker\n\n\n# ncc: entry x=f32[2,16]\n"
                     "class Outer(torch.nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                     "        self.rank = Ranker()\n\n    def forward(self, x):\n        return self.rank(x * 2)\n")
    findings = deep_check(str(model), model.read_text(), TORCH, "inf1", Backend(use_daemon=False),
                          timeout_s=TORCH_WAIT_S)
    source = PythonSource(model.read_text())
    assert ("NCC-E100", _line(source, "return self.rank(x * 2)")) in {(f.code, f.span.line) for f in findings}

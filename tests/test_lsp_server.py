"""``ncc lsp`` end to end with pytest-lsp: the real server in a subprocess, driven with the
capabilities VS Code and Neovim announce (VS Code 1.65 gets pushed diagnostics, Neovim 0.11 pulls)."""

from __future__ import annotations

import os
import sys
import urllib.parse
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from nccd.compiler.diagnostics import registry_markdown

sys.path.insert(0, str(Path(__file__).parent / "lsp"))
from editor import Editor, apply_text_edits, start_session  # noqa: E402
from harness import PROBLEMS, REPO, SERVER, expected_findings  # noqa: E402

pytestmark = pytest.mark.asyncio(loop_scope="module")
PROFILES = ["visual_studio_code", "neovim"]
TORCH = next(p for p in PROBLEMS if p.name == "torch_model.py")
SAMPLER = REPO / "examples" / "sampler_step.hlo.txt"
INIT = {"debounceMs": 0, "useDaemon": False}
def assert_links_to_the_reference(href: str, code: str) -> None:
    """The code's anchor on the diagnostics reference: docs/diagnostics.md of the source tree in
    a development install, else the page generated from the registry into the session's cache."""
    page, anchor = href.split("#")
    assert anchor == code.lower() and page.startswith("file://")
    path = Path(urllib.parse.unquote(page[len("file://"):]))
    if path.name != "diagnostics.md":
        assert path.parent == Path(os.environ["NCC_CACHE_DIR"]) / "docs"
    assert path.read_text() == registry_markdown()


async def _start(client: LanguageClient, profile: str, options: dict) -> None:
    await start_session(client, profile, options, REPO)


@pytest_lsp.fixture(scope="module", params=PROFILES, config=ClientServerConfig(server_command=SERVER))
async def client(request, lsp_client: LanguageClient):
    await _start(lsp_client, request.param, INIT)
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def editor(client):
    return Editor(client)


async def test_diagnostics_have_the_right_codes_ranges_and_links(editor: Editor):
    uri, diagnostics = await editor.open(TORCH)
    assert {(d.range.start.line, d.code) for d in diagnostics} == expected_findings(TORCH.read_text())
    nonzero = next(d for d in diagnostics if d.code == "NCC-E210")
    assert editor.text_at(uri, nonzero.range) == "torch.nonzero(mask)"
    assert nonzero.severity == types.DiagnosticSeverity.Error and nonzero.source == "ncc"
    assert_links_to_the_reference(nonzero.code_description.href, "NCC-E210")
    host = next(d for d in diagnostics if d.code == "NCC-W200")
    assert host.severity == types.DiagnosticSeverity.Warning
    await editor.close(uri)


async def test_hover_explains_the_code_under_the_cursor(editor: Editor, client: LanguageClient):
    uri, diagnostics = await editor.open(TORCH)
    found = next(d for d in diagnostics if d.code == "NCC-E212")
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), found.range.start))
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value.startswith("**NCC-E212**: output size depends on tensor values")
    assert "num_classes=N" in hover.contents.value
    assert "#ncc-e212" in hover.contents.value
    await editor.close(uri)


async def test_a_quick_fix_edits_the_code_and_the_finding_goes_away(editor: Editor, client: LanguageClient):
    text = ("import torch\n\nclass M(torch.nn.Module):\n    def forward(self, x, mask):\n"
            "        if x.sum() > 0:\n            x = x * 2\n        return torch.nonzero(mask), x\n")
    uri, diagnostics = await editor.open(REPO / "tests" / "lsp" / "fix_me.py", text)
    assert [d.code for d in diagnostics] == ["NCC-E200", "NCC-E210"]
    for code in ("NCC-E200", "NCC-E210"):
        target = next(d for d in diagnostics if d.code == code)
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            types.TextDocumentIdentifier(uri), target.range, types.CodeActionContext([target])))
        fix = next(a for a in actions if a.is_preferred)
        assert fix.kind == types.CodeActionKind.QuickFix
        text = apply_text_edits(text, fix.edit.changes[uri])
        diagnostics = await editor.change(uri, text)
        assert code not in [d.code for d in diagnostics]
    assert "x = torch.where(x.sum() > 0, x * 2, x)" in text and "torch.nonzero_static(mask, size=mask.numel())" in text
    await editor.close(uri)


async def test_the_ignore_action_adds_a_comment_that_suppresses(editor: Editor, client: LanguageClient):
    text = "import jax\n\n@jax.jit\ndef f(x):\n    print(x)\n    return x\n"
    uri, diagnostics = await editor.open(REPO / "tests" / "lsp" / "ignore_me.py", text)
    assert [d.code for d in diagnostics] == ["NCC-W201"]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), diagnostics[0].range, types.CodeActionContext(diagnostics)))
    ignore = next(a for a in actions if a.title == "Ignore NCC-W201 on this line")
    text = apply_text_edits(text, ignore.edit.changes[uri])
    assert "    print(x)  # ncc: ignore[NCC-W201]\n" in text
    assert await editor.change(uri, text) == []
    await editor.close(uri)


async def test_hlo_files_get_compiler_findings_hover_definition_and_symbols(editor: Editor, client: LanguageClient):
    uri, diagnostics = await editor.open(SAMPLER)
    codes = {d.code for d in diagnostics}
    assert {"NCC-E108", "NCC-E109"} <= codes
    cond = next(d for d in diagnostics if d.code == "NCC-E108")
    assert editor.text_at(uri, cond.range) == "cond.3 = s32[] conditional"
    assert "(from examples/models.py:45:11)" in cond.message
    text = SAMPLER.read_text().splitlines()
    line = next(i for i, row in enumerate(text) if "reduce.11 = (f32[], s32[]) reduce(" in row)
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(line, text[line].index(" reduce(") + 2)))
    assert "**`reduce.11`** = `(f32[], s32[])` **reduce**" in hover.contents.value
    assert "| trn2 |" in hover.contents.value
    where = await client.text_document_definition_async(types.DefinitionParams(
        types.TextDocumentIdentifier(uri), types.Position(line, text[line].index("region_6.7") + 1)))
    assert text[where.range.start.line].startswith("region_6.7 {")
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(types.TextDocumentIdentifier(uri)))
    assert "argmax.8" in [s.name for s in symbols]
    await editor.close(uri)


async def test_broken_input_is_reported_not_fatal(editor: Editor, client: LanguageClient):
    bad_hlo = SAMPLER.read_text().replace("constant(-inf)", "constnt(-inf)", 1)
    uri, diagnostics = await editor.open(REPO / "tests" / "lsp" / "broken.hlo.txt", bad_hlo)
    assert [d.code for d in diagnostics] == ["NCC-E002"] and editor.text_at(uri, diagnostics[0].range) == "constnt"
    await editor.close(uri)
    uri, diagnostics = await editor.open(REPO / "tests" / "lsp" / "broken.py", "import torch\ndef f(:\n")
    assert diagnostics == []
    hover = await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(1, 4)))
    assert hover is None
    await editor.close(uri)


async def test_only_the_last_of_fast_edits_is_reported(editor: Editor, client: LanguageClient):
    head = "import jax\nimport jax.numpy as jnp\n\n@jax.jit\ndef f(x):\n"
    uri, _ = await editor.open(REPO / "tests" / "lsp" / "typing.py", head + "    return x\n")
    for i in range(5):  # no waiting in between: intermediate versions may be dropped
        editor.versions[uri] += 1
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=editor.versions[uri]),
            [types.TextDocumentContentChangeWholeDocument(head + f"    return x.item() + {i}\n" * (i + 1))]))
    last = editor.versions[uri] + 1
    await editor.change(uri, head + "    y = jnp.nonzero(x)\n    return y\n")
    if editor.pulls:
        assert [d.code for d in await editor.diagnostics(uri)] == ["NCC-E210"]
    else:  # the last version's publish arrives, and no older version is published after a newer one
        def published_last():
            mine = [(version, codes) for u, version, codes in editor.published if u == uri]
            return mine if mine and mine[-1][0] == last else None

        mine = await editor.wait_until(published_last, f"the publish of version {last}")
        assert mine[-1] == (last, ["NCC-E210"])
        versions = [v for v, _ in mine]
        assert versions == sorted(versions)
    await editor.close(uri)


async def test_closing_clears_pushed_diagnostics(editor: Editor, client: LanguageClient):
    uri, diagnostics = await editor.open(TORCH)
    assert diagnostics
    client.diagnostics.pop(uri, None)
    await editor.close(uri)
    if not editor.pulls:
        assert await editor.pushed(uri) == []


# -- settings ------------------------------------------------------------------------------------

LOOP = "import jax\nfrom jax import lax\n\n@jax.jit\ndef f(x):\n    print(x)\n    return lax.fori_loop(0, 3, lambda i, c: c, x)\n"


@pytest_lsp.fixture(params=PROFILES, loop_scope="module", config=ClientServerConfig(server_command=SERVER))
async def configured(request, lsp_client: LanguageClient, tmp_path_factory):
    lsp_client.set_configuration({"severity": {"NCC-W201": "hint"}}, section="ncc")
    await _start(lsp_client, request.param, {**INIT, "target": "inf1"})
    yield
    await lsp_client.shutdown_session()


async def test_settings_from_init_options_and_workspace_configuration(configured: LanguageClient, tmp_path):
    editor = Editor(configured)
    uri, diagnostics = await editor.open(tmp_path / "model.py", LOOP)
    by_code = {d.code: d for d in diagnostics}
    assert "lowers to HLO while, which inf1 does not support" in by_code["NCC-E220"].message  # init options
    assert by_code["NCC-W201"].severity == types.DiagnosticSeverity.Hint  # workspace/configuration
    configured.set_configuration({"target": "trn2", "disable": ["NCC-W201"]}, section="ncc")
    configured.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    async def cleared():  # the server fetches the new settings, then re-checks
        now = await editor.diagnostics(uri) if editor.pulls else configured.diagnostics.get(uri, diagnostics)
        return list(now) == []

    await editor.wait_until(cleared, "the re-check under the new settings to clear the findings")


async def test_pyproject_tool_ncc_applies_below_editor_settings(configured: LanguageClient, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.ncc]\ntarget = "trn2"\ndisable = ["NCC-E220"]\n'
                                             '[tool.ncc.severity]\n"NCC-W201" = "error"\n')
    editor = Editor(configured)
    uri, diagnostics = await editor.open(tmp_path / "model.py", LOOP)
    # pyproject: E220 disabled; its W201 severity is overridden by the editor's "hint"
    assert [(d.code, d.severity) for d in diagnostics] == [("NCC-W201", types.DiagnosticSeverity.Hint)]

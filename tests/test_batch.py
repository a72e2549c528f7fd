"""`ncc compile-many` on a local process pool: the real command, real files, a real cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import REPO

NCC = str(Path(sys.executable).parent / "ncc")
EXAMPLES = REPO / "examples"
TORCH = REPO / "tests" / "corpus" / "torch"


def compile_many(*args: str, cache: Path, env: dict | None = None, cwd: Path | None = None):
    environment = {**os.environ, "NCC_CACHE_DIR": str(cache), **(env or {})}
    return subprocess.run([NCC, "compile-many", *args], capture_output=True, text=True, cwd=cwd,
                          env=environment, timeout=300)


def events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.fixture
def models(tmp_path) -> Path:
    """A folder of models as users have them: text and proto of one program, another program,
    one that the target refuses, a broken file, and files that are not models."""
    folder = tmp_path / "models"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(EXAMPLES / "encoder_block.hlo.txt", folder / "encoder.hlo")
    shutil.copy(EXAMPLES / "encoder_block.hlo_module.pb", folder / "nested" / "encoder.pb")
    shutil.copy(TORCH / "mlp" / "module.hlo.txt", folder / "mlp.hlo")
    shutil.copy(EXAMPLES / "sampler_step.hlo.txt", folder / "sampler.txt")  # .txt holding HLO
    (folder / "broken.hlo").write_text("HloModule broken\n\nENTRY main {\n  p = f32[2] parameter(0)\n  ROOT r = f32[2] bogus(p)\n}\n")
    (folder / "README.txt").write_text("notes about these models\n")
    (folder / ".hidden").mkdir()
    shutil.copy(EXAMPLES / "encoder_block.hlo.txt", folder / ".hidden" / "copy.hlo")
    return folder


def test_a_folder_is_compiled_once_per_program_and_reported(models, tmp_path):
    cache = tmp_path / "cache"
    report_file = tmp_path / "report.json"
    proc = compile_many(str(models), "--workers", "2", "--json", "--report", str(report_file), cache=cache)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr  # one graph is refused, one does not parse
    stream = events(proc.stdout)
    assert stream[0]["event"] == "plan" and stream[-1]["event"] == "done"
    # nothing is parsed before the workers: they find the duplicate and the broken graph
    assert stream[0]["graphs"] == 5 and stream[0]["to_compile"] == 5 and stream[0]["duplicate"] == 0
    graphs = {Path(g["label"]).name: g for g in json.loads(report_file.read_text())["graphs"]}
    assert set(graphs) == {"encoder.hlo", "encoder.pb", "mlp.hlo", "sampler.txt", "broken.hlo"}
    assert graphs["mlp.hlo"]["status"] == "ok"
    # text and proto of one program: whichever worker claimed it first compiled it, once
    compiled, duplicate = sorted((graphs["encoder.hlo"], graphs["encoder.pb"]), key=lambda g: g["status"] != "ok")
    assert compiled["status"] == "ok" and duplicate["status"] == "duplicate"
    assert duplicate["duplicate_of"] == compiled["label"]
    assert compiled["canonical_key"] == duplicate["canonical_key"]
    assert graphs["sampler.txt"]["status"] == "refused"
    assert {d["code"] for d in graphs["sampler.txt"]["diagnostics"]} >= {"NCC-E108", "NCC-E109"}
    assert graphs["broken.hlo"]["status"] == "refused"
    assert graphs["broken.hlo"]["diagnostics"][0]["code"] == "NCC-E002"
    assert graphs["broken.hlo"]["diagnostics"][0]["hlo"]["line"] == 5
    assert all(g["artifact_sha256"] for g in graphs.values() if g["status"] == "ok")
    assert stream[-1]["compiles"] == 3 and stream[-1]["summary"]["ok"] == 2


def test_the_same_batch_again_compiles_nothing_and_the_cache_serves_single_compiles(models, tmp_path):
    cache = tmp_path / "cache"
    first = events(compile_many(str(models), "--workers", "2", "--json", cache=cache).stdout)[-1]
    assert first["compiles"] == 3
    again = compile_many(str(models), "--workers", "2", "--json", cache=cache)
    plan, done = events(again.stdout)[0], events(again.stdout)[-1]
    assert plan["cached"] == 2 and done["compiles"] == 0 and done["summary"]["cached"] == 2
    # what the batch wrote is what `ncc compile` finds
    out = tmp_path / "encoder.ncx"
    proc = subprocess.run([NCC, "compile", str(models / "encoder.hlo"), "-o", str(out), "--json", "--no-daemon"],
                          capture_output=True, text=True, env={**os.environ, "NCC_CACHE_DIR": str(cache)},
                          timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_other_flags_are_another_batch(models, tmp_path):
    cache = tmp_path / "cache"
    compile_many(str(models / "encoder.hlo"), "--json", cache=cache)
    done = events(compile_many(str(models / "encoder.hlo"), "--json", "--auto-cast", "none", cache=cache).stdout)[-1]
    assert done["compiles"] == 1 and done["options"]["auto_cast"] == "none"


def test_xla_dump_folder_takes_each_modules_unoptimised_graph(tmp_path):
    dump = tmp_path / "dump"
    dump.mkdir()
    text = (EXAMPLES / "encoder_block.hlo.txt").read_bytes()
    (dump / "module_0001.jit_encoder.before_optimizations.txt").write_bytes(text)
    shutil.copy(EXAMPLES / "encoder_block.hlo_module.pb", dump / "module_0001.jit_encoder.before_optimizations.hlo.pb")
    (dump / "module_0001.jit_encoder.cpu_after_optimizations.txt").write_bytes(text)
    (dump / "module_0001.jit_encoder.cpu_after_optimizations-buffer-assignment.txt").write_text("not HLO")
    shutil.copy(TORCH / "mlp" / "module.hlo.txt", dump / "module_0007.SyncTensorsGraph.12.before_optimizations.txt")
    proc = compile_many(str(dump), "--json", cache=tmp_path / "cache")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    labels = sorted(Path(e["label"]).name for e in events(proc.stdout) if e["event"] == "graph")
    assert labels == ["module_0001.jit_encoder.before_optimizations.hlo.pb",
                      "module_0007.SyncTensorsGraph.12.before_optimizations.txt"]


def test_text_output_says_what_happened(models, tmp_path):
    proc = compile_many(str(models), "--workers", "1", cache=tmp_path / "cache")
    assert proc.returncode == 1
    assert "5 graphs: 5 to compile" in proc.stdout
    assert "encoder.pb: duplicate of" in proc.stdout  # one worker: the files come in order
    assert "broken.hlo: refused: NCC-E002" in proc.stdout
    assert "done in" in proc.stdout and "2 compiled" in proc.stdout


def test_a_worker_that_dies_is_replaced_and_its_graph_compiled(models, tmp_path):
    hold = tmp_path / "hold"
    hold.mkdir()
    (hold / "release").touch()  # nothing waits: only the crash matters here
    proc = compile_many(str(models), "--workers", "2", "--json", cache=tmp_path / "cache",
                        env={"NCCD_TEST_HOLD_BATCH": str(hold), "NCCD_TEST_CRASH_BATCH": "mlp.hlo"})
    assert "Traceback" not in proc.stderr, proc.stderr
    graphs = {Path(e["label"]).name: e for e in events(proc.stdout) if e["event"] == "graph"}
    assert graphs["mlp.hlo"]["status"] == "ok" and graphs["mlp.hlo"]["attempts"] == 2
    assert {graphs["encoder.hlo"]["status"], graphs["encoder.pb"]["status"]} == {"ok", "duplicate"}
    assert events(proc.stdout)[-1]["summary"]["failed"] == 0


@pytest.mark.parametrize("args, message", [
    (["--task-memory", "1G"], "--task-memory apply to Ray tasks"),
    (["--workers", "0"], "invalid count"),
    (["--target", "trn9"], "trn9"),
])
def test_usage_errors(models, tmp_path, args, message):
    proc = compile_many(str(models), *args, cache=tmp_path / "cache")
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def test_missing_input_and_empty_folder(tmp_path):
    proc = compile_many(str(tmp_path / "nope"), cache=tmp_path / "cache")
    assert proc.returncode == 2 and "no such file or folder" in proc.stderr
    (tmp_path / "empty").mkdir()
    proc = compile_many(str(tmp_path / "empty"), cache=tmp_path / "cache")
    assert proc.returncode == 2 and "no models found" in proc.stderr


def test_ray_without_ray_names_the_extra(models, tmp_path):
    try:
        import ray  # noqa: F401
    except ImportError:
        proc = compile_many(str(models), "--ray", "auto", cache=tmp_path / "cache")
        assert proc.returncode == 2 and "pip install 'nccd[ray]'" in proc.stderr
    else:
        proc = compile_many(str(models), "--ray", "127.0.0.1:1", cache=tmp_path / "cache")
        assert proc.returncode == 2 and "cannot reach the Ray cluster" in proc.stderr

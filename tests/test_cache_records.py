"""The disk cache cannot be made to serve the wrong entry (issue 12, point 4).

Each attack edits a real cache written by a real engine, then asks a fresh engine (empty
memory, the same directory) for the model: the answer is always the model's own program,
the bad entry is a logged miss that is replaced, and nothing is an internal error.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from nccd.compiler.artifact import container
from nccd.compiler.options import CompileOptions
from nccd.daemon.diskcache import DiskCache
from nccd.daemon.engine import Engine, EngineConfig

NCC = str(Path(sys.executable).parent / "ncc")

MODEL_A = """HloModule model_a
ENTRY main {
  x = f32[4] parameter(0)
  ROOT y = f32[4] add(x, x)
}
"""
MODEL_B = """HloModule model_b
ENTRY main {
  x = f32[4] parameter(0)
  ROOT y = f32[4] multiply(x, x)
}
"""


def _compile(cache: Path, text: str, name: str):
    engine = Engine(EngineConfig(cache))
    return engine, engine.compile_bytes(text.encode(), CompileOptions(), None, None, ["compile"], label=name,
                                        return_bytes=True)


def _program_opcodes(artifact: bytes) -> set[str]:
    module = container.unpack(artifact).module
    return {inst.opcode.text for inst in module.entry.instructions}


def _entries(cache: Path) -> dict[str, Path]:
    """module name -> record path of each stored entry."""
    found = {}
    for record in (cache / "v1" / "objects").glob("*/*.json"):
        found[json.loads(record.read_text())["result"]["module"]] = record
    return found


@pytest.fixture
def two_entries(tmp_path):
    cache = tmp_path / "cache"
    for text, name in ((MODEL_A, "a.hlo"), (MODEL_B, "b.hlo")):
        _, result = _compile(cache, text, name)
        assert result.ok and result.cache == "miss"
    entries = _entries(cache)
    assert set(entries) == {"model_a", "model_b"}
    return cache, entries


def _assert_a_is_answered_with_its_own_program(cache: Path, caplog, expect: str) -> None:
    with caplog.at_level(logging.WARNING, logger="nccd"):
        engine, result = _compile(cache, MODEL_A, "a.hlo")
    assert result.ok, [d.format() for d in result.diagnostics]
    assert result.cache == "miss"  # the bad entry was not served
    assert "add" in _program_opcodes(result.artifact) and "multiply" not in _program_opcodes(result.artifact)
    assert expect in caplog.text
    assert engine.disk.stats()["corrupt_discarded"] == 1
    # replaced: the next fresh engine finds a's entry on disk, and it is a's
    _, again = _compile(cache, MODEL_A, "a.hlo")
    assert again.cache == "disk" and "add" in _program_opcodes(again.artifact)


def test_an_entry_copied_over_another_is_a_miss_and_is_replaced(two_entries, caplog):
    cache, entries = two_entries
    a, b = entries["model_a"], entries["model_b"]
    shutil.copy(b, a)
    shutil.copy(b.with_suffix(".ncx"), a.with_suffix(".ncx"))
    _assert_a_is_answered_with_its_own_program(cache, caplog, "not its own")


def test_an_alias_pointing_to_another_entry_is_a_miss(two_entries, caplog):
    cache, entries = two_entries
    (alias_a,) = [p for p in (cache / "v1" / "aliases").glob("*/*") if p.read_text() == entries["model_a"].stem]
    alias_a.write_text(entries["model_b"].stem)
    with caplog.at_level(logging.WARNING, logger="nccd"):
        engine, result = _compile(cache, MODEL_A, "a.hlo")
    assert result.ok and "multiply" not in _program_opcodes(result.artifact)
    assert "does not answer it" in caplog.text
    assert result.cache == "disk"  # a's own entry, found by its program's fingerprint instead
    assert alias_a.read_text() == entries["model_a"].stem  # the alias is written again, correctly


@pytest.mark.parametrize("tamper", [
    pytest.param(lambda r: {**r, "result": {}}, id="empty-result"),
    pytest.param(lambda r: [r], id="list-record"),
    pytest.param(lambda r: {**r, "result": []}, id="list-result"),
    pytest.param(lambda r: {**r, "result": {**r["result"], "diagnostics": [
        {"code": "NCC-X999", "message": "forged"}]}}, id="unknown-code"),
    pytest.param(lambda r: {**r, "result": {**r["result"], "diagnostics": [{"code": "NCC-E001"}]}},
                 id="diagnostic-without-message"),
    pytest.param(lambda r: {**r, "requests": "all"}, id="requests-not-a-list"),
])
def test_a_malformed_record_is_a_miss_never_an_internal_error(two_entries, caplog, tamper):
    cache, entries = two_entries
    record = entries["model_a"]
    record.write_text(json.dumps(tamper(json.loads(record.read_text()))))
    _assert_a_is_answered_with_its_own_program(cache, caplog, "discarded")


def test_a_malformed_failure_record_is_a_miss(tmp_path, caplog):
    cache = tmp_path / "cache"
    broken = "HloModule broken\nENTRY main {\n  ROOT y = f32[4] add(x, x)\n}\n"
    _, first = _compile(cache, broken, "broken.hlo")
    assert not first.ok
    (failure,) = (cache / "v1" / "failures").glob("*.json")
    for forged in ({"key": failure.stem, "expires": 1e12, "result": {}}, ["x"],
                   {"key": failure.stem, "expires": "never", "result": {}}):
        failure.write_text(json.dumps(forged))
        with caplog.at_level(logging.WARNING, logger="nccd"):
            _, again = _compile(cache, broken, "broken.hlo")
        assert not again.ok and again.cache == "miss" and again.diagnostics[0].code == "NCC-E004"
        assert "failure record" in caplog.text


@pytest.fixture
def reader_dir():
    """A folder another user can reach: as root, the read-only checks run as nobody, for whom
    root's 0555 directories are as read-only as they are for any user without the bit."""
    root = Path(tempfile.mkdtemp(prefix="nccd-readonly-", dir="/tmp"))
    root.chmod(0o755)
    yield root
    for folder in [root, *root.rglob("*")]:
        if folder.is_dir():
            folder.chmod(0o755)
    shutil.rmtree(root)


def _as_reader() -> list[str]:
    """The command prefix that runs as a user without write access to root's 0555 folders."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: no way to be a user who cannot write")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _read_only(path: Path) -> None:
    for folder in [path, *path.rglob("*")]:
        if folder.is_dir():
            folder.chmod(0o555)


_COMPILE_TWICE = """
import json, sys
from nccd.compiler.options import CompileOptions
from nccd.daemon.engine import Engine, EngineConfig
from nccd.daemon.diskcache import CacheNotWritable
out = []
for _ in range(2):
    engine = Engine(EngineConfig(sys.argv[1]))
    r = engine.compile_bytes(sys.argv[2].encode(), CompileOptions(), None, None, ["compile"], label="a.hlo")
    out.append({"ok": r.ok, "cache": r.cache, "warnings": r.warnings})
refusals = []
for action in ("prune", "clean"):
    try:
        getattr(engine.disk, action)()
    except CacheNotWritable as exc:
        refusals.append(str(exc))
print(json.dumps({"compiles": out, "refusals": refusals, "unwritable": engine.disk.stats()["unwritable"]}))
"""


def _compile_as_reader(cache: Path, home: Path) -> dict:
    proc = subprocess.run([*_as_reader(), sys.executable, "-c", _COMPILE_TWICE, str(cache), MODEL_A],
                          capture_output=True, text=True, env={**os.environ, "HOME": str(home)}, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_a_read_only_cache_compiles_with_one_warning_and_caches_nothing(reader_dir):
    cache = reader_dir / "cache"
    _compile(cache, MODEL_B, "b.hlo")  # an existing, populated cache, then made read-only
    _read_only(cache)
    answer = _compile_as_reader(cache, reader_dir)
    for compile_ in answer["compiles"]:  # a new model, twice: each compile says so once, nothing is cached
        assert compile_["ok"] and compile_["cache"] == "miss"
        assert len(compile_["warnings"]) == 1 and "the compile is not cached" in compile_["warnings"][0], compile_
    assert set(_entries(cache)) == {"model_b"}
    assert [r.split(":")[0] for r in answer["refusals"]] == [f"cannot prune the cache {cache / 'v1'}",
                                                             f"cannot clean the cache {cache / 'v1'}"]


def test_a_cache_directory_that_cannot_be_created_still_compiles(reader_dir):
    _read_only(reader_dir)
    answer = _compile_as_reader(reader_dir / "cache", reader_dir)
    assert answer["unwritable"] and all(c["ok"] and len(c["warnings"]) == 1 for c in answer["compiles"])


@pytest.mark.parametrize("action", ["prune", "clean"])
def test_cache_prune_and_clean_on_a_read_only_cache_give_one_clear_error(reader_dir, action):
    cache = reader_dir / "cache"
    DiskCache(cache, 1 << 30)
    _read_only(cache)
    env = {**os.environ, "NCC_CACHE_DIR": str(cache), "NCC_NO_DAEMON": "1", "HOME": str(reader_dir)}
    proc = subprocess.run([*_as_reader(), NCC, "cache", action], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith(f"ncc: error: cannot {action} the cache") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 2, proc.stderr  # the message and its hint

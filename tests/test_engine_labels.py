"""A request never relabels a module the engine shares between requests (issue 12).

The engine caches a parsed module by its bytes; two requests for the same bytes under
different file names must each get diagnostics naming their own file, even at the same time.
"""

from __future__ import annotations

import threading

from helpers import REPO

from nccd.compiler.options import CompileOptions
from nccd.daemon.engine import Engine, EngineConfig, _sha

SAMPLER = REPO / "examples" / "sampler_step.hlo.txt"  # errors for trn1: every diagnostic names a file


def _engine(tmp_path) -> Engine:
    return Engine(EngineConfig(cache_dir=tmp_path / "cache"))


def test_the_cached_module_keeps_its_first_name(tmp_path):
    engine = _engine(tmp_path)
    data = SAMPLER.read_bytes()
    first = engine.diagnose_bytes(data, "trn1", None, "first.hlo.txt")
    shared = engine.modules.get(_sha(data)).module
    name_before = shared.source_path
    second = engine.diagnose_bytes(data, "trn2", None, "second.hlo.txt")
    engine.compile_bytes(data, CompileOptions(target="trn1"), None, None, ["compile"], label="third.hlo.txt")
    assert shared.source_path == name_before == "first.hlo.txt"
    assert {d.file for d in first.diagnostics if d.file} == {"first.hlo.txt"}
    assert {d.file for d in second.diagnostics if d.file} == {"second.hlo.txt"}


def test_concurrent_requests_for_the_same_bytes_keep_their_own_file_names(tmp_path):
    engine = _engine(tmp_path)
    data = SAMPLER.read_bytes()
    names = [f"model{i}.hlo.txt" for i in range(8)]
    seen: dict[str, set] = {}
    start = threading.Barrier(len(names) * 2)

    def ask(name: str, target: str) -> None:
        start.wait(timeout=60)
        diagnose = engine.diagnose_bytes(data, target, None, name)
        compiled = engine.compile_bytes(data, CompileOptions(target=target), None, None, ["compile"], label=name)
        seen[f"{name}/{target}"] = {d.file for d in diagnose.diagnostics + compiled.diagnostics if d.file}

    threads = [threading.Thread(target=ask, args=(name, target)) for name in names for target in ("trn1", "trn2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert len(seen) == len(threads)
    for key, files in seen.items():
        assert files == {key.split("/")[0]}, (key, files)

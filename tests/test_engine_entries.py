"""The engine's cached entries are frozen (issue 12 point 1): an update is a new entry swapped in
one step (copy-on-write), so a request never sees one half-updated and none is lost.

Real engines on a real disk cache, many threads at once.
"""

from __future__ import annotations

import dataclasses
import threading

import pytest
from helpers import REPO

from nccd.compiler import __version__
from nccd.compiler.options import CompileOptions
from nccd.daemon.engine import Engine, EngineConfig, _flags_key, _sha
from nccd.daemon.memcache import ByteBudgetLRU

ENCODER = REPO / "examples" / "encoder_block.hlo.txt"


def _engine(tmp_path) -> Engine:
    return Engine(EngineConfig(cache_dir=tmp_path / "cache"))


def _request_key(data: bytes, options: CompileOptions) -> str:
    return _sha("request", __version__, _sha(data), _flags_key(options))


def test_cached_entries_refuse_changes(tmp_path):
    engine = _engine(tmp_path)
    data, options = ENCODER.read_bytes(), CompileOptions()
    result = engine.compile_bytes(data, options, None, None, ["compile"], label="encoder.hlo.txt")
    assert result.ok
    entry = engine.artifacts.peek(engine.aliases.peek(_request_key(data, options)))
    loaded = engine.modules.peek(_sha(data))
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.program = None
    with pytest.raises(AttributeError):
        entry.request_keys.add("another request")
    with pytest.raises(TypeError):
        entry.result["model"] = "another.hlo.txt"
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.fingerprint = "another"
    assert entry.result["model"] == "encoder.hlo.txt" and loaded.fingerprint == result.fingerprint


def test_a_lazily_loaded_program_replaces_the_entry(tmp_path):
    first = _engine(tmp_path)
    data, options = ENCODER.read_bytes(), CompileOptions()
    first.compile_bytes(data, options, None, None, ["compile"], label="encoder.hlo.txt")
    engine = _engine(tmp_path)  # answers from the disk cache: no program in memory yet
    assert engine.compile_bytes(data, options, None, None, ["compile"], label="e.hlo.txt").cache == "disk"
    key = engine.aliases.peek(_request_key(data, options))
    before = engine.artifacts.peek(key)
    assert before.program is None
    program = engine.compile_bytes(data, options, None, None, ["compile"], label="e.hlo.txt",
                                   want_program=True).program
    after = engine.artifacts.peek(key)
    assert program is not None and after.program is program  # kept for the next request ...
    assert before.program is None and after is not before  # ... in a new entry: the old one is as it was
    assert after.request_keys == before.request_keys and after.data is before.data


def test_concurrent_requests_see_whole_entries_and_lose_no_request_key(tmp_path):
    """Sixteen variants of one program (comments differ: sixteen request keys, one canonical entry)
    compiled at once, while a reader takes the entry again and again: every entry it sees stays as
    it was seen, and the last one answers all sixteen request keys."""
    engine = _engine(tmp_path)
    options = CompileOptions()
    variants = [ENCODER.read_bytes() + f"\n// variant {i}\n".encode() for i in range(16)]
    start = threading.Barrier(len(variants) + 1)
    done = threading.Event()
    seen: dict[int, tuple] = {}
    kept = []  # the entries seen, alive, so that their ids are not reused
    canonical = []

    def compile_variant(i: int) -> None:
        start.wait(timeout=60)
        result = engine.compile_bytes(variants[i], options, None, None, ["compile"], label=f"v{i}.hlo.txt")
        assert result.ok
        canonical.append(engine.aliases.peek(_request_key(variants[i], options)))

    def read() -> None:
        start.wait(timeout=60)
        while not done.is_set():
            for key in set(canonical):
                entry = engine.artifacts.peek(key)
                if entry is not None:
                    snapshot = (frozenset(entry.request_keys), entry.program, dict(entry.result))
                    assert seen.setdefault(id(entry), snapshot) == snapshot  # unchanged since first seen
                    kept.append(entry)

    reader = threading.Thread(target=read)
    threads = [threading.Thread(target=compile_variant, args=(i,)) for i in range(len(variants))]
    for thread in [reader, *threads]:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    done.set()
    reader.join(timeout=60)
    assert len(canonical) == len(variants) and len(set(canonical)) == 1  # one program
    final = engine.artifacts.peek(canonical[0])
    assert final.request_keys == {_request_key(v, options) for v in variants}
    assert len(seen) >= 1


def test_update_is_one_step_under_many_threads():
    cache = ByteBudgetLRU("test", 1 << 20)
    start = threading.Barrier(8)

    def add(n: int) -> None:
        start.wait(timeout=60)
        for i in range(500):
            cache.update("k", lambda current, item=(n, i): (current or frozenset()) | {item}, 100)

    threads = [threading.Thread(target=add, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(cache.peek("k")) == 8 * 500 and cache.stats()["bytes"] == 100

"""Memory estimates from an input's size and kind (daemon/footprint.py): the engine's cache
accounting, the refusal of a model whose work would not fit in the daemon's memory limit
(NCC-E010, before parsing) and a Ray task's memory request; and the benchmarks' memory probe,
which must read what a probe is known to allocate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import REPO
from nccd.compiler.hlo.loader import input_kind, load_bytes
from nccd.compiler.hlo.proto_writer import write_module_proto
from nccd.compiler.options import CompileOptions
from nccd.daemon import footprint
from nccd.daemon.batch import MIN_TASK_MEMORY, Graph, task_memory
from nccd.daemon.engine import Engine, EngineConfig

ENCODER = REPO / "examples" / "encoder_block.hlo.txt"


def test_every_input_kind_has_measured_figures():
    for kind, figures in footprint.FOOTPRINTS.items():
        for work in (figures.module, figures.check, figures.compile):
            assert 0 < work.median <= work.largest, kind
        assert figures.module.median <= figures.check.median <= figures.compile.median, kind


def test_a_proto_is_estimated_larger_than_the_same_module_as_text():
    text = ENCODER.read_bytes()
    proto = write_module_proto(load_bytes(text, "encoder"))
    assert (input_kind(text), input_kind(proto)) == ("text", "proto")
    # the proto is the denser encoding: fewer bytes, each of which stands for more of the module
    assert footprint.FOOTPRINTS["proto"].module.median > footprint.FOOTPRINTS["text"].module.median
    assert Engine.module_size(proto) > footprint.MODULE_OVERHEAD


def test_ray_asks_for_the_worst_compile_measured_for_the_kind():
    small = Graph("m", "m", size=10_000, kind="text")
    assert task_memory(small) == MIN_TASK_MEMORY
    size = 200 << 20
    text, proto = Graph("t", "t", size=size, kind="text"), Graph("p", "p", size=size, kind="proto")
    assert task_memory(text) >= size * footprint.FOOTPRINTS["text"].compile.largest
    assert task_memory(proto) > task_memory(text) or (footprint.FOOTPRINTS["proto"].compile.largest
                                                      <= footprint.FOOTPRINTS["text"].compile.largest)


def test_a_model_over_the_memory_limit_is_refused_before_parsing_and_not_remembered(tmp_path):
    data = ENCODER.read_bytes()
    needed = footprint.work_bytes(len(data), "text", "compile")
    engine = Engine(EngineConfig(cache_dir=tmp_path / "cache", memory_limit=needed - 1))
    for _ in range(2):  # refused each time: a refusal by memory is not a cached failure
        result = engine.compile_bytes(data, CompileOptions(), None, None, None, label="enc.hlo.txt")
        assert not result.ok and result.cache == "miss"
        [diagnostic] = result.diagnostics
        assert diagnostic.code == "NCC-E010"
        assert f"over the daemon's limit of {(needed - 1) >> 20:,} MiB" in diagnostic.message
        assert "--max-rss" in diagnostic.hint
    assert engine.counters["full_compiles"] == 0 and engine.modules.stats()["entries"] == 0  # never parsed
    report = engine.diagnose_bytes(data, "trn1", None, "enc.hlo.txt")
    assert footprint.work_bytes(len(data), "text", "check") < needed  # checking it fits
    assert "NCC-E010" not in [d.code for d in report.diagnostics]
    roomy = Engine(EngineConfig(cache_dir=tmp_path / "cache", memory_limit=needed))
    assert roomy.compile_bytes(data, CompileOptions(), None, None, None, label="enc.hlo.txt").ok


def test_the_memory_probe_reads_a_known_allocation():
    proc = subprocess.run([sys.executable, str(Path(REPO) / "benchmarks" / "large_modules.py"), "--self-test"],
                          capture_output=True, text=True, timeout=300, cwd=REPO / "benchmarks")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "allocated 256 MiB, measured 25" in proc.stdout

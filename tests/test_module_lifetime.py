"""A module is freed by its reference count as soon as nothing holds it, with the cyclic garbage
collector off: nothing the front end builds around it forms a reference cycle (instructions
refer to their computation weakly; the compiled modules hold no closures over it). Else a large
module would live on until the collector's next full pass, which first walks all of it.

And the collector pauses of parsing and checking leave what they built in the oldest generation,
so the first allocation after a pause does not start a collection that walks the whole module."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from nccd.compiler.analysis.diagnose import diagnose_bytes
from nccd.compiler.compile import compile_module
from nccd.compiler.gcpause import without_gc_pauses
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.options import CompileOptions

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: What the checks walk with helpers: a static while loop (the trip-count analysis), a dense
#: literal, 64-bit types (the once-per-computation notes), a control predecessor, a reduce.
LOOP_AND_WIDE_TYPES = """HloModule lifetime

cond {
  s = (s32[], f64[4]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  n = s32[] constant(8)
  ROOT lt = pred[] compare(i, n), direction=LT
}

body {
  s = (s32[], f64[4]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  x = f64[4] get-tuple-element(s), index=1
  one = s32[] constant(1)
  next = s32[] add(i, one)
  y = f64[4] add(x, x)
  ROOT t = (s32[], f64[4]) tuple(next, y)
}

sum {
  a = s64[] parameter(0)
  b = s64[] parameter(1)
  ROOT c = s64[] add(a, b)
}

ENTRY main {
  p = f64[4] parameter(0)
  k = s64[3] constant({1, 2, 3})
  zero = s64[] constant(0)
  total = s64[] reduce(k, zero), dimensions={0}, to_apply=sum
  start = s32[] constant(0)
  init = (s32[], f64[4]) tuple(start, p)
  loop = (s32[], f64[4]) while(init), condition=cond, body=body, control-predecessors={total}
  ROOT out = f64[4] get-tuple-element(loop), index=1
}
"""


@pytest.fixture
def collector_off():
    """The cyclic collector off for the test, so only reference counts free anything."""
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.mark.parametrize("name, data", [
    ("handwritten", LOOP_AND_WIDE_TYPES.encode()),
    ("sampler_step", (EXAMPLES / "sampler_step.hlo.txt").read_bytes()),
    ("encoder_block", (EXAMPLES / "encoder_block.hlo.txt").read_bytes()),
])
def test_a_diagnosed_module_is_freed_by_its_reference_count(collector_off, name, data):
    report = diagnose_bytes(data, name)
    assert report.module is not None and report.fingerprint  # the fingerprint walks it too
    if name == "handwritten":  # the once-per-computation notes ran, with their helpers
        assert {"NCC-W100", "NCC-W101"} <= {d.code for d in report.diagnostics}
    module = weakref.ref(report.module)
    entry = weakref.ref(report.module.entry)
    del report
    assert module() is None and entry() is None


def test_a_compiled_module_is_freed_by_its_reference_count(collector_off):
    module = parse_hlo_text((EXAMPLES / "encoder_block.hlo.txt").read_text(), "encoder_block")
    artifact, result = compile_module(module, CompileOptions(optlevel=2), "encoder_block")
    assert artifact is not None, [d.message for d in result.diagnostics]
    held = weakref.ref(module)
    del module, result
    assert held() is None


def test_an_instruction_knows_its_computation_while_the_module_lives():
    module = parse_hlo_text(LOOP_AND_WIDE_TYPES)
    body = module.computations["body"]
    assert all(inst.computation is body for inst in body.instructions)
    moved = body.instructions[-1]
    moved.computation = None
    assert moved.computation is None


def test_what_a_pause_allocates_ends_in_the_oldest_generation():
    if gc.get_freeze_count():
        pytest.skip("this process froze objects itself; the pause leaves the generations alone then")
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        with without_gc_pauses():
            assert not gc.isenabled()
            built = [[i] for i in range(5000)]  # tracked containers, as an IR is
        assert gc.isenabled()
        assert gc.get_count()[0] < 700  # no young-generation collection is due
        oldest = {id(o) for o in gc.get_objects(generation=2)}
        assert all(id(item) in oldest for item in built[:100])
    finally:
        if not was_enabled:
            gc.disable()


def test_a_pause_leaves_objects_the_process_froze_frozen():
    was_enabled = gc.isenabled()
    gc.enable()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with without_gc_pauses():
            [[i] for i in range(1000)]
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()
        if not was_enabled:
            gc.disable()

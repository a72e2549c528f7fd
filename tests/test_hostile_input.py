"""Hostile and huge input: one diagnostic with a stable code and a position, never an internal error.

Inputs are generated into tmp_path. Numbers too large for the IR or the proto, layouts that are
not permutations, call chains deeper than Python's recursion limit, and instructions with
hundreds of thousands of operands are all read, checked and compiled (or refused) in time
linear in their size.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nccd.compiler.analysis.diagnose import diagnose_bytes
from nccd.compiler.compile import compile_module
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.loader import load_bytes
from nccd.compiler.options import CompileOptions

NCC = str(Path(sys.executable).parent / "ncc")

NEGATE = """HloModule m

ENTRY e {{
  p = {param} parameter(0){metadata}
  ROOT n = {result} negate(p)
}}
"""


def _module(param: str, result: str | None = None, metadata: str = "") -> bytes:
    return NEGATE.format(param=param, result=result or param, metadata=metadata).encode()


def _only_error(data: bytes) -> object:
    with pytest.raises(HloError) as info:
        load_bytes(data, "m.hlo")
    (diag,) = info.value.diagnostics
    return diag


#: (what, text, code, column of the number or layout the diagnostic points at)
HOSTILE_NUMBERS = [
    ("layout index past int64", _module("f32[2]{9223372036854775808}", "f32[2]"), "NCC-E018", 13),
    ("20-digit dimension", _module("f32[123456789012345678901]"), "NCC-E017", 11),
    ("array bytes past int64", _module("f32[4611686018427387904,4]"), "NCC-E017", 11),
    ("repeated layout dimension", _module("f32[2,3]{0,0}"), "NCC-E018", 15),
    ("layout dimension past the rank", _module("f32[2,3]{2,0}", "f32[2,3]"), "NCC-E018", 15),
    ("stack frame id past int32",
     _module("f32[2]", metadata=', metadata={op_name="x" stack_frame_id=4294967296}'), "NCC-E017", 65),
    ("source line past int32",
     _module("f32[2]", metadata=', metadata={source_file="a.py" source_line=2147483648}'), "NCC-E017", 69),
]


@pytest.mark.parametrize("what,text,code,column", HOSTILE_NUMBERS, ids=[h[0] for h in HOSTILE_NUMBERS])
def test_numbers_the_ir_cannot_hold_are_one_diagnostic_at_the_number(what, text, code, column):
    diag = _only_error(text)
    assert (diag.code, diag.line, diag.column, diag.file) == (code, 4, column, "m.hlo"), diag
    assert diag.hint


def test_attribute_integers_are_checked_against_int64():
    text = b"""HloModule m

ENTRY e {
  p = f32[2,3] parameter(0)
  ROOT t = f32[3,2] transpose(p), dimensions={1,99999999999999999999}
}
"""
    diag = _only_error(text)
    assert diag.code == "NCC-E017" and "attribute 'dimensions'" in diag.message and diag.line == 5


def test_int32_attributes_are_checked_against_int32():
    text = b"""HloModule m

ENTRY e {
  p = f32[2] parameter(0)
  ROOT r = f32[2] reduce-precision(p), exponent_bits=4294967301, mantissa_bits=3
}
"""
    diag = _only_error(text)
    assert diag.code == "NCC-E017" and "int32" in diag.message


def test_largest_valid_numbers_are_accepted():
    # int64's largest value is a valid dimension of a bool array whose size still fits (bytes)
    load_bytes(_module("pred[9223372036854775807]"), "m.hlo")
    load_bytes(_module("f32[2]", metadata=', metadata={op_name="x" stack_frame_id=2147483647}'), "m.hlo")


@pytest.mark.parametrize("text", [h[1] for h in HOSTILE_NUMBERS], ids=[h[0] for h in HOSTILE_NUMBERS])
def test_the_cli_refuses_hostile_numbers_with_exit_1_for_diagnose_and_compile(tmp_path, text):
    model = tmp_path / "m.hlo"
    model.write_bytes(text)
    for command in (["diagnose"], ["compile", "-o", str(tmp_path / "m.ncx")]):
        proc = subprocess.run([NCC, *command, str(model), "--no-daemon"], capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 1, proc.stderr
        assert "internal error" not in proc.stderr + proc.stdout and "Traceback" not in proc.stderr
        assert "error[NCC-E01" in proc.stdout + proc.stderr
    assert not (tmp_path / "m.ncx").exists()


def test_a_proto_with_a_layout_that_is_not_a_permutation_is_refused():
    from nccd.compiler.hlo.proto_writer import module_to_proto

    module = load_bytes(_module("f32[2,3]{1,0}"), "m.hlo")
    proto = module_to_proto(module)
    proto.computations[0].instructions[0].shape.layout.minor_to_major[:] = [1, 1]
    diag = _only_error(proto.SerializeToString())  # the proto reader's own check says it first
    assert diag.code == "NCC-E009" and "'p'" in diag.message and "not a permutation" in diag.message


def test_a_reduce_over_a_dimension_past_the_rank_is_a_verifier_error_not_a_crash():
    text = b"""HloModule m

add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

ENTRY e {
  p = f32[4] parameter(0)
  i = s32[4] iota(), iota_dimension=0
  z = f32[] constant(0)
  k = s32[] constant(0)
  ROOT r = (f32[], s32[]) reduce(p, i, z, k), dimensions={4294967296}, to_apply=add
}
"""
    report = diagnose_bytes(text, "m.hlo")
    assert any(d.is_error for d in report.diagnostics)


# -- deep call graphs ----------------------------------------------------------------------

def _nested_calls(depth: int, opcode: str = "call") -> bytes:
    call = {"call": "call(p), to_apply={}", "fusion": "fusion(p), kind=kLoop, calls={}"}[opcode]
    parts = ["HloModule deep\n"]
    for i in range(depth):
        body = call.format(f"c{i - 1}") if i else "negate(p)"
        parts.append(f"c{i} {{\n  p = f32[2] parameter(0)\n  ROOT r = f32[2] {body}\n}}\n")
    parts.append(f"ENTRY e {{\n  p = f32[2] parameter(0)\n  ROOT r = f32[2] {call.format(f'c{depth - 1}')}\n}}\n")
    return "\n".join(parts).encode()


def test_call_chains_deeper_than_the_recursion_limit_diagnose_and_compile():
    depth = sys.getrecursionlimit() + 200
    data = _nested_calls(depth)
    report = diagnose_bytes(data, "deep.hlo")
    assert report.instructions == depth + 1 and not any(d.is_error for d in report.diagnostics)
    artifact, result = compile_module(load_bytes(data, "deep.hlo"), CompileOptions(), "deep.hlo", owned=True)
    assert artifact is not None, result.diagnostics


def test_the_fingerprint_of_a_deep_call_chain_matches_its_proto():
    from nccd.compiler.hlo.proto_writer import module_to_proto
    from nccd.compiler.ir.fingerprint import fingerprint

    data = _nested_calls(sys.getrecursionlimit() + 200)
    module = load_bytes(data, "deep.hlo")
    again = load_bytes(module_to_proto(module).SerializeToString(), "deep.pb")
    assert fingerprint(module) == fingerprint(again)


def _nested_runs(depth: int, kind: str) -> str:
    """A module whose levels are nested ``depth`` deep by ``kind`` (call, fusion, a while loop run
    once, or a conditional), each level adding 1: the entry computes p + depth."""
    one = "  one = f32[2] constant({1, 1})\n"
    levels = ["HloModule nested\n"]
    if kind == "while":
        levels.append("cond {\n  t = (s32[], f32[2]) parameter(0)\n  i = s32[] get-tuple-element(t), index=0\n"
                      "  n = s32[] constant(1)\n  ROOT lt = pred[] compare(i, n), direction=LT\n}\n")
    for i in range(depth):
        if kind == "while":  # the body of level i runs the loop of level i - 1, then adds 1
            inner = (f"  zero = s32[] constant(0)\n  t0 = (s32[], f32[2]) tuple(zero, x)\n"
                     f"  w = (s32[], f32[2]) while(t0), condition=cond, body=c{i - 1}\n"
                     f"  y = f32[2] get-tuple-element(w), index=1\n" if i else "  y = f32[2] copy(x)\n")
            levels.append(f"c{i} {{\n  t = (s32[], f32[2]) parameter(0)\n  k = s32[] get-tuple-element(t), index=0\n"
                          f"  x = f32[2] get-tuple-element(t), index=1\n{inner}{one}  z = f32[2] add(y, one)\n"
                          f"  s1 = s32[] constant(1)\n  k1 = s32[] add(k, s1)\n  ROOT r = (s32[], f32[2]) tuple(k1, z)\n}}\n")
            continue
        inner = {"call": f"call(p), to_apply=c{i - 1}", "fusion": f"fusion(p), kind=kLoop, calls=c{i - 1}",
                 "conditional": f"conditional(yes, p, p), true_computation=c{i - 1}, false_computation=c{i - 1}"}[kind]
        head = "  yes = pred[] constant(true)\n" if kind == "conditional" else ""
        body = f"{head}  y = f32[2] {inner}\n" if i else "  y = f32[2] copy(p)\n"
        levels.append(f"c{i} {{\n  p = f32[2] parameter(0)\n{body}{one}  ROOT r = f32[2] add(y, one)\n}}\n")
    if kind == "while":
        levels.append(f"ENTRY e {{\n  p = f32[2] parameter(0)\n  zero = s32[] constant(0)\n"
                      f"  t = (s32[], f32[2]) tuple(zero, p)\n  w = (s32[], f32[2]) while(t), condition=cond, "
                      f"body=c{depth - 1}\n  ROOT r = f32[2] get-tuple-element(w), index=1\n}}\n")
    else:
        entry = {"call": "call(p), to_apply=", "fusion": "fusion(p), kind=kLoop, calls=",
                 "conditional": "conditional(yes, p, p), true_computation={0}, false_computation="}[kind]
        entry = entry.format(f"c{depth - 1}") + f"c{depth - 1}"
        yes = "  yes = pred[] constant(true)\n" if kind == "conditional" else ""
        levels.append(f"ENTRY e {{\n  p = f32[2] parameter(0)\n{yes}  ROOT r = f32[2] {entry}\n}}\n")
    return "\n".join(levels)


@pytest.mark.parametrize("kind", ["call", "fusion", "while", "conditional"])
def test_the_runtime_runs_nesting_deeper_than_the_recursion_limit(kind):
    import numpy as np

    from nccd.compiler.runtime import evaluate

    depth = sys.getrecursionlimit() + 200
    module = load_bytes(_nested_runs(depth, kind).encode(), "nested.hlo")
    x = np.array([0.5, -3], np.float32)
    (out,) = evaluate(module, [x])
    np.testing.assert_array_equal(out, x + depth)


def test_a_failure_deep_inside_nested_loops_names_the_instruction_and_its_callers():
    import numpy as np

    from nccd.compiler.runtime import ExecutionError, evaluate

    depth = sys.getrecursionlimit() + 200
    module = load_bytes(_nested_runs(depth, "while").encode(), "nested.hlo")
    with pytest.raises(ExecutionError) as info:  # the innermost loop is the first to run a body
        evaluate(module, [np.zeros(2, np.float32)], max_while_iterations=0)
    error = info.value
    assert "exceeded 0 iterations" in error.reason and error.instruction.computation.name == "c1"
    assert len(error.call_chain) == depth - 1  # every while above it, the entry's included


def test_ncc_run_of_400_nested_fusions_gives_the_expected_value(tmp_path):
    import numpy as np

    (tmp_path / "nested.hlo").write_text(_nested_runs(400, "fusion"))
    np.savez(tmp_path / "in.npz", np.array([1.5, -2], np.float32))
    env = {**os.environ, "NCC_NO_DAEMON": "1"}
    for argv in (["compile", "nested.hlo", "-o", "nested.ncx", "--auto-cast", "none"],
                 ["run", "nested.ncx", "--inputs", "in.npz", "--output", "out.npz"]):
        proc = subprocess.run([NCC, *argv], capture_output=True, text=True, cwd=tmp_path, timeout=300, env=env)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    with np.load(tmp_path / "out.npz") as out:
        np.testing.assert_array_equal(out["arr_0"], np.array([401.5, 398], np.float32))


# -- huge operand counts --------------------------------------------------------------------

def _concatenate(operands: int) -> bytes:
    return (f"HloModule cc\n\nENTRY e {{\n  p = f32[1] parameter(0)\n  ROOT c = f32[{operands}] "
            f"concatenate({', '.join(['p'] * operands)}), dimensions={{0}}\n}}\n").encode()


def test_a_200000_operand_concatenate_is_diagnosed_in_linear_time():
    # Before the fix the fingerprint alone took 77 s here (quadratic in the operand count);
    # linear, this is well under a second's work, so the suite's own time bounds it.
    report = diagnose_bytes(_concatenate(200_000), "cc.hlo")
    assert report.instructions == 1 and report.fingerprint


def test_a_deep_call_chain_in_a_proto_that_lists_callers_first_loads_and_verifies():
    from nccd.compiler.hlo.proto_writer import module_to_proto

    proto = module_to_proto(load_bytes(_nested_calls(sys.getrecursionlimit() + 200), "deep.hlo"))
    reordered = list(proto.computations)[::-1]  # the entry first, each caller before its callee
    del proto.computations[:]
    proto.computations.extend(reordered)
    report = diagnose_bytes(proto.SerializeToString(), "deep.pb")
    assert not report.diagnostics, report.diagnostics[:3]


def test_a_call_cycle_in_a_proto_is_one_diagnostic():
    from nccd.compiler.hlo.proto_writer import module_to_proto

    proto = module_to_proto(load_bytes(_nested_calls(3), "deep.hlo"))
    by_name = {c.name: c for c in proto.computations}
    innermost = by_name["c0"].instructions[-1]  # negate(p) becomes call(p) of the outermost
    innermost.opcode = "call"
    innermost.called_computation_ids.append(by_name["c2"].id)
    diag = _only_error(proto.SerializeToString())
    assert diag.code == "NCC-E009" and "cycle" in diag.message


@pytest.mark.parametrize("groups, number, column", [
    ("{{0,9223372036854775808},{1,2}}", "9223372036854775808", 53),
    ("{{0,1},{2,-9223372036854775809}}", "-9223372036854775809", 59),
])
def test_a_replica_group_id_past_int64_is_refused_at_the_number(groups, number, column):
    """Nested integer attributes (replica groups: tuples of tuples) are checked in bulk when they
    fit; the one number that does not is still the one reported, where it is written."""
    text = ("HloModule m\n\nadd {\n  a = f32[] parameter(0)\n  b = f32[] parameter(1)\n  ROOT c = f32[] add(a, b)\n}\n\n"
            "ENTRY e {\n  p = f32[4] parameter(0)\n  ROOT r = f32[4] all-reduce(p), replica_groups=" + groups
            + ", to_apply=add\n}\n")
    [diag] = diagnose_bytes(text.encode(), "x.hlo").diagnostics
    assert diag.code == "NCC-E017" and f"'replica_groups' of 'r': {number} does not fit" in diag.message
    assert (diag.line, diag.column, diag.end_column) == (11, column, column + len(number))


def test_a_bad_layout_in_the_entry_computation_layout_is_located_in_the_header():
    # found by test_parser_properties' mutations: a module-level fault had no line or column
    text = ("HloModule m, entry_computation_layout={(f32[4,3]{33,0})->f32[4,3]{1,0}}\n\n"
            "ENTRY e {\n  ROOT p = f32[4,3]{1,0} parameter(0)\n}\n")
    with pytest.raises(HloError) as caught:
        load_bytes(text.encode(), "m.hlo")
    (d,) = caught.value.diagnostics
    assert d.code == "NCC-E018" and (d.line, d.column) == (1, text.index("{33,0}") + 1), d


def test_a_tile_that_is_not_a_number_is_a_parse_error():
    # found by mutating corpus texts while checking the mypyc build: int() raised ValueError
    text = "HloModule m\n\nENTRY e {\n  ROOT p = f32[1,2]{1,0:T(4,12f32[]8)} parameter(0)\n}\n"
    with pytest.raises(HloError) as caught:
        load_bytes(text.encode(), "m.hlo")
    (d,) = caught.value.diagnostics
    assert d.code == "NCC-E001" and d.line == 4 and "bad tile '(4,12f32[]8)'" in d.message, d

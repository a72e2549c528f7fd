"""Reductions recognised for what they compute (compiler/idioms.py, passes/idioms.py).

argmax/argmin's two-array reduce, in torch_xla's spelling (pick with >=, ties by the minimum
index) and JAX's (pick with > or NaN, ties by <), compiles into the ArgMax/ArgMin kernel and
gives exactly what XLA computes: the reduce evaluated as a left fold from its init value, which
is what the oracle here does, one element at a time in plain Python. Rows are drawn from a
small alphabet, so ties, NaN in every position, infinities and signed zeros all occur.
"""

from __future__ import annotations

import itertools
import math

import ml_dtypes
import numpy as np
import pytest

from nccd.compiler import artifact as ncx
from nccd.compiler.compile import compile_module
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.options import CompileOptions
from nccd.compiler.runtime.executable import Executable

ROWS, N = 300, 6
ALPHABET = {"f32": [-math.inf, -1.0, -0.0, 0.0, 1.0, math.inf, math.nan],
            "bf16": [-math.inf, -1.0, -0.0, 0.0, 1.0, math.inf, math.nan],
            "s32": [-2**31, -1, 0, 1, 2**31 - 1]}
NUMPY = {"f32": np.float32, "bf16": ml_dtypes.bfloat16, "s32": np.int32}
IDENTITY = {("f32", "max"): "-inf", ("f32", "min"): "inf", ("bf16", "max"): "-inf", ("bf16", "min"): "inf",
            ("s32", "max"): "-2147483648", ("s32", "min"): "2147483647"}

#: The comparators, as torch_xla and jax.numpy write them (names and order are this file's own).
TORCH_XLA = """  ge = pred[] compare(lv, rv), direction={pick}
  v = {t}[] select(ge, lv, rv)
  eq = pred[] compare(lv, rv), direction=EQ
  lo = s32[] minimum(li, ri)
  by = s32[] select(ge, li, ri)
  i = s32[] select(eq, lo, by)"""
JAX = """  better = pred[] compare(lv, rv), direction={strict}
  nan = pred[] compare(lv, lv), direction=NE
  take = pred[] or(better, nan)
  v = {t}[] select(take, lv, rv)
  eq = pred[] compare(lv, rv), direction=EQ
  earlier = pred[] compare(li, ri), direction=LT
  tie = pred[] and(eq, earlier)
  take_index = pred[] or(take, tie)
  i = s32[] select(take_index, li, ri)"""
#: Keeps the *last* extreme index on ties: not argmax, so it must stay refused.
LAST_INDEX = """  ge = pred[] compare(lv, rv), direction=GT
  v = {t}[] select(ge, lv, rv)
  eq = pred[] compare(lv, rv), direction=EQ
  hi = s32[] maximum(li, ri)
  by = s32[] select(ge, li, ri)
  i = s32[] select(eq, hi, by)"""


def module_text(body: str, t: str, kind: str, *, init_index: int = 0, iota_dimension: int = 1) -> str:
    directions = {"pick": "GE" if kind == "max" else "LE", "strict": "GT" if kind == "max" else "LT"}
    return f"""HloModule arg_{kind}_idiom

pick {{
  lv = {t}[] parameter(0)
  li = s32[] parameter(1)
  rv = {t}[] parameter(2)
  ri = s32[] parameter(3)
{body.format(t=t, **directions)}
  ROOT out = ({t}[], s32[]) tuple(v, i)
}}

ENTRY main {{
  x = {t}[{ROWS},{N}] parameter(0)
  iota = s32[{ROWS},{N}] iota(), iota_dimension={iota_dimension}
  init = {t}[] constant({IDENTITY[t, kind]})
  start = s32[] constant({init_index})
  r = ({t}[{ROWS}], s32[{ROWS}]) reduce(x, iota, init, start), dimensions={{1}}, to_apply=pick
  values = {t}[{ROWS}] get-tuple-element(r), index=0
  indices = s32[{ROWS}] get-tuple-element(r), index=1
  ROOT result = ({t}[{ROWS}], s32[{ROWS}]) tuple(values, indices)
}}
"""


def fold(row, kind: str, spelling: str, identity):
    """XLA's reduce as a left fold of the comparator, element by element (Python float semantics)."""
    value, index = identity, 0
    for j, x in enumerate(row):
        if spelling == "torch_xla":
            take = value >= x if kind == "max" else value <= x
            if value == x:
                value, index = (value if take else x), min(index, j)
            elif not take:
                value, index = x, j
        else:
            take = (value > x if kind == "max" else value < x) or value != value
            take_index = take or (value == x and index < j)
            value, index = (value if take else x), (index if take_index else j)
    return value, index


def rows(t: str) -> np.ndarray:
    rng = np.random.default_rng(10)
    alphabet = np.array(ALPHABET[t], dtype=np.float64 if t != "s32" else np.int64)
    picked = alphabet[rng.integers(0, len(alphabet), (ROWS, N))]
    picked[:len(alphabet)] = alphabet[:, None]  # a row of each value alone: all ties, all NaN, ...
    return picked.astype(NUMPY[t])


def compile_text(text: str, target: str = "trn1"):
    return compile_module(parse_hlo_text(text), CompileOptions(target=target, auto_cast="none"))


@pytest.mark.parametrize("t", ["f32", "bf16", "s32"])
@pytest.mark.parametrize("kind", ["max", "min"])
@pytest.mark.parametrize("spelling", ["torch_xla", "jax"])
def test_argmax_argmin_compile_to_the_kernel_and_equal_xla_s_fold(spelling, kind, t):
    text = module_text(TORCH_XLA if spelling == "torch_xla" else JAX, t, kind)
    data, result = compile_text(text)
    assert data is not None, [d.format() for d in result.diagnostics]
    program = ncx.unpack(data).module
    calls = [i for i in program.entry.instructions if i.opcode is Opcode.CUSTOM_CALL]
    assert [c.attrs["custom_call_target"] for c in calls] == ["AwsNeuronArgMax" if kind == "max" else "AwsNeuronArgMin"]
    assert not any(i.opcode is Opcode.REDUCE for c in program.reachable_computations() for i in c.instructions)
    x = rows(t)
    values, indices = Executable(program).run([x])
    identity = float(IDENTITY[t, kind]) if t != "s32" else int(IDENTITY[t, kind])
    wide = x.astype(np.float64) if t != "s32" else x.astype(np.int64)
    expected = [fold([v.item() for v in row], kind, spelling, identity) for row in wide]
    assert indices.tolist() == [i for _, i in expected]
    got = values.astype(np.float64)
    want = np.array([v for v, _ in expected], dtype=np.float64)
    assert np.array_equal(got, want, equal_nan=True) and np.array_equal(np.signbit(got), np.signbit(want))


def test_the_two_nan_rules_differ_where_they_should():
    """torch_xla's comparator forgets everything before a NaN; jnp.argmax's keeps the first NaN."""
    x = np.array([[np.nan, 1, 3, 2, 0, 0], [1, 5, np.nan, 2, 2, 0], [0, 0, 0, 0, 0, np.nan]] + [[0] * N] * (ROWS - 3),
                 np.float32)
    got = {}
    for spelling in ("torch_xla", "jax"):
        data, _ = compile_text(module_text(TORCH_XLA if spelling == "torch_xla" else JAX, "f32", "max"))
        got[spelling] = Executable(ncx.unpack(data).module).run([x])[1][:3].tolist()
    assert got == {"torch_xla": [2, 3, 5], "jax": [0, 2, 5]}


@pytest.mark.parametrize("variant", ["last index on ties", "init index 1", "iota along the kept dimension"])
def test_other_multi_array_reduces_stay_refused(variant):
    body = LAST_INDEX if variant == "last index on ties" else TORCH_XLA
    text = module_text(body, "f32", "max", init_index=1 if variant == "init index 1" else 0,
                       iota_dimension=0 if variant.startswith("iota") else 1)
    data, result = compile_text(text)
    assert data is None
    assert [d.code for d in result.diagnostics if d.is_error] == ["NCC-E113"]
    assert "variadic reduction" in next(d.message for d in result.diagnostics if d.is_error)


def test_inf1_has_no_arg_kernel_and_says_so():
    data, result = compile_text(module_text(TORCH_XLA, "f32", "max"), target="inf1")
    errors = [d for d in result.diagnostics if d.is_error]
    assert data is None and [d.code for d in errors] == ["NCC-E113"]
    assert "argmax" in errors[0].message and "AwsNeuronArgMax" in errors[0].message


# -- torch.all / torch.any ---------------------------------------------------------------------

#: torch_xla's reducers for torch.all and torch.any, and one that computes xor (not a reduction
#: the device has).
BOOLEAN_REDUCERS = {
    "all": "  f = pred[] constant(false)\n  a = pred[] compare(x, f), direction=NE\n"
           "  b = pred[] compare(y, f), direction=NE\n  both = pred[] and(a, b)\n  t = pred[] constant(true)\n"
           "  ROOT r = pred[] select(both, t, f)",
    "any": "  f = pred[] constant(false)\n  a = pred[] compare(x, f), direction=NE\n"
           "  b = pred[] compare(y, f), direction=NE\n  either = pred[] or(a, b)\n  t = pred[] constant(true)\n"
           "  ROOT r = pred[] select(either, t, f)",
    "xor": "  ROOT r = pred[] compare(x, y), direction=NE",
}


def boolean_module(name: str) -> str:
    init = "true" if name == "all" else "false"
    return f"""HloModule torch_{name}

reducer {{
  x = pred[] parameter(0)
  y = pred[] parameter(1)
{BOOLEAN_REDUCERS[name]}
}}

ENTRY main {{
  m = pred[64,5] parameter(0)
  init = pred[] constant({init})
  ROOT r = pred[64] reduce(m, init), dimensions={{1}}, to_apply=reducer
}}
"""


@pytest.mark.parametrize("name, numpy_reduce, opcode", [("all", np.all, Opcode.AND), ("any", np.any, Opcode.OR)])
def test_torch_all_and_any_reducers_compile_as_and_or(name, numpy_reduce, opcode):
    data, result = compile_text(boolean_module(name))
    assert data is not None, [d.format() for d in result.diagnostics]
    program = ncx.unpack(data).module
    reduce = next(i for i in program.entry.instructions if i.opcode is Opcode.REDUCE)
    reducer = reduce.attrs["to_apply"]
    assert reducer.root.opcode is opcode and len(reducer.instructions) == 3
    cases = np.array(list(itertools.product([False, True], repeat=5)) * 2, dtype=bool)
    (got,) = Executable(program).run([cases])
    np.testing.assert_array_equal(got, numpy_reduce(cases, axis=1))


def test_a_boolean_reducer_computing_something_else_stays_refused():
    data, result = compile_text(boolean_module("xor"))
    assert data is None and [d.code for d in result.diagnostics if d.is_error] == ["NCC-E111"]

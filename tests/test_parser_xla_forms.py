"""Grammar forms XLA's parser accepts (or refuses) that the printers rarely emit.

Each test is a small fixture of ours for one form found in XLA's own parser tests (the
conformance tier, tests/test_xla_conformance.py, checks the real cases): the legacy module
header, text without a header, single-instruction text, computations written inline, and the
checks XLA's parser makes on attribute values.
"""

from __future__ import annotations

import textwrap

import pytest

from helpers import assert_modules_equal
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.hlo.printer import STYLES, print_module
from nccd.compiler.ir.opcodes import Opcode


def parse(text: str):
    """Parse ``text``; every printing style must parse back to the same module."""
    module = parse_hlo_text(textwrap.dedent(text).lstrip("\n"))
    for style in STYLES:
        assert_modules_equal(module, parse_hlo_text(print_module(module, style)))
    return module


def error(text: str):
    with pytest.raises(HloError) as info:
        parse_hlo_text(textwrap.dedent(text).lstrip("\n"))
    return info.value.diagnostics[0]


def test_legacy_module_header_with_a_colon():
    module = parse("""
        HloModule legacy:

        ENTRY %e (x: f32[]) -> f32[] {
          ROOT %x = f32[] parameter(0)
        }
    """)
    assert module.name == "legacy" and module.entry.name == "e"


def test_text_without_header_is_a_module_only_if_it_starts_like_one():
    assert parse("e {\n  ROOT x = f32[] parameter(0)\n}\n").entry.name == "e"
    assert parse("ENTRY %e (x: f32[]) -> f32[] {\n  ROOT %x = f32[] parameter(0)\n}\n").entry.name == "e"
    # the long form's signature makes it one instruction, as for XLA: the '=' is missing
    diag = error("%e (x: f32[]) -> f32[] {\n  ROOT %x = f32[] parameter(0)\n}\n")
    assert (diag.code, diag.line, diag.column) == ("NCC-E001", 1, 4)
    assert "HloModule" in diag.hint


def test_single_instruction_operands_become_parameters_in_order():
    module = parse("sum = f32[4]{0} add(f32[4]{0} lhs, f32[4]{0} rhs)")
    entry = module.entry
    assert entry.root.name == "sum" and entry.root.opcode is Opcode.ADD
    assert [(p.name, p.parameter_number) for p in entry.parameters] == [("lhs", 0), ("rhs", 1)]
    # the same name twice is one parameter; unnamed operands are numbered
    twice = parse("s = f32[4] multiply(f32[4] v, f32[4] v)").entry
    assert len(twice.parameters) == 1 and twice.root.operands[0] is twice.root.operands[1]
    unnamed = parse("f32[2,3] subtract(f32[2,3], f32[2,3])").entry
    assert [p.name for p in unnamed.parameters] == ["_0", "_1"] and unnamed.root.opcode is Opcode.SUBTRACT


def test_single_instruction_with_nested_and_inline_computations():
    module = parse("""
        f32[8] map(f32[8] a, f32[8] negate(f32[8] b)), dimensions={0}, to_apply=
        {
          x = f32[] parameter(0)
          y = f32[] parameter(1)
          ROOT m = f32[] maximum(x, y)
        }
    """)
    root = module.entry.root
    assert root.opcode is Opcode.MAP and root.operands[1].opcode is Opcode.NEGATE
    assert root.attrs["to_apply"].root.opcode is Opcode.MAXIMUM
    assert [p.name for p in module.entry.parameters] == ["a", "b"]


def test_single_instruction_errors():
    diag = error("p = f32[4] add(f32[4] a, b)\n")
    assert (diag.code, diag.line, diag.column) == ("NCC-E004", 1, 26) and "no shape" in diag.message
    diag = error("p = f32[4] negate(f32[4] a)\nq = f32[4] negate(f32[4] p)\n")
    assert (diag.code, diag.line, diag.column) == ("NCC-E001", 2, 1)


def test_inline_computation_in_a_module():
    module = parse("""
        HloModule m

        ENTRY e {
          v = f32[16] parameter(0)
          zero = f32[] constant(0)
          ROOT r = f32[] reduce(v, zero), dimensions={0}, to_apply={
            a = f32[] parameter(0)
            b = f32[] parameter(1)
            ROOT s = f32[] add(a, b)
          }
        }
    """)
    body = module.entry.root.attrs["to_apply"]
    assert body.root.opcode is Opcode.ADD and list(module.computations)[-1] == "e"


def test_parameter_replication_needs_one_flag_per_leaf():
    diag = error("HloModule m\nENTRY e {\n  ROOT p = (f32[2], s32[]) parameter(0), "
                 "parameter_replication={true,false,true}\n}\n")
    assert (diag.code, diag.line) == ("NCC-E003", 3) and "2 leaf buffers" in diag.message


def test_inline_computations_nested_inline_come_first():
    module = parse("""
        f32[4] call(f32[4] x), to_apply={
          p = f32[4] parameter(0)
          ROOT m = f32[4] map(p), dimensions={0}, to_apply={
            a = f32[] parameter(0)
            ROOT n = f32[] negate(a)
          }
        }
    """)
    order = list(module.computations.values())
    outer = module.entry.root.attrs["to_apply"]
    inner = outer.root.attrs["to_apply"]
    assert order.index(inner) < order.index(outer) < order.index(module.entry)
    assert len({c.name for c in order}) == 3

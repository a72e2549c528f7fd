"""The HLO text parser and printer: real corpora, one test per piece of grammar, exact diagnostics.

Snippets are written the way XLA prints them (``hlo_parser_test.cc`` style, jaxlib 0.10.2 output).
Every accepted snippet goes through :func:`round_trip`, which prints it in all three styles and
parses it back; every rejected one through :func:`error`, which pins the code, line and column.
"""

from __future__ import annotations

import re
import textwrap

import numpy as np
import pytest

from helpers import JAX_CORPUS, assert_modules_equal, hloenv_files, jax_text_files
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.parser import expand_iota_groups, parse_hlo_text
from nccd.compiler.hlo.printer import STYLES, print_module
from nccd.compiler.ir import attrs as A
from nccd.compiler.ir.dtypes import BY_TEXT as TYPE_BY_TEXT
from nccd.compiler.ir.dtypes import ElementType
from nccd.compiler.ir.module import Module
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.ir.shapes import UNBOUNDED, Layout, Shape

ADD = """
add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}
"""


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def round_trip(text: str) -> Module:
    """Parse, then print in every style and parse again: the module must not change."""
    module = parse_hlo_text(dedent(text))
    for style in STYLES:
        assert_modules_equal(module, parse_hlo_text(print_module(module, style)))
    return module


def entry(body: str, computations: str = "", header: str = "HloModule m") -> str:
    """A module with ``body`` as the ENTRY computation (indentation normalised)."""
    lines = "\n".join("  " + line.strip() for line in dedent(body).strip().splitlines())
    return f"{header}\n{dedent(computations)}\nENTRY main {{\n{lines}\n}}\n"


def root(text: str, computations: str = ""):
    """The ROOT instruction of the module ``text`` (round-tripped)."""
    return round_trip(entry(text, computations)).entry.root


def entry_computation(text: str, computations: str = ""):
    """The ENTRY computation of the module ``text`` (round-tripped). An instruction does not keep
    its computation alive (Instruction.computation is a weak reference): a test that reaches the
    other instructions holds the computation."""
    return round_trip(entry(text, computations)).entry


def error(text: str):
    """The single diagnostic raised for ``text``."""
    with pytest.raises(HloError) as info:
        parse_hlo_text(text)
    assert len(info.value.diagnostics) == 1, info.value.diagnostics
    return info.value.diagnostics[0]


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the ``occurrence``-th ``needle`` in ``text``."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def section(text: str, title: str) -> str:
    """From ``title`` up to the next blank line."""
    start = text.index(title)
    return text[start:text.index("\n\n", start)]


def assert_error(text: str, code: str, needle: str, occurrence: int = 1, message: str | None = None,
                 after: str | None = None):
    """Assert the one diagnostic has ``code`` and points at ``needle`` (the first one after ``after``)."""
    d = error(text)
    if after is not None:
        occurrence = text[:text.index(after)].count(needle) + 1
    assert (d.code, d.line, d.column) == (code, *position(text, needle, occurrence)), d.format()
    if message is not None:
        assert message in d.message, d.message
    return d


# -- real corpora ---------------------------------------------------------------------------
CORPUS = hloenv_files() + jax_text_files()
_INSTRUCTION_LINE = re.compile(r"^\s*(?:ROOT\s+)?%?[A-Za-z_][\w.\-]*\s*=\s*\S", re.M)


def _corpus_id(path) -> str:
    return f"{path.parent.name}/{path.name}" if path.parent.parent.name == "jax" else path.name[:70]


@pytest.mark.needs_shared
def test_the_corpora_are_present():
    assert len(hloenv_files()) >= 81


@pytest.mark.parametrize("path", CORPUS, ids=_corpus_id)
def test_corpus_file_parses_and_round_trips(path):
    text = path.read_text()
    module = parse_hlo_text(text, str(path))
    assert module.instruction_count() == len(_INSTRUCTION_LINE.findall(text))
    for style in STYLES:
        assert_modules_equal(module, parse_hlo_text(print_module(module, style)))


def _jax_models_with(*names: str) -> list:
    return sorted(d for d in JAX_CORPUS.glob("*") if d.is_dir() and all((d / n).exists() for n in names))


@pytest.mark.parametrize("model", _jax_models_with("short.hlo.txt", "short_nodebug.hlo.txt"),
                         ids=lambda d: d.name)
def test_debug_info_does_not_change_the_graph(model):
    with_debug = parse_hlo_text((model / "short.hlo.txt").read_text())
    without = parse_hlo_text((model / "short_nodebug.hlo.txt").read_text())
    assert_modules_equal(with_debug, without, check_metadata=False)


@pytest.mark.parametrize("model", _jax_models_with("short.hlo.txt", "module.hlo_module.pb"),
                         ids=lambda d: d.name)
def test_stack_frame_tables_equal_the_proto(model):
    """jaxlib prints parent_frame_id as the proto value + 1 (no parent = 1); the IR keeps proto values."""
    hlo_pb2 = pytest.importorskip("nccd.compiler.hlo._proto.hlo_pb2")
    proto = hlo_pb2.HloModuleProto()
    proto.ParseFromString((model / "module.hlo_module.pb").read_bytes())
    text = (model / "short.hlo.txt").read_text()
    index = parse_hlo_text(text).stack_frames
    expected = proto.stack_frame_index
    if "StackFrames" not in text:
        pytest.skip("printed without debug info")
    assert index.file_names == list(expected.file_names)
    assert index.function_names == list(expected.function_names)
    assert [(f.file_location_id, f.parent_frame_id) for f in index.stack_frames] == \
        [(f.file_location_id, f.parent_frame_id) for f in expected.stack_frames]
    assert [(loc.file_name_id, loc.function_name_id, loc.line, loc.end_line, loc.column, loc.end_column)
            for loc in index.file_locations] == \
        [(loc.file_name_id, loc.function_name_id, loc.line, loc.end_line, loc.column, loc.end_column)
         for loc in expected.file_locations]
    assert section(print_module(parse_hlo_text(text), "short"), "StackFrames") == section(text, "StackFrames")


def test_stack_frames_resolve_to_the_same_places_as_inline_locations():
    """short.hlo.txt carries StackFrames tables, long.hlo.txt was dumped with inline source_file/line."""
    model = JAX_CORPUS / "inline_stack_frames"
    if not (model / "long.hlo.txt").exists():
        pytest.skip("corpus model not generated yet")
    short = parse_hlo_text((model / "short.hlo.txt").read_text())
    long = parse_hlo_text((model / "long.hlo.txt").read_text())
    compared = 0
    for comp in short.computations.values():
        for inst in comp.instructions:
            via_table = short.source_location(inst)
            inline = long.source_location(long.computations[comp.name].instruction(inst.name))
            assert (via_table is None) == (inline is None), inst.name
            if via_table is not None:
                assert (via_table.file, via_table.line, via_table.column) == \
                    (inline.file, inline.line, inline.column), inst.name
                compared += 1
    assert compared >= 5


# -- printing styles, comments, module structure ----------------------------------------------------
SHORT = """
HloModule m, entry_computation_layout={(f32[4]{0}, f32[4]{0})->(f32[4]{0}, f32[])}

add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

ENTRY main {
  x = f32[4]{0} parameter(0)
  y = f32[4]{0} parameter(1)
  sum = f32[4]{0} add(x, y)
  zero = f32[] constant(0)
  total = f32[] reduce(sum, zero), dimensions={0}, to_apply=add
  ROOT out = (f32[4]{0}, f32[]) tuple(sum, total)
}
"""
LONG = """
HloModule m, entry_computation_layout={(f32[4]{0}, f32[4]{0})->(f32[4]{0}, f32[])}

%add (a: f32[], b: f32[]) -> f32[] {
  %a = f32[] parameter(0)
  %b = f32[] parameter(1)
  ROOT %s = f32[] add(%a, %b)
}

ENTRY %main (x: f32[4], y: f32[4]) -> (f32[4], f32[]) {
  %x = f32[4]{0} parameter(0)
  %y = f32[4]{0} parameter(1)
  %sum = f32[4]{0} add(%x, %y)
  %zero = f32[] constant(0)
  %total = f32[] reduce(%sum, %zero), dimensions={0}, to_apply=%add
  ROOT %out = (f32[4]{0}, f32[]) tuple(%sum, %total)
}
"""
INLINE_SHAPES = """
HloModule m, entry_computation_layout={(f32[4]{0}, f32[4]{0})->(f32[4]{0}, f32[])}

%add (a: f32[], b: f32[]) -> f32[] {
  %a = f32[] parameter(0)
  %b = f32[] parameter(1)
  ROOT %s = f32[] add(f32[] %a, f32[] %b)
}

ENTRY %main (x: f32[4], y: f32[4]) -> (f32[4], f32[]) {
  %x = f32[4]{0} parameter(0)
  %y = f32[4]{0} parameter(1)
  %sum = f32[4]{0} add(f32[4]{0} %x, f32[4]{0} %y)
  %zero = f32[] constant(0)
  %total = f32[] reduce(f32[4]{0} %sum, f32[] %zero), dimensions={0}, to_apply=%add
  ROOT %out = (f32[4]{0}, f32[]) tuple(f32[4]{0} %sum, f32[] %total)
}
"""


def test_short_long_and_inline_shape_forms_give_the_same_module():
    short = round_trip(SHORT)
    assert_modules_equal(short, round_trip(LONG))
    assert_modules_equal(short, round_trip(INLINE_SHAPES))
    assert short.entry.name == "main" and short.entry.is_entry
    assert short.entry.root.name == "out"
    assert short.entry.root.operands[1].attrs["to_apply"] is short.computations["add"]
    long = parse_hlo_text(dedent(LONG))
    params, result = long.entry.signature
    assert params == [("x", Shape.array(ElementType.F32, [4])), ("y", Shape.array(ElementType.F32, [4]))]
    assert result.text() == "(f32[4], f32[])"


def test_comments_are_skipped_everywhere():
    module = round_trip("""
        // a line comment before the header
        HloModule m /* after the name */, entry_computation_layout={(f32[2]{0})->(f32[2]{0}, f32[2]{0}, f32[2]{0}, f32[2]{0}, f32[2]{0}, /*index=5*/f32[2]{0})}

        ENTRY main { // trailing comment
          p = f32[2]{0} parameter(0) /* between */
          ROOT t = (f32[2]{0}, f32[2]{0}, f32[2]{0}, f32[2]{0}, f32[2]{0}, /*index=5*/f32[2]{0}) tuple(p, p, p, p, p, /*index=5*/p)
          // a comment line inside a computation
        }
    """)
    t = module.entry.root
    assert len(t.operands) == 6 and len(t.shape.tuple_shapes) == 6
    assert len(module.entry_computation_layout[1].tuple_shapes) == 6


def test_entry_is_the_last_computation_without_the_entry_keyword():
    module = round_trip("""
        HloModule m
        first {
          ROOT c = f32[] constant(1)
        }
        second {
          ROOT c = f32[] constant(2)
        }
    """)
    assert module.entry.name == "second" and module.entry.is_entry
    assert not module.computations["first"].is_entry


def test_entry_keyword_wins_over_position():
    module = round_trip("""
        HloModule m
        ENTRY first {
          ROOT c = f32[] constant(1)
        }
        second {
          ROOT c = f32[] constant(2)
        }
    """)
    assert module.entry.name == "first"


def test_root_is_the_last_instruction_without_the_root_keyword_and_may_come_first():
    assert round_trip("HloModule m\nENTRY e {\n  a = f32[] constant(1)\n  b = f32[] negate(a)\n}\n") \
        .entry.root.name == "b"
    module = round_trip("HloModule m\nENTRY e {\n  a = f32[] constant(1)\n  ROOT r = f32[] negate(a)\n"
                        "  dead = f32[] exponential(a)\n}\n")
    assert module.entry.root.name == "r"
    assert [i.name for i in module.entry.instructions] == ["a", "r", "dead"]


def test_module_without_header_is_named_after_its_entry():
    module = round_trip("ENTRY %f (p: f32[]) -> f32[] {\n  %p = f32[] parameter(0)\n"
                        "  ROOT %n = f32[] negate(%p)\n}\n")
    assert module.name == "f" and module.entry.root.opcode is Opcode.NEGATE


def test_forward_references_are_reordered_operands_first():
    module = round_trip("""
        HloModule m
        ENTRY e {
          ROOT r = f32[] add(b, a)
          b = f32[] negate(a)
          a = f32[] parameter(0)
        }
    """)
    names = [i.name for i in module.entry.instructions]
    assert names.index("a") < names.index("b") < names.index("r")
    assert module.entry.root.name == "r"


def test_called_computation_may_be_defined_after_its_caller():
    module = round_trip("""
        HloModule m
        ENTRY e {
          p = f32[4] parameter(0)
          z = f32[] constant(0)
          ROOT r = f32[] reduce(p, z), dimensions={0}, to_apply=add
        }
        add {
          a = f32[] parameter(0)
          b = f32[] parameter(1)
          ROOT s = f32[] add(a, b)
        }
    """)
    assert module.entry.name == "e"
    assert module.entry.root.attrs["to_apply"] is module.computations["add"]


def test_instruction_names_are_scoped_per_computation():
    module = round_trip(entry("p = f32[] parameter(0)\nROOT s = f32[] add(p, p)",
                              "add {\n  p = f32[] parameter(0)\n  ROOT s = f32[] add(p, p)\n}\n"))
    assert module.computations["add"].root is not module.entry.root


def test_nested_anonymous_operands_become_instructions():
    module = round_trip(entry("p = f32[4] parameter(0)\nROOT r = f32[4] add(f32[4] multiply(p, p), p)"))
    product = module.entry.root.operands[0]
    assert product.opcode is Opcode.MULTIPLY and product.shape == Shape.array(ElementType.F32, [4])
    assert product in module.entry.instructions


def test_result_shape_may_be_omitted_when_it_can_be_inferred():
    module = round_trip(entry("p = f32[2,3]{1,0} parameter(0)\nROOT n = negate(p)"))
    assert module.entry.root.shape.dims == (2, 3)


def test_computation_execution_thread_and_async_sugar():
    module = round_trip("""
        HloModule m
        wrapped {
          p = f32[10] parameter(0)
          ROOT cc = f32[20] custom-call(p), custom_call_target="foo"
        }, execution_thread="parallel_thread"

        ENTRY e {
          p0 = f32[10] parameter(0)
          start = ((f32[10]), f32[20], s32[]) custom-call-start(p0), async_execution_thread="parallel_thread", custom_call_target="foo"
          update = ((f32[10]), f32[20], s32[]) custom-call-update(start)
          ROOT done = f32[20] custom-call-done(update)
        }
    """)
    assert module.computations["wrapped"].execution_thread == "parallel_thread"
    start, update, done = module.entry.instructions[1:]
    assert (start.opcode, update.opcode, done.opcode) == (Opcode.ASYNC_START, Opcode.ASYNC_UPDATE,
                                                        Opcode.ASYNC_DONE)
    # the sugar becomes what XLA builds: async-start calling a computation that wraps the op
    body = start.attrs["calls"]
    assert body is not module.computations["wrapped"] and body.execution_thread == "parallel_thread"
    assert body.root.opcode is Opcode.CUSTOM_CALL and body.root.attrs["custom_call_target"] == "foo"
    assert [p.shape.text() for p in body.parameters] == ["f32[10]"] and body.root.shape.text() == "f32[20]"
    assert start.attrs == {"async_execution_thread": "parallel_thread", "calls": body}
    assert update.attrs == {} and done.attrs == {}
    assert "async-start(" in print_module(module, "short")


def test_async_sugar_needs_a_tuple_result_shape():
    assert_error(entry("""
        p = f32[4] parameter(0)
        ROOT s = f32[4] negate-start(p)
    """), "NCC-E003", "s =")


def test_async_collective_opcodes_and_control_predecessors():
    r = round_trip(entry("""
        p = f32[8] parameter(0)
        c = f32[] constant(0)
        start = f32[8] all-reduce-start(p), replica_groups={}, to_apply=add, control-predecessors={c}
        ROOT done = f32[8] all-reduce-done(start)
    """, ADD)).entry
    start = r.instruction("start")
    assert start.opcode is Opcode.ALL_REDUCE_START and r.root.opcode is Opcode.ALL_REDUCE_DONE
    assert [p.name for p in start.control_predecessors] == ["c"]


def test_control_predecessor_may_be_a_forward_reference():
    comp = round_trip(entry("""
        a = f32[] constant(1), control-predecessors={b}
        b = f32[] constant(2)
        ROOT t = (f32[], f32[]) tuple(a, b)
    """)).entry
    names = [i.name for i in comp.instructions]
    assert names.index("b") < names.index("a")


# -- module header -------------------------------------------------------------------------------
def test_module_header_attributes():
    module = round_trip(entry(
        "p0 = f32[2]{0} parameter(0)\np1 = s32[] parameter(1)\nROOT t = (f32[2]{0}) tuple(p0)",
        header="HloModule m, is_scheduled=true, entry_computation_layout={(f32[2]{0}, s32[])->(f32[2]{0})}, "
               "input_output_alias={ {0}: (0, {}, may-alias) }, buffer_donor={ (1, {}) }, replica_count=2, "
               "num_partitions=4, frontend_attributes={xla.sdy.meshes=\"{mesh = #sdy.mesh<[\\\"x\\\"=4]>}\"}, "
               "allow_spmd_sharding_propagation_to_output={true}"))
    assert module.entry_computation_layout == ([Shape.array(ElementType.F32, [2], layout=Layout((0,))),
                                                Shape.array(ElementType.S32, [])],
                                               Shape.tuple_of([Shape.array(ElementType.F32, [2],
                                                                           layout=Layout((0,)))]))
    assert module.header_attrs["is_scheduled"] == "true"
    assert module.header_attrs["input_output_alias"] == "{ {0}: (0, {}, may-alias) }"
    assert module.header_attrs["buffer_donor"] == "{ (1, {}) }"
    assert module.header_attrs["replica_count"] == "2"
    assert module.header_attrs["num_partitions"] == "4"
    assert module.header_attrs["allow_spmd_sharding_propagation_to_output"] == "{true}"
    assert "mesh" in module.header_attrs["frontend_attributes"]


# -- shapes ----------------------------------------------------------------------------------------
ARRAY_TYPES = sorted(n for n in TYPE_BY_TEXT if n not in ("token", "opaque"))


def test_every_xla_element_type_is_known():
    assert set(ARRAY_TYPES) >= {
        "pred", "s1", "s2", "s4", "s8", "s16", "s32", "s64", "u1", "u2", "u4", "u8", "u16", "u32", "u64",
        "f16", "bf16", "f32", "f64", "c64", "c128", "f4e2m1fn", "f8e5m2", "f8e4m3", "f8e4m3fn",
        "f8e4m3b11fnuz", "f8e5m2fnuz", "f8e4m3fnuz", "f8e3m4", "f8e8m0fnu"}


@pytest.mark.parametrize("type_name", ARRAY_TYPES)
def test_every_element_type_parses(type_name):
    r = root(f"p = {type_name}[2,3]{{1,0}} parameter(0)\nROOT c = {type_name}[3,2]{{0,1}} copy(p)")
    assert r.shape.element_type is TYPE_BY_TEXT[type_name]
    assert r.shape.dims == (3, 2) and r.shape.layout == Layout((0, 1))
    assert r.shape.text() == f"{type_name}[3,2]{{0,1}}"


def test_token_and_opaque_shapes():
    comp = round_trip(entry("t = token[] after-all()\np = opaque[] parameter(0)\n"
                            "ROOT r = (token[], opaque[]) tuple(t, p)")).entry
    assert comp.instruction("t").shape == Shape.token()
    assert comp.instruction("p").shape.element_type is ElementType.OPAQUE
    assert comp.root.shape.text() == "(token[], opaque[])"


def test_nested_and_empty_tuple_shapes():
    comp = entry_computation("p = (f32[], (s32[4]{0}, pred[]), ()) parameter(0)\nROOT e = () tuple()")
    r = comp.root
    p = comp.instruction("p").shape
    assert p.is_tuple and len(p.tuple_shapes) == 3
    assert p.tuple_shapes[1].tuple_shapes[0] == Shape.array(ElementType.S32, [4], layout=Layout((0,)))
    assert p.tuple_shapes[2] == Shape.tuple_of(()) and r.shape == Shape.tuple_of(())


def test_dynamic_dimensions():
    r = root("p = f32[<=4,?,3]{2,1,0} parameter(0)\nROOT n = f32[<=4,?,3]{2,1,0} negate(p)")
    assert r.shape.dims == (4, UNBOUNDED, 3)
    assert r.shape.dynamic == (True, True, False)
    assert r.shape.is_dynamic and r.shape.is_unbounded
    assert r.shape.text() == "f32[<=4,?,3]{2,1,0}"


def test_shape_dimensions_may_contain_spaces():
    assert root("ROOT p = f32[1, 2] parameter(0)").shape.dims == (1, 2)


def test_layout_with_tiling_memory_space_and_element_size():
    comp = entry_computation("p = f32[16,256]{1,0:T(8,128)(2,1)S(1)} parameter(0)\n"
                             "ROOT n = s4[16,256]{0,1:T(8,128)(2,1)E(4)S(2)} convert(p)")
    r = comp.root
    p = comp.instruction("p").shape.layout
    assert p == Layout((1, 0), tiles=((8, 128), (2, 1)), memory_space=1)
    assert r.shape.layout == Layout((0, 1), tiles=((8, 128), (2, 1)), memory_space=2, element_size_in_bits=4)
    assert comp.instruction("p").shape.text() == "f32[16,256]{1,0:T(8,128)(2,1)S(1)}"


def test_scalar_layout_with_memory_space():
    assert root("ROOT p = f32[]{:S(1)} parameter(0)").shape.layout.memory_space == 1


# -- literals ----------------------------------------------------------------------------------------
def literal(shape: str, value: str):
    return root(f"ROOT c = {shape} constant({value})").literal


def test_nested_array_literals_are_row_major():
    assert literal("s32[2,3]", "{ { 1, 2, 3 }, { 4, 5, 6 } }").values == [1, 2, 3, 4, 5, 6]
    three_d = literal("f32[2,1,2]", "{ { {1, 2} }, { {3.5, -4e-3} } }")
    assert three_d.values == [1.0, 2.0, 3.5, -0.004]
    assert three_d.to_numpy().shape == (2, 1, 2)


def test_special_float_values():
    values = literal("f32[7]", "{nan, -nan, inf, -inf, nan(0x7f), 1e-05, -0}").values
    assert all(np.isnan(values[:2])) and np.isnan(values[4])
    assert values[2] == float("inf") and values[3] == float("-inf")
    assert values[5] == 1e-05 and str(values[6]) == "-0.0"


def test_pred_literals_as_words_and_digits():
    assert literal("pred[4]", "{true, false, 1, 0}").values == [True, False, True, False]
    assert literal("pred[]", "true").values == [True]


def test_complex_literals():
    assert literal("c64[2]", "{(1, 2), (3.5, -4)}").values == [1 + 2j, 3.5 - 4j]
    assert literal("c128[]", "(0, -1)").values == [-1j]


def test_elided_literal():
    lit = literal("bf16[56945,50]{1,0}", "{...}")
    assert lit.elided and lit.values is None


def test_tuple_literals_nested_and_empty():
    lit = literal("(f32[2], (s32[], pred[2]), ())", "({1, 2}, (3, {true, 0}), ())")
    assert lit.elements[0].values == [1.0, 2.0]
    assert lit.elements[1].elements[1].values == [True, False]
    assert lit.elements[2].shape == Shape.tuple_of(())


def test_empty_array_literals():
    assert literal("f32[0]", "{}").values == []
    assert literal("f32[2,0]", "{ {}, {} }").values == []
    assert literal("f32[0,3]", "{}").values == []


@pytest.mark.parametrize("shape,value,expected", [
    ("s2[4]", "{-2, -1, 0, 1}", [-2, -1, 0, 1]),
    ("u2[4]", "{0, 1, 2, 3}", [0, 1, 2, 3]),
    ("s4[2]", "{-8, 7}", [-8, 7]),
    ("u4[2]", "{0, 15}", [0, 15]),
    ("u64[]", "18446744073709551615", [2**64 - 1]),
    ("s64[]", "-9223372036854775808", [-2**63]),
    ("f8e4m3fn[2]", "{448, -0.5}", [448.0, -0.5]),
    ("f8e5m2[1]", "{57344}", [57344.0]),
    ("bf16[2]", "{1.5, -2}", [1.5, -2.0]),
])
def test_narrow_and_wide_type_literals(shape, value, expected):
    assert literal(shape, value).values == expected


def test_constant_with_index_comments():
    assert literal("s32[6]", "{1, 2, 3, 4, 5, /*index=5*/6}").values == [1, 2, 3, 4, 5, 6]


# -- metadata and source locations -----------------------------------------------------------------------
def test_metadata_with_every_field():
    md = root('ROOT c = f32[] constant(1), metadata={op_type="Mean" op_name="jit(f)/mean" '
              'source_file="/src/model.py" source_line=10 source_end_line=11 source_column=4 '
              'source_end_column=30 stack_frame_id=0 profile_type={1,2} deduplicated_name="fusion.3" '
              'scheduling_name="sched.1"}').metadata
    assert (md.op_type, md.op_name, md.source_file) == ("Mean", "jit(f)/mean", "/src/model.py")
    assert (md.source_line, md.source_end_line, md.source_column, md.source_end_column) == (10, 11, 4, 30)
    assert md.stack_frame_id == 0
    assert md.extras == (("profile_type", "{1,2}"), ("deduplicated_name", '"fusion.3"'),
                         ("scheduling_name", '"sched.1"'))


def test_metadata_strings_are_c_unescaped_as_utf8():
    # jaxlib 0.10.2 prints `def σ(x)` as "\317\203" (absl::CEscape of each UTF-8 byte)
    md = root(r'ROOT c = f32[] constant(1), metadata={op_name="jit(\317\203)/sin \"q\" it\'s\n"}').metadata
    assert md.op_name == "jit(σ)/sin \"q\" it's\n"


def test_empty_metadata():
    assert root("ROOT c = f32[] constant(1), metadata={}").metadata.op_name is None


# Written as jax 0.10.2 prints `jax.jit(outer).lower(x).as_text(dialect="hlo", debug_info=True)`
# for outer(x) = inner(x) + 1, inner(x) = sin(x) * 2, checked against the serialized proto.
STACK_FRAMES = """
HloModule jit_outer, entry_computation_layout={(f32[3]{0})->f32[3]{0}}

FileNames
1 "/tmp/model.py"

FunctionNames
1 "<module>"
2 "outer"
3 "inner"

FileLocations
1 {file_name_id=1 function_name_id=1 line=5 end_line=5 column=5 end_column=38}
2 {file_name_id=1 function_name_id=2 line=4 end_line=4 column=21 end_column=33}
3 {file_name_id=1 function_name_id=3 line=3 end_line=3 column=21 end_column=35}

StackFrames
1 {file_location_id=1 parent_frame_id=1}
2 {file_location_id=2 parent_frame_id=2}
3 {file_location_id=3 parent_frame_id=3}


ENTRY main.1 {
  x.1 = f32[3]{0} parameter(0), metadata={op_name="x"}
  sin.1 = f32[3]{0} sine(x.1), metadata={op_name="jit(outer)/sin" stack_frame_id=3}
  constant.2 = f32[] constant(1)
  broadcast.2 = f32[3]{0} broadcast(constant.2), dimensions={}
  ROOT add.1 = f32[3]{0} add(sin.1, broadcast.2), metadata={op_name="jit(outer)/add" stack_frame_id=2}
}
"""


def test_stack_frame_tables_resolve_to_file_line_column():
    module = round_trip(STACK_FRAMES)
    index = module.stack_frames
    assert index.file_names == ["/tmp/model.py"]
    assert index.function_names == ["<module>", "outer", "inner"]
    # text parent_frame_id is the proto value + 1: 1 means "no parent"
    assert [(f.file_location_id, f.parent_frame_id) for f in index.stack_frames] == [(1, 0), (2, 1), (3, 2)]
    comp = module.entry
    assert str(module.source_location(comp.instruction("sin.1"))) == "/tmp/model.py:3:21"
    loc = module.source_location(comp.root)
    assert (loc.file, loc.line, loc.column, loc.end_column, loc.function) == ("/tmp/model.py", 4, 21, 33, "outer")
    assert [(s.function, s.line) for s in index.stack(3)] == [("inner", 3), ("outer", 4), ("<module>", 5)]
    assert module.source_location(comp.instruction("x.1")) is None


def test_printed_stack_frames_match_xla():
    printed = print_module(parse_hlo_text(dedent(STACK_FRAMES)), "short")
    for title in ("FileNames", "FunctionNames", "FileLocations", "StackFrames"):
        assert section(printed, title) == section(STACK_FRAMES, title)


def test_inline_source_location_is_the_fallback():
    module = round_trip(entry('ROOT c = f32[] constant(1), metadata={op_name="c" source_file="a.py" '
                              'source_line=7 source_column=3}'))
    assert str(module.source_location(module.entry.root)) == "a.py:7:3"


# -- attributes ------------------------------------------------------------------------------------------
def test_dot_dimension_numbers_precision_and_algorithm():
    r = root("""
        a = f32[2,3,4]{2,1,0} parameter(0)
        b = f32[2,4,5]{2,1,0} parameter(1)
        ROOT d = f32[2,3,5]{2,1,0} dot(a, b), lhs_batch_dims={0}, lhs_contracting_dims={2}, rhs_batch_dims={0}, rhs_contracting_dims={1}, operand_precision={default,highest}, algorithm=dot_bf16_bf16_f32
    """)
    assert r.attrs == {"lhs_batch_dims": (0,), "lhs_contracting_dims": (2,), "rhs_batch_dims": (0,),
                       "rhs_contracting_dims": (1,), "operand_precision": ("default", "highest"),
                       "algorithm": "dot_bf16_bf16_f32"}


@pytest.mark.parametrize("labels,spatial", [
    ("b0f_0io->b0f", 1), ("b01f_01io->b01f", 2), ("b012f_012io->b012f", 3), ("f01b_i01o->01bf", 2),
])
def test_convolution_dim_labels(labels, spatial):
    dims = ",".join(["2"] * (spatial + 2))
    r = root(f"""
        x = f32[{dims}] parameter(0)
        k = f32[{dims}] parameter(1)
        ROOT c = f32[{dims}] convolution(x, k), window={{size={'x'.join(['1'] * spatial)}}}, dim_labels={labels}, feature_group_count=1, batch_group_count=1
    """)
    dn = r.attrs["dim_labels"]
    lhs, rhs, out = re.split("_|->", labels)
    assert (dn.input_batch, dn.input_feature) == (lhs.index("b"), lhs.index("f"))
    assert (dn.kernel_input_feature, dn.kernel_output_feature) == (rhs.index("i"), rhs.index("o"))
    assert (dn.output_batch, dn.output_feature) == (out.index("b"), out.index("f"))
    assert dn.input_spatial == tuple(lhs.index(str(i)) for i in range(spatial))
    assert dn.output_spatial == tuple(out.index(str(i)) for i in range(spatial))
    assert (r.attrs["feature_group_count"], r.attrs["batch_group_count"]) == (1, 1)


def test_window_with_every_field_and_negative_padding():
    r = root("""
        x = f32[1,8,8,1] parameter(0)
        k = f32[3,3,1,1] parameter(1)
        ROOT c = f32[1,4,4,1] convolution(x, k), window={size=3x3 stride=2x1 pad=1_1x-1_2 lhs_dilate=1x2 rhs_dilate=2x1 rhs_reversal=1x0}, dim_labels=b01f_01io->b01f
    """)
    assert r.attrs["window"] == A.Window((
        A.WindowDim(size=3, stride=2, padding_low=1, padding_high=1, window_dilation=2, base_dilation=1,
                    window_reversal=True),
        A.WindowDim(size=3, stride=1, padding_low=-1, padding_high=2, window_dilation=1, base_dilation=2,
                    window_reversal=False)))


def test_reduce_window_cumsum_window():
    r = root("""
        x = f32[8] parameter(0)
        z = f32[] constant(0)
        ROOT r = f32[8] reduce-window(x, z), window={size=8 pad=7_0}, to_apply=add
    """, ADD)
    assert r.attrs["window"] == A.Window((A.WindowDim(size=8, padding_low=7),))


def test_pad_with_negative_and_interior_padding():
    r = root("x = f32[4,5] parameter(0)\nz = f32[] constant(0)\n"
             "ROOT p = f32[9,6] pad(x, z), padding=1_-1_2x0_1")
    assert r.attrs["padding"] == (A.PadDim(1, -1, 2), A.PadDim(0, 1, 0))


def test_slice_with_strides():
    r = root("x = f32[4,9] parameter(0)\nROOT s = f32[2,3] slice(x), slice={[0:4:2], [1:7:2]}")
    assert r.attrs["slice"] == (A.SliceDim(0, 4, 2), A.SliceDim(1, 7, 2))
    assert root("x = f32[4] parameter(0)\nROOT s = f32[2] slice(x), slice={[1:3]}").attrs["slice"] == \
        (A.SliceDim(1, 3, 1),)


def test_gather_with_batching_dims():
    r = root("""
        x = f32[2,5,4] parameter(0)
        i = s32[2,3,1] parameter(1)
        ROOT g = f32[2,3,4] gather(x, i), offset_dims={2}, collapsed_slice_dims={1}, start_index_map={1}, operand_batching_dims={0}, start_indices_batching_dims={0}, index_vector_dim=2, slice_sizes={1,1,4}, indices_are_sorted=true
    """)
    assert r.attrs == {"offset_dims": (2,), "collapsed_slice_dims": (1,), "start_index_map": (1,),
                       "operand_batching_dims": (0,), "start_indices_batching_dims": (0,),
                       "index_vector_dim": 2, "slice_sizes": (1, 1, 4), "indices_are_sorted": True}


def test_scatter_with_batching_dims():
    r = root("""
        x = f32[2,5] parameter(0)
        i = s32[2,3,1] parameter(1)
        u = f32[2,3] parameter(2)
        ROOT s = f32[2,5] scatter(x, i, u), update_window_dims={}, inserted_window_dims={1}, scatter_dims_to_operand_dims={1}, input_batching_dims={0}, scatter_indices_batching_dims={0}, index_vector_dim=2, unique_indices=false, to_apply=add
    """, ADD)
    assert r.attrs["update_window_dims"] == () and r.attrs["input_batching_dims"] == (0,)
    assert r.attrs["scatter_indices_batching_dims"] == (0,) and r.attrs["unique_indices"] is False
    assert r.attrs["to_apply"].name == "add"


def test_compare_direction_and_type():
    r = root("a = f32[4] parameter(0)\nROOT c = pred[4] compare(a, a), direction=LT, type=TOTALORDER")
    assert (r.attrs["direction"], r.attrs["type"]) == ("LT", "TOTALORDER")


def test_sort_is_stable():
    r = root("""
        k = f32[8] parameter(0)
        ROOT s = f32[8] sort(k), dimensions={0}, is_stable=true, to_apply=less
    """, "less {\n  a = f32[] parameter(0)\n  b = f32[] parameter(1)\n"
         "  ROOT lt = pred[] compare(a, b), direction=LT\n}\n")
    assert r.attrs["is_stable"] is True and r.attrs["dimensions"] == (0,)


def test_while_condition_and_body():
    module = round_trip(entry("""
        init = s32[] constant(0)
        ROOT w = s32[] while(init), condition=cond, body=body
    """, """
        cond {
          i = s32[] parameter(0)
          ten = s32[] constant(10)
          ROOT lt = pred[] compare(i, ten), direction=LT
        }
        body {
          i = s32[] parameter(0)
          one = s32[] constant(1)
          ROOT next = s32[] add(i, one)
        }
    """))
    w = module.entry.root
    assert w.attrs["condition"] is module.computations["cond"]
    assert w.attrs["body"] is module.computations["body"]
    assert w.called_computations() == [module.computations["cond"], module.computations["body"]]


BRANCHES = """
    b0 {
      p = f32[] parameter(0)
      ROOT n = f32[] negate(p)
    }
    b1 {
      p = f32[] parameter(0)
      ROOT e = f32[] exponential(p)
    }
"""


def test_conditional_with_branch_computations():
    r = root("i = s32[] parameter(0)\nx = f32[] parameter(1)\n"
             "ROOT c = f32[] conditional(i, x, x), branch_computations={b0, b1}", BRANCHES)
    assert [c.name for c in r.attrs["branch_computations"]] == ["b0", "b1"]


def test_conditional_with_true_and_false_computations():
    r = root("i = pred[] parameter(0)\nx = f32[] parameter(1)\n"
             "ROOT c = f32[] conditional(i, x, x), true_computation=b0, false_computation=b1", BRANCHES)
    assert (r.attrs["true_computation"].name, r.attrs["false_computation"].name) == ("b0", "b1")


def test_custom_call_attributes():
    r = root("""
        a = f32[4,4]{1,0} parameter(0)
        ROOT q = (f32[4,4]{0,1}, f32[4]{0}) custom-call(a), custom_call_target="lapack_sgeqrf_ffi", operand_layout_constraints={f32[4,4]{0,1}}, output_to_operand_aliasing={{0}: (0, {})}, api_version=API_VERSION_TYPED_FFI, backend_config={"k": [1, {"x": "}"}]}, custom_call_has_side_effect=true, schedule=SCHEDULE_LATEST, called_computations={add}
    """, ADD)
    assert r.attrs["custom_call_target"] == "lapack_sgeqrf_ffi"
    assert r.attrs["operand_layout_constraints"] == (Shape.array(ElementType.F32, [4, 4], layout=Layout((0, 1))),)
    assert r.attrs["output_to_operand_aliasing"] == A.Raw("{{0}: (0, {})}")
    assert r.attrs["api_version"] == "API_VERSION_TYPED_FFI"
    assert r.attrs["backend_config"] == '{"k": [1, {"x": "}"}]}'
    assert r.attrs["custom_call_has_side_effect"] is True
    assert [c.name for c in r.attrs["called_computations"]] == ["add"]


def test_custom_call_backend_config_as_string():
    r = root('a = f32[4] parameter(0)\nROOT c = f32[4] custom-call(a), custom_call_target="x", '
             r'backend_config="{index = 1 : ui64} \"q\""')
    assert r.attrs["backend_config"] == '{index = 1 : ui64} "q"'


def test_fusion_kind_and_calls():
    r = root("p = f32[4] parameter(0)\nROOT f = f32[4] fusion(p), kind=kLoop, calls=fused",
             "fused {\n  x = f32[4] parameter(0)\n  ROOT n = f32[4] negate(x)\n}\n")
    assert r.attrs["kind"] == "kLoop" and r.attrs["calls"].name == "fused"


def test_all_reduce_with_explicit_replica_groups():
    r = root("p = f32[4] parameter(0)\nROOT a = f32[4] all-reduce(p), channel_id=3, "
             "replica_groups={{0,1},{2,3}}, use_global_device_ids=true, to_apply=add", ADD)
    assert r.attrs["replica_groups"] == A.ReplicaGroups(((0, 1), (2, 3)))
    assert (r.attrs["channel_id"], r.attrs["use_global_device_ids"]) == (3, True)


@pytest.mark.parametrize("iota,groups", [
    ("[2,2]<=[4]", ((0, 1), (2, 3))),
    ("[2,2]<=[2,2]T(1,0)", ((0, 2), (1, 3))),
    ("[1,4]<=[4]", ((0, 1, 2, 3),)),
    # XLA's own expectation (replica_group_test.cc, IotaListToString2)
    ("[2,10]<=[4,5]T(1,0)", ((0, 5, 10, 15, 1, 6, 11, 16, 2, 7), (12, 17, 3, 8, 13, 18, 4, 9, 14, 19))),
])
def test_all_reduce_with_iota_replica_groups(iota, groups):
    r = root(f"p = f32[4] parameter(0)\nROOT a = f32[4] all-reduce(p), replica_groups={iota}, to_apply=add", ADD)
    assert r.attrs["replica_groups"] == A.ReplicaGroups(groups, iota)


def test_iota_replica_groups_are_kept_in_canonical_form():
    r = root("p = f32[4] parameter(0)\n"
             "ROOT a = f32[4] all-reduce(p), replica_groups=[2, 2] <= [2,2] T(0,1), to_apply=add", ADD)
    assert r.attrs["replica_groups"] == A.ReplicaGroups(((0, 1), (2, 3)), "[2,2]<=[2,2]")


@pytest.mark.parametrize("group_dims,iota_dims,perm", [
    ([4, 2], [2, 2, 2], [2, 1, 0]), ([2, 4], [2, 2, 2], [1, 0, 2]), ([3, 4], [12], None), ([6, 2], [3, 4], [1, 0]),
])
def test_iota_replica_groups_match_numpy(group_dims, iota_dims, perm):
    devices = np.arange(int(np.prod(iota_dims))).reshape(iota_dims)
    if perm is not None:
        devices = devices.transpose(perm)
    expected = tuple(tuple(int(x) for x in g) for g in devices.reshape(group_dims))
    assert expand_iota_groups(group_dims, iota_dims, perm) == expected


def test_all_gather_and_reduce_scatter_dimensions():
    comp = round_trip(entry("""
        p = f32[4,2] parameter(0)
        g = f32[8,2] all-gather(p), channel_id=1, replica_groups=[1,2]<=[2], dimensions={0}, use_global_device_ids=true
        ROOT s = f32[2,2] reduce-scatter(p), replica_groups={{0,1}}, dimensions={0}, to_apply=add
    """, ADD)).entry
    assert comp.instruction("g").attrs["dimensions"] == (0,)
    assert comp.root.attrs["replica_groups"].groups == ((0, 1),)


def test_collective_permute_source_target_pairs():
    r = root("p = f32[4] parameter(0)\n"
             "ROOT c = f32[4] collective-permute(p), channel_id=1, source_target_pairs={{0,1},{1,2},{2,3},{3,0}}")
    assert r.attrs["source_target_pairs"] == ((0, 1), (1, 2), (2, 3), (3, 0))


def test_rng_distribution_and_state_delta():
    comp = round_trip(entry("""
        a = f32[] constant(0)
        b = f32[] constant(1)
        r = f32[4] rng(a, b), distribution=rng_normal
        ROOT s = u64[2] rng-get-and-update-state(), delta=16
    """)).entry
    assert comp.instruction("r").attrs["distribution"] == "rng_normal"
    assert comp.root.attrs["delta"] == 16


def test_rng_bit_generator_algorithm():
    r = root("s = u64[2] parameter(0)\n"
             "ROOT g = (u64[2], u32[4]) rng-bit-generator(s), algorithm=rng_three_fry")
    assert r.attrs["algorithm"] == "rng_three_fry"


def test_fft():
    r = root("x = f32[2,16] parameter(0)\nROOT f = c64[2,9] fft(x), fft_type=RFFT, fft_length={16}")
    assert (r.attrs["fft_type"], r.attrs["fft_length"]) == ("RFFT", (16,))


def test_triangular_solve_and_cholesky():
    comp = round_trip(entry("""
        a = f32[4,4] parameter(0)
        b = f32[4,2] parameter(1)
        l = f32[4,4] cholesky(a), lower=true
        ROOT x = f32[4,2] triangular-solve(l, b), left_side=true, lower=true, unit_diagonal=false, transpose_a=TRANSPOSE
    """)).entry
    assert comp.instruction("l").attrs == {"lower": True}
    assert comp.root.attrs == {"left_side": True, "lower": True, "unit_diagonal": False, "transpose_a": "TRANSPOSE"}


def test_topk_and_reduce_precision():
    comp = round_trip(entry("""
        x = f32[2,8] parameter(0)
        t = (f32[2,3], s32[2,3]) topk(x), k=3, largest=true
        ROOT r = f32[2,8] reduce-precision(x), exponent_bits=5, mantissa_bits=10
    """)).entry
    assert comp.instruction("t").attrs == {"k": 3, "largest": True}
    assert comp.root.attrs == {"exponent_bits": 5, "mantissa_bits": 10}


def test_batch_norm_attributes():
    comp = round_trip(entry("""
        x = f32[2,3,4,4] parameter(0)
        s = f32[3] parameter(1)
        o = f32[3] parameter(2)
        t = (f32[2,3,4,4], f32[3], f32[3]) batch-norm-training(x, s, o), epsilon=0.001, feature_index=1
        i = f32[2,3,4,4] batch-norm-inference(x, s, o, s, o), epsilon=1e-05, feature_index=1
        ROOT g = (f32[2,3,4,4], f32[3], f32[3]) batch-norm-grad(x, s, o, s, x), epsilon=0.5, feature_index=1
    """)).entry
    assert comp.instruction("t").attrs == {"epsilon": 0.001, "feature_index": 1}
    assert comp.instruction("i").attrs["epsilon"] == 1e-05
    assert comp.root.attrs["epsilon"] == 0.5


def test_structural_attributes():
    comp = round_trip(entry("""
        p = f32[2,3] parameter(0)
        io = s32[4] iota(), iota_dimension=0
        b = f32[4,2,3] broadcast(p), dimensions={1,2}
        t = f32[3,2] transpose(p), dimensions={1,0}
        c = f32[4,3] concatenate(p, p), dimensions={0}
        ds = f32[1,3] dynamic-slice(p, io, io), dynamic_slice_sizes={1,3}
        tu = (f32[2,3], s32[4]) tuple(p, io)
        ROOT g = s32[4] get-tuple-element(tu), index=1
    """)).entry
    assert comp.instruction("io").attrs == {"iota_dimension": 0}
    assert comp.instruction("b").attrs == {"dimensions": (1, 2)}
    assert comp.instruction("ds").attrs == {"dynamic_slice_sizes": (1, 3)}
    assert comp.root.attrs == {"index": 1}


def test_sharding_frontend_attributes_and_unknown_attributes_are_kept_verbatim():
    comp = entry_computation("""
        p = f32[4,2] parameter(0), sharding={devices=[2,1]0,1}, parameter_replication={true}
        q = f32[4,2] parameter(1), sharding={devices=[4,2]<=[2,4]T(1,0) last_tile_dim_replicate}
        ROOT t = (f32[4,2], f32[4,2]) tuple(p, q), sharding={{replicated}, {maximal device=0}}, frontend_attributes={_xla_compute_type="host",b="2"}, statistics={visualizing_index=1,stat-1=33}, some_future_attr=foo[1]
    """)
    r = comp.root
    p = comp.instruction("p")
    assert p.attrs["sharding"] == A.Raw("{devices=[2,1]0,1}")
    assert p.attrs["parameter_replication"] == (True,)
    q = comp.instruction("q")
    assert q.attrs["sharding"] == A.Raw("{devices=[4,2]<=[2,4]T(1,0) last_tile_dim_replicate}")
    assert r.attrs["sharding"] == A.Raw("{{replicated}, {maximal device=0}}")
    assert r.attrs["frontend_attributes"] == A.Raw('{_xla_compute_type="host",b="2"}')
    assert r.attrs["statistics"] == A.Raw("{visualizing_index=1,stat-1=33}")
    assert r.attrs["some_future_attr"] == A.Raw("foo[1]")
    printed = print_module(round_trip(entry("ROOT p = f32[] parameter(0), some_future_attr=foo[1]")), "short")
    assert "some_future_attr=foo[1]" in printed


def test_domain_attribute():
    r = root('p = f32[4] parameter(0)\nROOT d = f32[4] domain(p), domain={kind="sharding", '
             'entry={maximal device=0}, exit={replicated}}')
    assert r.attrs["domain"] == A.Raw('{kind="sharding", entry={maximal device=0}, exit={replicated}}')


# -- malformed input ------------------------------------------------------------------------------------
VALID = dedent("""
    HloModule m, entry_computation_layout={(f32[4]{0})->f32[]}

    add {
      a = f32[] parameter(0)
      b = f32[] parameter(1)
      ROOT s = f32[] add(a, b)
    }

    ENTRY main {
      x = f32[4]{0} parameter(0), metadata={op_name="x"}
      e = f32[4]{0} exponential(x), metadata={op_name="jit(f)/exp" source_file="f.py" source_line=3}
      zero = f32[] constant(0)
      ROOT r = f32[] reduce(e, zero), dimensions={0}, to_apply=add
    }
""")


def test_the_valid_module_parses():
    round_trip(VALID)


def test_unknown_opcode_points_at_the_opcode_with_a_suggestion():
    text = VALID.replace("exponential(x)", "exponentail(x)")
    d = assert_error(text, "NCC-E002", "exponentail")
    assert "did you mean 'exponential'" in d.message and d.instruction == "e"
    assert (d.end_line, d.end_column) == (d.line, d.column + len("exponentail"))


@pytest.mark.parametrize("old,new,needle", [
    ("dimensions={0}", "dimensions={a}", "{a}"),
    ("dimensions={0}", "dimensions=0", "0, to_apply"),
    ("to_apply=add", "to_apply=[add]", "[add]"),
    ("source_line=3", "source_line=three", "three"),
])
def test_bad_attribute_value(old, new, needle):
    assert_error(VALID.replace(old, new), "NCC-E003", needle)


@pytest.mark.parametrize("attribute,needle", [
    ("window={size=3x}", "{size=3x}"),
    ("window={size=3 stride=1x1}", "{size=3 stride"),
    ("window={size=3 bogus=1}", "{size=3 bogus"),
    ("dim_labels=b01f_01io->bf", "b01f_01io->bf"),
    ("slice={[0:2], 1}", "{[0:2], 1}"),
    ("slice={[0:2:1:5]}", "[0:2:1:5]"),
    ("replica_groups={0,1}", "{0,1}"),
    ("replica_groups=[2,3]<=[4]", "[2,3]<=[4]"),
    ("replica_groups=[2,2]<=[2,2]T(0,0)", "[2,2]<=[2,2]T(0,0)"),
    ("source_target_pairs={{0,1,2}}", "{{0,1,2}}"),
    ("is_stable=maybe", "maybe"),
    ("operand_precision={default,", "{default,"),
])
def test_bad_attribute_values_of_every_kind(attribute, needle):
    text = entry(f"p = f32[4] parameter(0)\nROOT n = f32[4] negate(p), {attribute}\nx = f32[] constant(0)")
    assert_error(text, "NCC-E003", needle)


def test_bad_padding():
    text = entry("x = f32[4] parameter(0)\nz = f32[] constant(0)\nROOT p = f32[6] pad(x, z), padding=1-1")
    assert_error(text, "NCC-E003", "1-1")


def test_shape_syntax_errors():
    assert_error(VALID.replace("f32[4]{0} exponential", "f32[4,x]{0} exponential"), "NCC-E001", "x]")
    assert_error(VALID.replace("f32[4]{0} exponential", "f99[4] exponential"), "NCC-E001", "f99[4]",
                 message="unknown element type 'f99'")
    assert_error(VALID.replace("(f32[4]{0})->f32[]", "(f32[4]{0}->f32[]"), "NCC-E001", "->f32[]")


def test_layout_rank_mismatch():
    assert_error(VALID.replace("f32[4]{0} exponential", "f32[4]{1,0} exponential"), "NCC-E001", "{1,0} exp")


def test_undefined_operand_points_at_the_operand():
    d = assert_error(VALID.replace("exponential(x)", "exponential(y)"), "NCC-E004", "y)")
    assert d.instruction == "e"
    d = assert_error(VALID.replace("reduce(e, zero)", "reduce(e, zer0)"), "NCC-E004", "zer0")
    assert "did you mean 'zero'" in d.message


def test_undefined_computation_points_at_the_reference():
    d = assert_error(VALID.replace("to_apply=add", "to_apply=mul"), "NCC-E005", "mul")
    assert "'mul'" in d.message and d.instruction == "r"


def test_duplicate_instruction_name_points_at_the_second_definition():
    text = VALID.replace("zero = f32[] constant(0)", "e = f32[] constant(0)").replace("reduce(e, zero)",
                                                                                    "reduce(x, e)")
    assert_error(text, "NCC-E006", "e = f32[] constant", message="defined twice")


def test_duplicate_computation_name():
    text = VALID.replace("ENTRY main", "add {\n  ROOT c = f32[] constant(0)\n}\n\nENTRY main")
    assert_error(text, "NCC-E006", "add {", occurrence=2)


def test_attribute_given_twice():
    assert_error(VALID.replace("dimensions={0}", "dimensions={0}, dimensions={0}"), "NCC-E001",
                 "dimensions={0}", occurrence=2, message="given twice")
    assert_error(VALID.replace('metadata={op_name="x"}', 'metadata={op_name="x"}, metadata={}'), "NCC-E001",
                 "metadata={}")


def test_two_roots_in_one_computation():
    assert_error(VALID.replace("  zero =", "  ROOT zero ="), "NCC-E001", "ROOT r =",
                 message="two ROOT instructions ('zero' and 'r')")


def test_cycle_through_forward_references():
    text = entry("a = f32[] add(b, c)\nb = f32[] negate(a)\nc = f32[] constant(1)\nROOT r = f32[] copy(a)")
    d = error(text)
    assert d.code == "NCC-E008" and d.line in (position(text, "a = ")[0], position(text, "b = ")[0])
    assert_error(entry("ROOT a = f32[] add(a, a)"), "NCC-E008", "a = f32")


@pytest.mark.parametrize("shape,value,needle", [
    ("f32[3]", "{1, 2}", "})"),  # at the brace that closes too early, as XLA reports it
    ("f32[2,2]", "{1, 2, 3, 4}", "})"),
    ("s8[2]", "{1, 128}", "128"),
    ("s32[3]", "{1, 2}", "})"),  # plain integer lists are read in one match: the same diagnostics
    ("s32[2]", "{1, 2, 3}", "3}"),
    ("u8[3]", "{1, 256, 2}", "256"),
    ("s32[2]", "{1, 2.5}", "2.5"),
    ("u4[]", "16", "16"),
    ("s2[]", "-3", "-3"),
    ("u8[]", "-1", "-1"),
    ("s32[]", "1.5", "1.5"),
    ("f32[]", "true", "true"),
    ("pred[]", "0.5", "0.5"),
    ("f32[2]", "{1, (2, 3)}", "(2"),
])
def test_bad_literals(shape, value, needle):
    text = entry(f"ROOT c = {shape} constant({value})\nx = f32[] constant(0)")
    assert_error(text, "NCC-E013", needle, after="constant(")


@pytest.mark.parametrize("shape, value", [
    ("s32[5]", "{0, -2, 4,6 ,\n 2147483647}"),
    ("u64[3]", "{-1, 18446744073709551615, 7}"),  # XLA's int64 wrap: the token-by-token path
    ("s64[2]", "{9223372036854775807, -9223372036854775808}"),
    ("u4[4]", "{0, 15, 3, 1}"),
    ("s32[0]", "{}"),
    ("s32[3]", "{1, /*a comment*/ 2, 3}"),
])
def test_flat_integer_literals_read_as_token_by_token(shape, value):
    """Rank-1 integer literals take a one-match path; its values are the token-by-token path's
    (checked against a rank-2 reading of the same numbers, which never takes it)."""
    flat = root(f"ROOT c = {shape} constant({value})").literal.values
    count = int(shape[shape.index("[") + 1:-1])
    element_type = shape[:shape.index("[")]
    nested = value.replace("{", "{{", 1).replace("}", "}}")
    assert flat == root(f"ROOT c = {element_type}[1,{count}] constant({nested})").literal.values


def test_missing_window_size():
    text = entry("x = f32[8] parameter(0)\nz = f32[] constant(0)\n"
                 "ROOT r = f32[8] reduce-window(x, z), window={stride=2}, to_apply=add", ADD)
    assert_error(text, "NCC-E012", "{stride=2}")


@pytest.mark.parametrize("text", ["", "   \n// nothing but a comment\n", "HloModule m\n",
                                  "HloModule m, entry_computation_layout={()->f32[]}\n"])
def test_empty_module(text):
    assert error(text).code == "NCC-E015"


def test_garbage_where_a_computation_should_start():
    assert_error("HloModule m\n\n{ x }\n", "NCC-E001", "{ x }")
    assert_error("HloModule m\n\n123 {}\n", "NCC-E001", "123")


def test_out_of_order_stack_frame_table():
    text = STACK_FRAMES.replace("2 {file_location_id=2", "7 {file_location_id=2")
    assert_error(text, "NCC-E003", "7 {file_location_id", message="expected 2")


def test_every_cut_of_a_real_module_is_a_precise_error():
    path = JAX_CORPUS / "inline_stack_frames" / "short.hlo.txt"
    text = path.read_text() if path.exists() else dedent(STACK_FRAMES) + dedent(VALID).split("\n", 1)[1]
    first_computation = re.search(r"^(?:ENTRY )?%?[\w.\-]+ .*\{$", text, re.M).start()
    for cut in range(0, len(text) - 1, 3):
        part = text[:cut]
        try:
            parse_hlo_text(part)
        except HloError as exc:
            assert len(exc.diagnostics) == 1
            d = exc.diagnostics[0]
            if cut < first_computation:
                assert d.code in ("NCC-E007", "NCC-E015"), (cut, d.format())
            else:
                assert d.code == "NCC-E007", (cut, d.format())
            assert d.line == part.count("\n") + 1, (cut, d.format())
        else:
            assert part.rstrip().endswith("}"), cut


def test_hostile_nesting_is_an_error_not_a_recursion_error():
    deep_shape = entry("ROOT p = " + "(" * 3000 + "f32[]" + ")" * 3000 + " parameter(0)")
    d = error(deep_shape)  # reported at the first parenthesis past the limit of 100
    assert (d.code, d.line, d.column) == ("NCC-E001", 4, len("  ROOT p = ") + 101), d.format()
    deep_operand = entry("x = f32[] parameter(0)\nROOT r = f32[] add(" + "f32[] negate(" * 3000 + "x" + ")" * 3001)
    assert error(deep_operand).code == "NCC-E001"
    assert root("ROOT p = " + "(" * 50 + "f32[]" + ")" * 50 + " parameter(0)").shape.text().count("(") == 50


def test_unterminated_string_is_truncation():
    d = error('HloModule m\nENTRY e {\n  ROOT c = f32[] constant(1), metadata={op_name="abc}\n}\n')
    assert d.code == "NCC-E007"


def test_error_reports_the_file_path():
    with pytest.raises(HloError) as info:
        parse_hlo_text("HloModule m\nENTRY e {\n  ROOT c = f32[] bogus()\n}\n", "/models/m.hlo")
    d = info.value.diagnostics[0]
    assert d.file == "/models/m.hlo" and d.format().startswith("/models/m.hlo:3:18: error[NCC-E002]")


# -- the common-form fast paths read exactly what the general reader does -----------------------
@pytest.mark.parametrize("operands", [
    "a b",    # two names with no comma between them
    "%%a",    # a doubled sigil
    "a,",     # a trailing comma
    "a,,b",   # an empty operand
])
def test_malformed_operand_lists_are_refused(operands):
    text = entry(f"""
        a = f32[] parameter(0)
        b = f32[] parameter(1)
        ROOT s = f32[] add({operands})
    """)
    d = error(text)
    assert d.code == "NCC-E001" and d.line == position(text, "ROOT s")[0], d.format()


def test_a_forward_operand_is_resolved_and_an_undefined_one_points_at_its_name():
    module = round_trip(entry("""
        a = f32[] parameter(0)
        ROOT s = f32[] add(a, later)
        later = f32[] negate(a)
    """))
    assert [o.name for o in module.entry.root.operands] == ["a", "later"]
    text = entry("""
        a = f32[] parameter(0)
        ROOT s = f32[] add(a, missing)
    """)
    assert_error(text, "NCC-E004", "missing")


def test_repeated_metadata_and_iota_groups_are_read_once_and_kept_per_instruction():
    text = entry("""
        a = f32[8] parameter(0)
        n = f32[8] negate(a), metadata={op_name="neg" source_file="m.py" source_line=3}
        e = f32[8] exponential(n), metadata={op_name="neg" source_file="m.py" source_line=3}
        ROOT r = f32[8] all-reduce(e), replica_groups=[2,4]<=[8], to_apply=add
    """, ADD)
    module = round_trip(text)
    n, e = module.entry.instruction("n"), module.entry.instruction("e")
    assert n.metadata == e.metadata and n.metadata.source_line == 3 and n.metadata.op_name == "neg"
    assert module.entry.root.attrs["replica_groups"].groups == ((0, 1, 2, 3), (4, 5, 6, 7))
    bad_twice = entry("""
        a = f32[8] parameter(0)
        x = f32[8] all-reduce(a), replica_groups=[3,4]<=[8], to_apply=add
        ROOT y = f32[8] all-reduce(x), replica_groups=[3,4]<=[8], to_apply=add
    """, ADD)
    assert_error(bad_twice, "NCC-E003", "[3,4]<=[8]")


def test_parameter_numbers_read_on_the_fast_path_are_checked_like_any_other():
    twice = entry("""
        a = f32[] parameter(0)
        b = f32[] parameter(0)
        ROOT s = f32[] add(a, b)
    """)
    d = error(twice)
    assert d.code == "NCC-E024" and "already used" in d.message, d.format()
    assert (d.line, d.column) == position(twice, "0)", 2), d.format()
    not_ascii = entry("""
        a = f32[] parameter(\u00b2)
        ROOT n = f32[] negate(a)
    """)
    assert error(not_ascii).code == "NCC-E001"

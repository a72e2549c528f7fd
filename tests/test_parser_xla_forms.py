"""Grammar forms XLA's parser accepts (or refuses) that the printers rarely emit.

Each test is a small fixture of ours for one form found in XLA's own parser tests (the
conformance tier, tests/test_xla_conformance.py, checks the real cases): the legacy module
header, text without a header, single-instruction text, computations written inline, and the
checks XLA's parser makes on attribute values.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from helpers import assert_modules_equal
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.hlo.printer import STYLES, print_module
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.ir.verifier import verify_module


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


ALL_REDUCE = """
    HloModule m

    add {
      a = f32[] parameter(0)
      b = f32[] parameter(1)
      ROOT s = f32[] add(a, b)
    }

    ENTRY e {
      x = f32[8] parameter(0)
      ROOT r = f32[8] all-reduce(x), replica_groups=GROUPS, to_apply=add
    }
"""


@pytest.mark.parametrize("groups,expected,printed", [
    ("mesh['x'=2,'y'=2] {'y'}", ((0, 1), (2, 3)), None),
    ("mesh['x'=4,'y'=2] {'x'}", ((0, 2, 4, 6), (1, 3, 5, 7)), None),
    ("mesh['x'=2, 'y'=4] {'y', 'x'}", ((0, 4, 1, 5, 2, 6, 3, 7),), "mesh['x'=2,'y'=4] {'y','x'}"),
    ("mesh['x'=8] {'x':(2)2}", ((0, 2), (1, 3), (4, 6), (5, 7)), None),
    ("mesh['x'=2,'y'=2], device_ids=(3,2,1,0) {'y'}", ((3, 2), (1, 0)), None),
    ("mesh['x'=2,'y'=2] {'1'}", ((0, 1), (2, 3)), "mesh['x'=2,'y'=2] {'y'}"),
])
def test_mesh_replica_groups(groups, expected, printed):
    module = parse(ALL_REDUCE.replace("GROUPS", groups))
    value = module.entry.root.attrs["replica_groups"]
    assert value.groups == expected
    assert value.mesh_text == (printed or groups)


@pytest.mark.parametrize("groups,needle", [
    ("mesh['x'=2] {'z'}", "an axis of the mesh"),
    ("maximal_mesh[device_id=3] {}", "more than one device per group"),
    ("mesh['x'=4] {'x':(3)2}", "fit the mesh"),
    ("mesh['x'=2,'y'=2], device_ids=(0,1,2) {'y'}", "4 device ids"),
])
def test_bad_mesh_replica_groups(groups, needle):
    diag = error(ALL_REDUCE.replace("GROUPS", groups))
    assert diag.code == "NCC-E003" and diag.line == 11 and needle in diag.message, diag.message


def test_in_place_collective_permute_slice_sizes_and_their_proto():
    from nccd.compiler.hlo.proto_reader import read_module_proto
    from nccd.compiler.hlo.proto_writer import write_module_proto

    module = parse("""
        HloModule m

        ENTRY e {
          in = f32[8,4] parameter(0)
          out = f32[8,4] parameter(1)
          zero = s32[] constant(0)
          starts = (s32[], s32[]) tuple(zero, zero)
          ROOT cp = f32[8,4] collective-permute(in, out, starts, starts), source_target_pairs={{0,1},{1,0}},
            slice_sizes={{4,4}}
        }
    """)
    assert module.entry.root.attrs["slice_sizes"] == ((4, 4),)
    again = read_module_proto(write_module_proto(module))
    assert again.entry.root.attrs["slice_sizes"] == ((4, 4),)


def test_buffer_shapes():
    module = parse("""
        HloModule m

        ENTRY e {
          v = s32[2] parameter(0)
          c = s32[] constant(1)
          b = b(s32[2]) custom-call(v), custom_call_target="Pin"
          ROOT t = (s32[], b(s32[2])) tuple(c, b)
        }
    """)
    b = module.entry.root.operands[1]
    assert b.shape.text() == "b(s32[2])" and b.shape.tuple_shapes[0].dims == (2,)
    diag = error("HloModule m\nENTRY e {\n  ROOT p = b((s32[], s32[])) parameter(0)\n}\n")
    assert diag.code == "NCC-E001" and "holds an array" in diag.message


def test_nested_anonymous_parameters_and_shadowed_names():
    module = parse("""
        HloModule m

        ENTRY e {
          add = f32[4] add(f32[4] parameter(0), f32[4] parameter(1))
          ROOT r = f32[4] multiply(add, add(add, add))
        }
    """)
    root = module.entry.root
    assert root.operands[0].name == "add" and root.operands[1].opcode is Opcode.ADD
    assert root.operands[1].operands == [root.operands[0], root.operands[0]]
    assert sorted(p.parameter_number for p in module.entry.parameters) == [0, 1]


@pytest.mark.parametrize("shape,value,expected", [
    ("f32[2,0,3]", "{ { /*i0=0*/ }, { /*i0=1*/ } }", []),       # nesting ends at the zero-size dimension
    ("f32[0,2]", "{}", []),
    ("f32[3]", "7", [7.0, 0.0, 0.0]),                             # XLA sets the first element only
    ("u64[]", "-1", [2**64 - 1]),                                 # read as int64, stored as its bits
    ("s64[]", "18446744073709551615", [-1]),
    ("pred[2]", "{2, 0}", [True, False]),                         # any integer is a pred
    ("bf16[]", "nan(0x7f)", None),                                # the largest bf16 NaN payload
])
def test_literal_forms_xla_accepts(shape, value, expected):
    module = parse(f"HloModule m\nENTRY e {{\n  ROOT c = {shape} constant({value})\n}}\n")
    values = module.entry.root.literal.values
    if expected is None:
        assert values[0] != values[0]  # NaN
    else:
        assert list(values) == expected


@pytest.mark.parametrize("shape,value,needle", [
    ("f32[2,3,2]", "{{{1, 2}, {3, 4}, {5, 6}, {7, 8}}}", "{7"),   # a fourth entry where there are three
    ("f64[]", "1.8e308", "1.8e308"),                                # beyond double: not read as inf
    ("bf16[1]", "{nan(0x3ff)}", "nan"),
    ("f8e4m3fn[1]", "{nan(0x1)}", "nan"),
    ("f32[1]", "{nan(0x800000)}", "nan"),                           # wider than f32's 23 mantissa bits
    ("c64[]", "(-nan(0x800000), 1)", "-nan"),                       # a real part's payload must fit f32
    ("f64[]", "nan(0x0)", "nan"),                                   # no payload is zero
    ("c64[]", "1", "1"),                                            # complex values are (re, im)
    ("f32[2]", "{+1, 2}", "+1"),
    ("f32[]", "{1}", "{1}"),
])
def test_literal_forms_xla_rejects(shape, value, needle):
    text = f"HloModule m\nENTRY e {{\n  ROOT c = {shape} constant({value})\n}}\n"
    diag = error(text)
    line = text.splitlines()[2]
    assert (diag.code, diag.line, diag.column) == ("NCC-E013", 3, line.index(needle, line.index("(")) + 1), \
        diag.format()


def test_custom_call_literal_attribute():
    module = parse("""
        HloModule m

        ENTRY e {
          x = f32[2] parameter(0)
          a = f32[2] custom-call(x), custom_call_target="t", literal=s32[2]{0} {1, 2}
          ROOT b = f32[2] custom-call(a), custom_call_target="t", literal=(f32[] 0.5, pred[] true)
        }
    """)
    a, b = module.entry.root.operands[0], module.entry.root
    assert list(a.attrs["literal"].values) == [1, 2] and a.attrs["literal"].shape.dims == (2,)
    assert [e.values for e in b.attrs["literal"].elements] == [[0.5], [True]]


def test_dim_labels_with_unknown_dimensions_print_back():
    module = parse("""
        HloModule m

        ENTRY e {
          ROOT r = f32[8] custom-call(), window={size=2x2}, dim_labels=?b01f_0?1io->b01?f, custom_call_target="t"
        }
    """)
    dn = module.entry.root.attrs["dim_labels"]
    assert (dn.input_batch, dn.input_feature, dn.input_spatial) == (1, 4, (2, 3))
    assert "dim_labels=?b01f_0?1io->b01?f" in print_module(module)


@pytest.mark.parametrize("labels,needle", [
    ("b00f_01io->b01f", "repeat a label"),
    ("b012f_01io->b01f", "3, 2 and 2 spatial"),
    ("b03f_01io->b01f", "not 3"),
])
def test_bad_dim_labels(labels, needle):
    diag = error(f"HloModule m\nENTRY e {{\n  x = f32[1,2,2,1] parameter(0)\n  w = f32[1,1,1,1] parameter(1)\n"
                 f"  ROOT c = f32[1,2,2,1] convolution(x, w), window={{size=1x1}}, dim_labels={labels}\n}}\n")
    assert (diag.code, diag.line) == ("NCC-E003", 5) and needle in diag.message, diag.message


_TWO_LEAVES = """
    ENTRY e {
      p = (f32[], f32[]) parameter(0)
      a = f32[] get-tuple-element(p), index=0
      b = f32[] get-tuple-element(p), index=1
      ROOT t = (f32[], f32[]) tuple(a, b)
    }
"""


def test_aliasing_header_attributes_are_read_and_kept():
    module = parse("HloModule m, input_output_alias={ {0}: (0, {0}, must-alias), {1}: (0, {1}) }, "
                   "buffer_donor={ (0, {1}) }\n" + _TWO_LEAVES)
    assert "must-alias" in module.header_attrs["input_output_alias"]
    assert module.header_attrs["buffer_donor"] == "{ (0, {1}) }"


@pytest.mark.parametrize("header, needle", [
    ("input_output_alias={ {0, x}: (0, {0}) }", "a number in a shape index"),
    ("input_output_alias={ {0} (0, {0}) }", "':'"),
    ("input_output_alias={ {0}: (0, {0}): {1} }", "to close input_output_alias"),
    ("input_output_alias={ {0}: (one, {0}) }", "a parameter number"),
    ("input_output_alias={ {0}: (0, {0}, always-alias) }", "unknown alias kind"),
    ("input_output_alias={ {0 : (0, {0}) }", "'}'"),
    ("buffer_donor={ (0, {x}) }", "a number in a shape index"),
    ("buffer_donor={ (p, {0}) }", "a parameter number"),
])
def test_malformed_aliasing_header_is_rejected_on_its_line(header, needle):
    diag = error(f"HloModule m, {header}\n" + _TWO_LEAVES)
    assert diag.code in ("NCC-E001", "NCC-E003") and diag.line == 1 and needle in diag.message


def test_line_comments_end_at_a_carriage_return():
    module = parse_hlo_text("HloModule m:\r// note\rENTRY e {\r// more\rROOT c = f32[1] constant({1}) // end\r}")
    assert module.entry.root.opcode is Opcode.CONSTANT


@pytest.mark.parametrize("attribute", ["result_accuracy={mode=highest}", "result_accuracy={mode=default}",
                                       "result_accuracy={tolerance={atol=0.5,rtol=1e-3,ulps=2}}"])
def test_result_accuracy_forms_xla_accepts(attribute):
    parse(f"HloModule m\nENTRY e {{\n  x = f32[] parameter(0)\n  ROOT y = f32[] exponential(x), {attribute}\n}}\n")


@pytest.mark.parametrize("op, attribute, needle", [
    ("exponential", "result_accuracy={mode=high}", "bad result_accuracy"),
    ("exponential", "result_accuracy={0.5}", "bad result_accuracy"),
    ("exponential", "result_accuracy={foo=10.0}", "bad result_accuracy"),
    ("negate", "result_accuracy={mode=highest}", "does not take result_accuracy"),
])
def test_result_accuracy_is_checked(op, attribute, needle):
    diag = error(f"HloModule m\nENTRY e {{\n  x = f32[] parameter(0)\n  ROOT y = f32[] {op}(x), {attribute}\n}}\n")
    assert (diag.code, diag.line) == ("NCC-E003", 4) and needle in diag.message


def test_custom_call_api_version_must_name_a_real_version():
    body = "HloModule m\nENTRY e {{\n  ROOT c = f32[2] custom-call(), custom_call_target=\"t\", api_version={}\n}}\n"
    assert parse(body.format("API_VERSION_TYPED_FFI")).entry.root.attrs["api_version"] == "API_VERSION_TYPED_FFI"
    for version in ("API_VERSION_UNSPECIFIED", "API_VERSION_NEWEST"):
        diag = error(body.format(version))
        assert (diag.code, diag.line) == ("NCC-E003", 3) and version in diag.message


@pytest.mark.parametrize("constraints, needle", [
    ("{f32[4]{0}}", "1 shape(s) for 2 operand(s)"),
    ("{f32[4]{0}, s32[3]{0}}", "operand 1 the shape s32[3]"),
])
def test_operand_layout_constraints_match_the_operands(constraints, needle):
    diag = error(f"""
        HloModule m
        ENTRY e {{
          a = f32[4] parameter(0)
          b = s32[2] parameter(1)
          ROOT c = f32[4] custom-call(a, b), custom_call_target="t", operand_layout_constraints={constraints}
        }}
    """)
    assert (diag.code, diag.line) == ("NCC-E003", 5) and needle in diag.message


def test_inline_operand_shape_must_match_the_operand():
    parse("HloModule m\nENTRY e {\n  a = f32[2,2] parameter(0)\n  ROOT n = f32[2,2] negate(f32[2,2]{0,1} a)\n}\n")
    diag = error("HloModule m\nENTRY e {\n  a = f32[2,2] parameter(0)\n  ROOT n = f32[2,2] negate(f32[2,5] a)\n}\n")
    assert (diag.code, diag.line, diag.column) == ("NCC-E001", 4, 37) and "f32[2,5]" in diag.message


def test_layout_dimension_level_types_and_physical_shapes():
    sparse = parse("HloModule m\nENTRY e {\n  ROOT p = f32[10,10]{1,0:D(D,C+~)} parameter(0)\n}\n")
    assert sparse.entry.root.shape.layout is not None
    diag = error("HloModule m\nENTRY e {\n  ROOT p = f32[10,10]{1,0:D(X,C)} parameter(0)\n}\n")
    assert (diag.code, diag.line) == ("NCC-E001", 3) and "dimension level type 'X'" in diag.message
    diag = error("HloModule m\nENTRY e {\n  ROOT p = f32[10,10]{1,0:T(128,8)P(f32[10,10])} parameter(0)\n}\n")
    assert (diag.code, diag.line) == ("NCC-E001", 3) and "physical shape" in diag.message


# -- async operations: the checks XLA's parser makes on start, update and done ----------------
_ASYNC = """
    HloModule m
    {wrapped}
    ENTRY e {{
      p0 = f32[10] parameter(0)
      start = ((f32[10]), f32[20], s32[]) {start}
      update = ((f32[10]), f32[20], s32[]) {update}
      ROOT done = f32[20] {done}
    }}
"""
_WRAPPED = """
    w0 {
      a = f32[10] parameter(0)
      ROOT c = f32[20] custom-call(a), custom_call_target="foo"
    }
    w1 {
      a = f32[10] parameter(0)
      ROOT c = f32[20] custom-call(a), custom_call_target="foo"
    }
"""


def test_async_sugar_and_explicit_forms_that_agree_are_read():
    sugar = parse(_ASYNC.format(wrapped="", start='custom-call-start(p0), custom_call_target="foo"',
                                update="custom-call-update(start)", done="custom-call-done(update)"))
    assert sugar.entry.root.opcode is Opcode.ASYNC_DONE
    explicit = parse(_ASYNC.format(wrapped=_WRAPPED, start="async-start(p0), calls=w0",
                                   update="async-update(start), calls=w0", done="async-done(update)"))
    assert explicit.entry.root.operands[0].opcode is Opcode.ASYNC_UPDATE


@pytest.mark.parametrize("update, done, line, needle", [
    ("add-update(start)", "custom-call-done(update)", 6, "written add-update"),
    ("custom-call-update(start)", "add-done(update)", 7, "written add-done"),
    ('custom-call-update(start), async_execution_thread="t"', "custom-call-done(update)", 6,
     "execution thread 't'"),
    ("custom-call-update(p0)", "custom-call-done(update)", 6, "not 'p0' (parameter)"),
])
def test_async_sugar_must_agree_with_its_start(update, done, line, needle):
    diag = error(_ASYNC.format(wrapped="", start='custom-call-start(p0), custom_call_target="foo"',
                               update=update, done=done))
    assert (diag.code, diag.line) == ("NCC-E026", line) and needle in diag.message


def test_async_update_and_done_repeat_the_start_s_computation():
    diag = error(_ASYNC.format(wrapped=_WRAPPED, start="async-start(p0), calls=w0",
                               update="async-update(start), calls=w1", done="async-done(update)"))
    assert (diag.code, diag.line) == ("NCC-E026", 15) and "calls 'w1'" in diag.message
    diag = error(_ASYNC.format(wrapped=_WRAPPED, start="async-start(p0), calls=w0",
                               update="async-update(start)", done="async-done(update), calls=w1"))
    assert (diag.code, diag.line) == ("NCC-E026", 16)


def test_a_computation_is_wrapped_by_one_async_start():
    diag = error("""
        HloModule m
        w {
          a = f32[10] parameter(0)
          ROOT c = f32[20] custom-call(a), custom_call_target="foo"
        }
        ENTRY e {
          p0 = f32[10] parameter(0)
          s0 = ((f32[10]), f32[20], s32[]) async-start(p0), calls=w
          d0 = f32[20] async-done(s0)
          s1 = ((f32[10]), f32[20], s32[]) async-start(p0), calls=w
          ROOT d1 = f32[20] async-done(s1)
        }
    """)
    assert (diag.code, diag.line) == ("NCC-E026", 10) and "two async-starts" in diag.message


@pytest.mark.parametrize("opcode", ["copy-update", "send-update", "recv-update", "all-reduce-update",
                                    "all-gather-update", "collective-permute-update", "send-start",
                                    "recv-start"])
def test_no_async_sugar_around_opcodes_with_async_forms_of_their_own(opcode):
    diag = error(f"""
        HloModule m
        ENTRY e {{
          p0 = f32[128] parameter(0)
          ROOT x = f32[128] {opcode}(p0)
        }}
    """)
    assert (diag.code, diag.line, diag.column) == ("NCC-E002", 4, 21) and opcode in diag.message


def test_computation_attributes_only_where_the_opcode_takes_them():
    diag = error("""
        HloModule m
        ENTRY e {
          t = token[] after-all()
          c = f32[] constant(2)
          ROOT s = (f32[], u32[], token[]) send(c, t), channel_id=1, calls=t
        }
    """)
    assert (diag.code, diag.line, diag.column) == ("NCC-E003", 5, 62) and "'calls'" in diag.message


@pytest.mark.parametrize("index, branches, needle", [
    ("pred[]", "branch_computations={b0, b1}", "pred branch index"),
    ("s32[]", "true_computation=b0, false_computation=b1", "integer branch index"),
])
def test_conditional_names_its_branches_by_the_branch_index_kind(index, branches, needle):
    diag = error(f"""
        HloModule m
        b0 {{
          a = f32[4] parameter(0)
          ROOT r = f32[4] ceil(a)
        }}
        b1 {{
          a = f32[4] parameter(0)
          ROOT r = f32[4] floor(a)
        }}
        ENTRY e {{
          p = f32[4] parameter(0)
          i = {index} parameter(1)
          ROOT c = f32[4] conditional(i, p, p), {branches}
        }}
    """)
    assert (diag.code, diag.line) == ("NCC-E003", 13) and needle in diag.message


def test_duplicate_parameter_number_is_reported_where_it_is_written():
    diag = error("""
        ENTRY e {
          a = s8[] parameter(0)
          b = s8[] parameter(0)
          ROOT a = s8[] add(a, b)
        }
    """)
    assert (diag.code, diag.line, diag.column) == ("NCC-E024", 3, 22) and "already used by 'a'" in diag.message


def test_computation_result_must_be_compatible_with_its_root():
    diag = error("""
        HloModule m
        ENTRY %e () -> f32[1] {
          %c = f32[1]{0} constant({1})
          ROOT %r = f32[1,2,3]{0,2,1} custom-call(f32[1]{0} %c), custom_call_target="foo"
        }
    """)
    assert (diag.code, diag.line, diag.column) == ("NCC-E025", 2, 16)
    # a layout or dynamic-dimension difference is still compatible, as for XLA
    parse("""
        HloModule m
        ENTRY %e (p: f32[2,3]) -> f32[2,3]{0,1} {
          ROOT %p = f32[2,3]{1,0} parameter(0)
        }
    """)


def test_global_device_ids_without_channel_is_reported_at_the_operands():
    diag = error("""
        HloModule m
        add {
          a = f32[] parameter(0)
          b = f32[] parameter(1)
          ROOT s = f32[] add(a, b)
        }
        ENTRY e {
          x = f32[8] parameter(0)
          ROOT r = f32[8] all-reduce(x), replica_groups={},
            use_global_device_ids=true, to_apply=add
        }
    """)
    assert (diag.code, diag.line, diag.column) == ("NCC-E003", 9, 29)


@pytest.mark.parametrize("shape, value, bits", [
    ("f32[]", "-nan", "0000c0ff"),
    ("f32[2]", "{nan, -nan}", "0000c07f0000c0ff"),
    # XLA's parser: a NaN real part makes the whole complex value that NaN
    ("c64[]", "(nan, 0)", "0000c07f0000c07f"),
    ("c64[]", "(-nan, 2)", "0000c0ff0000c0ff"),
    ("c64[]", "(1, nan)", "0000803f0000c07f"),
])
def test_nan_literals_keep_the_bits_xla_gives_them(shape, value, bits):
    module = parse(f"HloModule m\nENTRY e {{\n  ROOT c = {shape} constant({value})\n}}\n")
    assert module.entry.root.literal.to_numpy().tobytes().hex() == bits


def test_send_and_recv_shapes_come_from_their_operands_whatever_the_text_declares_as_in_xla():
    # XLA's factories take no result shape for these: a send carries its operand 0 (here the
    # token, as in XLA's ChannelVerifierAsyncSend), a recv keeps only its declared data, a
    # recv-done is its recv's data (not the f32[128,21] written) and a send-done is a token.
    module = parse("""
        HloModule m
        ENTRY e {
          data = f32[16] parameter(0)
          t = token[] after-all()
          send = (f32[16], u32[], token[]) send(t, data), channel_id=1
          send-done = (f32[16], token[]) send-done(send), channel_id=1
          recv = (f32[128,32], s32[], token[]) recv(t), channel_id=2
          recv-done = (f32[128,21], token[]) recv-done(recv), channel_id=2
          ROOT gte = get-tuple-element(recv-done), index=0
        }
    """)
    shapes = {i.name: i.shape.text(False) for i in module.entry.instructions}
    assert shapes["send"] == "(token[], u32[], token[])"
    assert shapes["send-done"] == "token[]"
    assert shapes["recv"] == "(f32[128,32], u32[], token[])"
    assert shapes["recv-done"] == "(f32[128,32], token[])"
    assert shapes["gte"] == "f32[128,32]"
    assert verify_module(module) == []


def test_async_sugar_keeps_instruction_wide_attributes_on_the_start_too():
    module = parse("""
        HloModule m
        ENTRY e {
          p = f32[10] parameter(0)
          s = ((f32[10]), f32[20], s32[]) custom-call-start(p), custom_call_target="foo", backend_config="cfg", frontend_attributes={a="1"}
          ROOT d = f32[20] custom-call-done(s)
        }
    """)
    start = module.entry.root.operands[0]
    wrapped = start.attrs["calls"].root
    assert set(start.attrs) == {"calls", "backend_config", "frontend_attributes"}  # as XLA's module has it
    assert wrapped.attrs["custom_call_target"] == "foo" and wrapped.attrs["backend_config"] == "cfg"


# (written, element bits XLA stores, XLA's print): checked against jaxlib 0.10.2's parser. The
# payload sits in the low mantissa bits (nan(0x1) in f32 is the signalling NaN 0x7f800001); a
# payload equal to the type's quiet bit is the plain nan; a NaN real part is copied to the
# imaginary one; a c64's imaginary part keeps no payload (XLA narrows it from a double).
NAN_PAYLOADS = [
    ("f32[4]", "{nan(0x1), -nan(0x400000), nan, -nan(0x7fffff)}",
     [0x7F800001, 0xFFC00000, 0x7FC00000, 0xFFFFFFFF], "{nan(0x1), -nan, nan, -nan(0x7fffff)}"),
    ("bf16[2]", "{-nan(0x7f), -nan(0x3f)}", [0xFFFF, 0xFFBF], "{-nan(0x7f), -nan(0x3f)}"),
    ("f16[1]", "{nan(0x3ff)}", [0x7FFF], "{nan(0x3ff)}"),
    ("f64[]", "nan(0xfffffffffffff)", [0x7FFFFFFFFFFFFFFF], "nan(0xfffffffffffff)"),
    ("f8e5m2[2]", "{nan(0x1), nan(0x2)}", [0x7D, 0x7E], "{nan(0x1), nan}"),
    ("f8e3m4[1]", "{nan(0xf)}", [0x7F], "{nan(0xf)}"),
    ("c64[2]", "{(nan(0x1), 0), (1, nan(0x800000))}", [0x7F800001, 0x7F800001, 0x3F800000, 0x7FC00000],
     "{(nan(0x1), nan(0x1)), (1, nan)}"),
    ("c128[1]", "{(1, -nan(0x5))}", [0x3FF0000000000000, 0xFFF0000000000005], "{(1, -nan(0x5))}"),
]


@pytest.mark.parametrize("shape, written, bits, printed", NAN_PAYLOADS)
def test_nan_payloads_are_kept_as_xla_keeps_them(shape, written, bits, printed):
    from nccd.compiler.hlo.proto_reader import read_module_proto
    from nccd.compiler.hlo.proto_writer import write_module_proto
    from nccd.compiler.ir.dtypes import BITS_DTYPE
    from nccd.compiler.ir.fingerprint import fingerprint

    module = parse(f"HloModule m\nENTRY e {{\n  ROOT c = {shape} constant({written})\n}}\n")
    literal = module.entry.root.literal
    part_bits = literal.shape.element_type.component_type.bits

    def stored(lit) -> list[int]:
        return lit.to_numpy().reshape(-1).view(BITS_DTYPE[part_bits]).tolist()

    assert stored(literal) == bits
    assert f"constant({printed})" in print_module(module)
    again = read_module_proto(write_module_proto(module))  # through the protobuf and back
    assert stored(again.entry.root.literal) == bits and fingerprint(again) == fingerprint(module)
    # the payload is part of the module's identity: the same constant with plain NaNs differs
    plain = re.sub(r"nan\(0x[0-9a-f]+\)", "nan", written)
    assert fingerprint(parse_hlo_text(f"HloModule m\nENTRY e {{\n  ROOT c = {shape} constant({plain})\n}}\n")) \
        != fingerprint(module)

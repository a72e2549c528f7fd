"""Per-opcode shape rules: exact inferred shapes for valid HLO, exact codes for invalid HLO.

Each case is a small ENTRY body whose ROOT is the instruction under test; the
helper computations below are available to every case.
"""

from __future__ import annotations

import pytest

from nccd.compiler.diagnostics import REGISTRY
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.ir.dtypes import ElementType
from nccd.compiler.ir.module import SHAPE_LEFT_OUT, Instruction
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.ir.shape_rules import SHAPE_RULES, ShapeRuleError, infer_shape, shapes_match
from nccd.compiler.ir.shapes import Shape

HELPERS = """
add_f32 {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b)
}

add_s32 {
  a = s32[] parameter(0)
  b = s32[] parameter(1)
  ROOT s = s32[] add(a, b)
}

argmax {
  av = f32[] parameter(0)
  ai = s32[] parameter(1)
  bv = f32[] parameter(2)
  bi = s32[] parameter(3)
  gt = pred[] compare(av, bv), direction=GT
  v = f32[] select(gt, av, bv)
  i = s32[] select(gt, ai, bi)
  ROOT t = (f32[], s32[]) tuple(v, i)
}

lt_f32 {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = pred[] compare(a, b), direction=LT
}

lt_kv {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  c = s32[] parameter(2)
  d = s32[] parameter(3)
  ROOT r = pred[] compare(a, b), direction=LT
}

ge_f32 {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = pred[] compare(a, b), direction=GE
}

not_pred {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = f32[] add(a, b)
}

cond {
  s = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  n = s32[] constant(10)
  ROOT c = pred[] compare(i, n), direction=LT
}

body {
  s = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  x = f32[4] get-tuple-element(s), index=1
  one = s32[] constant(1)
  j = s32[] add(i, one)
  y = f32[4] add(x, x)
  ROOT t = (s32[], f32[4]) tuple(j, y)
}

bad_body {
  s = (s32[], f32[4]) parameter(0)
  ROOT x = f32[4] get-tuple-element(s), index=1
}

branch_neg {
  x = f32[4] parameter(0)
  ROOT n = f32[4] negate(x)
}

branch_abs {
  x = f32[4] parameter(0)
  ROOT n = f32[4] abs(x)
}

branch_s32 {
  x = s32[4] parameter(0)
  ROOT n = s32[4] negate(x)
}

branch_sum {
  x = f32[4] parameter(0)
  z = f32[] constant(0)
  ROOT r = f32[] reduce(x, z), dimensions={0}, to_apply=add_f32
}

scale2 {
  x = f32[4] parameter(0)
  y = f32[4] parameter(1)
  ROOT m = f32[4] multiply(x, y)
}

scan_body {
  x = f32[3] parameter(0)
  c = f32[3] parameter(1)
  s = f32[3] add(x, c)
  ROOT t = (f32[3], f32[3]) tuple(s, s)
}
"""


def root(body: str) -> Instruction:
    module = parse_hlo_text(f"HloModule t\n{HELPERS}\nENTRY main {{\n{body}\n}}\n")
    return module.entry.root


def inferred(body: str) -> str | None:
    shape = infer_shape(root(body))
    return None if shape is None else shape.text(with_layout=False)


def error_code(body: str) -> str:
    with pytest.raises(ShapeRuleError) as info:
        infer_shape(root(body))
    assert info.value.code in REGISTRY and info.value.message
    return info.value.code


def p(*shapes: str) -> str:
    """Parameters p0, p1... of the given shapes, one per line."""
    return "\n".join(f"  p{i} = {s} parameter({i})" for i, s in enumerate(shapes))


# ---------------------------------------------------------------------------------------------
# The table itself
# ---------------------------------------------------------------------------------------------

def test_every_opcode_has_a_rule():
    assert set(SHAPE_RULES) == set(Opcode)
    assert len(SHAPE_RULES) == 136


def test_every_rule_survives_an_instruction_without_operands_or_attributes():
    """Malformed input gives a ShapeRuleError or a shape, never a crash."""
    for op in Opcode:
        inst = Instruction("x", op, Shape.array(11, (2,)))
        try:
            infer_shape(inst)
        except ShapeRuleError as err:
            assert err.code in REGISTRY


def test_shapes_match_ignores_layout_and_dynamism_and_lets_unbounded_match_anything():
    from nccd.compiler.ir.shapes import UNBOUNDED, Layout
    f32 = 11
    assert shapes_match(Shape.array(f32, (2, 3), layout=Layout((0, 1))), Shape.array(f32, (2, 3)))
    assert shapes_match(Shape.array(f32, (4,), (True,)), Shape.array(f32, (4,)))
    assert shapes_match(Shape.array(f32, (UNBOUNDED, 3)), Shape.array(f32, (7, 3)))
    assert not shapes_match(Shape.array(f32, (2, 3)), Shape.array(f32, (3, 2)))
    assert not shapes_match(Shape.array(f32, (2,)), Shape.array(12, (2,)))
    assert not shapes_match(Shape.tuple_of([Shape.array(f32, (2,))]), Shape.array(f32, (2,)))


# ---------------------------------------------------------------------------------------------
# Valid instructions: the exact inferred shape
# ---------------------------------------------------------------------------------------------

VALID = {
    # elementwise unary: type rules
    "abs of complex is real": (p("c64[3]") + "\n  ROOT r = f32[3] abs(p0)", "f32[3]"),
    "abs of s32": (p("s32[3]") + "\n  ROOT r = s32[3] abs(p0)", "s32[3]"),
    "real of c128": (p("c128[2]") + "\n  ROOT r = f64[2] real(p0)", "f64[2]"),
    "imag of c64": (p("c64[2]") + "\n  ROOT r = f32[2] imag(p0)", "f32[2]"),
    "real of f32": (p("f32[2]") + "\n  ROOT r = f32[2] real(p0)", "f32[2]"),
    "is-finite gives pred": (p("bf16[2,3]") + "\n  ROOT r = pred[2,3] is-finite(p0)", "pred[2,3]"),
    "not of pred": (p("pred[4]") + "\n  ROOT r = pred[4] not(p0)", "pred[4]"),
    "not of u8": (p("u8[4]") + "\n  ROOT r = u8[4] not(p0)", "u8[4]"),
    "popcnt": (p("s8[4]") + "\n  ROOT r = s8[4] popcnt(p0)", "s8[4]"),
    "clz": (p("u32[4]") + "\n  ROOT r = u32[4] count-leading-zeros(p0)", "u32[4]"),
    "sqrt of complex": (p("c64[4]") + "\n  ROOT r = c64[4] sqrt(p0)", "c64[4]"),
    "exp of fp8": (p("f8e4m3fn[4]") + "\n  ROOT r = f8e4m3fn[4] exponential(p0)", "f8e4m3fn[4]"),
    "sign of s32": (p("s32[4]") + "\n  ROOT r = s32[4] sign(p0)", "s32[4]"),
    "negate of s64": (p("s64[]") + "\n  ROOT r = s64[] negate(p0)", "s64[]"),
    "reduce-precision": (p("f32[4]") + "\n  ROOT r = f32[4] reduce-precision(p0), exponent_bits=5, "
                         "mantissa_bits=10", "f32[4]"),
    # elementwise binary
    "add": (p("f32[2,3]", "f32[2,3]") + "\n  ROOT r = f32[2,3] add(p0, p1)", "f32[2,3]"),
    "compare gives pred": (p("s32[5]", "s32[5]") + "\n  ROOT r = pred[5] compare(p0, p1), direction=GE",
                           "pred[5]"),
    "compare with a type": (p("f32[5]", "f32[5]") + "\n  ROOT r = pred[5] compare(p0, p1), direction=EQ, "
                            "type=TOTALORDER", "pred[5]"),
    "complex of f32": (p("f32[3]", "f32[3]") + "\n  ROOT r = c64[3] complex(p0, p1)", "c64[3]"),
    "complex of f64": (p("f64[3]", "f64[3]") + "\n  ROOT r = c128[3] complex(p0, p1)", "c128[3]"),
    "shift of u32": (p("u32[3]", "u32[3]") + "\n  ROOT r = u32[3] shift-right-logical(p0, p1)", "u32[3]"),
    "and of pred": (p("pred[3]", "pred[3]") + "\n  ROOT r = pred[3] and(p0, p1)", "pred[3]"),
    "power of s32": (p("s32[3]", "s32[3]") + "\n  ROOT r = s32[3] power(p0, p1)", "s32[3]"),
    "mulhi": (p("u32[3]", "u32[3]") + "\n  ROOT r = u32[3] mulhi(p0, p1)", "u32[3]"),
    "bounded dynamic operands": (p("f32[<=4]", "f32[<=4]") + "\n  ROOT r = f32[<=4] add(p0, p1)", "f32[<=4]"),
    "unbounded operand takes the other's size": (p("f32[?,3]", "f32[5,3]") + "\n  ROOT r = f32[5,3] add(p0, p1)",
                                                 "f32[5,3]"),
    "stochastic-convert": (p("f32[4]", "u32[4]") + "\n  ROOT r = bf16[4] stochastic-convert(p0, p1)", "bf16[4]"),
    # ternary
    "select with a pred array": (p("pred[2,3]", "f32[2,3]", "f32[2,3]") + "\n  ROOT r = f32[2,3] select(p0, p1, p2)",
                                 "f32[2,3]"),
    "select with a scalar pred": (p("pred[]", "s32[2,3]", "s32[2,3]") + "\n  ROOT r = s32[2,3] select(p0, p1, p2)",
                                  "s32[2,3]"),
    "clamp with scalar bounds": (p("f32[]", "f32[4]", "f32[]") + "\n  ROOT r = f32[4] clamp(p0, p1, p2)", "f32[4]"),
    "clamp with array bounds": (p("f32[4]", "f32[4]", "f32[4]") + "\n  ROOT r = f32[4] clamp(p0, p1, p2)", "f32[4]"),
    # conversions
    "convert": (p("s32[2,3]") + "\n  ROOT r = f16[2,3] convert(p0)", "f16[2,3]"),
    "bitcast-convert to narrower adds a minor dim": (p("f32[4]") + "\n  ROOT r = u8[4,4] bitcast-convert(p0)",
                                                     "u8[4,4]"),
    "bitcast-convert to wider drops the minor dim": (p("u16[3,2]") + "\n  ROOT r = f32[3] bitcast-convert(p0)",
                                                     "f32[3]"),
    "bitcast-convert same width": (p("f32[3]") + "\n  ROOT r = s32[3] bitcast-convert(p0)", "s32[3]"),
    "bitcast is free": (p("f32[4]") + "\n  ROOT r = s32[2,2] bitcast(p0)", None),
    "copy": (p("f32[4]{0}") + "\n  ROOT r = f32[4] copy(p0)", "f32[4]"),
    # shape manipulation
    "broadcast maps operand dims": (p("f32[3]") + "\n  ROOT r = f32[2,3] broadcast(p0), dimensions={1}", "f32[2,3]"),
    "broadcast of a scalar": (p("f32[]") + "\n  ROOT r = f32[2,3] broadcast(p0), dimensions={}", "f32[2,3]"),
    "broadcast may transpose": (p("f32[2,3]") + "\n  ROOT r = f32[3,5,2] broadcast(p0), dimensions={2,0}",
                                "f32[3,5,2]"),
    "reshape": (p("f32[2,3]") + "\n  ROOT r = f32[6] reshape(p0)", "f32[6]"),
    "reshape of bounded dims": (p("f32[<=4,2]") + "\n  ROOT r = f32[<=8] reshape(p0)", "f32[<=8]"),
    "reshape of an unbounded dim": (p("f32[?,4]") + "\n  ROOT r = f32[?] reshape(p0)", "f32[?]"),
    "dynamic-reshape": (p("f32[6]", "s32[]", "s32[]") + "\n  ROOT r = f32[<=2,<=3] dynamic-reshape(p0, p1, p2)",
                        "f32[<=2,<=3]"),
    "transpose": (p("f32[2,3,4]") + "\n  ROOT r = f32[4,2,3] transpose(p0), dimensions={2,0,1}", "f32[4,2,3]"),
    "reverse": (p("f32[2,3]") + "\n  ROOT r = f32[2,3] reverse(p0), dimensions={0,1}", "f32[2,3]"),
    "slice rounds up": (p("f32[10,4]") + "\n  ROOT r = f32[3,2] slice(p0), slice={[1:10:3], [2:4]}", "f32[3,2]"),
    "slice of a bounded dim stays dynamic": (p("f32[<=10]") + "\n  ROOT r = f32[<=5] slice(p0), slice={[0:5]}",
                                            "f32[<=5]"),
    "dynamic-slice": (p("f32[8,4]", "s32[]", "s32[]") + "\n  ROOT r = f32[2,4] dynamic-slice(p0, p1, p2), "
                      "dynamic_slice_sizes={2,4}", "f32[2,4]"),
    "dynamic-slice with a legacy index vector": (p("f32[8,4]", "s32[2]") + "\n  ROOT r = f32[2,4] dynamic-slice(p0, p1), "
                                                 "dynamic_slice_sizes={2,4}", "f32[2,4]"),
    "dynamic-update-slice": (p("f32[8,4]", "f32[2,4]", "s32[]", "s32[]") +
                             "\n  ROOT r = f32[8,4] dynamic-update-slice(p0, p1, p2, p3)", "f32[8,4]"),
    "concatenate": (p("f32[2,3]", "f32[4,3]") + "\n  ROOT r = f32[6,3] concatenate(p0, p1), dimensions={0}", "f32[6,3]"),
    "pad with negative and interior padding": (p("f32[3,4]", "f32[]") +
                                               "\n  ROOT r = f32[8,3] pad(p0, p1), padding=1_2_1x-1_0", "f32[8,3]"),
    "iota": ("  ROOT r = s32[4,5] iota(), iota_dimension=1", "s32[4,5]"),
    "get-dimension-size": (p("f32[<=8,2]") + "\n  ROOT r = s32[] get-dimension-size(p0), dimensions={0}", "s32[]"),
    "set-dimension-size": (p("f32[8,2]", "s32[]") +
                           "\n  ROOT r = f32[<=8,2] set-dimension-size(p0, p1), dimensions={0}", "f32[<=8,2]"),
    "shuffle keeps the shape": (p("f32[6]") + "\n  ROOT r = f32[6] shuffle(p0), dimensions={0}", "f32[6]"),
    # gather / scatter
    "gather rows": (p("f32[5,4]", "s32[3,1]") + "\n  ROOT r = f32[3,4] gather(p0, p1), offset_dims={1}, "
                    "collapsed_slice_dims={0}, start_index_map={0}, index_vector_dim=1, slice_sizes={1,4}",
                    "f32[3,4]"),
    "gather with an implicit index vector": (p("f32[5,4]", "s32[3]") + "\n  ROOT r = f32[3,4] gather(p0, p1), "
                                             "offset_dims={1}, collapsed_slice_dims={0}, start_index_map={0}, "
                                             "index_vector_dim=1, slice_sizes={1,4}", "f32[3,4]"),
    "gather keeping a window dim": (p("f32[5,4]", "s32[3,1]") + "\n  ROOT r = f32[3,2,4] gather(p0, p1), "
                                    "offset_dims={1,2}, collapsed_slice_dims={}, start_index_map={0}, "
                                    "index_vector_dim=1, slice_sizes={2,4}", "f32[3,2,4]"),
    "gather with batching dims": (p("f32[2,5,4]", "s32[2,3,1]") + "\n  ROOT r = f32[2,3,4] gather(p0, p1), "
                                  "offset_dims={2}, collapsed_slice_dims={1}, start_index_map={1}, index_vector_dim=2, "
                                  "operand_batching_dims={0}, start_indices_batching_dims={0}, slice_sizes={1,1,4}",
                                  "f32[2,3,4]"),
    "scatter rows": (p("f32[5,4]", "s32[3,1]", "f32[3,4]") + "\n  ROOT r = f32[5,4] scatter(p0, p1, p2), "
                     "update_window_dims={1}, inserted_window_dims={0}, scatter_dims_to_operand_dims={0}, "
                     "index_vector_dim=1, to_apply=add_f32", "f32[5,4]"),
    "scatter with batching dims": (p("f32[2,5,4]", "s32[2,3,1]", "f32[2,3,4]") +
                                   "\n  ROOT r = f32[2,5,4] scatter(p0, p1, p2), update_window_dims={2}, "
                                   "inserted_window_dims={1}, scatter_dims_to_operand_dims={1}, index_vector_dim=2, "
                                   "input_batching_dims={0}, scatter_indices_batching_dims={0}, to_apply=add_f32",
                                   "f32[2,5,4]"),
    "variadic scatter": (p("f32[5]", "s32[5]", "s32[2,1]", "f32[2]", "s32[2]") +
                         "\n  ROOT r = (f32[5], s32[5]) scatter(p0, p1, p2, p3, p4), update_window_dims={}, "
                         "inserted_window_dims={0}, scatter_dims_to_operand_dims={0}, index_vector_dim=1, "
                         "to_apply=argmax", "(f32[5], s32[5])"),
    # reductions
    "reduce": (p("f32[4,8]", "f32[]") + "\n  ROOT r = f32[4] reduce(p0, p1), dimensions={1}, to_apply=add_f32",
               "f32[4]"),
    "reduce to a scalar": (p("f32[4,8]", "f32[]") + "\n  ROOT r = f32[] reduce(p0, p1), dimensions={0,1}, "
                           "to_apply=add_f32", "f32[]"),
    "variadic reduce (argmax)": (p("f32[4,8]", "s32[4,8]", "f32[]", "s32[]") +
                                 "\n  ROOT r = (f32[4], s32[4]) reduce(p0, p1, p2, p3), dimensions={1}, "
                                 "to_apply=argmax", "(f32[4], s32[4])"),
    "reduce-window": (p("f32[4,8]", "f32[]") + "\n  ROOT r = f32[2,4] reduce-window(p0, p1), "
                      "window={size=2x2 stride=2x2}, to_apply=add_f32", "f32[2,4]"),
    "reduce-window as cumsum": (p("f32[8]", "f32[]") + "\n  ROOT r = f32[8] reduce-window(p0, p1), "
                                "window={size=8 pad=7_0}, to_apply=add_f32", "f32[8]"),
    "reduce-window with dilation": (p("f32[5]", "f32[]") + "\n  ROOT r = f32[7] reduce-window(p0, p1), "
                                    "window={size=3 lhs_dilate=2 rhs_dilate=1}, to_apply=add_f32", "f32[7]"),
    "variadic reduce-window": (p("f32[8]", "s32[8]", "f32[]", "s32[]") +
                               "\n  ROOT r = (f32[4], s32[4]) reduce-window(p0, p1, p2, p3), "
                               "window={size=2 stride=2}, to_apply=argmax", "(f32[4], s32[4])"),
    "select-and-scatter": (p("f32[4,4]", "f32[2,2]", "f32[]") +
                           "\n  ROOT r = f32[4,4] select-and-scatter(p0, p1, p2), window={size=2x2 stride=2x2}, "
                           "select=ge_f32, scatter=add_f32", "f32[4,4]"),
    "map": (p("f32[3]", "f32[3]") + "\n  ROOT r = f32[3] map(p0, p1), dimensions={0}, to_apply=add_f32", "f32[3]"),
    "sort": (p("f32[10]") + "\n  ROOT r = f32[10] sort(p0), dimensions={0}, to_apply=lt_f32", "f32[10]"),
    "sort of keys and values": (p("f32[2,10]", "s32[2,10]") + "\n  ROOT r = (f32[2,10], s32[2,10]) sort(p0, p1), "
                                "dimensions={1}, is_stable=true, to_apply=lt_kv", "(f32[2,10], s32[2,10])"),
    "topk": (p("f32[5,10]") + "\n  ROOT r = (f32[5,3], s32[5,3]) topk(p0), k=3, largest=true",
             "(f32[5,3], s32[5,3])"),
    "scan": (p("f32[5,3]", "f32[3]") + "\n  ROOT r = (f32[5,3], f32[3]) scan(p0, p1), dimensions={0}, "
             "num_carries=1, to_apply=scan_body", "(f32[5,3], f32[3])"),
    # control flow and structure
    "while": (p("(s32[], f32[4])") + "\n  ROOT r = (s32[], f32[4]) while(p0), condition=cond, body=body",
              "(s32[], f32[4])"),
    "conditional with branch computations": (p("s32[]", "f32[4]", "f32[4]") +
                                             "\n  ROOT r = f32[4] conditional(p0, p1, p2), "
                                             "branch_computations={branch_neg, branch_abs}", "f32[4]"),
    "conditional with a predicate": (p("pred[]", "f32[4]", "f32[4]") +
                                     "\n  ROOT r = f32[4] conditional(p0, p1, p2), true_computation=branch_neg, "
                                     "false_computation=branch_abs", "f32[4]"),
    "call": (p("f32[4]", "f32[4]") + "\n  ROOT r = f32[4] call(p0, p1), to_apply=scale2", "f32[4]"),
    "fusion": (p("f32[4]", "f32[4]") + "\n  ROOT r = f32[4] fusion(p0, p1), kind=kLoop, calls=scale2", "f32[4]"),
    "custom-call is free": (p("f32[4]") + '\n  ROOT r = (f32[4], s32[]) custom-call(p0), custom_call_target="foo"',
                            None),
    "tuple": (p("f32[4]", "s32[]") + "\n  ROOT r = (f32[4], s32[]) tuple(p0, p1)", "(f32[4], s32[])"),
    "get-tuple-element": (p("(f32[4], s32[])") + "\n  ROOT r = s32[] get-tuple-element(p0), index=1", "s32[]"),
    "parameter is free": ("  ROOT p0 = f32[4] parameter(0)", None),
    "constant is checked by the verifier": ("  ROOT c = f32[2] constant({1, 2})", None),
    # linear algebra
    "dot": (p("f32[4,2]", "f32[2,8]") + "\n  ROOT r = f32[4,8] dot(p0, p1), lhs_contracting_dims={1}, "
            "rhs_contracting_dims={0}", "f32[4,8]"),
    "batched dot": (p("f32[3,4,2]", "f32[3,2,8]") + "\n  ROOT r = f32[3,4,8] dot(p0, p1), lhs_batch_dims={0}, "
                    "lhs_contracting_dims={2}, rhs_batch_dims={0}, rhs_contracting_dims={1}", "f32[3,4,8]"),
    "dot with contraction on rhs dim 1": (p("f32[4,2]", "f32[8,2]") + "\n  ROOT r = f32[4,8] dot(p0, p1), "
                                          "lhs_contracting_dims={1}, rhs_contracting_dims={1}", "f32[4,8]"),
    "outer product": (p("f32[4]", "f32[8]") + "\n  ROOT r = f32[4,8] dot(p0, p1)", "f32[4,8]"),
    "dot with a preferred result type": (p("bf16[4,2]", "bf16[2,8]") + "\n  ROOT r = f32[4,8] dot(p0, p1), "
                                         "lhs_contracting_dims={1}, rhs_contracting_dims={0}", "f32[4,8]"),
    "int8 dot accumulating in s32": (p("s8[4,2]", "s8[2,8]") + "\n  ROOT r = s32[4,8] dot(p0, p1), "
                                     "lhs_contracting_dims={1}, rhs_contracting_dims={0}", "s32[4,8]"),
    "ragged-dot over a ragged non-contracting dim": (
        p("f32[11,5]", "f32[3,5,7]", "s32[3]") + "\n  ROOT r = f32[11,7] ragged-dot(p0, p1, p2), "
        "lhs_contracting_dims={1}, rhs_contracting_dims={1}, lhs_ragged_dims={0}, rhs_group_dims={0}", "f32[11,7]"),
    "ragged-dot over a ragged contracting dim": (
        p("f32[11,5]", "f32[5,7]", "s32[3]") + "\n  ROOT r = f32[3,11,7] ragged-dot(p0, p1, p2), "
        "lhs_contracting_dims={1}, rhs_contracting_dims={0}, lhs_ragged_dims={1}", "f32[3,11,7]"),
    "ragged-dot over a ragged batch dim": (
        p("f32[2,11,5]", "f32[2,5,7]", "s32[3]") + "\n  ROOT r = f32[2,11,7] ragged-dot(p0, p1, p2), "
        "lhs_batch_dims={0}, rhs_batch_dims={0}, lhs_contracting_dims={2}, rhs_contracting_dims={1}, "
        "lhs_ragged_dims={0}", "f32[2,11,7]"),
    "scaled-dot": (p("f8e4m3fn[32,256]", "f8e4m3fn[16,256]", "f8e8m0fnu[32,8]", "f8e8m0fnu[16,8]") +
                   "\n  ROOT r = f32[32,16] scaled-dot(p0, p1, p2, p3), lhs_contracting_dims={1}, "
                   "rhs_contracting_dims={1}", "f32[32,16]"),
    "scaled-dot with XLA's bf16 placeholder for the lhs scale": (
        p("bf16[32,256]", "f8e4m3fn[16,256]", "bf16[]", "f8e8m0fnu[16,8]") +
        "\n  ROOT r = f32[32,16] scaled-dot(p0, p1, p2, p3), lhs_contracting_dims={1}, rhs_contracting_dims={1}",
        "f32[32,16]"),
    "convolution b01f_01io->b01f with same padding": (
        p("f32[1,8,8,3]", "f32[3,3,3,16]") + "\n  ROOT r = f32[1,8,8,16] convolution(p0, p1), "
        "window={size=3x3 pad=1_1x1_1}, dim_labels=b01f_01io->b01f", "f32[1,8,8,16]"),
    "convolution with stride": (
        p("f32[1,8,8,3]", "f32[3,3,3,16]") + "\n  ROOT r = f32[1,4,4,16] convolution(p0, p1), "
        "window={size=3x3 stride=2x2 pad=1_1x1_1}, dim_labels=b01f_01io->b01f", "f32[1,4,4,16]"),
    "convolution with lhs dilation": (
        p("f32[1,8,8,3]", "f32[3,3,3,16]") + "\n  ROOT r = f32[1,17,17,16] convolution(p0, p1), "
        "window={size=3x3 pad=2_2x2_2 lhs_dilate=2x2}, dim_labels=b01f_01io->b01f", "f32[1,17,17,16]"),
    "convolution with rhs dilation": (
        p("f32[1,8,8,3]", "f32[3,3,3,16]") + "\n  ROOT r = f32[1,4,4,16] convolution(p0, p1), "
        "window={size=3x3 rhs_dilate=2x2}, dim_labels=b01f_01io->b01f", "f32[1,4,4,16]"),
    "convolution bf01_oi01->bf01": (
        p("f32[2,3,8,8]", "f32[16,3,3,3]") + "\n  ROOT r = f32[2,16,6,6] convolution(p0, p1), "
        "window={size=3x3}, dim_labels=bf01_oi01->bf01", "f32[2,16,6,6]"),
    "convolution with a transposed output layout": (
        p("f32[2,3,8,8]", "f32[16,3,3,3]") + "\n  ROOT r = f32[6,6,16,2] convolution(p0, p1), "
        "window={size=3x3}, dim_labels=bf01_oi01->01fb", "f32[6,6,16,2]"),
    "1-d convolution": (
        p("f32[4,10,2]", "f32[3,2,5]") + "\n  ROOT r = f32[4,8,5] convolution(p0, p1), "
        "window={size=3}, dim_labels=b0f_0io->b0f", "f32[4,8,5]"),
    "depthwise convolution (feature groups)": (
        p("f32[1,8,8,4]", "f32[3,3,1,4]") + "\n  ROOT r = f32[1,6,6,4] convolution(p0, p1), "
        "window={size=3x3}, dim_labels=b01f_01io->b01f, feature_group_count=4", "f32[1,6,6,4]"),
    "weight-gradient convolution (batch groups)": (
        p("f32[4,8,8,3]", "f32[3,3,3,4]") + "\n  ROOT r = f32[2,6,6,4] convolution(p0, p1), "
        "window={size=3x3}, dim_labels=b01f_01io->b01f, batch_group_count=2", "f32[2,6,6,4]"),
    "fft": (p("c64[8]") + "\n  ROOT r = c64[8] fft(p0), fft_type=FFT, fft_length={8}", "c64[8]"),
    "ifft": (p("c128[2,8]") + "\n  ROOT r = c128[2,8] fft(p0), fft_type=IFFT, fft_length={8}", "c128[2,8]"),
    "rfft": (p("f32[4,8]") + "\n  ROOT r = c64[4,5] fft(p0), fft_type=RFFT, fft_length={8}", "c64[4,5]"),
    "2-d rfft": (p("f64[4,8]") + "\n  ROOT r = c128[4,5] fft(p0), fft_type=RFFT, fft_length={4,8}", "c128[4,5]"),
    "irfft": (p("c64[4,5]") + "\n  ROOT r = f32[4,8] fft(p0), fft_type=IRFFT, fft_length={8}", "f32[4,8]"),
    "irfft of odd length": (p("c64[4,5]") + "\n  ROOT r = f32[4,9] fft(p0), fft_type=IRFFT, fft_length={9}",
                            "f32[4,9]"),
    "cholesky": (p("f32[3,4,4]") + "\n  ROOT r = f32[3,4,4] cholesky(p0), lower=true", "f32[3,4,4]"),
    "triangular-solve left": (p("f32[4,4]", "f32[4,3]") + "\n  ROOT r = f32[4,3] triangular-solve(p0, p1), "
                              "left_side=true, lower=true, unit_diagonal=false, transpose_a=NO_TRANSPOSE", "f32[4,3]"),
    "triangular-solve right": (p("f32[4,4]", "f32[3,4]") + "\n  ROOT r = f32[3,4] triangular-solve(p0, p1), "
                               "left_side=false, lower=true, transpose_a=TRANSPOSE", "f32[3,4]"),
    "batch-norm-training": (p("f32[2,4,4,3]", "f32[3]", "f32[3]") +
                            "\n  ROOT r = (f32[2,4,4,3], f32[3], f32[3]) batch-norm-training(p0, p1, p2), "
                            "epsilon=0.001, feature_index=3", "(f32[2,4,4,3], f32[3], f32[3])"),
    "batch-norm-inference": (p("f32[2,3,4]", "f32[3]", "f32[3]", "f32[3]", "f32[3]") +
                             "\n  ROOT r = f32[2,3,4] batch-norm-inference(p0, p1, p2, p3, p4), epsilon=0.001, "
                             "feature_index=1", "f32[2,3,4]"),
    "batch-norm-grad": (p("f32[2,3]", "f32[3]", "f32[3]", "f32[3]", "f32[2,3]") +
                        "\n  ROOT r = (f32[2,3], f32[3], f32[3]) batch-norm-grad(p0, p1, p2, p3, p4), "
                        "epsilon=0.001, feature_index=1", "(f32[2,3], f32[3], f32[3])"),
    # random numbers
    "rng": (p("f32[]", "f32[]") + "\n  ROOT r = f32[3,4] rng(p0, p1), distribution=rng_uniform", "f32[3,4]"),
    "rng-bit-generator": (p("u64[2]") + "\n  ROOT r = (u64[2], u32[8]) rng-bit-generator(p0), algorithm=rng_default",
                          "(u64[2], u32[8])"),
    "rng-get-and-update-state is free": ("  ROOT r = u64[2] rng-get-and-update-state(), delta=1", None),
    # collectives
    "all-reduce": (p("f32[8]") + "\n  ROOT r = f32[8] all-reduce(p0), replica_groups={{0,1}}, to_apply=add_f32",
                   "f32[8]"),
    "variadic all-reduce": (p("f32[8]", "f32[2]") + "\n  ROOT r = (f32[8], f32[2]) all-reduce(p0, p1), "
                            "replica_groups={}, to_apply=add_f32", "(f32[8], f32[2])"),
    "all-gather scales by the group size": (p("f32[4,2]") + "\n  ROOT r = f32[16,2] all-gather(p0), dimensions={0}, "
                                            "replica_groups={{0,1,2,3}}", "f32[16,2]"),
    "all-gather with iota groups": (p("f32[4,2]") + "\n  ROOT r = f32[4,4] all-gather(p0), dimensions={1}, "
                                    "replica_groups=[4,2]<=[8], channel_id=1, use_global_device_ids=true",
                                    "f32[4,4]"),
    "all-gather over all devices reads the count off the result": (
        p("f32[4,2]") + "\n  ROOT r = f32[32,2] all-gather(p0), dimensions={0}, replica_groups={}", "f32[32,2]"),
    "reduce-scatter": (p("f32[8]") + "\n  ROOT r = f32[4] reduce-scatter(p0), dimensions={0}, "
                       "replica_groups={{0,1}}, to_apply=add_f32", "f32[4]"),
    "all-to-all with a split dimension": (p("f32[8,4]") + "\n  ROOT r = f32[8,4] all-to-all(p0), dimensions={0}, "
                                          "replica_groups={{0,1}}", "f32[8,4]"),
    "tuple all-to-all": (p("f32[4]", "f32[4]") + "\n  ROOT r = (f32[4], f32[4]) all-to-all(p0, p1), "
                         "replica_groups={{0,1}}", "(f32[4], f32[4])"),
    "ragged-all-to-all": (p("f32[8]", "f32[8]", "s64[2]", "s64[2]", "s64[2]", "s64[2]") +
                          "\n  ROOT r = f32[8] ragged-all-to-all(p0, p1, p2, p3, p4, p5), replica_groups={{0,1}}",
                          "f32[8]"),
    "collective-permute": (p("f32[8]") + "\n  ROOT r = f32[8] collective-permute(p0), source_target_pairs={{0,1},{1,0}}",
                           "f32[8]"),
    "collective-reduce": (p("f32[8]") + "\n  ROOT r = f32[8] collective-reduce(p0), replica_groups={{0,1}}, "
                          "to_apply=add_f32", "f32[8]"),
    "collective-broadcast": (p("f32[8]") + "\n  ROOT r = f32[8] collective-broadcast(p0), replica_groups={{0,1}}",
                             "f32[8]"),
    "partition-id": ("  ROOT r = u32[] partition-id()", "u32[]"),
    "replica-id": ("  ROOT r = u32[] replica-id()", "u32[]"),
    "all-gather-start": (p("f32[4]") + "\n  ROOT r = (f32[4], f32[8]) all-gather-start(p0), dimensions={0}, "
                         "replica_groups={{0,1}}", "(f32[4], f32[8])"),
    "all-gather-done": (p("f32[4]") + "\n  s = (f32[4], f32[8]) all-gather-start(p0), dimensions={0}, "
                        "replica_groups={{0,1}}\n  ROOT r = f32[8] all-gather-done(s)", "f32[8]"),
    "all-reduce-start and done": (p("f32[4]") + "\n  s = f32[4] all-reduce-start(p0), replica_groups={{0,1}}, "
                                  "to_apply=add_f32\n  ROOT r = f32[4] all-reduce-done(s)", "f32[4]"),
    "collective-permute-start": (p("f32[4]") + "\n  ROOT r = (f32[4], f32[4], u32[], u32[]) "
                                 "collective-permute-start(p0), source_target_pairs={{0,1}}",
                                 "(f32[4], f32[4], u32[], u32[])"),
    "collective-permute-done": (p("(f32[4], f32[4], u32[], u32[])") +
                                "\n  ROOT r = f32[4] collective-permute-done(p0)", "f32[4]"),
    # tokens, async, host transfers
    "after-all": ("  t0 = token[] after-all()\n  t1 = token[] after-all()\n  ROOT r = token[] after-all(t0, t1)",
                  "token[]"),
    # XLA's verifier does not look at after-all's operands: any value may order it (its parser
    # test AfterAllWithMultipleOperands passes an f32[] and verifies).
    "after-all of a non-token": (p("f32[4]") + "\n  ROOT r = token[] after-all(p0)", "token[]"),
    "add-dependency": (p("f32[4]") + "\n  t = token[] after-all()\n  ROOT r = f32[4] add-dependency(p0, t)", "f32[4]"),
    "opt-barrier": (p("(f32[4], s32[])") + "\n  ROOT r = (f32[4], s32[]) opt-barrier(p0)", "(f32[4], s32[])"),
    "domain": (p("f32[4]") + '\n  ROOT r = f32[4] domain(p0), domain={kind="sharding", entry={maximal device=0}, '
               "exit={replicated}}", "f32[4]"),
    "async-start": (p("f32[4]", "f32[4]") + "\n  ROOT r = ((f32[4], f32[4]), f32[4], s32[]) async-start(p0, p1), "
                    "calls=scale2", "((f32[4], f32[4]), f32[4], s32[])"),
    # an async-update or async-done takes its async-start (XLA's parser refuses anything else)
    "async-done": (p("f32[4]", "f32[4]") + "\n  s = ((f32[4], f32[4]), f32[4], s32[]) async-start(p0, p1), "
                   "calls=scale2\n  ROOT r = f32[4] async-done(s)", "f32[4]"),
    "async-update": (p("f32[4]", "f32[4]") + "\n  s = ((f32[4], f32[4]), f32[4], s32[]) async-start(p0, p1), "
                     "calls=scale2\n  ROOT r = ((f32[4], f32[4]), f32[4], s32[]) async-update(s)",
                     "((f32[4], f32[4]), f32[4], s32[])"),
    "copy-start and copy-done": (p("f32[4]") + "\n  s = (f32[4], f32[4], u32[]) copy-start(p0)"
                                 "\n  ROOT r = f32[4] copy-done(s)", "f32[4]"),
    "send": (p("f32[4]") + "\n  t = token[] after-all()\n  ROOT r = (f32[4], u32[], token[]) send(p0, t), "
             "channel_id=1", "(f32[4], u32[], token[])"),
    "send-done": (p("f32[4]") + "\n  t = token[] after-all()\n  s = (f32[4], u32[], token[]) send(p0, t), "
                  "channel_id=1\n  ROOT r = token[] send-done(s), channel_id=1", "token[]"),
    "recv": ("  t = token[] after-all()\n  ROOT r = (f32[4], u32[], token[]) recv(t), channel_id=1",
             "(f32[4], u32[], token[])"),
    "recv-done": ("  t = token[] after-all()\n  s = (f32[4], u32[], token[]) recv(t), channel_id=1"
                  "\n  ROOT r = (f32[4], token[]) recv-done(s), channel_id=1", "(f32[4], token[])"),
    "infeed is free": ("  t = token[] after-all()\n  ROOT r = ((f32[4]), token[]) infeed(t)", None),
    "outfeed": (p("f32[4]") + "\n  t = token[] after-all()\n  ROOT r = token[] outfeed(p0, t)", "token[]"),
}


@pytest.mark.parametrize("body, expected", VALID.values(), ids=VALID.keys())
def test_valid_instruction_infers_exact_shape(body, expected):
    assert inferred(body) == expected


def test_every_opcode_has_a_valid_case():
    covered = {root(body).opcode for body, _ in VALID.values()}
    # Cases whose opcode is not the ROOT's: their ops are exercised as operands.
    covered |= {Opcode.ALL_GATHER_START, Opcode.ALL_REDUCE_START, Opcode.COPY_START}
    missing = {op.text for op in set(Opcode) - covered if op not in _UNARY_WITHOUT_OWN_CASE}
    assert not missing


_UNARY_WITHOUT_OWN_CASE = {
    Opcode.ACOS, Opcode.ACOSH, Opcode.ASIN, Opcode.ASINH, Opcode.ATAN, Opcode.ATANH, Opcode.CBRT,
    Opcode.CEIL, Opcode.COS, Opcode.COSH, Opcode.ERF, Opcode.EXPM1, Opcode.FLOOR, Opcode.LOG,
    Opcode.LOG1P, Opcode.LOGISTIC, Opcode.ROUND_AFZ, Opcode.ROUND_EVEN, Opcode.RSQRT, Opcode.SIN,
    Opcode.SINH, Opcode.TAN, Opcode.TANH, Opcode.ATAN2, Opcode.DIVIDE, Opcode.MAXIMUM, Opcode.MINIMUM,
    Opcode.MULTIPLY, Opcode.OR, Opcode.REMAINDER, Opcode.SHIFT_LEFT, Opcode.SHIFT_RIGHT_ARITHMETIC,
    Opcode.SUBTRACT, Opcode.XOR,
}


@pytest.mark.parametrize("opcode", sorted(_UNARY_WITHOUT_OWN_CASE, key=lambda o: o.ident), ids=lambda o: o.text)
def test_remaining_elementwise_ops_keep_the_operand_shape(opcode):
    if opcode.arity == 1:
        body = p("f32[2,3]") + f"\n  ROOT r = f32[2,3] {opcode.text}(p0)"
        assert inferred(body) == "f32[2,3]"
    else:
        et = "s32" if "shift" in opcode.text or opcode.text in ("or", "xor") else "f32"
        body = p(f"{et}[2,3]", f"{et}[2,3]") + f"\n  ROOT r = {et}[2,3] {opcode.text}(p0, p1)"
        assert inferred(body) == f"{et}[2,3]"


# ---------------------------------------------------------------------------------------------
# Invalid instructions: the exact registry code
# ---------------------------------------------------------------------------------------------

E012, E014, E020, E021, E022, E023 = "NCC-E012", "NCC-E014", "NCC-E020", "NCC-E021", "NCC-E022", "NCC-E023"

INVALID = {
    # unary type rules
    "abs of unsigned": (p("u32[3]") + "\n  ROOT r = u32[3] abs(p0)", E021),
    "is-finite of an integer": (p("s32[3]") + "\n  ROOT r = pred[3] is-finite(p0)", E021),
    "not of a float": (p("f32[3]") + "\n  ROOT r = f32[3] not(p0)", E021),
    "popcnt of a float": (p("f32[3]") + "\n  ROOT r = f32[3] popcnt(p0)", E021),
    "exponential of an integer": (p("s32[3]") + "\n  ROOT r = s32[3] exponential(p0)", E021),
    "floor of complex": (p("c64[3]") + "\n  ROOT r = c64[3] floor(p0)", E021),
    "negate of pred": (p("pred[3]") + "\n  ROOT r = pred[3] negate(p0)", E021),
    "unary op on a tuple": (p("(f32[3])") + "\n  ROOT r = f32[3] sine(p0)", E021),
    "reduce-precision of an integer": (p("s32[4]") + "\n  ROOT r = s32[4] reduce-precision(p0), exponent_bits=5, "
                                       "mantissa_bits=10", E021),
    "reduce-precision without exponent bits": (p("f32[4]") + "\n  ROOT r = f32[4] reduce-precision(p0), "
                                               "exponent_bits=0, mantissa_bits=10", E022),
    # binary
    "add with different dims": (p("f32[2,3]", "f32[3,2]") + "\n  ROOT r = f32[2,3] add(p0, p1)", E021),
    "add with implicit broadcast": (p("f32[2,3]", "f32[]") + "\n  ROOT r = f32[2,3] add(p0, p1)", E021),
    "add with mixed types": (p("f32[3]", "bf16[3]") + "\n  ROOT r = f32[3] add(p0, p1)", E021),
    "compare without direction": (p("f32[3]", "f32[3]") + "\n  ROOT r = pred[3] compare(p0, p1)", E012),
    "compare with a bad direction": (p("f32[3]", "f32[3]") + "\n  ROOT r = pred[3] compare(p0, p1), direction=XX",
                                     E022),
    "complex of f16": (p("f16[3]", "f16[3]") + "\n  ROOT r = c64[3] complex(p0, p1)", E021),
    "shift of a float": (p("f32[3]", "f32[3]") + "\n  ROOT r = f32[3] shift-left(p0, p1)", E021),
    "subtract of pred": (p("pred[3]", "pred[3]") + "\n  ROOT r = pred[3] subtract(p0, p1)", E021),
    "and of a float": (p("f32[3]", "f32[3]") + "\n  ROOT r = f32[3] and(p0, p1)", E021),
    "atan2 of an integer": (p("s32[3]", "s32[3]") + "\n  ROOT r = s32[3] atan2(p0, p1)", E021),
    "stochastic-convert with narrow random bits": (p("f32[4]", "u16[4]") +
                                                   "\n  ROOT r = bf16[4] stochastic-convert(p0, p1)", E021),
    # ternary
    "select with a non-pred predicate": (p("s32[3]", "f32[3]", "f32[3]") + "\n  ROOT r = f32[3] select(p0, p1, p2)",
                                         E021),
    "select with a predicate of other dims": (p("pred[2]", "f32[3]", "f32[3]") +
                                              "\n  ROOT r = f32[3] select(p0, p1, p2)", E021),
    "select with different branches": (p("pred[3]", "f32[3]", "s32[3]") + "\n  ROOT r = f32[3] select(p0, p1, p2)",
                                       E021),
    "clamp with a vector bound of other dims": (p("f32[3]", "f32[2]", "f32[]") +
                                                "\n  ROOT r = f32[2] clamp(p0, p1, p2)", E021),
    # conversions
    "bitcast-convert with a wrong minor dim": (p("u8[4,3]") + "\n  ROOT r = f32[4] bitcast-convert(p0)", E021),
    "bitcast-convert real to complex": (p("f64[4]") + "\n  ROOT r = c64[4] bitcast-convert(p0)", E021),
    "bitcast changing the byte size": (p("f32[4]") + "\n  ROOT r = f32[3] bitcast(p0)", E021),
    "convert of a tuple": (p("(f32[4])") + "\n  ROOT r = s32[4] convert(p0)", E021),
    # shape manipulation
    "broadcast with a size mismatch": (p("f32[3]") + "\n  ROOT r = f32[3,2] broadcast(p0), dimensions={1}", E020),
    "broadcast dimension out of range": (p("f32[3]") + "\n  ROOT r = f32[2,3] broadcast(p0), dimensions={5}", E022),
    "broadcast repeating a dimension": (p("f32[3,3]") + "\n  ROOT r = f32[3,3] broadcast(p0), dimensions={0,0}",
                                        E022),
    "broadcast with too few dimensions": (p("f32[3,2]") + "\n  ROOT r = f32[3,2] broadcast(p0), dimensions={0}", E022),
    "broadcast without dimensions": (p("f32[3]") + "\n  ROOT r = f32[2,3] broadcast(p0)", E012),
    "reshape changing the element count": (p("f32[2,3]") + "\n  ROOT r = f32[7] reshape(p0)", E020),
    "transpose that is not a permutation": (p("f32[2,3]") + "\n  ROOT r = f32[2,3] transpose(p0), dimensions={0,0}",
                                            E022),
    "transpose without dimensions": (p("f32[2,3]") + "\n  ROOT r = f32[3,2] transpose(p0)", E012),
    "reverse out of range": (p("f32[2,3]") + "\n  ROOT r = f32[2,3] reverse(p0), dimensions={2}", E022),
    "slice past the end": (p("f32[10]") + "\n  ROOT r = f32[10] slice(p0), slice={[2:12]}", E022),
    "slice with a zero stride": (p("f32[10]") + "\n  ROOT r = f32[10] slice(p0), slice={[0:10:0]}", E022),
    "slice of the wrong rank": (p("f32[10,2]") + "\n  ROOT r = f32[10] slice(p0), slice={[0:10]}", E022),
    "dynamic-slice with too few indices": (p("f32[8,4]", "s32[]") + "\n  ROOT r = f32[2,4] dynamic-slice(p0, p1), "
                                           "dynamic_slice_sizes={2,4}", E014),
    "dynamic-slice with a float index": (p("f32[8]", "f32[]") + "\n  ROOT r = f32[2] dynamic-slice(p0, p1), "
                                         "dynamic_slice_sizes={2}", E021),
    "dynamic-slice larger than the operand": (p("f32[8]", "s32[]") + "\n  ROOT r = f32[9] dynamic-slice(p0, p1), "
                                              "dynamic_slice_sizes={9}", E022),
    "dynamic-slice without sizes": (p("f32[8]", "s32[]") + "\n  ROOT r = f32[2] dynamic-slice(p0, p1)", E012),
    "dynamic-update-slice with a larger update": (p("f32[4]", "f32[5]", "s32[]") +
                                                  "\n  ROOT r = f32[4] dynamic-update-slice(p0, p1, p2)", E021),
    "concatenate differing in another dim": (p("f32[2,3]", "f32[2,4]") +
                                             "\n  ROOT r = f32[4,3] concatenate(p0, p1), dimensions={0}", E021),
    "concatenate along two dims": (p("f32[2,3]", "f32[2,3]") +
                                   "\n  ROOT r = f32[4,3] concatenate(p0, p1), dimensions={0,1}", E022),
    "pad to a negative size": (p("f32[2]", "f32[]") + "\n  ROOT r = f32[2] pad(p0, p1), padding=-3_0", E022),
    "pad with a vector padding value": (p("f32[2]", "f32[1]") + "\n  ROOT r = f32[2] pad(p0, p1), padding=0_0", E021),
    "iota dimension out of range": ("  ROOT r = s32[4,5] iota(), iota_dimension=2", E022),
    "iota without a dimension": ("  ROOT r = s32[4,5] iota()", E012),
    "get-dimension-size out of range": (p("f32[8]") + "\n  ROOT r = s32[] get-dimension-size(p0), dimensions={1}",
                                        E022),
    "set-dimension-size with an s64 size": (p("f32[8]", "s64[]") +
                                            "\n  ROOT r = f32[<=8] set-dimension-size(p0, p1), dimensions={0}", E021),
    # gather / scatter
    "gather slice larger than the operand": (p("f32[5,4]", "s32[3,1]") + "\n  ROOT r = f32[3,5] gather(p0, p1), "
                                             "offset_dims={1}, collapsed_slice_dims={0}, start_index_map={0}, "
                                             "index_vector_dim=1, slice_sizes={1,5}", E022),
    "gather collapsing a wide slice": (p("f32[5,4]", "s32[3,1]") + "\n  ROOT r = f32[3] gather(p0, p1), "
                                       "offset_dims={}, collapsed_slice_dims={0,1}, start_index_map={0}, "
                                       "index_vector_dim=1, slice_sizes={1,4}", E022),
    "gather with a float index": (p("f32[5,4]", "f32[3,1]") + "\n  ROOT r = f32[3,4] gather(p0, p1), "
                                  "offset_dims={1}, collapsed_slice_dims={0}, start_index_map={0}, "
                                  "index_vector_dim=1, slice_sizes={1,4}", E021),
    "gather without slice sizes": (p("f32[5,4]", "s32[3,1]") + "\n  ROOT r = f32[3,4] gather(p0, p1), "
                                   "offset_dims={1}, collapsed_slice_dims={0}, start_index_map={0}, "
                                   "index_vector_dim=1", E012),
    "scatter update wider than the operand": (p("f32[5,4]", "s32[3,1]", "f32[3,5]") +
                                              "\n  ROOT r = f32[5,4] scatter(p0, p1, p2), update_window_dims={1}, "
                                              "inserted_window_dims={0}, scatter_dims_to_operand_dims={0}, "
                                              "index_vector_dim=1, to_apply=add_f32", E021),
    "scatter with a reducer of the wrong type": (p("f32[5,4]", "s32[3,1]", "f32[3,4]") +
                                                 "\n  ROOT r = f32[5,4] scatter(p0, p1, p2), update_window_dims={1}, "
                                                 "inserted_window_dims={0}, scatter_dims_to_operand_dims={0}, "
                                                 "index_vector_dim=1, to_apply=add_s32", E023),
    "scatter with an even operand count": (p("f32[5]", "s32[2,1]", "f32[2]", "f32[2]") +
                                           "\n  ROOT r = f32[5] scatter(p0, p1, p2, p3), update_window_dims={}, "
                                           "inserted_window_dims={0}, scatter_dims_to_operand_dims={0}, "
                                           "index_vector_dim=1, to_apply=add_f32", E014),
    # reductions
    "reduce with a two-parameter reducer for two inputs": (p("f32[4]", "s32[4]", "f32[]", "s32[]") +
                                                           "\n  ROOT r = (f32[], s32[]) reduce(p0, p1, p2, p3), "
                                                           "dimensions={0}, to_apply=add_f32", E023),
    "reduce with an s32 reducer on f32": (p("f32[4]", "f32[]") + "\n  ROOT r = f32[] reduce(p0, p1), dimensions={0}, "
                                          "to_apply=add_s32", E023),
    "reduce dimension out of range": (p("f32[4]", "f32[]") + "\n  ROOT r = f32[] reduce(p0, p1), dimensions={1}, "
                                      "to_apply=add_f32", E022),
    "reduce repeating a dimension": (p("f32[4,2]", "f32[]") + "\n  ROOT r = f32[2] reduce(p0, p1), "
                                     "dimensions={0,0}, to_apply=add_f32", E022),
    "reduce with an odd operand count": (p("f32[4]", "f32[4]", "f32[]") +
                                         "\n  ROOT r = f32[] reduce(p0, p1, p2), dimensions={0}, to_apply=add_f32",
                                         E014),
    "reduce without to_apply": (p("f32[4]", "f32[]") + "\n  ROOT r = f32[] reduce(p0, p1), dimensions={0}", E012),
    "reduce-window of the wrong window rank": (p("f32[4,8]", "f32[]") + "\n  ROOT r = f32[2] reduce-window(p0, p1), "
                                               "window={size=2 stride=2}, to_apply=add_f32", E022),
    "select-and-scatter with a wrong source": (p("f32[4,4]", "f32[3,3]", "f32[]") +
                                               "\n  ROOT r = f32[4,4] select-and-scatter(p0, p1, p2), "
                                               "window={size=2x2 stride=2x2}, select=ge_f32, scatter=add_f32", E021),
    "select-and-scatter with a non-pred select": (p("f32[4,4]", "f32[2,2]", "f32[]") +
                                                  "\n  ROOT r = f32[4,4] select-and-scatter(p0, p1, p2), "
                                                  "window={size=2x2 stride=2x2}, select=add_f32, scatter=add_f32",
                                                  E023),
    "sort comparator not returning pred": (p("f32[10]") + "\n  ROOT r = f32[10] sort(p0), dimensions={0}, "
                                           "to_apply=add_f32", E023),
    "sort along two dimensions": (p("f32[2,10]") + "\n  ROOT r = f32[2,10] sort(p0), dimensions={0,1}, "
                                  "to_apply=lt_f32", E022),
    "sort keys and values of other dims": (p("f32[10]", "s32[9]") + "\n  ROOT r = (f32[10], s32[9]) sort(p0, p1), "
                                           "dimensions={0}, to_apply=lt_kv", E021),
    "topk with k too large": (p("f32[5,10]") + "\n  ROOT r = (f32[5,11], s32[5,11]) topk(p0), k=11", E022),
    "map with the wrong arity": (p("f32[3]") + "\n  ROOT r = f32[3] map(p0), dimensions={0}, to_apply=add_f32", E023),
    # control flow
    "while body returning another shape": (p("(s32[], f32[4])") +
                                           "\n  ROOT r = (s32[], f32[4]) while(p0), condition=cond, body=bad_body",
                                           E023),
    "while condition not returning pred": (p("(s32[], f32[4])") +
                                           "\n  ROOT r = (s32[], f32[4]) while(p0), condition=body, body=body", E023),
    "while on another state": (p("(s32[], f32[3])") +
                               "\n  ROOT r = (s32[], f32[3]) while(p0), condition=cond, body=body", E023),
    "conditional branches returning different shapes": (p("s32[]", "f32[4]", "f32[4]") +
                                                         "\n  ROOT r = f32[4] conditional(p0, p1, p2), "
                                                         "branch_computations={branch_neg, branch_sum}", E023),
    "conditional branch parameter mismatch": (p("s32[]", "f32[4]", "f32[4]") +
                                              "\n  ROOT r = f32[4] conditional(p0, p1, p2), "
                                              "branch_computations={branch_neg, branch_s32}", E023),
    "conditional with a missing operand": (p("s32[]", "f32[4]") + "\n  ROOT r = f32[4] conditional(p0, p1), "
                                           "branch_computations={branch_neg, branch_abs}", E014),
    "call with wrong argument shapes": (p("f32[4]", "f32[3]") + "\n  ROOT r = f32[4] call(p0, p1), to_apply=scale2",
                                        E023),
    "call with too few arguments": (p("f32[4]") + "\n  ROOT r = f32[4] call(p0), to_apply=scale2", E023),
    "get-tuple-element out of range": (p("(f32[4], s32[])") + "\n  ROOT r = s32[] get-tuple-element(p0), index=2",
                                       E022),
    "get-tuple-element of an array": (p("f32[4]") + "\n  ROOT r = f32[4] get-tuple-element(p0), index=0", E021),
    # linear algebra
    "dot with different contracting sizes": (p("f32[4,2]", "f32[3,8]") + "\n  ROOT r = f32[4,8] dot(p0, p1), "
                                             "lhs_contracting_dims={1}, rhs_contracting_dims={0}", E021),
    "dot contracting dimension out of range": (p("f32[4,2]", "f32[2,8]") + "\n  ROOT r = f32[4,8] dot(p0, p1), "
                                               "lhs_contracting_dims={2}, rhs_contracting_dims={0}", E022),
    "dot with unequal contracting counts": (p("f32[4,2]", "f32[2,8]") + "\n  ROOT r = f32[4,8] dot(p0, p1), "
                                            "lhs_contracting_dims={1}, rhs_contracting_dims={}", E022),
    "dot with different batch sizes": (p("f32[3,4,2]", "f32[5,2,8]") + "\n  ROOT r = f32[3,4,8] dot(p0, p1), "
                                       "lhs_batch_dims={0}, lhs_contracting_dims={2}, rhs_batch_dims={0}, "
                                       "rhs_contracting_dims={1}", E021),
    "dot with a dimension both batch and contracting": (p("f32[2,2]", "f32[2,2]") + "\n  ROOT r = f32[2] dot(p0, p1), "
                                                        "lhs_batch_dims={0}, lhs_contracting_dims={0}, "
                                                        "rhs_batch_dims={0}, rhs_contracting_dims={1}", E022),
    "dot with three precisions": (p("f32[4,2]", "f32[2,8]") + "\n  ROOT r = f32[4,8] dot(p0, p1), "
                                  "lhs_contracting_dims={1}, rhs_contracting_dims={0}, "
                                  "operand_precision={default,default,default}", E022),
    "ragged-dot with a wrong group count": (p("f32[11,5]", "f32[4,5,7]", "s32[3]") +
                                            "\n  ROOT r = f32[11,7] ragged-dot(p0, p1, p2), lhs_contracting_dims={1}, "
                                            "rhs_contracting_dims={1}, lhs_ragged_dims={0}, rhs_group_dims={0}", E021),
    "ragged-dot without a ragged dim": (p("f32[11,5]", "f32[3,5,7]", "s32[3]") +
                                        "\n  ROOT r = f32[11,7] ragged-dot(p0, p1, p2), lhs_contracting_dims={1}, "
                                        "rhs_contracting_dims={1}, rhs_group_dims={0}", E012),
    "scaled-dot with a scale of another rank": (p("f8e4m3fn[32,256]", "f8e4m3fn[16,256]", "f8e8m0fnu[32]",
                                                  "f8e8m0fnu[16,8]") +
                                                "\n  ROOT r = f32[32,16] scaled-dot(p0, p1, p2, p3), "
                                                "lhs_contracting_dims={1}, rhs_contracting_dims={1}", E021),
    "convolution with mismatched features": (p("f32[1,8,8,3]", "f32[3,3,4,16]") +
                                             "\n  ROOT r = f32[1,6,6,16] convolution(p0, p1), window={size=3x3}, "
                                             "dim_labels=b01f_01io->b01f", E021),
    "convolution window unlike the kernel": (p("f32[1,8,8,3]", "f32[3,3,3,16]") +
                                             "\n  ROOT r = f32[1,7,7,16] convolution(p0, p1), window={size=2x2}, "
                                             "dim_labels=b01f_01io->b01f", E022),
    "convolution with both group counts": (p("f32[4,8,8,4]", "f32[3,3,1,4]") +
                                           "\n  ROOT r = f32[2,6,6,4] convolution(p0, p1), window={size=3x3}, "
                                           "dim_labels=b01f_01io->b01f, feature_group_count=4, batch_group_count=2",
                                           E022),
    "convolution with a wrong window rank": (p("f32[1,8,8,3]", "f32[3,3,3,16]") +
                                             "\n  ROOT r = f32[1,6,6,16] convolution(p0, p1), window={size=3}, "
                                             "dim_labels=b01f_01io->b01f", E022),
    "convolution of the wrong rank": (p("f32[8,8,3]", "f32[3,3,3,16]") +
                                      "\n  ROOT r = f32[1,6,6,16] convolution(p0, p1), window={size=3x3}, "
                                      "dim_labels=b01f_01io->b01f", E021),
    "convolution without dim_labels": (p("f32[1,8,8,3]", "f32[3,3,3,16]") +
                                       "\n  ROOT r = f32[1,6,6,16] convolution(p0, p1), window={size=3x3}", E012),
    "fft of a real operand": (p("f32[8]") + "\n  ROOT r = c64[8] fft(p0), fft_type=FFT, fft_length={8}", E021),
    "rfft of a complex operand": (p("c64[8]") + "\n  ROOT r = c64[5] fft(p0), fft_type=RFFT, fft_length={8}", E021),
    "rfft length unlike the operand": (p("f32[8]") + "\n  ROOT r = c64[5] fft(p0), fft_type=RFFT, fft_length={6}",
                                       E022),
    "irfft with a wrong innermost dim": (p("c64[4,4]") + "\n  ROOT r = f32[4,8] fft(p0), fft_type=IRFFT, "
                                         "fft_length={8}", E022),
    "fft of rank four": (p("c64[2,2,2,2]") + "\n  ROOT r = c64[2,2,2,2] fft(p0), fft_type=FFT, "
                         "fft_length={2,2,2,2}", E022),
    "cholesky of a non-square matrix": (p("f32[4,3]") + "\n  ROOT r = f32[4,3] cholesky(p0)", E021),
    "cholesky of integers": (p("s32[4,4]") + "\n  ROOT r = s32[4,4] cholesky(p0)", E021),
    "triangular-solve with a mismatched side": (p("f32[4,4]", "f32[4,3]") +
                                                "\n  ROOT r = f32[4,3] triangular-solve(p0, p1), left_side=false, "
                                                "transpose_a=NO_TRANSPOSE", E021),
    "triangular-solve with a bad transpose": (p("f32[4,4]", "f32[4,3]") +
                                              "\n  ROOT r = f32[4,3] triangular-solve(p0, p1), left_side=true, "
                                              "transpose_a=SIDEWAYS", E022),
    "batch-norm feature index out of range": (p("f32[2,3]", "f32[3]", "f32[3]") +
                                              "\n  ROOT r = (f32[2,3], f32[3], f32[3]) batch-norm-training(p0, p1, p2), "
                                              "epsilon=0.001, feature_index=2", E022),
    "batch-norm scale of the wrong size": (p("f32[2,3]", "f32[4]", "f32[3]") +
                                           "\n  ROOT r = (f32[2,3], f32[3], f32[3]) batch-norm-training(p0, p1, p2), "
                                           "epsilon=0.001, feature_index=1", E021),
    "batch-norm without epsilon": (p("f32[2,3]", "f32[3]", "f32[3]") +
                                   "\n  ROOT r = (f32[2,3], f32[3], f32[3]) batch-norm-training(p0, p1, p2), "
                                   "feature_index=1", E012),
    # random numbers
    "rng_normal of integers": (p("s32[]", "s32[]") + "\n  ROOT r = s32[4] rng(p0, p1), distribution=rng_normal",
                               E021),
    "rng with vector parameters": (p("f32[2]", "f32[2]") + "\n  ROOT r = f32[4] rng(p0, p1), "
                                   "distribution=rng_uniform", E021),
    "rng-bit-generator returning an array": (p("u64[2]") + "\n  ROOT r = u32[8] rng-bit-generator(p0), "
                                             "algorithm=rng_default", E020),
    "rng-bit-generator without algorithm": (p("u64[2]") + "\n  ROOT r = (u64[2], u32[8]) rng-bit-generator(p0)",
                                            E012),
    # collectives
    "reduce-scatter of an indivisible dim": (p("f32[7]") + "\n  ROOT r = f32[3] reduce-scatter(p0), dimensions={0}, "
                                             "replica_groups={{0,1}}, to_apply=add_f32", E021),
    "all-gather dimension out of range": (p("f32[4]") + "\n  ROOT r = f32[8] all-gather(p0), dimensions={1}, "
                                          "replica_groups={{0,1}}", E022),
    "all-reduce with a vector reducer": (p("f32[4]") + "\n  ROOT r = f32[4] all-reduce(p0), replica_groups={}, "
                                         "to_apply=scale2", E023),
    "tuple all-to-all of different shapes": (p("f32[4]", "f32[2]") + "\n  ROOT r = (f32[4], f32[2]) all-to-all(p0, p1), "
                                             "replica_groups={{0,1}}", E021),
    "ragged-all-to-all with float offsets": (p("f32[8]", "f32[8]", "f32[2]", "s64[2]", "s64[2]", "s64[2]") +
                                             "\n  ROOT r = f32[8] ragged-all-to-all(p0, p1, p2, p3, p4, p5)", E021),
    # tokens and host transfers
    "send without a token": (p("f32[4]", "f32[4]") + "\n  ROOT r = (f32[4], u32[], token[]) send(p0, p1), "
                             "channel_id=1", E021),
    "infeed returning an array": ("  t = token[] after-all()\n  ROOT r = f32[4] infeed(t)", E020),
}


@pytest.mark.parametrize("body, code", INVALID.values(), ids=INVALID.keys())
def test_invalid_instruction_raises_exact_code(body, code):
    assert error_code(body) == code


def test_async_done_of_an_array():
    """Text cannot say it (the parser refuses an async-done of anything but an async op, NCC-E026);
    a module read from a protobuf can, and the rule refuses it."""
    array = root(p("f32[4]") + "\n  ROOT r = f32[4] negate(p0)").operands[0]
    with pytest.raises(ShapeRuleError) as info:
        infer_shape(Instruction("r", Opcode.ASYNC_DONE, array.shape, operands=[array]))
    assert info.value.code == E021


def test_conditional_with_a_pred_index_and_branch_computations():
    """The parser refuses this text (XLA's: branch_computations is unexpected with a pred index);
    from a protobuf the rule refuses it."""
    cond = root(p("s32[]", "f32[4]", "f32[4]") + "\n  ROOT r = f32[4] conditional(p0, p1, p2), "
                "branch_computations={branch_neg, branch_abs}")
    cond.operands[0] = Instruction("b", Opcode.PARAMETER, Shape.scalar(ElementType.PRED), parameter_number=0)
    with pytest.raises(ShapeRuleError) as info:
        infer_shape(cond)
    assert info.value.code == E021


# ---------------------------------------------------------------------------------------------
# Result types that come from the declared shape, and shapes the verifier then rejects
# ---------------------------------------------------------------------------------------------

def test_integer_dot_cannot_narrow_so_the_inferred_type_stays_wide():
    body = p("s32[4,2]", "s32[2,8]") + "\n  ROOT r = s8[4,8] dot(p0, p1), lhs_contracting_dims={1}, " \
                                       "rhs_contracting_dims={0}"
    assert inferred(body) == "s32[4,8]"


def test_all_gather_result_that_is_not_a_multiple_of_the_group_is_inferred_from_the_group():
    body = p("f32[4,2]") + "\n  ROOT r = f32[12,2] all-gather(p0), dimensions={0}, replica_groups={{0,1,2,3}}"
    assert inferred(body) == "f32[16,2]"


def test_rules_that_need_the_declared_shape_say_so():
    inst = root(p("s32[2]") + "\n  ROOT r = f32[2] convert(p0)")
    inst.shape = SHAPE_LEFT_OUT  # how the parser marks a result shape the text left out
    with pytest.raises(ShapeRuleError) as info:
        infer_shape(inst)
    assert info.value.code == E012 and "result shape" in info.value.message


def test_parser_infers_omitted_result_shapes_with_these_rules():
    inst = root(p("f32[4,2]", "f32[2,8]") + "\n  ROOT r = dot(p0, p1), lhs_contracting_dims={1}, "
                                            "rhs_contracting_dims={0}")
    assert inst.shape.text(with_layout=False) == "f32[4,8]"


@pytest.mark.parametrize("body", [
    p("f32[?,3]", "f32[3,?]") + "\n  ROOT r = f32[?,?] dot(p0, p1), lhs_contracting_dims={1}, rhs_contracting_dims={0}",
    p("f32[?,4]", "f32[]") + "\n  ROOT r = f32[?] reduce(p0, p1), dimensions={1}, to_apply=add_f32",
    p("f32[?]") + "\n  ROOT r = f32[2,?] broadcast(p0), dimensions={1}",
    p("f32[?]", "f32[?]") + "\n  ROOT r = f32[?] concatenate(p0, p1), dimensions={0}",
    p("f32[?,8]") + "\n  ROOT r = f32[?,4] slice(p0), slice={[0:1], [0:8:2]}",
    p("f32[?]", "f32[]") + "\n  ROOT r = f32[?] pad(p0, p1), padding=1_1",
    p("f32[?,8]", "f32[]") + "\n  ROOT r = f32[?,4] reduce-window(p0, p1), window={size=1x2 stride=1x2}, "
                             "to_apply=add_f32",
    p("f32[1,?,8,3]", "f32[3,3,3,16]") + "\n  ROOT r = f32[1,?,6,16] convolution(p0, p1), window={size=3x3}, "
                                         "dim_labels=b01f_01io->b01f",
    p("f32[?,4]", "s32[]", "s32[]") + "\n  ROOT r = f32[2,4] dynamic-slice(p0, p1, p2), dynamic_slice_sizes={2,4}",
    p("f32[<=8,?]") + "\n  ROOT r = f32[?,<=8] transpose(p0), dimensions={1,0}",
], ids=["dot", "reduce", "broadcast", "concatenate", "slice", "pad", "reduce-window", "convolution",
        "dynamic-slice", "transpose"])
def test_dynamic_dimensions_are_inferred_without_crashing(body):
    inst = root(body)
    shape = infer_shape(inst)
    assert shapes_match(inst.shape, shape)

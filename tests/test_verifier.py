"""The module verifier: real models verify cleanly, malformed modules give precise diagnostics."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES

import pytest

from helpers import JAX_CORPUS, REPO, hloenv_files, jax_text_files
from nccd.compiler.diagnostics import REGISTRY, HloError, Severity
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.ir import module as module_of_ir
from nccd.compiler.ir import shape_rules
from nccd.compiler.ir.attrs import Raw
from nccd.compiler.ir.dtypes import ElementType
from nccd.compiler.ir.module import Computation, Instruction, Literal, Metadata, Module
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.ir.shapes import Shape
from nccd.compiler.ir.verifier import verify_module

F32_4 = Shape.array(ElementType.F32, (4,))


def errors(module: Module) -> list:
    return [d for d in verify_module(module) if d.is_error]


def codes(text: str) -> list[str]:
    return [d.code for d in verify_module(parse_hlo_text(text))]


def entry(body: str, header: str = "HloModule m", computations: str = "") -> str:
    return f"{header}\n{computations}\nENTRY main {{\n{body}\n}}\n"


# ---------------------------------------------------------------------------------------------
# Real models verify without errors
# ---------------------------------------------------------------------------------------------

@pytest.mark.needs_shared
@pytest.mark.parametrize("path", hloenv_files(), ids=lambda p: p.name[-60:])
def test_hloenv_corpus_verifies(path):
    module = parse_hlo_text(path.read_text(), str(path))
    assert [d.format() for d in errors(module)] == []


@pytest.mark.needs_shared
def test_hloenv_corpus_is_complete():
    assert len(hloenv_files()) == 81


@pytest.mark.parametrize("path", jax_text_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_jax_corpus_text_verifies(path):
    module = parse_hlo_text(path.read_text(), str(path))
    assert [d.format() for d in errors(module)] == []


@pytest.mark.parametrize("path", sorted(JAX_CORPUS.glob("*/*.pb")), ids=lambda p: p.parent.name)
def test_jax_corpus_protos_verify(path):
    assert [d.format() for d in errors(load_module(str(path)))] == []


#: Ops whose result dimensions are read from the declared shape (nothing to contradict).
_FREE_DIMS = {Opcode.IOTA, Opcode.RNG, Opcode.RNG_BIT_GENERATOR}
_MUTATED_MODELS = ["ops_coverage_collectives", "ops_coverage_fft", "ops_coverage_dot_conv", "ops_coverage_shape",
                   "cond_branches", "scan_rnn", "sort_topk", "gather_scatter", "ops_coverage_reduce"]


def _grown(shape: Shape, axis: int = 0) -> Shape | None:
    """``shape`` with dimension ``axis`` one larger (in the last tuple element for tuples)."""
    if shape.is_tuple:
        inner = _grown(shape.tuple_shapes[-1], axis) if shape.tuple_shapes else None
        return None if inner is None else Shape.tuple_of(list(shape.tuple_shapes[:-1]) + [inner])
    if not shape.is_array or shape.rank <= axis:
        return None
    dims = list(shape.dims)
    dims[axis] += 1
    return Shape.array(shape.element_type, dims)


@pytest.mark.parametrize("name", _MUTATED_MODELS)
def test_any_wrong_result_dimension_in_a_real_model_is_caught(name):
    path = JAX_CORPUS / name / "short.hlo.txt"
    if not path.exists():
        pytest.skip(f"{path} not generated")
    module = parse_hlo_text(path.read_text())
    checked = 0
    for comp in module.computations.values():
        for inst in comp.instructions:
            if inst.opcode in _FREE_DIMS or shape_rules.infer_shape(inst) is None:
                continue
            mapped = inst.attrs.get("dimensions") if inst.opcode is Opcode.BROADCAST else (0,)
            grown = _grown(inst.shape, mapped[0]) if mapped else None  # a broadcast's new dims are free
            if grown is None:
                continue
            original, inst.shape = inst.shape, grown
            try:
                found = [d for d in errors(module) if d.instruction == inst.name and d.computation == comp.name]
            finally:
                inst.shape = original
            assert found, f"{inst.opcode.text} '{inst.name}' declared {grown} was not caught"
            checked += 1
    assert checked >= 8


def test_elided_constants_give_one_warning_with_the_count():
    text = entry("  a = f32[20] constant({...})\n  b = f32[20] constant({...})\n"
                 "  ROOT c = f32[20] add(a, b)")
    diags = verify_module(parse_hlo_text(text))
    assert [d.code for d in diags] == ["NCC-W001"]
    assert diags[0].severity is Severity.WARNING
    assert diags[0].data["count"] == 2 and diags[0].instruction == "a"


# ---------------------------------------------------------------------------------------------
# Wrong result shapes: NCC-E020 at the instruction's position
# ---------------------------------------------------------------------------------------------

DOT = """HloModule m

ENTRY main {
  a = f32[4,2] parameter(0)
  b = f32[2,8] parameter(1)
  ROOT d = f32[4,4] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}
}
"""


def test_wrong_dot_result_shape_is_reported_at_its_line_and_column():
    module = parse_hlo_text(DOT, "model.hlo")
    module.source_path = "model.hlo"  # as load_module sets it
    (diag,) = verify_module(module)
    assert diag.code == "NCC-E020"
    assert diag.message == ("result shape f32[4,4] does not match the inferred shape f32[4,8] of "
                            "dot(f32[4,2] a, f32[2,8] b)")
    assert (diag.line, diag.column) == (6, DOT.splitlines()[5].index("d =") + 1)
    assert (diag.instruction, diag.computation, diag.file) == ("d", "main", "model.hlo")
    assert diag.data == {"opcode": "dot", "declared": "f32[4,4]", "inferred": "f32[4,8]"}
    assert diag.neuron_code == "EVRF064"


@pytest.mark.parametrize("body", [
    "  p = f32[4] parameter(0)\n  ROOT r = f32[4] compare(p, p), direction=LT",
    "  p = f32[2,3] parameter(0)\n  ROOT r = f32[2,3] transpose(p), dimensions={1,0}",
    "  p = f32[2,3] parameter(0)\n  z = f32[] constant(0)\n"
    "  ROOT r = f32[2,3] reduce(p, z), dimensions={1}, to_apply=sum",
    "  p = f32[1,8,8,3] parameter(0)\n  k = f32[3,3,3,16] parameter(1)\n"
    "  ROOT r = f32[1,8,8,16] convolution(p, k), window={size=3x3}, dim_labels=b01f_01io->b01f",
    "  p = f32[10] parameter(0)\n  ROOT r = f32[3] slice(p), slice={[0:10:3]}",
    "  p = s32[4,2] parameter(0)\n  ROOT r = f32[2,4] convert(p)",
    "  p = f32[3] parameter(0)\n  ROOT r = (f32[3], s32[3]) tuple(p, p)",
])
def test_result_shape_mismatches(body):
    sum_comp = "sum {\n  a = f32[] parameter(0)\n  b = f32[] parameter(1)\n  ROOT s = f32[] add(a, b)\n}\n"
    assert codes(entry(body, computations=sum_comp)) == ["NCC-E020"]


def test_layouts_and_dynamism_do_not_count_as_mismatches():
    text = entry("  p = f32[2,3]{0,1} parameter(0)\n  q = f32[<=4] parameter(1)\n"
                 "  t = f32[3,2]{0,1} transpose(p), dimensions={1,0}\n  ROOT r = f32[4] negate(q)")
    assert codes(text) == []


def test_each_bad_instruction_is_reported_once_and_later_ones_still_checked():
    text = entry("  p = f32[4] parameter(0)\n  a = f32[5] negate(p)\n  b = f32[5] exponential(a)\n"
                 "  ROOT c = s32[5] sine(b)")
    diags = verify_module(parse_hlo_text(text))
    assert [(d.code, d.instruction) for d in diags] == [("NCC-E020", "a"), ("NCC-E020", "c")]


# ---------------------------------------------------------------------------------------------
# Operand and attribute errors carry the rule's code
# ---------------------------------------------------------------------------------------------

def test_operand_shape_mismatch():
    text = entry("  a = f32[4] parameter(0)\n  b = f32[5] parameter(1)\n  ROOT c = f32[4] add(a, b)")
    (diag,) = verify_module(parse_hlo_text(text))
    assert diag.code == "NCC-E021" and "f32[4] and f32[5]" in diag.message and diag.instruction == "c"


def test_dot_with_bad_contracting_dims():
    text = entry("  a = f32[4,2] parameter(0)\n  b = f32[3,8] parameter(1)\n"
                 "  ROOT d = f32[4,8] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}")
    (diag,) = verify_module(parse_hlo_text(text))
    assert diag.code == "NCC-E021" and "contracting" in diag.message
    text = text.replace("lhs_contracting_dims={1}", "lhs_contracting_dims={3}")
    assert codes(text) == ["NCC-E022"]


def test_missing_required_attribute():
    text = entry("  a = f32[2,3] parameter(0)\n  ROOT t = f32[3,2] transpose(a)")
    assert codes(text) == ["NCC-E012"]


def test_called_computation_with_the_wrong_signature():
    comps = ("body {\n  s = f32[4] parameter(0)\n  ROOT n = f32[3] slice(s), slice={[0:3]}\n}\n"
             "cond {\n  s = f32[4] parameter(0)\n  ROOT t = pred[] constant(true)\n}\n")
    text = entry("  p = f32[4] parameter(0)\n  ROOT w = f32[4] while(p), condition=cond, body=body",
                 computations=comps)
    (diag,) = verify_module(parse_hlo_text(text))
    assert diag.code == "NCC-E023" and diag.instruction == "w" and "body result" in diag.message


def test_wrong_operand_count_is_reported_without_running_the_shape_rule():
    text = entry("  a = f32[4] parameter(0)\n  ROOT c = f32[4] add(a)")
    (diag,) = verify_module(parse_hlo_text(text))
    assert diag.code == "NCC-E014" and "add takes 2 operand(s)" in diag.message


def test_diagnostic_carries_the_framework_source_location():
    text = entry('  a = f32[4] parameter(0)\n  ROOT c = f32[5] negate(a), '
                 'metadata={op_name="jit(f)/neg" source_file="/src/model.py" source_line=12}')
    (diag,) = verify_module(parse_hlo_text(text))
    assert diag.source is not None and (diag.source.file, diag.source.line) == ("/src/model.py", 12)


def test_every_reported_code_is_registered():
    text = entry("  a = f32[4] parameter(0)\n  b = f32[4] parameter(2)\n  ROOT c = f32[4] add(a, b, b)")
    diags = verify_module(parse_hlo_text(text))
    assert diags and all(d.code in REGISTRY for d in diags)


# ---------------------------------------------------------------------------------------------
# Parameters, signatures, constants
# ---------------------------------------------------------------------------------------------

def test_duplicate_parameter_numbers():
    # text with a repeated number is refused by the parser, as by XLA's; a module read from a
    # protobuf (or built in memory) can still have one, and the verifier reports it
    text = entry("  a = f32[4] parameter(0)\n  b = f32[4] parameter(1)\n  ROOT c = f32[4] add(a, b)")
    module = parse_hlo_text(text)
    module.entry.instruction("b").parameter_number = 0
    (diag,) = verify_module(module)
    assert diag.code == "NCC-E024" and diag.instruction == "b"
    with pytest.raises(HloError, match="parameter number 0"):
        parse_hlo_text(text.replace("parameter(1)", "parameter(0)"))


def test_parameter_numbers_with_a_gap():
    text = entry("  a = f32[4] parameter(0)\n  b = f32[4] parameter(2)\n  ROOT c = f32[4] add(a, b)")
    (diag,) = verify_module(parse_hlo_text(text))
    assert diag.code == "NCC-E024" and "0..1" in diag.message


def test_entry_computation_layout_must_match_the_entry():
    body = "  a = f32[4] parameter(0)\n  ROOT c = f32[4] negate(a)"
    good = "HloModule m, entry_computation_layout={(f32[4]{0})->f32[4]{0}}"
    assert codes(entry(body, header=good)) == []
    assert codes(entry(body, header="HloModule m, entry_computation_layout={(f32[5]{0})->f32[4]{0}}")) \
        == ["NCC-E025"]
    assert codes(entry(body, header="HloModule m, entry_computation_layout={(f32[4]{0})->s32[4]{0}}")) \
        == ["NCC-E025"]
    assert codes(entry(body, header="HloModule m, entry_computation_layout={()->f32[4]{0}}")) == ["NCC-E025"]


def _module(*instructions: Instruction, root: Instruction | None = None) -> Module:
    module = Module("m")
    module.add_computation(Computation("main", list(instructions), root=root, is_entry=True))
    return module


def test_constant_literal_with_the_wrong_element_count():
    const = Instruction("c", Opcode.CONSTANT, F32_4, literal=Literal(F32_4, [1.0, 2.0]))
    (diag,) = errors(_module(const))
    assert diag.code == "NCC-E013" and "2 value(s)" in diag.message


def test_constant_literal_of_another_shape():
    other = Shape.array(ElementType.S32, (4,))
    const = Instruction("c", Opcode.CONSTANT, F32_4, literal=Literal(other, [1, 2, 3, 4]))
    assert [d.code for d in errors(_module(const))] == ["NCC-E013"]


def test_constant_without_a_literal():
    assert [d.code for d in errors(_module(Instruction("c", Opcode.CONSTANT, F32_4)))] == ["NCC-E013"]


# ---------------------------------------------------------------------------------------------
# Graphs only a proto can encode: cycles, foreign operands
# ---------------------------------------------------------------------------------------------

def test_operand_cycle():
    p = Instruction("p", Opcode.PARAMETER, F32_4, parameter_number=0)
    a = Instruction("a", Opcode.ADD, F32_4, [p, p])
    b = Instruction("b", Opcode.NEGATE, F32_4, [a])
    a.operands[1] = b
    diags = errors(_module(p, a, b, root=b))
    assert [d.code for d in diags] == ["NCC-E008"]
    assert "a -> b -> a" in diags[0].message or "b -> a -> b" in diags[0].message


def test_control_predecessor_cycle():
    p = Instruction("p", Opcode.PARAMETER, F32_4, parameter_number=0)
    a = Instruction("a", Opcode.NEGATE, F32_4, [p])
    b = Instruction("b", Opcode.NEGATE, F32_4, [a])
    a.control_predecessors.append(b)
    assert [d.code for d in errors(_module(p, a, b, root=b))] == ["NCC-E008"]


def test_self_loop():
    a = Instruction("a", Opcode.NEGATE, F32_4)
    a.operands.append(a)
    assert [d.code for d in errors(_module(a))] == ["NCC-E008"]


def test_computation_call_cycle():
    module = Module("m")
    f = Computation("f", [Instruction("x", Opcode.PARAMETER, F32_4, parameter_number=0)])
    g = Computation("g", [Instruction("y", Opcode.PARAMETER, F32_4, parameter_number=0)])
    call_g = Instruction("cg", Opcode.CALL, F32_4, [f.instructions[0]], attrs={"to_apply": g})
    call_f = Instruction("cf", Opcode.CALL, F32_4, [g.instructions[0]], attrs={"to_apply": f})
    f.add(call_g)
    f.root = call_g
    g.add(call_f)
    g.root = call_f
    module.add_computation(f)
    module.add_computation(g)
    g.is_entry, module.entry = True, g
    assert [d.code for d in errors(module)] == ["NCC-E008"]


def test_operand_from_another_computation():
    outside = Instruction("o", Opcode.PARAMETER, F32_4, parameter_number=0)
    Computation("other", [outside])
    neg = Instruction("n", Opcode.NEGATE, F32_4, [outside])
    (diag,) = errors(_module(neg))
    assert diag.code == "NCC-E004" and "another computation" in diag.message


# ---------------------------------------------------------------------------------------------
# The verifier never raises
# ---------------------------------------------------------------------------------------------

def test_malformed_attribute_values_become_diagnostics():
    p = Instruction("p", Opcode.PARAMETER, F32_4, parameter_number=0)
    b = Instruction("b", Opcode.BROADCAST, Shape.array(ElementType.F32, (2, 4)), [p],
                    attrs={"dimensions": Raw("{x}")})
    assert [d.code for d in errors(_module(p, b))] == ["NCC-E022"]


def test_missing_operand_and_missing_shape():
    """IR built by hand with holes (no reader makes it: the parser and the proto reader refuse an
    undefined operand) is reported, not a crash, where Python lets it be built. A mypyc build
    (setup.py) enforces Instruction's annotations: a None shape is refused when it is built."""
    p = Instruction("p", Opcode.PARAMETER, F32_4, parameter_number=0)
    if str(module_of_ir.__file__).endswith(tuple(EXTENSION_SUFFIXES)):
        with pytest.raises(TypeError):
            Instruction("n", Opcode.NEGATE, None, [p])
        pytest.skip("compiled IR classes: an instruction without a shape cannot be built")
    add = Instruction("a", Opcode.ADD, F32_4, [p, None])
    neg = Instruction("n", Opcode.NEGATE, None, [p])
    diags = errors(_module(p, add, neg))
    assert [(d.code, d.instruction) for d in diags] == [("NCC-E004", "a"), ("NCC-E020", "n")]


def test_a_crashing_rule_becomes_an_e022_diagnostic(monkeypatch):
    def broken(inst):
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(shape_rules.SHAPE_RULES, Opcode.NEGATE, broken)
    text = entry("  a = f32[4] parameter(0)\n  ROOT n = f32[4] negate(a)")
    (diag,) = verify_module(parse_hlo_text(text))
    assert diag.code == "NCC-E022" and "ZeroDivisionError: boom" in diag.message


def test_every_opcode_with_garbage_operands_gives_diagnostics_not_exceptions():
    tup = Shape.tuple_of([F32_4, Shape.token()])
    for op in Opcode:
        params = [Instruction(f"p{i}", Opcode.PARAMETER, s, parameter_number=i)
                  for i, s in enumerate([F32_4, tup, Shape.token()])]
        operands = [params[i % 3] for i in range(max(op.arity, 0) if op.arity >= 0 else 3)]
        inst = Instruction("x", op, tup, operands, attrs={"dimensions": (7,), "to_apply": Raw("?")},
                           metadata=Metadata(op_name="x"))
        for diag in verify_module(_module(*params, inst, root=inst)):
            assert diag.code in REGISTRY


def test_empty_module():
    assert [d.code for d in verify_module(Module("m"))] == ["NCC-E015"]


# ---------------------------------------------------------------------------------------------
# scaled-dot: operands (lhs, rhs, lhs scale, rhs scale), as XLA's verifier reads them
# ---------------------------------------------------------------------------------------------

def _scaled_dot(lhs: str, rhs: str, lhs_scale: str, rhs_scale: str, attrs: str = "") -> str:
    return entry(f"  a = {lhs} parameter(0)\n  b = {rhs} parameter(1)\n  sa = {lhs_scale} parameter(2)\n"
                 f"  sb = {rhs_scale} parameter(3)\n  ROOT d = f32[4,3] scaled-dot(a, b, sa, sb), "
                 f"lhs_contracting_dims={{1}}, rhs_contracting_dims={{0}}{attrs}")


def test_scaled_dot_reads_its_scales_after_both_operands():
    assert codes(_scaled_dot("f8e4m3fn[4,32]", "f8e4m3fn[32,3]", "f8e8m0fnu[4,1]", "f8e8m0fnu[1,3]")) == []
    # read in the order nccd used to (lhs, lhs scale, rhs, rhs scale), the contracting sizes disagree
    (diag,) = verify_module(parse_hlo_text(
        _scaled_dot("f8e4m3fn[4,32]", "f8e8m0fnu[4,1]", "f8e4m3fn[32,3]", "f8e8m0fnu[1,3]")))
    assert diag.code == "NCC-E021" and diag.instruction == "d"


def test_scaled_dot_scale_dimensions_must_divide_the_operand():
    (diag,) = verify_module(parse_hlo_text(
        _scaled_dot("f32[4,32]", "f32[32,3]", "f32[4,5]", "f32[1,3]")))
    assert diag.code == "NCC-E021" and "dimension 1 of the lhs f32[4,32] (32) is not a multiple" in diag.message


def test_scaled_dot_scale_must_have_the_operand_rank_unless_it_is_the_bf16_placeholder():
    (diag,) = verify_module(parse_hlo_text(_scaled_dot("f32[4,32]", "f32[32,3]", "f32[]", "f32[1,3]")))
    assert diag.code == "NCC-E021" and "rank 0" in diag.message
    assert codes(_scaled_dot("bf16[4,32]", "f32[32,3]", "bf16[]", "f32[1,3]")) == []
    assert codes(_scaled_dot("bf16[4,32]", "f32[32,3]", "bf16[1,1]", "f32[1,3]")) == []


def test_scaled_dot_needs_one_block_scale():
    (diag,) = verify_module(parse_hlo_text(_scaled_dot("bf16[4,32]", "bf16[32,3]", "bf16[]", "bf16[]")))
    assert diag.code == "NCC-E021" and "both scales" in diag.message


def test_block_scaled_dot_has_one_contracting_dimension():
    text = entry("  a = f32[4,2,8] parameter(0)\n  b = f32[2,8,3] parameter(1)\n  sa = f32[4,1,1] parameter(2)\n"
                 "  sb = bf16[] parameter(3)\n  ROOT d = f32[4,3] scaled-dot(a, b, sa, sb), "
                 "lhs_contracting_dims={1,2}, rhs_contracting_dims={0,1}")
    (diag,) = verify_module(parse_hlo_text(text))
    assert diag.code == "NCC-E022" and "exactly one contracting dimension" in diag.message


# ---------------------------------------------------------------------------------------------
# Module-wide checks (verifier_module.py): async pairs, collective participants, threads
# ---------------------------------------------------------------------------------------------

ADD = "add {\n  x = f32[] parameter(0)\n  y = f32[] parameter(1)\n  ROOT s = f32[] add(x, y)\n}\n"


def _diag(text: str):
    (diag,) = [d for d in verify_module(parse_hlo_text(text)) if d.is_error]
    return diag


def test_a_start_with_two_dones_is_e030_at_the_start():
    diag = _diag(entry("  p = f32[4] parameter(0)\n  s = (f32[4], f32[4], u32[]) copy-start(p)\n"
                       "  d0 = f32[4] copy-done(s)\n  d1 = f32[4] copy-done(s)\n  ROOT t = (f32[4], f32[4]) tuple(d0, d1)"))
    assert (diag.code, diag.instruction) == ("NCC-E030", "s") and "found 2" in diag.message


def test_a_done_without_its_start_is_e030():
    diag = _diag(entry("  p = (f32[4], f32[4], u32[]) parameter(0)\n  ROOT d = f32[4] copy-done(p)"))
    assert (diag.code, diag.instruction) == ("NCC-E030", "d")


def test_a_start_and_its_done_verify():
    assert codes(entry("  p = f32[4] parameter(0)\n  s = (f32[4], f32[4], u32[]) copy-start(p)\n"
                       "  ROOT d = f32[4] copy-done(s)")) == []


def _all_gather(groups: str, header: str = "HloModule m") -> str:
    return entry(f"  p = f32[4] parameter(0)\n  ROOT r = f32[8] all-gather(p), dimensions={{0}}, "
                 f"replica_groups={groups}", header)


def test_all_gather_groups_of_different_sizes_are_e031():
    # XLA parses this text; its verifier wants groups of one size (as in its
    # ReduceScatterNonUniformGroups test); the shape rule reads the first group's size.
    diag = _diag(_all_gather("{{0,1},{2}}"))
    assert diag.code == "NCC-E031" and "same size" in diag.message


def test_replica_groups_name_each_replica_once_and_all_of_them():
    assert "more than one place" in _diag(_all_gather("{{0,1},{1,2}}")).message
    assert "replica 1 is not named" in _diag(_all_gather("{{0,2}}")).message
    assert codes(_all_gather("{{0,1},{2,3}}")) == []


def test_replica_groups_must_cover_the_replica_count_of_the_header():
    assert _diag(_all_gather("{{0,1},{2,3}}", "HloModule m, replica_count=8")).code == "NCC-E031"
    assert codes(_all_gather("{{0,1},{2,3}}", "HloModule m, replica_count=4")) == []


def test_all_reduce_groups_may_differ_in_size():
    text = entry("  p = f32[4] parameter(0)\n  ROOT r = f32[4] all-reduce(p), replica_groups={{0,1},{2}}, "
                 "to_apply=add", computations=ADD)
    assert codes(text) == []


def test_collective_permute_pairs_name_each_source_and_target_once():
    text = entry("  p = f32[4] parameter(0)\n  ROOT r = f32[4] collective-permute(p), "
                 "source_target_pairs={{0,1},{0,2}}")
    diag = _diag(text)
    assert diag.code == "NCC-E031" and "source 0" in diag.message


def test_collective_permute_target_beyond_the_replica_count():
    text = entry("  p = f32[4] parameter(0)\n  ROOT r = f32[4] collective-permute(p), "
                 "source_target_pairs={{0,1},{1,7}}", "HloModule m, replica_count=4")
    assert "target 7" in _diag(text).message


def test_a_fusion_of_another_execution_thread_is_e032():
    callee = "g {\n  ROOT x = f32[4] parameter(0)\n}, execution_thread=\"parallel\"\n"
    body = "  p = f32[4] parameter(0)\n  ROOT r = f32[4] {op}(p), {attrs}"
    diag = _diag(entry(body.format(op="fusion", attrs="kind=kLoop, calls=g"), computations=callee))
    assert (diag.code, diag.instruction) == ("NCC-E032", "r")
    # XLA checks a call's thread only under a non-default verifier option (docs/conformance.md)
    assert codes(entry(body.format(op="call", attrs="to_apply=g"), computations=callee)) == []


@pytest.mark.parametrize("operands, kind, ok", [
    ("f32[4]", "FLOAT", True), ("f32[4]", "TOTALORDER", True), ("f32[4]", "SIGNED", False),
    ("s32[4]", "SIGNED", True), ("s32[4]", "UNSIGNED", False),
    ("u32[4]", "UNSIGNED", True), ("pred[4]", "UNSIGNED", True), ("pred[4]", "FLOAT", False),
])
def test_compare_type_must_fit_the_element_type(operands, kind, ok):
    text = entry(f"  a = {operands} parameter(0)\n  ROOT r = pred[4] compare(a, a), direction=LT, type={kind}")
    assert codes(text) == ([] if ok else ["NCC-E022"])


def _sharded(shape: str, sharding: str, header: str = "HloModule m") -> str:
    return entry(f"  p = {shape} parameter(0), sharding={sharding}\n  ROOT r = {shape} copy(p)", header)


@pytest.mark.parametrize("shape, sharding, problem", [
    ("f32[4,2]", "{devices=[1,2,2,1]0,1,2,3}", "4 data dimension(s)"),
    ("f32[4,2]", "{maximal device=-1}", "device -1 is negative"),
    ("f32[4,2]", "{devices=[2,2]0,1,1,3}", "device 1 appears more than once"),
    ("f32[4]", "{{replicated}, {replicated}}", "not a tuple"),
    ("(f32[4], f32[2])", "{{replicated}}", "1 element(s) for 2 leaves"),
])
def test_invalid_shardings_are_e033(shape, sharding, problem):
    diag = _diag(_sharded(shape, sharding))
    assert diag.code == "NCC-E033" and problem in diag.message, diag.message


@pytest.mark.parametrize("shape, sharding", [
    ("f32[4,2]", "{devices=[2,2]0,1,2,3}"),
    ("f32[4,2]", "{devices=[2,1,2]<=[2,2]T(1,0) last_tile_dim_replicate}"),
    ("f32[4,2]", "{devices=[1,1,4]<=[4] last_tile_dims={manual}}"),
    ("f32[4,2]", "{replicated}"), ("f32[4,2]", "{maximal device=3}"),
    ("(f32[4], f32[2])", "{replicated}"), ("(f32[4], f32[2])", "{{replicated}, {maximal device=0}}"),
    # the device count is known to XLA only with use_spmd_partitioning, which the text does not carry
    ("f32[4,2]", "{devices=[2,2]0,1,2,7}"),
])
def test_valid_shardings_verify(shape, sharding):
    assert codes(_sharded(shape, sharding)) == []


WHILE = """body {{
  b = s32[] parameter(0){body}
  ROOT r = s32[] add(b, b)
}}
cond {{
  c = s32[] parameter(0){cond}
  ROOT lt = pred[] compare(c, c), direction=LT
}}
"""


def test_a_while_and_its_computations_share_one_sharding():
    def text(body: str, cond: str) -> str:
        return entry("  z = s32[] constant(0)\n  ROOT w = s32[] while(z), condition=cond, body=body",
                     computations=WHILE.format(body=body, cond=cond))
    diag = _diag(text(", sharding={replicated}", ", sharding={maximal device=0}"))
    assert (diag.code, diag.instruction) == ("NCC-E033", "w") and "'c'" in diag.message
    # the same sharding written two ways, and unsharded instructions, agree
    assert codes(text(", sharding={devices=[1]0}", "")) == []
    assert codes(text(", sharding={replicated}", ", sharding={replicated}")) == []


def _composite(frontend_attributes: str) -> str:
    callee = "f {\n  x = f32[] parameter(0)\n  ROOT y = f32[] negate(x)\n}\n"
    return entry("  c = f32[] constant(1)\n  ROOT r = f32[] call(c), to_apply=f, is_composite=true"
                 + frontend_attributes, computations=callee)


@pytest.mark.parametrize("attrs, code", [
    ("", "NCC-E012"),
    (', frontend_attributes={composite.version="1"}', "NCC-E022"),
    (', frontend_attributes={composite.name="",composite.version="1"}', "NCC-E022"),
    (', frontend_attributes={composite.name="my.op",composite.version="-1"}', "NCC-E022"),
    (', frontend_attributes={composite.name="my.op",composite.version="one"}', "NCC-E022"),
    (', frontend_attributes={composite.name="my.op"}', None),
    (', frontend_attributes={composite.attributes={n = 1 : i32},composite.name="my.op",composite.version="2"}',
     None),
])
def test_a_composite_call_names_itself_in_its_frontend_attributes(attrs, code):
    assert codes(_composite(attrs)) == ([] if code is None else [code])


PIN = "  b0 = b(f32[4]) custom-call(p), custom_call_target=\"Pin\", output_to_operand_aliasing={{}: (0, {})}\n"
UNPIN = "  ROOT v = f32[4] custom-call({b}), custom_call_target=\"Unpin\", output_to_operand_aliasing={{{{}}: (0, {{}})}}"


def _buffers(middle: str, last: str = "b1") -> str:
    return entry("  p = f32[4] parameter(0)\n" + PIN + middle + UNPIN.format(b=last))


def test_a_buffer_passed_through_aliasing_once_verifies():
    assert codes(_buffers("  b1 = b(f32[4]) custom-call(b0), custom_call_target=\"w\", "
                          "output_to_operand_aliasing={{}: (0, {})}\n")) == []


@pytest.mark.parametrize("middle, last, problem", [
    ("  b1 = b(f32[4]) custom-call(b0), custom_call_target=\"w\"\n", "b1", "not aliased to a result"),
    ("  b1 = b(f32[4]) custom-call(b0), custom_call_target=\"w\", output_to_operand_aliasing={{}: (0, {})}\n"
     "  b2 = b(f32[4]) custom-call(b0), custom_call_target=\"w\", output_to_operand_aliasing={{}: (0, {})}\n",
     "b1", "more than one writer"),
])
def test_buffers_misused_are_e034(middle, last, problem):
    diags = [d for d in verify_module(parse_hlo_text(_buffers(middle, last))) if d.is_error]
    assert [d.code for d in diags][:1] == ["NCC-E034"] and problem in diags[0].message, diags


def test_an_entry_parameter_cannot_be_a_buffer():
    diag = _diag(entry("  p = b(f32[4]) parameter(0)\n  ROOT v = f32[4] custom-call(p), custom_call_target=\"Unpin\", "
                       "output_to_operand_aliasing={{}: (0, {})}"))
    assert (diag.code, diag.instruction) == ("NCC-E034", "p")


ASYNC = """wrapped {{
  x = f32[4] parameter(0){extra}
  ROOT y = f32[4] custom-call({root_operand}), custom_call_target="foo"
}}
"""


def _async(extra: str = "", root_operand: str = "x", aliasing: str = "") -> str:
    return entry("  p = f32[4] parameter(0)\n"
                 f"  s = ((f32[4]), f32[4], s32[]) async-start(p), calls=wrapped{aliasing}\n"
                 "  ROOT d = f32[4] async-done(s)",
                 computations=ASYNC.format(extra=extra, root_operand=root_operand))


def test_an_async_computation_runs_one_operation():
    assert codes(_async()) == []
    diag = _diag(_async("\n  n = f32[4] negate(x)", "n"))
    assert (diag.code, diag.instruction) == ("NCC-E035", "s") and "'n'" in diag.message


@pytest.mark.parametrize("aliasing, problem", [
    (", output_to_operand_aliasing={{1}: (3, {})}", "operand 3 does not exist"),
    (", output_to_operand_aliasing={{7}: (0, {})}", "no element at {7}"),
])
def test_aliasing_names_operands_and_indices_that_exist(aliasing, problem):
    diag = _diag(_async(aliasing=aliasing))
    assert diag.code == "NCC-E022" and problem in diag.message


def _host_sends(second_shape: str, second_attrs: str = "") -> str:
    return entry("  t = token[] after-all()\n  c0 = f32[] constant(0)\n"
                 "  s0 = (f32[], u32[], token[]) send(c0, t), channel_id=1, is_host_transfer=true\n"
                 "  d0 = token[] send-done(s0), channel_id=1, is_host_transfer=true\n"
                 f"  c1 = {second_shape} constant({'0' if second_shape == 'f32[]' else '{0, 0}'})\n"
                 f"  s1 = ({second_shape}, u32[], token[]) send(c1, d0), channel_id=1, is_host_transfer=true"
                 f"{second_attrs}\n  ROOT d1 = token[] send-done(s1), channel_id=1, is_host_transfer=true")


def test_host_transfers_on_one_channel_are_identical():
    assert codes(_host_sends("f32[]")) == []
    assert _diag(_host_sends("f32[2]")).code == "NCC-E036"
    assert _diag(_host_sends("f32[]", ", frontend_attributes={_xla_host_transfer_rendezvous=\"x\"}")).code == \
        "NCC-E036"


@pytest.mark.parametrize("origin, ok", [
    ('{{"v"}}', True), ('{({"a"}, {})}', False), ("{[synthetic_call]}", True),
])
def test_an_original_value_follows_the_shape(origin, ok):
    text = entry(f"  ROOT p = f32[] parameter(0), origin={origin}")
    assert codes(text) == ([] if ok else ["NCC-E022"])


def test_an_original_value_of_a_tuple_has_one_element_per_element():
    assert codes(entry('  ROOT p = (f32[], f32[]) parameter(0), origin={({"a"}, {"b"})}')) == []
    assert codes(entry('  ROOT p = (f32[], f32[]) parameter(0), origin={({"a"}, {"b"}, {"c"})}')) == ["NCC-E022"]


def test_shape_rules_read_presence_only_attributes_by_presence_alone():
    """The verifier remembers shape-rule results keyed by these attributes' presence alone
    (their values differ per instruction): no rule may read their values."""
    import ast

    from nccd.compiler.ir.verifier import PRESENCE_ONLY_ATTRS

    # the source file, not inspect.getsource: a mypyc build imports shape_rules compiled
    tree = ast.parse((REPO / "compiler" / "ir" / "shape_rules.py").read_text())
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value in PRESENCE_ONLY_ATTRS:
            parent = parents[node]
            assert isinstance(parent, ast.Compare) and parent.left is node and \
                all(isinstance(op, (ast.In, ast.NotIn)) for op in parent.ops), \
                f"shape_rules.py line {node.lineno} reads the value of {node.value!r}"


def test_shape_rule_memo_tells_apart_values_equal_across_types():
    """get-tuple-element index=1 and index=true compare equal but only the first is valid: the
    second, after the first, is still refused."""
    good = verify_module(parse_hlo_text(
        "HloModule m\n\nENTRY e {\n  p = (f32[2], s32[]) parameter(0)\n"
        "  a = s32[] get-tuple-element(p), index=1\n  ROOT b = s32[] get-tuple-element(p), index=1\n}\n"))
    assert not [d for d in good if d.is_error]
    module = parse_hlo_text(
        "HloModule m\n\nENTRY e {\n  p = (f32[2], s32[]) parameter(0)\n"
        "  a = s32[] get-tuple-element(p), index=1\n  ROOT b = s32[] get-tuple-element(p), index=1\n}\n")
    module.entry.root.attrs["index"] = True
    assert [d.instruction for d in verify_module(module) if d.is_error] == ["b"]

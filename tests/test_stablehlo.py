"""StableHLO (MLIR text) input: the corpus exported both ways, op forms, locations, hostile input.

Every JAX corpus model is committed as HLO (``short.hlo.txt``) and as StableHLO in three
printings (``stablehlo.mlir``, ``stablehlo_debug.mlir`` with ``loc(...)``, and the generic op
form). The StableHLO reading must give the HLO export's outputs on the committed inputs, its
diagnostics (codes and the Python line each points at), and — where XLA's conversion applies
no fold we do not reproduce yet — its canonical fingerprint.
"""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pytest

from helpers import JAX_CORPUS
from nccd.compiler.analysis.diagnose import diagnose_bytes, diagnose_path
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.loader import load_bytes, load_module
from nccd.compiler.ir.fingerprint import fingerprint
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.runtime.executable import Executable
from test_runtime_oracle import _load_arrays, assert_matches
from test_stablehlo_both_ways import DIAGNOSTICS_DIFFER as BOTH_WAYS_DIAGNOSTICS_DIFFER
from test_stablehlo_both_ways import OWN_FIXTURES

MANIFEST = json.loads((JAX_CORPUS / "manifest.json").read_text())["models"]
MODELS = sorted(name for name in MANIFEST if (JAX_CORPUS / name / "stablehlo.mlir").exists())
FORMS = ("stablehlo.mlir", "stablehlo_debug.mlir", "stablehlo_generic.mlir")

#: Models that use an operation this front end does not read yet, and the operation.
UNSUPPORTED: dict[str, str] = {}
#: Models whose programs call LAPACK kernels, which the reference runtime does not have.
LAPACK = {"ops_coverage_linalg"}
#: Models whose diagnostics differ between the two exports: tests/test_stablehlo_both_ways.py.
DIAGNOSTICS_DIFFER = {name for corpus, name in BOTH_WAYS_DIAGNOSTICS_DIFFER if corpus == "jax"}


def read(name: str, form: str = "stablehlo.mlir"):
    return load_module(str(JAX_CORPUS / name / form))


# -- the corpus, exported both ways ----------------------------------------------------------------

@pytest.mark.parametrize("name", MODELS)
def test_all_printings_of_a_model_read_the_same(name):
    if name in UNSUPPORTED:
        for form in FORMS:
            with pytest.raises(HloError) as info:
                read(name, form)
            diag = info.value.diagnostics[0]
            assert diag.code == "NCC-E041" and UNSUPPORTED[name] in diag.message and diag.line
        return
    prints = {form: fingerprint(read(name, form)) for form in FORMS}
    assert len(set(prints.values())) == 1, prints


@pytest.mark.parametrize("name", sorted(n for n in MODELS if (JAX_CORPUS / n / "outputs.npz").exists()
                                        and n not in UNSUPPORTED and n not in LAPACK))
def test_stablehlo_outputs_match_xla(name):
    entry = MANIFEST[name]
    module = read(name)
    inputs = _load_arrays(JAX_CORPUS / name / "inputs.npz", entry["inputs"])
    outputs = _load_arrays(JAX_CORPUS / name / "outputs.npz", entry["outputs"])
    assert_matches(name, Executable(module).run(inputs), outputs)


def _findings(report) -> Counter:
    return Counter((d.code, d.source.file if d.source else None, d.source.line if d.source else None)
                   for d in report.diagnostics)


@pytest.mark.parametrize("name", sorted(n for n in MODELS if n not in UNSUPPORTED))
def test_diagnostics_match_the_hlo_export(name):
    hlo = diagnose_path(str(JAX_CORPUS / name / "short.hlo.txt"))
    shlo = diagnose_path(str(JAX_CORPUS / name / "stablehlo_debug.mlir"))
    if name in DIAGNOSTICS_DIFFER:
        assert _findings(hlo) != _findings(shlo), f"{name} now matches: drop it from DIAGNOSTICS_DIFFER"
        return
    assert _findings(hlo) == _findings(shlo)


def test_diagnostics_point_at_the_mlir_op_and_the_python_line():
    report = diagnose_path(str(JAX_CORPUS / "cond_branches" / "stablehlo_debug.mlir"))
    conditional = [d for d in report.diagnostics if d.code == "NCC-E108"]
    assert conditional
    text = (JAX_CORPUS / "cond_branches" / "stablehlo_debug.mlir").read_text().splitlines()
    for d in conditional:
        assert '"stablehlo.case"' in text[d.line - 1][d.column - 1:], d.format()
        assert d.source.file == "tests/corpus/generate_jax_corpus.py" and 331 <= d.source.line <= 336


# -- op forms, written by hand ----------------------------------------------------------------------

def load(text: str):
    return load_bytes(text.encode(), "fixture.mlir")


def entry_ops(module) -> list[str]:
    order = []
    seen = set()
    stack = [module.entry.root]
    while stack:
        inst = stack.pop()
        if id(inst) in seen:
            continue
        seen.add(id(inst))
        order.append(inst.opcode.text)
        stack.extend(inst.operands)
    return order


PRETTY = """module @jit_f attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf32>, %arg1: tensor<3xf32>) -> (tensor<2x3xf32> {jax.result_info = "result"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<3xf32>) -> tensor<2x3xf32>
    %1 = stablehlo.add %arg0, %0 : tensor<2x3xf32>
    %cst = stablehlo.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
    %2 = stablehlo.multiply %1, %cst : tensor<2x3xf32>
    %3 = stablehlo.compare  GT, %2, %cst,  FLOAT : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
    %4 = stablehlo.select %3, %2, %cst : tensor<2x3xi1>, tensor<2x3xf32>
    return %4 : tensor<2x3xf32>
  }
}
"""

GENERIC = """"builtin.module"() <{sym_name = "jit_f"}> ({
  "func.func"() <{function_type = (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>, sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<2x3xf32>, %arg1: tensor<3xf32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg1) <{broadcast_dimensions = array<i64: 1>}> : (tensor<3xf32>) -> tensor<2x3xf32>
    %1 = "stablehlo.add"(%arg0, %0) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %2 = "stablehlo.constant"() <{value = dense<"0x0000803F0000004000004040000080400000A0400000C040"> : tensor<2x3xf32>}> : () -> tensor<2x3xf32>
    %3 = "stablehlo.multiply"(%1, %2) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %4 = "stablehlo.compare"(%3, %2) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
    %5 = "stablehlo.select"(%4, %3, %2) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%5) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
}) : () -> ()
"""


def test_pretty_and_generic_forms_and_hex_constants_agree():
    import numpy as np

    pretty, generic = load(PRETTY), load(GENERIC)
    assert pretty.source_format == generic.source_format == "stablehlo"
    assert fingerprint(pretty) == fingerprint(generic)
    x = np.arange(6, dtype=np.float32).reshape(2, 3) - 2
    b = np.array([0.5, -1, 2], dtype=np.float32)
    want = (x + b) * np.array([[1, 2, 3], [4, 5, 6]], np.float32)
    want = np.where(want > [[1, 2, 3], [4, 5, 6]], want, [[1, 2, 3], [4, 5, 6]]).astype(np.float32)
    for module in (pretty, generic):
        (got,) = Executable(module).run([x, b])
        np.testing.assert_array_equal(got, want)


def test_splats_narrow_and_complex_types():
    import ml_dtypes
    import numpy as np

    module = load("""module @m {
  func.func @main(%arg0: tensor<4xbf16>) -> (tensor<4xbf16>, tensor<2xcomplex<f32>>, tensor<3xf8E4M3FN>, tensor<f32>, tensor<2xi1>) {
    %cst = stablehlo.constant dense<1.500000e+00> : tensor<4xbf16>
    %0 = stablehlo.add %arg0, %cst : tensor<4xbf16>
    %c = stablehlo.constant dense<[(1.000000e+00,2.000000e+00), (3.000000e+00,-4.000000e+00)]> : tensor<2xcomplex<f32>>
    %f8 = stablehlo.constant dense<[1.000000e+00, -2.000000e+00, 4.480000e+02]> : tensor<3xf8E4M3FN>
    %inf = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %b = stablehlo.constant dense<[true, false]> : tensor<2xi1>
    return %0, %c, %f8, %inf, %b : tensor<4xbf16>, tensor<2xcomplex<f32>>, tensor<3xf8E4M3FN>, tensor<f32>, tensor<2xi1>
  }
}""")
    x = np.array([0, 1, 2, -3], dtype=ml_dtypes.bfloat16)
    bf, c, f8, inf, b = Executable(module).run([x])
    np.testing.assert_array_equal(bf.astype(np.float32), [1.5, 2.5, 3.5, -1.5])
    np.testing.assert_array_equal(c, np.array([1 + 2j, 3 - 4j], np.complex64))
    np.testing.assert_array_equal(f8.astype(np.float32), [1, -2, 448])
    assert inf == -np.inf and b.tolist() == [True, False]


def test_reduce_while_case_call_and_composite():
    import numpy as np

    module = load("""module @m {
  func.func private @double(%x: tensor<4xf32>) -> tensor<4xf32> {
    %0 = stablehlo.add %x, %x : tensor<4xf32>
    return %0 : tensor<4xf32>
  }
  func.func public @main(%arg0: tensor<4xf32>, %arg1: tensor<i32>) -> (tensor<f32>, tensor<4xf32>, tensor<4xf32>) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.reduce(%arg0 init: %cst) applies stablehlo.add across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1:2 = stablehlo.while(%iterArg = %c, %iterArg_0 = %arg0) : tensor<i32>, tensor<4xf32>
     cond {
      %c_1 = stablehlo.constant dense<3> : tensor<i32>
      %2 = stablehlo.compare  LT, %iterArg, %c_1,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %2 : tensor<i1>
    } do {
      %c_1 = stablehlo.constant dense<1> : tensor<i32>
      %2 = stablehlo.add %iterArg, %c_1 : tensor<i32>
      %3 = func.call @double(%iterArg_0) : (tensor<4xf32>) -> tensor<4xf32>
      stablehlo.return %2, %3 : tensor<i32>, tensor<4xf32>
    }
    %2 = "stablehlo.case"(%arg1) ({
      %3 = stablehlo.negate %arg0 : tensor<4xf32>
      stablehlo.return %3 : tensor<4xf32>
    }, {
      stablehlo.return %1#1 : tensor<4xf32>
    }) : (tensor<i32>) -> tensor<4xf32>
    %3 = stablehlo.composite "nccd.double" %arg0 {composite_attributes = {scale = 2 : i64}, decomposition = @double} : (tensor<4xf32>) -> tensor<4xf32>
    return %0, %2, %3 : tensor<f32>, tensor<4xf32>, tensor<4xf32>
  }
}""")
    x = np.array([1, 2, 3, 4], np.float32)
    total, case0, composite = Executable(module).run([x, np.int32(0)])
    assert total == 10 and case0.tolist() == [-1, -2, -3, -4] and composite.tolist() == [2, 4, 6, 8]
    _, case1, _ = Executable(module).run([x, np.int32(1)])
    assert case1.tolist() == [8, 16, 24, 32]
    calls = [i for i in module.all_instructions() if i.opcode is Opcode.CALL]
    assert any(i.attrs.get("is_composite") for i in calls)


def test_locations_as_jax_prints_them():
    module = load("""#loc1 = loc("x")
module @m {
  func.func public @main(%arg0: tensor<4xf32> loc("x")) -> tensor<4xf32> {
    %0 = stablehlo.sine %arg0 : tensor<4xf32> loc(#loc5)
    %1 = stablehlo.cosine %0 : tensor<4xf32> loc(fused["a", "model.py":3:1])
    %2 = stablehlo.exponential %1 : tensor<4xf32> loc("model.py":9:2 to 9:8)
    return %2 : tensor<4xf32> loc(#loc)
  } loc(#loc)
} loc(#loc)
#loc = loc(unknown)
#loc2 = loc("model.py":12:7 to :19)
#loc3 = loc("model.py":40:3 to :10)
#loc4 = loc(callsite(#loc2 at #loc3))
#loc5 = loc("jit(f)/sin"(#loc4))
""")
    by_op = {i.opcode.text: i for i in module.entry.instructions}
    sin, cos, exp = by_op["sine"], by_op["cosine"], by_op["exponential"]
    assert (sin.metadata.op_name, sin.metadata.source_file, sin.metadata.source_line,
            sin.metadata.source_column) == ("jit(f)/sin", "model.py", 12, 7)
    assert (cos.metadata.source_line, exp.metadata.source_line, exp.metadata.source_column) == (3, 9, 2)
    assert (sin.line, sin.column) == (4, 5)
    assert str(module.source_location(sin)) == "model.py:12:7"


def test_sharding_attributes_are_read():
    module = read("sharding_annotations")
    targets = {i.attrs.get("custom_call_target") for i in module.all_instructions()}
    assert {"Sharding", "xla.sdy.FuncResultSharding"} <= targets
    assert [p.attrs["sharding"].text for p in module.entry.parameters] == ["{replicated}", "{replicated}"]
    assert module.entry.root.attrs["sharding"].text == "{{replicated}, {replicated}}"
    assert not module.notes


def test_a_sharding_that_is_not_converted_is_ignored_with_a_note():
    text = ('module @m {\n  sdy.mesh @mesh = <["a"=4]>\n'
            '  func.func public @main(%arg0: tensor<8xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"a":(1)2}]>})'
            ' -> tensor<8xf32> {\n    %0 = stablehlo.tanh %arg0 : tensor<8xf32>\n    return %0 : tensor<8xf32>\n'
            '  }\n}\n')
    module = load(text)
    assert "sharding" not in module.entry.parameters[0].attrs
    report = diagnose_bytes(text.encode(), "sub_axes.mlir")
    (note,) = [d for d in report.diagnostics if d.code == "NCC-W013"]
    assert (note.line, note.column) == (3, 63) and "argument 0 is ignored" in note.message
    again = diagnose_bytes(text.encode(), "sub_axes.mlir")   # reported once per diagnosis
    assert [d.code for d in again.diagnostics].count("NCC-W013") == 1


def test_a_shard_map_is_read_as_xlas_shardy_export():
    """sdy.manual_computation: GlobalToLocalShape, a call of the body, LocalToGlobalShape, with the
    shardings and manual axes as XLA prints them (its HLO export of the same lowering says so)."""
    module = load_module(str(OWN_FIXTURES / "shard_map.mlir"))
    hlo = load_module(str(OWN_FIXTURES / "shard_map.hlo.txt"))

    def chain(m):
        return [(i.opcode.text, i.attrs.get("custom_call_target"), i.attrs.get("frontend_attributes"))
                for i in m.entry.instructions if i.opcode in (Opcode.CUSTOM_CALL, Opcode.CALL)]
    ours = chain(module)
    assert [(op, target) for op, target, _ in ours] == [
        ("custom-call", "xla.sdy.GlobalToLocalShape"), ("call", None), ("custom-call", "xla.sdy.LocalToGlobalShape")] * 3
    assert [str(front) for _, _, front in ours] == [str(front) for _, _, front in chain(hlo)]
    bodies = [i.attrs["to_apply"] for i in module.entry.instructions if i.opcode is Opcode.CALL]
    assert [[p.shape.dims for p in body.parameters] for body in bodies] == [[(4, 4)], [(2, 4), (4, 4)], [(8, 2)]]
    assert all(p.metadata.op_name == "shard_map:" for body in bodies for p in body.parameters)
    all_to_all = next(i for i in module.all_instructions() if i.opcode is Opcode.ALL_TO_ALL)
    assert str(module.source_location(all_to_all)).startswith("tests/corpus/export_shard_map.py:")


def test_op_shardings_are_kept_on_the_instruction_and_its_elements():
    module = load_module(str(OWN_FIXTURES / "op_shardings.mlir"))
    by_target = {i.attrs.get("custom_call_target"): i for i in module.entry.instructions
                 if i.opcode is Opcode.CUSTOM_CALL}
    assert by_target["host_a"].attrs["sharding"].text == "{maximal device=0}"
    assert by_target["host_c"].attrs["sharding"].text == "{{devices=[2]<=[2]}, {maximal device=1}}"
    elements = sorted((i.attrs["index"], i.attrs["sharding"].text) for i in module.entry.instructions
                      if i.opcode is Opcode.GET_TUPLE_ELEMENT and i.operands[0] is by_target["host_b"])
    assert elements == [(0, "{maximal device=0}"), (1, "{replicated}")]
    assert not module.notes


def test_an_op_sharding_that_is_not_converted_is_ignored_with_a_note():
    text = ('module @m {\n  sdy.mesh @mesh = <["i"=4]>\n  func.func public @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {\n'
            '    %0 = stablehlo.tanh %arg0 {sdy.sharding = #sdy.sharding_per_value<[<@mesh, [{"i":(1)2}]>]>} : tensor<4xf32>\n'
            '    return %0 : tensor<4xf32>\n  }\n}\n')
    module = load(text)
    assert "sharding" not in module.entry.root.attrs
    (note,) = [d for d in diagnose_bytes(text.encode(), "op.mlir").diagnostics if d.code == "NCC-W013"]
    assert (note.line, note.column) == (4, 47) and "the results of 'stablehlo.tanh'" in note.message


def test_ragged_all_to_all_and_the_callbacks_read_as_xla_exports_them():
    module = read("ops_coverage_textonly", "stablehlo_debug.mlir")
    ops = {i.opcode for i in module.entry.instructions}
    assert Opcode.RAGGED_ALL_TO_ALL in ops
    assert not any(i.attrs.get("custom_call_target") == "ragged_all_to_all" for i in module.entry.instructions)
    callbacks = [i for i in module.entry.instructions if i.attrs.get("custom_call_target") == "xla_ffi_python_cpu_callback"]
    assert sorted(i.attrs["sharding"].text for i in callbacks) == [
        "{maximal device=0}", "{{maximal device=0}, {maximal device=0}}"]
    # rng's shape operand: unused by HLO's rng, still emitted (dead) as XLA's export does
    assert any(i.opcode is Opcode.CONSTANT and i.shape.element_type.text == "s64" for i in module.entry.instructions)


# -- hostile and unsupported input -----------------------------------------------------------------

def first_diagnostic(text: str | bytes):
    data = text.encode() if isinstance(text, str) else text
    report = diagnose_bytes(data, "bad.mlir")
    assert len(report.diagnostics) == 1, [d.format() for d in report.diagnostics]
    return report.diagnostics[0]


HEAD = "module @m {\n  func.func public @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {\n"
MANUAL = ('    %0 = sdy.manual_computation(%arg0) in_shardings=[<@mesh, [{"i"}]>] out_shardings=[<@mesh, [{"i"}]>] '
          'manual_axes={"i"} (%a: tensor<2xf32>) {\n      sdy.return %a : tensor<2xf32>\n'
          '    } : (tensor<4xf32>) -> tensor<4xf32>\n    return %0 : tensor<4xf32>\n  }\n}\n')


@pytest.mark.parametrize("body, code, line, column, words", [
    ('    %0 = stablehlo.frobnicate %arg0 : tensor<4xf32>\n    return %0 : tensor<4xf32>\n  }\n}\n',
     "NCC-E041", 3, 5, "not supported by this front end"),
    ('    %0 = mydialect.op %arg0 : tensor<4xf32>\n    return %0 : tensor<4xf32>\n  }\n}\n',
     "NCC-E041", 3, 5, "dialect 'mydialect'"),
    ('    %0 = chlo.is_inf %arg0 : tensor<4xf32> -> tensor<4xi1>\n    return %0 : tensor<4xf32>\n'
     '  }\n}\n', "NCC-E041", 3, 5, "'chlo.is_inf'"),
    ('    %i = stablehlo.convert %arg0 : (tensor<4xf32>) -> tensor<4xi32>\n'
     '    %0 = chlo.zeta %i, %i : tensor<4xi32>, tensor<4xi32> -> tensor<4xi32>\n    return %arg0 : tensor<4xf32>\n'
     '  }\n}\n', "NCC-E041", 4, 5, "real floating-point type"),
    ('    %0 = stablehlo.add %arg0, %nope : tensor<4xf32>\n    return %0 : tensor<4xf32>\n  }\n}\n',
     "NCC-E044", 3, 5, "%nope"),
    ('    %0 = stablehlo.custom_call @f(%arg0) {backend_config = "abc} : (tensor<4xf32>) -> tensor<4xf32>\n',
     "NCC-E040", 3, 60, "unterminated string"),
    ('    %0 = stablehlo.add %arg0, %arg0 : tensor<4x!quant.uniform<i8:f32, 1.0>>\n    return %0 : tensor<4xf32>\n  }\n}\n',
     "NCC-E045", 3, 48, "quantized"),
    ('    %0 = stablehlo.add %arg0, %arg0 : tensor<4xf32>\n    return %0 : tensor<4xf32>\n',
     "NCC-E007", 5, 1, "never closed"),
    ('    %0 = stablehlo.add %arg0 %arg0 : tensor<4xf32>\n    return %0 ; tensor<4xf32>\n  }\n}\n',
     "NCC-E040", 4, 15, "expected"),
    # a '#' or '^' without its name (an internal error before: the match was used unchecked)
    ('    %0 = stablehlo.tanh %arg0 : tensor<4xf32> loc(#)\n    return %0 : tensor<4xf32>\n  }\n}\n',
     "NCC-E040", 3, 51, "location alias"),
    ('  ^ :\n    return %arg0 : tensor<4xf32>\n  }\n}\n',
     "NCC-E040", 3, 3, "block label"),
    # shard_map's pretty form without one of its attribute lists, or without its body
    (MANUAL.replace(' out_shardings=[<@mesh, [{"i"}]>]', ''), "NCC-E040", 3, 72, "expected 'out_shardings='"),
    (MANUAL.split(" {\n")[0] + "\n", "NCC-E007", 4, 1, "the body '{'"),
    (MANUAL.replace("(%a: tensor<2xf32>)", "(%a: tensor<2xf32>, %b: tensor<2xf32>)"), "NCC-E043", 3, 5,
     "2 arguments for 1 operands"),
    (MANUAL.replace("sdy.return %a : tensor<2xf32>", "sdy.return %a, %a : tensor<2xf32>, tensor<2xf32>"),
     "NCC-E043", 3, 5, "returns 2 values for 1 results"),
    (MANUAL.replace("sdy.return %a : tensor<2xf32>", "sdy.return %arg0 : tensor<4xf32>"), "NCC-E044", 4, 7,
     "%arg0"),
    # an op's own sharding that does not list one sharding per result
    ('    %0:2 = stablehlo.custom_call @cb(%arg0) {mhlo.sharding = "{maximal device=0}"} : (tensor<4xf32>) -> '
     '(tensor<4xf32>, tensor<4xf32>)\n    return %0#0 : tensor<4xf32>\n  }\n}\n', "NCC-E043", 3, 5, "1 elements for 2"),
    ('    %0:2 = stablehlo.custom_call @cb(%arg0) {sdy.sharding = #sdy.sharding_per_value<[<@m, []>]>} : (tensor<4xf32>) -> '
     '(tensor<4xf32>, tensor<4xf32>)\n    return %0#0 : tensor<4xf32>\n  }\n}\n', "NCC-E043", 3, 61, "1 shardings for 2"),
])
def test_bad_input_gives_one_diagnostic_at_line_and_column(body, code, line, column, words):
    diag = first_diagnostic(HEAD + body)
    assert (diag.code, diag.line, diag.column) == (code, line, column), diag.format()
    assert words in diag.message and diag.hint


def test_a_cut_shard_map_gives_a_diagnostic_never_a_traceback():
    text = (OWN_FIXTURES / "shard_map.mlir").read_text()
    start = text.index("sdy.manual_computation")
    end = text.index("sdy.return", start) + 40
    for cut in range(start, end, 3):
        with pytest.raises(HloError):
            load_bytes((text[:cut] + "\n}\n").encode(), "cut.mlir")


def test_deep_nesting_is_refused_without_recursion_error():
    depth = 5000
    text = HEAD + "    %0 = stablehlo.custom_call @f(%arg0) {backend_config = " + "[" * depth + "]" * depth \
        + "} : (tensor<4xf32>) -> tensor<4xf32>\n    return %0 : tensor<4xf32>\n  }\n}\n"
    diag = first_diagnostic(text)
    assert diag.code == "NCC-E040" and "nested" in diag.message
    regions = HEAD + "".join(f'    %r{i} = "stablehlo.case"(%c) ({{\n' for i in range(3000))
    diag = first_diagnostic(regions)
    assert diag.code in ("NCC-E040", "NCC-E007")


def test_huge_shapes_are_refused():
    diag = first_diagnostic(HEAD.replace("tensor<4xf32>", "tensor<99999999999999999999xf32>")
                            + "    return %arg0 : tensor<4xf32>\n  }\n}\n")
    assert diag.code == "NCC-E010" and diag.line == 2


def test_mlir_bytecode_names_the_text_export():
    diag = first_diagnostic(b"ML\xefR\x00\x05\x01StableHLO_v1.0.0\x00" + bytes(range(40)))
    assert diag.code == "NCC-E042" and "as_text()" in diag.hint


def test_mlir_text_is_detected_by_content(tmp_path):
    path = tmp_path / "model.hlo.txt"   # the name says HLO; the content decides
    path.write_text(PRETTY)
    assert load_module(str(path)).source_format == "stablehlo"
    assert load_bytes(b'#loc1 = loc("x")\n' * 500 + PRETTY.encode()).source_format == "stablehlo"


# -- CHLO expansions and batch norm ----------------------------------------------------------------

CHLO_REFERENCE = {   # the op, its inputs' range and what it must compute
    "chlo.asin": ((-1, 1), np.arcsin), "chlo.acos": ((-1, 1), np.arccos),
    "chlo.atan": ((-30, 30), np.arctan), "chlo.atanh": ((-0.999, 0.999), np.arctanh),
    "chlo.sinh": ((-20, 20), np.sinh), "chlo.cosh": ((-20, 20), np.cosh),
    "chlo.asinh": ((-1e3, 1e3), np.arcsinh), "chlo.acosh": ((1, 1e3), np.arccosh),
}


def _chlo_module(op: str, etype: str, n: int) -> str:
    return (f"module @jit_f {{\n  func.func public @main(%arg0: tensor<{n}x{etype}>) -> tensor<{n}x{etype}> {{\n"
            f"    %0 = {op} %arg0 : tensor<{n}x{etype}> -> tensor<{n}x{etype}>\n"
            f"    return %0 : tensor<{n}x{etype}>\n  }}\n}}\n")


@pytest.mark.parametrize("op", sorted(CHLO_REFERENCE))
def test_chlo_expansions_compute_their_function(op):
    (low, high), reference = CHLO_REFERENCE[op]
    x = np.linspace(low, high, 257).astype(np.float32)
    for etype, dtype, tol in (("f32", np.float32, 2e-6), ("f64", np.float64, 1e-12)):
        (got,) = Executable(load(_chlo_module(op, etype, x.size))).run([x.astype(dtype)])
        want = reference(x.astype(np.float64))
        assert got.dtype == dtype
        np.testing.assert_allclose(got, want, rtol=tol, atol=tol, err_msg=f"{op} {etype}")
    import ml_dtypes

    (got,) = Executable(load(_chlo_module(op, "bf16", x.size))).run([x.astype(ml_dtypes.bfloat16)])
    with np.errstate(divide="ignore"):   # atanh of inputs that round to 1 in bf16
        want = reference(x.astype(ml_dtypes.bfloat16).astype(np.float64))
    np.testing.assert_allclose(got.astype(np.float64), want, rtol=1e-2, atol=1e-2, err_msg=f"{op} bf16")


def test_chlo_erf_inv_inverts_erf_and_is_infinite_at_one():
    import math

    x = np.concatenate([np.linspace(-0.9999, 0.9999, 301), [-1.0, 1.0, 0.0]]).astype(np.float32)
    (got,) = Executable(load(_chlo_module("chlo.erf_inv", "f32", x.size))).run([x])
    assert got[-3] == -np.inf and got[-2] == np.inf and got[-1] == 0
    back = np.array([math.erf(v) for v in got[:-3].astype(np.float64)])
    np.testing.assert_allclose(back, x[:-3], atol=3e-6)
    with pytest.raises(HloError) as info:
        load(_chlo_module("chlo.erf_inv", "f64", 4))
    assert info.value.diagnostics[0].code == "NCC-E041" and "f64" in info.value.diagnostics[0].message
    with pytest.raises(HloError) as info:
        load(_chlo_module("chlo.asin", "i32", 4))
    assert info.value.diagnostics[0].code == "NCC-E041" and "floating-point" in info.value.diagnostics[0].message


def test_chlo_lgamma_and_digamma_compute_their_function():
    from scipy import special

    # both sides of the reflection at 1/2, near the poles, large values, the poles and infinities
    x = np.concatenate([np.linspace(-7.9, 30, 397), [1e6, 0.5, 1.0, 2.0]]).astype(np.float32)
    poles = np.array([0.0, -1.0, -4.0, np.inf, -np.inf], np.float32)
    for etype, dtype, tol in (("f32", np.float32, 1e-4), ("f64", np.float64, 1e-4)):
        (got,) = Executable(load(_chlo_module("chlo.lgamma", etype, x.size))).run([x.astype(dtype)])
        np.testing.assert_allclose(got, special.gammaln(x.astype(np.float64)), rtol=tol, atol=tol)
        (got,) = Executable(load(_chlo_module("chlo.digamma", etype, x.size))).run([x.astype(dtype)])
        np.testing.assert_allclose(got, special.digamma(x.astype(np.float64)), rtol=tol, atol=tol)
    (got,) = Executable(load(_chlo_module("chlo.lgamma", "f32", poles.size))).run([poles])
    assert np.all(got == np.inf)                      # log|gamma| at a pole and at +-inf
    (got,) = Executable(load(_chlo_module("chlo.digamma", "f32", poles.size))).run([poles])
    assert np.all(np.isnan(got[:3]))                  # digamma's poles are NaN


def test_chlo_bessel_i1e_computes_its_function():
    from scipy import special

    # both series (|x| <= 8 and above), the switch at 8, zero, huge values, infinities and NaN
    x = np.concatenate([np.linspace(-60, 60, 601), [8.0, -8.0, 0.0, 1e30, -1e30, np.inf, -np.inf]])
    for etype, dtype, tol in (("f32", np.float32, 2e-6), ("f64", np.float64, 1e-13)):
        xs = x.astype(dtype)
        (got,) = Executable(load(_chlo_module("chlo.bessel_i1e", etype, x.size))).run([xs])
        assert got.dtype == dtype
        np.testing.assert_allclose(got, special.i1e(xs.astype(np.float64)), rtol=tol, atol=1e-30, err_msg=etype)
    (got,) = Executable(load(_chlo_module("chlo.bessel_i1e", "f32", 1))).run([np.array([np.nan], np.float32)])
    assert np.isnan(got).all()


def _chlo_binary_module(op: str, etype: str, n: int) -> str:
    t = f"tensor<{n}x{etype}>"
    return (f"module @jit_f {{\n  func.func public @main(%arg0: {t}, %arg1: {t}) -> {t} {{\n"
            f"    %0 = {op} %arg0, %arg1 : {t}, {t} -> {t}\n    return %0 : {t}\n  }}\n}}\n")


def test_chlo_zeta_and_polygamma_compute_their_function():
    from scipy import special

    rng = np.random.default_rng(1)
    # Hurwitz zeta: s > 1 with q > 0 (the sum and its tail), and the special values: s = 1, s < 1,
    # q a pole (an even s gives inf, an odd one NaN), q <= 0 with a fractional s
    s = np.concatenate([rng.uniform(1.05, 12, 300), [1.0, 0.5, 2.0, 3.0, 2.5]])
    q = np.concatenate([rng.uniform(0.01, 30, 300), [2.0, 2.0, -1.0, 0.0, -0.5]])
    for etype, dtype, tol in (("f32", np.float32, 2e-5), ("f64", np.float64, 1e-12)):
        (got,) = Executable(load(_chlo_binary_module("chlo.zeta", etype, s.size))).run([s.astype(dtype), q.astype(dtype)])
        want = special.zeta(s[:-5].astype(dtype).astype(np.float64), q[:-5].astype(dtype).astype(np.float64))
        np.testing.assert_allclose(got[:-5], want, rtol=tol, err_msg=etype)
        assert got[-5] == np.inf and np.isnan(got[-4]) and got[-3] == np.inf
        assert np.isnan(got[-2]) and np.isnan(got[-1])
    # polygamma of order 0 (digamma) to 4, at positive and negative non-integer x; NaN for a
    # fractional or negative order
    n = np.concatenate([rng.integers(0, 5, 300).astype(float), [1.5, -1.0]])
    x = np.concatenate([rng.uniform(0.05, 20, 250), rng.uniform(-4.9, -0.1, 50), [2.0, 2.0]])
    for etype, dtype, tol in (("f32", np.float32, 1e-3), ("f64", np.float64, 1e-9)):
        (got,) = Executable(load(_chlo_binary_module("chlo.polygamma", etype, n.size))).run(
            [n.astype(dtype), x.astype(dtype)])
        want = special.polygamma(n[:-2].astype(int), x[:-2].astype(dtype).astype(np.float64))
        np.testing.assert_allclose(got[:-2], want, rtol=tol, atol=tol, err_msg=etype)
        assert np.isnan(got[-2:]).all()


def test_chlo_next_after_steps_to_the_neighbouring_float():
    special_values = [0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 1e-45, 3.0]
    x = np.array([a for a in special_values for _ in special_values])
    y = np.array([b for _ in special_values for b in special_values])
    for etype, dtype in (("f32", np.float32), ("f64", np.float64), ("f16", np.float16)):
        text = _chlo_module("chlo.next_after", etype, x.size).replace(
            "(%arg0: ", "(%arg1: ").replace("chlo.next_after %arg0", "chlo.next_after %arg1, %arg2").replace(
            f"(%arg1: tensor<{x.size}x{etype}>)", f"(%arg1: tensor<{x.size}x{etype}>, %arg2: tensor<{x.size}x{etype}>)")
        text = text.replace(f": tensor<{x.size}x{etype}> -> tensor<{x.size}x{etype}>\n    return",
                            f": tensor<{x.size}x{etype}>, tensor<{x.size}x{etype}> -> tensor<{x.size}x{etype}>\n    return")
        (got,) = Executable(load(text)).run([x.astype(dtype), y.astype(dtype)])
        xs, ys = x.astype(dtype), y.astype(dtype)
        want = np.where(xs == ys, ys, np.nextafter(xs, ys))   # equal (0 and -0 too): y, as C's nextafter
        assert got.dtype == dtype
        nan = np.isnan(want)
        assert np.array_equal(np.isnan(got), nan), etype
        bits = f"u{got.itemsize}"
        assert np.array_equal(got[~nan].view(bits), want[~nan].view(bits)), etype


BATCH_NORM = """module @m {
  func.func public @main(%x: tensor<2x3x4xf32>, %scale: tensor<3xf32>, %offset: tensor<3xf32>, %mean: tensor<3xf32>, %var: tensor<3xf32>, %dy: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>) {
    %0 = "stablehlo.batch_norm_inference"(%x, %scale, %offset, %mean, %var) <{epsilon = 9.99999974E-6 : f32, feature_index = 1 : i64}> : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4xf32>
    %1:3 = "stablehlo.batch_norm_training"(%x, %scale, %offset) <{epsilon = 1.0E-3 : f32, feature_index = 1 : i64}> : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>) -> (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>)
    %2:3 = "stablehlo.batch_norm_grad"(%x, %scale, %mean, %var, %dy) <{epsilon = 1.0E-3 : f32, feature_index = 1 : i64}> : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>)
    return %0, %1#0, %1#1, %1#2, %2#0, %2#1, %2#2 : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>
  }
}
"""


def test_batch_norm_ops_read_as_hlo_batch_norm():
    module = load(BATCH_NORM)
    ops = entry_ops(module)
    for opcode in ("batch-norm-inference", "batch-norm-training", "batch-norm-grad"):
        assert opcode in ops
    inference = next(i for i in module.entry.instructions if i.opcode is Opcode.BATCH_NORM_INFERENCE)
    assert inference.attrs == {"epsilon": 1e-05, "feature_index": 1}   # the f32, as HLO text prints it
    rng = np.random.default_rng(0)
    x, dy = rng.normal(size=(2, 3, 4)).astype(np.float32), rng.normal(size=(2, 3, 4)).astype(np.float32)
    scale, offset = rng.normal(size=3).astype(np.float32), rng.normal(size=3).astype(np.float32)
    mean, var = rng.normal(size=3).astype(np.float32), rng.uniform(0.5, 2, size=3).astype(np.float32)
    out = Executable(module).run([x, scale, offset, mean, var, dy])
    b = (slice(None), None)
    want = (x - mean[b]) / np.sqrt(var[b] + 1e-5) * scale[b] + offset[b]
    np.testing.assert_allclose(out[0], want, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(out[2], x.mean(axis=(0, 2)), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(out[3], x.var(axis=(0, 2)), rtol=1e-5, atol=1e-6)

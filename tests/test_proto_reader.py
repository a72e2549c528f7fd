"""HloModuleProto / HloProto / HloSnapshot input: reader, writer and their round trips.

The reference for the reader is the text parser: each JAX corpus proto must
give the same module as the HLO text JAX printed for the same program
(module.hlo_module.pb <-> short.hlo.txt; the dump's own text for the dump
protos). Snapshots must carry the arguments in inputs.npz.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from helpers import JAX_CORPUS, assert_modules_equal, hloenv_files
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo._proto import hlo_pb2, xla_data_pb2
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.hlo.proto_reader import read_module_proto, sharding_text
from nccd.compiler.hlo.proto_writer import module_to_proto, sharding_from_text, write_module_proto
from nccd.compiler.ir import attrs as A
from nccd.compiler.ir.dtypes import ElementType, numpy_dtype
from nccd.compiler.ir.module import Instruction, Literal, Module
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.ir.shapes import Layout, Shape

#: (proto file, text file printed for the same module, expected Module.source_format)
PAIRS = [
    ("module.hlo_module.pb", "short.hlo.txt", "proto"),
    ("dump.hlo.pb", "long.hlo.txt", "hlo-proto"),
    ("unoptimized_snapshot.pb", "long.hlo.txt", "unoptimized-snapshot"),
]
#: Header attributes that come from XLA's module config, which an HloModuleProto does not hold.
CONFIG_HEADER_ATTRS = {"replica_count", "num_partitions", "allow_spmd_sharding_propagation_to_parameters",
                       "allow_spmd_sharding_propagation_to_output"}
NO_CORPUS = "tests/corpus/jax has no proto files (run tests/corpus/generate_jax_corpus.py)"


def _corpus_cases():
    cases = [pytest.param(model_dir / pb, model_dir / txt, kind, id=f"{model_dir.name}/{pb}")
             for model_dir in sorted(p for p in JAX_CORPUS.glob("*") if p.is_dir())
             for pb, txt, kind in PAIRS if (model_dir / pb).exists() and (model_dir / txt).exists()]
    return cases or [pytest.param(None, None, None, marks=pytest.mark.skip(reason=NO_CORPUS))]


def _snapshots(name: str):
    found = sorted(JAX_CORPUS.glob(f"*/{name}"))
    return [pytest.param(p, id=p.parent.name) for p in found] or \
        [pytest.param(None, marks=pytest.mark.skip(reason=NO_CORPUS))]


def _read(path) -> Module:
    return read_module_proto(path.read_bytes(), str(path))


def _error_of(data: bytes) -> HloError:
    with pytest.raises(HloError) as info:
        read_module_proto(data, "model.pb")
    return info.value


# -- (a) real JAX protos against the text of the same module -------------------------------------
@pytest.mark.parametrize("pb, txt, kind", _corpus_cases())
def test_proto_reads_like_the_text_of_the_same_module(pb, txt, kind):
    module = _read(pb)
    text = parse_hlo_text(txt.read_text(), str(txt))
    assert module.source_format == kind
    # XLA prints the innermost frame inline for this model's dump; the proto keeps stack_frame_id.
    inline_frames = any(i.metadata is not None and i.metadata.source_file for i in text.all_instructions())
    assert_modules_equal(module, text, check_metadata=not inline_frames)
    if inline_frames:
        for comp in text.computations.values():
            mine = {i.name: i for i in module.computations[comp.name].instructions}
            for inst in comp.instructions:
                if inst.metadata is None:
                    continue
                got = mine[inst.name]
                assert got.metadata.op_name == inst.metadata.op_name, inst.name
                loc, want = module.source_location(got), text.source_location(inst)
                assert _position(loc) == _position(want), inst.name
    for key in set(module.header_attrs) | set(text.header_attrs):
        if key not in CONFIG_HEADER_ATTRS:
            assert module.header_attrs.get(key) == text.header_attrs.get(key), key


def _position(loc):
    return None if loc is None else (loc.file, loc.line, loc.column)


def _npz_value(npz, key: str, manifest_entry: dict | None, like: np.ndarray) -> np.ndarray:
    value = npz[key]
    if manifest_entry and manifest_entry.get("stored_as"):  # bf16/fp8 saved as raw bits
        value = value.view(like.dtype)
    assert value.size == like.size, key
    return value.reshape(like.shape)


def _manifest(model: str) -> dict:
    manifest = JAX_CORPUS / "manifest.json"
    return json.loads(manifest.read_text())["models"].get(model, {}) if manifest.exists() else {}


@pytest.mark.parametrize("path", _snapshots("snapshot.pb"))
def test_snapshot_carries_the_real_arguments_and_result(path):
    module = _read(path)
    assert module.source_format == "snapshot"
    info = _manifest(path.parent.name)
    inputs = np.load(path.parent / "inputs.npz")
    entries = {e["key"]: e for e in info.get("inputs", [])}
    assert len(module.arguments) == len(inputs.files) == len(module.entry.parameters)
    for k, (literal, param) in enumerate(zip(module.arguments, module.entry.parameters)):
        assert literal.shape.compatible(param.shape), (k, literal.shape, param.shape)
        got = literal.to_numpy()
        want = _npz_value(inputs, f"arg{k}", entries.get(f"arg{k}"), got)
        np.testing.assert_array_equal(got, want, err_msg=f"argument {k}")
    outputs = np.load(path.parent / "outputs.npz")
    leaves = module.result.elements if module.result.shape.is_tuple else (module.result,)
    entries = {e["key"]: e for e in info.get("outputs", [])}
    assert len(leaves) == len(outputs.files)
    for k, literal in enumerate(leaves):
        got = literal.to_numpy()
        want = _npz_value(outputs, f"out{k}", entries.get(f"out{k}"), got)
        if got.dtype.kind in "fc" or literal.shape.element_type.is_float:
            np.testing.assert_allclose(got.astype(np.complex128 if got.dtype.kind == "c" else np.float64),
                                       want.astype(np.complex128 if got.dtype.kind == "c" else np.float64),
                                       rtol=1e-5, atol=1e-6, err_msg=f"result {k}")
        else:
            np.testing.assert_array_equal(got, want, err_msg=f"result {k}")


@pytest.mark.parametrize("path", _snapshots("unoptimized_snapshot.pb"))
def test_unoptimized_snapshot_carries_the_arguments(path):
    module = _read(path)
    inputs = np.load(path.parent / "inputs.npz")
    entries = {e["key"]: e for e in _manifest(path.parent.name).get("inputs", [])}
    assert len(module.arguments) == len(inputs.files)
    for k, literal in enumerate(module.arguments):
        got = literal.to_numpy()
        np.testing.assert_array_equal(got, _npz_value(inputs, f"arg{k}", entries.get(f"arg{k}"), got))


def test_while_maps_xla_order_body_then_condition():
    path = JAX_CORPUS / "scan_rnn" / "module.hlo_module.pb"
    if not path.exists():
        pytest.skip(NO_CORPUS)
    proto = hlo_pb2.HloModuleProto.FromString(path.read_bytes())
    names = {c.id: c.name for c in proto.computations}
    whiles = [i for c in proto.computations for i in c.instructions if i.opcode == "while"]
    assert whiles
    module = read_module_proto(proto.SerializeToString())
    for ip in whiles:
        inst = next(i for i in module.all_instructions() if i.name == ip.name)
        body, condition = (names[c] for c in ip.called_computation_ids)
        assert (inst.attrs["body"].name, inst.attrs["condition"].name) == (body, condition)
        assert inst.attrs["condition"].root.shape == Shape.scalar(ElementType.PRED)
    rewritten = module_to_proto(module)
    for ip in (i for c in rewritten.computations for i in c.instructions if i.opcode == "while"):
        ids = {c.id: c for c in rewritten.computations}
        assert ids[ip.called_computation_ids[1]].instructions[-1].shape.element_type == xla_data_pb2.PRED


# -- (b) writer -> reader round trips ---------------------------------------------------------------
def _round_trip(module: Module) -> None:
    data = write_module_proto(module)
    back = read_module_proto(data)
    assert back.source_format == "proto"
    if module.entry_computation_layout is None:  # an HloModuleProto always states it
        module.entry_computation_layout = (module.entry.parameter_shapes(), module.entry.root.shape)
    assert_modules_equal(module, back)
    assert write_module_proto(back) == data, "writing is not deterministic"


HLOENV = hloenv_files()


@pytest.mark.needs_shared
@pytest.mark.parametrize("path", HLOENV, ids=[p.name[-60:] for p in HLOENV])
def test_hloenv_text_round_trips_through_the_proto(path):
    _round_trip(parse_hlo_text(path.read_text(), str(path)))


@pytest.mark.parametrize("path", sorted(JAX_CORPUS.glob("*/*.pb")) or [None],
                         ids=lambda p: f"{p.parent.name}/{p.name}" if p else "none")
def test_jax_proto_round_trips_through_the_writer(path):
    if path is None:
        pytest.skip(NO_CORPUS)
    _round_trip(_read(path))


# -- detection: the same module in each wrapper --------------------------------------------------------
def _tiny_module_proto() -> hlo_pb2.HloModuleProto:
    text = """HloModule tiny, entry_computation_layout={(f32[2,3]{1,0})->f32[3,2]{0,1}}

ENTRY main.5 {
  p.1 = f32[2,3]{1,0} parameter(0)
  c.2 = f32[2,3]{1,0} constant({ {1, 2, 3}, {4, 5, 6} })
  add.3 = f32[2,3]{1,0} add(p.1, c.2)
  ROOT t.4 = f32[3,2]{0,1} transpose(add.3), dimensions={1,0}
}
"""
    return module_to_proto(parse_hlo_text(text))


def test_each_wrapper_is_detected_by_content():
    bare = _tiny_module_proto()
    wrapper = hlo_pb2.HloProto(hlo_module=bare)
    argument = xla_data_pb2.LiteralProto(f32s=[0.5] * 6)
    argument.shape.CopyFrom(bare.host_program_shape.parameters[0])
    snapshot = hlo_pb2.HloSnapshot(hlo=wrapper, arguments=[argument], execution_platform="Host")
    unoptimized = hlo_pb2.HloUnoptimizedSnapshot(hlo_module=bare, partitions=[hlo_pb2.HloInputs(
        arguments=[argument])])
    for message, kind in ((bare, "proto"), (wrapper, "hlo-proto"), (snapshot, "snapshot"),
                          (unoptimized, "unoptimized-snapshot")):
        module = read_module_proto(message.SerializeToString())
        assert module.source_format == kind
        assert module.entry.root.opcode is Opcode.TRANSPOSE
        assert module.entry.instruction("c.2").literal.to_numpy().tolist() == [[1, 2, 3], [4, 5, 6]]
        if kind in ("snapshot", "unoptimized-snapshot"):
            assert [a.to_numpy().tolist() for a in module.arguments] == [[[0.5] * 3] * 2]


# -- literals: every element type, XLA's encodings ----------------------------------------------------
def _constant_module(literal: Literal) -> Module:
    module = Module("lit")
    from nccd.compiler.ir.module import Computation

    comp = Computation("main", is_entry=True)
    comp.add(Instruction("c", Opcode.CONSTANT, literal.shape, literal=literal))
    comp.root = comp.instructions[0]
    module.add_computation(comp)
    return module


ARRAY_TYPES = [t for t in ElementType if t.is_array]


@pytest.mark.parametrize("etype", ARRAY_TYPES, ids=lambda t: t.text)
def test_every_element_type_survives_write_and_read(etype):
    dtype = numpy_dtype(etype)
    if etype == ElementType.PRED:
        values = np.array([True, False, True, True, False, False])
    elif etype.is_complex:
        values = np.array([1 + 2j, -3.5j, 0, 4, 5.25, -6 - 1j], dtype=dtype)
    elif etype.is_integral:
        lo, hi = ((-2 ** (etype.bits - 1), 2 ** (etype.bits - 1) - 1) if etype.is_signed_int
                  else (0, 2 ** etype.bits - 1))
        values = np.array([lo, hi, 0, hi, lo, 0], dtype=np.int64 if lo else np.uint64).astype(dtype)
    elif etype == ElementType.F8E8M0FNU:  # powers of two only
        values = np.array([1, 2, 0.5, 4, 0.25, 8], dtype=np.float32).astype(dtype)
    else:
        values = np.array([0, 1, -1.5, 0.5, 2, -4], dtype=np.float32).astype(dtype)
    shape = Shape.array(etype, (2, 3), layout=Layout((1, 0)))
    back = read_module_proto(write_module_proto(_constant_module(Literal(shape, values.reshape(-1)))))
    got = back.entry.root.literal.values
    assert got.dtype == dtype
    assert got.tobytes() == values.tobytes()


def _literal_proto(etype: ElementType, dims, m2m=None, **data) -> xla_data_pb2.LiteralProto:
    lp = xla_data_pb2.LiteralProto(**data)
    lp.shape.element_type = int(etype)
    lp.shape.dimensions.extend(dims)
    lp.shape.layout.minor_to_major.extend(m2m if m2m is not None else reversed(range(len(dims))))
    return lp


def _read_literal(lp: xla_data_pb2.LiteralProto) -> Literal:
    module = _tiny_module_proto()
    constant = module.computations[0].instructions[1]
    constant.shape.CopyFrom(lp.shape)
    constant.literal.CopyFrom(lp)
    return read_module_proto(module.SerializeToString()).entry.instruction("c.2").literal


def test_literal_encodings_match_xla():
    # 16-bit types are little-endian bytes; complex values interleave real and imaginary parts.
    bf16 = _read_literal(_literal_proto(ElementType.BF16, [2], bf16s=b"\x80\x3f\x00\xc0"))
    assert bf16.to_numpy().astype(np.float32).tolist() == [1.0, -2.0]
    s16 = _read_literal(_literal_proto(ElementType.S16, [2], s16s=b"\xff\xff\x02\x01"))
    assert s16.to_numpy().tolist() == [-1, 0x0102]
    c64 = _read_literal(_literal_proto(ElementType.C64, [2], c64s=[1, 2, 3, -4]))
    assert c64.to_numpy().tolist() == [1 + 2j, 3 - 4j]
    s4 = _read_literal(_literal_proto(ElementType.S4, [3], s4s=b"\xf9\x07\x00"))
    assert s4.to_numpy().astype(np.int8).tolist() == [-7, 7, 0]
    preds = _read_literal(_literal_proto(ElementType.PRED, [3], preds=[True, False, True]))
    assert preds.to_numpy().tolist() == [True, False, True]


def test_literal_in_column_major_layout_reads_in_logical_order():
    # f32[2,3]{0,1}: the data is stored column by column.
    lit = _read_literal(_literal_proto(ElementType.F32, [2, 3], m2m=[0, 1], f32s=[1, 4, 2, 5, 3, 6]))
    assert lit.to_numpy().tolist() == [[1, 2, 3], [4, 5, 6]]
    proto = module_to_proto(_constant_module(lit))
    assert list(proto.computations[0].instructions[0].literal.f32s) == [1, 4, 2, 5, 3, 6]


def test_tuple_literal_and_elided_constant():
    tup = xla_data_pb2.LiteralProto(tuple_literals=[
        _literal_proto(ElementType.S32, [2], s32s=[7, -8]), _literal_proto(ElementType.F64, [], f64s=[0.25])])
    tup.shape.element_type = xla_data_pb2.TUPLE
    tup.shape.tuple_shapes.extend([t.shape for t in tup.tuple_literals])
    lit = _read_literal(tup)
    assert [e.to_numpy().tolist() for e in lit.elements] == [[7, -8], 0.25]
    elided = _read_literal(_literal_proto(ElementType.F32, [4]))  # shape, no data: text's {...}
    assert elided.elided


# -- attributes with raw-text values -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "{replicated}", "{maximal device=3}", "{manual}", "{devices=[2,1]0,1}",
    "{devices=[4,2]<=[8]}", "{devices=[2,4]<=[2,4]T(1,0)}", "{devices=[2,2,2]<=[8] last_tile_dim_replicate}",
    "{devices=[2,2]0,1,2,3 last_tile_dims={manual}}", "{{replicated}, {maximal device=0}}",
    "{replicated shard_as 2}",
])
def test_sharding_text_round_trips(text):
    assert sharding_text(sharding_from_text(text, xla_data_pb2.OpSharding())) == text


def test_iota_replica_groups_expand_and_round_trip():
    text = """HloModule ar
sum.1 {
  a.1 = f32[] parameter(0)
  b.1 = f32[] parameter(1)
  ROOT s.1 = f32[] add(a.1, b.1)
}
ENTRY main.2 {
  p.2 = f32[8]{0} parameter(0)
  ROOT ar.2 = f32[8]{0} all-reduce(p.2), replica_groups={}, to_apply=sum.1
}
"""
    proto = module_to_proto(parse_hlo_text(text))
    ar = proto.computations[1].instructions[1]
    iota = ar.iota_collective_device_list  # replaces the explicit (empty) list: a oneof
    iota.num_replica_groups, iota.num_devices_per_group = 2, 4
    iota.iota_reshape_dims.extend([4, 2])
    iota.iota_transpose_perm.extend([1, 0])
    module = read_module_proto(proto.SerializeToString())
    groups = module.entry.root.attrs["replica_groups"]
    assert groups == A.ReplicaGroups(((0, 2, 4, 6), (1, 3, 5, 7)), "[2,4]<=[4,2]T(1,0)")
    written = module_to_proto(module).computations[1].instructions[1].iota_collective_device_list
    assert list(written.iota_transpose_perm) == [1, 0] and written.num_devices_per_group == 4


def test_self_calling_computation_is_a_cycle():
    def recurse(proto):
        proto.computations[0].instructions[3].called_computation_ids.append(proto.computations[0].id)
    assert "cycle: main.5 -> main.5" in _error_of(_corrupted(recurse)).diagnostics[0].message


# -- (c) malformed input: HloError NCC-E009 with a precise message -----------------------------------
def _corrupted(change) -> bytes:
    proto = _tiny_module_proto()
    change(proto)
    return proto.SerializeToString()


def test_truncated_proto_is_reported_as_truncated():
    data = _tiny_module_proto().SerializeToString()
    error = _error_of(data[: len(data) // 2])
    diag = error.diagnostics[0]
    assert diag.code == "NCC-E009" and diag.file == "model.pb"
    assert "truncated" in diag.message


def test_proto_ending_inside_a_varint_is_reported_as_truncated():
    # field 1, wire type 0, then a varint byte that promises more: the data ends inside the varint
    diag = _error_of(b"\x08\xff").diagnostics[0]
    assert diag.code == "NCC-E009" and "ends inside a varint" in diag.message


def test_random_bytes_are_not_a_module():
    diag = _error_of(np.random.RandomState(7).bytes(4096)).diagnostics[0]
    assert diag.code == "NCC-E009"
    assert diag.message.startswith("cannot decode the protobuf wire format at byte ")


def test_empty_and_text_input():
    assert "empty" in _error_of(b"").diagnostics[0].message
    diag = _error_of(b"HloModule m\nENTRY e { ROOT p = f32[] parameter(0) }\n").diagnostics[0]
    assert diag.code == "NCC-E009"


def test_dangling_operand_id_names_instruction_and_computation():
    def dangle(proto):
        proto.computations[0].instructions[2].operand_ids[1] = 12
    diag = _error_of(_corrupted(dangle)).diagnostics[0]
    assert diag.code == "NCC-E009"
    assert diag.message == ("instruction 'add.3' refers to operand id 12 that is not defined in "
                            "computation 'main.5'")
    assert (diag.instruction, diag.computation) == ("add.3", "main.5")


@pytest.mark.parametrize("change, expected", [
    (lambda p: p.computations[0].instructions[3].called_computation_ids.append(99),
     "instruction 't.4' in computation 'main.5' calls computation id 99, which is not defined"),
    (lambda p: setattr(p.computations[0], "root_id", 77),
     "computation 'main.5' has root_id 77, which is not the id of one of its instructions"),
    (lambda p: setattr(p.computations[0].instructions[2], "name", "p.1"),
     "instruction name 'p.1' is used twice in computation 'main.5'"),
    (lambda p: p.computations[0].instructions[1].literal.f32s.pop(),
     "the literal of instruction 'c.2' in computation 'main.5' holds 5 f32 values in LiteralProto.f32s "
     "but its shape f32[2,3]{1,0} needs 6"),
    (lambda p: setattr(p.computations[0].instructions[3].shape, "element_type", 0),
     "the shape of instruction 't.4' in computation 'main.5' has no element type"),
    (lambda p: p.computations[0].instructions[3].shape.layout.minor_to_major.append(5),
     "has layout minor_to_major [0, 1, 5], which is not a permutation of its 2 dimensions"),
    (lambda p: setattr(p, "entry_computation_id", 42) or setattr(p, "entry_computation_name", "nope"),
     "entry_computation_name 'nope' (and entry_computation_id 42) name no computation"),
])
def test_semantic_errors_are_precise(change, expected):
    diag = _error_of(_corrupted(change)).diagnostics[0]
    assert diag.code == "NCC-E009"
    assert expected in diag.message


def test_unknown_opcode_has_its_own_code():
    diag = _error_of(_corrupted(lambda p: setattr(p.computations[0].instructions[2], "opcode", "frobnicate"))
                     ).diagnostics[0]
    assert diag.code == "NCC-E002" and "'frobnicate'" in diag.message


def test_corrupt_field_deep_inside_is_located():
    data = _corrupted(lambda p: setattr(p.computations[0].instructions[2], "opcode", "ZZZ"))
    data = data.replace(b"ZZZ", b"\xff\xfe\xfd")  # no longer UTF-8
    diag = _error_of(data).diagnostics[0]
    assert diag.code == "NCC-E009"
    assert ("HloModuleProto.computations[0] 'main.5'.instructions[2] 'add.3'.opcode (field 2) "
            "is not valid UTF-8") in diag.message


# XLA prints `/*index=N*/` before every fifth element of a long tuple, in tuple shardings too
# (MaxText train steps: `sharding={{replicated}, ..., /*index=5*/{replicated}, ...}`); the
# parser keeps the sharding verbatim, so the proto writer and the sharding checks must take the
# comment for whitespace, as XLA's lexer does.
_SIX_WAY_SHARDED_ROOT = """HloModule six_outputs

ENTRY main {
  p = f32[4]{0} parameter(0), frontend_attributes={note="keeps /*this*/ text"}
  a = f32[4]{0} add(p, p)
  b = f32[4]{0} multiply(p, p)
  c = f32[4]{0} subtract(a, b)
  ROOT t = (f32[4]{0}, f32[4]{0}, f32[4]{0}, f32[4]{0}, f32[4]{0}, /*index=5*/f32[4]{0}) tuple(p, a, b, c, a, b), sharding={{replicated}, {replicated}, {replicated}, {maximal device=0}, {replicated}, /*index=5*/{maximal device=1}}
}
"""


def test_a_tuple_sharding_with_index_comments_compiles_and_round_trips():
    from nccd.compiler.artifact import container
    from nccd.compiler.compile import compile_module
    from nccd.compiler.options import CompileOptions

    artifact, result = compile_module(parse_hlo_text(_SIX_WAY_SHARDED_ROOT, "six.hlo"), CompileOptions(optlevel=2))
    assert artifact is not None, [d.message for d in result.diagnostics]
    root = container.unpack(artifact).module.entry.root
    assert sharding_text(sharding_from_text(root.attrs["sharding"].text, xla_data_pb2.OpSharding())) == (
        "{{replicated}, {replicated}, {replicated}, {maximal device=0}, {replicated}, {maximal device=1}}")
    proto = module_to_proto(parse_hlo_text(_SIX_WAY_SHARDED_ROOT, "six.hlo"))
    param = next(i for i in proto.computations[0].instructions if i.opcode == "parameter")
    assert param.frontend_attributes.map["note"] == "keeps /*this*/ text"  # a comment in a string is text


def test_the_sharding_checks_read_a_tuple_sharding_with_index_comments():
    from nccd.compiler.ir.sharding import read_sharding

    with_comment = read_sharding("{{replicated}, /*index=1*/{maximal device=2}}")
    assert with_comment is not None and with_comment == read_sharding("{{replicated}, {maximal device=2}}")
    assert [leaf.kind for leaf in with_comment.elements] == ["replicated", "maximal"]

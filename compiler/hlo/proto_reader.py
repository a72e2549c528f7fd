"""Read XLA's binary HLO protos into the IR.

Three top-level messages carry a module, and file names do not say which one
a file holds:

- ``HloModuleProto``: jax ``as_serialized_hlo_module_proto()``, Neuron
  ``*.hlo_module.pb``;
- ``HloProto`` (module in field 1): ``--xla_dump_hlo_as_proto`` dumps;
- ``HloSnapshot`` (an HloProto in field 1, argument and result literals in
  fields 2 and 3): ``--xla_dump_hlo_snapshots`` dumps. XLA's
  ``HloUnoptimizedSnapshot`` (module in field 1, ``HloInputs`` in field 2) is
  read too.

Protobuf parsing is lenient (almost any bytes decode as *some* message), so
the kind is decided by walking the wire format: a module has computations in
field 3 whose entries hold instructions in field 2, and each wrapper is
recognised by finding such a module at its nesting depth. Only then is the
data parsed, once, with the generated classes.

Attributes become the typed values of :mod:`compiler.ir.attrs`, spelled as
XLA's HLO printer spells them, and only where that printer prints them (for
example ``operand_precision`` only when some operand is not ``default``), so
that a module read from a proto equals the same module parsed from text.
Every malformed input raises :class:`HloError` (``NCC-E009``) naming the
message and field at fault.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
from google.protobuf import message_factory
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import DecodeError

from ..diagnostics import MALFORMED_PROTO, UNKNOWN_OPCODE, Diagnostic, HloError
from ..ir import attrs as A
from ..ir.dtypes import ElementType, numpy_dtype
from ..ir.module import (Computation, FileLocation, Instruction, Literal, Metadata, Module,
                         StackFrame, StackFrameIndex)
from ..ir.opcodes import BY_TEXT as OPCODE_BY_TEXT
from ..ir.opcodes import Opcode
from ..ir.shapes import Layout, Shape
from ._proto import hlo_pb2, xla_data_pb2

__all__ = ["read_module_proto", "sharding_text", "frontend_attributes_text", "PROTO_KINDS"]

#: Module.source_format value -> the top-level message it was read from.
PROTO_KINDS = {
    "proto": "HloModuleProto",
    "hlo-proto": "HloProto",
    "snapshot": "HloSnapshot",
    "unoptimized-snapshot": "HloUnoptimizedSnapshot",
}


def read_module_proto(data: bytes, path: str | None = None,
                      external_literal: "Callable[[str, str, Shape], Literal | None] | None" = None) -> Module:
    """Decode an HloModuleProto, HloProto or HloSnapshot (told apart by content) into a Module.

    ``external_literal(computation, instruction, shape)`` supplies the value of a constant stored
    outside the proto (an .ncx artifact keeps large constants as .npy files).
    """
    view = memoryview(data)
    kind = _detect(view, path)
    message_class = getattr(hlo_pb2, PROTO_KINDS[kind])
    try:
        top = message_class.FromString(view)
    except DecodeError:
        where = _locate_decode_error(message_class.DESCRIPTOR, view, PROTO_KINDS[kind])
        raise _error(f"the data is not a valid {PROTO_KINDS[kind]}: {where}", path) from None
    arguments: Sequence[xla_data_pb2.LiteralProto]
    if kind == "proto":
        module_proto, arguments, result = top, (), None
    elif kind == "hlo-proto":
        module_proto, arguments, result = top.hlo_module, (), None
    elif kind == "snapshot":
        module_proto, arguments = top.hlo.hlo_module, top.arguments
        result = top.result if top.HasField("result") else None
    else:
        module_proto = top.hlo_module
        arguments, result = (top.partitions[0].arguments if top.partitions else ()), None
    reader = _ModuleReader(module_proto, path, external_literal)
    module = reader.module()
    module.source_format = kind
    module.source_path = path
    module.arguments = [reader.literal(lit, f"{PROTO_KINDS[kind]} argument {i}")
                        for i, lit in enumerate(arguments)]
    if result is not None:
        module.result = reader.literal(result, f"{PROTO_KINDS[kind]} result")
    return module


def _error(message: str, path: str | None, *, computation: str | None = None,
           instruction: str | None = None, code: str = MALFORMED_PROTO.code) -> HloError:
    return HloError(Diagnostic(code, message, file=path, computation=computation, instruction=instruction))


# -- wire format ---------------------------------------------------------------------------
class _WireError(Exception):
    pass


def _varint(buf: memoryview | bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    n = len(buf)
    while True:
        if pos >= n:
            raise _WireError(f"at byte {pos}: the data ends inside a varint (it is truncated)")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise _WireError(f"at byte {pos}: a varint is longer than 10 bytes")


def _fields(buf: memoryview) -> list[tuple[int, int, int, int]]:
    """``(field number, wire type, payload start, payload end)`` of each field of one message."""
    out = []
    pos, n = 0, len(buf)
    while pos < n:
        start = pos
        key, pos = _varint(buf, pos)
        field, wire = key >> 3, key & 7
        if field == 0:
            raise _WireError(f"at byte {start}: field number 0 is invalid")
        if wire == 0:
            begin = pos
            _, pos = _varint(buf, pos)
            out.append((field, wire, begin, pos))
            continue
        if wire == 2:
            length, pos = _varint(buf, pos)
            size = length
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
        else:
            raise _WireError(f"at byte {start}: field {field} has wire type {wire}, which proto3 "
                             "never writes (this is not a protobuf message, or it is corrupt)")
        if pos + size > n:
            raise _WireError(f"at byte {start}: field {field} declares {size:,} bytes but only "
                             f"{n - pos:,} remain (the data is truncated)")
        out.append((field, wire, pos, pos + size))
        pos += size
    return out


#: Wire types of the HloModuleProto fields that a module must agree with (unknown numbers pass:
#: newer XLA versions add fields).
_MODULE_WIRE = {1: 2, 2: 2, 3: 2, 4: 2, 5: 0, 6: 0, 7: 2, 8: 2, 10: 2, 11: 0, 12: 2, 13: 2,
                14: 2, 15: 2, 16: 0, 17: 2, 18: 2, 19: 2, 21: 2}
#: Top-level wire types of the wrappers.
_WRAPPER_WIRE = {
    "snapshot": {1: 2, 2: 2, 3: 2, 4: 2},
    "hlo-proto": {1: 2, 3: 2},
    "unoptimized-snapshot": {1: 2, 2: 2, 3: 0},
}


def _agrees(fields, expected: dict[int, int]) -> bool:
    return all(expected.get(f, wire) == wire for f, wire, _, _ in fields)


def _field_payload(buf: memoryview, number: int) -> memoryview | None:
    """The payload of the single length-delimited field ``number`` (None if absent or invalid)."""
    try:
        fields = _fields(buf)
    except _WireError:
        return None
    found = [(s, e) for f, wire, s, e in fields if f == number and wire == 2]
    return buf[found[-1][0]:found[-1][1]] if found else None


def _is_module(buf: memoryview | None) -> bool:
    """Does ``buf`` look like an HloModuleProto: computations (3) holding instructions (2)?"""
    if buf is None:
        return False
    try:
        fields = _fields(buf)
    except _WireError:
        return False
    if not _agrees(fields, _MODULE_WIRE):
        return False
    computations = [(s, e) for f, _, s, e in fields if f == 3]
    if not computations:
        return False
    s, e = computations[0]
    try:
        return any(f == 2 and wire == 2 for f, wire, _, _ in _fields(buf[s:e]))
    except _WireError:
        return False


def _detect(buf: memoryview, path: str | None) -> str:
    if len(buf) == 0:
        raise _error("the input is empty", path)
    try:
        top = _fields(buf)
    except _WireError as exc:
        raise _error(f"cannot decode the protobuf wire format {exc}", path) from None
    inner = _field_payload(buf, 1)
    # Deepest wrapper first: a snapshot's field 1 is an HloProto whose field 1 is the module,
    # while the field 1 of a bare module is its name.
    if _agrees(top, _WRAPPER_WIRE["snapshot"]) and _is_module(_field_payload(inner, 1) if inner else None):
        return "snapshot"
    if _is_module(inner):
        if any(f == 2 or (f == 3 and wire == 0) for f, wire, _, _ in top) \
                and _agrees(top, _WRAPPER_WIRE["unoptimized-snapshot"]):
            return "unoptimized-snapshot"
        if _agrees(top, _WRAPPER_WIRE["hlo-proto"]):
            return "hlo-proto"
    if _is_module(buf):
        return "proto"
    numbers = sorted({f for f, _, _, _ in top})
    raise _error("the data is a protobuf message but not an HloModuleProto, HloProto or HloSnapshot: "
                 f"it has top-level fields {', '.join(map(str, numbers[:12]))}"
                 f"{', ...' if len(numbers) > 12 else ''} and no computations (HloModuleProto field 3, "
                 "each with instructions in field 2) at any wrapper depth", path)


_SCALAR_WIRE = {
    FieldDescriptor.TYPE_DOUBLE: 1, FieldDescriptor.TYPE_FIXED64: 1, FieldDescriptor.TYPE_SFIXED64: 1,
    FieldDescriptor.TYPE_FLOAT: 5, FieldDescriptor.TYPE_FIXED32: 5, FieldDescriptor.TYPE_SFIXED32: 5,
    FieldDescriptor.TYPE_STRING: 2, FieldDescriptor.TYPE_BYTES: 2, FieldDescriptor.TYPE_MESSAGE: 2,
}
_WIRE_NAMES = {0: "varint", 1: "64-bit", 2: "length-delimited", 5: "32-bit"}


def _label(desc, buf: memoryview) -> str:
    """`` 'name'`` of a computation/instruction/module sub-message, when field 1 is a readable name."""
    if "name" not in desc.fields_by_name or desc.fields_by_name["name"].number != 1:
        return ""
    payload = _field_payload(buf, 1)
    if payload is None:
        return ""
    try:
        return f" '{bytes(payload).decode('utf-8')}'"
    except UnicodeDecodeError:
        return ""


def _locate_decode_error(desc, buf: memoryview, path: str) -> str:
    """Walk ``buf`` along ``desc`` to the first field protobuf refuses, and describe it."""
    try:
        fields = _fields(buf)
    except _WireError as exc:
        return f"{path}: {exc}"
    counts: dict[int, int] = {}
    for number, wire, start, end in fields:
        fd = desc.fields_by_number.get(number)
        if fd is None:
            continue
        index = counts[number] = counts.get(number, -1) + 1
        where = f"{path}.{fd.name}" + (f"[{index}]" if fd.is_repeated else "")
        expected = _SCALAR_WIRE.get(fd.type, 0)
        packed = fd.is_repeated and expected != 2 and wire == 2
        if wire != expected and not packed:
            return (f"{where} (field {number}) has {_WIRE_NAMES.get(wire, wire)} wire type, "
                    f"expected {_WIRE_NAMES[expected]}")
        payload = buf[start:end]
        if fd.type == FieldDescriptor.TYPE_STRING:
            try:
                bytes(payload).decode("utf-8")
            except UnicodeDecodeError as exc:
                return f"{where} (field {number}) is not valid UTF-8 (byte {exc.start} of the string)"
        elif fd.type == FieldDescriptor.TYPE_MESSAGE:
            sub_class = message_factory.GetMessageClass(fd.message_type)
            try:
                sub_class.FromString(payload)
            except DecodeError:
                return _locate_decode_error(fd.message_type, payload,
                                            where + _label(fd.message_type, payload))
    return f"{path}: protobuf rejects the message (no single field is at fault)"


# -- enum spellings (as XLA's HLO printer writes them) -----------------------------------
def _enum_name(enum_type, value: int) -> str:
    try:
        return enum_type.Name(value)
    except ValueError:
        return str(value)


_RNG_DISTRIBUTIONS = {1: "rng_uniform", 2: "rng_normal"}
_RNG_ALGORITHMS = {0: "rng_default", 1: "rng_three_fry", 2: "rng_philox"}
_CONV_KINDS = {1: "fprop", 2: "dgrad", 3: "wgrad"}
# XLA reads an alias entry of undefined kind as may-alias, and its text has only these two words
_ALIAS_KINDS = {0: "may-alias", 1: "may-alias", 2: "must-alias"}
_DIM_LEVEL_LETTERS = {0: "D", 1: "C", 2: "S", 3: "H"}
_DEFAULT_TAIL_PADDING = (0, 1)  # proto default 0 and XLA's written value 1 both mean "none"


def default_comparison_type(element_type: ElementType) -> str:
    """The ``type=`` XLA assumes (and does not print) for compares of this element type."""
    if element_type.is_float or element_type.is_complex:
        return "FLOAT"
    if element_type.is_signed_int:
        return "SIGNED"
    return "UNSIGNED"


# -- attribute texts kept as Raw ---------------------------------------------------------
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(text: str) -> str:
    """``"text"`` with C escapes, as XLA prints strings."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\{ord(ch):03o}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def frontend_attributes_text(attributes) -> str:
    """``{key="value",...}`` in key order; values that are themselves ``{...}`` stay unquoted."""
    items = []
    for key in sorted(attributes.map):
        value = attributes.map[key]
        items.append(f"{key}={value if value.startswith('{') and value.endswith('}') else quote(value)}")
    return "{" + ",".join(items) + "}"


def _index_text(index) -> str:
    return "{" + ",".join(map(str, index)) + "}"


_SHARDING_TYPES = {0: "replicated", 4: "manual", 5: "unknown", 6: "unreduced"}


def sharding_text(sharding: xla_data_pb2.OpSharding, braces: bool = True) -> str:
    """An OpSharding in HLO text syntax (``{replicated}``, ``{devices=[2,1]0,1}``, ...)."""
    t = sharding.type
    if t == xla_data_pb2.OpSharding.TUPLE:
        return "{" + ", ".join(sharding_text(s) for s in sharding.tuple_shardings) + "}"
    if sharding.HasField("named_sharding"):
        body = f"named_sharding<{len(sharding.named_sharding.dim_shardings)} dims>"
    elif t in _SHARDING_TYPES:
        body = _SHARDING_TYPES[t]
    elif t == xla_data_pb2.OpSharding.MAXIMAL:
        body = f"maximal device={sharding.tile_assignment_devices[0] if sharding.tile_assignment_devices else 0}"
    else:
        body = "devices=[" + ",".join(map(str, sharding.tile_assignment_dimensions)) + "]"
        if sharding.iota_reshape_dims:
            body += "<=[" + ",".join(map(str, sharding.iota_reshape_dims)) + "]"
            perm = list(sharding.iota_transpose_perm)
            if perm and perm != sorted(perm):
                body += "T(" + ",".join(map(str, perm)) + ")"
        else:
            body += ",".join(map(str, sharding.tile_assignment_devices))
        if sharding.replicate_on_last_tile_dim:
            body += " last_tile_dim_replicate"
        if sharding.last_tile_dims:
            body += " last_tile_dims={" + ", ".join(
                _SHARDING_TYPES.get(d, _enum_name(xla_data_pb2.OpSharding.Type, d).lower())
                for d in sharding.last_tile_dims) + "}"
    if sharding.is_shard_group:
        kind = "shard_as" if sharding.shard_group_type == xla_data_pb2.OpSharding.AS else "shard_like"
        body += f" {kind} {sharding.shard_group_id}"
    return "{" + body + "}" if braces else body


def _metadata_extras(md: xla_data_pb2.OpMetadata) -> tuple[tuple[str, str], ...]:
    extras = []
    if md.profile_type:
        extras.append(("profile_type", "{" + ",".join(
            _enum_name(xla_data_pb2.ProfileType, p) for p in md.profile_type) + "}"))
    if md.deduplicated_name:
        extras.append(("deduplicated_name", quote(md.deduplicated_name)))
    if md.scheduling_name:
        extras.append(("scheduling_name", quote(md.scheduling_name)))
    return tuple(extras)


def _float32(value: float) -> float:
    """A float32 field as the shortest decimal that reads back to it (what the text holds)."""
    return float(str(np.float32(value)))


def _bytes_text(data: bytes) -> str:
    """bytes fields (backend_config, infeed_config) as text: UTF-8, undecodable bytes kept.

    Invalid UTF-8 bytes become lone surrogates ("surrogateescape"), so the exact bytes come back
    when the writer encodes the text the same way.
    """
    return data.decode("utf-8", "surrogateescape")


# -- literals ------------------------------------------------------------------------------
_REPEATED, _BYTES = "repeated", "bytes"

def varint_bytes(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def packed_field_bytes(message, field: str) -> bytes:
    """The bytes on the wire of a repeated fixed-width field of ``message`` (packed or not), as
    they are: the protobuf runtime keeps a float field's bits, but hands them to Python as
    doubles."""
    number = message.DESCRIPTOR.fields_by_name[field].number
    data = memoryview(message.SerializeToString())
    return b"".join(data[start:end] for f, _, start, end in _fields(data) if f == number)


#: Element type -> (LiteralProto field, encoding, numpy dtype of the stored values or None = the
#: element type's own dtype). Sub-byte integers and fp4 are stored one element per byte.
_LITERAL_FIELDS: dict[ElementType, tuple[str, str, str | None]] = {
    ElementType.PRED: ("preds", _REPEATED, "bool"),
    ElementType.S8: ("s8s", _BYTES, "i1"), ElementType.U8: ("u8s", _BYTES, "u1"),
    ElementType.S16: ("s16s", _BYTES, "<i2"), ElementType.U16: ("u16s", _BYTES, "<u2"),
    ElementType.F16: ("f16s", _BYTES, "<f2"), ElementType.BF16: ("bf16s", _BYTES, None),
    ElementType.S32: ("s32s", _REPEATED, "i4"), ElementType.S64: ("s64s", _REPEATED, "i8"),
    ElementType.U32: ("u32s", _REPEATED, "u4"), ElementType.U64: ("u64s", _REPEATED, "u8"),
    ElementType.F32: ("f32s", _REPEATED, "f4"), ElementType.F64: ("f64s", _REPEATED, "f8"),
    ElementType.C64: ("c64s", _REPEATED, "f4"), ElementType.C128: ("c128s", _REPEATED, "f8"),
    ElementType.F8E5M2: ("f8e5m2s", _BYTES, None), ElementType.F8E4M3FN: ("f8e4m3fns", _BYTES, None),
    ElementType.F8E4M3B11FNUZ: ("f8e4m3b11fnuzs", _BYTES, None),
    ElementType.F8E5M2FNUZ: ("f8e5m2fnuzs", _BYTES, None),
    ElementType.F8E4M3FNUZ: ("f8e4m3fnuzs", _BYTES, None), ElementType.F8E4M3: ("f8e4m3s", _BYTES, None),
    ElementType.F8E3M4: ("f8e3m4s", _BYTES, None), ElementType.F8E8M0FNU: ("f8e8m0fnus", _BYTES, None),
    ElementType.F4E2M1FN: ("f4e2m1fns", _BYTES, None),
    ElementType.S4: ("s4s", _BYTES, "i1"), ElementType.U4: ("u4s", _BYTES, "u1"),
    ElementType.S2: ("s2s", _BYTES, "i1"), ElementType.U2: ("u2s", _BYTES, "u1"),
    ElementType.S1: ("s1s", _BYTES, "i1"), ElementType.U1: ("u1s", _BYTES, "u1"),
}


def physical_order(shape: Shape) -> list[int] | None:
    """Major-to-minor dimension order of a non-row-major layout (None when row-major)."""
    layout = shape.layout
    if layout is None or shape.rank < 2 or not layout.minor_to_major:
        return None
    major_to_minor = list(reversed(layout.minor_to_major))
    return None if major_to_minor == list(range(shape.rank)) else major_to_minor


# -- opcode tables ---------------------------------------------------------------------------
O = Opcode
#: Opcodes whose ``dimensions`` XLA prints even when empty (other opcodes: when non-empty).
_DIMENSIONS_ALWAYS = frozenset({
    O.BROADCAST, O.CONCATENATE, O.REDUCE, O.REVERSE, O.TRANSPOSE, O.MAP, O.SORT,
    O.GET_DIMENSION_SIZE, O.SET_DIMENSION_SIZE, O.ALL_GATHER, O.ALL_GATHER_START, O.REDUCE_SCATTER,
    O.SCAN,
})
#: Opcodes that keep something other than dimensions in the ``dimensions`` field.
_DIMENSIONS_ELSEWHERE = frozenset({O.IOTA, O.RESHAPE})
#: Opcodes that always print ``replica_groups=``.
_REPLICA_GROUP_OPS = frozenset({
    O.ALL_REDUCE, O.ALL_REDUCE_START, O.ALL_GATHER, O.ALL_GATHER_START, O.ALL_TO_ALL,
    O.RAGGED_ALL_TO_ALL, O.REDUCE_SCATTER, O.COLLECTIVE_BROADCAST, O.COLLECTIVE_REDUCE,
})
_DOT_OPS = frozenset({O.DOT, O.SCALED_DOT})
_PRECISION_OPS = frozenset({O.DOT, O.SCALED_DOT, O.RAGGED_DOT, O.CONVOLUTION, O.CUSTOM_CALL})
_ASYNC_OPS = frozenset({O.ASYNC_START, O.ASYNC_UPDATE, O.ASYNC_DONE})

#: Attribute names of called computations, in the order of ``called_computation_ids``.
#: (Conditional and custom-call are decided per instruction.)
CALLED_COMPUTATION_ATTRS: dict[Opcode, tuple[str, ...]] = {
    O.WHILE: ("body", "condition"),  # proto order is body first; text prints condition first
    O.SELECT_AND_SCATTER: ("select", "scatter"),
    O.FUSION: ("calls",),
    **{op: ("to_apply",) for op in (
        O.CALL, O.REDUCE, O.REDUCE_WINDOW, O.MAP, O.SORT, O.SCATTER, O.ALL_REDUCE, O.ALL_REDUCE_START,
        O.REDUCE_SCATTER, O.COLLECTIVE_REDUCE, O.SCAN)},
    # async-update/-done name the wrapped computation only in older XLA protos; they are
    # decided per instruction like custom-call.
    O.ASYNC_START: ("calls",),
}


class _ModuleReader:
    """Builds a Module from an HloModuleProto; every check raises a precise NCC-E009."""

    def __init__(self, proto: hlo_pb2.HloModuleProto, path: str | None, external_literal=None):
        self.proto = proto
        self.path = path
        self.external_literal = external_literal
        self._shapes: dict[bytes, Shape] = {}
        self.computations: dict[int, Computation] = {}  # by proto id

    def fail(self, message: str, **where) -> HloError:
        return _error(message, self.path, **where)

    # -- module ---------------------------------------------------------------------------
    def module(self) -> Module:
        proto = self.proto
        module = Module(proto.name)
        module.id = proto.id
        by_id: dict[int, tuple[Computation, hlo_pb2.HloComputationProto]] = {}
        by_name: dict[str, Computation] = {}
        for index, cp in enumerate(proto.computations):
            if not cp.name:
                raise self.fail(f"HloModuleProto.computations[{index}] has no name")
            if cp.name in by_name:
                raise self.fail(f"computation name '{cp.name}' is used twice (computations "
                                f"[{list(by_name).index(cp.name)}] and [{index}])", computation=cp.name)
            if cp.id in by_id:
                raise self.fail(f"computations '{by_id[cp.id][0].name}' and '{cp.name}' have the same "
                                f"id {cp.id}", computation=cp.name)
            comp = Computation(cp.name)
            comp.id = cp.id
            if cp.execution_thread and cp.execution_thread != "main":
                comp.execution_thread = cp.execution_thread
            by_id[cp.id] = (comp, cp)
            by_name[cp.name] = comp
        if not by_id:
            raise self.fail(f"HloModuleProto '{proto.name}' has no computations")
        self.computations = {cid: comp for cid, (comp, _) in by_id.items()}
        instruction_protos = {}
        for comp, cp in by_id.values():
            instruction_protos[comp.name] = self.create_instructions(comp, cp)
        for comp, cp in by_id.values():
            self.connect(comp, cp, instruction_protos[comp.name])
        for comp in self.callee_first([c for c, _ in by_id.values()]):
            module.add_computation(comp)
        module.entry = self.entry(by_id, by_name)
        module.entry.is_entry = True
        if proto.HasField("host_program_shape"):
            ps = proto.host_program_shape
            module.entry_computation_layout = (
                [self.shape(p, f"host_program_shape.parameters[{i}]") for i, p in enumerate(ps.parameters)],
                self.shape(ps.result, "host_program_shape.result"))
        module.header_attrs.update(self.header_attrs())
        if proto.HasField("stack_frame_index"):
            module.stack_frames = self.stack_frames(proto.stack_frame_index)
        if proto.HasField("schedule"):
            self.apply_schedule(proto.schedule, by_id)
        return module

    def entry(self, by_id, by_name) -> Computation:
        proto = self.proto
        if proto.entry_computation_id in by_id:
            return by_id[proto.entry_computation_id][0]
        if proto.entry_computation_name:
            if proto.entry_computation_name in by_name:
                return by_name[proto.entry_computation_name]
            raise self.fail(f"entry_computation_name '{proto.entry_computation_name}' (and "
                            f"entry_computation_id {proto.entry_computation_id}) name no computation")
        if proto.entry_computation_id:
            raise self.fail(f"entry_computation_id {proto.entry_computation_id} is not the id of any "
                            "computation")
        return list(by_id.values())[-1][0]

    def callee_first(self, comps: list[Computation]) -> list[Computation]:
        """Proto order, reordered only if a computation comes before one it calls."""
        position = {id(c): i for i, c in enumerate(comps)}
        if all(position[id(callee)] < position[id(c)]
               for c in comps for inst in c.instructions for callee in inst.called_computations()):
            return comps
        order: list[Computation] = []
        state: dict[int, int] = {}  # 1 = on the chain, 2 = ordered

        def callees(comp: Computation):
            return (callee for inst in comp.instructions for callee in inst.called_computations())

        for start in comps:  # post-order with an explicit stack: call chains nest arbitrarily deep
            if id(start) in state:
                continue
            chain, stack = [start], [callees(start)]
            state[id(start)] = 1
            while stack:
                callee = next(stack[-1], None)
                if callee is None:
                    stack.pop()
                    done = chain.pop()
                    state[id(done)] = 2
                    order.append(done)
                elif state.get(id(callee)) == 1:
                    names = [c.name for c in chain[chain.index(callee):]] + [callee.name]
                    raise self.fail(f"computations call each other in a cycle: {' -> '.join(names)}",
                                    computation=callee.name)
                elif id(callee) not in state:
                    state[id(callee)] = 1
                    chain.append(callee)
                    stack.append(callees(callee))
        return order

    def header_attrs(self) -> dict[str, str]:
        proto = self.proto
        out = {}
        if proto.HasField("schedule") and proto.schedule.sequences:
            out["is_scheduled"] = "true"
        if proto.input_output_alias.entries:
            out["input_output_alias"] = "{ " + ", ".join(
                f"{_index_text(e.output_shape_index)}: ({e.parameter_number}, "
                f"{_index_text(e.parameter_shape_index)}, {_ALIAS_KINDS.get(e.kind, 'may-alias')})"
                for e in proto.input_output_alias.entries) + " }"
        if proto.buffer_donor.entries:
            out["buffer_donor"] = "{ " + ", ".join(
                f"({e.parameter_number}, {_index_text(e.parameter_shape_index)})"
                for e in proto.buffer_donor.entries) + " }"
        if proto.frontend_attributes.map:
            out["frontend_attributes"] = frontend_attributes_text(proto.frontend_attributes)
        if proto.HasField("spmd_output_sharding"):
            out["spmd_output_sharding"] = sharding_text(proto.spmd_output_sharding)
        if proto.spmd_parameters_shardings:
            out["spmd_parameters_shardings"] = "{" + ",".join(
                sharding_text(s) for s in proto.spmd_parameters_shardings) + "}"
        return out

    def stack_frames(self, sfi: hlo_pb2.StackFrameIndexProto) -> StackFrameIndex:
        index = StackFrameIndex(list(sfi.file_names), list(sfi.function_names))
        index.file_locations = [FileLocation(loc.file_name_id, loc.function_name_id, loc.line,
                                             loc.end_line, loc.column, loc.end_column)
                                for loc in sfi.file_locations]
        index.stack_frames = [StackFrame(f.file_location_id, f.parent_frame_id) for f in sfi.stack_frames]
        return index

    def apply_schedule(self, schedule: hlo_pb2.HloScheduleProto, by_id) -> None:
        """A scheduled module prints its instructions in schedule order; follow it when complete."""
        for comp_id, sequence in schedule.sequences.items():
            if comp_id not in by_id:
                raise self.fail(f"schedule names computation id {comp_id}, which does not exist")
            comp = by_id[comp_id][0]
            by_inst_id = {inst.id: inst for inst in comp.instructions}
            ids = list(sequence.instruction_ids)
            if sorted(ids) != sorted(by_inst_id):
                continue  # partial schedules (fusion computations, stale ids): keep proto order
            ordered = [by_inst_id[i] for i in ids]
            seen: set[int] = set()
            for inst in ordered:
                if not all(id(o) in seen for o in inst.operands):
                    break
                seen.add(id(inst))
            else:  # every operand before its users: the schedule is a valid order
                comp.instructions = ordered

    # -- instructions -----------------------------------------------------------------------
    def create_instructions(self, comp: Computation, cp) -> list:
        ids: dict[int, Instruction] = {}
        names: set[str] = set()
        protos = []
        for index, ip in enumerate(cp.instructions):
            if not ip.name:
                raise self.fail(f"instruction [{index}] of computation '{comp.name}' has no name",
                                computation=comp.name)
            if ip.name in names:
                raise self.fail(f"instruction name '{ip.name}' is used twice in computation '{comp.name}'",
                                computation=comp.name, instruction=ip.name)
            if ip.id in ids:
                raise self.fail(f"instructions '{ids[ip.id].name}' and '{ip.name}' of computation "
                                f"'{comp.name}' have the same id {ip.id}", computation=comp.name,
                                instruction=ip.name)
            opcode = OPCODE_BY_TEXT.get(ip.opcode)
            if opcode is None:
                if not ip.opcode:
                    raise self.fail(f"instruction '{ip.name}' in computation '{comp.name}' has no opcode",
                                    computation=comp.name, instruction=ip.name)
                raise _error(f"instruction '{ip.name}' in computation '{comp.name}' has unknown opcode "
                             f"'{ip.opcode}'", self.path, computation=comp.name, instruction=ip.name,
                             code=UNKNOWN_OPCODE.code)
            if not ip.HasField("shape"):
                raise self.fail(f"instruction '{ip.name}' in computation '{comp.name}' has no shape",
                                computation=comp.name, instruction=ip.name)
            where = f"instruction '{ip.name}' in computation '{comp.name}'"
            inst = Instruction(ip.name, opcode, self.shape(ip.shape, f"the shape of {where}"), id=ip.id)
            if opcode is O.PARAMETER:
                inst.parameter_number = ip.parameter_number
            elif opcode is O.CONSTANT:
                external = (None if self.external_literal is None
                            else self.external_literal(comp.name, ip.name, inst.shape))
                if external is not None:
                    inst.literal = external
                elif not ip.HasField("literal"):
                    raise self.fail(f"constant {where} has no literal", computation=comp.name,
                                    instruction=ip.name)
                else:
                    inst.literal = self.literal(ip.literal, f"the literal of {where}")
            if ip.HasField("metadata"):
                inst.metadata = self.metadata(ip.metadata)
            comp.add(inst)
            ids[ip.id] = inst
            names.add(ip.name)
            protos.append(ip)
        if not protos:
            raise self.fail(f"computation '{comp.name}' has no instructions", computation=comp.name)
        return protos

    def connect(self, comp: Computation, cp, protos) -> None:
        """Operands, control predecessors, called computations and attributes; root."""
        by_id = {inst.id: inst for inst in comp.instructions}
        position = {inst.id: i for i, inst in enumerate(comp.instructions)}
        forward = False
        for inst, ip in zip(comp.instructions, protos):
            for role, ids, target in (("operand", ip.operand_ids, inst.operands),
                                      ("control predecessor", ip.control_predecessor_ids,
                                       inst.control_predecessors)):
                for operand_id in ids:
                    operand = by_id.get(operand_id)
                    if operand is None:
                        raise self.fail(self.undefined(inst, role, operand_id, comp), computation=comp.name,
                                        instruction=inst.name)
                    forward |= position[operand_id] >= position[inst.id]
                    target.append(operand)
            called = []
            for cid in ip.called_computation_ids:
                callee = self.computations.get(cid)
                if callee is None:
                    raise self.fail(f"instruction '{inst.name}' in computation '{comp.name}' calls "
                                    f"computation id {cid}, which is not defined in the module",
                                    computation=comp.name, instruction=inst.name)
                called.append(callee)
            self.called_attrs(inst, called, comp)
            self.attributes(inst, ip, comp)
        if forward:
            self.topological_order(comp)
        if cp.root_id in by_id:
            comp.root = by_id[cp.root_id]
        elif cp.root_id:
            raise self.fail(f"computation '{comp.name}' has root_id {cp.root_id}, which is not the id of "
                            "one of its instructions", computation=comp.name)
        else:
            comp.root = comp.instructions[-1]

    def undefined(self, inst: Instruction, role: str, operand_id: int, comp: Computation) -> str:
        message = (f"instruction '{inst.name}' refers to {role} id {operand_id} that is not defined in "
                   f"computation '{comp.name}'")
        for other in self.computations.values():
            for candidate in other.instructions:
                if candidate.id == operand_id and other is not comp:
                    return message + f" (it is '{candidate.name}' of computation '{other.name}')"
        return message

    def topological_order(self, comp: Computation) -> None:
        """Operands first, when the proto listed a user before its operand (XLA never does)."""
        order: list[Instruction] = []
        state: dict[int, int] = {}
        for start in comp.instructions:
            stack = [(start, iter(start.operands + start.control_predecessors))]
            if id(start) in state:
                continue
            state[id(start)] = 1
            while stack:
                node, deps = stack[-1]
                for dep in deps:
                    if state.get(id(dep)) == 1:
                        raise self.fail(f"instruction '{node.name}' in computation '{comp.name}' depends "
                                        f"on itself through '{dep.name}'", computation=comp.name,
                                        instruction=node.name)
                    if id(dep) not in state:
                        state[id(dep)] = 1
                        stack.append((dep, iter(dep.operands + dep.control_predecessors)))
                        break
                else:
                    stack.pop()
                    state[id(node)] = 2
                    order.append(node)
        comp.instructions = order

    def called_attrs(self, inst: Instruction, called: list[Computation], comp: Computation) -> None:
        op = inst.opcode
        if op is O.CONDITIONAL:
            if not called:
                raise self.fail(f"conditional '{inst.name}' in computation '{comp.name}' calls no branch "
                                "computations", computation=comp.name, instruction=inst.name)
            if inst.operands and inst.operands[0].shape.element_type == ElementType.PRED and len(called) == 2:
                inst.attrs["true_computation"], inst.attrs["false_computation"] = called
            else:
                inst.attrs["branch_computations"] = tuple(called)
            return
        names = CALLED_COMPUTATION_ATTRS.get(op)
        if names is None:
            if op is O.CUSTOM_CALL and called:
                inst.attrs["called_computations"] = tuple(called)
            elif len(called) == 1:
                inst.attrs["calls"] = called[0]
            elif called:
                inst.attrs["called_computations"] = tuple(called)
            return
        if len(called) != len(names):
            raise self.fail(f"{op.text} '{inst.name}' in computation '{comp.name}' calls {len(called)} "
                            f"computation(s); expected {len(names)} ({', '.join(names)})",
                            computation=comp.name, instruction=inst.name)
        for name, callee in sorted(zip(names, called), key=lambda nc: nc[0] != "condition"):
            inst.attrs[name] = callee

    # -- attributes ---------------------------------------------------------------------------
    def attributes(self, inst: Instruction, ip, comp: Computation) -> None:
        """Convert the proto fields of one instruction into typed attrs (see module docstring)."""
        op, attrs = inst.opcode, inst.attrs
        where = f"instruction '{inst.name}' in computation '{comp.name}'"
        dims = tuple(ip.dimensions)
        if op is O.IOTA:
            attrs["iota_dimension"] = dims[0] if dims else 0
        elif op is O.RESHAPE:
            if dims and dims[0] != -1:
                attrs["inferred_dimension"] = dims[0]
        elif op in _DIMENSIONS_ALWAYS or dims:
            attrs["dimensions"] = dims
        if op is O.GET_TUPLE_ELEMENT:
            attrs["index"] = ip.tuple_index
        if op is O.PARAMETER and ip.parameter_replication.replicated_at_leaf_buffers:
            attrs["parameter_replication"] = tuple(ip.parameter_replication.replicated_at_leaf_buffers)
        if op is O.SLICE:
            attrs["slice"] = tuple(A.SliceDim(s.start, s.limit, s.stride) for s in ip.slice_dimensions)
        if op is O.DYNAMIC_SLICE:
            attrs["dynamic_slice_sizes"] = tuple(ip.dynamic_slice_sizes)
        if op is O.PAD:
            attrs["padding"] = tuple(A.PadDim(d.edge_padding_low, d.edge_padding_high, d.interior_padding)
                                     for d in ip.padding_config.dimensions)
        if op is O.COMPARE:
            self.compare(inst, ip, where)
        if op in _DOT_OPS or op is O.RAGGED_DOT:
            self.dot(inst, ip)
        if ip.HasField("window") and ip.window.dimensions:
            attrs["window"] = A.Window(tuple(
                A.WindowDim(d.size, d.stride, d.padding_low, d.padding_high, d.window_dilation,
                            d.base_dilation, d.window_reversal) for d in ip.window.dimensions))
        if op is O.CONVOLUTION or ip.HasField("convolution_dimension_numbers"):
            self.convolution(inst, ip)
        if op in _PRECISION_OPS:
            self.precision(inst, ip)
        if op is O.GATHER:
            self.gather(inst, ip)
        if op is O.SCATTER:
            self.scatter(inst, ip)
        if op is O.SORT and ip.is_stable:
            attrs["is_stable"] = True
        if op is O.CUSTOM_CALL:
            self.custom_call(inst, ip)
        if op is O.FUSION:
            attrs["kind"] = ip.fusion_kind
        if ip.output_operand_aliasing:
            attrs["output_to_operand_aliasing"] = A.Raw("{" + ", ".join(
                f"{_index_text(a.output_shape_index)}: ({a.operand_index}, "
                f"{_index_text(a.operand_shape_index)})" for a in ip.output_operand_aliasing) + "}")
        if op is O.RNG:
            attrs["distribution"] = _RNG_DISTRIBUTIONS.get(ip.distribution, f"rng_{ip.distribution}")
        if op is O.RNG_BIT_GENERATOR:
            attrs["algorithm"] = _RNG_ALGORITHMS.get(ip.rng_algorithm, f"rng_{ip.rng_algorithm}")
        if op is O.RNG_GET_AND_UPDATE_STATE:
            attrs["delta"] = ip.delta
        if op is O.REDUCE_PRECISION:
            attrs["exponent_bits"], attrs["mantissa_bits"] = ip.exponent_bits, ip.mantissa_bits
        if op in (O.BATCH_NORM_TRAINING, O.BATCH_NORM_INFERENCE, O.BATCH_NORM_GRAD):
            attrs["epsilon"], attrs["feature_index"] = _float32(ip.epsilon), ip.feature_index
        if op is O.FFT:
            attrs["fft_type"] = _enum_name(xla_data_pb2.FftType, ip.fft_type)
            attrs["fft_length"] = tuple(ip.fft_length)
        if op is O.TRIANGULAR_SOLVE:
            options = ip.triangular_solve_options
            for name in ("left_side", "lower", "unit_diagonal"):
                if getattr(options, name):
                    attrs[name] = True
            if options.transpose_a:  # 0 (TRANSPOSE_INVALID) is what a text without transpose_a= gives
                attrs["transpose_a"] = _enum_name(xla_data_pb2.TriangularSolveOptions.Transpose,
                                                  options.transpose_a)
        if op is O.CHOLESKY and ip.cholesky_options.lower:
            attrs["lower"] = True
        if op is O.TOPK:
            attrs["k"], attrs["largest"] = ip.k, ip.largest
        if op is O.SCAN:
            attrs["num_carries"] = ip.num_carries
            if ip.is_reverse:
                attrs["is_reverse"] = True
            if ip.is_associative:
                attrs["is_associative"] = ip.is_associative == hlo_pb2.TRI_STATE_TRUE
        self.collective(inst, ip)
        if ip.is_host_transfer:
            attrs["is_host_transfer"] = True
        if ip.infeed_config:
            attrs["infeed_config"] = _bytes_text(ip.infeed_config)
        if ip.outfeed_config:
            attrs["outfeed_config"] = _bytes_text(ip.outfeed_config)
        if ip.HasField("outfeed_shape"):
            attrs["outfeed_shape"] = self.shape(ip.outfeed_shape, f"the outfeed_shape of {where}")
        if ip.HasField("cross_program_prefetch_index"):
            attrs["cross_program_prefetch_index"] = ip.cross_program_prefetch_index
        if op in _ASYNC_OPS and ip.async_execution_thread not in ("", "main"):
            attrs["async_execution_thread"] = ip.async_execution_thread
        if op is O.CALL and ip.is_composite:
            attrs["is_composite"] = True
        if op is O.DOMAIN:
            # XLA prints the user side as `entry=` but stores it as domain_exit_sharding, and the
            # operand side the other way round (checked against jaxlib 0.10.2's parser).
            attrs["domain"] = A.Raw(f'{{kind="sharding", entry={sharding_text(ip.domain_exit_sharding)}, '
                                    f'exit={sharding_text(ip.domain_entry_sharding)}}}')
        self.common(inst, ip)

    def compare(self, inst: Instruction, ip, where: str) -> None:
        if not ip.comparison_direction:
            raise self.fail(f"compare {where} has no comparison_direction", instruction=inst.name)
        inst.attrs["direction"] = ip.comparison_direction
        operand_type = inst.operands[0].shape.element_type if inst.operands else None
        if ip.comparison_type and (operand_type is None
                                   or ip.comparison_type != default_comparison_type(operand_type)):
            inst.attrs["type"] = ip.comparison_type

    def dot(self, inst: Instruction, ip) -> None:
        attrs = inst.attrs
        if inst.opcode is O.RAGGED_DOT:
            ragged = ip.ragged_dot_dimension_numbers
            dn = ragged.dot_dimension_numbers
        else:
            dn = ip.dot_dimension_numbers
        if dn.lhs_batch_dimensions:
            attrs["lhs_batch_dims"] = tuple(dn.lhs_batch_dimensions)
        attrs["lhs_contracting_dims"] = tuple(dn.lhs_contracting_dimensions)
        if dn.rhs_batch_dimensions:
            attrs["rhs_batch_dims"] = tuple(dn.rhs_batch_dimensions)
        attrs["rhs_contracting_dims"] = tuple(dn.rhs_contracting_dimensions)
        if inst.opcode is O.RAGGED_DOT:
            attrs["lhs_ragged_dims"] = tuple(ragged.lhs_ragged_dimensions)
            if ragged.rhs_group_dimensions:
                attrs["rhs_group_dims"] = tuple(ragged.rhs_group_dimensions)

    def convolution(self, inst: Instruction, ip) -> None:
        dn = ip.convolution_dimension_numbers
        inst.attrs["dim_labels"] = A.ConvDimensionNumbers(
            dn.input_batch_dimension, dn.input_feature_dimension, tuple(dn.input_spatial_dimensions),
            dn.kernel_input_feature_dimension, dn.kernel_output_feature_dimension,
            tuple(dn.kernel_spatial_dimensions), dn.output_batch_dimension, dn.output_feature_dimension,
            tuple(dn.output_spatial_dimensions))
        if ip.feature_group_count not in (0, 1):
            inst.attrs["feature_group_count"] = ip.feature_group_count
        if ip.batch_group_count not in (0, 1):
            inst.attrs["batch_group_count"] = ip.batch_group_count
        if ip.conv_kind in _CONV_KINDS:
            inst.attrs["conv_kind"] = _CONV_KINDS[ip.conv_kind]

    def precision(self, inst: Instruction, ip) -> None:
        config = ip.precision_config
        if any(p != xla_data_pb2.PrecisionConfig.DEFAULT for p in config.operand_precision):
            inst.attrs["operand_precision"] = tuple(
                _enum_name(xla_data_pb2.PrecisionConfig.Precision, p).lower() for p in config.operand_precision)
        if config.algorithm:
            name = _enum_name(xla_data_pb2.PrecisionConfig.Algorithm, config.algorithm)
            inst.attrs["algorithm"] = name.removeprefix("ALG_").lower()

    def gather(self, inst: Instruction, ip) -> None:
        dn, attrs = ip.gather_dimension_numbers, inst.attrs
        attrs["offset_dims"] = tuple(dn.offset_dims)
        attrs["collapsed_slice_dims"] = tuple(dn.collapsed_slice_dims)
        attrs["start_index_map"] = tuple(dn.start_index_map)
        if dn.operand_batching_dims:
            attrs["operand_batching_dims"] = tuple(dn.operand_batching_dims)
        if dn.start_indices_batching_dims:
            attrs["start_indices_batching_dims"] = tuple(dn.start_indices_batching_dims)
        attrs["index_vector_dim"] = dn.index_vector_dim
        attrs["slice_sizes"] = tuple(ip.gather_slice_sizes)
        if ip.indices_are_sorted:
            attrs["indices_are_sorted"] = True

    def scatter(self, inst: Instruction, ip) -> None:
        dn, attrs = ip.scatter_dimension_numbers, inst.attrs
        attrs["update_window_dims"] = tuple(dn.update_window_dims)
        attrs["inserted_window_dims"] = tuple(dn.inserted_window_dims)
        attrs["scatter_dims_to_operand_dims"] = tuple(dn.scatter_dims_to_operand_dims)
        if dn.input_batching_dims:
            attrs["input_batching_dims"] = tuple(dn.input_batching_dims)
        if dn.scatter_indices_batching_dims:
            attrs["scatter_indices_batching_dims"] = tuple(dn.scatter_indices_batching_dims)
        attrs["index_vector_dim"] = dn.index_vector_dim
        if ip.indices_are_sorted:
            attrs["indices_are_sorted"] = True
        if ip.unique_indices:
            attrs["unique_indices"] = True

    def custom_call(self, inst: Instruction, ip) -> None:
        attrs = inst.attrs
        attrs["custom_call_target"] = ip.custom_call_target
        if ip.constrain_layout:
            attrs["operand_layout_constraints"] = tuple(
                self.shape(s, f"operand_shapes_with_layout[{i}] of '{inst.name}'")
                for i, s in enumerate(ip.operand_shapes_with_layout))
        if ip.custom_call_has_side_effect:
            attrs["custom_call_has_side_effect"] = True
        if ip.padding_type:
            attrs["padding_type"] = _enum_name(xla_data_pb2.PaddingType, ip.padding_type)
        if ip.custom_call_schedule:
            attrs["schedule"] = _enum_name(hlo_pb2.CustomCallSchedule, ip.custom_call_schedule)
        if ip.custom_call_api_version != hlo_pb2.API_VERSION_ORIGINAL:
            attrs["api_version"] = _enum_name(hlo_pb2.CustomCallApiVersion, ip.custom_call_api_version)
        if ip.HasField("literal"):
            attrs["literal"] = self.literal(ip.literal, f"the literal of custom-call '{inst.name}'")

    def permute_slice_sizes(self, inst: Instruction, flat: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
        """Split an in-place collective-permute's flat slice sizes into one list per update, as
        XLA does: each list has the rank of its input array, and an input updated through a
        tuple of start indices has one list per element of that tuple."""
        if len(inst.operands) != 4:
            raise self.fail(f"collective-permute '{inst.name}' has slice sizes but not the four operands "
                            "of an in-place update", instruction=inst.name)
        data, starts = inst.operands[0].shape, inst.operands[2].shape
        inputs = data.tuple_shapes if data.is_tuple else (data,)
        per_input = [1] * len(inputs)
        if starts.is_tuple and starts.tuple_shapes and starts.tuple_shapes[0].is_tuple:
            if data.is_tuple and starts.tuple_shapes[0].tuple_shapes[0].is_tuple:
                per_input = [len(s.tuple_shapes) for s in starts.tuple_shapes[:len(inputs)]]
            elif not data.is_tuple:
                per_input = [len(starts.tuple_shapes)]
        ranks = [shape.rank for shape, count in zip(inputs, per_input) for _ in range(count)]
        if sum(ranks) != len(flat):
            raise self.fail(f"collective-permute '{inst.name}' has {len(flat)} slice sizes, but its inputs "
                            f"need {sum(ranks)}", instruction=inst.name)
        out, at = [], 0
        for rank in ranks:
            out.append(flat[at:at + rank])
            at += rank
        return tuple(out)

    def collective(self, inst: Instruction, ip) -> None:
        op, attrs = inst.opcode, inst.attrs
        if op in _REPLICA_GROUP_OPS or ip.replica_groups or ip.HasField("collective_device_list") \
                or ip.HasField("iota_collective_device_list"):
            attrs["replica_groups"] = self.replica_groups(ip)
        if op in (O.COLLECTIVE_PERMUTE, O.COLLECTIVE_PERMUTE_START) or ip.source_target_pairs:
            attrs["source_target_pairs"] = tuple((p.source, p.target) for p in ip.source_target_pairs)
        if op in (O.COLLECTIVE_PERMUTE, O.COLLECTIVE_PERMUTE_START) and ip.dynamic_slice_sizes:
            attrs["slice_sizes"] = self.permute_slice_sizes(inst, tuple(ip.dynamic_slice_sizes))
        if ip.channel_id > 0:
            attrs["channel_id"] = ip.channel_id
        if ip.use_global_device_ids:
            attrs["use_global_device_ids"] = True
        if ip.constrain_layout and op is not O.CUSTOM_CALL:
            attrs["constrain_layout"] = True

    def replica_groups(self, ip) -> A.ReplicaGroups:
        iota = None
        if ip.HasField("iota_collective_device_list"):
            iota = ip.iota_collective_device_list
        elif ip.collective_device_list.HasField("iota_replica_group_list"):
            iota = ip.collective_device_list.iota_replica_group_list
        if iota is not None:
            reshape, perm = list(iota.iota_reshape_dims), list(iota.iota_transpose_perm)
            size = int(np.prod(reshape)) if reshape else 0
            if size != iota.num_replica_groups * iota.num_devices_per_group:
                raise self.fail(f"iota replica groups of '{ip.name}' reshape {size} devices into "
                                f"{iota.num_replica_groups} groups of {iota.num_devices_per_group}",
                                instruction=ip.name)
            devices = np.arange(size).reshape(reshape)
            if perm:
                devices = devices.transpose(perm)
            groups = devices.reshape(iota.num_replica_groups, iota.num_devices_per_group).tolist()
            text = (f"[{iota.num_replica_groups},{iota.num_devices_per_group}]<=["
                    + ",".join(map(str, reshape)) + "]")
            if perm and perm != sorted(perm):
                text += "T(" + ",".join(map(str, perm)) + ")"
            return A.ReplicaGroups(tuple(tuple(g) for g in groups), text)
        groups = ip.collective_device_list.replica_groups or ip.replica_groups
        return A.ReplicaGroups(tuple(tuple(g.replica_ids) for g in groups))

    def common(self, inst: Instruction, ip) -> None:
        """Attributes every opcode may carry."""
        attrs = inst.attrs
        if ip.HasField("sharding"):
            attrs["sharding"] = A.Raw(sharding_text(ip.sharding))
        if ip.frontend_attributes.map:
            attrs["frontend_attributes"] = A.Raw(frontend_attributes_text(ip.frontend_attributes))
        if ip.backend_config:
            attrs["backend_config"] = _bytes_text(ip.backend_config)
        stats = ip.statistics_viz
        if stats.statistics:
            attrs["statistics"] = A.Raw(f"{{visualizing_index={stats.stat_index_to_visualize}," + ",".join(
                f"{s.stat_name}={s.stat_val:g}" for s in stats.statistics) + "}")
        accuracy = ip.result_accuracy
        if accuracy.HasField("tolerance"):
            t = accuracy.tolerance
            attrs["result_accuracy"] = A.Raw(f"{{tolerance={{atol={t.atol:g},rtol={t.rtol:g},ulps={t.ulps}}}}}")
        elif accuracy.mode:
            attrs["result_accuracy"] = A.Raw(
                "{mode=" + _enum_name(xla_data_pb2.ResultAccuracy.Mode, accuracy.mode).lower() + "}")

    # -- shapes, literals, metadata -------------------------------------------------------------
    def element_type(self, value: int, where: str) -> ElementType:
        try:
            return ElementType(value)
        except ValueError:
            name = _enum_name(xla_data_pb2.PrimitiveType, value)
            raise self.fail(f"{where} has element type {name} ({value}), which nccd does not support"
                            if name != str(value) else f"{where} has invalid element type {value}") from None

    def shape(self, sp: xla_data_pb2.ShapeProto, where: str) -> Shape:
        key = sp.SerializeToString()
        shape = self._shapes.get(key)
        if shape is None:
            shape = self._shapes[key] = self._shape(sp, where)
        return shape

    def _shape(self, sp, where: str) -> Shape:
        if sp.element_type == xla_data_pb2.PRIMITIVE_TYPE_INVALID:
            raise self.fail(f"{where} has no element type (PRIMITIVE_TYPE_INVALID)")
        et = self.element_type(sp.element_type, where)
        if et == ElementType.TUPLE:
            return Shape.tuple_of(self._shape(s, where) for s in sp.tuple_shapes)
        if et in (ElementType.TOKEN, ElementType.OPAQUE):
            return Shape(et)
        if et == ElementType.BUFFER:
            return Shape(et, tuple_shapes=tuple(self._shape(s, where) for s in sp.tuple_shapes))
        dims = tuple(sp.dimensions)
        dynamic = tuple(sp.is_dynamic_dimension)
        if dynamic and len(dynamic) != len(dims):
            raise self.fail(f"{where} has {len(dims)} dimensions but {len(dynamic)} is_dynamic_dimension flags")
        if any(d < 0 for d, dyn in zip(dims, dynamic or (False,) * len(dims)) if not dyn):
            raise self.fail(f"{where} has a negative dimension size in {list(dims)}")
        layout = self.layout(sp.layout, len(dims), where) if sp.HasField("layout") else None
        if not dims and layout is not None and layout.is_plain:
            layout = None  # a scalar has one layout; the text never prints it
        return Shape.array(et, dims, dynamic or None, layout)

    def layout(self, lp: xla_data_pb2.LayoutProto, rank: int, where: str) -> Layout:
        m2m = tuple(lp.minor_to_major)
        if m2m and sorted(m2m) != list(range(rank)):
            raise self.fail(f"{where} has layout minor_to_major {list(m2m)}, which is not a permutation "
                            f"of its {rank} dimensions")
        extras = []
        if lp.dim_level_types:
            extras.append("D(" + ",".join(
                _DIM_LEVEL_LETTERS.get(t, "?")
                + ("+" if i < len(lp.dim_unique) and not lp.dim_unique[i] else "")
                + ("~" if i < len(lp.dim_ordered) and not lp.dim_ordered[i] else "")
                for i, t in enumerate(lp.dim_level_types)) + ")")
        if lp.tail_padding_alignment_in_elements not in _DEFAULT_TAIL_PADDING:
            extras.append(f"L({lp.tail_padding_alignment_in_elements})")
        if lp.index_primitive_type:
            extras.append(f"#({self.element_type(lp.index_primitive_type, where).text})")
        if lp.pointer_primitive_type:
            extras.append(f"*({self.element_type(lp.pointer_primitive_type, where).text})")
        for split in lp.split_configs:
            extras.append(f"SC({split.dimension}:" + ",".join(map(str, split.split_indices)) + ")")
        if lp.HasField("physical_shape"):
            extras.append(f"P({self._shape(lp.physical_shape, where).text()})")
        if lp.dynamic_shape_metadata_prefix_bytes:
            extras.append(f"M({lp.dynamic_shape_metadata_prefix_bytes})")
        return Layout(m2m, tuple(tuple(t.dimensions) for t in lp.tiles), lp.memory_space,
                      lp.element_size_in_bits, tuple(extras))

    def literal(self, lp: xla_data_pb2.LiteralProto, where: str) -> Literal:
        if not lp.HasField("shape"):
            raise self.fail(f"{where} has no shape")
        shape = self.shape(lp.shape, where)
        if shape.is_tuple:
            if len(lp.tuple_literals) != len(shape.tuple_shapes):
                raise self.fail(f"{where} has {len(lp.tuple_literals)} tuple elements but its shape "
                                f"{shape} has {len(shape.tuple_shapes)}")
            return Literal(shape, elements=tuple(self.literal(e, f"element {i} of {where}")
                                                 for i, e in enumerate(lp.tuple_literals)))
        if not shape.is_array:
            return Literal(shape)
        et = shape.element_type
        field, encoding, stored = _LITERAL_FIELDS[et]
        target = numpy_dtype(et)
        raw = getattr(lp, field)
        if encoding == _BYTES:
            values = np.frombuffer(raw, dtype=np.dtype(stored) if stored else np.uint8)
            if stored is None:  # bf16 (little-endian 16-bit), fp8 and fp4: reinterpret the bits
                values = values.view(np.dtype("<u2")).view(target) if et == ElementType.BF16 \
                    else values.view(target)
        else:
            values = np.asarray(raw, dtype=np.dtype(stored))
            if stored in ("f4", "f8") and np.isnan(values).any():
                # protobuf hands repeated floats to Python as doubles, which quiets a signalling
                # NaN and keeps no f32 payload: read those values' bits from the wire instead
                values = np.frombuffer(packed_field_bytes(lp, field), dtype=np.dtype("<" + stored))
        count = len(values)
        if et.is_complex:
            if count % 2:
                raise self.fail(f"{where} holds an odd number ({count}) of interleaved real/imaginary "
                                f"values in LiteralProto.{field}")
            values, count = values.view(target), count // 2
        elif values.dtype != target:
            values = values.astype(target)
        if count == 0 and shape.num_elements:
            return Literal(shape)  # no data at all: the proto form of the text's elided `{...}`
        if count != shape.num_elements:
            raise self.fail(f"{where} holds {count} {et.text} values in LiteralProto.{field} but its "
                            f"shape {shape} needs {shape.num_elements}")
        order = physical_order(shape)
        if order is not None:
            values = values.reshape([shape.dims[d] for d in order]).transpose(np.argsort(order)).reshape(-1)
        return Literal(shape, np.ascontiguousarray(values))

    @staticmethod
    def metadata(md: xla_data_pb2.OpMetadata) -> Metadata | None:
        extras = _metadata_extras(md)
        out = Metadata(md.op_type or None, md.op_name or None, md.source_file or None,
                       md.source_line or None, md.source_end_line or None, md.source_column or None,
                       md.source_end_column or None, md.stack_frame_id or None, extras)
        if extras or any(v is not None for v in (out.op_type, out.op_name, out.source_file, out.source_line,
                                                  out.stack_frame_id)):
            return out
        return None


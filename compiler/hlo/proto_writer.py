"""Write the IR as an XLA ``HloModuleProto`` (the inverse of :mod:`.proto_reader`).

Ids are assigned afresh, the way JAX numbers them: computation ``k`` (1-based,
module order) gets id ``k`` and its ``j``-th instruction ``(k << 32) | j``.
Called computations are listed in XLA's order (a while loop's body before its
condition). Attributes kept as raw text (sharding, frontend_attributes,
output_to_operand_aliasing, ...) are parsed back into their messages.

An elided constant (``{...}`` in text) is written as a literal with a shape and
no data, which the reader turns back into an elided constant. An attribute the
proto cannot express raises :class:`HloError` (``NCC-E003``), except for the
purely informational ones (:data:`NON_SEMANTIC_ATTRS`), which are dropped.
"""

from __future__ import annotations

import re
from typing import TypeVar, cast

import numpy as np

from ..diagnostics import BAD_ATTRIBUTE, Diagnostic, HloError
from ..ir import attrs as A
from ..ir.dtypes import ElementType
from ..ir.module import Computation, Instruction, Literal, Metadata, Module
from ..ir.attrs import COMPUTATION_ATTRS as _CALL_ATTRS
from ..ir.opcodes import CALLS_COMPUTATIONS, Opcode
from ..ir.shapes import Layout, Shape
from ._proto import hlo_pb2, xla_data_pb2
from .proto_reader import (_BYTES, _CONV_KINDS, _DIM_LEVEL_LETTERS, _LITERAL_FIELDS, _RNG_ALGORITHMS,
                           _RNG_DISTRIBUTIONS, _SHARDING_TYPES, CALLED_COMPUTATION_ATTRS,
                           default_comparison_type, physical_order, varint_bytes)

__all__ = ["write_module_proto", "module_to_proto"]

O = Opcode
_PRECISION_PER_OPERAND = frozenset({O.DOT, O.SCALED_DOT, O.RAGGED_DOT, O.CONVOLUTION})
_TYPE_BY_TEXT = {t.text: t for t in ElementType}

_E = TypeVar("_E")


def _proto_enum(enum: type[_E], number: int) -> _E:
    """``number`` as a value of the proto enum ``enum``: protoc's stubs type an enum field by its
    wrapper class, while the field holds (and takes) the plain number."""
    return cast(_E, int(number))


def write_module_proto(module: Module) -> bytes:
    """Serialize ``module`` as an HloModuleProto (deterministic bytes)."""
    return module_to_proto(module).SerializeToString(deterministic=True)


def module_to_proto(module: Module) -> hlo_pb2.HloModuleProto:
    return _ModuleWriter(module).module()


def _fail(message: str, inst: Instruction | None = None) -> HloError:
    comp = inst.computation.name if inst is not None and inst.computation is not None else None
    return HloError(Diagnostic(BAD_ATTRIBUTE.code, message, instruction=inst.name if inst else None,
                               computation=comp))


# -- shapes and literals ---------------------------------------------------------------------
_DIM_LEVEL_BY_LETTER = {letter: value for value, letter in _DIM_LEVEL_LETTERS.items()}
_LAYOUT_EXTRA = re.compile(r"(SC|[DL#*PM])\((.*)\)$", re.S)


def _parse_shape_text(text: str) -> Shape:
    from .parser import parse_shape  # the text parser's shape grammar; only needed for rare attributes

    return parse_shape(text)


def shape_to_proto(shape: Shape, out: xla_data_pb2.ShapeProto) -> xla_data_pb2.ShapeProto:
    out.element_type = _proto_enum(xla_data_pb2.PrimitiveType, shape.element_type)
    if shape.is_tuple or shape.element_type == ElementType.BUFFER:
        for element in shape.tuple_shapes:
            shape_to_proto(element, out.tuple_shapes.add())
        return out
    if not shape.is_array:
        return out
    out.dimensions.extend(shape.dims)
    out.is_dynamic_dimension.extend(shape.dynamic or (False,) * shape.rank)
    layout = shape.layout
    if layout is None and shape.rank == 0:
        layout = Layout(())  # what XLA writes for scalars (the reader maps it back to None)
    if layout is not None:
        _layout_to_proto(layout, out.layout)
    return out


def _layout_to_proto(layout: Layout, out: xla_data_pb2.LayoutProto) -> None:
    out.minor_to_major.extend(layout.minor_to_major)
    for tile in layout.tiles:
        out.tiles.add().dimensions.extend(tile)
    out.memory_space = layout.memory_space
    out.element_size_in_bits = layout.element_size_in_bits
    out.tail_padding_alignment_in_elements = 1  # XLA's "no tail padding"
    for extra in layout.extras:
        m = _LAYOUT_EXTRA.match(extra)
        if m is None:
            raise _fail(f"layout item '{extra}' has no HloModuleProto form")
        kind, body = m.groups()
        if kind == "D":
            for item in body.split(","):
                item = item.strip()
                out.dim_level_types.append(_DIM_LEVEL_BY_LETTER[item[0]])
                out.dim_unique.append("+" not in item)
                out.dim_ordered.append("~" not in item)
        elif kind == "L":
            out.tail_padding_alignment_in_elements = int(body)
        elif kind in "#*":
            value = _proto_enum(xla_data_pb2.PrimitiveType, _TYPE_BY_TEXT[body.strip()])
            if kind == "#":
                out.index_primitive_type = value
            else:
                out.pointer_primitive_type = value
        elif kind == "SC":
            dim, _, indices = body.partition(":")
            split = out.split_configs.add()
            split.dimension = int(dim)
            split.split_indices.extend(int(x) for x in indices.split(",") if x.strip())
        elif kind == "P":
            shape_to_proto(_parse_shape_text(body), out.physical_shape)
        else:
            out.dynamic_shape_metadata_prefix_bytes = int(body)


def literal_to_proto(literal: Literal, out: xla_data_pb2.LiteralProto) -> xla_data_pb2.LiteralProto:
    shape = literal.shape
    shape_to_proto(shape, out.shape)
    if shape.is_tuple:
        for element in literal.elements:
            literal_to_proto(element, out.tuple_literals.add())
        return out
    if not shape.is_array or literal.elided:
        return out  # elided `{...}`: shape only
    et = shape.element_type
    field, encoding, stored = _LITERAL_FIELDS[et]
    values = literal.to_numpy()
    order = physical_order(shape)
    values = (values.transpose(order) if order is not None else values).reshape(-1)
    if stored in ("f4", "f8") and np.isnan(values.view(np.dtype(stored)) if et.is_complex else values).any():
        # as bits: extend() takes Python floats (doubles), which would quiet a signalling NaN and
        # drop an f32 payload; the runtime keeps the bits of a field merged from the wire
        raw = values.view(np.dtype("<" + stored)).tobytes() if et.is_complex else \
            values.astype(np.dtype("<" + stored)).tobytes()
        number = out.DESCRIPTOR.fields_by_name[field].number
        out.MergeFromString(varint_bytes(number << 3 | 2) + varint_bytes(len(raw)) + raw)
    elif et.is_complex:
        getattr(out, field).extend(values.view(np.dtype(stored)).tolist())
    elif encoding == _BYTES:
        if stored is None:
            raw = values.view(np.dtype("<u2") if et == ElementType.BF16 else np.uint8)
        else:
            raw = values.astype(np.dtype(stored))
        setattr(out, field, raw.tobytes())
    else:
        getattr(out, field).extend(values.astype(np.dtype(stored)).tolist())
    return out


# -- raw attribute texts ----------------------------------------------------------------------
def _balanced_end(text: str, start: int) -> int:
    """Index just past the bracket group opening at ``start`` (quotes respected)."""
    closing = {"{": "}", "(": ")", "[": "]"}
    stack = []
    i = start
    while i < len(text):
        ch = text[i]
        if ch == '"':
            i += 1
            while i < len(text) and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif ch in closing:
            stack.append(closing[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced brackets in {text!r}")


def _top_level_items(body: str) -> list[str]:
    """Split ``body`` at commas that are not inside brackets or quotes."""
    items, start, i = [], 0, 0
    while i < len(body):
        ch = body[i]
        if ch in "{([":
            i = _balanced_end(body, i)
            continue
        if ch == '"':
            i += 1
            while i < len(body) and body[i] != '"':
                i += 2 if body[i] == "\\" else 1
        elif ch == ",":
            items.append(body[start:i].strip())
            start = i + 1
        i += 1
    if body[start:].strip():
        items.append(body[start:].strip())
    return items


def _unquote(text: str) -> str:
    from .parser import unescape

    return unescape(text[1:-1]) if text[:1] in "\"'" else text


_SHARDING_BY_NAME = {name: _proto_enum(xla_data_pb2.OpSharding.Type, value)
                     for value, name in _SHARDING_TYPES.items()}
_INTS = re.compile(r"-?\d+")


def sharding_from_text(text: str, out: xla_data_pb2.OpSharding) -> xla_data_pb2.OpSharding:
    """Parse HLO sharding syntax (as printed by :func:`proto_reader.sharding_text`)."""
    body = text.strip()
    if not (body.startswith("{") and body.endswith("}")):
        raise ValueError(f"sharding {text!r} is not in braces")
    body = body[1:-1].strip()
    if body.startswith("{") or not body:
        out.type = xla_data_pb2.OpSharding.TUPLE
        for item in _top_level_items(body):
            sharding_from_text(item, out.tuple_shardings.add())
        return out
    body = re.sub(r"\s*metadata=\{.*\}", "", body, flags=re.S)  # provenance only
    group = re.search(r"\s(shard_as|shard_like)\s+(\d+)$", body)
    if group:
        out.is_shard_group = True
        out.shard_group_type = (xla_data_pb2.OpSharding.AS if group.group(1) == "shard_as"
                                else xla_data_pb2.OpSharding.LIKE)
        out.shard_group_id = int(group.group(2))
        body = body[:group.start()]
    word = body.split()[0]
    if word in _SHARDING_BY_NAME:
        out.type = _SHARDING_BY_NAME[word]
    elif word == "maximal":
        out.type = xla_data_pb2.OpSharding.MAXIMAL
        out.tile_assignment_dimensions.append(1)
        device = re.search(r"device=(\d+)", body)
        if device is None:
            raise ValueError(f"cannot read the device of sharding {text!r}")
        out.tile_assignment_devices.append(int(device.group(1)))
    elif body.startswith("devices="):
        out.type = xla_data_pb2.OpSharding.OTHER
        m = re.match(r"devices=\[([\d,\s]*)\]\s*(<=\[([\d,\s]*)\](?:T\(([\d,\s]*)\))?|[\d,\s]*)", body)
        if m is None:
            raise ValueError(f"cannot read tile assignment in sharding {text!r}")
        out.tile_assignment_dimensions.extend(int(x) for x in _INTS.findall(m.group(1)))
        if m.group(3) is not None:
            out.iota_reshape_dims.extend(int(x) for x in _INTS.findall(m.group(3)))
            perm = [int(x) for x in _INTS.findall(m.group(4) or "")]
            out.iota_transpose_perm.extend(perm or range(len(out.iota_reshape_dims)))
        else:
            out.tile_assignment_devices.extend(int(x) for x in _INTS.findall(m.group(2)))
        rest = body[m.end():]
        out.replicate_on_last_tile_dim = "last_tile_dim_replicate" in rest
        dims = re.search(r"last_tile_dims=\{([^}]*)\}", rest)
        if dims:
            for name in dims.group(1).split(","):
                name = name.strip()
                out.last_tile_dims.append(_SHARDING_BY_NAME[name] if name in _SHARDING_BY_NAME
                                          else xla_data_pb2.OpSharding.Type.Value(name.upper()))
    else:
        raise ValueError(f"unsupported sharding {text!r}")
    return out


def frontend_attributes_from_text(text: str, out: xla_data_pb2.FrontendAttributes) -> None:
    body = text.strip()[1:-1]
    for item in _top_level_items(body):
        key, eq, value = item.partition("=")
        if not eq:
            raise ValueError(f"frontend attribute {item!r} is not key=value")
        out.map[key.strip()] = _unquote(value.strip())


_ALIAS = re.compile(r"\{([\d,\s]*)\}\s*:\s*\(\s*(\d+)\s*,\s*\{([\d,\s]*)\}\s*(?:,\s*([\w-]+)\s*)?\)")
_DONOR = re.compile(r"\(\s*(\d+)\s*,\s*\{([\d,\s]*)\}\s*\)")
_ALIAS_KIND = {"undefined-alias": 0, "may-alias": 1, "must-alias": 2}


def _ints(text: str) -> list[int]:
    return [int(x) for x in _INTS.findall(text)]


def _check_covered(text: str, matches: list, what: str) -> None:
    leftover = text
    for m in matches:
        leftover = leftover.replace(m.group(0), "", 1)
    if leftover.strip("{} ,\n"):
        raise ValueError(f"cannot read {what} {text!r}")


# -- the writer --------------------------------------------------------------------------------
class _ModuleWriter:
    def __init__(self, module: Module):
        self.src = module
        self.comp_ids: dict[int, int] = {}
        self.inst_ids: dict[int, int] = {}
        self._shape_bytes: dict[Shape, bytes] = {}
        self._metadata_bytes: dict = {}

    def shape(self, shape: Shape, out: xla_data_pb2.ShapeProto) -> None:
        """``shape`` into ``out``; a model repeats few shapes, so each is encoded once and copied as bytes."""
        encoded = self._shape_bytes.get(shape)
        if encoded is None:
            encoded = self._shape_bytes[shape] = shape_to_proto(shape, xla_data_pb2.ShapeProto()).SerializeToString()
        out.MergeFromString(encoded)

    def module(self) -> hlo_pb2.HloModuleProto:
        src = self.src
        out = hlo_pb2.HloModuleProto(name=src.name, id=src.id or 0)
        comps = list(src.computations.values())
        fusion_bodies = {id(inst.attrs["calls"]) for inst in src.all_instructions()
                         if inst.opcode is O.FUSION and "calls" in inst.attrs}
        for k, comp in enumerate(comps, start=1):
            self.comp_ids[id(comp)] = k
            for j, inst in enumerate(self.ordered(comp), start=1):
                self.inst_ids[id(inst)] = (k << 32) | j
        for comp in comps:
            self.computation(comp, out.computations.add(), id(comp) in fusion_bodies)
        entry = src.entry or comps[-1]
        out.entry_computation_name = entry.name
        out.entry_computation_id = self.comp_ids[id(entry)]
        if src.entry_computation_layout is not None:
            params, result = src.entry_computation_layout
        else:
            params, result = entry.parameter_shapes(), entry.require_root().shape
        for shape in params:
            shape_to_proto(shape, out.host_program_shape.parameters.add())
        shape_to_proto(result, out.host_program_shape.result)
        out.host_program_shape.parameter_names.extend(p.name for p in entry.parameters)
        self.header(out, comps, fusion_bodies)
        self.stack_frames(out)
        return out

    @staticmethod
    def ordered(comp: Computation) -> list[Instruction]:
        """Instructions with every operand before its users (list order when it already is)."""
        seen: set[int] = set()
        for i in comp.instructions:
            if not all(id(o) in seen for o in i.operands + i.control_predecessors):
                break
            seen.add(id(i))
        else:
            return comp.instructions
        order: list[Instruction] = []
        done: set[int] = set()

        def visit(inst: Instruction) -> None:
            stack = [(inst, iter(inst.operands + inst.control_predecessors))]
            while stack:
                node, deps = stack[-1]
                for dep in deps:
                    if id(dep) not in done:
                        stack.append((dep, iter(dep.operands + dep.control_predecessors)))
                        break
                else:
                    stack.pop()
                    if id(node) not in done:
                        done.add(id(node))
                        order.append(node)

        for inst in comp.instructions:
            visit(inst)
        return order

    def header(self, out: hlo_pb2.HloModuleProto, comps, fusion_bodies) -> None:
        attrs = self.src.header_attrs
        if attrs.get("is_scheduled") == "true":
            for comp in comps:
                if id(comp) not in fusion_bodies:
                    out.schedule.sequences[self.comp_ids[id(comp)]].instruction_ids.extend(
                        self.inst_ids[id(i)] for i in self.ordered(comp))
        try:
            if "input_output_alias" in attrs:
                text = attrs["input_output_alias"]
                matches = list(_ALIAS.finditer(text))
                _check_covered(text, matches, "input_output_alias")
                for m in matches:
                    entry = out.input_output_alias.entries.add()
                    entry.output_shape_index.extend(_ints(m.group(1)))
                    entry.parameter_number = int(m.group(2))
                    entry.parameter_shape_index.extend(_ints(m.group(3)))
                    entry.kind = _ALIAS_KIND[m.group(4) or "may-alias"]
            if "buffer_donor" in attrs:
                text = attrs["buffer_donor"]
                matches = list(_DONOR.finditer(text))
                _check_covered(text, matches, "buffer_donor")
                for m in matches:
                    entry = out.buffer_donor.entries.add()
                    entry.parameter_number = int(m.group(1))
                    entry.parameter_shape_index.extend(_ints(m.group(2)))
            if "frontend_attributes" in attrs:
                frontend_attributes_from_text(attrs["frontend_attributes"], out.frontend_attributes)
            if "spmd_output_sharding" in attrs:
                sharding_from_text(attrs["spmd_output_sharding"], out.spmd_output_sharding)
            if "spmd_parameters_shardings" in attrs:
                for item in _top_level_items(attrs["spmd_parameters_shardings"].strip()[1:-1]):
                    sharding_from_text(item, out.spmd_parameters_shardings.add())
        except (ValueError, KeyError) as exc:
            raise _fail(f"module header attribute cannot be written to an HloModuleProto: {exc}") from None

    def stack_frames(self, out: hlo_pb2.HloModuleProto) -> None:
        index = self.src.stack_frames
        if not index:
            return
        sfi = out.stack_frame_index
        sfi.file_names.extend(index.file_names)
        sfi.function_names.extend(index.function_names)
        for loc in index.file_locations:
            sfi.file_locations.add(file_name_id=loc.file_name_id, function_name_id=loc.function_name_id,
                                   line=loc.line, column=loc.column, end_line=loc.end_line,
                                   end_column=loc.end_column)
        for frame in index.stack_frames:
            sfi.stack_frames.add(file_location_id=frame.file_location_id, parent_frame_id=frame.parent_frame_id)

    def computation(self, comp: Computation, out: hlo_pb2.HloComputationProto, is_fusion: bool) -> None:
        out.name = comp.name
        out.id = self.comp_ids[id(comp)]
        out.is_fusion_computation = is_fusion
        if comp.execution_thread:
            out.execution_thread = comp.execution_thread
        for inst in self.ordered(comp):
            self.instruction(inst, out.instructions.add())
        root = comp.root or comp.instructions[-1]
        out.root_id = self.inst_ids[id(root)]
        for param in comp.parameters:
            self.shape(param.shape, out.program_shape.parameters.add())
            out.program_shape.parameter_names.append(param.name)
        self.shape(root.shape, out.program_shape.result)

    def instruction(self, inst: Instruction, out: hlo_pb2.HloInstructionProto) -> None:
        out.name = inst.name
        out.opcode = inst.opcode.text
        out.id = self.inst_ids[id(inst)]
        self.shape(inst.shape, out.shape)
        out.operand_ids.extend(self.inst_ids[id(o)] for o in inst.operands)
        out.control_predecessor_ids.extend(self.inst_ids[id(p)] for p in inst.control_predecessors)
        if inst.parameter_number is not None:
            out.parameter_number = inst.parameter_number
        if inst.literal is not None:
            literal_to_proto(inst.literal, out.literal)
        md = inst.metadata
        if md is not None:
            md_key = (md.op_type, md.op_name, md.source_file, md.source_line, md.source_end_line, md.source_column,
                      md.source_end_column, md.stack_frame_id, md.extras)
            encoded = self._metadata_bytes.get(md_key)
            if encoded is None:  # instructions of one framework op share their metadata
                message = xla_data_pb2.OpMetadata()
                _metadata_to_proto(md, message)
                encoded = self._metadata_bytes[md_key] = message.SerializeToString()
            out.metadata.MergeFromString(encoded)
        if inst.opcode in CALLS_COMPUTATIONS or inst.attrs.keys() & _CALL_ATTRS:
            out.called_computation_ids.extend(self.comp_ids[id(c)] for c in self.called(inst))
        for key, value in inst.attrs.items():
            if isinstance(value, Computation) or (isinstance(value, tuple) and value
                                                  and isinstance(value[0], Computation)):
                continue
            encode = _ENCODERS.get(key)
            if encode is None:
                if key in A.NON_SEMANTIC_ATTRS:
                    continue
                raise _fail(f"attribute '{key}' of '{inst.name}' has no HloModuleProto form", inst)
            if isinstance(value, A.Raw):
                value = A.Raw(A.without_comments(value.text))
            try:
                encode(out, value, inst)
            except (ValueError, KeyError, TypeError) as exc:
                raise _fail(f"attribute '{key}' of '{inst.name}' cannot be written to an HloModuleProto: "
                            f"{exc}", inst) from None
        if inst.opcode is O.COMPARE and not out.comparison_type and inst.operands:
            out.comparison_type = default_comparison_type(inst.operands[0].shape.element_type)
        if inst.opcode in _PRECISION_PER_OPERAND and not out.precision_config.operand_precision:
            out.precision_config.operand_precision.extend([xla_data_pb2.PrecisionConfig.DEFAULT]
                                                          * len(inst.operands))  # as XLA writes it
        if inst.opcode in (O.CONVOLUTION, O.CUSTOM_CALL) or "dim_labels" in inst.attrs:
            out.feature_group_count = out.feature_group_count or 1
            out.batch_group_count = out.batch_group_count or 1
        if inst.opcode is O.CUSTOM_CALL and "api_version" not in inst.attrs:
            out.custom_call_api_version = hlo_pb2.API_VERSION_ORIGINAL

    @staticmethod
    def called(inst: Instruction) -> list[Computation]:
        attrs = inst.attrs
        names = CALLED_COMPUTATION_ATTRS.get(inst.opcode)
        if names is not None and all(n in attrs for n in names):
            return [attrs[n] for n in names]
        if "true_computation" in attrs:
            return [attrs["true_computation"], attrs["false_computation"]]
        for key in ("branch_computations", "called_computations"):
            if key in attrs:
                return list(attrs[key])
        return inst.called_computations()


def _metadata_to_proto(md: Metadata, out: xla_data_pb2.OpMetadata) -> None:
    out.op_type = md.op_type or ""
    out.op_name = md.op_name or ""
    out.source_file = md.source_file or ""
    out.source_line = md.source_line or 0
    out.source_end_line = md.source_end_line or 0
    out.source_column = md.source_column or 0
    out.source_end_column = md.source_end_column or 0
    out.stack_frame_id = md.stack_frame_id or 0
    for key, value in md.extras:
        if key in ("deduplicated_name", "scheduling_name"):
            setattr(out, key, _unquote(value))
        elif key == "profile_type":
            out.profile_type.extend(xla_data_pb2.ProfileType.Value(v.strip())
                                    for v in value.strip("{}").split(",") if v.strip())


# -- attribute encoders: HLO attribute name -> fills the instruction proto ----------------------
def _set(field: str):
    def encode(out, value, inst):
        setattr(out, field, value)
    return encode


def _slice_sizes(out, value, inst) -> None:
    """A gather's slice sizes, or an in-place collective-permute's, one list per update,
    which the proto holds flat (the reader splits them by the operands' ranks)."""
    if inst.opcode in (Opcode.COLLECTIVE_PERMUTE, Opcode.COLLECTIVE_PERMUTE_START):
        out.dynamic_slice_sizes.extend(size for sizes in value for size in sizes)
    else:
        out.gather_slice_sizes.extend(value)


def _extend(field: str):
    def encode(out, value, inst):
        getattr(out, field).extend(value)
    return encode


def _dot_dims(field: str):
    def encode(out, value, inst):
        dn = (out.ragged_dot_dimension_numbers.dot_dimension_numbers if inst.opcode is O.RAGGED_DOT
              else out.dot_dimension_numbers)
        getattr(dn, field).extend(value)
    return encode


def _sub(message: str, field: str, repeated: bool = True):
    def encode(out, value, inst):
        target = getattr(out, message)
        if repeated:
            getattr(target, field).extend(value)
        else:
            setattr(target, field, value)
    return encode


def _gather_or_scatter(field_gather: str | None, field_scatter: str | None, repeated: bool = True):
    def encode(out, value, inst):
        if inst.opcode is O.SCATTER:
            message, field = out.scatter_dimension_numbers, field_scatter
        else:
            message, field = out.gather_dimension_numbers, field_gather
        if repeated:
            getattr(message, field).extend(value)
        else:
            setattr(message, field, value)
    return encode


def _window(out, value: A.Window, inst):
    for d in value.dims:
        out.window.dimensions.add(size=d.size, stride=d.stride, padding_low=d.padding_low,
                                  padding_high=d.padding_high, window_dilation=d.window_dilation,
                                  base_dilation=d.base_dilation, window_reversal=d.window_reversal)


def _dim_labels(out, dn: A.ConvDimensionNumbers, inst):
    c = out.convolution_dimension_numbers
    c.input_batch_dimension, c.input_feature_dimension = dn.input_batch, dn.input_feature
    c.input_spatial_dimensions.extend(dn.input_spatial)
    c.kernel_input_feature_dimension, c.kernel_output_feature_dimension = (dn.kernel_input_feature,
                                                                           dn.kernel_output_feature)
    c.kernel_spatial_dimensions.extend(dn.kernel_spatial)
    c.output_batch_dimension, c.output_feature_dimension = dn.output_batch, dn.output_feature
    c.output_spatial_dimensions.extend(dn.output_spatial)


def _algorithm(out, value: str, inst):
    if inst.opcode is O.RNG_BIT_GENERATOR:
        out.rng_algorithm = {v: k for k, v in _RNG_ALGORITHMS.items()}[value]
    else:
        out.precision_config.algorithm = xla_data_pb2.PrecisionConfig.Algorithm.Value("ALG_" + value.upper())


def _replica_groups(out, value: A.ReplicaGroups, inst):
    if value.iota_text:
        m = re.fullmatch(r"\[(\d+),(\d+)\]<=\[([\d,]+)\](?:T\(([\d,]+)\))?", value.iota_text.replace(" ", ""))
        if m is None:
            raise ValueError(f"cannot read iota replica groups {value.iota_text!r}")
        iota = out.iota_collective_device_list
        iota.num_replica_groups, iota.num_devices_per_group = int(m.group(1)), int(m.group(2))
        iota.iota_reshape_dims.extend(_ints(m.group(3)))
        iota.iota_transpose_perm.extend(_ints(m.group(4)) if m.group(4)
                                        else range(len(iota.iota_reshape_dims)))
        return
    device_list = out.collective_device_list
    device_list.SetInParent()
    for group in value.groups:
        device_list.replica_groups.add().replica_ids.extend(group)


def _lower(out, value: bool, inst):
    if inst.opcode is O.CHOLESKY:
        out.cholesky_options.lower = value
    else:
        out.triangular_solve_options.lower = value


def _output_to_operand_aliasing(out, value: A.Raw, inst):
    matches = list(_ALIAS.finditer(value.text))
    _check_covered(value.text, matches, "output_to_operand_aliasing")
    for m in matches:
        alias = out.output_operand_aliasing.add()
        alias.output_shape_index.extend(_ints(m.group(1)))
        alias.operand_index = int(m.group(2))
        alias.operand_shape_index.extend(_ints(m.group(3)))


def _domain(out, value: A.Raw, inst):
    text = value.text
    # text `entry=` is proto domain_exit_sharding and vice versa (see proto_reader)
    for key, target in (("entry", out.domain_exit_sharding), ("exit", out.domain_entry_sharding)):
        m = re.search(rf"\b{key}=\{{", text)
        if m is None:
            raise ValueError(f"domain {text!r} has no {key}=")
        start = m.end() - 1
        sharding_from_text(text[start:_balanced_end(text, start)], target)


def _statistics(out, value: A.Raw, inst):
    items = _top_level_items(value.text.strip()[1:-1])
    for item in items:
        key, _, number = item.partition("=")
        if key.strip() == "visualizing_index":
            out.statistics_viz.stat_index_to_visualize = int(number)
        else:
            out.statistics_viz.statistics.add(stat_name=key.strip(), stat_val=float(number))


def _result_accuracy(out, value: A.Raw, inst):
    text = value.text.replace(" ", "")
    m = re.fullmatch(r"\{mode=(\w+)\}", text)
    if m:
        out.result_accuracy.mode = xla_data_pb2.ResultAccuracy.Mode.Value(m.group(1).upper())
        return
    tolerance = out.result_accuracy.tolerance
    for key, number in re.findall(r"(atol|rtol|ulps)=([-+\d.eE]+)", text):
        setattr(tolerance, key, int(number) if key == "ulps" else float(number))


def _literal(out, value: Literal, inst):
    literal_to_proto(value, out.literal)


def _operand_layout_constraints(out, value, inst):
    out.constrain_layout = True
    for shape in value:
        shape_to_proto(shape, out.operand_shapes_with_layout.add())


def _outfeed_shape(out, value, inst):
    shape = _parse_shape_text(value.text) if isinstance(value, A.Raw) else value
    shape_to_proto(shape, out.outfeed_shape)


def _text_bytes(field: str):
    def encode(out, value: str, inst):
        setattr(out, field, value.encode("utf-8", "surrogateescape"))
    return encode


def _enum(field: str, enum_type, table: dict | None = None):
    def encode(out, value: str, inst):
        setattr(out, field, table[value] if table is not None else enum_type.Value(value))
    return encode


def _dimensions(out, value, inst):
    out.dimensions.extend(value)


def _iota_dimension(out, value, inst):
    out.dimensions.append(value)


_ENCODERS = {
    "dimensions": _dimensions,
    "iota_dimension": _iota_dimension,
    "inferred_dimension": _iota_dimension,
    "split_dimension": _iota_dimension,
    "index": _set("tuple_index"),
    "slice": lambda out, v, inst: [out.slice_dimensions.add(start=s.start, limit=s.limit, stride=s.stride)
                                   for s in v],
    "dynamic_slice_sizes": _extend("dynamic_slice_sizes"),
    "padding": lambda out, v, inst: [out.padding_config.dimensions.add(
        edge_padding_low=p.low, edge_padding_high=p.high, interior_padding=p.interior) for p in v],
    "direction": _set("comparison_direction"),
    "type": _set("comparison_type"),
    "lhs_batch_dims": _dot_dims("lhs_batch_dimensions"),
    "rhs_batch_dims": _dot_dims("rhs_batch_dimensions"),
    "lhs_contracting_dims": _dot_dims("lhs_contracting_dimensions"),
    "rhs_contracting_dims": _dot_dims("rhs_contracting_dimensions"),
    "lhs_ragged_dims": _sub("ragged_dot_dimension_numbers", "lhs_ragged_dimensions"),
    "rhs_group_dims": _sub("ragged_dot_dimension_numbers", "rhs_group_dimensions"),
    "operand_precision": lambda out, v, inst: out.precision_config.operand_precision.extend(
        xla_data_pb2.PrecisionConfig.Precision.Value(p.upper()) for p in v),
    "algorithm": _algorithm,
    "window": _window,
    "dim_labels": _dim_labels,
    "feature_group_count": _set("feature_group_count"),
    "batch_group_count": _set("batch_group_count"),
    "conv_kind": _enum("conv_kind", None, {v: k for k, v in _CONV_KINDS.items()}),
    "offset_dims": _sub("gather_dimension_numbers", "offset_dims"),
    "collapsed_slice_dims": _sub("gather_dimension_numbers", "collapsed_slice_dims"),
    "start_index_map": _sub("gather_dimension_numbers", "start_index_map"),
    "operand_batching_dims": _sub("gather_dimension_numbers", "operand_batching_dims"),
    "start_indices_batching_dims": _sub("gather_dimension_numbers", "start_indices_batching_dims"),
    "slice_sizes": _slice_sizes,
    "update_window_dims": _sub("scatter_dimension_numbers", "update_window_dims"),
    "inserted_window_dims": _sub("scatter_dimension_numbers", "inserted_window_dims"),
    "scatter_dims_to_operand_dims": _sub("scatter_dimension_numbers", "scatter_dims_to_operand_dims"),
    "input_batching_dims": _sub("scatter_dimension_numbers", "input_batching_dims"),
    "scatter_indices_batching_dims": _sub("scatter_dimension_numbers", "scatter_indices_batching_dims"),
    "index_vector_dim": _gather_or_scatter("index_vector_dim", "index_vector_dim", repeated=False),
    "indices_are_sorted": _set("indices_are_sorted"),
    "unique_indices": _set("unique_indices"),
    "is_stable": _set("is_stable"),
    "k": _set("k"),
    "largest": _set("largest"),
    "num_carries": _set("num_carries"),
    "is_reverse": _set("is_reverse"),
    "is_associative": lambda out, v, inst: setattr(out, "is_associative",
                                                   hlo_pb2.TRI_STATE_TRUE if v else hlo_pb2.TRI_STATE_FALSE),
    "kind": _set("fusion_kind"),
    "custom_call_target": _set("custom_call_target"),
    "backend_config": _text_bytes("backend_config"),
    "api_version": _enum("custom_call_api_version", hlo_pb2.CustomCallApiVersion),
    "custom_call_has_side_effect": _set("custom_call_has_side_effect"),
    "is_composite": _set("is_composite"),
    "operand_layout_constraints": _operand_layout_constraints,
    "schedule": _enum("custom_call_schedule", hlo_pb2.CustomCallSchedule),
    "custom_call_schedule": _enum("custom_call_schedule", hlo_pb2.CustomCallSchedule),
    "padding_type": _enum("padding_type", xla_data_pb2.PaddingType),
    "literal": _literal,
    "distribution": _enum("distribution", None, {v: k for k, v in _RNG_DISTRIBUTIONS.items()}),
    "exponent_bits": _set("exponent_bits"),
    "mantissa_bits": _set("mantissa_bits"),
    "delta": _set("delta"),
    "epsilon": _set("epsilon"),
    "feature_index": _set("feature_index"),
    "fft_type": _enum("fft_type", xla_data_pb2.FftType),
    "fft_length": _extend("fft_length"),
    "left_side": _sub("triangular_solve_options", "left_side", repeated=False),
    "lower": _lower,
    "unit_diagonal": _sub("triangular_solve_options", "unit_diagonal", repeated=False),
    "transpose_a": lambda out, v, inst: setattr(out.triangular_solve_options, "transpose_a",
                                                xla_data_pb2.TriangularSolveOptions.Transpose.Value(v)),
    "replica_groups": _replica_groups,
    "channel_id": _set("channel_id"),
    "use_global_device_ids": _set("use_global_device_ids"),
    "constrain_layout": _set("constrain_layout"),
    "source_target_pairs": lambda out, v, inst: [out.source_target_pairs.add(source=s, target=t) for s, t in v],
    "is_host_transfer": _set("is_host_transfer"),
    "parameter_replication": _sub("parameter_replication", "replicated_at_leaf_buffers"),
    "cross_program_prefetch_index": _set("cross_program_prefetch_index"),
    "async_execution_thread": _set("async_execution_thread"),
    "infeed_config": _text_bytes("infeed_config"),
    "outfeed_config": _text_bytes("outfeed_config"),
    "outfeed_shape": _outfeed_shape,
    "sharding": lambda out, v, inst: sharding_from_text(v.text, out.sharding),
    "frontend_attributes": lambda out, v, inst: frontend_attributes_from_text(v.text, out.frontend_attributes),
    "output_to_operand_aliasing": _output_to_operand_aliasing,
    "domain": _domain,
    "statistics": _statistics,
    "result_accuracy": _result_accuracy,
}

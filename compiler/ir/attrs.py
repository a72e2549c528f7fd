"""Typed attribute values of HLO instructions.

Instruction attributes are kept in ``Instruction.attrs`` keyed by their HLO
text name (``dimensions``, ``window``, ``to_apply``...). Each name has one
value kind, listed in :data:`ATTR_KINDS`; the parser, the printer, the proto
reader and the verifier all go through that table.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any


class Kind(enum.Enum):
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    STRING = "string"          # quoted in text
    ENUM = "enum"              # bare word in text (EQ, kLoop, rng_default, ...)
    INT_LIST = "int-list"      # {1,2,3}
    ENUM_LIST = "enum-list"    # {default,highest}
    BOOL_LIST = "bool-list"    # {true,false}
    WINDOW = "window"          # {size=3x3 stride=2x2 pad=1_1x1_1 ...}
    DIM_LABELS = "dim-labels"  # b01f_01io->b01f
    SLICE = "slice"            # {[0:4:1], [1:3]}
    PADDING = "padding"        # 0_0_0x1_1_0
    COMPUTATION = "computation"
    COMPUTATION_LIST = "computation-list"
    REPLICA_GROUPS = "replica-groups"  # {{0,1},{2,3}} or [2,2]<=[4]
    INT_PAIRS = "int-pairs"    # {{0,1},{1,0}}
    INT_LISTS = "int-lists"    # {{128,32},{64,32}}
    LITERAL = "literal"        # s32[2] {1, 2}: a shape and its value (custom-call literal=)
    RAW = "raw"                # kept verbatim (sharding, frontend_attributes, ...)
    SHAPE = "shape"            # f32[8]{0}
    SHAPE_LIST = "shape-list"  # {f32[2]{0}, s32[]}
    BACKEND_CONFIG = "backend-config"  # "..." or a raw {json}

    # Members are singletons compared by identity; Enum's own __hash__ is Python code, run for
    # every attribute the fingerprint looks at (as for Opcode).
    __hash__ = object.__hash__


#: The value of one instruction attribute. Its Python type is set by its name's kind (the table
#: below: INT_LIST a tuple of ints, WINDOW a Window, COMPUTATION a Computation...), which a type
#: checker cannot tie to a string key, so readers rely on the table rather than on the annotation.
AttrValue = Any

#: HLO attribute name -> value kind. Names not listed are kept as RAW text.
ATTR_KINDS: dict[str, Kind] = {
    # structural
    "dimensions": Kind.INT_LIST, "iota_dimension": Kind.INT, "index": Kind.INT,
    "inferred_dimension": Kind.INT, "slice": Kind.SLICE, "dynamic_slice_sizes": Kind.INT_LIST,
    "padding": Kind.PADDING, "direction": Kind.ENUM, "type": Kind.ENUM,
    # dot / ragged dot
    "lhs_batch_dims": Kind.INT_LIST, "rhs_batch_dims": Kind.INT_LIST,
    "lhs_contracting_dims": Kind.INT_LIST, "rhs_contracting_dims": Kind.INT_LIST,
    "lhs_ragged_dims": Kind.INT_LIST, "rhs_group_dims": Kind.INT_LIST,
    "operand_precision": Kind.ENUM_LIST, "algorithm": Kind.ENUM,
    # convolution / windows
    "dim_labels": Kind.DIM_LABELS, "window": Kind.WINDOW, "feature_group_count": Kind.INT,
    "batch_group_count": Kind.INT, "conv_kind": Kind.ENUM,
    # gather / scatter
    "offset_dims": Kind.INT_LIST, "collapsed_slice_dims": Kind.INT_LIST, "start_index_map": Kind.INT_LIST,
    "index_vector_dim": Kind.INT, "slice_sizes": Kind.INT_LIST, "operand_batching_dims": Kind.INT_LIST,
    "start_indices_batching_dims": Kind.INT_LIST, "update_window_dims": Kind.INT_LIST,
    "inserted_window_dims": Kind.INT_LIST, "scatter_dims_to_operand_dims": Kind.INT_LIST,
    "input_batching_dims": Kind.INT_LIST, "scatter_indices_batching_dims": Kind.INT_LIST,
    "indices_are_sorted": Kind.BOOL, "unique_indices": Kind.BOOL,
    # called computations
    "to_apply": Kind.COMPUTATION, "condition": Kind.COMPUTATION, "body": Kind.COMPUTATION,
    "calls": Kind.COMPUTATION, "select": Kind.COMPUTATION, "scatter": Kind.COMPUTATION,
    "true_computation": Kind.COMPUTATION, "false_computation": Kind.COMPUTATION,
    "branch_computations": Kind.COMPUTATION_LIST, "called_computations": Kind.COMPUTATION_LIST,
    # sort / topk / scan
    "is_stable": Kind.BOOL, "k": Kind.INT, "largest": Kind.BOOL, "num_carries": Kind.INT,
    "is_reverse": Kind.BOOL, "is_associative": Kind.BOOL,
    # fusion / custom call
    "kind": Kind.ENUM, "custom_call_target": Kind.STRING, "backend_config": Kind.BACKEND_CONFIG,
    "api_version": Kind.ENUM, "custom_call_has_side_effect": Kind.BOOL, "is_composite": Kind.BOOL,
    "operand_layout_constraints": Kind.SHAPE_LIST, "schedule": Kind.ENUM, "padding_type": Kind.ENUM,
    "custom_call_schedule": Kind.ENUM,
    # rng / precision / numerics
    "distribution": Kind.ENUM, "exponent_bits": Kind.INT, "mantissa_bits": Kind.INT,
    "delta": Kind.INT, "epsilon": Kind.FLOAT, "feature_index": Kind.INT,
    # fft / linalg
    "fft_type": Kind.ENUM, "fft_length": Kind.INT_LIST, "left_side": Kind.BOOL, "lower": Kind.BOOL,
    "unit_diagonal": Kind.BOOL, "transpose_a": Kind.ENUM,
    # collectives
    "replica_groups": Kind.REPLICA_GROUPS, "channel_id": Kind.INT, "use_global_device_ids": Kind.BOOL,
    "constrain_layout": Kind.BOOL, "source_target_pairs": Kind.INT_PAIRS, "is_host_transfer": Kind.BOOL,
    "split_dimension": Kind.INT,
    # misc
    "parameter_replication": Kind.BOOL_LIST, "cross_program_prefetch_index": Kind.INT,
    "async_execution_thread": Kind.STRING, "infeed_config": Kind.STRING, "outfeed_config": Kind.STRING,
    "outfeed_shape": Kind.SHAPE, "literal": Kind.LITERAL,
}

#: Attributes that never change what an instruction computes (ignored by the fingerprint).
NON_SEMANTIC_ATTRS = frozenset({
    "metadata", "frontend_attributes", "statistics", "origin", "control-predecessors",
    "result_accuracy", "parameter_replication", "schedule", "custom_call_schedule",
    "mode",  # a collective's group mode: XLA's parser reads and drops it (the channel_id decides)
})

#: Attribute values that mean the same as leaving the attribute out. XLA's printer omits
#: some defaults and the proto reader fills others in (``lower=false``, ``is_associative=false``),
#: so the fingerprint drops these before hashing.
DEFAULT_VALUES: dict[str, object] = {
    "lower": False, "left_side": False, "unit_diagonal": False, "transpose_a": "NO_TRANSPOSE",
    "is_stable": False, "largest": True, "is_reverse": False, "is_associative": False,
    "indices_are_sorted": False, "unique_indices": False, "feature_group_count": 1,
    "batch_group_count": 1, "custom_call_has_side_effect": False, "use_global_device_ids": False,
    "constrain_layout": False, "is_host_transfer": False, "is_composite": False,
    "api_version": "API_VERSION_ORIGINAL",
}


#: Kinds whose empty value is what XLA's proto holds for an absent attribute, so that
#: ``dimensions={}``, ``lhs_batch_dims={}`` or ``backend_config=""`` mean leaving it out.
_EMPTY_IS_ABSENT = frozenset({Kind.INT_LIST, Kind.ENUM_LIST, Kind.BOOL_LIST, Kind.SLICE, Kind.INT_PAIRS,
                              Kind.SHAPE_LIST, Kind.BACKEND_CONFIG})


def is_default(name: str, value) -> bool:
    """Whether ``value`` means the same as leaving attribute ``name`` out."""
    default = DEFAULT_VALUES.get(name, _NO_DEFAULT)
    if default is not _NO_DEFAULT and type(value) is type(default) and value == default:
        return True
    kind = ATTR_KINDS.get(name)
    if kind in _EMPTY_IS_ABSENT and (value == () or value == ""):
        return True
    if name == "operand_precision":  # XLA prints no precision_config when every operand is default
        return all(p == "default" for p in value)
    if kind is Kind.REPLICA_GROUPS:  # replica_groups={}: one group of every device, as when absent
        return not value.groups and value.iota_text is None and value.mesh_text is None
    if kind is Kind.WINDOW:
        return not value.dims
    return False


_NO_DEFAULT = object()

#: Attributes whose values are computations.
COMPUTATION_ATTRS = frozenset(n for n, k in ATTR_KINDS.items()
                              if k in (Kind.COMPUTATION, Kind.COMPUTATION_LIST))


#: Attributes whose kind depends on the opcode: (opcode text, name) -> kind.
OPCODE_ATTR_KINDS: dict[tuple[str, str], Kind] = {
    # an in-place collective-permute's slice per update ({{128,32}}); a gather's is one list
    ("collective-permute", "slice_sizes"): Kind.INT_LISTS,
    ("collective-permute-start", "slice_sizes"): Kind.INT_LISTS,
}


def kind_of(name: str, opcode: str | None = None) -> Kind:
    """The kind of attribute ``name`` (of an instruction with opcode text ``opcode``)."""
    by_opcode = OPCODE_ATTR_KINDS.get((opcode, name)) if opcode is not None else None
    return by_opcode or ATTR_KINDS.get(name, Kind.RAW)


@dataclass(frozen=True, slots=True)
class Raw:
    """An attribute value kept verbatim (printed back exactly as read)."""

    text: str


#: A quoted string (kept whole: a ``/*`` inside one is text) or a ``/* ... */`` comment.
_STRING_OR_COMMENT = re.compile(r'("(?:[^"\\]|\\.)*")|/\*.*?\*/', re.S)


def without_comments(text: str) -> str:
    """Raw attribute text without its ``/* ... */`` comments, which XLA's lexer takes for
    whitespace. XLA prints ``/*index=5*/`` before every fifth element of a long tuple sharding;
    the parser keeps raw values verbatim, comments included, so every reader of their text
    (the proto writer, the sharding checks) drops them first."""
    if "/*" not in text:
        return text
    return _STRING_OR_COMMENT.sub(lambda m: m.group(1) or "", text)


def frontend_attributes(value: object) -> dict[str, str] | None:
    """``frontend_attributes={key="value",key={...}}`` as a dict (quoted values unquoted, braced
    values kept verbatim), or None when absent or not in that form."""
    text = (value.text if isinstance(value, Raw) else str(value)).strip() if value is not None else ""
    if not (text.startswith("{") and text.endswith("}")):
        return None
    out: dict[str, str] = {}
    body, i, n = text[1:-1], 0, len(text) - 2
    while i < n:
        eq = body.find("=", i)
        if eq < 0:
            return None if body[i:].strip(" ,\n") else out
        key = body[i:eq].strip(" ,\n")
        j = eq + 1
        if j < n and body[j] == '"':
            k, chars = j + 1, []
            while k < n and body[k] != '"':
                if body[k] == "\\" and k + 1 < n:
                    k += 1
                chars.append(body[k])
                k += 1
            out[key], i = "".join(chars), k + 1
        else:
            depth, k = 0, j
            while k < n and (depth or body[k] != ","):
                depth += {"{": 1, "}": -1}.get(body[k], 0)
                k += 1
            out[key], i = body[j:k].strip(), k
        i += 1 if i < n and body[i] == "," else 0
    return out


@dataclass(frozen=True, slots=True)
class WindowDim:
    size: int = 1
    stride: int = 1
    padding_low: int = 0
    padding_high: int = 0
    window_dilation: int = 1  # text: rhs_dilate
    base_dilation: int = 1    # text: lhs_dilate
    window_reversal: bool = False


@dataclass(frozen=True, slots=True)
class Window:
    dims: tuple[WindowDim, ...]


@dataclass(frozen=True, slots=True)
class ConvDimensionNumbers:
    input_batch: int
    input_feature: int
    input_spatial: tuple[int, ...]
    kernel_input_feature: int
    kernel_output_feature: int
    kernel_spatial: tuple[int, ...]
    output_batch: int
    output_feature: int
    output_spatial: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SliceDim:
    start: int
    limit: int
    stride: int = 1


@dataclass(frozen=True, slots=True)
class PadDim:
    low: int
    high: int
    interior: int = 0


@dataclass(frozen=True, slots=True)
class ReplicaGroups:
    """Explicit groups, or the iota form ``[G,S]<=[dims]T(perm)`` or the mesh-axes form
    ``mesh['x'=2,'y'=2] {'y'}`` expanded to groups (the groups are what counts)."""

    groups: tuple[tuple[int, ...], ...]
    iota_text: str | None = None  # original iota spelling, printed back when present
    mesh_text: str | None = None  # canonical mesh-axes spelling, printed back when present

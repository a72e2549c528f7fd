"""The op table: each StableHLO / CHLO / func operation and the HLO it becomes.

One row per operation name. A row names the HLO opcode and, where the attributes differ from
HLO's, a function that converts them; operations whose HLO has another structure (a tuple
result, a called computation, a broadcast sequence) name a lowering function instead. Every
row follows what XLA's StableHLO -> HLO export emits for that operation (checked against the
HLO that ``lowered.as_text(dialect="hlo")`` prints for the corpus models).

Pretty forms put some attributes in positional items (``compare GT, %a, %b, FLOAT``); the
``_positional`` helpers read those, so generic and pretty forms give the same attributes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from ..diagnostics import MLIR_UNSUPPORTED_OP
from ..ir import attrs as A
from ..ir.dtypes import ElementType
from ..ir.module import Instruction, Literal
from ..ir.opcodes import Opcode
from ..ir.shapes import Layout, Shape
from .chlo import EXPANSIONS as CHLO_EXPANSIONS
from .chlo import BINARY_EXPANSIONS as CHLO_BINARY_EXPANSIONS
from .chlo import lower_binary_expansion, lower_expansion, lower_next_after
from .attributes import (AttributeError_, conv_dimension_numbers, dense_values, enum_word, fields,
                         ints, plain)
from .lower import TERMINATORS, ChainEnv, Lowerer, LoweringError
from .syntax import AttrDict, Block, Dense, DialectAttr, Op, Raw, Symbol


@dataclass(frozen=True, slots=True)
class Rule:
    """How one operation lowers: ``opcode`` with ``attrs(op)`` converted, or ``custom``."""

    opcode: Opcode | None = None
    attrs: Callable | None = None
    custom: Callable | None = None

    def lower(self, b: Lowerer, op: Op):
        if self.custom is not None:
            return self.custom(b, op)
        assert self.opcode is not None  # a rule has an opcode or a custom lowering
        return b.emit(self.opcode, result_shape(op), b.operands(op),
                      self.attrs(op) if self.attrs else None)


# -- helpers --------------------------------------------------------------------------------------
def result_shape(op: Op, i: int = 0) -> Shape:
    if op.result_types:
        return op.result_types[i]
    if op.operand_types:
        return op.operand_types[-1]
    raise AttributeError_("the result type is missing")


def attr(op: Op, *names, default=None, required=True):
    for name in names:
        if name in op.attrs:
            return op.attrs[name]
    if required and default is None:
        raise AttributeError_(f"attribute '{names[0]}' is missing")
    return default


def items(op: Op, kind: str) -> list:
    return [value for k, value, _ in op.items if k == kind]


def words(op: Op) -> list[str]:
    return items(op, "word")


# -- attribute converters ---------------------------------------------------------------------------
_DEFAULT_COMPARE_TYPE = {"float": "FLOAT", "signed": "SIGNED", "unsigned": "UNSIGNED"}


def compare_attrs(op: Op) -> dict:
    ws = words(op)
    direction = enum_word(op.attrs["comparison_direction"]) if "comparison_direction" in op.attrs else (
        ws[0] if ws else None)
    if direction is None:
        raise AttributeError_("the comparison direction is missing")
    ctype = (enum_word(op.attrs["compare_type"]) if "compare_type" in op.attrs
             else ws[1] if len(ws) > 1 else None)
    out = {"direction": direction}
    etype = op.operand_types[0].element_type if op.operand_types else None
    if ctype and ctype != "NOTYPE" and etype is not None and ctype != _default_compare_type(etype):
        out["type"] = ctype
    return out


def _default_compare_type(etype: ElementType) -> str:
    if etype.is_float or etype.is_complex:
        return "FLOAT"
    if etype.is_unsigned_int or etype == ElementType.PRED:
        return "UNSIGNED"
    return "SIGNED"


def _dims(op: Op, *names) -> tuple[int, ...]:
    return ints(attr(op, *names))


def dims_attr(*names, to="dimensions"):
    return lambda op: {to: _dims(op, *names)}


def iota_attrs(op: Op) -> dict:
    return {"iota_dimension": int(plain(attr(op, "iota_dimension", "dim")))}


def concatenate_attrs(op: Op) -> dict:
    return {"dimensions": (int(plain(attr(op, "dimension", "dim"))),)}


def slice_attrs(op: Op) -> dict:
    starts: Sequence[int]
    limits: Sequence[int]
    strides: Sequence[int]
    if "start_indices" in op.attrs:
        starts, limits = _dims(op, "start_indices"), _dims(op, "limit_indices")
        strides = _dims(op, "strides") if "strides" in op.attrs else (1,) * len(starts)
    else:
        spec = items(op, "bracket")
        if not spec:
            raise AttributeError_("the slice bounds [start:limit:stride, ...] are missing")
        bounds = []
        for part in spec[0].split(","):
            nums = [int(x) for x in part.split(":")]
            if len(nums) not in (2, 3):
                raise AttributeError_(f"bad slice bound '{part.strip()}'")
            bounds.append((nums[0], nums[1], nums[2] if len(nums) == 3 else 1))
        starts, limits, strides = [b[0] for b in bounds], [b[1] for b in bounds], [b[2] for b in bounds]
    return {"slice": tuple(A.SliceDim(s, l, t) for s, l, t in zip(starts, limits, strides))}


def pad_attrs(op: Op) -> dict:
    low = _dims(op, "edge_padding_low", "low")
    high = _dims(op, "edge_padding_high", "high")
    interior = _dims(op, "interior_padding", "interior")
    return {"padding": tuple(A.PadDim(l, h, i) for l, h, i in zip(low, high, interior))}


def dynamic_slice_attrs(op: Op) -> dict:
    return {"dynamic_slice_sizes": _dims(op, "slice_sizes", "sizes")}


_PRECISION = {"DEFAULT": "default", "HIGH": "high", "HIGHEST": "highest"}


def precision_attrs(op: Op) -> dict:
    value = op.attrs.get("precision_config", op.attrs.get("precision"))
    if value is None:
        return {}
    names = tuple(_PRECISION.get(enum_word(v), enum_word(v).lower()) for v in plain(value))
    return {"operand_precision": names} if any(n != "default" for n in names) else {}


def dot_general_attrs(op: Op) -> dict:
    out = {}
    if "dot_dimension_numbers" in op.attrs:
        f = fields(op.attrs["dot_dimension_numbers"].body)
        out.update({"lhs_batch_dims": tuple(f.get("lhs_batching_dimensions", ())),
                    "rhs_batch_dims": tuple(f.get("rhs_batching_dimensions", ())),
                    "lhs_contracting_dims": tuple(f.get("lhs_contracting_dimensions", ())),
                    "rhs_contracting_dims": tuple(f.get("rhs_contracting_dimensions", ()))})
    else:
        batching = op.attrs.get("batching_dims", ([], []))
        contracting = op.attrs.get("contracting_dims", ([], []))
        out.update({"lhs_batch_dims": ints(batching[0]), "rhs_batch_dims": ints(batching[1]),
                    "lhs_contracting_dims": ints(contracting[0]),
                    "rhs_contracting_dims": ints(contracting[1])})
    out = {k: v for k, v in out.items() if v}
    out.update(precision_attrs(op))
    if "algorithm" in op.attrs:
        raise AttributeError_("dot algorithms are not read by this front end")
    return out


def convolution_attrs(op: Op) -> dict:
    dn = op.attrs.get("dimension_numbers", op.attrs.get("dim_numbers"))
    if dn is None:
        raise AttributeError_("dimension_numbers are missing")
    text = dn.body if isinstance(dn, DialectAttr) else dn.text if isinstance(dn, Raw) else str(dn)
    labels = conv_dimension_numbers(text)
    rank = len(labels.input_spatial)
    window = op.attrs.get("window", {}) if isinstance(op.attrs.get("window"), dict) else {}

    def field_ints(generic, pretty, default):
        if generic in op.attrs:
            return ints(op.attrs[generic])
        if pretty in window:
            return ints(window[pretty])
        return default

    strides = field_ints("window_strides", "stride", (1,) * rank)
    lhs_dil = field_ints("lhs_dilation", "lhs_dilate", (1,) * rank)
    rhs_dil = field_ints("rhs_dilation", "rhs_dilate", (1,) * rank)
    reversal = (tuple(bool(x) for x in plain(op.attrs["window_reversal"])) if "window_reversal" in op.attrs
                else tuple(bool(x) for x in plain(window["reverse"])) if "reverse" in window
                else (False,) * rank)
    if "padding" in op.attrs:
        pad = dense_values(op.attrs["padding"], op.attrs["padding"].shape).reshape(-1, 2).tolist() \
            if isinstance(op.attrs["padding"], Dense) else [ints(p) for p in plain(op.attrs["padding"])]
    elif "pad" in window:
        pad = [ints(p) for p in plain(window["pad"])]
    else:
        pad = [(0, 0)] * rank
    kernel = op.operand_types[1]
    sizes = [kernel.dims[d] for d in labels.kernel_spatial]
    dims = tuple(A.WindowDim(sizes[i], strides[i], int(pad[i][0]), int(pad[i][1]), rhs_dil[i], lhs_dil[i],
                             reversal[i]) for i in range(rank))
    out = {"dim_labels": labels, "window": A.Window(dims)}
    for name in ("feature_group_count", "batch_group_count"):
        if name in op.attrs:
            out[name] = int(plain(op.attrs[name]))
    out.update(precision_attrs(op))
    return out


def _window_attrs(op: Op, operand_rank: int) -> A.Window:
    def get(name, default):
        return ints(op.attrs[name]) if name in op.attrs else default

    sizes = get("window_dimensions", None)
    if sizes is None:
        raise AttributeError_("window_dimensions are missing")
    strides = get("window_strides", (1,) * operand_rank)
    base = get("base_dilations", (1,) * operand_rank)
    win = get("window_dilations", (1,) * operand_rank)
    if "padding" in op.attrs:
        pad = dense_values(op.attrs["padding"], op.attrs["padding"].shape).reshape(-1, 2).tolist()
    else:
        pad = [(0, 0)] * operand_rank
    return A.Window(tuple(A.WindowDim(sizes[i], strides[i], int(pad[i][0]), int(pad[i][1]), win[i], base[i])
                          for i in range(operand_rank)))


def gather_attrs(op: Op) -> dict:
    f = fields(attr(op, "dimension_numbers").body)
    out = {"offset_dims": tuple(f.get("offset_dims", ())),
           "collapsed_slice_dims": tuple(f.get("collapsed_slice_dims", ())),
           "start_index_map": tuple(f.get("start_index_map", ())),
           "index_vector_dim": f.get("index_vector_dim", 0),
           "slice_sizes": ints(attr(op, "slice_sizes"))}
    if f.get("operand_batching_dims"):
        out["operand_batching_dims"] = tuple(f["operand_batching_dims"])
        out["start_indices_batching_dims"] = tuple(f.get("start_indices_batching_dims", ()))
    if plain(op.attrs.get("indices_are_sorted", False)):
        out["indices_are_sorted"] = True
    return out


def scatter_attrs(op: Op) -> dict:
    f = fields(attr(op, "scatter_dimension_numbers").body)
    out = {"update_window_dims": tuple(f.get("update_window_dims", ())),
           "inserted_window_dims": tuple(f.get("inserted_window_dims", ())),
           "scatter_dims_to_operand_dims": tuple(f.get("scatter_dims_to_operand_dims", ())),
           "index_vector_dim": f.get("index_vector_dim", 0)}
    if f.get("input_batching_dims"):
        out["input_batching_dims"] = tuple(f["input_batching_dims"])
        out["scatter_indices_batching_dims"] = tuple(f.get("scatter_indices_batching_dims", ()))
    for flag in ("indices_are_sorted", "unique_indices"):
        if plain(op.attrs.get(flag, False)):
            out[flag] = True
    return out


_RNG_ALGORITHMS = {"DEFAULT": "rng_default", "THREE_FRY": "rng_three_fry", "PHILOX": "rng_philox"}
_FFT_TYPES = {"FFT": "FFT", "IFFT": "IFFT", "RFFT": "RFFT", "IRFFT": "IRFFT"}


def fft_attrs(op: Op) -> dict:
    return {"fft_type": _FFT_TYPES[enum_word(attr(op, "fft_type", "type"))],
            "fft_length": ints(attr(op, "fft_length", "length"))}


_FP_FORMATS = {"e5m2": (5, 2), "e4m3": (4, 3), "e8m7": (8, 7), "e5m10": (5, 10), "e8m23": (8, 23),
               "e11m52": (11, 52), "e3m4": (3, 4), "e2m1": (2, 1), "e8m0": (8, 0)}


def reduce_precision_attrs(op: Op) -> dict:
    if "exponent_bits" in op.attrs:
        return {"exponent_bits": int(plain(op.attrs["exponent_bits"])),
                "mantissa_bits": int(plain(op.attrs["mantissa_bits"]))}
    fmt = enum_word(attr(op, "format"))
    import re

    m = re.fullmatch(r"e(\d+)m(\d+)", fmt)
    if not m:
        raise AttributeError_(f"unknown format '{fmt}'")
    return {"exponent_bits": int(m.group(1)), "mantissa_bits": int(m.group(2))}


def triangular_solve_attrs(op: Op) -> dict:
    return {"left_side": bool(plain(attr(op, "left_side"))), "lower": bool(plain(attr(op, "lower"))),
            "unit_diagonal": bool(plain(attr(op, "unit_diagonal"))),
            "transpose_a": enum_word(attr(op, "transpose_a"))}


def cholesky_attrs(op: Op) -> dict:
    return {"lower": bool(plain(op.attrs.get("lower", False)))}


def _replica_groups(value) -> A.ReplicaGroups:
    if isinstance(value, Dense):
        arr = dense_values(value, value.shape)
        return A.ReplicaGroups(tuple(tuple(int(x) for x in row if x >= 0) for row in arr.tolist()))
    raise AttributeError_("replica_groups must be a dense literal")


def collective_attrs(op: Op) -> dict:
    out: dict[str, object] = {}
    if "replica_groups" in op.attrs:
        out["replica_groups"] = _replica_groups(op.attrs["replica_groups"])
    if "channel_handle" in op.attrs:
        handle = fields(op.attrs["channel_handle"].body).get("handle", 0)
        if handle:
            out["channel_id"] = handle
    if plain(op.attrs.get("use_global_device_ids", False)):
        out["use_global_device_ids"] = True
    if "all_gather_dim" in op.attrs:
        out["dimensions"] = (int(plain(op.attrs["all_gather_dim"])),)
    if "scatter_dimension" in op.attrs:
        out["dimensions"] = (int(plain(op.attrs["scatter_dimension"])),)
    if "source_target_pairs" in op.attrs:
        arr = dense_values(op.attrs["source_target_pairs"], op.attrs["source_target_pairs"].shape)
        out["source_target_pairs"] = tuple(tuple(int(x) for x in row) for row in arr.tolist())
    return out


# -- structural lowerings ---------------------------------------------------------------------------
def lower_constant(b: Lowerer, op: Op):
    value = op.attrs.get("value")
    if value is None:
        vals = items(op, "value")
        value = vals[0] if vals else None
    if not isinstance(value, Dense):
        raise AttributeError_("the constant's value must be a dense<...> literal")
    shape = result_shape(op) if (op.result_types or op.operand_types) else value.shape
    if shape is None:
        raise AttributeError_("the constant has no type")
    data = dense_values(value, value.shape or shape)
    return b.emit(Opcode.CONSTANT, shape, [], literal=Literal(shape, data))


def lower_broadcast_in_dim(b: Lowerer, op: Op):
    """XlaBuilder's BroadcastInDim: a plain broadcast when no size-1 operand dimension is
    stretched; otherwise broadcast to the operand's sizes, reshape the stretched dimensions
    away and broadcast again (HLO's broadcast cannot stretch a dimension).

    First, as XLA's conversion canonicalizes it (in program order): a broadcast of a broadcast
    is one broadcast of the inner operand, and one that only adds size-1 dimensions a reshape."""
    (operand,) = b.operands(op)
    out = result_shape(op)
    dims = _dims(op, "broadcast_dimensions", "dims")
    sources = _broadcast_sources(b)
    inner = sources.get(id(operand))
    if inner is not None:
        operand, inner_dims = inner
        dims = tuple(dims[d] for d in inner_dims)
    if operand.shape.num_elements == out.num_elements and list(dims) == sorted(dims):
        return reshape_of(b, operand, out)
    in_dims = list(out.dims)
    for i, d in enumerate(dims):
        in_dims[d] = operand.shape.dims[i]
    in_shape = Shape.array(out.element_type, in_dims)
    first = b.emit(Opcode.BROADCAST, in_shape, [operand], {"dimensions": dims})
    if in_shape.dims == out.dims:
        result = first
    else:
        kept = [i for i in range(len(in_dims)) if in_dims[i] == out.dims[i]]
        reshaped = b.emit(Opcode.RESHAPE, Shape.array(out.element_type, [in_dims[i] for i in kept]), [first])
        result = b.emit(Opcode.BROADCAST, out, [reshaped], {"dimensions": tuple(kept)})
    sources[id(result)] = (operand, dims)
    return result


def _broadcast_sources(b: Lowerer) -> dict:
    """Instruction id -> (operand, dimensions) of the broadcast_in_dim it lowers."""
    sources = getattr(b, "broadcast_sources", None)
    if sources is None:
        sources = b.broadcast_sources = {}
    return sources


def reshape_of(b: Lowerer, operand, out: Shape):
    """A reshape as XLA's conversion folds it: none to the same shape, one of a reshape's operand."""
    while operand.opcode is Opcode.RESHAPE and operand.operands:
        operand = operand.operands[0]
    if operand.shape.dims == out.dims and operand.shape.element_type == out.element_type:
        return operand
    return b.emit(Opcode.RESHAPE, out, [operand])


def lower_iota(b: Lowerer, op: Op):
    """An iota of rank > 1 is a rank-1 iota broadcast along its dimension (XLA's canonical form)."""
    out = result_shape(op)
    dim = iota_attrs(op)["iota_dimension"]
    if out.rank <= 1:
        return b.emit(Opcode.IOTA, out, [], {"iota_dimension": dim})
    line = b.emit(Opcode.IOTA, Shape.array(out.element_type, [out.dims[dim]]), [], {"iota_dimension": 0})
    if line.shape.num_elements == out.num_elements:   # the broadcast adds size-1 dimensions only
        return reshape_of(b, line, out)
    result = b.emit(Opcode.BROADCAST, out, [line], {"dimensions": (dim,)})
    _broadcast_sources(b)[id(result)] = (line, (dim,))
    return result


def _identity_unless(opcode: Opcode, attrs_fn, is_identity):
    """An op that XLA's conversion folds to its operand when ``is_identity(attrs)``."""
    def lower(b: Lowerer, op: Op):
        operands = b.operands(op)
        attrs = attrs_fn(op)
        out = result_shape(op)
        if len(operands) == 1 and operands[0].shape.dims == out.dims and is_identity(attrs):
            return operands[0]
        return b.emit(opcode, out, operands, attrs)
    return lower


def lower_pad(b: Lowerer, op: Op):
    """A pad that pads nothing is its operand (folded by XLA's conversion)."""
    operand, value = b.operands(op)
    attrs = pad_attrs(op)
    if all(p.low == p.high == p.interior == 0 for p in attrs["padding"]):
        return operand
    return b.emit(Opcode.PAD, result_shape(op), [operand, value], attrs)


def lower_select(b: Lowerer, op: Op):
    """HLO's select takes a predicate of the result's shape: a scalar one is broadcast to the shape
    (and layout) of the value it selects when true, as XLA's export does."""
    pred, on_true, on_false = b.operands(op)
    out = result_shape(op)
    if pred.shape.rank == 0 and out.rank > 0:
        shape = Shape.array(pred.shape.element_type, out.dims)
        if on_true.shape.is_array and on_true.shape.layout is not None:
            shape = shape.with_layout(on_true.shape.layout)
        pred = b.emit(Opcode.BROADCAST, shape, [pred], {"dimensions": ()})
    return b.emit(Opcode.SELECT, out, [pred, on_true, on_false])


def lower_convert(b: Lowerer, op: Op):
    """A convert to the operand's own type is the operand (XLA's conversion folds it away)."""
    (operand,) = b.operands(op)
    out = result_shape(op)
    if operand.shape.element_type == out.element_type and operand.shape.dims == out.dims:
        return operand
    return b.emit(Opcode.CONVERT, out, [operand])


def lower_reshape(b: Lowerer, op: Op):
    (operand,) = b.operands(op)
    return reshape_of(b, operand, result_shape(op))


def lower_call(b: Lowerer, op: Op):
    callee = items(op, "symbol") or [op.attrs.get("callee")]
    name = callee[0].name if isinstance(callee[0], Symbol) else callee[0]
    fop = b.functions.get(name)
    if fop is None:
        raise LoweringError(f"call of undefined function @{name}")
    comp = b.function(fop)
    return _call(b, op, comp, {"to_apply": comp})


def _call(b: Lowerer, op: Op, comp, attrs):
    shapes = op.result_types
    shape = shapes[0] if len(shapes) == 1 else Shape.tuple_of(shapes)
    root = comp.root.shape if comp.root is not None else None
    if root is not None and root.is_array and root.layout is not None:
        shape = shape.with_layout(root.layout)
    elif root is not None and root.is_tuple and len(shapes) > 1 \
            and [r.dims for r in root.tuple_shapes] == [r.dims for r in shapes]:
        shape = root   # the callee's result layouts (a tuple returned from a LAPACK call, say)
    inst = b.emit(Opcode.CALL, shape, b.operands(op), attrs)
    return [inst] if len(shapes) == 1 else b.split(inst, len(shapes))


def lower_composite(b: Lowerer, op: Op):
    decomposition = attr(op, "decomposition")
    fop = b.functions.get(decomposition.name)
    if fop is None:
        raise LoweringError(f"composite decomposition @{decomposition.name} is not defined")
    comp = b.function(fop)
    name = (items(op, "string") or [op.attrs.get("name")])[0]
    version = int(plain(op.attrs.get("version", 0)))
    attributes = op.attrs.get("composite_attributes", {})
    front = '{composite.attributes=' + _frontend_dict(attributes) + f',composite.name="{name}",' \
            f'composite.version="{version}"}}'
    return _call(b, op, comp, {"to_apply": comp, "is_composite": True, "frontend_attributes": A.Raw(front)})


def _frontend_dict(attributes: dict) -> str:
    return "{" + ", ".join(f"{k} = {plain(v)}" for k, v in attributes.items()) + "}" if attributes else "{}"


def lower_reduce(b: Lowerer, op: Op):
    operands = b.operands(op)
    n = len(operands) // 2
    if not op.generic:   # the pretty form pairs them, `(%x init: %x0), (%y init: %y0)`
        operands = operands[0::2] + operands[1::2]
    dims = _dims(op, "dimensions")
    if "applies" in op.attrs:
        comp = _applies_computation(b, op, op.attrs["applies"], [o.shape.element_type for o in operands[:n]])
    else:
        comp, _ = b.region(op.regions[0], "region")
    shapes = op.result_types
    shape = shapes[0] if n == 1 else Shape.tuple_of(shapes)
    inst = b.emit(Opcode.REDUCE, shape, operands, {"dimensions": dims, "to_apply": comp})
    return [inst] if n == 1 else b.split(inst, n)


def _applies_computation(b: Lowerer, op: Op, op_name: str, etypes):
    """The region of ``stablehlo.reduce ... applies stablehlo.add``: one binary op on scalars."""
    rule = OPS.get(op_name)
    if rule is None or rule.opcode is None:
        raise LoweringError(f"'applies {op_name}' is not a binary operation", MLIR_UNSUPPORTED_OP)
    comp = b.new_computation("region", op)
    saved = b.save()
    b.comp = comp
    scalar = Shape.scalar(etypes[0])
    lhs = b.emit(Opcode.PARAMETER, scalar, [], name_hint="Arg_0")
    lhs.parameter_number = 0
    rhs = b.emit(Opcode.PARAMETER, scalar, [], name_hint="Arg_1")
    rhs.parameter_number = 1
    comp.root = b.emit(rule.opcode, scalar, [lhs, rhs])
    b.restore(saved)
    b.module.add_computation(comp)
    return comp


def lower_reduce_window(b: Lowerer, op: Op):
    operands = b.operands(op)
    n = len(operands) // 2
    comp, _ = b.region(op.regions[0], "region")
    shapes = op.result_types
    shape = shapes[0] if n == 1 else Shape.tuple_of(shapes)
    inst = b.emit(Opcode.REDUCE_WINDOW, shape, operands,
                  {"window": _window_attrs(op, operands[0].shape.rank), "to_apply": comp})
    return [inst] if n == 1 else b.split(inst, n)


def lower_select_and_scatter(b: Lowerer, op: Op):
    operands = b.operands(op)
    select, _ = b.region(op.regions[0], "region")
    scatter, _ = b.region(op.regions[1], "region")
    return b.emit(Opcode.SELECT_AND_SCATTER, result_shape(op), operands,
                  {"window": _window_attrs(op, operands[0].shape.rank), "select": select, "scatter": scatter})


def lower_sort(b: Lowerer, op: Op):
    operands = b.operands(op)
    comp, _ = b.region(op.regions[0], "region")
    dim = int(plain(op.attrs.get("dimension", -1)))
    if dim < 0:
        dim += operands[0].shape.rank
    attrs = {"dimensions": (dim,), "to_apply": comp}
    if plain(op.attrs.get("is_stable", False)):
        attrs["is_stable"] = True
    shapes = op.result_types
    shape = shapes[0] if len(shapes) == 1 else Shape.tuple_of(shapes)
    inst = b.emit(Opcode.SORT, shape, operands, attrs)
    return [inst] if len(shapes) == 1 else b.split(inst, len(shapes))


def lower_scatter(b: Lowerer, op: Op):
    operands = b.operands(op)
    comp, _ = b.region(op.regions[0], "region")
    shapes = op.result_types
    shape = shapes[0] if len(shapes) == 1 else Shape.tuple_of(shapes)
    attrs = scatter_attrs(op)
    attrs["to_apply"] = comp
    inst = b.emit(Opcode.SCATTER, shape, operands, attrs)
    return [inst] if len(shapes) == 1 else b.split(inst, len(shapes))


def lower_while(b: Lowerer, op: Op):
    """One tuple carries the loop values and the values the regions capture (XLA's export).

    As XLA's conversion canonicalizes the loop first, a loop value the body returns unchanged is
    not carried: the regions capture its initial value, and the loop's result is that value."""
    operands = b.operands(op)
    invariant = _invariant_loop_values(op.regions[1].blocks[0], len(operands))
    captures: list = []       # outer instructions, in first-use order (condition, then body)
    for region in op.regions[:2]:
        block = region.blocks[0]
        for name in b.free_values(region, keep_block_args=True):
            index = next((i for i, (n, _) in enumerate(block.args) if n == name), None)
            if index is None:
                value = b.env.get(name)
            elif index in invariant and operands[index].opcode is not Opcode.CONSTANT:
                value = operands[index]
            else:
                continue
            if value is not None and all(value is not c for c in captures):
                captures.append(value)
    loop = [i for i in range(len(operands)) if i not in invariant]
    state = [operands[i] for i in loop] + captures
    cond = _loop_region(b, op.regions[0], op, operands, loop, invariant, captures, "region")
    body = _loop_region(b, op.regions[1], op, operands, loop, invariant, captures, "region", body=True)
    tup = b.emit(Opcode.TUPLE, Shape.tuple_of(s.shape for s in state), state, name_hint="tuple")
    inst = b.emit(Opcode.WHILE, tup.shape, [tup], {"condition": cond, "body": body})
    carried = dict(zip(loop, b.split(inst, len(state))))
    return [carried[i] if i in carried else operands[i] for i in range(len(operands))]


def _invariant_loop_values(body: Block, count: int) -> set[int]:
    """Indices of the loop values the body returns as it got them."""
    terminator = body.ops[-1] if body.ops else None
    if terminator is None or terminator.name not in TERMINATORS:
        return set()
    return {i for i, ((name, _), returned) in enumerate(zip(body.args, terminator.operands))
            if i < count and name == returned}


def _loop_region(b: Lowerer, region, op: Op, operands, loop, invariant, captures, base, body=False):
    """A while region over the tuple (loop values, captures); a body passes captures through."""
    block = region.blocks[0]
    comp = b.new_computation(base, op)
    outer = b.env
    saved = b.save()
    b.comp = comp
    shapes = [operands[i].shape for i in loop] + [c.shape for c in captures]
    param = b.emit(Opcode.PARAMETER, Shape.tuple_of(shapes), [], name_hint="arg_tuple")
    param.parameter_number = 0
    elems = b.split(param, len(shapes))
    captured = dict(zip((id(c) for c in captures), elems[len(loop):]))
    env = {block.args[i][0]: v for i, v in zip(loop, elems)}
    for i in invariant:
        init = operands[i]
        env[block.args[i][0]] = captured.get(id(init)) or b.emit(
            Opcode.CONSTANT, init.shape, [], literal=init.literal, name_hint="constant")
    for name in b.free_values(region):
        value = outer.get(name)
        if value is not None and id(value) in captured:
            env.setdefault(name, captured[id(value)])
    b.env = ChainEnv(env, outer, b)
    results = b.block(block)
    if body:
        results = [results[i] for i in loop] + elems[len(loop):]
    comp.root = b.pack(results, op) if body else results[0]
    b.restore(saved)
    b.module.add_computation(comp)
    return comp


def lower_case(b: Lowerer, op: Op):
    """A conditional, each branch a computation taking what it captures. On a constant index or
    predicate it is the branch taken, inline (XLA's conversion canonicalizes it away)."""
    (index,) = b.operands(op)
    taken = _constant_branch(index, op)
    if taken is not None:
        outer = b.env
        b.env = _InlineScope(outer)   # the branch's own names stay in the branch
        results = b.block(op.regions[taken].blocks[0])
        b.env = outer
        return results
    comps, args = [], []
    for region in op.regions:
        comp, captured = _branch(b, region, op)
        comps.append(comp)
        args.append(captured)
    shapes = op.result_types
    shape = shapes[0] if len(shapes) == 1 else Shape.tuple_of(shapes)
    if op.name == "stablehlo.if":
        attrs = {"true_computation": comps[0], "false_computation": comps[1]}
    else:
        attrs = {"branch_computations": tuple(comps)}
    inst = b.emit(Opcode.CONDITIONAL, shape, [index] + args, attrs)
    return [inst] if len(shapes) == 1 else b.split(inst, len(shapes))


class _InlineScope(dict):
    """The names a branch inlined into its enclosing computation defines, over that computation's."""

    def __init__(self, outer):
        super().__init__()
        self.outer = outer

    def get(self, key, default=None):
        hit = dict.get(self, key)
        return hit if hit is not None else self.outer.get(key, default)

    def __missing__(self, key):
        return self.outer[key]

    def __contains__(self, key):
        return dict.__contains__(self, key) or key in self.outer


def _constant_branch(index, op: Op) -> int | None:
    """The branch a case or if on a constant takes (a case index out of range takes the last)."""
    if index.opcode is not Opcode.CONSTANT or index.literal is None or index.literal.elided \
            or index.shape.rank != 0:
        return None
    value = index.literal.to_numpy().item()
    if op.name == "stablehlo.if":
        return 0 if value else 1
    return int(value) if 0 <= value < len(op.regions) else len(op.regions) - 1


def _branch(b: Lowerer, region, op: Op):
    """A case/if branch takes what it captures: one value as is, several as a tuple."""
    captures = b.free_values(region)
    values = [b.env[c] for c in captures]
    tuple_param = len(values) != 1
    if tuple_param:
        arg = b.emit(Opcode.TUPLE, Shape.tuple_of(v.shape for v in values), values, name_hint="tuple")
    else:
        arg = values[0]
    comp = b.new_computation("region", op)
    outer = b.env
    saved = b.save()
    b.comp = comp
    param = b.emit(Opcode.PARAMETER, arg.shape, [], name_hint="arg_tuple" if tuple_param else "Arg_0")
    param.parameter_number = 0
    elems = b.split(param, len(values)) if tuple_param else [param]
    b.env = ChainEnv(dict(zip(captures, elems)), outer, b)
    comp.root = b.pack(b.block(region.blocks[0]), op)
    b.restore(saved)
    b.module.add_computation(comp)
    return comp, arg


#: MHLO ops that StableHLO has no op for, which exporters (torch_xla) wrap in a custom call
#: `@mhlo.<op>` carrying `mhlo.attributes`; XLA's conversion unwraps them into the HLO instruction.
_MHLO_WRAPPED = {"mhlo.erf": Opcode.ERF, "mhlo.tan": Opcode.TAN}


def lower_custom_call(b: Lowerer, op: Op):
    named = items(op, "symbol") or [op.attrs.get("call_target_name")]
    target = named[0].name if isinstance(named[0], Symbol) else plain(named[0])
    if target is None:
        raise AttributeError_("the custom call target is missing")
    if target in _MHLO_WRAPPED and "mhlo.attributes" in op.attrs:
        return b.emit(_MHLO_WRAPPED[target], result_shape(op), b.operands(op))
    if target == "ragged_all_to_all" and isinstance(op.attrs.get("backend_config"), AttrDict):
        return lower_ragged_all_to_all(b, op)
    attrs: dict = {"custom_call_target": target}
    config = op.attrs.get("backend_config")
    typed_config = op.attrs.get("mhlo.backend_config")
    if isinstance(typed_config, dict):   # typed-FFI attributes: XLA's export makes them the config
        config = typed_config
    api = int(plain(op.attrs.get("api_version", 1)))
    if isinstance(typed_config, dict) and api == 1:   # (the pretty form leaves out a default 1)
        api = 4
    if api != 1:   # HLO's default (XLA prints none)
        attrs["api_version"] = {2: "API_VERSION_STATUS_RETURNING", 3: "API_VERSION_STATUS_RETURNING_UNIFIED",
                                4: "API_VERSION_TYPED_FFI"}.get(api, "API_VERSION_ORIGINAL")
    if isinstance(config, AttrDict):  # (the parser gives every dictionary attribute as one)
        attrs["backend_config"] = config.text
    elif config is not None and plain(config) != "":
        attrs["backend_config"] = plain(config)
    if plain(op.attrs.get("has_side_effect", False)):
        attrs["custom_call_has_side_effect"] = True
    shapes = list(op.result_types)
    if "result_layouts" in op.attrs:
        layouts = [tuple(ints(v)) for v in plain(op.attrs["result_layouts"])]
        shapes = [s.with_layout(Layout(l)) if s.is_array and s.rank > 1 else s for s, l in zip(shapes, layouts)]
    if "operand_layouts" in op.attrs:
        layouts = [tuple(ints(v)) for v in plain(op.attrs["operand_layouts"])]
        attrs["operand_layout_constraints"] = tuple(
            s.with_layout(Layout(l)) for s, l in zip(op.operand_types, layouts))
    if "called_computations" in op.attrs:
        comps = tuple(b.function(b.functions[s.name]) for s in plain(op.attrs["called_computations"]))
        if comps:
            attrs["called_computations"] = comps
    if "output_operand_aliases" in op.attrs:
        attrs["output_to_operand_aliasing"] = A.Raw(_aliases(op.attrs["output_operand_aliases"], len(shapes)))
    shape = shapes[0] if len(shapes) == 1 else Shape.tuple_of(shapes)
    inst = b.emit(Opcode.CUSTOM_CALL, shape, b.operands(op), attrs)
    return [inst] if len(shapes) == 1 else b.split(inst, len(shapes))


def lower_ragged_all_to_all(b: Lowerer, op: Op):
    """JAX writes ``lax.ragged_all_to_all`` as a typed-FFI custom call whose config holds the
    collective's attributes; XLA's export makes it HLO's ``ragged-all-to-all`` instruction."""
    config = op.attrs["backend_config"]
    attrs: dict = {}
    if "replica_groups" in config:
        attrs["replica_groups"] = _replica_groups(config["replica_groups"])
    channel = int(plain(config.get("channel_id", 0)))
    if channel:
        attrs["channel_id"] = channel
    return b.emit(Opcode.RAGGED_ALL_TO_ALL, result_shape(op), b.operands(op), attrs)


def _aliases(value, results: int) -> str:
    parts = []
    for alias in plain(value):
        f = fields(alias.body)
        out_idx = ",".join(map(str, f.get("output_tuple_indices", ())))
        in_idx = ",".join(map(str, f.get("operand_tuple_indices", ())))
        parts.append(f"{{{out_idx}}}: ({f.get('operand_index', 0)}, {{{in_idx}}})")
    return "{" + ", ".join(parts) + "}"


def lower_rng_bit_generator(b: Lowerer, op: Op):
    algorithm = enum_word(attr(op, "rng_algorithm", "algorithm"))
    shape = Shape.tuple_of(op.result_types)
    inst = b.emit(Opcode.RNG_BIT_GENERATOR, shape, b.operands(op),
                  {"algorithm": _RNG_ALGORITHMS.get(algorithm, algorithm.lower())})
    return b.split(inst, len(op.result_types))


def lower_rng(b: Lowerer, op: Op):
    operands = b.operands(op)
    if len(operands) > 2:   # the shape operand is the result type; XLA's export still emits it
        b.unused_but_emitted.add(id(operands[2]))
    operands = operands[:2]
    dist = enum_word(attr(op, "rng_distribution", "distribution"))
    return b.emit(Opcode.RNG, result_shape(op), operands,
                  {"distribution": "rng_uniform" if dist == "UNIFORM" else "rng_normal"})


def lower_optimization_barrier(b: Lowerer, op: Op):
    operands = b.operands(op)
    tup = b.emit(Opcode.TUPLE, Shape.tuple_of(o.shape for o in operands), operands, name_hint="tuple")
    inst = b.emit(Opcode.OPT_BARRIER, tup.shape, [tup])
    return b.split(inst, len(operands))


def lower_tuple_results(opcode: Opcode, attrs_fn=None):
    def lower(b: Lowerer, op: Op):
        shapes = op.result_types
        shape = shapes[0] if len(shapes) == 1 else Shape.tuple_of(shapes)
        inst = b.emit(opcode, shape, b.operands(op), attrs_fn(op) if attrs_fn else None)
        return [inst] if len(shapes) == 1 else b.split(inst, len(shapes))
    return lower


def lower_all_reduce(b: Lowerer, op: Op):
    comp, _ = b.region(op.regions[0], "region")
    attrs = collective_attrs(op)
    attrs["to_apply"] = comp
    shapes = op.result_types
    shape = shapes[0] if len(shapes) == 1 else Shape.tuple_of(shapes)
    inst = b.emit(Opcode.ALL_REDUCE if op.name.endswith("all_reduce") else Opcode.REDUCE_SCATTER,
                  shape, b.operands(op), attrs)
    return [inst] if len(shapes) == 1 else b.split(inst, len(shapes))


def lower_all_to_all(b: Lowerer, op: Op):
    """``stablehlo.all_to_all`` as XLA's export writes it.

    Several operands: HLO's tuple form, which has no dimensions (each operand is split along its
    first dimension and the results keep the operands' shapes). One operand: the array form
    splitting ``split_dimension``; when the received chunks go along another dimension, the
    export then moves them there with reshape (the chunk index becomes a dimension of its own),
    transpose (it goes before ``concat_dimension``) and reshape (the two are merged)."""
    operands = b.operands(op)
    attrs = collective_attrs(op)
    split = int(plain(attr(op, "split_dimension")))
    concat = int(plain(attr(op, "concat_dimension")))
    count = int(plain(attr(op, "split_count")))
    shapes = op.result_types
    if len(operands) > 1:
        if [s.dims for s in shapes] != [o.shape.dims for o in operands]:
            raise LoweringError("all_to_all of several operands is read only when each result has its "
                                "operand's shape (HLO's tuple form cannot move data to another "
                                "dimension)", MLIR_UNSUPPORTED_OP)
        inst = b.emit(Opcode.ALL_TO_ALL, Shape.tuple_of(o.shape for o in operands), operands, attrs)
        return b.split(inst, len(operands))
    (operand,) = operands
    dims = operand.shape.dims
    if not 0 <= split < len(dims) or not 0 <= concat < len(dims) or count <= 0 or dims[split] % count:
        raise AttributeError_(f"all_to_all cannot split dimension {split} of {list(dims)} into {count} "
                              f"chunks and concatenate them along dimension {concat}")
    etype = operand.shape.element_type
    exchanged = b.emit(Opcode.ALL_TO_ALL, Shape.array(etype, dims), [operand], {**attrs, "dimensions": (split,)})
    if split == concat:
        return exchanged
    chunked = [*dims[:split], count, dims[split] // count, *dims[split + 1:]]
    chunks = b.emit(Opcode.RESHAPE, Shape.array(etype, chunked), [exchanged])
    order: list[int] = []
    for d in range(len(dims)):  # the chunk index (dimension ``split`` after the reshape) goes before concat
        if d == concat:
            order.append(split)
        order.append(d + 1 if d >= split else d)
    moved = b.emit(Opcode.TRANSPOSE, Shape.array(etype, [chunked[d] for d in order]), [chunks],
                   {"dimensions": tuple(order)})
    return b.emit(Opcode.RESHAPE, shapes[0], [moved])


def lower_get_tuple_element(b: Lowerer, op: Op):
    (operand,) = b.operands(op)
    index = op.attrs.get("index")
    if index is None:
        brackets = items(op, "bracket")
        if not brackets:
            raise AttributeError_("the tuple index is missing")
        index = int(brackets[0])
    return b.emit(Opcode.GET_TUPLE_ELEMENT, operand.shape.tuple_shapes[int(plain(index))], [operand],
                  {"index": int(plain(index))})


def lower_tuple(b: Lowerer, op: Op):
    operands = b.operands(op)
    return b.emit(Opcode.TUPLE, Shape.tuple_of(o.shape for o in operands), operands)


def lower_create_token(b: Lowerer, op: Op):
    return b.emit(Opcode.AFTER_ALL, Shape.token(), b.operands(op))


def lower_sharding_constraint(b: Lowerer, op: Op):
    """``sdy.sharding_constraint``: XLA's Shardy export makes it a ``Sharding`` custom call with the
    HLO form of the sharding (``{replicated}`` when it is not converted, with a note)."""
    (operand,) = b.operands(op)
    value = op.attrs.get("sharding")
    if not isinstance(value, DialectAttr):
        body = next((text for kind, text, _ in op.items if kind == "angle"), "")
        value = DialectAttr("sdy.sharding", body, next((p for kind, _, p in op.items if kind == "angle"), op.pos))
    text = b.hlo_sharding(value.body)
    if text is None:
        b.ignored_sharding(value, f"the sharding constraint on %{op.operands[0]}")
    return b.emit(Opcode.CUSTOM_CALL, operand.shape, [operand],
                  {"custom_call_target": "Sharding", "sharding": A.Raw(text or "{replicated}")})


def lower_manual_computation(b: Lowerer, op: Op):
    """``sdy.manual_computation`` (``shard_map``) as XLA's Shardy export writes it: the operands
    go through an ``xla.sdy.GlobalToLocalShape`` custom call (global to per-device shapes), the
    body is a computation called on them (``inlineable="false"``), and its results go through
    ``xla.sdy.LocalToGlobalShape``; the shardings and manual axes ride along as the custom calls'
    frontend attributes, as text (XLA's export does not convert them: its partitioner reads them).
    A single value is passed as is, several as a tuple and its elements."""
    shardings: dict[str, str] = {}   # each as its text, XLA's frontend attribute value
    for key in ("in_shardings", "out_shardings", "manual_axes"):
        value = op.attrs.get(key)
        if not isinstance(value, DialectAttr):
            raise AttributeError_(f"'{key}' is missing or not a Shardy attribute")
        shardings[key] = f"#{value.name}<{value.body}>"
    if len(op.regions) != 1:
        raise AttributeError_("the manual computation has no body")
    operands = b.operands(op)
    block = op.regions[0].blocks[0]
    if len(block.args) != len(operands):
        raise AttributeError_(f"the body takes {len(block.args)} arguments for {len(operands)} operands")
    results = len(op.result_types)
    returned = len(block.ops[-1].operands) if block.ops and block.ops[-1].name in TERMINATORS else results
    if returned != results:
        raise AttributeError_(f"the body returns {returned} values for {results} results")
    if results == 0:
        return []   # computes nothing the program can see: XLA's export leaves it out
    axes = shardings["manual_axes"]
    local: list[Instruction] = []
    if operands:   # (none: the body is called on nothing, no custom call before it)
        to_local = b.emit(Opcode.CUSTOM_CALL, _one_or_tuple([shape for _, shape in block.args]), operands, {
            "custom_call_target": "xla.sdy.GlobalToLocalShape", "custom_call_has_side_effect": True,
            "frontend_attributes": A.Raw(_frontend({"xla.sdy.in_shardings": shardings["in_shardings"],
                                                    "xla.sdy.manual_axes": axes}))}, name_hint="custom-call")
        local = [to_local] if len(operands) == 1 else b.split(to_local, len(operands))
    body, _ = b.region(op.regions[0], "xla.sdy.manual_computation_body")
    arg_locs: list = next((value for kind, value, _ in op.items if kind == "arg_locs"), [])
    for param, loc in zip(body.parameters, arg_locs):
        param.metadata = b.metadata(loc) if loc is not None else param.metadata
    assert body.root is not None
    called = b.emit(Opcode.CALL, body.root.shape, local, {
        "to_apply": body, "frontend_attributes": A.Raw('{inlineable="false"}')}, name_hint="call")
    local_results = [called] if results == 1 else b.split(called, results)
    to_global = b.emit(Opcode.CUSTOM_CALL, _one_or_tuple(op.result_types), local_results, {
        "custom_call_target": "xla.sdy.LocalToGlobalShape", "custom_call_has_side_effect": True,
        "frontend_attributes": A.Raw(_frontend({"xla.sdy.manual_axes": axes,
                                                "xla.sdy.out_shardings": shardings["out_shardings"]}))},
        name_hint="custom-call")
    return [to_global] if results == 1 else b.split(to_global, results)


def _one_or_tuple(shapes) -> Shape:
    shapes = list(shapes)
    return shapes[0] if len(shapes) == 1 else Shape.tuple_of(shapes)


def _frontend(entries: dict[str, str]) -> str:
    """``frontend_attributes={k="v",...}`` as XLA prints it (keys sorted, quotes escaped)."""
    escaped = {k: v.replace("\\", "\\\\").replace('"', '\\"') for k, v in entries.items()}
    return "{" + ",".join(f'{k}="{v}"' for k, v in sorted(escaped.items())) + "}"


def lower_mesh(b: Lowerer, op: Op):
    return []


def lower_top_k(b: Lowerer, op: Op):
    (operand,) = b.operands(op)
    k = int(plain(attr(op, "k")))
    shape = Shape.tuple_of(op.result_types)
    inst = b.emit(Opcode.TOPK, shape, [operand], {"k": k, "largest": True})
    return b.split(inst, 2)


def batch_norm_attrs(op: Op) -> dict:
    # XLA keeps epsilon as the f32 it is; as text it is the shortest decimal reading back to it
    epsilon = float(str(np.float32(plain(attr(op, "epsilon")))))
    return {"epsilon": epsilon, "feature_index": int(plain(attr(op, "feature_index")))}


def lower_square(b: Lowerer, op: Op):
    (x,) = b.operands(op)
    return b.emit(Opcode.MULTIPLY, result_shape(op), [x, x])


def not_supported(reason: str):
    def lower(b: Lowerer, op: Op):
        raise LoweringError(reason, MLIR_UNSUPPORTED_OP)
    return lower


# -- the table --------------------------------------------------------------------------------------
_UNARY = {
    "abs": Opcode.ABS, "cbrt": Opcode.CBRT, "ceil": Opcode.CEIL, "count_leading_zeros": Opcode.CLZ,
    "cosine": Opcode.COS, "exponential": Opcode.EXP, "exponential_minus_one": Opcode.EXPM1,
    "floor": Opcode.FLOOR, "imag": Opcode.IMAG, "is_finite": Opcode.IS_FINITE, "log": Opcode.LOG,
    "log_plus_one": Opcode.LOG1P, "logistic": Opcode.LOGISTIC, "negate": Opcode.NEGATE, "not": Opcode.NOT,
    "popcnt": Opcode.POPCNT, "real": Opcode.REAL, "round_nearest_afz": Opcode.ROUND_AFZ,
    "round_nearest_even": Opcode.ROUND_EVEN, "rsqrt": Opcode.RSQRT, "sign": Opcode.SIGN, "sine": Opcode.SIN,
    "sqrt": Opcode.SQRT, "tan": Opcode.TAN, "tanh": Opcode.TANH,
    "bitcast_convert": Opcode.BITCAST_CONVERT, "copy": Opcode.COPY,
}
_BINARY = {
    "add": Opcode.ADD, "and": Opcode.AND, "atan2": Opcode.ATAN2, "complex": Opcode.COMPLEX,
    "divide": Opcode.DIVIDE, "maximum": Opcode.MAXIMUM, "minimum": Opcode.MINIMUM,
    "multiply": Opcode.MULTIPLY, "or": Opcode.OR, "power": Opcode.POWER, "remainder": Opcode.REMAINDER,
    "shift_left": Opcode.SHIFT_LEFT, "shift_right_arithmetic": Opcode.SHIFT_RIGHT_ARITHMETIC,
    "shift_right_logical": Opcode.SHIFT_RIGHT_LOGICAL, "subtract": Opcode.SUBTRACT, "xor": Opcode.XOR,
    "clamp": Opcode.CLAMP, "dynamic_update_slice": Opcode.DYNAMIC_UPDATE_SLICE,
    "after_all": Opcode.AFTER_ALL, "partition_id": Opcode.PARTITION_ID, "replica_id": Opcode.REPLICA_ID,
}
#: CHLO ops that XLA keeps as one HLO instruction (compiler/stablehlo/chlo.py expands others).
_CHLO_DIRECT = {"erf": Opcode.ERF, "tan": Opcode.TAN}

OPS: dict[str, Rule] = {
    **{name: Rule(custom=lower_expansion) for name in CHLO_EXPANSIONS},
    **{name: Rule(custom=lower_binary_expansion) for name in CHLO_BINARY_EXPANSIONS},
    **{f"stablehlo.{name}": Rule(opcode) for name, opcode in {**_UNARY, **_BINARY}.items()},
    **{f"chlo.{name}": Rule(opcode) for name, opcode in _CHLO_DIRECT.items()},
    "stablehlo.constant": Rule(custom=lower_constant),
    "stablehlo.iota": Rule(custom=lower_iota),
    "stablehlo.convert": Rule(custom=lower_convert),
    "stablehlo.select": Rule(custom=lower_select),
    "stablehlo.broadcast_in_dim": Rule(custom=lower_broadcast_in_dim),
    "stablehlo.reshape": Rule(custom=lower_reshape),
    "stablehlo.transpose": Rule(custom=_identity_unless(
        Opcode.TRANSPOSE, dims_attr("permutation", "dims"), lambda a: list(a["dimensions"]) == sorted(a["dimensions"]))),
    "stablehlo.reverse": Rule(custom=_identity_unless(
        Opcode.REVERSE, dims_attr("dimensions", "dims"), lambda a: not a["dimensions"])),
    "stablehlo.concatenate": Rule(custom=_identity_unless(Opcode.CONCATENATE, concatenate_attrs, lambda a: True)),
    "stablehlo.slice": Rule(custom=_identity_unless(
        Opcode.SLICE, slice_attrs, lambda a: all(d.start == 0 and d.stride == 1 for d in a["slice"]))),
    "stablehlo.dynamic_slice": Rule(Opcode.DYNAMIC_SLICE, dynamic_slice_attrs),
    "stablehlo.pad": Rule(custom=lower_pad),
    "stablehlo.compare": Rule(Opcode.COMPARE, compare_attrs),
    "stablehlo.dot_general": Rule(Opcode.DOT, dot_general_attrs),
    "stablehlo.convolution": Rule(Opcode.CONVOLUTION, convolution_attrs),
    "stablehlo.gather": Rule(Opcode.GATHER, gather_attrs),
    "stablehlo.scatter": Rule(custom=lower_scatter),
    "stablehlo.reduce": Rule(custom=lower_reduce),
    "stablehlo.reduce_window": Rule(custom=lower_reduce_window),
    "stablehlo.select_and_scatter": Rule(custom=lower_select_and_scatter),
    "stablehlo.sort": Rule(custom=lower_sort),
    "stablehlo.while": Rule(custom=lower_while),
    "stablehlo.case": Rule(custom=lower_case),
    "stablehlo.if": Rule(custom=lower_case),
    "stablehlo.custom_call": Rule(custom=lower_custom_call),
    "stablehlo.composite": Rule(custom=lower_composite),
    "stablehlo.fft": Rule(Opcode.FFT, fft_attrs),
    "stablehlo.reduce_precision": Rule(Opcode.REDUCE_PRECISION, reduce_precision_attrs),
    "stablehlo.triangular_solve": Rule(Opcode.TRIANGULAR_SOLVE, triangular_solve_attrs),
    "stablehlo.cholesky": Rule(Opcode.CHOLESKY, cholesky_attrs),
    "stablehlo.rng_bit_generator": Rule(custom=lower_rng_bit_generator),
    "stablehlo.rng": Rule(custom=lower_rng),
    "stablehlo.optimization_barrier": Rule(custom=lower_optimization_barrier),
    "stablehlo.create_token": Rule(custom=lower_create_token),
    "stablehlo.get_tuple_element": Rule(custom=lower_get_tuple_element),
    "stablehlo.tuple": Rule(custom=lower_tuple),
    "stablehlo.all_reduce": Rule(custom=lower_all_reduce),
    "stablehlo.reduce_scatter": Rule(custom=lower_all_reduce),
    "stablehlo.all_gather": Rule(custom=lower_tuple_results(Opcode.ALL_GATHER, collective_attrs)),
    "stablehlo.collective_permute": Rule(Opcode.COLLECTIVE_PERMUTE, collective_attrs),
    "stablehlo.all_to_all": Rule(custom=lower_all_to_all),
    "stablehlo.batch_norm_inference": Rule(Opcode.BATCH_NORM_INFERENCE, batch_norm_attrs),
    "stablehlo.batch_norm_training": Rule(custom=lower_tuple_results(Opcode.BATCH_NORM_TRAINING,
                                                                     batch_norm_attrs)),
    "stablehlo.batch_norm_grad": Rule(custom=lower_tuple_results(Opcode.BATCH_NORM_GRAD, batch_norm_attrs)),
    "func.call": Rule(custom=lower_call),
    "chlo.square": Rule(custom=lower_square),
    "chlo.next_after": Rule(custom=lower_next_after),
    "chlo.top_k": Rule(custom=lower_top_k),
    "sdy.sharding_constraint": Rule(custom=lower_sharding_constraint),
    "sdy.mesh": Rule(custom=lower_mesh),
    "sdy.manual_computation": Rule(custom=lower_manual_computation),
}

"""Collectives with single-replica semantics (one device, one partition).

With one participant every collective returns its own input: an all-reduce
over one value is that value, all-gather/reduce-scatter/all-to-all move
nothing, collective-permute delivers the input only if a (0, 0) pair exists
(a device that receives nothing gets zeros, as in XLA). partition-id and
replica-id are 0. A replica group with more than one member cannot run here.
"""

from __future__ import annotations

import numpy as np

from ...ir.opcodes import Opcode
from ._common import dtype_of


def _passthrough(inst, args, ctx):
    return tuple(args) if inst.shape.is_tuple and len(args) != 1 else args[0]


def _collective_permute(inst, args, ctx):
    pairs = inst.attrs.get("source_target_pairs", ())
    if (0, 0) in tuple(tuple(p) for p in pairs):
        return args[0]
    return np.zeros_like(args[0])


def _start(result_of):
    """``*-start`` ops return (operands, results[, contexts]) tuples; the done op picks results."""
    def impl(inst, args, ctx):
        result = result_of(inst, args, ctx)
        if not inst.shape.is_tuple:
            return result
        shapes = inst.shape.tuple_shapes
        operand_value = args[0] if len(args) == 1 else tuple(args)
        values = [operand_value, result]
        for extra in shapes[2:]:  # u32 context scalars of the async pair
            values.append(np.zeros(extra.dims, dtype_of(extra)))
        return tuple(values[:len(shapes)]) if len(shapes) >= 2 else (result,)
    return impl


def _done(inst, args, ctx):
    value = args[0]
    if isinstance(value, tuple) and not inst.shape.is_tuple:
        return value[1]
    if isinstance(value, tuple) and inst.shape.is_tuple and len(value) != len(inst.shape.tuple_shapes):
        return value[1]
    return value


def _all_reduce_start(inst, args, ctx):
    return _passthrough(inst, args, ctx)


def _ragged_all_to_all(inst, args, ctx):
    """One replica: rows [input_offsets[0], +send_sizes[0]) of the input land at output_offsets[0]."""
    data, output, input_offsets, send_sizes, output_offsets, _ = args
    result = np.array(output, copy=True)
    start, size, at = (int(np.asarray(v).reshape(-1)[0]) for v in (input_offsets, send_sizes, output_offsets))
    start, at = min(max(start, 0), data.shape[0]), min(max(at, 0), result.shape[0])  # offsets out of range move nothing
    size = max(0, min(size, data.shape[0] - start, result.shape[0] - at))
    result[at:at + size] = data[start:start + size]
    return result


def _id(inst, args, ctx):
    return np.zeros(inst.shape.dims, dtype_of(inst.shape))


IMPLEMENTATIONS = {
    Opcode.ALL_REDUCE: _passthrough,
    Opcode.ALL_GATHER: _passthrough,
    Opcode.REDUCE_SCATTER: _passthrough,
    Opcode.ALL_TO_ALL: _passthrough,
    Opcode.RAGGED_ALL_TO_ALL: _ragged_all_to_all,
    Opcode.COLLECTIVE_BROADCAST: _passthrough,
    Opcode.COLLECTIVE_PERMUTE: _collective_permute,
    Opcode.ALL_REDUCE_START: _all_reduce_start,
    Opcode.ALL_REDUCE_DONE: _done,
    Opcode.ALL_GATHER_START: _start(_passthrough),
    Opcode.ALL_GATHER_DONE: _done,
    Opcode.COLLECTIVE_PERMUTE_START: _start(_collective_permute),
    Opcode.COLLECTIVE_PERMUTE_DONE: _done,
    Opcode.PARTITION_ID: _id,
    Opcode.REPLICA_ID: _id,
}


def _check_single_device(inst) -> str | None:
    groups = inst.attrs.get("replica_groups")
    if groups is not None and any(len(g) > 1 for g in groups.groups):
        return "collective over more than one device (the reference runtime has a single device)"
    if inst.opcode in (Opcode.ALL_GATHER, Opcode.REDUCE_SCATTER, Opcode.ALL_TO_ALL):
        operand_dims = [o.shape.dims for o in inst.operands]
        result_dims = [s.dims for s in inst.shape.leaf_shapes()]
        if operand_dims != result_dims:
            return f"{inst.opcode.text} changes shape, so it needs more than one device"
    return None


CHECKS = {op: _check_single_device for op in IMPLEMENTATIONS if op not in (Opcode.PARTITION_ID,
                                                                             Opcode.REPLICA_ID)}


def _check_ragged_all_to_all(inst) -> str | None:
    """Rows move whole from the input to the output: both need the same row shape and type."""
    reason = _check_single_device(inst)
    if reason is not None or len(inst.operands) != 6:
        return reason or f"ragged-all-to-all takes 6 operands, not {len(inst.operands)}"
    data, output = inst.operands[0].shape, inst.operands[1].shape
    if not (data.is_array and output.is_array) or data.element_type != output.element_type \
            or data.rank != output.rank or data.rank == 0 or data.dims[1:] != output.dims[1:]:
        return (f"ragged-all-to-all moves rows of {data.text(False)} into {output.text(False)}: the row shapes "
                "and element types differ")
    return None


CHECKS[Opcode.RAGGED_ALL_TO_ALL] = _check_ragged_all_to_all

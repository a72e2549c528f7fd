"""Data movement: broadcast, reshape, transpose, slices, pad, reverse, iota, gather, scatter...

Index semantics follow XLA: dynamic-slice/dynamic-update-slice and gather
clamp start indices so the whole slice is in bounds; scatter skips an update
window entirely when any part of it would fall outside the operand.
"""

from __future__ import annotations

import numpy as np

from ...ir.opcodes import Opcode
from . import _computations as calls
from ._common import contiguous, dtype_of, to_result


def _broadcast(inst, args, ctx):
    x = args[0]
    out_dims = inst.shape.dims
    mapping = list(inst.attrs.get("dimensions", ()))
    if x.ndim == 0:
        return np.broadcast_to(x, out_dims)
    order = sorted(range(len(mapping)), key=lambda i: mapping[i])
    x = np.transpose(x, order)
    expanded = [1] * len(out_dims)
    for i in order:
        expanded[mapping[i]] = args[0].shape[i]
    return np.broadcast_to(x.reshape(expanded), out_dims)


def _reshape(inst, args, ctx):
    return args[0].reshape(inst.shape.dims)


def _transpose(inst, args, ctx):
    return np.transpose(args[0], inst.attrs["dimensions"])


def _physical_order(shape) -> list[int]:
    """Dimensions from major to minor in the shape's layout."""
    return list(reversed(shape.effective_layout.minor_to_major))


def _bitcast(inst, args, ctx):
    """Reinterpret the operand's buffer with the result's layout (a reshape for default layouts)."""
    src, dst = inst.operands[0].shape, inst.shape
    linear = np.transpose(args[0], _physical_order(src)).reshape(-1)
    if src.element_type != dst.element_type:
        linear = contiguous(linear).view(dtype_of(dst))
    order = _physical_order(dst)
    physical = linear.reshape([dst.dims[d] for d in order])
    return np.transpose(physical, np.argsort(order))


def _slice(inst, args, ctx):
    return args[0][tuple(slice(s.start, s.limit, s.stride) for s in inst.attrs["slice"])]


def _start_indices(args, rank: int) -> list[int]:
    """Start indices of dynamic-slice/-update-slice: scalar operands, or one vector (old form)."""
    if len(args) == 1 and np.ndim(args[0]) == 1:
        return [int(v) for v in np.asarray(args[0]).reshape(-1)]
    return [int(np.asarray(a).reshape(())) for a in args]


def _clamped(starts: list[int], sizes, dims) -> tuple[slice, ...]:
    out = []
    for start, size, dim in zip(starts, sizes, dims):
        start = min(max(start, 0), dim - size)
        out.append(slice(start, start + size))
    return tuple(out)


def _dynamic_slice(inst, args, ctx):
    x = args[0]
    starts = _start_indices(args[1:], x.ndim)
    return x[_clamped(starts, inst.attrs["dynamic_slice_sizes"], x.shape)]


def _dynamic_update_slice(inst, args, ctx):
    x, update = args[0], args[1]
    starts = _start_indices(args[2:], x.ndim)
    out = np.array(x, copy=True)
    out[_clamped(starts, update.shape, x.shape)] = update
    return out


def _concatenate(inst, args, ctx):
    return np.concatenate(args, axis=inst.attrs["dimensions"][0])


def _pad(inst, args, ctx):
    x, value = args
    config = inst.attrs["padding"]
    big_shape, placement, crop = [], [], []
    for dim, pad in zip(x.shape, config):
        step = pad.interior + 1
        dilated = (dim - 1) * step + 1 if dim > 0 else 0
        low, high = max(pad.low, 0), max(pad.high, 0)
        size = low + dilated + high
        big_shape.append(size)
        placement.append(slice(low, low + dilated, step))
        crop.append(slice(-min(pad.low, 0), size + min(pad.high, 0)))
    out = np.full(big_shape, value, dtype=x.dtype)
    out[tuple(placement)] = x
    return out[tuple(crop)]


def _reverse(inst, args, ctx):
    dims = inst.attrs.get("dimensions", ())
    return np.flip(args[0], axis=tuple(dims)) if dims else args[0]


def _iota(inst, args, ctx):
    dims = inst.shape.dims
    axis = inst.attrs["iota_dimension"]
    ramp = np.arange(dims[axis], dtype=np.int64)
    shape = [1] * len(dims)
    shape[axis] = dims[axis]
    et = inst.shape.element_type
    if et.is_float or et.is_complex:
        ramp = ramp.astype(np.float64)
    return np.broadcast_to(to_result(ramp.reshape(shape), et), dims)


def _copy(inst, args, ctx):
    return args[0]


def _get_dimension_size(inst, args, ctx):
    return np.asarray(args[0].shape[inst.attrs["dimensions"][0]], dtype=dtype_of(inst.shape))


def _set_dimension_size(inst, args, ctx):
    return args[0]


def _dynamic_reshape(inst, args, ctx):
    return args[0].reshape(inst.shape.dims)


# -- gather / scatter ------------------------------------------------------------------------

def _index_vectors(indices: np.ndarray, index_vector_dim: int) -> np.ndarray:
    """Indices with the index vector as the last axis (a trailing 1 if it was implicit)."""
    indices = np.asarray(indices).astype(np.int64)
    if index_vector_dim == indices.ndim:
        return indices[..., None]
    return np.moveaxis(indices, index_vector_dim, -1)


def _batch_axis(dim: int, index_vector_dim: int) -> int:
    """Position of indices dimension ``dim`` among the batch axes (the index vector removed)."""
    return dim - 1 if dim > index_vector_dim else dim


def _starts(vectors, operand_rank, index_map, operand_batching, indices_batching, index_vector_dim):
    """Per operand dimension, the start index over the batch shape (None where it is 0)."""
    batch_shape = vectors.shape[:-1]
    starts = [None] * operand_rank
    for k, dim in enumerate(index_map):
        starts[dim] = vectors[..., k]
    for operand_dim, indices_dim in zip(operand_batching, indices_batching):
        axis = _batch_axis(indices_dim, index_vector_dim)
        shape = [1] * len(batch_shape)
        shape[axis] = batch_shape[axis]
        starts[operand_dim] = np.broadcast_to(np.arange(batch_shape[axis]).reshape(shape), batch_shape)
    return starts


def _expand(array: np.ndarray, out_rank: int, batch_positions: list[int]) -> np.ndarray:
    """Place the batch axes of ``array`` at ``batch_positions`` of a rank-``out_rank`` array."""
    shape = [1] * out_rank
    for axis, position in enumerate(batch_positions):
        shape[position] = array.shape[axis]
    return array.reshape(shape)


def _ramp(size: int, out_rank: int, position: int) -> np.ndarray:
    shape = [1] * out_rank
    shape[position] = size
    return np.arange(size).reshape(shape)


def _gather(inst, args, ctx):
    operand, indices = args
    a = inst.attrs
    index_vector_dim = a["index_vector_dim"]
    vectors = _index_vectors(indices, index_vector_dim)
    sizes = a["slice_sizes"]
    offset_dims = list(a.get("offset_dims", ()))
    operand_batching = list(a.get("operand_batching_dims", ()))
    starts = _starts(vectors, operand.ndim, a.get("start_index_map", ()), operand_batching,
                     a.get("start_indices_batching_dims", ()), index_vector_dim)
    out_rank = len(inst.shape.dims)
    batch_positions = [d for d in range(out_rank) if d not in offset_dims]
    skipped = set(a.get("collapsed_slice_dims", ())) | set(operand_batching)
    window_dims = [d for d in range(operand.ndim) if d not in skipped]
    # Every index array carries the batch axes, even where no index vector entry feeds a dim.
    base = _expand(np.zeros(vectors.shape[:-1], np.int64), out_rank, batch_positions)
    index = []
    for d in range(operand.ndim):
        start = starts[d]
        if start is None:
            full = base
        else:
            # XLA clamps the start so that the whole slice is in bounds.
            start = np.clip(start, 0, operand.shape[d] - sizes[d])
            full = _expand(start, out_rank, batch_positions)
        if d in window_dims:
            full = full + _ramp(sizes[d], out_rank, offset_dims[window_dims.index(d)])
        index.append(full)
    index = np.broadcast_arrays(*index)
    return operand[tuple(index)].reshape(inst.shape.dims)


def _scatter(inst, args, ctx):
    count = (len(args) - 1) // 2
    operands, indices, updates = args[:count], args[count], args[count + 1:]
    a = inst.attrs
    index_vector_dim = a["index_vector_dim"]
    vectors = _index_vectors(indices, index_vector_dim)
    operand_shape = operands[0].shape
    rank = len(operand_shape)
    window_update_dims = list(a.get("update_window_dims", ()))
    input_batching = list(a.get("input_batching_dims", ()))
    starts = _starts(vectors, rank, a.get("scatter_dims_to_operand_dims", ()), input_batching,
                     a.get("scatter_indices_batching_dims", ()), index_vector_dim)
    update_shape = updates[0].shape
    update_rank = len(update_shape)
    scatter_positions = [d for d in range(update_rank) if d not in window_update_dims]
    skipped = set(a.get("inserted_window_dims", ())) | set(input_batching)
    window_dims = [d for d in range(rank) if d not in skipped]
    batch_shape = vectors.shape[:-1]
    valid = np.ones(batch_shape, bool)
    index = []
    for d in range(rank):
        start = starts[d]
        window = update_shape[window_update_dims[window_dims.index(d)]] if d in window_dims else 1
        if start is None:
            start = np.zeros(batch_shape, np.int64)
        # XLA skips the whole update window unless all of it is inside the operand.
        valid &= (start >= 0) & (start <= operand_shape[d] - window)
        full = _expand(start, update_rank, scatter_positions)
        if d in window_dims:
            full = full + _ramp(window, update_rank, window_update_dims[window_dims.index(d)])
        index.append(full)
    index = list(np.broadcast_arrays(*index, _expand(valid, update_rank, scatter_positions)))
    valid_full = index.pop().reshape(-1)
    flat_index = np.ravel_multi_index([i.reshape(-1) for i in index], operand_shape,
                                      mode="clip")[valid_full]
    flat_updates = [u.reshape(-1)[valid_full] for u in updates]
    outs = [np.array(o, copy=True) for o in operands]
    flats = [o.reshape(-1) for o in outs]
    calls.scatter_combine(a["to_apply"], inst.operands[0].shape.element_type, flats, flat_index,
                          flat_updates, ctx)
    return tuple(outs) if inst.shape.is_tuple else outs[0]


IMPLEMENTATIONS = {
    Opcode.BROADCAST: _broadcast,
    Opcode.RESHAPE: _reshape,
    Opcode.DYNAMIC_RESHAPE: _dynamic_reshape,
    Opcode.TRANSPOSE: _transpose,
    Opcode.BITCAST: _bitcast,
    Opcode.COPY: _copy,
    Opcode.SLICE: _slice,
    Opcode.DYNAMIC_SLICE: _dynamic_slice,
    Opcode.DYNAMIC_UPDATE_SLICE: _dynamic_update_slice,
    Opcode.CONCATENATE: _concatenate,
    Opcode.PAD: _pad,
    Opcode.REVERSE: _reverse,
    Opcode.IOTA: _iota,
    Opcode.GATHER: _gather,
    Opcode.SCATTER: _scatter,
    Opcode.GET_DIMENSION_SIZE: _get_dimension_size,
    Opcode.SET_DIMENSION_SIZE: _set_dimension_size,
}


def _check_bitcast(inst) -> str | None:
    if inst.operands and inst.operands[0].shape.element_type.bits != inst.shape.element_type.bits:
        return "bitcast between element types of different widths"
    return None


CHECKS = {Opcode.BITCAST: _check_bitcast}


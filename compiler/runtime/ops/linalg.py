"""Linear algebra: dot, convolution, cholesky, triangular-solve, fft.

Dots and convolutions accumulate in f32 for bf16/f16/f8 operands (as
XLA:CPU does) and round once to the result type; integer dots accumulate in
the (wrapping) result type. Convolution is an im2col over the kernel
positions followed by one batched matmul. Cholesky and triangular-solve are
column/row loops vectorised over the batch, computed in f64 (c128) and rounded.
"""

from __future__ import annotations

import itertools
from math import prod

import numpy as np

from ...ir.dtypes import ElementType
from ...ir.opcodes import Opcode
from ..errors import ExecutionError
from ._common import NARROW_FLOATS, SUB_BYTE_INTS, to_result


def _accumulation_dtype(operand_types: list[ElementType], out: ElementType) -> np.dtype:
    """The numpy type a dot/convolution multiplies and accumulates in."""
    types = list(operand_types) + [out]
    if any(t.is_complex for t in types):
        return np.dtype(np.complex128 if ElementType.C128 in types or ElementType.F64 in types
                        else np.complex64)
    if any(t.is_float for t in types):
        return np.dtype(np.float64 if ElementType.F64 in types else np.float32)
    if out in SUB_BYTE_INTS or out == ElementType.PRED:
        return np.dtype(np.int64)
    from ._common import np_dtype
    return np_dtype(out)


def _operands_in(args, inst, dtype):
    return [a.astype(dtype, copy=False) if a.dtype != dtype else a for a in args]


# -- dot ---------------------------------------------------------------------------------------

def dot_general(lhs, rhs, lhs_batch, rhs_batch, lhs_contract, rhs_contract) -> np.ndarray:
    """XLA dot: result dims are batch, then lhs free, then rhs free (one batched matmul)."""
    lhs_free = [d for d in range(lhs.ndim) if d not in lhs_batch and d not in lhs_contract]
    rhs_free = [d for d in range(rhs.ndim) if d not in rhs_batch and d not in rhs_contract]
    batch_dims = [lhs.shape[d] for d in lhs_batch]
    lhs_free_dims = [lhs.shape[d] for d in lhs_free]
    rhs_free_dims = [rhs.shape[d] for d in rhs_free]
    contract = prod(lhs.shape[d] for d in lhs_contract)
    left = np.transpose(lhs, list(lhs_batch) + lhs_free + list(lhs_contract)).reshape(
        prod(batch_dims), prod(lhs_free_dims), contract)
    right = np.transpose(rhs, list(rhs_batch) + list(rhs_contract) + rhs_free).reshape(
        prod(batch_dims), contract, prod(rhs_free_dims))
    return np.matmul(left, right).reshape(batch_dims + lhs_free_dims + rhs_free_dims)


def _dot(inst, args, ctx):
    a = inst.attrs
    dtype = _accumulation_dtype([o.shape.element_type for o in inst.operands], inst.shape.element_type)
    lhs, rhs = _operands_in(args, inst, dtype)
    out = dot_general(lhs, rhs, a.get("lhs_batch_dims", ()), a.get("rhs_batch_dims", ()),
                      a.get("lhs_contracting_dims", ()), a.get("rhs_contracting_dims", ()))
    return to_result(out, inst.shape.element_type)


def _block_scaled(x: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """``x`` times ``scale`` repeated over blocks (a scale element covers x.dim/scale.dim elements)."""
    if scale.ndim == 0:  # XLA leaves an operand with a scalar scale as it is
        return x
    for axis, (n, k) in enumerate(zip(x.shape, scale.shape)):
        if n != k:
            scale = np.repeat(scale, n // k, axis=axis)
    return x * scale


def _scaled_dot(inst, args, ctx):
    """dot(lhs * lhs_scale, rhs * rhs_scale) with block scales, dequantised in f32 (XLA's rewrite).

    Operands in XLA's order: lhs, rhs, lhs scale, rhs scale."""
    lhs, rhs, lhs_scale, rhs_scale = (a.astype(np.float32) for a in args)
    a = inst.attrs
    out = dot_general(_block_scaled(lhs, lhs_scale), _block_scaled(rhs, rhs_scale),
                      a.get("lhs_batch_dims", ()), a.get("rhs_batch_dims", ()),
                      a.get("lhs_contracting_dims", ()), a.get("rhs_contracting_dims", ()))
    return to_result(out, inst.shape.element_type)


def _ragged_dot(inst, args, ctx):
    """Ragged non-contracting lhs dimension: consecutive row groups, each with its own rhs matrix.

    Rows past the sum of the group sizes are zero. Batch dimensions come first in the result,
    as for dot."""
    a = inst.attrs
    dtype = _accumulation_dtype([o.shape.element_type for o in inst.operands[:2]], inst.shape.element_type)
    lhs, rhs = _operands_in(args[:2], inst, dtype)
    sizes = np.asarray(args[2]).astype(np.int64).reshape(-1)
    (ragged,) = a["lhs_ragged_dims"]
    (group_dim,) = a["rhs_group_dims"]
    lb, rb = list(a.get("lhs_batch_dims", ())), list(a.get("rhs_batch_dims", ()))
    lc, rc = list(a.get("lhs_contracting_dims", ())), list(a.get("rhs_contracting_dims", ()))
    out = np.zeros(inst.shape.dims, dtype)
    lhs_free = [d for d in range(lhs.ndim) if d not in lb and d not in lc]
    out_axis = len(lb) + lhs_free.index(ragged)
    rhs_rest = [d for d in range(rhs.ndim) if d != group_dim]
    start = 0
    for g, size in enumerate(sizes):
        stop = min(start + max(int(size), 0), lhs.shape[ragged])
        if stop > start:
            rows = np.take(lhs, np.arange(start, stop), axis=ragged)
            matrix = np.take(rhs, g, axis=group_dim)
            renumber = {d: i for i, d in enumerate(rhs_rest)}
            part = dot_general(rows, matrix, lb, [renumber[d] for d in rb], lc, [renumber[d] for d in rc])
            index = [slice(None)] * out.ndim
            index[out_axis] = slice(start, stop)
            out[tuple(index)] = part
        start = stop
    return to_result(out, inst.shape.element_type)


# -- convolution -----------------------------------------------------------------------------

def _dilate_and_pad(x: np.ndarray, axis: int, dilation: int, low: int, high: int) -> np.ndarray:
    """Insert ``dilation - 1`` zeros between elements of ``axis``, then pad (negative = crop)."""
    size = x.shape[axis]
    if dilation > 1 and size > 0:
        shape = list(x.shape)
        shape[axis] = (size - 1) * dilation + 1
        dilated = np.zeros(shape, x.dtype)
        index = [slice(None)] * x.ndim
        index[axis] = slice(None, None, dilation)
        dilated[tuple(index)] = x
        x = dilated
    widths = [(0, 0)] * x.ndim
    widths[axis] = (max(low, 0), max(high, 0))
    x = np.pad(x, widths)
    index = [slice(None)] * x.ndim
    index[axis] = slice(-min(low, 0), x.shape[axis] + min(high, 0))
    return x[tuple(index)]


def convolution(lhs, rhs, dn, window_dims, feature_groups: int, batch_groups: int) -> np.ndarray:
    """XLA convolution on arrays already in the accumulation dtype; returns output-layout array."""
    if feature_groups == 1 and batch_groups == 1:
        return _convolution_channels_last(lhs, rhs, dn, window_dims)
    return _grouped_convolution(lhs, rhs, dn, window_dims, feature_groups, batch_groups)


def _dilate_and_pad_spatial(x: np.ndarray, window_dims) -> np.ndarray:
    """Base dilation and (possibly negative) padding of axes 1..n at once: one zeroed buffer and
    one strided copy, instead of an np.pad per axis."""
    if all(w.base_dilation == 1 and w.padding_low == 0 and w.padding_high == 0 for w in window_dims):
        return x
    if any(w.padding_low < 0 or w.padding_high < 0 for w in window_dims):
        for i, w in enumerate(window_dims):
            x = _dilate_and_pad(x, 1 + i, w.base_dilation, w.padding_low, w.padding_high)
        return x
    shape, target = [x.shape[0]], [slice(None)]
    for size, w in zip(x.shape[1:-1], window_dims):
        dilated = (size - 1) * w.base_dilation + 1 if size else 0
        shape.append(w.padding_low + dilated + w.padding_high)
        target.append(slice(w.padding_low, w.padding_low + dilated, w.base_dilation))
    out = np.zeros(shape + [x.shape[-1]], x.dtype)
    out[tuple(target)] = x
    return out


def _convolution_channels_last(lhs, rhs, dn, window_dims) -> np.ndarray:
    """One GEMM over (batch x output positions, taps x in-features): im2col over the kernel taps,
    or, when the window is larger than the output (weight gradients), a GEMM per output position."""
    spatial = len(dn.input_spatial)
    x = np.transpose(lhs, [dn.input_batch, *dn.input_spatial, dn.input_feature])      # B, S..., C
    w = np.transpose(rhs, [*dn.kernel_spatial, dn.kernel_input_feature, dn.kernel_output_feature])  # K..., C, O
    window_dims = list(window_dims)
    reversed_axes = [i for i, wd in enumerate(window_dims) if wd.window_reversal]
    if reversed_axes:
        w = np.flip(w, axis=tuple(reversed_axes))
    x = _dilate_and_pad_spatial(x, window_dims)
    kernel = w.shape[:spatial]
    strides = [wd.stride for wd in window_dims] or [1] * spatial
    rhs_dilation = [wd.window_dilation for wd in window_dims] or [1] * spatial
    out_spatial = [max((x.shape[1 + i] - ((kernel[i] - 1) * rhs_dilation[i] + 1)) // strides[i] + 1, 0)
                   for i in range(spatial)]
    batch, channels, out_features = x.shape[0], x.shape[-1], w.shape[-1]
    taps, points = prod(kernel), prod(out_spatial)
    weights = w.reshape(taps * channels, out_features)
    if points < taps:  # each output position sees a large window: one GEMM per position
        out = np.empty([batch, *out_spatial, out_features], x.dtype)
        for position in itertools.product(*[range(n) for n in out_spatial]):
            index = [slice(None)]
            for i, p in enumerate(position):
                start = p * strides[i]
                index.append(slice(start, start + (kernel[i] - 1) * rhs_dilation[i] + 1, rhs_dilation[i]))
            patch = x[tuple(index)].reshape(batch, taps * channels)
            at_position: tuple[slice | int, ...] = (slice(None), *position)
            out[at_position] = patch @ weights
    else:
        columns = []
        for position in itertools.product(*[range(k) for k in kernel]):
            index = [slice(None)]
            for i, k in enumerate(position):
                start = k * rhs_dilation[i]
                index.append(slice(start, start + (out_spatial[i] - 1) * strides[i] + 1, strides[i]))
            columns.append(x[tuple(index)])
        cols = np.stack(columns, axis=-2) if columns else np.zeros([batch, *out_spatial, 0, channels], x.dtype)
        out = (cols.reshape(batch * points, taps * channels) @ weights).reshape(batch, *out_spatial, out_features)
    canonical = [dn.output_batch, *dn.output_spatial, dn.output_feature]
    return np.transpose(out, np.argsort(canonical))


def _grouped_convolution(lhs, rhs, dn, window_dims, feature_groups: int, batch_groups: int) -> np.ndarray:
    spatial = len(dn.input_spatial)
    x = np.transpose(lhs, [dn.input_batch, dn.input_feature, *dn.input_spatial])
    w = np.transpose(rhs, [dn.kernel_output_feature, dn.kernel_input_feature, *dn.kernel_spatial])
    window_dims = list(window_dims) or []
    reversed_axes = [2 + i for i, wd in enumerate(window_dims) if wd.window_reversal]
    if reversed_axes:
        w = np.flip(w, axis=tuple(reversed_axes))
    for i, wd in enumerate(window_dims):
        x = _dilate_and_pad(x, 2 + i, wd.base_dilation, wd.padding_low, wd.padding_high)
    kernel = w.shape[2:]
    strides = [wd.stride for wd in window_dims] or [1] * spatial
    rhs_dilation = [wd.window_dilation for wd in window_dims] or [1] * spatial
    out_spatial = [max((x.shape[2 + i] - ((kernel[i] - 1) * rhs_dilation[i] + 1)) // strides[i] + 1, 0)
                   for i in range(spatial)]
    batch, channels = x.shape[:2]
    columns = []
    for position in itertools.product(*[range(k) for k in kernel]):
        index = [slice(None), slice(None)]
        for i, k in enumerate(position):
            start = k * rhs_dilation[i]
            index.append(slice(start, start + (out_spatial[i] - 1) * strides[i] + 1, strides[i]))
        columns.append(x[tuple(index)])
    taps = len(columns)
    out_points = prod(out_spatial)
    if taps:
        cols = np.stack(columns, axis=2).reshape(batch, channels, taps, out_points)
    else:
        cols = np.zeros((batch, channels, 0, out_points), x.dtype)
    out_features = w.shape[0]
    weights = w.reshape(out_features, w.shape[1], taps)
    if batch_groups > 1:
        group_batch, group_out = batch // batch_groups, out_features // batch_groups
        cols = cols.reshape(batch_groups, group_batch, channels * taps, out_points)
        weights = weights.reshape(batch_groups, group_out, w.shape[1] * taps)
        out = np.matmul(weights[:, None], cols)                    # (G, Nb, Og, P)
        out = np.transpose(out, (1, 0, 2, 3)).reshape(group_batch, out_features, out_points)
        batch = group_batch
    else:
        group_in, group_out = channels // feature_groups, out_features // feature_groups
        cols = cols.reshape(batch, feature_groups, group_in * taps, out_points)
        weights = weights.reshape(feature_groups, group_out, group_in * taps)
        out = np.matmul(weights[None], cols).reshape(batch, out_features, out_points)
    out = out.reshape([batch, out_features] + out_spatial)
    canonical = [dn.output_batch, dn.output_feature, *dn.output_spatial]
    return np.transpose(out, np.argsort(canonical))


def _convolution(inst, args, ctx):
    a = inst.attrs
    feature_groups = a.get("feature_group_count", 1)
    batch_groups = a.get("batch_group_count", 1)
    if feature_groups > 1 and batch_groups > 1:
        raise ExecutionError("feature_group_count and batch_group_count cannot both exceed 1")
    dtype = _accumulation_dtype([o.shape.element_type for o in inst.operands], inst.shape.element_type)
    lhs, rhs = _operands_in(args[:2], inst, dtype)
    window = a.get("window")
    out = convolution(lhs, rhs, a["dim_labels"], window.dims if window is not None else (),
                      feature_groups, batch_groups)
    return to_result(out, inst.shape.element_type)


# -- cholesky / triangular solve -------------------------------------------------------------

def _wide(x: np.ndarray) -> np.ndarray:
    return x.astype(np.complex128 if np.iscomplexobj(x) else np.float64)


def cholesky(a: np.ndarray, lower: bool) -> np.ndarray:
    """Batched Cholesky of the ``lower`` (else upper) triangle; a non-positive-definite matrix
    gives all-NaN (as XLA's CPU kernel reports failure)."""
    a = _wide(a)
    if not lower:
        a = np.conj(np.swapaxes(a, -1, -2))
    n = a.shape[-1]
    factor = np.zeros_like(a)
    for j in range(n):
        row = factor[..., j, :j]
        diagonal = np.real(a[..., j, j]) - np.sum(np.abs(row) ** 2, axis=-1)
        with np.errstate(invalid="ignore"):
            d = np.sqrt(diagonal)
        factor[..., j, j] = d
        below = a[..., j + 1:, j] - np.einsum("...ik,...k->...i", factor[..., j + 1:, :j], np.conj(row))
        factor[..., j + 1:, j] = below / d[..., None]
    failed = ~np.all(np.isfinite(factor), axis=(-1, -2)) | np.any(
        np.real(np.diagonal(factor, axis1=-2, axis2=-1)) <= 0, axis=-1)
    factor = np.where(failed[..., None, None], np.nan, factor)
    return factor if lower else np.conj(np.swapaxes(factor, -1, -2))


def triangular_solve(a, b, left_side: bool, lower: bool, unit_diagonal: bool, transpose_a: str):
    """Solve op(a) x = b (left) or x op(a) = b (right), reading only a's ``lower``/upper triangle."""
    a, b = _wide(a), _wide(b)
    t = np.tril(a) if lower else np.triu(a)
    if unit_diagonal:
        n = t.shape[-1]
        t = t.copy()
        t[..., np.arange(n), np.arange(n)] = 1
    t_lower = lower
    if transpose_a in ("TRANSPOSE", "ADJOINT"):
        t = np.swapaxes(t, -1, -2)
        if transpose_a == "ADJOINT":
            t = np.conj(t)
        t_lower = not t_lower
    if not left_side:  # x T = b  <=>  T^T x^T = b^T
        t, b, t_lower = np.swapaxes(t, -1, -2), np.swapaxes(b, -1, -2), not t_lower
    n = t.shape[-1]
    x = np.zeros(np.broadcast_shapes(t.shape[:-2], b.shape[:-2]) + b.shape[-2:], b.dtype)
    rows = range(n) if t_lower else range(n - 1, -1, -1)
    for i in rows:
        done = slice(0, i) if t_lower else slice(i + 1, n)
        partial = np.einsum("...k,...kj->...j", t[..., i, done], x[..., done, :])
        x[..., i, :] = (b[..., i, :] - partial) / t[..., i, i][..., None]
    return x if left_side else np.swapaxes(x, -1, -2)


def _cholesky(inst, args, ctx):
    return to_result(cholesky(args[0], inst.attrs.get("lower", False)), inst.shape.element_type)


def _triangular_solve(inst, args, ctx):
    a = inst.attrs
    x = triangular_solve(args[0], args[1], a.get("left_side", False), a.get("lower", False),
                         a.get("unit_diagonal", False), a.get("transpose_a", "NO_TRANSPOSE"))
    return to_result(x, inst.shape.element_type)


# -- fft ---------------------------------------------------------------------------------------

def _fft(inst, args, ctx):
    x = args[0]
    kind = inst.attrs.get("fft_type", "FFT")
    lengths = list(inst.attrs["fft_length"])
    axes = tuple(range(x.ndim - len(lengths), x.ndim))
    if kind == "FFT":
        out = np.fft.fftn(x, axes=axes)
    elif kind == "IFFT":
        out = np.fft.ifftn(x, axes=axes)
    elif kind == "RFFT":
        out = np.fft.rfftn(x.astype(np.float64), s=lengths, axes=axes)
    elif kind == "IRFFT":
        out = np.fft.irfftn(x, s=lengths, axes=axes)
    else:
        raise ExecutionError(f"unknown fft_type {kind}")
    return to_result(out, inst.shape.element_type)


IMPLEMENTATIONS = {
    Opcode.DOT: _dot,
    Opcode.SCALED_DOT: _scaled_dot,
    Opcode.RAGGED_DOT: _ragged_dot,
    Opcode.CONVOLUTION: _convolution,
    Opcode.CHOLESKY: _cholesky,
    Opcode.TRIANGULAR_SOLVE: _triangular_solve,
    Opcode.FFT: _fft,
}


def _check_fft(inst) -> str | None:
    kind = inst.attrs.get("fft_type", "FFT")
    return None if kind in ("FFT", "IFFT", "RFFT", "IRFFT") else f"unknown fft_type {kind}"


def _check_float_only(inst) -> str | None:
    et = inst.shape.element_type
    if et in NARROW_FLOATS or et.is_float or et.is_complex:
        return None
    return f"{inst.opcode.text} is only defined for floating-point and complex types, not {et.text}"


def _check_ragged_dot(inst) -> str | None:
    a = inst.attrs
    ragged = tuple(a.get("lhs_ragged_dims", ()))
    if len(ragged) != 1 or ragged[0] in tuple(a.get("lhs_contracting_dims", ())) + tuple(a.get("lhs_batch_dims", ())):
        return "ragged-dot with a ragged contracting or batch dimension (only a ragged row dimension runs here)"
    return None


CHECKS = {Opcode.FFT: _check_fft, Opcode.CHOLESKY: _check_float_only,
          Opcode.TRIANGULAR_SOLVE: _check_float_only, Opcode.RAGGED_DOT: _check_ragged_dot}

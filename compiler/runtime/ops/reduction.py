"""Reductions and ops driven by a called computation: reduce, reduce-window,
select-and-scatter, sort, topk, map, batch-norm.

Reducers run on whole arrays: a numpy fast path when the reducer is a single
add/multiply/max/min/and/or/xor of its parameters, otherwise the reducer
computation itself is evaluated vectorised (pairwise tree for reduce, a
sequential fold over the window positions for reduce-window, which is the
order XLA uses). XLA applies the init value once per output element and skips
padding and base-dilation holes instead of reading the init value there.
"""

from __future__ import annotations

import functools
import itertools

import numpy as np

from ...ir.dtypes import ElementType
from ...ir.opcodes import Opcode
from . import _computations as calls
from ._common import float_compute, int_compute, to_result, total_order_key
from .elementwise import IMPLEMENTATIONS as ELEMENTWISE, VECTORIZABLE, compare_arrays


def _tuple_or_single(inst, values: list):
    return tuple(values) if inst.shape.is_tuple else values[0]


def _first_leaf_dims(shape) -> tuple[int, ...]:
    return next(iter(shape.leaf_shapes())).dims


# -- reduce ------------------------------------------------------------------------------------

def _fast_reduce(root, x: np.ndarray, et: ElementType) -> np.ndarray:
    """Reduce the last axis with the numpy ufunc of ``root`` (in the op's compute type)."""
    ufunc = calls.ufunc_of(root)
    if et.is_float:
        return ufunc.reduce(float_compute(x, et), axis=-1)
    if et == ElementType.PRED:
        ufunc = {np.add: np.logical_or, np.multiply: np.logical_and, np.maximum: np.logical_or,
                 np.minimum: np.logical_and, np.bitwise_and: np.logical_and,
                 np.bitwise_or: np.logical_or, np.bitwise_xor: np.logical_xor}[ufunc]
        return ufunc.reduce(x, axis=-1)
    x = int_compute(x, et)
    return ufunc.reduce(x, axis=-1, dtype=x.dtype)


def _tree_reduce(comp, values: list[np.ndarray], ctx) -> list[np.ndarray]:
    """Pairwise (log-depth) reduction of the last axis with ``comp`` evaluated on whole arrays."""
    while values[0].shape[-1] > 1:
        n = values[0].shape[-1]
        half = n // 2
        left = [v[..., 0:2 * half:2] for v in values]
        right = [v[..., 1:2 * half:2] for v in values]
        combined = calls.apply(comp, left + right, ctx)
        if n % 2:
            combined = [np.concatenate([c, v[..., -1:]], axis=-1) for c, v in zip(combined, values)]
        values = combined
    return [v[..., 0] for v in values]


def reduce_arrays(comp, operands: list[np.ndarray], inits: list[np.ndarray], dims, et, ctx) -> list:
    """XLA ``reduce`` of ``operands`` over ``dims`` with reducer ``comp`` (init applied once)."""
    dims = sorted(dims)
    rank = operands[0].ndim
    keep = [d for d in range(rank) if d not in dims]
    out_shape = tuple(operands[0].shape[d] for d in keep)
    flat = [np.transpose(x, keep + dims).reshape(out_shape + (-1,)) for x in operands]
    inits = [np.broadcast_to(i, out_shape) for i in inits]
    if flat[0].shape[-1] == 0:
        return [np.array(i) for i in inits]
    root = calls.binary_op_of(comp) if len(operands) == 1 else None
    if root is not None:
        return [calls.elementwise(root)(inits[0], _fast_reduce(root, flat[0], et))]
    return calls.apply(comp, inits + _tree_reduce(comp, flat, ctx), ctx)


def _reduce(inst, args, ctx):
    count = len(args) // 2
    results = reduce_arrays(inst.attrs["to_apply"], args[:count], args[count:],
                            inst.attrs.get("dimensions", ()), inst.operands[0].shape.element_type, ctx)
    return _tuple_or_single(inst, results)


# -- windows -----------------------------------------------------------------------------------

def _window_taps(in_shape, out_shape, window_dims):
    """Per dimension and window position: (source index per output position, valid mask)."""
    taps = []
    for dim, out_size, w in zip(in_shape, out_shape, window_dims):
        out = np.arange(out_size)
        per_offset = []
        for k in range(w.size):
            position = out * w.stride + k * w.window_dilation - w.padding_low
            valid = (position >= 0) & (position % w.base_dilation == 0)
            source = position // w.base_dilation
            valid &= source < dim
            per_offset.append((np.clip(source, 0, max(dim - 1, 0)), valid))
        taps.append(per_offset)
    return taps


def _window_offsets(window_dims):
    return itertools.product(*[range(w.size) for w in window_dims])


def _outer(arrays: list[np.ndarray]) -> list[np.ndarray]:
    """Reshape 1-d arrays to broadcast against each other (np.ix_ would read bools as masks)."""
    rank = len(arrays)
    return [a.reshape([-1 if i == d else 1 for i in range(rank)]) for d, a in enumerate(arrays)]


def _gather_tap(x, taps, offsets):
    index = tuple(_outer([taps[d][k][0] for d, k in enumerate(offsets)]))
    masks = _outer([taps[d][k][1] for d, k in enumerate(offsets)])
    valid = functools.reduce(np.logical_and, masks) if masks else np.array(True)
    return x[index], valid, index


def _tap_view(x, window_dims, out_shape, offsets):
    """The tap as a strided view when every position of it is inside the operand, else None.

    A view costs nothing; the general gather copies through index arrays, which dominated
    max-pooling and its gradient."""
    index = []
    for dim, out_size, w, k in zip(x.shape, out_shape, window_dims, offsets):
        start = k * w.window_dilation - w.padding_low
        last = start + (out_size - 1) * w.stride
        if w.base_dilation != 1 or start < 0 or (out_size and last >= dim):
            return None
        index.append(slice(start, last + 1 if out_size else start, w.stride))
    return x[tuple(index)]


def _window_tap(x, taps, window_dims, out_shape, offsets):
    """(values, valid mask) of one window position."""
    view = _tap_view(x, window_dims, out_shape, offsets)
    if view is not None:
        return view, True
    values, valid, _ = _gather_tap(x, taps, offsets)
    return values, valid


def _tile_order(window_dims, out_shape, in_shape):
    """The axis order that turns ``x.reshape(o0, s0, o1, s1, ...)`` into (o0, o1, ..., s0, s1, ...),
    when the windows tile the operand exactly (stride = size, no padding or dilation); else None."""
    for dim, out_size, w in zip(in_shape, out_shape, window_dims):
        if (w.stride != w.size or w.padding_low or w.padding_high or w.base_dilation != 1
                or w.window_dilation != 1 or dim != out_size * w.size):
            return None
    rank = len(window_dims)
    return [2 * d for d in range(rank)] + [2 * d + 1 for d in range(rank)]


def _reduce_window(inst, args, ctx):
    count = len(args) // 2
    operands, inits = args[:count], args[count:]
    comp = inst.attrs["to_apply"]
    window = inst.attrs.get("window")
    window_dims = window.dims if window is not None else ()
    out_shape = _first_leaf_dims(inst.shape)
    taps = _window_taps(operands[0].shape, out_shape, window_dims)
    root = calls.binary_op_of(comp) if count == 1 else None
    if root is not None:
        fn = calls.elementwise(root)
        combine = lambda acc, cur: [fn(acc[0], cur[0])]  # noqa: E731
    else:
        combine = lambda acc, cur: calls.apply(comp, acc + cur, ctx)  # noqa: E731
    acc = [np.array(np.broadcast_to(i, out_shape)) for i in inits]
    for offsets in _window_offsets(window_dims):
        current, valid = zip(*[_window_tap(x, taps, window_dims, out_shape, offsets) for x in operands])
        combined = combine(acc, list(current))
        if valid[0] is True:
            acc = [c.astype(a.dtype, copy=False) for c, a in zip(combined, acc)]
        else:
            acc = [np.where(valid[0], c, a).astype(a.dtype, copy=False) for c, a in zip(combined, acc)]
    return _tuple_or_single(inst, acc)


def _select_function(comp, ctx):
    """``select(a, b) -> pred`` on whole arrays (a single compare runs directly)."""
    root = comp.root
    if (root.opcode is Opcode.COMPARE and len(comp.instructions) == 3
            and [o.parameter_number for o in root.operands] == [0, 1]):
        et = root.operands[0].shape.element_type
        return lambda a, b: compare_arrays(a, b, et, root.attrs["direction"], root.attrs.get("type"))
    return lambda a, b: calls.apply(comp, [a, b], ctx)[0]


#: select comparisons whose choice is a window's extreme: (numpy extreme, first of equals?). XLA swaps
#: in the current element when select(selected, current) is false: GE keeps the first maximum,
#: GT moves to the last, LE/LT likewise for the minimum.
_PICKS = {"GE": (np.maximum, True), "GT": (np.maximum, False), "LE": (np.minimum, True),
          "LT": (np.minimum, False)}


def _pooling_gradient(inst, operand, source, init, ctx):
    """select-and-scatter of windows that tile the operand, with a plain compare as select and a
    binary op as scatter (max-pooling's gradient), on strided views; None when it does not apply."""
    window_dims = inst.attrs["window"].dims
    select, scatter = inst.attrs["select"], inst.attrs["scatter"]
    root, combine = select.root, calls.binary_op_of(scatter)
    if (_tile_order(window_dims, source.shape, operand.shape) is None or combine is None
            or root.opcode is not Opcode.COMPARE or len(select.instructions) != 3
            or [o.parameter_number for o in root.operands] != [0, 1]
            or root.attrs.get("direction") not in _PICKS or operand.dtype.kind not in "iuf"
            or (operand.dtype.kind == "f" and np.isnan(operand).any())):
        return None
    extreme, first = _PICKS[root.attrs["direction"]]
    offsets = list(_window_offsets(window_dims))
    views = [_tap_view(operand, window_dims, source.shape, o) for o in offsets]
    best = np.array(views[0])
    for view in views[1:]:
        extreme(best, view, out=best)
    out = np.empty(operand.shape, np.result_type(init))
    updated = calls.elementwise(combine)(np.broadcast_to(init, source.shape), source).astype(out.dtype, copy=False)
    init_value = np.asarray(init, out.dtype)
    found = np.zeros(source.shape, bool)
    for number in (range(len(views)) if first else reversed(range(len(views)))):
        hit = views[number] == best
        hit &= ~found
        found |= hit
        _tap_view(out, window_dims, source.shape, offsets[number])[...] = np.where(hit, updated, init_value)
    return out


def _select_and_scatter(inst, args, ctx):
    operand, source, init = args
    fast = _pooling_gradient(inst, operand, source, init, ctx)
    if fast is not None:
        return fast
    window_dims = inst.attrs["window"].dims
    taps = _window_taps(operand.shape, source.shape, window_dims)
    select = _select_function(inst.attrs["select"], ctx)
    chosen_value = chosen_tap = None
    have = np.zeros(source.shape, bool)
    for number, offsets in enumerate(_window_offsets(window_dims)):
        current, valid = _window_tap(operand, taps, window_dims, source.shape, offsets)
        if chosen_value is None:
            take = valid
        else:
            # XLA keeps the selected element while select(selected, current) is true.
            take = valid & (~have | ~select(chosen_value, current))
        if chosen_value is None:
            chosen_value = np.array(current)
            chosen_tap = np.zeros(source.shape, np.int64)
        else:
            chosen_value = np.where(take, current, chosen_value)
            chosen_tap = np.where(take, number, chosen_tap)
        have |= valid
    out = np.array(np.broadcast_to(init, operand.shape))
    if chosen_tap is None:
        return out
    # operand coordinates of the chosen element of every window
    window_offsets = np.unravel_index(chosen_tap, [w.size for w in window_dims])
    coordinates = []
    for d, w in enumerate(window_dims):
        out_index = np.arange(source.shape[d]).reshape([-1 if i == d else 1 for i in range(source.ndim)])
        position = out_index * w.stride + window_offsets[d] * w.window_dilation - w.padding_low
        coordinates.append(np.clip(position // w.base_dilation, 0, operand.shape[d] - 1))
    flat = np.ravel_multi_index(np.broadcast_arrays(*coordinates), operand.shape).reshape(-1)
    mask = have.reshape(-1)
    scatter = inst.attrs["scatter"]
    root = calls.binary_op_of(scatter)
    if root is not None and _windows_are_disjoint(window_dims):
        # every window picks its own element: one vectorised update, no ordered accumulation
        target, updates = flat[mask], source.reshape(-1)[mask]
        view = out.reshape(-1)
        view[target] = calls.elementwise(root)(view[target], updates)
        return out
    calls.scatter_combine(scatter, inst.shape.element_type, [out.reshape(-1)], flat[mask],
                          [source.reshape(-1)[mask]], ctx)
    return out


def _windows_are_disjoint(window_dims) -> bool:
    return all(w.stride >= (w.size - 1) * w.window_dilation + 1 for w in window_dims)


def _param_free(inst) -> bool:
    if inst.opcode is Opcode.PARAMETER:
        return False
    return all(_param_free(o) for o in inst.operands)


def _mirrored(a, b, pa: int, pb: int) -> bool:
    """True if expression ``b`` is expression ``a`` with parameter ``pa`` replaced by ``pb``."""
    if a.opcode is Opcode.PARAMETER or b.opcode is Opcode.PARAMETER:
        return (a.opcode is Opcode.PARAMETER and b.opcode is Opcode.PARAMETER
                and a.parameter_number == pa and b.parameter_number == pb)
    if a is b:
        return _param_free(a)
    if a.opcode is not b.opcode or a.attrs != b.attrs or len(a.operands) != len(b.operands):
        return False
    if a.opcode is Opcode.CONSTANT:
        return (a.literal is not None and b.literal is not None and not a.literal.elided
                and not b.literal.elided and np.array_equal(a.literal.to_numpy(), b.literal.to_numpy(),
                                                            equal_nan=True))
    if a.opcode not in VECTORIZABLE:
        return False
    return all(_mirrored(x, y, pa, pb) for x, y in zip(a.operands, b.operands))


def _evaluate_expression(inst, bindings: dict[int, np.ndarray], memo: dict):
    """Evaluate an elementwise expression tree whose parameters are bound to whole arrays."""
    if inst in memo:
        return memo[inst]
    if inst.opcode is Opcode.PARAMETER:
        value = bindings[inst.parameter_number]
    elif inst.opcode is Opcode.CONSTANT:
        value = inst.literal.to_numpy()
    else:
        value = ELEMENTWISE[inst.opcode](inst, [_evaluate_expression(o, bindings, memo)
                                                for o in inst.operands], None)
    memo[inst] = value
    return value


def _key_comparator(comp):
    """Recognise ``compare(f(p[2i]), f(p[2i+1])), direction=LT|GT`` (JAX's comparators,
    incl. the NaN/-0 canonicalising TOTALORDER one): returns (i, direction, f-root, type)."""
    root = comp.root
    if root.opcode is not Opcode.COMPARE or root.attrs.get("direction") not in ("LT", "GT"):
        return None
    lhs, rhs = root.operands
    for i in range(len(comp.parameters) // 2):
        if _mirrored(lhs, rhs, 2 * i, 2 * i + 1):
            return i, root.attrs["direction"], lhs, root.attrs.get("type")
    return None


def _sort_key(values: np.ndarray, et: ElementType, direction: str, compare_type) -> np.ndarray:
    """An array whose ascending stable argsort is the order the comparator defines."""
    if et.is_float:
        if compare_type == "TOTALORDER":
            key = total_order_key(values, et)
            return ~key if direction == "GT" else key
        key = float_compute(values, et)
        return -key if direction == "GT" else key
    if et == ElementType.PRED:
        key = values.astype(np.int8)
        return -key if direction == "GT" else key
    key = int_compute(values, et)
    if compare_type == "UNSIGNED" and et.is_signed_int:
        key = key.astype(np.dtype(key.dtype.name.replace("int", "uint")))
    return ~key if direction == "GT" else key


@functools.lru_cache(maxsize=64)
def _batcher_stages(size: int):
    """Compare-exchange stages of Batcher's odd-even merge sort for ``size`` (a power of two)."""
    stages = []
    p = 1
    while p < size:
        k = p
        while k >= 1:
            a, b = [], []
            for j in range(k % p, size - k, 2 * k):
                for i in range(min(k, size - j - k)):
                    if (i + j) // (2 * p) == (i + j + k) // (2 * p):
                        a.append(i + j)
                        b.append(i + j + k)
            stages.append((np.array(a, np.int64), np.array(b, np.int64)))
            k //= 2
        p *= 2
    return stages


def _network_sort(comp, xs: list[np.ndarray], ctx) -> np.ndarray:
    """Stable sort permutation (last axis) for any vectorisable comparator, via a sorting network
    on (value, original index) so that ties keep their order."""
    n = xs[0].shape[-1]
    size = 1 << max(n - 1, 0).bit_length()
    perm = np.array(np.broadcast_to(np.arange(size), xs[0].shape[:-1] + (size,)))

    def values_at(positions):
        safe = np.minimum(positions, n - 1)
        return [np.take_along_axis(x, safe, axis=-1) for x in xs]

    def comparator(left, right):
        return calls.apply(comp, [v for pair in zip(left, right) for v in pair], ctx)[0].astype(bool)

    for a, b in _batcher_stages(size):
        ia, ib = perm[..., a], perm[..., b]
        va, vb = values_at(ia), values_at(ib)
        b_first = comparator(vb, va)
        a_first = comparator(va, vb)
        swap = (ib < n) & ((ia >= n) | b_first | (~a_first & (ib < ia)))
        perm[..., a] = np.where(swap, ib, ia)
        perm[..., b] = np.where(swap, ia, ib)
    return perm[..., :n]


def _python_sort(comp, xs: list[np.ndarray], ctx) -> np.ndarray:
    """Per-row sort with scalar comparator calls (comparators that cannot be vectorised)."""
    n = xs[0].shape[-1]
    rows = xs[0].shape[:-1]
    perm = np.empty(xs[0].shape, np.int64)
    for row in np.ndindex(*rows):
        items = [[np.asarray(x[row + (i,)]) for x in xs] for i in range(n)]

        def compare(i, j, items=items):
            args = [v for pair in zip(items[i], items[j]) for v in pair]
            if bool(ctx.call(comp, args)):
                return -1
            args = [v for pair in zip(items[j], items[i]) for v in pair]
            return 1 if bool(ctx.call(comp, args)) else 0

        perm[row] = sorted(range(n), key=functools.cmp_to_key(compare))
    return perm


def sort_permutation(comp, xs: list[np.ndarray], ctx) -> np.ndarray:
    """Indices (along the last axis) that sort ``xs`` stably by comparator ``comp``."""
    if xs[0].shape[-1] <= 1:
        return np.zeros(xs[0].shape, np.int64)
    keyed = _key_comparator(comp)
    if keyed is not None:
        i, direction, expression, compare_type = keyed
        values = _evaluate_expression(expression, {2 * i: xs[i]}, {})
        values = np.broadcast_to(values, xs[i].shape)
        key = _sort_key(values, expression.shape.element_type, direction, compare_type)
        return np.argsort(key, axis=-1, kind="stable")
    if calls.is_vectorizable(comp):
        return _network_sort(comp, xs, ctx)
    return _python_sort(comp, xs, ctx)


def _sort(inst, args, ctx):
    dim = inst.attrs["dimensions"][0]
    xs = [np.moveaxis(x, dim, -1) for x in args]
    perm = sort_permutation(inst.attrs["to_apply"], xs, ctx)
    outs = [np.moveaxis(np.take_along_axis(x, perm, axis=-1), -1, dim) for x in xs]
    return _tuple_or_single(inst, outs)


def top_k(x: np.ndarray, et: ElementType, k: int, largest: bool = True):
    """XLA TopK on the last axis: total order for floats (NaN above inf), ties by lower index."""
    if et.is_float:
        key = total_order_key(x, et)
    elif et == ElementType.PRED:
        key = x.astype(np.int8)
    else:
        key = int_compute(x, et)
    if largest:
        key = ~key  # bitwise not reverses the order of signed and unsigned integers alike
    perm = np.argsort(key, axis=-1, kind="stable")[..., :k]
    return np.take_along_axis(x, perm, axis=-1), perm.astype(np.int32)


def _topk(inst, args, ctx):
    values, indices = top_k(args[0], inst.operands[0].shape.element_type, inst.attrs["k"],
                            inst.attrs.get("largest", True))
    return values, indices


def _map(inst, args, ctx):
    return calls.apply(inst.attrs["to_apply"], list(args), ctx)[0]


# -- batch norm --------------------------------------------------------------------------------

def _feature_view(inst, x: np.ndarray):
    """(reduction axes, reshape for per-feature vectors) for the feature_index attribute."""
    feature = inst.attrs["feature_index"]
    axes = tuple(d for d in range(x.ndim) if d != feature)
    shape = [1] * x.ndim
    shape[feature] = x.shape[feature]
    return axes, shape


def _batch_norm_training(inst, args, ctx):
    x, scale, offset = (a.astype(np.float64) for a in args)
    axes, shape = _feature_view(inst, x)
    mean = x.mean(axis=axes)
    var = ((x - mean.reshape(shape)) ** 2).mean(axis=axes)
    eps = inst.attrs.get("epsilon", 0.0)
    out = (x - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps) * scale.reshape(shape) \
        + offset.reshape(shape)
    et = inst.operands[0].shape.element_type
    return to_result(out, et), to_result(mean, et), to_result(var, et)


def _batch_norm_inference(inst, args, ctx):
    x, scale, offset, mean, var = (a.astype(np.float64) for a in args)
    _, shape = _feature_view(inst, x)
    eps = inst.attrs.get("epsilon", 0.0)
    out = (x - mean.reshape(shape)) / np.sqrt(var.reshape(shape) + eps) * scale.reshape(shape) \
        + offset.reshape(shape)
    return to_result(out, inst.shape.element_type)


def _batch_norm_grad(inst, args, ctx):
    x, scale, mean, var, grad = (a.astype(np.float64) for a in args)
    axes, shape = _feature_view(inst, x)
    eps = inst.attrs.get("epsilon", 0.0)
    centered = x - mean.reshape(shape)
    inv_std = 1.0 / np.sqrt(var + eps)
    grad_offset = grad.sum(axis=axes)
    grad_scale = (grad * centered).sum(axis=axes) * inv_std
    count = x.size / x.shape[inst.attrs["feature_index"]]
    grad_x = (scale * inv_std).reshape(shape) * (
        grad - grad_offset.reshape(shape) / count
        - centered * ((grad * centered).sum(axis=axes) / count / (var + eps)).reshape(shape))
    et = inst.operands[0].shape.element_type
    return to_result(grad_x, et), to_result(grad_scale, et), to_result(grad_offset, et)


IMPLEMENTATIONS = {
    Opcode.REDUCE: _reduce,
    Opcode.REDUCE_WINDOW: _reduce_window,
    Opcode.SELECT_AND_SCATTER: _select_and_scatter,
    Opcode.SORT: _sort,
    Opcode.TOPK: _topk,
    Opcode.MAP: _map,
    Opcode.BATCH_NORM_TRAINING: _batch_norm_training,
    Opcode.BATCH_NORM_INFERENCE: _batch_norm_inference,
    Opcode.BATCH_NORM_GRAD: _batch_norm_grad,
}


"""Applying called computations (reducers, comparators, scatter combiners) to whole arrays.

A reducer such as ``add(p0, p1)`` is scalar in HLO. Running it once per
element through the interpreter would be far too slow, so:

* :func:`binary_op_of` recognises a reducer that is a single elementwise op of
  its two parameters, so callers can use a numpy fast path;
* :func:`is_vectorizable` tells whether every instruction of a computation is
  elementwise on scalars, in which case the interpreter can run it once on
  whole arrays (:func:`apply`);
* otherwise :func:`apply` falls back to one scalar call per element.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ...ir.opcodes import Opcode
from .elementwise import IMPLEMENTATIONS as ELEMENTWISE, VECTORIZABLE

_STRUCTURAL = frozenset({Opcode.PARAMETER, Opcode.CONSTANT, Opcode.TUPLE, Opcode.GET_TUPLE_ELEMENT,
                         Opcode.CALL})

#: Binary ops that have a numpy reduction (``ufunc.reduce``) with XLA's semantics on the
#: integer/bool types; floats additionally allow add/multiply (order differs, within rounding).
_UFUNCS = {Opcode.ADD: np.add, Opcode.MULTIPLY: np.multiply, Opcode.MAXIMUM: np.maximum,
           Opcode.MINIMUM: np.minimum, Opcode.AND: np.bitwise_and, Opcode.OR: np.bitwise_or,
           Opcode.XOR: np.bitwise_xor}


def binary_op_of(comp):
    """The root instruction when ``comp`` is ``op(param0, param1)`` (either order) of one op in
    :data:`_UFUNCS`, else None."""
    root = comp.root
    if root is None or root.opcode not in _UFUNCS or len(comp.instructions) != 3:
        return None
    params = {o.parameter_number for o in root.operands if o.opcode is Opcode.PARAMETER}
    if params != {0, 1} or not root.shape.is_scalar:
        return None
    return root


def ufunc_of(root):
    return _UFUNCS[root.opcode]


def elementwise(root):
    """The implementation of an elementwise root instruction as ``f(a, b)``."""
    impl = ELEMENTWISE[root.opcode]
    return lambda a, b: impl(root, [a, b], None)


def returns_update(comp) -> bool:
    """True for the scatter combiner ``(old, update) -> update``."""
    root = comp.root
    return root is not None and root.opcode is Opcode.PARAMETER and root.parameter_number == 1


@lru_cache(maxsize=1024)
def is_vectorizable(comp) -> bool:
    """True if every instruction is scalar and elementwise (or structural), in ``comp`` and the
    computations it calls (walked with a stack: a call chain of any depth)."""
    pending, seen = [comp], {comp}
    while pending:
        for inst in pending.pop().instructions:
            if inst.opcode is Opcode.CALL:
                callee = inst.attrs["to_apply"]
                if callee not in seen:
                    seen.add(callee)
                    pending.append(callee)
                continue
            if inst.opcode not in VECTORIZABLE and inst.opcode not in _STRUCTURAL:
                return False
            if inst.opcode is Opcode.CONSTANT and inst.literal is not None and inst.literal.elided:
                return False
            for shape in inst.shape.leaf_shapes():
                if not shape.is_scalar:
                    return False
    return True


def _as_list(value) -> list:
    return list(value) if isinstance(value, tuple) else [value]


def apply(comp, args: list, ctx) -> list:
    """Run ``comp`` elementwise over equally shaped arrays ``args``; returns the leaf results."""
    args = list(np.broadcast_arrays(*args)) if len(args) > 1 else list(args)
    if is_vectorizable(comp):
        results = _as_list(ctx.call(comp, args, check_shapes=False))
        shape = args[0].shape if args else ()
        return [np.broadcast_to(r, shape) if np.shape(r) != shape else np.asarray(r) for r in results]
    return _apply_per_element(comp, args, ctx)


def _apply_per_element(comp, args: list, ctx) -> list:
    shape = args[0].shape if args else ()
    leaf_shapes = [s for s in comp.root.shape.leaf_shapes()]
    from ._common import dtype_of
    outs = [np.empty(shape, dtype_of(s)) for s in leaf_shapes]
    for index in np.ndindex(*shape):
        results = _as_list(ctx.call(comp, [np.asarray(a[index]) for a in args]))
        for out, r in zip(outs, results):
            out[index] = r
    return outs


def ordered_apply(targets_flat: list[np.ndarray], indices: np.ndarray, updates: list[np.ndarray],
                  combine) -> None:
    """``targets[i] = combine(targets[i], update)`` for each (index, update) in order, in place.

    Duplicated indices are applied in rounds (the k-th occurrence of every index in round k),
    so each round is one vectorised call and the result equals a sequential loop.
    """
    count = indices.shape[0]
    if count == 0:
        return
    order = np.argsort(indices, kind="stable")
    sorted_indices = indices[order]
    first = np.ones(count, bool)
    first[1:] = sorted_indices[1:] != sorted_indices[:-1]
    group_start = np.maximum.accumulate(np.where(first, np.arange(count), 0))
    rank = np.empty(count, np.int64)
    rank[order] = np.arange(count) - group_start
    for r in range(int(rank.max()) + 1):
        chosen = rank == r
        where = indices[chosen]
        olds = [t[where] for t in targets_flat]
        new = combine(olds, [u[chosen] for u in updates])
        for t, value in zip(targets_flat, new):
            t[where] = value


def scatter_combine(comp, et, flats: list[np.ndarray], flat_index: np.ndarray,
                    flat_updates: list[np.ndarray], ctx) -> None:
    """Apply ``comp(old, update)`` for every (index, update) in update order, into ``flats``."""
    if len(flats) == 1 and returns_update(comp):
        flats[0][flat_index] = flat_updates[0]  # numpy keeps the last of duplicated indices
        return
    root = binary_op_of(comp) if len(flats) == 1 else None
    exact_at = (et.is_integral and et.bits >= 8) or (et.is_float and et.bits >= 32 and root is not None
                                                      and root.opcode is Opcode.ADD)
    if root is not None and exact_at:
        # ufunc.at applies the updates one by one in order, exactly like the sequential loop.
        ufunc_of(root).at(flats[0], flat_index, flat_updates[0])
        return
    if root is not None:
        fn = elementwise(root)
        ordered_apply(flats, flat_index, flat_updates, lambda olds, ups: [fn(olds[0], ups[0])])
        return
    ordered_apply(flats, flat_index, flat_updates, lambda olds, ups: apply(comp, olds + ups, ctx))

"""Replica groups written as mesh axes: ``mesh['x'=2,'y'=4] {'y'}`` (XLA's MeshAxesReplicaGroupList).

A mesh names the axes of an array of devices (by default ``iota`` in row-major order, else the
``device_ids`` given); the groups are the devices that differ only along the listed axes. An
axis may be split: ``'x':(2)4`` is the part of size 4 of axis ``x`` after a part of size 2
(``x`` reshaped to ``[2, 4, rest]``). :func:`mesh_groups` expands the groups the way XLA does
(reshape each split axis, move the listed axes last, read groups off in row-major order).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import prod

import numpy as np


@dataclass(frozen=True)
class AxisRef:
    """An axis of the mesh (by index), or the part ``(pre_size)size`` of it."""

    axis: int
    pre_size: int | None = None
    size: int | None = None


def mesh_groups(axis_sizes: list[int], device_ids: list[int], refs: list[AxisRef]) -> tuple[tuple[int, ...], ...]:
    """The replica groups of the mesh; raises ValueError naming what does not fit."""
    reshape: dict[int, list[int]] = {}      # mesh axis -> its sizes after splitting
    aggregate: dict[int, list[int]] = {}    # mesh axis -> which of those are grouped, per ref in order
    for axis in sorted({r.axis for r in refs}):
        full = axis_sizes[axis]
        parts = [r for r in refs if r.axis == axis]
        if len(parts) == 1 and parts[0].size is None:
            reshape[axis], aggregate[axis] = [full], [0]
            continue
        if any(r.size is None for r in parts):
            raise ValueError(f"axis {axis} is listed whole and split at once")
        dims: list[int] = []
        index_of: dict[int, int] = {}
        covered = 1
        for r in sorted(parts, key=lambda r: r.pre_size or 0):
            pre_size, size = r.pre_size, r.size
            if pre_size is None or size is None:  # a sub-axis has both (the parser gives both or neither)
                raise ValueError(f"axis {axis} is listed whole and split at once")
            if pre_size < covered or pre_size % covered:
                raise ValueError(f"sub-axes of axis {axis} overlap")
            if pre_size != covered:
                dims.append(pre_size // covered)
                covered = pre_size
            index_of[id(r)] = len(dims)
            dims.append(size)
            covered *= size
        if covered > full or full % covered:
            raise ValueError(f"sub-axes of axis {axis} do not divide its size {full}")
        if covered != full:
            dims.append(full // covered)
        reshape[axis], aggregate[axis] = dims, [index_of[id(r)] for r in parts]
    sizes: list[int] = []
    offset: dict[int, int] = {}
    for axis, full in enumerate(axis_sizes):
        offset[axis] = len(sizes)
        sizes.extend(reshape.get(axis, [full]))
    used: dict[int, int] = {}
    grouped = []
    for r in refs:
        grouped.append(offset[r.axis] + aggregate[r.axis][used.get(r.axis, 0)])
        used[r.axis] = used.get(r.axis, 0) + 1
    order = [d for d in range(len(sizes)) if d not in grouped] + grouped
    per_group = prod(sizes[d] for d in grouped)
    flat = np.asarray(device_ids, dtype=np.int64).reshape(sizes).transpose(order).reshape(-1).tolist()
    return tuple(tuple(flat[i:i + per_group]) for i in range(0, len(flat), per_group))

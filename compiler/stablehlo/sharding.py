"""Shardings on StableHLO values, written as the HLO ``sharding=`` XLA's export gives them.

Two spellings reach us. GSPMD's ``mhlo.sharding = "{devices=[2,1]<=[2]}"`` is already HLO text.
Shardy's ``sdy.sharding = #sdy.sharding<@mesh, [{"a"}, {}]>`` names, per tensor dimension, the
axes of a device mesh (``sdy.mesh @mesh = <["a"=2, "b"=2]>``) it is split over; XLA's export
turns it into a tiled HLO sharding:

* each dimension gets as many tiles as the product of its axes' sizes;
* mesh axes no dimension uses replicate the tiles: one more tile dimension of their product,
  marked ``last_tile_dim_replicate``;
* the devices are the mesh's device numbers (0..n-1) laid out as the mesh's axes, transposed so
  that the used axes come first, in the order the dimensions name them, then the unused ones:
  printed as an iota, ``<=[4]`` or ``<=[2,2]T(1,0)`` (size-1 axes left out, axes that stay
  adjacent merged, as XLA canonicalizes its iota tile assignments);
* no tiles at all (every axis unused or of size 1) is ``{replicated}``.

Forms this does not convert (sub-axes ``"a":(1)2``, explicit ``device_ids``, unknown meshes)
give ``None``: the caller reports them as not kept.
"""

from __future__ import annotations

import math
import re

from .syntax import DialectAttr, Op

_AXIS = re.compile(r'"([^"]*)"\s*=\s*(\d+)')
_DIM = re.compile(r'\{([^{}]*)\}(?:p\d+)?')
_NAME = re.compile(r'^"([^"]*)"$')


def mesh_axes(op: Op) -> list[tuple[str, int]] | None:
    """The (name, size) axes of an ``sdy.mesh`` op, in either op form; None if it has device_ids."""
    body = next((text for kind, text, _ in op.items if kind == "angle"), None)
    if body is None:
        value = op.attrs.get("mesh")
        body = value.body if isinstance(value, DialectAttr) else None
    if body is None or "device_ids" in body:
        return None
    return [(name, int(size)) for name, size in _AXIS.findall(body)]


def sdy_to_hlo(body: str, meshes: dict[str, list[tuple[str, int]] | None]) -> str | None:
    """The HLO sharding text of an ``#sdy.sharding<body>``, or None if it is not converted."""
    head, _, rest = body.partition(",")
    mesh = meshes.get(head.strip().lstrip("@"))
    if mesh is None or ":" in rest:           # unknown mesh, or sub-axes
        return None
    dims_text, _, tail = rest.strip().partition("]")
    if not dims_text.startswith("["):
        return None
    sizes = dict(mesh)
    used: list[str] = []
    tiles: list[int] = []
    for dim in _DIM.findall(dims_text[1:]):
        count = 1
        for word in (w.strip() for w in dim.split(",")):
            if word in ("", "?"):
                continue
            name = _NAME.match(word)
            if name is None or name.group(1) not in sizes or name.group(1) in used:
                return None
            used.append(name.group(1))
            count *= sizes[name.group(1)]
        tiles.append(count)
    if "unreduced" in tail:
        return None                          # partial (unreduced) values: not a tiling
    unused = [name for name, _ in mesh if name not in used]
    replicated = math.prod(sizes[name] for name in unused)
    if math.prod(tiles) == 1:
        return "{replicated}"
    real = [name for name, size in mesh if size > 1]   # size-1 axes do not number devices
    devices = _iota([(sizes[name], real.index(name)) for name in used + unused if sizes[name] > 1])
    shape = ",".join(str(t) for t in tiles + ([replicated] if replicated > 1 else []))
    return "{devices=[" + shape + "]" + devices + (" last_tile_dim_replicate" if replicated > 1 else "") + "}"


def _iota(axes: list[tuple[int, int]]) -> str:
    """``<=[...]`` for devices numbered along mesh axes, visited in the given (size, mesh position)
    order: runs of axes that stay adjacent are merged, and an identity order is one dimension."""
    runs: list[list[tuple[int, int]]] = []
    for size, position in axes:
        if runs and runs[-1][-1][1] + 1 == position:
            runs[-1].append((size, position))
        else:
            runs.append([(size, position)])
    if len(runs) == 1:
        return f"<=[{math.prod(size for size, _ in axes)}]"
    by_position = sorted(range(len(runs)), key=lambda r: runs[r][0][1])
    dims = [math.prod(size for size, _ in runs[r]) for r in by_position]
    perm = [by_position.index(r) for r in range(len(runs))]
    return f"<=[{','.join(map(str, dims))}]T({','.join(map(str, perm))})"

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
* no tiles at all (every axis unused or of size 1) is ``{replicated}``;
* a mesh of no axes and one device (``<[], device_ids=[0]>``, which JAX prints for host
  callbacks) is ``{maximal device=0}``.

An op's own results carry ``#sdy.sharding_per_value<[<@mesh, [...]>, ...]>``: one such sharding
per result (:func:`per_value`). Forms this does not convert (sub-axes ``"a":(1)2``, explicit
``device_ids`` of several devices, unknown meshes) give ``None``: the caller reports them as
not kept.
"""

from __future__ import annotations

import math
import re

from .syntax import DialectAttr, Op

_AXIS = re.compile(r'"([^"]*)"\s*=\s*(\d+)')
_DIM = re.compile(r'\{([^{}]*)\}(?:p\d+)?')
_NAME = re.compile(r'^"([^"]*)"$')
_MAXIMAL = re.compile(r'^\s*\[\s*\]\s*,\s*device_ids\s*=\s*\[\s*(\d+)\s*\]\s*$')

#: A mesh as the conversion needs it: its (name, size) axes, or the one device of a maximal mesh
#: (an int), or None when it is not converted.
Mesh = list[tuple[str, int]] | int | None


def mesh_axes(op: Op) -> Mesh:
    """The (name, size) axes of an ``sdy.mesh`` op, in either op form; the device of a mesh of no
    axes and one device id; None for other meshes with device_ids."""
    body = next((text for kind, text, _ in op.items if kind == "angle"), None)
    if body is None:
        value = op.attrs.get("mesh")
        body = value.body if isinstance(value, DialectAttr) else None
    if body is None:
        return None
    maximal = _MAXIMAL.match(body)
    if maximal is not None:
        return int(maximal.group(1))
    if "device_ids" in body:
        return None
    return [(name, int(size)) for name, size in _AXIS.findall(body)]


def per_value(body: str) -> list[str] | None:
    """The bodies of the shardings in ``#sdy.sharding_per_value<[<b0>, <b1>, ...]>``'s ``body``,
    or None if it is not such a list."""
    text = body.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return None
    out: list[str] = []
    depth, start = 0, -1
    for i, ch in enumerate(text[1:-1], 1):
        if ch == "<":
            depth += 1
            if depth == 1:
                start = i + 1
        elif ch == ">":
            depth -= 1
            if depth == 0:
                out.append(text[start:i])
            elif depth < 0:
                return None
    return out if depth == 0 else None


def sdy_to_hlo(body: str, meshes: dict[str, Mesh]) -> str | None:
    """The HLO sharding text of an ``#sdy.sharding<body>``, or None if it is not converted."""
    head, _, rest = body.partition(",")
    mesh = meshes.get(head.strip().lstrip("@"))
    if isinstance(mesh, int):                 # a maximal mesh: the value lives on that device
        return f"{{maximal device={mesh}}}" if rest.strip() == "[]" else None
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

"""HLO ``sharding={...}`` values, read for the verifier's checks.

The parser keeps a sharding as raw text (attrs.Kind.RAW). :func:`read_sharding` reads the
forms XLA prints -- ``{replicated}``, ``{manual}``, ``{unknown}``, ``{unreduced}``,
``{maximal device=N}``, ``{devices=[d0,d1,...]<device list or iota> [last_tile_dim_replicate]
[last_tile_dims={...}]}`` and tuples of these -- and returns None for anything else, so a form
it does not know is never reported. Metadata and shard groups do not change what a sharding
means and are left out, as XLA's equality leaves out metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from math import prod

from .attrs import without_comments
from .shapes import Shape

#: Shardings without a device assignment.
_PLAIN = frozenset({"replicated", "manual", "unknown", "unreduced"})
_INT = re.compile(r"-?\d+")
_TILED = re.compile(
    r"devices=\[(?P<dims>[\d,\s]*)\]\s*"
    r"(?:<=\[(?P<iota>[\d,\s]*)\](?:T\((?P<perm>[\d,\s]*)\))?|(?P<list>-?\d+(?:\s*,\s*-?\d+)*))"
    r"(?P<rest>.*)$", re.S)
_SUBGROUPS = re.compile(r"last_tile_dims=\{([^}]*)\}")
_METADATA = re.compile(r"\s*metadata=\{.*\}", re.S)
_SHARD_GROUP = re.compile(r"\s+shard_(?:as|like)\s+\d+\s*$")


@dataclass(frozen=True)
class Sharding:
    """One leaf sharding (``kind`` replicated/manual/unknown/unreduced/maximal/tiled), or a
    tuple of leaves (``kind`` "tuple", ``elements``)."""
    kind: str
    devices: tuple[int, ...] = ()     # maximal: one device; tiled: the tile assignment, row-major
    dims: tuple[int, ...] = ()        # tiled: the tile assignment's dimensions
    subgroup_dims: int = 0            # tiled: trailing dimensions that are not data dimensions
    subgroups: tuple[str, ...] = ()   # tiled: what the trailing dimensions are
    elements: tuple["Sharding", ...] = ()

    @property
    def data_rank(self) -> int:
        """The rank of the data a tiled sharding tiles (its dimensions minus the subgroups)."""
        return len(self.dims) - self.subgroup_dims


def _split_top_level(body: str) -> list[str]:
    items, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        if ch in "{[(":
            depth += 1
        elif ch in "}])":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(body[start:i].strip())
            start = i + 1
    if body[start:].strip():
        items.append(body[start:].strip())
    return items


def _iota(reshape: list[int], perm: list[int]) -> tuple[int, ...]:
    """The devices of ``<=[reshape]T(perm)``: iota over reshape, transposed by perm, flattened."""
    n = prod(reshape)
    if not perm:
        return tuple(range(n))
    if sorted(perm) != list(range(len(reshape))):
        raise ValueError("not a permutation")
    strides = [prod(reshape[i + 1:]) for i in range(len(reshape))]
    out_dims = [reshape[p] for p in perm]
    devices = []
    for flat in range(n):
        index, rest = [], flat
        for d in reversed(out_dims):
            index.append(rest % d)
            rest //= d
        index.reverse()
        devices.append(sum(index[k] * strides[perm[k]] for k in range(len(perm))))
    return tuple(devices)


#: Tile assignments larger than this are not expanded (a real mesh is far smaller).
_MAX_DEVICES = 1 << 16


def _leaf(body: str) -> Sharding | None:
    body = _SHARD_GROUP.sub("", _METADATA.sub("", body)).strip()
    if body in _PLAIN:
        return Sharding(body)
    m = re.fullmatch(r"maximal\s+device=(-?\d+)", body)
    if m:
        return Sharding("maximal", devices=(int(m.group(1)),))
    m = _TILED.fullmatch(body)
    if m is None:
        return None
    dims = tuple(int(x) for x in _INT.findall(m.group("dims")))
    if m.group("list") is not None:
        devices = tuple(int(x) for x in _INT.findall(m.group("list")))
    else:
        reshape = [int(x) for x in _INT.findall(m.group("iota"))]
        if prod(reshape) > _MAX_DEVICES:
            return None
        try:
            devices = _iota(reshape, [int(x) for x in _INT.findall(m.group("perm") or "")])
        except ValueError:
            return None
    if len(devices) == 1:  # XLA reads a tile assignment of one device as replicated
        return Sharding("replicated")
    rest = m.group("rest")
    subgroups: tuple[str, ...] = ()
    sub = _SUBGROUPS.search(rest)
    if sub:
        subgroups = tuple(s.strip() for s in sub.group(1).split(",") if s.strip())
        rest = rest[:sub.start()] + rest[sub.end():]
    replicate_last = "last_tile_dim_replicate" in rest
    if rest.replace("last_tile_dim_replicate", "").strip():
        return None
    if replicate_last:
        subgroups = ("replicated",)
    return Sharding("tiled", devices=devices, dims=dims, subgroup_dims=len(subgroups), subgroups=subgroups)


def read_sharding(text: object) -> Sharding | None:
    """The sharding written as ``text`` (with its braces), or None for a form not known here."""
    body = without_comments(str(getattr(text, "text", text))).strip()  # attrs.Raw or its text
    if not (body.startswith("{") and body.endswith("}")):
        return None
    body = body[1:-1].strip()
    if body.startswith("{") or not body:
        leaves = [read_sharding(item) for item in _split_top_level(body)]
        if any(leaf is None or leaf.kind == "tuple" for leaf in leaves):
            return None
        return Sharding("tuple", elements=tuple(leaf for leaf in leaves if leaf is not None))
    return _leaf(body)


def _leaf_count(shape: Shape) -> int:
    if shape.is_tuple:
        return sum(_leaf_count(s) for s in shape.tuple_shapes)
    return 1


def _leaves(shape: Shape) -> list[Shape]:
    if shape.is_tuple:
        return [leaf for s in shape.tuple_shapes for leaf in _leaves(s)]
    return [shape]


def _leaf_problem(sharding: Sharding, shape: Shape) -> str | None:
    """XLA's HloSharding::ValidateNonTuple, without the device count (the text does not say
    whether the module is partitioned with SPMD, which decides whether XLA knows it)."""
    if shape.is_tuple:
        return "a tuple-shaped value has a sharding that is not a tuple"
    if sharding.kind == "maximal":
        return f"device {sharding.devices[0]} is negative" if sharding.devices[0] < 0 else None
    if sharding.kind != "tiled" or shape.is_token:
        return None
    if sharding.data_rank != shape.rank:
        return (f"the tile assignment has {sharding.data_rank} data dimension(s) "
                f"(devices=[{','.join(map(str, sharding.dims))}]"
                f"{', less the subgroups' if sharding.subgroup_dims else ''}) for "
                f"{shape.text(with_layout=False)} of rank {shape.rank}")
    if prod(sharding.dims) != len(sharding.devices):
        return (f"the tile assignment [{','.join(map(str, sharding.dims))}] holds {prod(sharding.dims)} "
                f"devices, {len(sharding.devices)} are listed")
    seen: set[int] = set()
    for device in sharding.devices:
        if device < 0:
            return f"device {device} is negative in the tile assignment"
        if device in seen:
            return f"device {device} appears more than once in the tile assignment"
        seen.add(device)
    return None


def sharding_problem(sharding: Sharding, shape: Shape) -> str | None:
    """Why ``sharding`` cannot shard a value of ``shape`` (XLA's HloSharding::Validate), or None.
    A sharding that is not a tuple applies to every leaf of a tuple shape, as XLA's parser
    reads it."""
    if shape.is_token:
        return None
    if sharding.kind == "tuple":
        if not shape.is_tuple:
            return f"a tuple sharding for {shape.text(with_layout=False)}, which is not a tuple"
        leaves = _leaves(shape)
        if not leaves and len(sharding.elements) == 1:  # XLA lets an empty tuple have one sharding
            return None
        if len(sharding.elements) != len(leaves):
            return (f"the tuple sharding has {len(sharding.elements)} element(s) for "
                    f"{len(leaves)} leaves of {shape.text(with_layout=False)}")
        return next(filter(None, (_leaf_problem(s, leaf) for s, leaf in zip(sharding.elements, leaves))), None)
    if shape.is_tuple:
        return next(filter(None, (_leaf_problem(sharding, leaf) for leaf in _leaves(shape))), None)
    return _leaf_problem(sharding, shape)


def normalized(sharding: Sharding, shape: Shape | None) -> tuple[Sharding, ...]:
    """The sharding per leaf of ``shape`` (XLA's NormalizeTupleSharding), to compare shardings
    written in different forms (iota or a device list, one sharding or a tuple of them)."""
    if sharding.kind == "tuple":
        return sharding.elements
    count = _leaf_count(shape) if shape is not None and shape.is_tuple else 1
    return (sharding,) * count

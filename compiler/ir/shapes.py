"""Shapes and layouts.

A :class:`Shape` is immutable and hashable. Array shapes carry dimensions, a
per-dimension dynamic flag (``<=N`` bounded, ``?`` unbounded) and an optional
layout; tuple shapes carry their element shapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import prod

from .dtypes import ElementType

#: XLA's ``Shape::kUnboundedSize``: the size of a ``?`` dimension.
UNBOUNDED = -(2**63)


@dataclass(frozen=True, slots=True)
class Layout:
    """``{minor_to_major : extras}``; extras keep tiling, memory space etc. verbatim."""

    minor_to_major: tuple[int, ...]
    tiles: tuple[tuple[int, ...], ...] = ()
    memory_space: int = 0
    element_size_in_bits: int = 0
    extras: tuple[str, ...] = ()

    def text(self) -> str:
        body = ",".join(map(str, self.minor_to_major))
        items = []
        if self.tiles:
            items.append("T" + "".join("(" + ",".join("*" if d == UNBOUNDED else str(d) for d in t) + ")"
                                       for t in self.tiles))
        items.extend(self.extras)
        if self.element_size_in_bits:
            items.append(f"E({self.element_size_in_bits})")
        if self.memory_space:
            items.append(f"S({self.memory_space})")
        return "{" + body + (":" + "".join(items) if items else "") + "}"

    @property
    def is_plain(self) -> bool:
        return not (self.tiles or self.memory_space or self.element_size_in_bits or self.extras)


def default_layout(rank: int) -> Layout:
    return Layout(tuple(range(rank - 1, -1, -1)))


@dataclass(frozen=True, slots=True)
class Shape:
    element_type: ElementType
    dims: tuple[int, ...] = ()
    dynamic: tuple[bool, ...] = ()
    layout: Layout | None = None
    tuple_shapes: tuple["Shape", ...] = ()

    # -- constructors -----------------------------------------------------
    @staticmethod
    def array(element_type: ElementType, dims, dynamic=None, layout: Layout | None = None) -> "Shape":
        dims = tuple(int(d) for d in dims)
        dyn = tuple(bool(x) for x in dynamic) if dynamic is not None else (False,) * len(dims)
        if not any(dyn):
            dyn = (False,) * len(dims)
        return Shape(element_type, dims, dyn, layout)

    @staticmethod
    def tuple_of(shapes) -> "Shape":
        return Shape(ElementType.TUPLE, tuple_shapes=tuple(shapes))

    @staticmethod
    def buffer_of(shape: "Shape") -> "Shape":
        """A buffer holding an array (XLA's BUFFER type: the array is its only element)."""
        return Shape(ElementType.BUFFER, tuple_shapes=(shape,))

    @staticmethod
    def token() -> "Shape":
        return Shape(ElementType.TOKEN)

    @staticmethod
    def scalar(element_type: ElementType) -> "Shape":
        return Shape(element_type)

    # -- queries ----------------------------------------------------------
    @property
    def is_tuple(self) -> bool:
        return self.element_type == ElementType.TUPLE

    @property
    def is_array(self) -> bool:
        return self.element_type.is_array

    @property
    def is_token(self) -> bool:
        return self.element_type == ElementType.TOKEN

    @property
    def rank(self) -> int:
        return len(self.dims)

    @property
    def is_scalar(self) -> bool:
        return self.is_array and not self.dims

    @property
    def is_dynamic(self) -> bool:
        """True if this shape, or any tuple element, has a dynamic dimension."""
        if self.is_tuple:
            return any(s.is_dynamic for s in self.tuple_shapes)
        return any(self.dynamic)

    @property
    def is_unbounded(self) -> bool:
        if self.is_tuple:
            return any(s.is_unbounded for s in self.tuple_shapes)
        return UNBOUNDED in self.dims

    @property
    def num_elements(self) -> int:
        return prod(self.dims) if self.is_array else 0

    @property
    def byte_size(self) -> int:
        """Bytes of the array (sum over tuple elements); bounded dynamic dims use their bound."""
        if self.is_tuple:
            return sum(s.byte_size for s in self.tuple_shapes)
        if not self.is_array or self.is_unbounded:
            return 0
        return (self.num_elements * self.element_type.bits + 7) // 8

    @property
    def effective_layout(self) -> Layout:
        return self.layout if self.layout is not None else default_layout(len(self.dims))

    def with_layout(self, layout: Layout | None) -> "Shape":
        return Shape(self.element_type, self.dims, self.dynamic, layout, self.tuple_shapes)

    def without_layout(self) -> "Shape":
        if self.is_tuple:
            return Shape.tuple_of(s.without_layout() for s in self.tuple_shapes)
        if self.tuple_shapes:  # a buffer
            return Shape.buffer_of(self.tuple_shapes[0].without_layout())
        return Shape(self.element_type, self.dims, self.dynamic, None)

    def with_element_type(self, element_type: ElementType) -> "Shape":
        return Shape(element_type, self.dims, self.dynamic, self.layout)

    def compatible(self, other: "Shape") -> bool:
        """Same element type and dimensions (layouts ignored), recursively for tuples."""
        if self.tuple_shapes or other.tuple_shapes:  # tuples and buffers
            return (self.element_type == other.element_type and len(self.tuple_shapes) == len(other.tuple_shapes)
                    and all(a.compatible(b) for a, b in zip(self.tuple_shapes, other.tuple_shapes)))
        return (self.element_type == other.element_type and self.dims == other.dims
                and self.dynamic == other.dynamic)

    def same_dims(self, other: "Shape") -> bool:
        return self.dims == other.dims

    # -- text -------------------------------------------------------------
    def text(self, with_layout: bool = True) -> str:
        if self.is_tuple:
            return "(" + ", ".join(s.text(with_layout) for s in self.tuple_shapes) + ")"
        if self.element_type == ElementType.BUFFER:
            return "b(" + self.tuple_shapes[0].text(with_layout) + ")"
        if not self.is_array:
            return self.element_type.text + "[]"  # token[] and opaque[], as XLA prints them
        dims = []
        for d, dyn in zip(self.dims, self.dynamic):
            if d == UNBOUNDED:
                dims.append("?")
            elif dyn:
                dims.append(f"<={d}")
            else:
                dims.append(str(d))
        out = f"{self.element_type.text}[{','.join(dims)}]"
        if with_layout and self.layout is not None and (self.dims or not self.layout.is_plain):
            out += self.layout.text()
        return out

    def __str__(self) -> str:
        return self.text()

    def leaf_shapes(self):
        """Array/token shapes of a (possibly nested) tuple, depth first."""
        if self.is_tuple:
            for s in self.tuple_shapes:
                yield from s.leaf_shapes()
        else:
            yield self

    def element_types(self) -> set[ElementType]:
        return {s.element_type for s in self.leaf_shapes() if s.is_array}

"""Helpers shared by the op families: dtypes, compute types, integer wrapping, total order.

Values flowing through the runtime are numpy arrays whose dtype is exactly
``numpy_dtype(shape.element_type)`` (ml_dtypes for bf16/f8/int4...), Python
tuples for tuple shapes and :data:`TOKEN` for tokens. Implementations take
dimensions from the arrays and element types from the instruction shapes, so
that an elementwise implementation also runs unchanged on whole arrays when a
scalar reducer computation is evaluated vectorised.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ...ir.dtypes import ElementType, numpy_dtype
from ...ir.shapes import Shape


class _Token:
    """The value of a ``token[]`` (after-all, infeed...): carries no data."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "TOKEN"


TOKEN = _Token()

#: Float types XLA:CPU computes in f32 and rounds back after every operation.
NARROW_FLOATS = frozenset(t for t in ElementType if t.is_float and t.bits < 32)
#: Integer types narrower than a byte: stored one per byte, computed in 8 bits and wrapped.
SUB_BYTE_INTS = frozenset(t for t in ElementType if t.is_integral and t.bits < 8)


@lru_cache(maxsize=None)
def np_dtype(et: ElementType) -> np.dtype:
    return np.dtype(numpy_dtype(et))


def dtype_of(shape: Shape) -> np.dtype:
    return np_dtype(shape.element_type)


def element_type(inst, operand: int | None = None) -> ElementType:
    """Element type of the instruction's result, or of operand ``operand``."""
    shape = inst.shape if operand is None else inst.operands[operand].shape
    return shape.element_type


@lru_cache(maxsize=None)
def unsigned_of_width(bits: int) -> np.dtype:
    return np.dtype({8: np.uint8, 16: np.uint16, 32: np.uint32, 64: np.uint64}[bits])


@lru_cache(maxsize=None)
def signed_of_width(bits: int) -> np.dtype:
    return np.dtype({8: np.int8, 16: np.int16, 32: np.int32, 64: np.int64}[bits])


def storage_bits(et: ElementType) -> int:
    """Bits of the numpy storage of ``et`` (int4 is stored in a byte)."""
    return np_dtype(et).itemsize * 8


def int_compute(x: np.ndarray, et: ElementType) -> np.ndarray:
    """Integers in a numpy type with native arithmetic (sub-byte ints widen to a byte)."""
    if et in SUB_BYTE_INTS:
        return x.astype(np.int8 if et.is_signed_int else np.uint8)
    return x


def wrap_int(x: np.ndarray, et: ElementType) -> np.ndarray:
    """Two's-complement wrap of integer values to ``et``'s width, returned in ``et``'s dtype."""
    dt = np_dtype(et)
    if et in SUB_BYTE_INTS:
        bits = et.bits
        x = x.astype(np.int64) & ((1 << bits) - 1)
        if et.is_signed_int:
            x = np.where(x >= (1 << (bits - 1)), x - (1 << bits), x)
        return x.astype(dt)
    if x.dtype == dt:
        return x
    if x.dtype.kind in "iu" and dt.kind in "iu":
        # numpy's int -> int astype truncates (wraps) like a C cast.
        return x.astype(dt)
    return x.astype(dt)


def float_compute(x: np.ndarray, et: ElementType) -> np.ndarray:
    """Floats in the type XLA:CPU computes in: f32 for the narrow floats, else native."""
    if et in NARROW_FLOATS:
        return x.astype(np.float32)
    return x


def to_result(x, et: ElementType) -> np.ndarray:
    """Round/convert a computed value to ``et``'s dtype.

    Narrow floats computed in f64 go through f32 first: XLA:CPU computes them
    in f32 and rounds once from there.
    """
    x = np.asarray(x)
    dt = np_dtype(et)
    if x.dtype == dt:
        return x
    if et.is_integral:
        return wrap_int(x, et)
    if et in NARROW_FLOATS and x.dtype == np.float64:
        x = x.astype(np.float32)
    return x.astype(dt)


def total_order_key(x: np.ndarray, et: ElementType) -> np.ndarray:
    """Signed integers ordered like IEEE totalOrder: -NaN < -inf < ... < -0 < +0 < ... < inf < NaN."""
    if et.is_float and et.bits <= 8:
        # fp8/fp4 formats differ in sign/NaN layout (fnuz, e8m0): their f32 images order the same.
        x, et = x.astype(np.float32), ElementType.F32
    bits = storage_bits(et)
    signed = signed_of_width(bits)
    i = contiguous(np.asarray(x)).view(signed)
    # Negative floats have the sign bit set; flipping the other bits reverses their order.
    return np.where(i < 0, i ^ np.array(np.iinfo(signed).max, signed), i)


def contiguous(x: np.ndarray) -> np.ndarray:
    """A C-contiguous array of the same shape (``np.ascontiguousarray`` turns 0-d into 1-d)."""
    return x if x.flags.c_contiguous else np.ascontiguousarray(x).reshape(x.shape)


def array(value, dtype=None) -> np.ndarray:
    """``np.asarray`` that keeps 0-d results as arrays (numpy ufuncs return scalars for them)."""
    return np.asarray(value, dtype=dtype)

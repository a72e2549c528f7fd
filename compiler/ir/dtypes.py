"""Element types of HLO shapes.

The integer values are XLA's ``PrimitiveType`` enum (xla_data.proto) and are
frozen: they appear in HloModuleProto input and in our own artifact format.
"""

from __future__ import annotations

import enum


class ElementType(enum.IntEnum):
    PRED = 1
    S8 = 2
    S16 = 3
    S32 = 4
    S64 = 5
    U8 = 6
    U16 = 7
    U32 = 8
    U64 = 9
    F16 = 10
    F32 = 11
    F64 = 12
    TUPLE = 13
    OPAQUE = 14
    C64 = 15
    BF16 = 16
    TOKEN = 17
    C128 = 18
    F8E5M2 = 19
    F8E4M3FN = 20
    S4 = 21
    U4 = 22
    F8E4M3B11FNUZ = 23
    F8E5M2FNUZ = 24
    F8E4M3FNUZ = 25
    S2 = 26
    U2 = 27
    F8E4M3 = 28
    F8E3M4 = 29
    S1 = 30
    U1 = 31
    F4E2M1FN = 32
    F8E8M0FNU = 33
    BUFFER = 34

    @property
    def text(self) -> str:
        """The spelling used in HLO text (``f32``, ``opaque``...)."""
        return _TEXT_NAME[self]

    @property
    def bits(self) -> int:
        return _BITS[self]

    @property
    def is_float(self) -> bool:
        return self in FLOAT_TYPES

    @property
    def is_complex(self) -> bool:
        return self in (ElementType.C64, ElementType.C128)

    @property
    def is_signed_int(self) -> bool:
        return self in SIGNED_INT_TYPES

    @property
    def is_unsigned_int(self) -> bool:
        return self in UNSIGNED_INT_TYPES

    @property
    def is_integral(self) -> bool:
        return self in SIGNED_INT_TYPES or self in UNSIGNED_INT_TYPES

    @property
    def is_array(self) -> bool:
        """True for element types that can form array shapes."""
        return self not in _NOT_ARRAY

    @property
    def is_fp8(self) -> bool:
        return self.name.startswith("F8")

    @property
    def component_type(self) -> "ElementType":
        """Real type of a complex type (c64 -> f32); the type itself otherwise."""
        return {ElementType.C64: ElementType.F32, ElementType.C128: ElementType.F64}.get(self, self)


_TEXT_NAME = {t: t.name.lower() for t in ElementType}
_TEXT_NAME[ElementType.OPAQUE] = "opaque"
_TEXT_NAME[ElementType.TUPLE] = "tuple"
_TEXT_NAME[ElementType.BUFFER] = "buffer"

#: HLO text spelling -> element type (``tuple`` and ``buffer`` are not keywords in text).
BY_TEXT: dict[str, ElementType] = {
    name: t for t, name in _TEXT_NAME.items() if t not in (ElementType.TUPLE, ElementType.BUFFER)
}

SIGNED_INT_TYPES = frozenset({ElementType.S1, ElementType.S2, ElementType.S4, ElementType.S8,
                              ElementType.S16, ElementType.S32, ElementType.S64})
UNSIGNED_INT_TYPES = frozenset({ElementType.U1, ElementType.U2, ElementType.U4, ElementType.U8,
                                ElementType.U16, ElementType.U32, ElementType.U64})
_NOT_ARRAY = frozenset({ElementType.TUPLE, ElementType.TOKEN, ElementType.OPAQUE, ElementType.BUFFER})
FP8_TYPES = frozenset(t for t in ElementType if t.name.startswith("F8"))
FLOAT_TYPES = frozenset({ElementType.F16, ElementType.BF16, ElementType.F32, ElementType.F64,
                         ElementType.F4E2M1FN} | FP8_TYPES)
COMPLEX_TYPES = frozenset({ElementType.C64, ElementType.C128})

_BITS = {
    ElementType.PRED: 8, ElementType.TUPLE: 0, ElementType.OPAQUE: 0, ElementType.TOKEN: 0,
    ElementType.BUFFER: 0, ElementType.C64: 64, ElementType.C128: 128, ElementType.BF16: 16,
    ElementType.F16: 16, ElementType.F32: 32, ElementType.F64: 64, ElementType.F4E2M1FN: 4,
}
for _t in ElementType:
    if _t not in _BITS:
        digits = "".join(ch for ch in _t.name[1:] if ch.isdigit()) if _t.name[0] in "SU" else ""
        _BITS[_t] = 8 if _t in FP8_TYPES else int(digits)


def numpy_dtype(t: ElementType):
    """The numpy dtype that holds values of ``t`` (ml_dtypes for the narrow floats).

    Imported lazily so that code which only parses HLO does not pay for numpy.
    """
    import numpy as np

    simple = {
        ElementType.PRED: np.bool_, ElementType.S8: np.int8, ElementType.S16: np.int16,
        ElementType.S32: np.int32, ElementType.S64: np.int64, ElementType.U8: np.uint8,
        ElementType.U16: np.uint16, ElementType.U32: np.uint32, ElementType.U64: np.uint64,
        ElementType.F16: np.float16, ElementType.F32: np.float32, ElementType.F64: np.float64,
        ElementType.C64: np.complex64, ElementType.C128: np.complex128,
    }
    if t in simple:
        return np.dtype(simple[t])
    import ml_dtypes

    narrow = {
        ElementType.BF16: "bfloat16", ElementType.F8E5M2: "float8_e5m2",
        ElementType.F8E4M3FN: "float8_e4m3fn", ElementType.F8E4M3B11FNUZ: "float8_e4m3b11fnuz",
        ElementType.F8E5M2FNUZ: "float8_e5m2fnuz", ElementType.F8E4M3FNUZ: "float8_e4m3fnuz",
        ElementType.F8E4M3: "float8_e4m3", ElementType.F8E3M4: "float8_e3m4",
        ElementType.F4E2M1FN: "float4_e2m1fn", ElementType.F8E8M0FNU: "float8_e8m0fnu",
        ElementType.S4: "int4", ElementType.U4: "uint4", ElementType.S2: "int2", ElementType.U2: "uint2",
    }
    if t in narrow and hasattr(ml_dtypes, narrow[t]):
        return np.dtype(getattr(ml_dtypes, narrow[t]))
    if t in (ElementType.S1,):
        return np.dtype(np.int8)
    if t in (ElementType.U1,):
        return np.dtype(np.uint8)
    raise TypeError(f"element type {t.text} has no numpy representation")


# -- NaN payloads -------------------------------------------------------------------------------
#: Mantissa bits of the float types whose NaNs carry a payload (XLA's NanPayloadBits: the types
#: where every all-ones exponent with a non-zero mantissa is a NaN). Types with one NaN (the
#: fn/fnuz fp8 types, f8e8m0fnu) or none (f4e2m1fn) hold no payload.
NAN_PAYLOAD_BITS: dict[ElementType, int] = {
    ElementType.F64: 52, ElementType.F32: 23, ElementType.F16: 10, ElementType.BF16: 7,
    ElementType.F8E5M2: 2, ElementType.F8E4M3: 3, ElementType.F8E3M4: 4,
}
#: numpy's unsigned integer of each float width, to read and write a value's bits.
BITS_DTYPE = {64: "<u8", 32: "<u4", 16: "<u2", 8: "u1"}


def quiet_nan_payload(t: ElementType) -> int:
    """The payload of the NaN written without one (``nan``): the top mantissa bit (quiet)."""
    return 1 << (NAN_PAYLOAD_BITS[t] - 1)


def nan_bits(t: ElementType, negative: bool, payload: int) -> int:
    """The bits XLA stores for ``nan(0x<payload>)`` (``-nan(...)`` when ``negative``) in ``t``:
    an all-ones exponent and the payload in the low mantissa bits (so ``nan(0x1)`` in f32 is the
    signalling NaN 0x7f800001). ``t`` must be in NAN_PAYLOAD_BITS and the payload fit it."""
    mantissa, width = NAN_PAYLOAD_BITS[t], _BITS[t]
    exponent = ((1 << (width - 1 - mantissa)) - 1) << mantissa
    return (int(negative) << (width - 1)) | exponent | payload


def nan_text(t: ElementType, bits: int) -> str:
    """How XLA prints the NaN with these bits in ``t``: ``nan``/``-nan`` when its payload is the
    quiet bit alone, else ``nan(0x<payload>)`` (``t`` in NAN_PAYLOAD_BITS)."""
    mantissa, width = NAN_PAYLOAD_BITS[t], _BITS[t]
    payload = bits & ((1 << mantissa) - 1)
    sign = "-" if bits >> (width - 1) & 1 else ""
    return sign + ("nan" if payload == quiet_nan_payload(t) else f"nan({payload:#x})")

"""Tensors between numpy and the API's Tensor message (proto/ncc/v1/daemon.proto), for the client.

A Tensor is an element type by its HLO name, a shape, and the C-order little-endian bytes. numpy
(and ml_dtypes, for bf16 and the f8 types) are imported only when a tensor is converted.
"""

from __future__ import annotations

import os

#: HLO element type -> numpy dtype name (ml_dtypes names for the narrow floats).
DTYPES = {"pred": "bool", "s8": "int8", "s16": "int16", "s32": "int32", "s64": "int64", "u8": "uint8",
          "u16": "uint16", "u32": "uint32", "u64": "uint64", "f16": "float16", "f32": "float32",
          "f64": "float64", "bf16": "bfloat16", "c64": "complex64", "c128": "complex128",
          "f8e4m3fn": "float8_e4m3fn", "f8e5m2": "float8_e5m2", "f8e4m3": "float8_e4m3",
          "f8e3m4": "float8_e3m4", "f8e4m3fnuz": "float8_e4m3fnuz", "f8e5m2fnuz": "float8_e5m2fnuz",
          "f8e4m3b11fnuz": "float8_e4m3b11fnuz", "f8e8m0fnu": "float8_e8m0fnu", "f4e2m1fn": "float4_e2m1fn",
          "s4": "int4", "u4": "uint4", "s2": "int2", "u2": "uint2",
          "s1": "int8", "u1": "uint8"}  # one-bit integers travel a byte each, as the runtime holds them
_HLO_NAMES = {numpy_name: hlo for hlo, numpy_name in DTYPES.items() if hlo not in ("s1", "u1")}


def _dtype(hlo: str):
    import ml_dtypes
    import numpy as np

    name = DTYPES.get(hlo)
    if name is None:
        raise ValueError(f"no numpy type for element type {hlo!r}")
    return np.dtype(getattr(ml_dtypes, name, None) or name)


def arrays(inputs) -> list:
    """``inputs`` as a list of arrays: a list/tuple of array-likes, or an .npz path (arrays in order)."""
    import numpy as np

    if inputs is None:
        return []
    if isinstance(inputs, (str, os.PathLike)):
        with np.load(os.fspath(inputs), allow_pickle=False) as archive:
            return [archive[key] for key in archive.files]
    return [np.asarray(value) for value in inputs]


def to_wire(value) -> dict:
    """A numpy array as a Tensor message (a dict for proto/wire.py)."""
    hlo = _HLO_NAMES.get(value.dtype.name)
    if hlo is None:
        raise ValueError(f"numpy dtype {value.dtype} has no HLO element type")
    little = value.astype(value.dtype.newbyteorder("<"), copy=False)
    import numpy as np

    return {"dtype": hlo, "shape": list(value.shape), "data": np.ascontiguousarray(little).tobytes()}


def from_wire(tensor: dict):
    """A Tensor message as a numpy array (a token output: None)."""
    import numpy as np

    if tensor["dtype"] == "token":
        return None
    dtype = _dtype(tensor["dtype"])
    shape = tuple(tensor["shape"])
    return np.frombuffer(tensor["data"], dtype=dtype.newbyteorder("<")).reshape(shape).astype(dtype)


def save(outputs: list, path) -> None:
    import numpy as np

    np.savez(os.fspath(path), *[np.zeros(0, np.uint8) if o is None else o for o in outputs])

"""Reading an artifact's payload without trusting its declarations (compiler/artifact/container.py).

The payload's SHA-256 only says that the bytes are the ones the writer wrote, not that the
writer was ours: a 12 KB file with a valid checksum can declare a sparse tar member of a
terabyte, an ``.npy`` header of ``(10**12,)`` elements, or an ``info.json`` of any shape. So
every size is checked against the bytes actually present before anything is allocated, and
``info.json`` against the shape this nccd writes; each failure is a ValueError that the
container reports as NCC-E055 (malformed payload).
"""

from __future__ import annotations

import io
import math
import re
import tarfile

import numpy as np

#: The members a payload may hold (docs/ncx-format.md); anything else is not ours.
_MEMBER_NAME = re.compile(r"(info\.json|program\.pb|constants/\d{5}\.npy)")
#: info.json is a few KB per thousand instructions; this is far above any real one.
MAX_INFO_BYTES = 64 << 20


def read_members(payload: memoryview) -> dict[str, bytes]:
    """Every member's bytes, sliced out of ``payload`` after its declared size is checked."""
    members: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:") as tar:
        for member in tar:
            if member.issparse():
                raise ValueError(f"payload member {member.name!r} is a sparse file (declared size {member.size})")
            if not member.isfile():
                raise ValueError(f"payload member {member.name!r} is not a regular file")
            if not _MEMBER_NAME.fullmatch(member.name):
                raise ValueError(f"payload member {member.name!r} is not one an artifact holds")
            if member.name in members:
                raise ValueError(f"payload member {member.name!r} appears twice")
            end = member.offset_data + member.size
            if member.size < 0 or end > len(payload):
                raise ValueError(f"payload member {member.name!r} declares {member.size} bytes; the payload holds "
                                 f"{max(len(payload) - member.offset_data, 0)} after its header")
            members[member.name] = bytes(payload[member.offset_data:end])
    return members


def npy_array(data: bytes, name: str, dtype_name: str | None = None) -> np.ndarray:
    """An .npy member as an array, its header checked against its bytes before any allocation."""
    stream = io.BytesIO(data)
    try:
        version = np.lib.format.read_magic(stream)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
        elif version == (2, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream)
        else:
            raise ValueError(f"numpy format version {version}")
    except (ValueError, SyntaxError, TypeError) as exc:
        raise ValueError(f"{name}: not a numpy array file ({exc})") from None
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
        raise ValueError(f"{name}: element type {dtype} is not a plain numeric type")
    if any(not isinstance(d, int) or d < 0 for d in shape):
        raise ValueError(f"{name}: shape {shape} is not a list of non-negative sizes")
    body = len(data) - stream.tell()
    needed = math.prod(shape) * dtype.itemsize
    if needed != body:
        raise ValueError(f"{name}: its header declares {shape} {dtype} ({needed} bytes); the member holds {body}")
    array = np.frombuffer(data, dtype=dtype, count=math.prod(shape), offset=stream.tell())
    return array.reshape(shape, order="F" if fortran else "C")


# -- info.json --------------------------------------------------------------------------------

def _is_str_list(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _tensor_problem(entry) -> str | None:
    if not isinstance(entry, dict):
        return "is not an object"
    if not isinstance(entry.get("index"), int) or not isinstance(entry.get("name"), str):
        return "has no integer index and name"
    shape = entry.get("shape")
    if not isinstance(shape, list) or not all(isinstance(d, int) and d >= 0 for d in shape):
        return "has a shape that is not a list of sizes"
    for key in ("element_type", "dtype"):
        if key in entry and not isinstance(entry[key], str):
            return f"has a {key} that is not text"
    return None


def _constant_problem(entry) -> str | None:
    if not isinstance(entry, dict):
        return "is not an object"
    if not isinstance(entry.get("computation"), str) or not isinstance(entry.get("instruction"), str):
        return "names no computation and instruction"
    return None


#: key -> (what it must be, a check) for every info.json key the readers use.
_INFO_KEYS = {
    "flags": ("an object", lambda v: isinstance(v, dict) and _is_str_list(v.get("ignored_flags", []))),
    "command_line": ("a list of strings", _is_str_list),
    "model": ("an object", lambda v: isinstance(v, dict)),
    "op_histogram": ("an object of counts",
                     lambda v: isinstance(v, dict) and all(isinstance(n, int) for n in v.values())),
    "instructions": ("a count", lambda v: v is None or isinstance(v, int)),
    "passes": ("a list", lambda v: isinstance(v, list)),
}


def parse_info(data: bytes) -> dict:
    """``info.json`` as a dict whose keys have the types the readers expect."""
    if len(data) > MAX_INFO_BYTES:
        raise ValueError(f"info.json is {len(data)} bytes, over the limit of {MAX_INFO_BYTES}")
    try:
        info = __import__("json").loads(data)
    except RecursionError:
        raise ValueError("info.json nests too deeply") from None
    if not isinstance(info, dict):
        raise ValueError(f"info.json holds a {type(info).__name__}, not an object")
    for key, (what, ok) in _INFO_KEYS.items():
        if key in info and not ok(info[key]):
            raise ValueError(f"info.json: {key} is not {what}")
    for key in ("inputs", "outputs"):
        tensors = info.get(key, [])
        if not isinstance(tensors, list):
            raise ValueError(f"info.json: {key} is not a list")
        for n, entry in enumerate(tensors):
            problem = _tensor_problem(entry)
            if problem:
                raise ValueError(f"info.json: {key}[{n}] {problem}")
    constants = info.get("constants", {})
    if not isinstance(constants, dict):
        raise ValueError("info.json: constants is not an object")
    for name, entry in constants.items():
        problem = _constant_problem(entry)
        if problem:
            raise ValueError(f"info.json: constants[{name!r}] {problem}")
    return info



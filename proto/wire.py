"""Protobuf wire format for the daemon's messages, without importing protobuf.

The thin `ncc` client must answer a warm compile in little more than the time Python
takes to import grpc; importing protobuf and building the message classes costs about
50 ms more than that (measured: `import grpc` 140 ms, with the generated stubs 194 ms).
So the client encodes and decodes with this small codec, driven by the table that
`proto/generate.py` writes from the same .proto (`proto/_wire_schema.py`).
tests/test_wire.py checks it byte for byte against protobuf's own serialization.

Messages are plain dicts keyed by field name. Decoding fills proto3 defaults: scalars
get 0/""/False, repeated fields [], maps {}, absent sub-messages None. A oneof member
set to its default value is not sent (our messages give an empty member no meaning).
"""

from __future__ import annotations

import struct

from ._wire_schema import MESSAGES, METHODS  # noqa: F401  (METHODS re-exported for the client)

_VARINT, _FIXED64, _LENGTH, _FIXED32 = 0, 1, 2, 5
_DEFAULTS = {"string": "", "bytes": b"", "bool": False, "double": 0.0}
_INTEGERS = frozenset({"int32", "int64", "uint32", "uint64", "enum"})


class WireError(ValueError):
    """Bytes that are not a valid encoding of the expected message."""


def _varint(value: int) -> bytes:
    if value < 0:
        value += 1 << 64  # negative int32/int64: ten bytes of two's complement, as protobuf does
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _scalar(kind: str, value) -> tuple[int, bytes]:
    if kind == "string":
        data = value.encode("utf-8")
        return _LENGTH, _varint(len(data)) + data
    if kind == "bytes":
        return _LENGTH, _varint(len(value)) + bytes(value)
    if kind == "double":
        return _FIXED64, struct.pack("<d", value)
    if kind == "bool":
        return _VARINT, b"\x01" if value else b"\x00"
    return _VARINT, _varint(int(value))


def _is_default(kind: str, value) -> bool:
    return value == _DEFAULTS.get(kind, 0)


def _field(number: int, wire_type: int, payload: bytes) -> bytes:
    return _varint(number << 3 | wire_type) + payload


def encode(message_type: str, values: dict | None) -> bytes:
    schema = MESSAGES[message_type]
    by_name = {spec[0]: (number, spec) for number, spec in schema.items()}
    out = bytearray()
    for name, value in (values or {}).items():
        if name not in by_name:
            raise KeyError(f"{message_type} has no field {name!r}")
        number, (_, kind, sub, repeated) = by_name[name]
        if kind == "map":
            key_kind, value_kind = sub
            for key, item in value.items():
                entry = bytearray()
                for entry_number, entry_kind, entry_value in ((1, key_kind, key), (2, value_kind, item)):
                    wire_type, payload = _scalar(entry_kind, entry_value)
                    entry += _field(entry_number, wire_type, payload)
                out += _field(number, _LENGTH, _varint(len(entry)) + entry)
        elif kind == "message":
            for item in (value if repeated else [value]):
                if item is None:
                    continue
                data = encode(sub, item)
                out += _field(number, _LENGTH, _varint(len(data)) + data)
        elif repeated:
            if kind in ("string", "bytes"):
                for item in value:
                    out += _field(number, *_scalar(kind, item))
            elif value:  # proto3 packs repeated numbers
                packed = b"".join(_scalar(kind, item)[1] for item in value)
                out += _field(number, _LENGTH, _varint(len(packed)) + packed)
        elif not _is_default(kind, value):
            out += _field(number, *_scalar(kind, value))
    return bytes(out)


def _read_varint(data: bytes | memoryview, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(data):
            raise WireError("truncated varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise WireError("varint too long")


def _signed(kind: str, value: int) -> int:
    if kind in ("int32", "int64", "enum") and value >= 1 << 63:
        value -= 1 << 64
    if kind in ("int32", "enum") and value >= 1 << 31:  # int32 written by a non-conforming encoder
        value -= 1 << 32
    return value


def _decode_scalar(kind: str, wire_type: int, raw) -> object:
    if kind == "string":
        return bytes(raw).decode("utf-8")
    if kind == "bytes":
        return bytes(raw)
    if kind == "double":
        return struct.unpack("<d", raw)[0]
    if kind == "bool":
        return bool(raw)
    return _signed(kind, raw)


def _fields(data: bytes | memoryview):
    """(field number, wire type, value) triples: an int for varints, bytes otherwise."""
    pos, end = 0, len(data)
    while pos < end:
        key, pos = _read_varint(data, pos)
        number, wire_type = key >> 3, key & 7
        value: int | bytes | memoryview
        if wire_type == _VARINT:
            value, pos = _read_varint(data, pos)
        elif wire_type == _FIXED64:
            value, pos = data[pos:pos + 8], pos + 8
        elif wire_type == _FIXED32:
            value, pos = data[pos:pos + 4], pos + 4
        elif wire_type == _LENGTH:
            length, pos = _read_varint(data, pos)
            value, pos = data[pos:pos + length], pos + length
        else:
            raise WireError(f"unsupported wire type {wire_type}")
        if pos > end:
            raise WireError("truncated message")
        yield number, wire_type, value


def _unpack(kind: str, data: bytes) -> list:
    if kind == "double":
        return [v for (v,) in struct.iter_unpack("<d", data)]
    values, pos = [], 0
    while pos < len(data):
        raw, pos = _read_varint(data, pos)
        values.append(_decode_scalar(kind, _VARINT, raw))
    return values


def decode(message_type: str, data: bytes) -> dict:
    schema = MESSAGES[message_type]
    out: dict = {}
    for name, kind, _sub, repeated in schema.values():
        out[name] = {} if kind == "map" else [] if repeated else None if kind == "message" else \
            _DEFAULTS.get(kind, 0)
    view = memoryview(data)
    for number, wire_type, value in _fields(view):
        spec = schema.get(number)
        if spec is None:
            continue  # a field from a newer daemon: ignored, as protobuf does
        name, kind, sub, repeated = spec
        if kind == "map":
            entry = {n: v for n, _, v in _fields(value)}
            key_kind, value_kind = sub
            key = _decode_scalar(key_kind, 0, entry[1]) if 1 in entry else _DEFAULTS.get(key_kind, 0)
            item = _decode_scalar(value_kind, 0, entry[2]) if 2 in entry else _DEFAULTS.get(value_kind, 0)
            out[name][key] = item
        elif kind == "message":
            item = decode(sub, bytes(value))
            if repeated:
                out[name].append(item)
            else:
                out[name] = item
        elif repeated and wire_type == _LENGTH and kind not in ("string", "bytes"):
            out[name].extend(_unpack(kind, value))
        elif repeated:
            out[name].append(_decode_scalar(kind, wire_type, value))
        else:
            out[name] = _decode_scalar(kind, wire_type, value)
    return out

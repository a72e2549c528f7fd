"""The thin client's codec (proto/wire.py) must agree with protobuf byte for byte."""

from __future__ import annotations

import random

import pytest

from nccd.proto import wire
from nccd.daemon._proto import daemon_pb2

_UNSET = (None, "", b"", 0, 0.0, False, [], {})
_STRINGS = ["", "a", "trn1", "ünïcødé ✓", "x" * 300]


def _message_class(full_name: str):
    return daemon_pb2.DESCRIPTOR.pool.FindMessageTypeByName(full_name)._concrete_class


def _value(kind: str, rng: random.Random):
    return {"string": lambda: rng.choice(_STRINGS), "bytes": lambda: rng.randbytes(rng.choice([0, 1, 200])),
            "bool": lambda: rng.random() < 0.5, "double": lambda: rng.choice([0.0, -1.5, 1e300, 3.25]),
            "int32": lambda: rng.choice([0, 1, -1, 2**31 - 1, -2**31]),
            "int64": lambda: rng.choice([0, 5, -7, 2**62]), "uint32": lambda: rng.choice([0, 1, 2**32 - 1]),
            "uint64": lambda: rng.choice([0, 300, 2**64 - 1]), "enum": lambda: 0}[kind]()


def _random_message(message_type: str, rng: random.Random, depth: int = 0) -> dict:
    values = {}
    oneof_taken = False
    for name, kind, sub, repeated in wire.MESSAGES[message_type].values():
        if rng.random() < 0.3:
            continue
        if kind == "map":
            values[name] = {_value(sub[0], rng) + str(i): _value(sub[1], rng) for i in range(rng.randint(0, 3))}
        elif kind == "message":
            if depth > 2 or oneof_taken:
                continue
            oneof_taken = message_type.endswith(("Event", "Model"))  # oneof members: one at a time
            values[name] = ([_random_message(sub, rng, depth + 1) for _ in range(rng.randint(0, 2))]
                            if repeated else _random_message(sub, rng, depth + 1))
        else:
            values[name] = [_value(kind, rng) for _ in range(rng.randint(0, 3))] if repeated else _value(kind, rng)
    for oneof in _message_class(message_type).DESCRIPTOR.oneofs:  # one member, and not an empty one
        members = [f.name for f in oneof.fields if f.name in values]
        kept = next((m for m in members if values[m] or isinstance(values[m], dict)), None)
        for member in members:
            if member != kept:
                values.pop(member)
    return values


def _set_fields(values):
    if isinstance(values, list):
        return [_set_fields(v) for v in values]
    if not isinstance(values, dict):
        return values
    out = {k: _set_fields(v) for k, v in values.items() if v not in _UNSET}
    return {k: v for k, v in out.items() if v != {} or not isinstance(values[k], dict) or not values[k]}


def _to_proto(message_type: str, values: dict):
    message = _message_class(message_type)()
    for name, value in values.items():
        field = message.DESCRIPTOR.fields_by_name[name]
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            getattr(message, name).update(value)
        elif field.message_type is not None:
            sub = field.message_type.full_name
            if field.is_repeated:
                getattr(message, name).extend(_to_proto(sub, v) for v in value)
            else:
                getattr(message, name).CopyFrom(_to_proto(sub, value))
        elif field.is_repeated:
            getattr(message, name).extend(value)
        else:
            setattr(message, name, value)
    return message


@pytest.mark.parametrize("message_type", sorted(wire.MESSAGES))
def test_encode_and_decode_agree_with_protobuf(message_type):
    rng = random.Random(message_type)
    for _ in range(40):
        values = _random_message(message_type, rng)
        ours = wire.encode(message_type, values)
        theirs = _to_proto(message_type, values)
        # field order within a message may differ; equal bytes after protobuf re-parses ours
        parsed = _message_class(message_type).FromString(ours)
        assert parsed == theirs
        decoded = wire.decode(message_type, theirs.SerializeToString())
        # decoding cannot tell an unset field from a default one (proto3); compare what is set
        assert _to_proto(message_type, _set_fields(decoded)) == _to_proto(message_type, _set_fields(values))


def test_schema_matches_the_generated_messages():
    for message_type, fields in wire.MESSAGES.items():
        descriptor = _message_class(message_type).DESCRIPTOR
        assert {f.number: f.name for f in descriptor.fields} == {n: spec[0] for n, spec in fields.items()}
    services = daemon_pb2.DESCRIPTOR.services_by_name["Compiler"].methods_by_name
    assert set(services) == set(wire.METHODS)


def test_unknown_fields_from_a_newer_daemon_are_ignored():
    data = wire.encode("ncc.v1.ShutdownReply", {"stopping": True}) + bytes([0x98, 0x06, 0x01])  # field 99 = 1
    assert wire.decode("ncc.v1.ShutdownReply", data) == {"stopping": True}


def test_truncated_bytes_are_a_wire_error():
    data = wire.encode("ncc.v1.Progress", {"stage": "hello"})
    with pytest.raises(wire.WireError):
        wire.decode("ncc.v1.Progress", data[:-2])

"""The fixed 1024-byte header of an .ncx artifact (little-endian, layout in docs/ncx-format.md).

Modelled on the NEFF header: a loader learns from these bytes alone what the
file is, which compiler wrote it, whether it can read it (format major version,
required feature bits) and whether the payload that follows is intact (size and
SHA-256), before it unpacks anything.
"""

from __future__ import annotations

import hashlib
import struct
import uuid as uuid_module
from dataclasses import dataclass

#: PNG-style magic: a high byte and CR LF / ^Z / LF catch text-mode and 7-bit transfers.
MAGIC = b"\x89NCX\r\n\x1a\n"
HEADER_SIZE = 1024
FORMAT_MAJOR = 1
FORMAT_MINOR = 0

# offset: field (see docs/ncx-format.md)
_LAYOUT = struct.Struct(
    "<8s"    # 0    magic
    "H"      # 8    format major
    "H"      # 10   format minor
    "I"      # 12   header size
    "Q"      # 16   payload size
    "32s"    # 24   payload SHA-256
    "16s"    # 56   artifact UUID
    "Q"      # 72   required feature bits
    "Q"      # 80   informational feature bits
    "q"      # 88   created, Unix seconds
    "32s"    # 96   compiler version (UTF-8, NUL padded)
    "16s"    # 128  target
    "128s"   # 144  model name
)                # 272  header SHA-256 over bytes 0..271, then zeros to 1024
_HEADER_HASH_AT = _LAYOUT.size
assert _HEADER_HASH_AT == 272

#: Feature bits. A required bit names something a runtime must implement to run the
#: program; a runtime refuses an artifact with a required bit it does not know.
FEATURES = {
    "external-constants": (0, True),   # constants stored as .npy members
    "fp8": (1, True),                  # FP8 element types
    "complex": (2, True),              # complex element types
    "collectives": (3, True),          # collective operations (run here as one replica)
    "control-flow": (4, True),         # while / conditional / call
    "fused-kernels": (5, True),        # fusion instructions with nccd kernel patterns
    "auto-cast": (8, False),           # FP32 operations were cast to a narrower type
}
KNOWN_REQUIRED_BITS = sum(1 << bit for bit, required in FEATURES.values() if required)


def feature_bits(names) -> tuple[int, int]:
    """(required bits, informational bits) of the feature names."""
    required = info = 0
    for name in names:
        bit, is_required = FEATURES[name]
        if is_required:
            required |= 1 << bit
        else:
            info |= 1 << bit
    return required, info


def feature_names(required: int, info: int) -> list[str]:
    return [name for name, (bit, is_required) in FEATURES.items()
            if (required if is_required else info) >> bit & 1]


def _text(raw: bytes) -> str:
    return raw.rstrip(b"\0").decode("utf-8", errors="replace")


def _fixed(text: str, size: int) -> bytes:
    data = text.encode("utf-8")
    if len(data) > size:  # cut on a character boundary
        data = data[:size].decode("utf-8", errors="ignore").encode("utf-8")
    return data


@dataclass(frozen=True, slots=True)
class Header:
    format_major: int
    format_minor: int
    payload_size: int
    payload_sha256: bytes
    uuid: str
    required_features: int
    info_features: int
    created: int
    compiler_version: str
    target: str
    model_name: str

    @property
    def format_version(self) -> str:
        return f"{self.format_major}.{self.format_minor}"

    @property
    def features(self) -> list[str]:
        return feature_names(self.required_features, self.info_features)

    @property
    def unknown_required_bits(self) -> list[int]:
        extra = self.required_features & ~KNOWN_REQUIRED_BITS
        return [bit for bit in range(64) if extra >> bit & 1]

    def pack(self) -> bytes:
        body = _LAYOUT.pack(MAGIC, self.format_major, self.format_minor, HEADER_SIZE, self.payload_size,
                            self.payload_sha256, uuid_module.UUID(self.uuid).bytes, self.required_features,
                            self.info_features, self.created, _fixed(self.compiler_version, 32),
                            _fixed(self.target, 16), _fixed(self.model_name, 128))
        body += hashlib.sha256(body).digest()
        return body + bytes(HEADER_SIZE - len(body))

    @staticmethod
    def new(payload: bytes, *, compiler_version: str, target: str, model_name: str, features,
            created: int, artifact_uuid: str | None = None) -> "Header":
        required, info = feature_bits(features)
        return Header(FORMAT_MAJOR, FORMAT_MINOR, len(payload), hashlib.sha256(payload).digest(),
                      artifact_uuid or str(uuid_module.uuid4()), required, info, created, compiler_version,
                      target, model_name)


class HeaderError(ValueError):
    """Why 1024 bytes are not a usable header; ``kind`` picks the diagnostic code."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def has_magic(data: bytes) -> bool:
    return data[:len(MAGIC)] == MAGIC


def unpack(data: bytes) -> Header:
    """Decode and check a header (magic, its own checksum); versions are checked by the caller."""
    if not has_magic(data):
        raise HeaderError("not-ncx", "it does not start with the .ncx magic bytes")
    if len(data) < HEADER_SIZE:
        raise HeaderError("truncated", f"the header is {len(data)} bytes long; an .ncx header has {HEADER_SIZE}")
    fields = _LAYOUT.unpack_from(data)
    if hashlib.sha256(data[:_HEADER_HASH_AT]).digest() != data[_HEADER_HASH_AT:_HEADER_HASH_AT + 32]:
        raise HeaderError("corrupt", "the header checksum does not match the header")
    (_, major, minor, header_size, payload_size, payload_sha, raw_uuid, required, info, created, version,
     target, name) = fields
    if header_size != HEADER_SIZE:
        raise HeaderError("version", f"the header declares {header_size} bytes; this nccd reads {HEADER_SIZE}")
    return Header(major, minor, payload_size, payload_sha, str(uuid_module.UUID(bytes=raw_uuid)), required,
                  info, created, _text(version), _text(target), _text(name))

"""Reading and writing .ncx artifacts: header + an uncompressed tar payload.

The payload holds, in this order (docs/ncx-format.md):

* ``info.json``: who wrote it, flags, target, input/output signature, op histogram;
* ``program.pb``: the compiled program as an XLA ``HloModuleProto``, whose constants of
  more than one element are left out and stored as
* ``constants/NNNNN.npy`` (numpy format, never pickled; ``info.json`` maps each file to
  its instruction; types numpy lacks, such as bfloat16, are stored as their raw bits).

Every failure to read is an :class:`~nccd.compiler.diagnostics.HloError` with its own
code: not an artifact, truncated, corrupt, incompatible major version, unknown required
feature, malformed payload.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import uuid
from dataclasses import dataclass, field
from typing import TypedDict

import numpy as np

from .. import diagnostics as D
from ..diagnostics import Diagnostic, HloError
from ..hlo.proto_reader import read_module_proto
from ..hlo.proto_writer import module_to_proto
from ..ir.dtypes import numpy_dtype
from ..ir.module import Literal, Module
from ..ir.shapes import Shape
from . import header as H
from .payload import npy_array, parse_info, read_members

INFO = "info.json"
PROGRAM = "program.pb"
CONSTANTS_DIR = "constants/"
#: Constants with at most this many elements stay inside program.pb.
INLINE_CONSTANT_ELEMENTS = 1


class ConstantEntry(TypedDict):
    """info.json's record of one constant kept outside program.pb (the reader checks its form)."""

    computation: str
    instruction: str
    dtype: str
    shape: list[int]


@dataclass
class Artifact:
    header: H.Header
    info: dict
    module: Module
    path: str | None = None
    #: Load-time warnings (a newer minor format version).
    warnings: list[Diagnostic] = field(default_factory=list)


def _error(code: D.Code, message: str, path: str | None) -> HloError:
    return HloError(Diagnostic(code.code, message, file=path))


# -- writing --------------------------------------------------------------------------------

def _raw_bits(array: np.ndarray) -> np.ndarray:
    """numpy-native view of an array (ml_dtypes types become unsigned integers of their width)."""
    if array.dtype.type.__module__ == "numpy" or array.dtype.kind == "b":
        return array
    return array.view({1: np.uint8, 2: np.uint16, 4: np.uint32, 8: np.uint64}[array.dtype.itemsize])


def _npy(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, np.ascontiguousarray(_raw_bits(array)), allow_pickle=False)
    return buf.getvalue()


def _external_constants(module: Module) -> dict[tuple[str, str], np.ndarray]:
    found = {}
    for comp in module.computations.values():
        for inst in comp.instructions:
            lit = inst.literal
            if (lit is not None and not lit.shape.is_tuple and not lit.elided
                    and lit.shape.num_elements > INLINE_CONSTANT_ELEMENTS):
                found[(comp.name, inst.name)] = lit.to_numpy()
    return found


def _tar_member(tar: tarfile.TarFile, name: str, data: bytes, mtime: int) -> None:
    member = tarfile.TarInfo(name)
    member.size, member.mtime, member.mode = len(data), mtime, 0o644
    tar.addfile(member, io.BytesIO(data))


def program_parts(module: Module) -> tuple[object, dict[tuple[str, str], np.ndarray]]:
    """(the HloModuleProto an artifact stores, the constants stored beside it as .npy)."""
    constants = _external_constants(module)
    proto = module_to_proto(module)
    for comp in proto.computations:
        for inst in comp.instructions:
            if (comp.name, inst.name) in constants:
                inst.ClearField("literal")
    return proto, constants


def pack(module: Module, info: dict, *, compiler_version: str, target: str, model_name: str,
         features, created: int, artifact_uuid: str | None = None) -> bytes:
    """The bytes of an artifact holding ``module`` (not modified) and ``info``."""
    proto, constants = program_parts(module)
    return pack_parts(proto, constants, info, compiler_version=compiler_version, target=target,
                      model_name=model_name, features=features, created=created, artifact_uuid=artifact_uuid)


def pack_parts(proto, constants: dict[tuple[str, str], np.ndarray], info: dict, *, compiler_version: str,
               target: str, model_name: str, features, created: int, artifact_uuid: str | None = None) -> bytes:
    """The bytes of an artifact from :func:`program_parts` (the daemon patches those and packs again)."""
    files: dict[str, ConstantEntry] = {}
    for n, ((comp_name, inst_name), array) in enumerate(sorted(constants.items())):
        files[f"{CONSTANTS_DIR}{n:05d}.npy"] = {"computation": comp_name, "instruction": inst_name,
                                                "dtype": str(array.dtype), "shape": list(array.shape)}
    info = {**info, "constants": files}
    payload = io.BytesIO()
    with tarfile.open(fileobj=payload, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        _tar_member(tar, INFO, json.dumps(info, indent=1, sort_keys=True).encode() + b"\n", created)
        _tar_member(tar, PROGRAM, proto.SerializeToString(deterministic=True), created)
        for name, where in files.items():
            _tar_member(tar, name, _npy(constants[(where["computation"], where["instruction"])]), created)
    body = payload.getvalue()
    if constants:
        features = {*features, "external-constants"}
    head = H.Header.new(body, compiler_version=compiler_version, target=target, model_name=model_name,
                        features=sorted(features), created=created, artifact_uuid=artifact_uuid)
    return head.pack() + body


def write_file(path: str, data: bytes) -> None:
    """Write atomically: a reader sees the old file or the whole new one, never a part."""
    tmp = os.path.join(os.path.dirname(os.path.abspath(path)), f".{os.path.basename(path)}.{uuid.uuid4().hex}.tmp")
    try:
        # os.open with 0o666 honours the umask, as a plain open() would
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise _error(D.OUTPUT_NOT_WRITTEN, f"cannot write {path}: {exc.strerror or exc}", path) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


# -- reading --------------------------------------------------------------------------------

_HEADER_CODES = {"not-ncx": D.ARTIFACT_NOT_NCX, "truncated": D.ARTIFACT_TRUNCATED,
                 "corrupt": D.ARTIFACT_CORRUPT, "version": D.ARTIFACT_VERSION}


def read_header(data: bytes, path: str | None = None) -> H.Header:
    """The checked header: magic, header checksum, format major version, feature bits, size."""
    try:
        head = H.unpack(data[:H.HEADER_SIZE])
    except H.HeaderError as exc:
        what = "" if exc.kind != "not-ncx" else f" (it starts with {bytes(data[:8])!r})"
        raise _error(_HEADER_CODES[exc.kind], f"{path or 'input'} is not a readable .ncx artifact: "
                     f"{exc}{what}", path) from None
    if head.format_major != H.FORMAT_MAJOR:
        raise _error(D.ARTIFACT_VERSION,
                     f"{path or 'artifact'} has format version {head.format_version} (written by nccd "
                     f"{head.compiler_version}); this nccd reads format {H.FORMAT_MAJOR}.x only", path)
    if head.unknown_required_bits:
        raise _error(D.ARTIFACT_FEATURES,
                     f"{path or 'artifact'} needs feature bit(s) {head.unknown_required_bits} that this nccd "
                     f"does not implement (written by nccd {head.compiler_version})", path)
    have = len(data) - H.HEADER_SIZE
    if have < head.payload_size:
        raise _error(D.ARTIFACT_TRUNCATED, f"{path or 'artifact'} holds {have} payload bytes; its header "
                     f"says {head.payload_size}", path)
    if have > head.payload_size:
        raise _error(D.ARTIFACT_CORRUPT, f"{path or 'artifact'} has {have - head.payload_size} bytes after "
                     "the payload its header describes", path)
    return head


def unpack(data: bytes, path: str | None = None) -> Artifact:
    head = read_header(data, path)
    payload = memoryview(data)[H.HEADER_SIZE:]
    if hashlib.sha256(payload).digest() != head.payload_sha256:
        raise _error(D.ARTIFACT_CORRUPT, f"{path or 'artifact'}: the payload's SHA-256 does not match the "
                     "header (the file was modified or damaged)", path)
    try:
        members = read_members(payload)
        if INFO not in members or PROGRAM not in members:
            raise ValueError(f"the payload has no {INFO if INFO not in members else PROGRAM}")
        info = parse_info(members[INFO])
        module = _program(members, info, path)
    except HloError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError, tarfile.TarError) as exc:
        raise _error(D.ARTIFACT_MALFORMED, f"{path or 'artifact'}: {exc}", path) from None
    except RecursionError:
        raise _error(D.ARTIFACT_MALFORMED, f"{path or 'artifact'}: the program nests too deeply to read",
                     path) from None
    warnings = []
    if head.format_minor > H.FORMAT_MINOR:
        warnings.append(Diagnostic(D.ARTIFACT_NEWER_MINOR.code, f"{path or 'artifact'} has format "
                                   f"{head.format_version}; this nccd knows {H.FORMAT_MAJOR}.{H.FORMAT_MINOR}",
                                   file=path))
    return Artifact(head, info, module, path, warnings)


def _program(members: dict[str, bytes], info: dict, path: str | None) -> Module:
    by_instruction = {(where["computation"], where["instruction"]): name
                      for name, where in info.get("constants", {}).items()}

    def external(computation: str, instruction: str, shape: Shape) -> Literal | None:
        name = by_instruction.get((computation, instruction))
        if name is None:
            return None
        if name not in members:
            raise ValueError(f"info.json maps {instruction} to {name}, which the payload does not hold")
        array = npy_array(members[name], name)
        if array.dtype.itemsize != numpy_dtype(shape.element_type).itemsize:
            raise ValueError(f"{name} holds {array.dtype} elements; {instruction} needs {shape.text()}")
        if array.size != shape.num_elements:
            raise ValueError(f"{name} holds {array.size} elements; {instruction} needs {shape.text()}")
        return Literal(shape, values=array.reshape(-1).view(numpy_dtype(shape.element_type)))

    try:
        module = read_module_proto(members[PROGRAM], path, external)
    except HloError as exc:
        raise _error(D.ARTIFACT_MALFORMED, f"{path or 'artifact'}: program.pb: "
                     f"{exc.diagnostics[0].message}", path) from None
    module.source_format = "ncx"
    return module


def read_bytes(path: str, label: str | None = None) -> bytes:
    """The bytes of an artifact file; ``label`` names it in messages (default ``path``)."""
    name = label or path
    try:
        with open(path, "rb") as f:
            return f.read()
    except IsADirectoryError:
        raise _error(D.ARTIFACT_NOT_NCX, f"{name} is a directory; pass an .ncx file", name) from None
    except OSError as exc:
        raise _error(D.UNREADABLE_FILE, f"cannot read {name}: {exc.strerror or exc}", name) from None


def read_file(path: str, label: str | None = None) -> Artifact:
    return unpack(read_bytes(path, label), label or path)

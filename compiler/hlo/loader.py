"""Load a model file: HLO text, StableHLO (MLIR) text or a serialized proto, told apart by content.

File names are not trusted (frameworks write ``.pb``, ``.txt``, ``.hlo``, ``.mlir`` and
names without suffix). Text is recognised by what it starts with (MLIR by ``module``,
``func.func`` or ``#loc`` aliases, and its generic form); MLIR bytecode by its magic number;
anything else is handed to the proto reader, which knows HloModuleProto, the HloProto
wrapper and HloSnapshot.
"""

from __future__ import annotations

import os
import re

from ..gcpause import without_gc_pauses
from ..diagnostics import INPUT_TOO_LARGE, NOT_HLO, UNREADABLE_FILE, Diagnostic, HloError
from ..ir.module import Module
from ..stablehlo import is_bytecode as is_mlir_bytecode
from ..stablehlo import parse_stablehlo_bytes, refuse_bytecode
from .parser import parse_hlo_text

#: Default refusal threshold for input files; NCC_MAX_INPUT_BYTES or max_bytes= change it.
DEFAULT_MAX_INPUT_BYTES = 512 * 1024 * 1024

_TEXT_START = re.compile(
    rb"\A(?:\s|/\*.*?\*/|//[^\n]*)*(?:HloModule\b|ENTRY\b|%?[A-Za-z_][\w.\-]*\s*(?:\(|\{))", re.S)
#: MLIR text: a module, a function, or the `#loc1 = loc(...)` aliases JAX prints first with
#: debug info (HLO text never starts with `#`).
_MLIR_START = re.compile(rb'\A(?:\s|//[^\n]*)*(?:#[\w.$\-]+\s*=|module\b|func\.func\b|"builtin\.module"|"func\.func")')


def max_input_bytes(override: int | None = None) -> int:
    if override is not None:
        return override
    env = os.environ.get("NCC_MAX_INPUT_BYTES")
    if env:
        try:
            return int(env)
        except ValueError:
            pass
    return DEFAULT_MAX_INPUT_BYTES


def looks_like_text(data: bytes) -> bool:
    head = data[:4096]
    return b"\0" not in head and _TEXT_START.match(head) is not None


def read_model_file(path: str, max_bytes: int | None = None, label: str | None = None) -> bytes:
    """The bytes of the model file at ``path``; ``label`` names it in messages (default: ``path``)."""
    limit = max_input_bytes(max_bytes)
    name = label or path
    try:
        size = os.path.getsize(path)
        if size > limit:
            raise HloError(Diagnostic(
                INPUT_TOO_LARGE.code, f"{name} is {size:,} bytes, over the limit of {limit:,} bytes",
                file=name))
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise HloError(Diagnostic(UNREADABLE_FILE.code, f"cannot read {name}: {exc.strerror or exc}",
                                  file=name)) from None


def load_module(path: str, max_bytes: int | None = None, label: str | None = None) -> Module:
    """Read and parse the model at ``path`` (raises :class:`HloError` with one precise diagnostic).

    ``label`` is how messages name the file (the daemon reads absolute paths but shows the
    path the user typed)."""
    return load_bytes(read_model_file(path, max_bytes, label), label or path, max_bytes)


def load_bytes(data: bytes, path: str | None = None, max_bytes: int | None = None) -> Module:
    """Parse model bytes whose format is unknown (text or one of the proto wrappers)."""
    with without_gc_pauses():
        return _load_bytes(data, path, max_bytes)


def _load_bytes(data: bytes, path: str | None, max_bytes: int | None) -> Module:
    limit = max_input_bytes(max_bytes)
    if len(data) > limit:
        raise HloError(Diagnostic(INPUT_TOO_LARGE.code,
                                  f"input is {len(data):,} bytes, over the limit of {limit:,} bytes", file=path))
    if is_mlir_bytecode(data):
        raise refuse_bytecode(path)
    if _MLIR_START.match(data[:4096]):   # before HLO: `module {` would also pass for HLO text
        module = parse_stablehlo_bytes(data, path)
    elif looks_like_text(data):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HloError(Diagnostic(NOT_HLO.code, f"HLO text is not valid UTF-8 at byte {exc.start}",
                                      file=path)) from None
        module = parse_hlo_text(text, path)
    else:
        if not data.strip():
            raise HloError(Diagnostic(NOT_HLO.code, "the input is empty", file=path))
        from .proto_reader import read_module_proto  # needs protobuf; text input never pays for it

        module = read_module_proto(data, path)
    module.source_path = path
    return module

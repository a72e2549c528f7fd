"""Load a model file: HLO text, StableHLO (MLIR) text or a serialized proto, told apart by content.

File names are not trusted (frameworks write ``.pb``, ``.txt``, ``.hlo``, ``.mlir`` and
names without suffix). Text is told from binary by its bytes: a serialized proto has field
tags and lengths below 0x20 within its first bytes, text has no control characters but
whitespace (a UTF-8 byte-order mark is skipped). Text is StableHLO (MLIR) if it starts like
MLIR (``module``, ``func.func``, ``#loc`` aliases, the generic form), else HLO text, whose
parser then reports what is wrong with it. MLIR bytecode is known by its magic number;
other binary data is handed to the proto reader, which knows HloModuleProto, the HloProto
wrapper and HloSnapshot.
"""

from __future__ import annotations

import os
import re

from ..gcpause import without_gc_pauses
from ..diagnostics import INPUT_TOO_LARGE, NOT_HLO, UNREADABLE_FILE, Diagnostic, HloError
from ..ir.limits import check_module_limits
from ..ir.module import Module
from ..stablehlo import is_bytecode as is_mlir_bytecode
from ..stablehlo import parse_stablehlo_bytes, refuse_bytecode
from .parser import parse_hlo_text

#: Default refusal threshold for input files; NCC_MAX_INPUT_BYTES or max_bytes= change it.
DEFAULT_MAX_INPUT_BYTES = 512 * 1024 * 1024

#: Whitespace and comments before the first token. A `//` comment runs to the end of its line
#: (possessive `*+`): a shorter match would let a word inside the comment, as in
#: `// CHECK: module @main` before an HloModule, pass for the first token.
_LINE_COMMENT = rb"//[^\n\r]*+"
_TEXT_START = re.compile(rb"\A(?:\s|/\*.*?\*/|" + _LINE_COMMENT
                         + rb")*(?:HloModule\b|ENTRY\b|%?[A-Za-z_][\w.\-]*\s*(?:\(|\{))", re.S)
#: MLIR text: a module, a function, or the `#loc1 = loc(...)` aliases JAX prints first with
#: debug info (HLO text never starts with `#`).
_MLIR_START = re.compile(rb"\A(?:\s|" + _LINE_COMMENT
                         + rb')*(?:#[\w.$\-]+\s*=|module\b|func\.func\b|"builtin\.module"|"func\.func")')


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


#: How much of the input is searched for control characters to tell text from binary.
_TEXT_PROBE_BYTES = 64 * 1024
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
UTF8_BOM = b"\xef\xbb\xbf"


def is_text(data: bytes) -> bool:
    """Whether ``data`` is text rather than binary (a proto or MLIR bytecode)."""
    return _CONTROL.search(data, len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0,
                           _TEXT_PROBE_BYTES) is None


def looks_like_text(data: bytes) -> bool:
    """Whether ``data`` is text that starts like HLO text (after any number of comments)."""
    return is_text(data) and _TEXT_START.match(data.removeprefix(UTF8_BOM)) is not None


def input_kind(data: bytes) -> str:
    """Which reader :func:`load_bytes` hands ``data`` to: ``"stablehlo"`` (MLIR text or bytecode),
    ``"text"`` (HLO text) or ``"proto"`` (anything binary); memory estimates differ by kind."""
    if is_mlir_bytecode(data):
        return "stablehlo"
    if is_text(data):
        return "stablehlo" if _MLIR_START.match(data.removeprefix(UTF8_BOM)) else "text"
    return "proto"


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
    if not data or data.isspace():
        raise HloError(Diagnostic(NOT_HLO.code, "the input is empty", file=path, line=1, column=1))
    if is_text(data):
        data = data.removeprefix(UTF8_BOM)
        if _MLIR_START.match(data):   # before HLO: `module {` would also pass for HLO text
            module = parse_stablehlo_bytes(data, path)
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise HloError(Diagnostic(NOT_HLO.code, f"HLO text is not valid UTF-8 at byte {exc.start}",
                                          file=path)) from None
            module = parse_hlo_text(text, path)
    else:
        from .proto_reader import read_module_proto  # needs protobuf; text input never pays for it

        module = read_module_proto(data, path)
    if module.source_format != "text":  # HLO text was checked by its parser, where it knows the columns
        check_module_limits(module, None, path)
    module.source_path = path
    return module

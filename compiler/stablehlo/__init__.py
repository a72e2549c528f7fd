"""StableHLO input: the MLIR text JAX and torch_xla print, read into the same IR as HLO.

``jax.jit(f).lower(...).as_text()`` (with or without ``debug_info=True``), ``str(lowered.
compiler_ir("stablehlo"))`` in the pretty or the generic op form, and torch_xla's
``get_stablehlo_text()`` are read here: :mod:`.syntax` parses MLIR (generic and pretty forms of
the stablehlo, chlo, func and sdy operations those exporters print), :mod:`.ops` is the table
of operations and the HLO each becomes, and :mod:`.lower` builds the IR the way XLA's own
StableHLO -> HLO export structures it (tuples, captures, called computations, layouts).

Why a parser of our own: MLIR's Python bindings come only with jaxlib or an LLVM build, which
the product must not require, and the pure-Python MLIR parsers on PyPI (``pymlir``, Lark-based)
parse the generic syntax and a few builtin dialects but not the per-op pretty forms StableHLO
prints by default, and are far slower than this module's regex scanner.

MLIR bytecode (``jax.export`` serialization, starting with ``ML\\xefR``) is refused with one
diagnostic that names the text export.
"""

from __future__ import annotations

from ..diagnostics import MLIR_BYTECODE, NOT_HLO, Diagnostic, HloError
from ..ir.module import Module

#: The magic number of MLIR bytecode files.
BYTECODE_MAGIC = b"ML\xefR"


def is_bytecode(data: bytes) -> bool:
    return data.startswith(BYTECODE_MAGIC)


def refuse_bytecode(path: str | None) -> HloError:
    return HloError(Diagnostic(
        MLIR_BYTECODE.code, "this is MLIR bytecode (a serialized jax.export / StableHLO portable "
        "artifact); nccd reads StableHLO as text", file=path, line=1, column=1))


def parse_stablehlo(text: str, path: str | None = None) -> Module:
    """Parse StableHLO MLIR text into a :class:`Module` (raises :class:`HloError`)."""
    from .canonical import canonicalize
    from .lower import Lowerer
    from .ops import OPS
    from .syntax import parse_mlir

    parsed = parse_mlir(text, path)
    lowerer = Lowerer(parsed, path, OPS)
    module = lowerer.lower()
    canonicalize(module, keep=lowerer.unused_but_emitted)
    module.source_format = "stablehlo"
    return module


def parse_stablehlo_bytes(data: bytes, path: str | None = None) -> Module:
    """:func:`parse_stablehlo` on the bytes of a file."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HloError(Diagnostic(NOT_HLO.code, f"StableHLO text is not valid UTF-8 at byte {exc.start}",
                                  file=path)) from None
    return parse_stablehlo(text, path)

"""What the engine's caches hold: a model's bytes parsed once, and one compile of it.

Shared by the engine (daemon/engine.py), which stores and looks them up, and incremental
recompiles (daemon/incremental.py), which make a new entry from a previous one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nccd.compiler.diagnostics import HloError
from nccd.compiler.ir.module import Module
from nccd.compiler.value_deps import CompileTrace


@dataclass
class Loaded:
    """A model's bytes parsed once: the module, or the diagnostics of why it does not load."""
    module: Module | None
    error: HloError | None
    text: str | None
    fingerprint: str | None = None

    @property
    def diagnostics(self) -> list:
        """Why the bytes do not load (empty when they do)."""
        return self.error.diagnostics if self.error is not None else []


@dataclass
class Compiled:
    """One compile, as the caches keep it."""
    data: bytes
    result: dict  # CompileResult.to_json() of the compile that produced it
    program: Module | None = None  # the optimised module (memory only)
    trace: CompileTrace | None = None  # what daemon/incremental.py needs to patch it
    source: Module | None = None  # the module it was compiled from (memory only)
    request_keys: set = field(default_factory=set)


def text_of(data: bytes) -> str | None:
    """The model's bytes as text, or None when they are a proto (or not UTF-8)."""
    from nccd.compiler.hlo.loader import looks_like_text

    if not looks_like_text(data):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None

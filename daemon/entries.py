"""What the engine's caches hold: a model's bytes parsed once, and one compile of it.

Shared by the engine (daemon/engine.py), which stores and looks them up, and incremental
recompiles (daemon/incremental.py), which make a new entry from a previous one.

Both are frozen: many requests read an entry at once, so an update (another request key that the
compile answers, a lazily loaded program, a fingerprint) is a new entry that replaces the old one
in its cache atomically (memcache.ByteBudgetLRU.update), never a change to one a reader may hold.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from nccd.compiler.diagnostics import HloError
from nccd.compiler.ir.module import Module
from nccd.compiler.value_deps import CompileTrace


@dataclass(frozen=True)
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


@dataclass(frozen=True, eq=False)  # compared by identity: "is this still the cached entry?"
class Compiled:
    """One compile, as the caches keep it."""
    data: bytes
    #: CompileResult.to_json() of the compile that produced it, read-only (result_json() for a copy)
    result: Mapping[str, Any]
    program: Module | None = None  # the optimised module (memory only)
    trace: CompileTrace | None = None  # what daemon/incremental.py needs to patch it
    source: Module | None = None  # the module it was compiled from (memory only)
    request_keys: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not isinstance(self.result, MappingProxyType):
            object.__setattr__(self, "result", MappingProxyType(dict(self.result)))
        object.__setattr__(self, "request_keys", frozenset(self.request_keys))

    def result_json(self) -> dict:
        """The result as a plain dict (to store or send)."""
        return dict(self.result)

    def answering(self, request_keys) -> Compiled:
        """This compile, answering ``request_keys`` too."""
        return replace(self, request_keys=self.request_keys | frozenset(request_keys))


def text_of(data: bytes) -> str | None:
    """The model's bytes as text, or None when they are a proto (or not UTF-8)."""
    from nccd.compiler.hlo.loader import looks_like_text

    if not looks_like_text(data):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None

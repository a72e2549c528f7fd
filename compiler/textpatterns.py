"""Typing for the scanners' whitespace patterns (the HLO text parser and the MLIR reader).

A pattern such as ``(?:\\s+|//[^\\n]*)*`` matches the empty string, so its ``match`` at any
position of the text returns a match, never None; the scanners call ``.end()`` on it directly in
their hottest loop. :func:`matching_everywhere` says so to the type checker once, where the pattern
is compiled, instead of a check at every call.
"""

from __future__ import annotations

import re
from typing import Protocol, cast


class MatchingEverywhere(Protocol):
    """A compiled pattern whose ``match`` always succeeds (it accepts the empty string)."""

    def match(self, string: str, pos: int = ..., endpos: int = ...) -> re.Match[str]: ...


def matching_everywhere(pattern: re.Pattern[str]) -> MatchingEverywhere:
    """``pattern`` itself, typed as never failing to match; it must match the empty string."""
    if pattern.match("") is None:
        raise ValueError(f"{pattern.pattern!r} does not match the empty string")
    return cast(MatchingEverywhere, pattern)

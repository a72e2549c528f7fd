"""What the analyzers report, independent of the LSP wire types.

Positions are 0-based lines and *code-point* columns with exclusive ends, as
Python strings index them; :mod:`.lsp_convert` turns them into the client's
position encoding. Keeping the analyzers free of lsprotocol makes them pure
functions that tests call without a server.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Diagnostic ``source`` for each analyzer, so a user can tell them apart in the editor.
SOURCE_PYTHON = "ncc"
SOURCE_HLO = "ncc"
SOURCE_DEEP_CHECK = "ncc deep check"


@dataclass(frozen=True, slots=True)
class Span:
    line: int
    col: int
    end_line: int
    end_col: int

    def contains(self, line: int, col: int) -> bool:
        return (self.line, self.col) <= (line, col) <= (self.end_line, self.end_col)


@dataclass(frozen=True, slots=True)
class Edit:
    span: Span
    new_text: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A quick fix: a title for the menu and the edits that apply it."""

    title: str
    edits: tuple[Edit, ...]
    preferred: bool = True


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    message: str
    span: Span
    fixes: tuple[Fix, ...] = ()
    source: str = SOURCE_PYTHON
    #: A framework source position to show with the finding ("from models.py:44").
    origin: str | None = None
    #: Extra facts for hover and tests (the opcode, the target...).
    data: dict = field(default_factory=dict, compare=False, hash=False)
    #: "information" when the analyzer cannot tell the code runs compiled (the code's own severity otherwise).
    severity: str | None = None


# -- suppression comments -------------------------------------------------------------------

#: ``# ncc: ignore`` (everything on the line) or ``# ncc: ignore[NCC-E210, W200]``.
_IGNORE = re.compile(r"#\s*ncc:\s*ignore(?:\[([^\]]*)\])?", re.I)
ALL_CODES = "*"


def normalize_code(text: str) -> str:
    """``e210``, ``E210`` and ``NCC-E210`` all name NCC-E210."""
    text = text.strip().upper()
    return text if text.startswith("NCC-") else f"NCC-{text}"


def suppressed_codes(line_text: str) -> frozenset[str]:
    """The codes a line's ``# ncc: ignore[...]`` comment suppresses (``*`` for a bare ignore)."""
    if "ncc" not in line_text:  # the common case, without the regex
        return frozenset()
    match = _IGNORE.search(line_text)
    if match is None:
        return frozenset()
    if match.group(1) is None:
        return frozenset({ALL_CODES})
    return frozenset(normalize_code(c) for c in match.group(1).split(",") if c.strip())


def drop_suppressed(findings: list[Finding], lines: list[str]) -> list[Finding]:
    """Findings whose first line does not carry a matching ``# ncc: ignore`` comment."""
    kept = []
    for f in findings:
        codes = suppressed_codes(lines[f.span.line]) if f.span.line < len(lines) else frozenset()
        if f.code not in codes and ALL_CODES not in codes:
            kept.append(f)
    return kept


def suppression_edit(code: str, line: int, line_text: str) -> Edit:
    """The edit that adds ``code`` to the line's ignore comment (or writes one)."""
    body = line_text.rstrip("\r\n")
    match = _IGNORE.search(body)
    if match is not None and match.group(1) is not None:
        at = match.end(1)
        return Edit(Span(line, at, line, at), f", {code}")
    if match is not None:  # a bare ignore already covers everything
        return Edit(Span(line, len(body), line, len(body)), "")
    return Edit(Span(line, len(body), line, len(body)), f"  # ncc: ignore[{code}]")

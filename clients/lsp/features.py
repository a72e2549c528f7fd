"""Hover, definition and symbols for one analysed document (pure; the server converts to LSP types)."""

from __future__ import annotations

import re

from .documents import HLO, DocumentResult, hlo_index
from .findings import Finding, Span, normalize_code
from .hlo_features import Symbol, definition, hover, symbols

_IGNORE_CODE = re.compile(r"(?:NCC-)?[EWI]\d{3}", re.I)


def hover_markdown(result: DocumentResult, findings: list[Finding], line: int, col: int):
    """``(markdown, span)``: the findings under the cursor, a code in an ignore comment, an HLO instruction."""
    from .lsp_convert import code_hover

    parts, span = [], None
    for f in findings:
        if f.span.contains(line, col) and result.settings.reported(f.code):
            parts.append(code_hover(f, result.settings))
            span = span or f.span
    if result.snapshot.kind == HLO:
        index = hlo_index(result)
        found = hover(index, line, col, result.settings.auto_cast, result.settings.auto_cast_type) if index else None
        if found is not None:
            parts.append(found[0])
            span = found[1]
    elif not parts:
        code = _ignored_code_at(result.lines, line, col)
        if code is not None:
            parts.append(code_hover(Finding(code[0], "", code[1]), result.settings))
            span = code[1]
    return ("\n\n---\n\n".join(parts), span) if parts else None


def _ignored_code_at(lines: list[str], line: int, col: int) -> tuple[str, Span] | None:
    """The code under the cursor in a ``# ncc: ignore[...]`` comment."""
    text = lines[line] if 0 <= line < len(lines) else ""
    at = text.find("# ncc:")
    if at < 0 or col < at:
        return None
    for match in _IGNORE_CODE.finditer(text, at):
        if match.start() <= col <= match.end():
            from nccd.compiler.diagnostics import REGISTRY

            code = normalize_code(match.group())
            return (code, Span(line, match.start(), line, match.end())) if code in REGISTRY else None
    return None


def definition_span(result: DocumentResult, line: int, col: int) -> Span | None:
    index = hlo_index(result)
    return definition(index, line, col) if index is not None else None


def symbol_list(result: DocumentResult) -> list[Symbol]:
    index = hlo_index(result)
    return symbols(index) if index is not None else []

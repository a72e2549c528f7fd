"""Source text of a Python file as ``ast`` positions need it.

``ast`` gives 1-based lines and UTF-8 *byte* columns; findings use 0-based
lines and code-point columns (see :mod:`.findings`). This is the one place
that converts, and it slices source text for quick fixes.
"""

from __future__ import annotations

import ast
from typing import Protocol

from .findings import Span


class Positioned(Protocol):
    """An ``ast`` node that has a place in the source (expressions, statements, arguments,
    keywords...; ``ast.AST`` itself declares none)."""

    lineno: int
    col_offset: int
    end_lineno: int | None
    end_col_offset: int | None


class PythonSource:
    def __init__(self, text: str):
        self.text = text
        self.lines = text.splitlines()

    def column(self, line: int, byte_col: int) -> int:
        """Code-point column of UTF-8 byte offset ``byte_col`` on 0-based ``line``."""
        if line >= len(self.lines):
            return byte_col
        text = self.lines[line]
        if text.isascii():
            return byte_col
        return len(text.encode("utf-8")[:byte_col].decode("utf-8", "ignore"))

    def span(self, node: Positioned) -> Span:
        line, end_line = node.lineno - 1, (node.end_lineno or node.lineno) - 1
        end_col = node.end_col_offset if node.end_col_offset is not None else node.col_offset
        return Span(line, self.column(line, node.col_offset), end_line, self.column(end_line, end_col))

    def text_of(self, node: Positioned) -> str:
        return self.text_in(self.span(node))

    def text_in(self, span: Span) -> str:
        if span.line == span.end_line:
            return self.lines[span.line][span.col:span.end_col]
        parts = [self.lines[span.line][span.col:], *self.lines[span.line + 1:span.end_line],
                 self.lines[span.end_line][:span.end_col]]
        return "\n".join(parts)

    def indentation(self, line: int) -> str:
        text = self.lines[line]
        return text[:len(text) - len(text.lstrip())]

    def statement_span(self, node: ast.stmt) -> Span:
        """From the start of the statement's first line to the end of its last line."""
        end_line = (node.end_lineno or node.lineno) - 1
        return Span(node.lineno - 1, 0, end_line, len(self.lines[end_line]))


def atom_text(source: PythonSource, node: ast.expr) -> str:
    """The source of ``node``, parenthesised unless it binds tighter than an attribute access."""
    text = source.text_of(node)
    if isinstance(node, (ast.Name, ast.Attribute, ast.Subscript, ast.Call, ast.Constant)):
        return text
    return f"({text})"

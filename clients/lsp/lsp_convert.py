"""Findings -> LSP types: diagnostics, code actions, symbols, in the client's position encoding.

The analyzers speak code points (:mod:`.findings`); LSP positions count UTF-16
code units unless the client negotiated UTF-8 or UTF-32. Settings decide what
is shown: disabled codes are dropped, severities overridden.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from lsprotocol import types

from nccd.compiler.diagnostics import REGISTRY, Severity

from .findings import Edit, Finding, Span, suppression_edit
from .hlo_features import Symbol
from .settings import Settings

_SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
             "information": types.DiagnosticSeverity.Information, "hint": types.DiagnosticSeverity.Hint}
_DEFAULT_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "information"}


# Not pygls's PositionCodec: it counts every character in Python (this runs for each range of each
# publish, and most lines are ASCII) and clamps an out-of-range request by mutating its Position.
def client_column(line_text: str, col: int, encoding) -> int:
    """Code-point column -> the client's units on that line."""
    if encoding == types.PositionEncodingKind.Utf32 or line_text.isascii():
        return col
    prefix = line_text[:col]
    if encoding == types.PositionEncodingKind.Utf8:
        return len(prefix.encode("utf-8"))
    return len(prefix.encode("utf-16-le")) // 2


def server_position(lines: list[str], position: types.Position, encoding) -> tuple[int, int]:
    """A client position -> (line, code-point column)."""
    line = position.line
    text = lines[line] if 0 <= line < len(lines) else ""
    units = position.character
    if encoding == types.PositionEncodingKind.Utf32 or text.isascii():
        return line, min(units, len(text))
    counted = 0
    for col, char in enumerate(text):
        if counted >= units:
            return line, col
        counted += len(char.encode("utf-8")) if encoding == types.PositionEncodingKind.Utf8 else \
            (2 if ord(char) > 0xFFFF else 1)
    return line, len(text)


def to_range(span: Span, lines: list[str], encoding) -> types.Range:
    def position(line: int, col: int) -> types.Position:
        text = lines[line] if 0 <= line < len(lines) else ""
        return types.Position(line, client_column(text, col, encoding))

    return types.Range(position(span.line, span.col), position(span.end_line, span.end_col))


@lru_cache(maxsize=1)
def _source_tree_reference() -> str | None:
    """docs/diagnostics.md of the source tree nccd runs from, if it is there (a development install)."""
    import nccd.compiler

    page = Path(nccd.compiler.__file__).resolve().parent.parent / "docs" / "diagnostics.md"
    return page.as_uri() if page.exists() else None


_generated_page: list[Path] = []  # the page generated_reference() wrote, while it is there


def default_docs_url() -> str | None:
    """The diagnostics reference the codes link to: docs/diagnostics.md of the source tree (a
    development install), else the same page generated from the registry into the user's nccd
    cache directory (a regular install carries no docs/; written again if `ncc cache clean`
    removed it); None when neither can be had."""
    source = _source_tree_reference()
    if source is not None:
        return source
    if not _generated_page or not _generated_page[0].exists():
        page = generated_reference()
        if page is None:
            return None
        _generated_page[:] = [page]
    return _generated_page[0].as_uri()


def generated_reference() -> Path | None:
    """``<cache>/docs/diagnostics-<digest>.md``, the registry's reference page, written if it is
    not there with exactly that text (the digest names the text, so installs of different
    versions keep their own pages). Only a regular file of this user's, in a directory of this
    user's that nobody else may write, is reused; anything else, or a cache that cannot be
    written, gives None: the diagnostics then carry no link."""
    import hashlib
    import os
    import stat

    from nccd.compiler.diagnostics import registry_markdown
    from nccd.proto.paths import UntrustedRuntimeDir, cache_dir, ensure_private_dir, write_private

    text = registry_markdown().encode()
    try:
        folder = ensure_private_dir(cache_dir() / "docs")
        page = folder / f"diagnostics-{hashlib.sha256(text).hexdigest()[:16]}.md"
        try:
            info = os.lstat(page)
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid() and page.read_bytes() == text:
                return page
        except FileNotFoundError:
            pass
        write_private(page, text)  # replaces whatever was there (a link is replaced, not followed)
        return page
    except (OSError, UntrustedRuntimeDir):
        return None


def doc_link(code: str, settings: Settings) -> str | None:
    base = settings.docs_url or default_docs_url()
    return f"{base}#{code.lower()}" if base else None


def severity_of(code: str, settings: Settings, own: str | None = None) -> types.DiagnosticSeverity:
    level = settings.severity.get(code) or own
    if level is None:
        entry = REGISTRY.get(code)
        level = _DEFAULT_SEVERITY[entry.severity] if entry else "warning"
    return _SEVERITY[level]


def to_diagnostics(findings: list[Finding], lines: list[str], encoding, settings: Settings,
                   related_uri=None) -> list[types.Diagnostic]:
    """LSP diagnostics for the findings the settings let through."""
    out = []
    for f in findings:
        if not settings.reported(f.code):
            continue
        href = doc_link(f.code, settings)
        related = None
        if related_uri is not None and f.origin:
            location = related_uri(f)
            if location is not None:
                related = [types.DiagnosticRelatedInformation(location, f"from Python: {f.origin}")]
        message = f.message if not f.origin else f"{f.message} (from {f.origin})"
        out.append(types.Diagnostic(
            range=to_range(f.span, lines, encoding), message=message, severity=severity_of(f.code, settings, f.severity),
            code=f.code, source=f.source, code_description=types.CodeDescription(href) if href else None,
            related_information=related))
    return out


def _edit(edit: Edit, lines: list[str], encoding) -> types.TextEdit:
    return types.TextEdit(to_range(edit.span, lines, encoding), edit.new_text)


def code_actions(uri: str, findings: list[Finding], diagnostics: Sequence[types.Diagnostic], lines: list[str],
                 encoding, settings: Settings, wanted: Sequence[str] | None,
                 suppressible: bool = True) -> list[types.CodeAction]:
    """Quick fixes, and a ``# ncc: ignore`` comment (Python files), for the request's diagnostics."""
    out = []
    for f in findings:
        if not settings.reported(f.code):
            continue
        rng = to_range(f.span, lines, encoding)
        matching = [d for d in diagnostics if d.code == f.code and d.range == rng]
        if not matching:
            continue
        if wanted is None or any(k.startswith(types.CodeActionKind.QuickFix) for k in wanted):
            for fix in f.fixes:
                edits = [_edit(e, lines, encoding) for e in fix.edits]
                out.append(types.CodeAction(title=fix.title, kind=types.CodeActionKind.QuickFix,
                                            diagnostics=matching, is_preferred=fix.preferred,
                                            edit=types.WorkspaceEdit(changes={uri: edits})))
            if suppressible:
                line_text = lines[f.span.line] if f.span.line < len(lines) else ""
                edit = suppression_edit(f.code, f.span.line, line_text)
                if edit.new_text:
                    out.append(types.CodeAction(title=f"Ignore {f.code} on this line", diagnostics=matching,
                                                kind=types.CodeActionKind.QuickFix,
                                                edit=types.WorkspaceEdit(changes={uri: [_edit(edit, lines, encoding)]})))
    return out


def to_symbols(symbols: list[Symbol], lines: list[str], encoding) -> list[types.DocumentSymbol]:
    kinds = {"computation": types.SymbolKind.Function, "instruction": types.SymbolKind.Variable}
    return [types.DocumentSymbol(name=s.name, detail=s.detail, kind=kinds[s.kind],
                                 range=to_range(s.span, lines, encoding),
                                 selection_range=to_range(s.name_span, lines, encoding),
                                 children=to_symbols(s.children, lines, encoding) or None)
            for s in symbols]


def code_hover(f: Finding, settings: Settings) -> str:
    """Markdown for a finding's code: title, what to do, and the link."""
    entry = REGISTRY.get(f.code)
    lines = [f"**{f.code}**: {entry.title if entry else ''}", "", f.message]
    hint = (f.data or {}).get("hint") or (entry.hint if entry else None)
    if hint:
        lines += ["", f"What to do: {hint}"]
    href = doc_link(f.code, settings)
    if href:
        lines += ["", f"[{f.code} in the diagnostics reference]({href})"]
    return "\n".join(lines)

"""One document's analysis: a snapshot of its text in, findings (and an HLO index) out.

Runs on a worker thread, never on the event loop, and never raises: whatever
the text holds, the result is a list of findings (possibly empty).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from .backend import Backend
from .findings import Finding
from .settings import Settings

log = logging.getLogger(__name__)

PYTHON = "python"
HLO = "hlo"


@dataclass(frozen=True)
class Snapshot:
    uri: str
    path: str | None
    kind: str              # PYTHON or HLO
    text: str
    version: int | None


@dataclass
class DocumentResult:
    snapshot: Snapshot
    settings: Settings
    findings: list[Finding]
    lines: list[str]
    #: For HLO documents: positions of computations and instructions (None until parsed).
    hlo_index: object | None = None
    failed: str | None = field(default=None)


def document_kind(uri: str, language_id: str | None, text: str) -> str | None:
    from .hlo_features import is_hlo_document

    lower = uri.lower()
    if language_id == "python" or lower.endswith((".py", ".pyi")):
        return PYTHON
    if is_hlo_document(uri, language_id, text):
        return HLO
    return None


def analyze(snapshot: Snapshot, settings: Settings, backend: Backend, cache=None) -> DocumentResult:
    """``cache``: the document's :class:`~.python_incremental.AnalysisCache`, reused between edits."""
    lines = snapshot.text.splitlines()
    try:
        if snapshot.kind == PYTHON:
            from .python_analysis import analyze_python

            findings = analyze_python(snapshot.text, settings.target, cache, snapshot.path)
            return DocumentResult(snapshot, settings, findings, lines)
        return _analyze_hlo(snapshot, settings, backend, lines)
    except Exception as exc:  # a bug in a rule must not take the editor's diagnostics down with it
        log.exception("analysis of %s failed", snapshot.uri)
        return DocumentResult(snapshot, settings, [], lines, failed=f"{type(exc).__name__}: {exc}")


def _analyze_hlo(snapshot: Snapshot, settings: Settings, backend: Backend, lines: list[str]) -> DocumentResult:
    from .hlo_features import HloIndex, findings_from_report

    check = backend.diagnose(snapshot.text.encode("utf-8"), snapshot.path or snapshot.uri, settings.target)
    index = HloIndex.build(check.module, snapshot.text) if check.module is not None else None
    return DocumentResult(snapshot, settings, findings_from_report(check.report, lines), lines, index)


def hlo_index(result: DocumentResult):
    """The result's HLO index, parsing the text in-process if the daemon did the checking."""
    if result.hlo_index is None and result.snapshot.kind == HLO:
        from nccd.compiler.diagnostics import HloError
        from nccd.compiler.hlo.loader import load_bytes

        from .hlo_features import HloIndex

        try:
            module = load_bytes(result.snapshot.text.encode("utf-8"), result.snapshot.path)
        except HloError:
            return None
        result.hlo_index = HloIndex.build(module, result.snapshot.text)
    return result.hlo_index

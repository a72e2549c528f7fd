"""`ncc compile --report FILE.html|FILE.json`: the per-kernel cost report of a compiled program.

`build_report(program, options, facts)` returns the report as a dict (what FILE.json holds);
`render_html(report)` turns it into one self-contained page; `write_report` picks the format from
the file's extension. The cost model is in :mod:`.cost`, the hardware figures in :mod:`.hardware`.
"""

from __future__ import annotations

import json
import os
import uuid

from .cost import build_report
from .html import render_html

#: File extension -> format; anything else is refused before compiling.
FORMATS = {".html": "html", ".json": "json"}


def report_format(path: str) -> str | None:
    """"html" or "json" from ``path``'s extension (any case), None when it names neither."""
    return FORMATS.get(os.path.splitext(path)[1].lower())


def render(report: dict, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report, indent=2) + "\n"
    return render_html(report)


def write_report(report: dict, path: str) -> None:
    """Write ``report`` to ``path`` in the format its extension names, atomically (raises OSError)."""
    fmt = report_format(path)
    if fmt is None:
        raise ValueError(f"{path}: a report file must end in {' or '.join(FORMATS)}")
    text = render(report, fmt).encode("utf-8")
    # a temporary file beside the target, renamed over it: readers never see half a report
    temporary = os.path.join(os.path.dirname(os.path.abspath(path)),
                             f".{os.path.basename(path)}.{uuid.uuid4().hex}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # honours the umask
        with os.fdopen(descriptor, "wb") as out:
            out.write(text)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


__all__ = ["FORMATS", "build_report", "render", "render_html", "report_format", "write_report"]

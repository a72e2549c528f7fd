"""Runs under a Python with jaxlib: XLA's C++ HLO parser as a line-oriented JSON service.

A DEVELOPER tool for the conformance oracle (generate_oracle.py) and the live tier; the
product never imports jaxlib. Each request line is ``{"text": ...}``; each reply line is
``{"ok": true, "reprint": ..., "proto": base64}`` for text XLA's parser accepts (unverified,
as ``ParseAndReturnUnverifiedModule``), else ``{"ok": false, "error": ...}``. XLA's
re-print keeps large constants (the default printer would elide them as ``{...}``).
"""

from __future__ import annotations

import base64
import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from jaxlib import _hlo  # noqa: E402


def answer(text: str) -> dict:
    try:
        module = _hlo.hlo_module_from_text(text)
    except Exception as exc:  # XLA reports a bad module as a RuntimeError with its status text
        return {"ok": False, "error": str(exc)}
    options = _hlo.HloPrintOptions()
    options.print_large_constants = True
    return {"ok": True, "reprint": module.to_string(options),
            "proto": base64.b64encode(module.as_serialized_hlo_module_proto()).decode()}


def main() -> None:
    for line in sys.stdin:
        reply = answer(json.loads(line)["text"])
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

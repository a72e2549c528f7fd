"""Helpers shared by the language-server tests: fixture paths, expectations, applying edits."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CLEAN = sorted((HERE / "clean").glob("*.py"))
PROBLEMS = sorted((HERE / "problems").glob("*.py"))
SERVER = [sys.executable, "-m", "nccd.clients.lsp"]
_EXPECT = re.compile(r"# expect: (NCC-[^#]*)$")


def expected_findings(text: str) -> set[tuple[int, str]]:
    """``(0-based line, code)`` for every ``# expect: CODE[, CODE]`` marker."""
    out = set()
    for number, line in enumerate(text.splitlines()):
        match = _EXPECT.search(line)
        if match:
            out.update((number, code.strip()) for code in match.group(1).split(","))
    return out


def apply_edits(text: str, edits) -> str:
    """Apply ``(line, col, end_line, end_col, new_text)`` edits (code points), last first."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def offset(line: int, col: int) -> int:
        return offsets[min(line, len(lines))] + col

    # last first: an edit never moves the text before it, so the offsets stay right
    for line, col, end_line, end_col, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        start, end = offset(line, col), offset(end_line, end_col)
        text = text[:start] + new + text[end:]
    return text


def jax_python() -> str | None:
    """An interpreter with JAX: NCC_JAX_PYTHON, else this one if it imports jax; None otherwise."""
    candidates = [os.environ.get("NCC_JAX_PYTHON"), sys.executable]
    for python in filter(None, candidates):
        if shutil.which(python) or Path(python).exists():
            probe = subprocess.run([python, "-c", "import jax"], capture_output=True, timeout=120)
            if probe.returncode == 0:
                return python
    return None


def torch_python() -> str | None:
    """An interpreter with torch: NCC_TORCH_PYTHON, else this one if it imports torch; None otherwise."""
    candidates = [os.environ.get("NCC_TORCH_PYTHON"), sys.executable]
    for python in filter(None, candidates):
        if shutil.which(python) or Path(python).exists():
            probe = subprocess.run([python, "-c", "import torch"], capture_output=True, timeout=300)
            if probe.returncode == 0:
                return python
    return None

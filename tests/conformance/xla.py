"""XLA's C++ HLO parser, run in a Python that has jaxlib (a DEVELOPER dependency).

The conformance oracle's generator and the live tier ask it whether XLA accepts a text and
how XLA prints the module back. It runs xla_worker.py in that interpreter (``NCC_JAX_PYTHON``,
e.g. /work/venvs/jax/bin/python) and talks JSON lines over its pipes; a worker that dies on
an input (a CHECK failure in XLA) is restarted and the input reported as a crash.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

WORKER = Path(__file__).with_name("xla_worker.py")
#: XLA's parser names its first error as "was parsing LINE:COLUMN: error: ...".
_POSITION = re.compile(r"was parsing (\d+):(\d+): error: ")


def jax_python() -> str | None:
    """The interpreter with jaxlib named by NCC_JAX_PYTHON, or None."""
    return os.environ.get("NCC_JAX_PYTHON") or None


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    error: str = ""              # XLA's status text when rejected
    reprint: str = ""            # XLA's re-print (large constants kept) when accepted
    proto: bytes = b""           # XLA's HloModuleProto when accepted
    crashed: bool = False        # the worker died on this input

    @property
    def position(self) -> tuple[int | None, int | None]:
        """(line, column) of the first error XLA names, or (None, None)."""
        m = _POSITION.search(self.error)
        return (int(m.group(1)), int(m.group(2))) if m else (None, None)

    @property
    def first_error(self) -> str:
        """The first error message XLA gives (after its position), on one line."""
        m = _POSITION.search(self.error)
        text = self.error[m.end():] if m else self.error
        return text.split("\n")[0]


class XlaParser:
    """``with XlaParser(python) as xla: xla.parse(text)``."""

    def __init__(self, python: str):
        self.python = python
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> "XlaParser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _start(self) -> subprocess.Popen:
        env = {**os.environ, "JAX_PLATFORMS": "cpu", "TF_CPP_MIN_LOG_LEVEL": "3"}
        return subprocess.Popen([self.python, str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, encoding="utf-8", env=env)

    def parse(self, text: str) -> Verdict:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = self._start()
        try:
            self.proc.stdin.write(json.dumps({"text": text}) + "\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        except BrokenPipeError:
            line = ""
        if not line:
            self.close()
            return Verdict(False, "the XLA worker died on this input", crashed=True)
        reply = json.loads(line)
        if not reply["ok"]:
            return Verdict(False, reply["error"])
        return Verdict(True, reprint=reply["reprint"], proto=base64.b64decode(reply["proto"]))

    def close(self) -> None:
        if self.proc is not None:
            if self.proc.stdin:
                self.proc.stdin.close()
            self.proc.wait(timeout=60)
            if self.proc.stdout:
                self.proc.stdout.close()
            self.proc = None

"""Pieces every `ncc` command shares: exit codes, usage errors, argument checks, JSON output, and
the Console a command prints to."""

from __future__ import annotations

import argparse
import contextvars
import json
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, TextIO

from nccd.compiler.options import DEFAULT_TARGET, TARGETS  # noqa: F401  (re-exported)

from ..cancel import CancelToken

EXIT_OK = 0
EXIT_DIAGNOSTICS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

TARGET_NAMES = TARGETS


class UsageError(Exception):
    """A mistake in how ncc was called (exit status 2)."""


#: Where argparse's own output (--help) goes: the running command's stdout (the daemon runs
#: many commands at once, each with its own).
OUTPUT: contextvars.ContextVar = contextvars.ContextVar("ncc_output", default=None)


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's default prints usage noise first
        raise UsageError(f"{message}\n  hint: run `{self.prog} --help` to see the options")

    def _print_message(self, message: str, file=None) -> None:
        if message:
            (OUTPUT.get() or file or sys.stdout).write(message)


def check_framework(args) -> None:
    if args.framework.upper() != "XLA":
        raise UsageError(f"unsupported --framework '{args.framework}': nccd reads XLA HLO only\n"
                         "  hint: export HLO from your framework (jax: lowered.as_text(dialect='hlo'); "
                         "torch-xla: XLA_FLAGS=--xla_dump_to=DIR) and pass --framework XLA")


def check_target(name: str | None) -> None:
    if name is not None and name not in TARGET_NAMES:
        import difflib

        close = difflib.get_close_matches(name, TARGET_NAMES, n=1)
        raise UsageError(f"unknown target '{name}'" + (f" (did you mean '{close[0]}'?)" if close else "")
                         + f"\n  hint: valid targets are {', '.join(TARGET_NAMES)}")


def emit_json(obj, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(obj, out, indent=2)
    out.write("\n")


@dataclass
class Console:
    """Where a command prints, whose files it reads, and the daemon engine it may use.

    In-process it is the terminal and the process's working directory. In the daemon each
    request gets its own: output captured for the client, relative paths resolved against
    the client's directory (the daemon never changes its own), the client's NCC_* settings.
    """

    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    cwd: str | None = None
    env: Mapping[str, str] = field(default_factory=lambda: os.environ)
    #: Who does the work (backend.py): the daemon's warm engine, or this process when None.
    backend: Any = None
    #: Called as progress(stage, message) during long work.
    progress: Callable[[str, str], None] | None = None
    #: Cancelled when the client that asked for the command goes away (in the daemon).
    cancel: CancelToken = field(default_factory=CancelToken)

    def __post_init__(self) -> None:
        if self.backend is None:
            from .backend import ColdBackend

            self.backend = ColdBackend(self.env)

    def path(self, path: str) -> str:
        """A path the user gave, as this process must open it."""
        if self.cwd is None or os.path.isabs(path):
            return path
        return os.path.join(self.cwd, path)

    def print(self, *parts, end: str = "\n") -> None:
        print(*parts, file=self.out, end=end)

    def error(self, *parts) -> None:
        print(*parts, file=self.err)

    def report(self, stage: str, message: str) -> None:
        if self.progress is not None:
            self.progress(stage, message)

    def max_input_bytes(self, given: int | None) -> int | None:
        """--max-input-size, else the client's NCC_MAX_INPUT_BYTES (the daemon has its own env)."""
        if given is not None:
            return given
        value = self.env.get("NCC_MAX_INPUT_BYTES", "")
        return int(value) if value.isdigit() else None



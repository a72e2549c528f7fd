"""Pieces every `ncc` command shares: exit codes, usage errors, argument checks, JSON output.

Standard library only (the thin client must start fast).
"""

from __future__ import annotations

import argparse
import json
import sys

from nccd.compiler.options import DEFAULT_TARGET, TARGETS  # noqa: F401  (re-exported)

EXIT_OK = 0
EXIT_DIAGNOSTICS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

TARGET_NAMES = TARGETS


class UsageError(Exception):
    """A mistake in how ncc was called (exit status 2)."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's default prints usage noise first
        raise UsageError(f"{message}\n  hint: run `{self.prog} --help` to see the options")


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


def emit_json(obj) -> None:
    json.dump(obj, sys.stdout, indent=2)
    sys.stdout.write("\n")



"""`python -m nccd.daemon.commands ARGS...`: one `ncc` command line run in this process, on the cold
backend (no daemon): what `ncc --no-daemon`, `ncc --help` and a client without a daemon run.

The `ncc` client (clients/cli/main.py) replaces itself with this (os.execv: same process id, terminal,
working directory and environment), so it never imports the command layer.
"""

from __future__ import annotations

import sys

from .command_line import run_command
from .common import Console


def main(argv: list[str]) -> int:
    # --no-daemon is accepted anywhere on the line, not only before the command; here it is moot
    return run_command([a for a in argv if a != "--no-daemon"], Console())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

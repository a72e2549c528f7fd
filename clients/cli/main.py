"""`ncc`: the nccd command line's entry point.

The thin client: it hands the command line to the daemon (clients/cli/thin.py, starting
the daemon when none runs) and prints the answer, importing the standard library only (no
grpc, no protobuf: it speaks the daemon's framed protocol on cli.sock). When a
command runs in this process instead (--no-daemon, --help, `ncc daemon`, `ncc watch`...),
the command line itself is loaded from commands.py.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["lsp"]:  # editors start this on every launch: skip the rest of the command line's imports
        from nccd.clients.lsp.command import main as lsp_main

        return lsp_main(argv[1:], prog="ncc lsp")
    from .thin import forward

    try:
        status = forward(argv)
    except KeyboardInterrupt:
        print("ncc: interrupted", file=sys.stderr)
        return 130
    if status is not None:
        return status
    from .commands import run_command
    from .common import Console

    no_daemon = "--no-daemon" in argv  # accepted anywhere on the line, not only before the command
    return run_command([a for a in argv if a != "--no-daemon"], Console(no_daemon=no_daemon))


if __name__ == "__main__":
    sys.exit(main())

"""`ncc`: the nccd command line's entry point.

The thin client: it hands the command line to the daemon (clients/cli/thin.py, starting the daemon
when none runs) and prints the answer, importing the standard library and the protocol layer only
(no grpc, no protobuf: it speaks the daemon's framed protocol on cli.sock). `ncc daemon` (managing
the daemon, daemon_client.py) and `ncc lsp` (serving an editor, clients/lsp) run here.

When a command must run in this process instead (--no-daemon, --help, a batch with no daemon
running, a daemon that cannot be reached), the client replaces itself with the command layer,
``python -m nccd.daemon.commands ARGS...`` (os.execv: the same process id, terminal, working
directory and environment): clients never import the daemon's code, and that path imports the
compiler anyway, so the one more interpreter start costs little (README, "Design").
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # not typing's: this module is imported on every command (typing: 2 ms)
if TYPE_CHECKING:
    from typing import NoReturn

#: The command layer's entry point, run by module name (daemon/commands/__main__.py).
IN_PROCESS_MODULE = "nccd.daemon.commands"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    rest = [a for a in argv if a != "--no-daemon"]  # accepted anywhere on the line
    if rest[:1] == ["lsp"]:  # editors start this on every launch: skip the rest of the command line's imports
        from nccd.clients.lsp.command import main as lsp_main

        return lsp_main(rest[1:], prog="ncc lsp")
    if rest[:1] == ["daemon"]:
        from .daemon_client import main as daemon_main

        return daemon_main(rest[1:])
    from .thin import forward

    try:
        status = forward(argv)
    except KeyboardInterrupt:
        print("ncc: interrupted", file=sys.stderr)
        return 130
    if status is not None:
        return status
    run_in_process(argv)


def run_in_process(argv: list[str]) -> NoReturn:
    """Replace this process with the command layer running ``argv`` (it never returns)."""
    sys.stdout.flush()
    sys.stderr.flush()
    # /proc/self/exe: the very interpreter running this, even when its path goes through a folder
    # this user cannot search (a root-installed Python run under setpriv); argv[0] keeps the virtualenv
    interpreter = "/proc/self/exe" if os.path.exists("/proc/self/exe") else sys.executable
    os.execv(interpreter, [sys.executable, "-m", IN_PROCESS_MODULE, *argv])
    raise AssertionError("os.execv returns only by raising")  # for the type checker


if __name__ == "__main__":
    sys.exit(main())

"""The thin path of `ncc`: hand the command line to the daemon and print its answer.

Imports grpc and the standard library only. Returns None when the command should run in
this process instead: --no-daemon / NCC_NO_DAEMON=1, help and version (no model to keep
warm), the commands that manage or stream from the daemon themselves (`daemon`, `watch`,
`lsp`), `compile-many` (it drives its own workers), or a daemon that cannot be started (said on stderr, then run here).
"""

from __future__ import annotations

import os
import sys

#: Commands whose handler runs in the client process (they talk to the daemon themselves).
LOCAL_COMMANDS = frozenset({"daemon", "watch", "lsp", "compile-many"})
_LOCAL_FLAGS = frozenset({"-h", "--help", "--version", "--no-daemon"})


def wants_daemon(argv: list[str]) -> bool:
    if os.environ.get("NCC_NO_DAEMON", "") not in ("", "0"):
        return False
    command = next((a for a in argv if not a.startswith("-")), None)
    return command is not None and command not in LOCAL_COMMANDS and not _LOCAL_FLAGS.intersection(argv)


def forward(argv: list[str]) -> int | None:
    if not wants_daemon(argv):
        return None
    from nccd.clients.client import Client, DaemonError, DaemonUnavailable

    from .progress import ProgressLine

    progress = ProgressLine(sys.stderr) if sys.stderr.isatty() else None
    env = {k: v for k, v in os.environ.items() if k.startswith("NCC_")}

    def restarting(reason: str) -> None:
        print(f"ncc: restarting the daemon: {reason}", file=sys.stderr)

    done = None
    for attempt in (1, 2):  # a daemon that dies mid-command is restarted and asked again, once
        client = Client(on_restart=restarting)
        try:
            done = client.command(argv, cwd=os.getcwd(), env=env, progress=progress)
            break
        except DaemonUnavailable as exc:
            if attempt == 1 and client.daemon is not None:
                print(f"ncc: {exc}; starting it again", file=sys.stderr)
                continue
            print(f"ncc: warning: {exc}\n  running in this process instead (see `ncc daemon logs`)",
                  file=sys.stderr)
            return None
        except DaemonError as exc:
            print(f"ncc: the daemon refused the command: {exc}\n  hint: rerun with --no-daemon, and see "
                  "`ncc daemon logs`", file=sys.stderr)
            return 70
        finally:
            if progress is not None:
                progress.clear()
            client.close()
    try:
        sys.stdout.write(done["stdout"])
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    sys.stderr.write(done["stderr"])
    return done["exit_status"]

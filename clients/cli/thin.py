"""The thin path of `ncc`: hand the command line to the daemon and print its answer.

Imports the standard library only (no grpc, no protobuf: `import grpc` alone costs about three
times Python's start-up): it speaks the daemon's own framed protocol on ``cli.sock``
(proto/frames.py), while gRPC stays the API for services. Returns None when the command
should run in this process instead: --no-daemon / NCC_NO_DAEMON=1, help and version (no model
to keep warm), the commands the client runs itself (`daemon`, `lsp`), or a daemon that cannot
be started (said on stderr, then run here). A daemon that dies while it runs the command is not
sent the command again (NCC-E056).

`ncc watch` runs in the daemon with its output streamed as it is printed; Ctrl-C half-closes the
connection, which ends the watch there, and the client prints the rest (the closing line).
`compile-many` drives its own workers: it is handed to a daemon only when one is already running
(whose forkserver has the compiler imported), streamed the same way; a `--ray` batch always runs
here.
"""

from __future__ import annotations

import _socket
import os
import sys

from nccd.proto import __version__
from nccd.proto import frames, paths

from ..spawn import DaemonUnavailable, start_daemon, start_timeout, wait_stopped

#: Commands that are not sent to the daemon as one request with one answer (see the module docstring).
LOCAL_COMMANDS = frozenset({"daemon", "watch", "lsp", "compile-many"})
_LOCAL_FLAGS = frozenset({"-h", "--help", "--version", "--no-daemon"})


def wants_daemon(argv: list[str]) -> bool:
    if os.environ.get("NCC_NO_DAEMON", "") not in ("", "0"):
        return False
    command = next((a for a in argv if not a.startswith("-")), None)
    return command is not None and command not in LOCAL_COMMANDS and not _LOCAL_FLAGS.intersection(argv)


class DaemonRefused(RuntimeError):
    """The daemon answered the command with an error instead of a result."""


class CommandLost(DaemonUnavailable):
    """The connection broke after the command was sent: the daemon died while running it."""


def _handshake(files: paths.DaemonFiles, config: dict, timeout: float) -> dict:
    paths.check_socket(files.cli_socket)  # before any byte is sent: the directory and socket are ours
    reply = frames.call(files.cli_socket, {"op": "handshake", "client_version": __version__,
                                           "protocol": paths.PROTOCOL, "config": config}, timeout)
    if "handshake" not in reply:
        raise frames.FrameError(reply.get("error") or "the daemon's handshake reply is malformed")
    return reply["handshake"]


def _try_handshake(files: paths.DaemonFiles, config: dict) -> dict | None:
    """The handshake of the daemon in ``files.root``; None when none answers there.

    A daemon that takes the connection but gives no reply this client can read speaks another
    protocol (an nccd from before an upgrade): it is reported incompatible and ``unreadable``, to be
    stopped by signal, since it cannot be asked to stop in words."""
    try:
        return _handshake(files, config, 5.0)
    except frames.FrameError as exc:
        if not paths.lock_held(files.lock):
            return None  # it was stopping, and is gone
        return {"compatible": False, "unreadable": True,
                "restart_reason": f"it does not speak this client's protocol ({exc}): an nccd from before an upgrade"}
    except OSError:
        return None


def _connect(files: paths.DaemonFiles, config: dict) -> tuple[paths.DaemonFiles, dict]:
    """Handshake, starting or restarting the daemon as needed (as clients/client.py's Client does);
    returns where the daemon for this client lives and its reply.

    The runtime directory's daemon serves clients of its configuration; a client configured otherwise
    (another cache directory, interpreter, budgets) uses a daemon of its own in ``cfg-HASH`` rather than
    restarting one that someone else is using. Only another version is restarted."""
    def start(where: paths.DaemonFiles) -> dict:
        return start_daemon(where, config, lambda timeout: _handshake(where, config, timeout),
                            timeout=start_timeout())

    reply = _try_handshake(files, config)
    if reply is None:  # nobody in the runtime directory: ours may run beside an earlier other one
        own = paths.configured_files(files.root, config)  # (named by a hash: hashlib costs ~7 ms to import)
        reply = _try_handshake(own, config)
        if reply is None or reply.get("other_configuration"):
            return files, start(files)
        files = own
    elif reply.get("other_configuration"):
        files = own = paths.configured_files(files.root, config)
        reply = _try_handshake(own, config)
        if reply is None:
            return files, start(files)
    if not reply.get("compatible"):
        if reply.get("other_configuration"):  # cfg-HASH is ours by name: someone's stray daemon
            raise DaemonUnavailable(f"the daemon in {files.root} is not configured as this client: "
                                    f"{reply.get('restart_reason')}")
        print(f"ncc: restarting the daemon: {reply.get('restart_reason')}", file=sys.stderr)
        if reply.get("unreadable"):
            paths.signal_stop(files.lock)
        else:
            try:
                frames.call(files.cli_socket, {"op": "shutdown", "grace_s": 30.0}, 10.0)
            except OSError:
                pass
        wait_stopped(files)
        reply = start(files)
        if not reply.get("compatible"):
            raise DaemonUnavailable(f"the daemon started for this client is not compatible: "
                                    f"{reply.get('restart_reason')}")
    return files, reply


def _command(files: paths.DaemonFiles, argv: list[str], env: dict, progress) -> dict:
    """Run the command line in the daemon: {"stdout", "stderr", "exit_status"}."""
    try:
        paths.check_socket(files.cli_socket)
        sock = frames.connect(files.cli_socket)
    except OSError as exc:
        raise DaemonUnavailable(f"the daemon stopped answering ({exc})") from None
    # from here the daemon has the command: a broken connection is not retried
    try:
        frames.send(sock, {"op": "command", "argv": argv, "cwd": os.getcwd(), "env": env,
                           "progress": progress is not None})
        while True:
            event = frames.receive(sock)
            if "progress" in event:
                if progress is not None:
                    p = event["progress"]
                    progress(p["stage"], p["message"], p["elapsed_ms"])
            elif "done" in event:
                return event["done"]
            else:
                raise DaemonRefused(event.get("error") or "an unknown reply")
    except OSError as exc:
        raise CommandLost(str(exc)) from None
    finally:
        sock.close()


def _batch_to_running_daemon(argv: list[str]) -> int | None:
    """`ncc compile-many` in a daemon that is already running and suits this client (never one
    started for it); None runs the batch in this process."""
    if any(a == "--ray" or a.startswith("--ray=") for a in argv):
        return None
    files, config = paths.files(), paths.requested_config()
    try:
        if not _handshake(files, config, 5.0).get("compatible"):
            return None
    except paths.UntrustedRuntimeDir as exc:
        print(f"ncc: {exc.report()}", file=sys.stderr)
        return None
    except (OSError, paths.RuntimeDirError):
        return None
    try:
        return _streamed(files, argv, stop_on_interrupt=False)
    except paths.UntrustedRuntimeDir as exc:
        print(f"ncc: {exc.report()}", file=sys.stderr)
        return None
    except DaemonUnavailable:
        return None
    except (CommandLost, DaemonRefused) as exc:
        print(f"ncc: the daemon stopped the batch: {exc}\n  hint: what it compiled is cached: rerun with "
              "--no-daemon to finish the batch here, and see `ncc daemon logs`", file=sys.stderr)
        return 70


def _watch_in_daemon(argv: list[str]) -> int | None:
    """`ncc watch` in the daemon (started if needed); None runs it in this process."""
    try:
        files, _ = _connect(paths.files(), paths.requested_config())
        return _streamed(files, argv, stop_on_interrupt=True)
    except CommandLost as exc:
        return _command_lost(exc)
    except paths.UntrustedRuntimeDir as exc:
        print(f"ncc: {exc.report()}", file=sys.stderr)
        return None
    except (DaemonUnavailable, paths.RuntimeDirError, OSError) as exc:
        print(f"ncc: warning: {exc}\n  running in this process instead (see `ncc daemon logs`)", file=sys.stderr)
        return None
    except DaemonRefused as exc:
        print(f"ncc: the daemon refused the command: {exc}\n  hint: rerun with --no-daemon, and see "
              "`ncc daemon logs`", file=sys.stderr)
        return 70


def _streamed(files: paths.DaemonFiles, argv: list[str], *, stop_on_interrupt: bool) -> int:
    """Run the command line in the daemon, printing its output as it is printed; its exit status.

    With ``stop_on_interrupt`` the first Ctrl-C half-closes the connection, which the daemon takes as
    the command's cancellation (a watch stops), and what the command prints after that is still
    shown; a second Ctrl-C leaves at once. The first is handled in a signal handler, not as an
    exception, so that it cannot cut a frame in half while one is being read."""
    try:
        paths.check_socket(files.cli_socket)
        sock = frames.connect(files.cli_socket)
    except OSError as exc:
        raise DaemonUnavailable(f"the daemon stopped answering ({exc})") from None
    env = {k: v for k, v in os.environ.items() if k.startswith("NCC_")}
    try:  # from here the daemon has the command: a broken connection is not retried
        try:
            frames.send(sock, {"op": "command", "argv": argv, "cwd": os.getcwd(), "env": env,
                               "progress": sys.stderr.isatty(), "stream": True})
        except OSError as exc:
            raise CommandLost(str(exc)) from None
        if not stop_on_interrupt:
            return _print_stream(sock)
        import signal

        def stop(signum, frame) -> None:
            signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C: KeyboardInterrupt
            try:
                sock.shutdown(_socket.SHUT_WR)  # the daemon sees the end of the request: it stops the command
            except OSError:
                pass

        previous = signal.signal(signal.SIGINT, stop)
        try:
            return _print_stream(sock)
        finally:
            signal.signal(signal.SIGINT, previous)
    finally:
        sock.close()


def _print_stream(sock: _socket.socket) -> int:
    """Print a streamed command's output events until its done event; its exit status."""
    while True:
        try:
            event = frames.receive(sock)
        except BrokenPipeError:
            return 0
        except OSError as exc:
            raise CommandLost(str(exc)) from None
        if "output" in event:
            out = sys.stdout if event["output"]["stream"] == "stdout" else sys.stderr
            try:
                out.write(event["output"]["text"])
                out.flush()
            except BrokenPipeError:
                return 0
        elif "done" in event:
            return event["done"]["exit_status"]
        else:
            raise DaemonRefused(event.get("error") or "an unknown reply")


def forward(argv: list[str]) -> int | None:
    command = next((a for a in argv if not a.startswith("-")), None)
    if command in ("compile-many", "watch") and os.environ.get("NCC_NO_DAEMON", "") in ("", "0") \
            and not _LOCAL_FLAGS.intersection(argv):
        return _batch_to_running_daemon(argv) if command == "compile-many" else _watch_in_daemon(argv)
    if not wants_daemon(argv):
        return None
    from .progress import ProgressLine

    progress = ProgressLine(sys.stderr) if sys.stderr.isatty() else None
    env = {k: v for k, v in os.environ.items() if k.startswith("NCC_")}
    runtime, config = paths.files(), paths.requested_config()
    done = None
    # a daemon that was gone before it got the command is restarted and asked, once; one that died
    # while running it is not: the command may be what killed it (a model that exhausts memory...)
    for attempt in (1, 2):
        connected = False
        try:
            files, _ = _connect(runtime, config)
            connected = True
            done = _command(files, argv, env, progress)
            break
        except CommandLost as exc:
            return _command_lost(exc)
        except paths.UntrustedRuntimeDir as exc:
            print(f"ncc: {exc.report()}", file=sys.stderr)
            return None
        except (DaemonUnavailable, paths.RuntimeDirError, OSError) as exc:
            if attempt == 1 and connected:
                print(f"ncc: {exc}; starting it again", file=sys.stderr)
                continue
            print(f"ncc: warning: {exc}\n  running in this process instead (see `ncc daemon logs`)",
                  file=sys.stderr)
            return None
        except DaemonRefused as exc:
            print(f"ncc: the daemon refused the command: {exc}\n  hint: rerun with --no-daemon, and see "
                  "`ncc daemon logs`", file=sys.stderr)
            return 70
        finally:
            if progress is not None:
                progress.clear()
    assert done is not None  # the loop above either answered or returned
    try:
        sys.stdout.write(done["stdout"])
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    sys.stderr.write(done["stderr"])
    return done["exit_status"]


def _command_lost(exc: CommandLost) -> int:
    """Say that the daemon died under this command (which is not re-sent); the exit code."""
    print(f"ncc: error[{paths.COMMAND_LOST_CODE}]: the daemon stopped while it ran this command "
          f"({exc})\n  hint: {paths.COMMAND_LOST_HINT}", file=sys.stderr)
    return 70

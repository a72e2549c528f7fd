"""Start a detached daemon and wait until it answers (standard library only).

Shared by the gRPC client (clients/client.py) and the thin command line (clients/cli/thin.py);
each passes its own ``ready(timeout)``: the reply of a handshake over its transport, or an
OSError while nobody answers yet.
"""

from __future__ import annotations

import os
import sys
import time

from nccd.proto import paths

TYPE_CHECKING = False  # not typing's: the thin client imports this module on every command (typing: 2 ms)
if TYPE_CHECKING:
    from collections.abc import Callable

#: How long a client waits for a daemon it started to answer (NCC_DAEMON_START_TIMEOUT overrides).
DEFAULT_START_TIMEOUT_S = 60.0


class DaemonUnavailable(RuntimeError):
    """No daemon answers, and none could be started (the message says why and what to do)."""


def start_timeout(given: float | None = None) -> float:
    timeout = given if given is not None else os.environ.get("NCC_DAEMON_START_TIMEOUT")
    return float(timeout) if timeout else DEFAULT_START_TIMEOUT_S


def start_daemon(files: paths.DaemonFiles, config: dict[str, str], ready: Callable[[float], dict],
                 daemon_args: list[str] | tuple = (), timeout: float = DEFAULT_START_TIMEOUT_S,
                 between: Callable[[], None] | None = None) -> dict:
    """Start a daemon in ``files.root`` (one at a time: the spawn lock) and return ``ready``'s reply.

    ``between`` runs before each new attempt (the gRPC client drops its channel there)."""
    import fcntl
    import subprocess

    root = paths.ensure_private_dir(files.root)
    with open(os.open(files.spawn_lock, os.O_RDWR | os.O_CREAT, 0o600), "r+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            return ready(2.0)  # someone else started it while we waited
        except OSError:
            pass
        if between is not None:
            between()
        settings = [f"--{flag}={config[key]}" for key, flag in (
            ("cache_dir", "cache-dir"), ("memory_budget", "memory-budget"), ("disk_budget", "cache-size"),
            ("remote_cache", "remote-cache"), ("remote_cache_mode", "remote-cache-mode"))
            if key in config]
        command = [sys.executable, "-m", "nccd.daemon.server", "--runtime-dir", str(root), *settings, *daemon_args]
        # glibc gives every thread its own heap arena; a long-lived server with a thread pool
        # then keeps freed cache memory in many half-empty arenas: two are plenty
        env = {**os.environ, "MALLOC_ARENA_MAX": os.environ.get("MALLOC_ARENA_MAX", "2")}
        with open(files.log, "ab") as log:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                       start_new_session=True, close_fds=True, env=env)
        deadline = time.monotonic() + timeout
        while True:
            try:
                return ready(1.0)
            except OSError:
                pass
            status = process.poll()
            if status is not None:
                raise DaemonUnavailable(f"the daemon exited with status {status} while starting: "
                                        f"{last_log_line(files.log)}\n  hint: see `ncc daemon logs`")
            if time.monotonic() > deadline:
                raise DaemonUnavailable(f"the daemon did not answer within {timeout:.0f} s "
                                        f"(NCC_DAEMON_START_TIMEOUT)\n  hint: see `ncc daemon logs`")
            if between is not None:
                between()
            time.sleep(0.05)


def wait_stopped(files: paths.DaemonFiles, timeout: float = 40.0) -> None:
    """Until the daemon in ``files.root`` has released its lock (it is gone), or ``timeout``."""
    deadline = time.monotonic() + timeout
    while paths.lock_held(files.lock) and time.monotonic() < deadline:
        time.sleep(0.02)


def last_log_line(log: str) -> str:
    try:
        with open(log, encoding="utf-8", errors="replace") as f:
            lines = [line for line in f.read().splitlines() if line.strip()]
    except OSError:
        return "(no log)"
    return lines[-1] if lines else "(the log is empty)"

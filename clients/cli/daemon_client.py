"""`ncc daemon start|stop|restart|status|logs`: managing the daemon, from the client.

These talk to a daemon (through the Python client, clients/client.py) rather than run in one, so
they are the client's own: the command layer (daemon/commands) only lists `daemon` in `ncc --help`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from nccd.proto import __version__, paths

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70

DAEMON_EPILOG = """\
examples:
  ncc daemon status            version, uptime, cache entries, hit rate, memory
  ncc daemon stop              finish running compiles, then stop
  ncc daemon restart
  ncc daemon logs -n 50        the last lines of the daemon's log
  ncc daemon start --listen 127.0.0.1:7420   also serve loopback TCP (token required)
  ncc daemon restart --memory-budget 4G

`ncc` starts the daemon by itself when a command needs it; start it by hand only to pass
options (--listen, --memory-budget, --idle-timeout...; see `nccd --help`).
Settings: NCC_RUNTIME_DIR (socket, lock, log), NCC_CACHE_DIR, NCC_CACHE_SIZE,
NCC_MEMORY_BUDGET, NCC_IDLE_TIMEOUT, NCC_MAX_WATCHES, NCC_REMOTE_CACHE and NCC_REMOTE_CACHE_MODE
(a fleet's shared cache: docs/fleet.md). A client of another configuration (cache directory,
virtualenv, budgets, remote cache) uses a daemon of its own beside the running one; a client of
another nccd version restarts it."""


class UsageError(Exception):
    """A mistake in how `ncc daemon` was called (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's default prints usage noise first
        raise UsageError(f"{message}\n  hint: run `{self.prog} --help` to see the options")


class _Terminal:
    """Where `ncc daemon` prints (the streams of the moment: a caller may have replaced them)."""

    def __init__(self) -> None:
        self.out, self.err = sys.stdout, sys.stderr

    def print(self, *parts) -> None:
        print(*parts, file=self.out)

    def error(self, *parts) -> None:
        print(*parts, file=self.err)


def _emit_json(obj, out) -> None:
    json.dump(obj, out, indent=2)
    out.write("\n")


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="ncc daemon", formatter_class=argparse.RawDescriptionHelpFormatter, epilog=DAEMON_EPILOG,
                description="Manage the compile daemon that keeps models and artifacts warm.")
    p.add_argument("action", choices=("start", "stop", "restart", "status", "logs"), metavar="ACTION",
                   help="start, stop, restart, status or logs")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("-n", "--lines", type=int, default=40, metavar="N", help="logs: how many lines (default 40)")
    g = p.add_argument_group("start/restart options (passed to nccd; see `nccd --help`)")
    g.add_argument("--listen", metavar="HOST:PORT", help="also serve this loopback TCP address (token required)")
    g.add_argument("--memory-budget", metavar="SIZE", help="memory for warm models and artifacts (default 1G)")
    g.add_argument("--cache-size", metavar="SIZE", help="disk cache limit (default 4G)")
    g.add_argument("--idle-timeout", metavar="DURATION", help="stop after this long without requests (default 3h)")
    g.add_argument("--max-rss", metavar="SIZE", help="resident memory limit (default 2x budget + 512M)")
    g.add_argument("--max-watches", metavar="N", help="watch streams served at once (default 8)")
    g.add_argument("--remote-cache", metavar="URL", help="a fleet's shared cache: s3://BUCKET/PREFIX or "
                                                         "file:///DIR (see docs/fleet.md)")
    g.add_argument("--remote-cache-mode", metavar="read|write", help="write: also publish compiles (default read)")
    return p


def main(argv: list[str]) -> int:
    """Run `ncc daemon ARGS...`; the exit status."""
    io = _Terminal()
    try:
        return cmd_daemon(parser().parse_args(argv), io)
    except UsageError as exc:
        io.error(f"ncc: error: {exc}")
        return EXIT_USAGE
    except SystemExit as exc:  # argparse after --help
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        io.error("ncc: interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug in nccd, not a user error: say so and how to report it
        if os.environ.get("NCC_DEBUG"):
            raise
        io.error(f"ncc: internal error: {type(exc).__name__}: {exc}\n"
                 f"  nccd version {__version__}; rerun with NCC_DEBUG=1 for a traceback and report it")
        return EXIT_INTERNAL


def _client(autostart: bool, daemon_args=()):
    from ..client import Client

    # stop and status work on whatever daemon runs; start insists on one this client can use
    return Client(autostart=autostart, daemon_args=list(daemon_args), check_compatible=autostart)


def _status_text(status: dict) -> str:
    engine = status["engine"]
    memory, disk, counters = engine["memory"], engine["disk"], engine["counters"]
    hit_rate = engine["hit_rate"]
    uptime = status["uptime_s"]
    return "\n".join([
        f"nccd {status['version']} running, pid {status['pid']}, up {uptime // 3600:.0f}h "
        f"{uptime % 3600 // 60:.0f}m {uptime % 60:.0f}s",
        f"  socket     {status['socket']}" + (f", tcp {status['tcp']}" if status.get("tcp") else ""),
        f"  memory     {paths.format_size(engine['rss_bytes'])} resident; caches {paths.format_size(engine['memory_cached_bytes'])}"
        f" of {paths.format_size(engine['memory_budget_bytes'])} budget "
        f"({memory['artifacts']['entries']} artifacts, {memory['modules']['entries']} models)",
        f"  disk cache {disk['entries']} entries, {paths.format_size(disk['bytes'])} of {paths.format_size(disk['budget_bytes'])}"
        f" in {disk['root']}",
        f"  compiles   {counters['compiles']} ({counters['memory_hits']} warm, {counters['disk_hits']} from disk, "
        f"{counters['canonical_hits']} same program, {counters['incremental_compiles']} incremental, "
        f"{counters['full_compiles']} full); hit rate "
        f"{'-' if hit_rate is None else f'{hit_rate:.0%}'}",
        *([f"  remote     {remote['url']} ({remote['mode']}, circuit {remote['circuit']}): {remote['hits']} hits, "
           f"{remote['misses']} misses, {remote['published']} published"] if (remote := engine.get("remote")) else []),
        f"  idle stop  after {status['idle_timeout_s']:.0f} s without requests" if status["idle_timeout_s"]
        else "  idle stop  never",
        f"  log        {status['log']}",
    ])


def cmd_daemon(args, io: _Terminal) -> int:
    try:
        return _daemon_action(args, io)
    except paths.UntrustedRuntimeDir as exc:  # checked before any byte is sent
        io.error(f"ncc: {exc.report(consequence='not talking to a daemon there')}")
        return EXIT_FAILED


def _daemon_action(args, io: _Terminal) -> int:
    from ..client import DaemonError, DaemonUnavailable

    extra = [f"--{name.replace('_', '-')}={getattr(args, name)}"
             for name in ("listen", "memory_budget", "cache_size", "idle_timeout", "max_rss", "max_watches",
                          "remote_cache", "remote_cache_mode")
             if getattr(args, name) is not None]
    if extra and args.action not in ("start", "restart"):
        raise UsageError(f"{extra[0].split('=')[0]} is for `ncc daemon start` or `restart`, not {args.action}")
    files = paths.files()
    if args.action == "logs":
        try:
            lines = Path(files.log).read_text(errors="replace").splitlines()[-max(args.lines, 1):]
        except OSError:
            raise UsageError(f"no daemon log at {files.log} (the daemon has not run here yet)") from None
        io.print("\n".join(lines))
        return EXIT_OK
    if args.action in ("stop", "restart"):
        client = _client(autostart=False)
        try:
            reply = client.connect()
            client.shutdown()
            pid, deadline = int(reply["pid"]), time.monotonic() + 60
            # the daemon of this client's configuration: the runtime directory's, or its cfg-HASH one
            while paths.lock_held(client.files.lock) and time.monotonic() < deadline:
                time.sleep(0.02)
            io.print(f"nccd (pid {pid}) stopped")
        except DaemonUnavailable:
            if args.action == "stop":
                io.print("nccd is not running")
        finally:
            client.close()
        if args.action == "stop":
            return EXIT_OK
    if args.action in ("start", "restart"):
        client = _client(autostart=True, daemon_args=extra)
        try:
            was_running = client.if_running() is not None if args.action == "start" else False
            reply = client.connect()
        except DaemonUnavailable as exc:
            io.error(f"ncc: error: {exc}")
            return EXIT_FAILED
        finally:
            client.close()
        if was_running and extra:
            io.error("ncc: warning: the daemon was already running; options not applied (use restart)")
        io.print(f"nccd {reply['daemon_version']} {'already running' if was_running else 'started'}, "
                 f"pid {reply['pid']}")
        return EXIT_OK
    client = _client(autostart=False)  # status
    try:
        status = client.status()
    except DaemonUnavailable:
        if args.json:
            _emit_json({"running": False, "runtime_dir": str(files.root)}, io.out)
        else:
            io.print(f"nccd is not running (runtime directory {files.root})")
        return EXIT_FAILED
    except DaemonError as exc:
        io.error(f"ncc: error: {exc}")
        return EXIT_FAILED
    finally:
        client.close()
    if args.json:
        _emit_json({"running": True, **status}, io.out)
    else:
        io.print(_status_text(status))
    return EXIT_OK

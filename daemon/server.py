"""`nccd`: the compile daemon process.

Usually started by `ncc` itself (detached, see clients/client.py); `ncc daemon start` or
`nccd` in a terminal run it too. One per user and runtime directory: the lock file is held
for the daemon's whole life, so a second daemon exits at once, and a socket left behind by
a killed daemon is recognised as stale (nobody holds the lock) and replaced.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import ipaddress
import json
import logging
import logging.handlers
import os
import secrets
import signal
import sys
import threading
import time
from concurrent import futures
from contextlib import contextmanager
from pathlib import Path

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from nccd.compiler import __version__

from nccd.proto import paths
from ._proto import daemon_pb2, daemon_pb2_grpc
from .engine import DEFAULT_DISK_BUDGET, DEFAULT_MEMORY_BUDGET, Engine, EngineConfig, rss_bytes
from .footprint import return_free_memory
from .frame_server import FrameServer
from .servicer import CompilerServicer

log = logging.getLogger("nccd")

SERVICE_NAME = daemon_pb2.DESCRIPTOR.services_by_name["Compiler"].full_name
DEFAULT_IDLE_TIMEOUT = "3h"
EXIT_ALREADY_RUNNING = 3
#: Threads for unary calls and compiles. Watch streams hold a thread each for their whole life, so
#: the pool has max_watches threads more, and no more streams than that are admitted (NCC-E057).
RPC_THREADS = 32
DEFAULT_MAX_WATCHES = 8
_HOUSEKEEPING_S = 0.5
_MEMORY_CHECK_S = float(os.environ.get("NCCD_MEMORY_CHECK_S") or 10.0)


#: A request is at most one model plus flags and names: this much is allowed on top of the model limit.
REQUEST_ENVELOPE_BYTES = 1 << 20


def receive_limit() -> int:
    """The largest request the daemon reads: the model limit (NCC_MAX_INPUT_BYTES, default 512 MiB)
    and an envelope. gRPC refuses a larger message (RESOURCE_EXHAUSTED) from its length prefix,
    before the request is read into memory; a larger model can still go by path."""
    from nccd.compiler.hlo.loader import max_input_bytes

    return min(max_input_bytes() + REQUEST_ENVELOPE_BYTES, paths.MAX_MESSAGE_BYTES)


class _TokenInterceptor(grpc.ServerInterceptor):
    """TCP callers must present the token from the 0600 token file (any other process of the
    same user can read it; nobody else can)."""

    def __init__(self, token: str):
        self._token = token
        self._deny = grpc.unary_unary_rpc_method_handler(
            lambda request, context: context.abort(grpc.StatusCode.UNAUTHENTICATED,
                                                   f"missing or wrong {paths.TOKEN_HEADER} metadata: read the "
                                                   "token from the daemon's token file"))

    def intercept_service(self, continuation, handler_call_details):
        given = dict(handler_call_details.invocation_metadata or ()).get(paths.TOKEN_HEADER, "")
        if secrets.compare_digest(given.encode(), self._token.encode()):
            return continuation(handler_call_details)
        return self._deny


class Daemon:
    def __init__(self, args: argparse.Namespace):
        self.files = paths.files(Path(args.runtime_dir) if args.runtime_dir else None)
        self.max_rss = args.max_rss or max(2 * args.memory_budget + (512 << 20), 1 << 30)
        self.config = EngineConfig(cache_dir=Path(args.cache_dir).resolve(), memory_budget=args.memory_budget,
                                   disk_budget=args.cache_size, failure_ttl_s=args.failure_ttl,
                                   remote=args.remote, memory_limit=self.max_rss)
        self.idle_timeout = args.idle_timeout
        self.listen = args.listen
        self.max_watches = args.max_watches
        # tests start an "older" daemon to check that clients restart it
        self.reported_version = os.environ.get("NCCD_TEST_REPORTED_VERSION") or __version__
        self.started = time.time()
        self.last_activity = time.monotonic()
        self._in_flight = 0
        self._watches: set = set()
        self._watch_slots = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.stop_reason = ""
        self.grace_s = 30.0
        self.engine: Engine  # made in start(), after the sockets are bound (see there)
        self.tcp_address: str | None = None

    # -- activity (idle timeout) -------------------------------------------------------------
    def touch(self) -> None:
        self.last_activity = time.monotonic()

    @contextmanager
    def activity(self):
        with self._lock:
            self._in_flight += 1
        self.touch()
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1
            self.touch()

    @contextmanager
    def watch_slot(self):
        """One of the max_watches streams, for the body's duration; WatchRefused when all are taken."""
        from nccd.compiler.diagnostics import WATCH_TOO_MANY_STREAMS

        from .watcher import WatchRefused

        with self._lock:
            if self._watch_slots >= self.max_watches:
                raise WatchRefused(WATCH_TOO_MANY_STREAMS, f"the daemon already serves {self._watch_slots} watch "
                                   f"streams, its limit (--max-watches {self.max_watches})")
            self._watch_slots += 1
        try:
            yield
        finally:
            with self._lock:
                self._watch_slots -= 1

    @contextmanager
    def watching(self, session):
        with self._lock:
            self._watches.add(session)
        try:
            yield
        finally:
            with self._lock:
                self._watches.discard(session)
            self.touch()

    def request_stop(self, reason: str, grace_s: float = 30.0) -> None:
        if not self._stop.is_set():
            self.stop_reason, self.grace_s = reason, grace_s
            log.info("stopping: %s", reason)
            self._stop.set()

    # -- helpers for the servicer --------------------------------------------------------------
    def options_from_flags(self, flags: list[str]):
        from nccd.compiler.options import FlagError, add_compile_arguments, options_from_args, split_ignored

        from .commands.common import Parser, UsageError

        parser = Parser(prog="compile flags", add_help=False)
        add_compile_arguments(parser)
        kept, ignored = split_ignored(flags)
        try:
            args = parser.parse_args(kept)
        except UsageError as exc:
            raise FlagError(str(exc).split("\n")[0]) from None
        return options_from_args(args, ignored)

    def cache_command(self, command: str, max_bytes: int | None) -> dict:
        disk = self.engine.disk
        if command == "stats":
            return {"disk": disk.stats(), "memory": self.engine.stats()["memory"]}
        if command == "prune":
            return disk.prune(max_bytes)
        if command == "clean":
            self.engine.clear_memory()
            return disk.clean()
        if command == "clear-locks":
            return {"removed_locks": disk.clear_locks()}
        raise ValueError(f"unknown cache command '{command}': use stats, prune, clean or clear-locks")

    def status(self) -> dict:
        with self._lock:
            watches = len(self._watches)
            in_flight = self._in_flight
        return {"version": self.reported_version, "protocol": paths.PROTOCOL, "pid": os.getpid(),
                "started": self.started, "uptime_s": round(time.time() - self.started, 1),
                "socket": str(self.files.socket), "tcp": self.tcp_address, "log": str(self.files.log),
                "runtime_dir": str(self.files.root), "config": self.config.to_json(),
                "idle_timeout_s": self.idle_timeout, "max_rss_bytes": self.max_rss,
                "requests_in_flight": in_flight, "watches": watches, "engine": self.engine.stats()}

    # -- life ------------------------------------------------------------------------------------
    def _grpc_server(self, servicer, health_servicer, interceptors=()):
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=RPC_THREADS + self.max_watches,
                                                        thread_name_prefix="nccd-rpc"),
                             interceptors=list(interceptors),
                             options=[("grpc.max_send_message_length", paths.MAX_MESSAGE_BYTES),
                                      ("grpc.max_receive_message_length", receive_limit()),
                                      ("grpc.so_reuseport", 0)])
        daemon_pb2_grpc.add_CompilerServicer_to_server(servicer, server)
        health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
        reflection.enable_server_reflection((SERVICE_NAME, health.SERVICE_NAME, reflection.SERVICE_NAME), server)
        return server

    def serve(self) -> int:
        root = paths.ensure_private_dir(self.files.root)
        lock_fd = os.open(self.files.lock, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            other = (self.files.read_status() or {}).get("pid", "?")
            print(f"nccd: a daemon (pid {other}) is already running in {root}", file=sys.stderr)
            return EXIT_ALREADY_RUNNING
        os.ftruncate(lock_fd, 0)
        os.write(lock_fd, f"{os.getpid()}\n".encode())
        _setup_logging(self.files.log)
        # we hold the lock, so a socket here was left by a daemon that died: replace it
        for stale in (self.files.socket, self.files.cli_socket, self.files.status):
            if os.path.lexists(stale):
                log.info("removing %s left by a previous daemon", stale)
                os.unlink(stale)
        self.engine = Engine(self.config)
        reaped = self.engine.disk.clear_locks()
        if reaped:
            log.info("removed %d stale cache locks", reaped)
        servicer = CompilerServicer(self.engine, self)
        health_servicer = health.HealthServicer()
        servers = [self._grpc_server(servicer, health_servicer)]
        servers[0].add_insecure_port(self.files.address())
        os.chmod(self.files.socket, 0o600)
        if self.listen:
            token = secrets.token_hex(32)
            paths.write_private(self.files.token, token.encode())
            tcp = self._grpc_server(servicer, health_servicer, [_TokenInterceptor(token)])
            host, _, port = self.listen.rpartition(":")
            bound = tcp.add_insecure_port(f"{host}:{port}")
            self.tcp_address = f"{host}:{bound}"
            servers.append(tcp)
        for server in servers:
            server.start()
        cli_server = FrameServer(self, self.engine, self.files.cli_socket)
        cli_server.start()
        for name in ("", SERVICE_NAME):
            health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
        paths.write_private(self.files.status, json.dumps(
            {"pid": os.getpid(), "version": self.reported_version, "protocol": paths.PROTOCOL,
             "socket": str(self.files.socket), "tcp": self.tcp_address, "log": str(self.files.log),
             "config": self.config.to_json(), "started": self.started}).encode())
        log.info("nccd %s serving on %s%s (pid %d, cache %s, memory budget %d MiB, idle timeout %s)",
                 self.reported_version, self.files.socket, f" and {self.tcp_address}" if self.tcp_address else "",
                 os.getpid(), self.config.cache_dir, self.config.memory_budget >> 20,
                 f"{self.idle_timeout:.0f} s" if self.idle_timeout else "none")
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda signum, frame: self.request_stop(f"signal {signal.Signals(signum).name}"))
        signal.signal(signal.SIGHUP, signal.SIG_IGN)  # the terminal that started it may close
        self._housekeeping()
        # graceful: health says NOT_SERVING at once; running compiles get grace_s to finish
        health_servicer.enter_graceful_shutdown()
        cli_server.stop()
        with self._lock:
            sessions = list(self._watches)
        for session in sessions:
            session.stop()
        deadline = time.monotonic() + self.grace_s
        while self._in_flight and time.monotonic() < deadline:
            time.sleep(0.02)
        for server in servers:
            server.stop(max(deadline - time.monotonic(), 0.5)).wait()
        for leftover in (self.files.socket, self.files.cli_socket, self.files.status, self.files.token):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)
        log.info("stopped: %s", self.stop_reason)
        os.close(lock_fd)  # releases the lock last: a new daemon can only start after we are gone
        return 0

    def _housekeeping(self) -> None:
        next_memory_check = time.monotonic() + _MEMORY_CHECK_S
        while not self._stop.wait(_HOUSEKEEPING_S):
            now = time.monotonic()
            with self._lock:
                busy = self._in_flight or self._watches
            if self.idle_timeout and not busy and now - self.last_activity > self.idle_timeout:
                self.request_stop(f"idle for {now - self.last_activity:.0f} s (idle timeout {self.idle_timeout:.0f} s)")
            if now >= next_memory_check:
                next_memory_check = now + _MEMORY_CHECK_S
                self.check_memory()

    def check_memory(self) -> None:
        return_free_memory()
        rss = rss_bytes()
        if rss <= self.max_rss:
            return
        freed = self.engine.shrink(0.5)
        after = rss_bytes()
        log.warning("memory: resident %d MiB over the limit of %d MiB: evicted %d MiB of cache entries, now %d MiB",
                    rss >> 20, self.max_rss >> 20, freed >> 20, after >> 20)
        if after > self.max_rss:
            self.engine.clear_memory()
            after = rss_bytes()
            if after > self.max_rss:
                self.request_stop(f"retiring: resident memory {after >> 20} MiB stays over the limit of "
                                  f"{self.max_rss >> 20} MiB after emptying the caches; the next ncc call "
                                  "starts a fresh daemon")


def _setup_logging(path: str) -> None:
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=4 << 20, backupCount=2)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(process)d] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


def _size(text: str) -> int:
    try:
        return paths.parse_size(text)
    except (ValueError, IndexError):
        raise argparse.ArgumentTypeError(f"invalid size {text!r}: give bytes or a number with K, M or G "
                                         "(e.g. 512M)") from None


def _duration(text: str) -> float:
    try:
        return paths.parse_duration(text)
    except (ValueError, IndexError):
        raise argparse.ArgumentTypeError(f"invalid duration {text!r}: give seconds or a number with s, m or h "
                                         "(e.g. 3h); 0 means never") from None


def _loopback(text: str) -> str:
    host, sep, port = text.rpartition(":")
    host = host.strip("[]")
    try:
        loopback = ipaddress.ip_address("127.0.0.1" if host == "localhost" else host).is_loopback
    except ValueError:
        loopback = False
    if not sep or not port.isdigit() or not loopback:
        raise argparse.ArgumentTypeError(f"--listen {text}: give a loopback HOST:PORT such as 127.0.0.1:7420 "
                                         "(port 0 picks a free one); the daemon never listens beyond this machine")
    return f"{'[' + host + ']' if ':' in host else host}:{port}"


def build_parser() -> argparse.ArgumentParser:
    env = os.environ
    parser = argparse.ArgumentParser(
        prog="nccd", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="The nccd compile daemon: keeps parsed models and compiled artifacts warm for `ncc` and "
                    "for other services (gRPC API ncc.v1.Compiler, health and reflection services).",
        epilog="`ncc` starts the daemon when it is needed; you rarely run nccd yourself.\n"
               "examples:\n  nccd                                   serve on the per-user Unix socket\n"
               "  nccd --listen 127.0.0.1:7420           also on loopback TCP (token required)\n"
               "  ncc daemon status | stop | logs")
    parser.add_argument("--runtime-dir", default=None,
                        help="socket, lock, log and token directory (default: NCC_RUNTIME_DIR, else "
                             "$XDG_RUNTIME_DIR/nccd-UID, else /tmp/nccd-UID)")
    parser.add_argument("--cache-dir", default=str(paths.cache_dir()),
                        help="persistent cache (default: NCC_CACHE_DIR, else ~/.cache/nccd)")
    parser.add_argument("--cache-size", type=_size, default=_size(env.get("NCC_CACHE_SIZE") or str(DEFAULT_DISK_BUDGET)),
                        help="disk cache size limit; least recently used entries go first (default 4G, "
                             "or NCC_CACHE_SIZE)")
    parser.add_argument("--memory-budget", type=_size,
                        default=_size(env.get("NCC_MEMORY_BUDGET") or str(DEFAULT_MEMORY_BUDGET)),
                        help="bytes of parsed models and artifacts kept in memory (default 1G, or NCC_MEMORY_BUDGET)")
    parser.add_argument("--max-rss", type=_size, default=None,
                        help="resident memory above which caches are evicted, then the daemon retires "
                             "(default: twice the memory budget + 512M)")
    parser.add_argument("--idle-timeout", type=_duration,
                        default=_duration(env.get("NCC_IDLE_TIMEOUT") or DEFAULT_IDLE_TIMEOUT),
                        help="stop after this long without requests (default 3h, or NCC_IDLE_TIMEOUT; 0: never)")
    parser.add_argument("--failure-ttl", type=_duration, default=_duration(env.get("NCC_FAILURE_TTL") or "5m"),
                        help="how long a failed compile is remembered (default 5m)")
    parser.add_argument("--max-watches", type=int, default=int(env.get("NCC_MAX_WATCHES") or DEFAULT_MAX_WATCHES),
                        metavar="N", help="Watch streams served at once; more are refused (NCC-E057) (default 8, "
                                          "or NCC_MAX_WATCHES)")
    parser.add_argument("--listen", type=_loopback, default=None, metavar="HOST:PORT",
                        help="also serve on this loopback TCP address; callers must send the token from "
                             "RUNTIME_DIR/token as x-nccd-token metadata")
    parser.add_argument("--remote-cache", default=env.get("NCC_REMOTE_CACHE") or None, metavar="URL",
                        help="a fleet's shared cache behind the local one: s3://BUCKET/PREFIX (pip install "
                             "'nccd[s3]'; endpoint: NCC_S3_ENDPOINT_URL) or file:///SHARED/DIR (default: "
                             "NCC_REMOTE_CACHE; see docs/fleet.md)")
    parser.add_argument("--remote-cache-mode", choices=("read", "write"),
                        default=(env.get("NCC_REMOTE_CACHE_MODE") or "read").lower(),
                        help="read (default): only download; write: also publish successful compiles")
    parser.add_argument("--remote-cache-timeout", default=env.get("NCC_REMOTE_CACHE_TIMEOUT") or None,
                        metavar="SECONDS", help="the longest a compile waits for the remote cache (default 5)")
    parser.add_argument("--version", action="version", version=f"nccd {__version__}")
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The daemon's arguments, the remote cache settings checked (a usage error, not a traceback)."""
    from .remote_cache import RemoteCacheConfigError, settings

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        args.remote = settings(args.remote_cache, args.remote_cache_mode, args.remote_cache_timeout)
    except RemoteCacheConfigError as exc:
        parser.error(f"{exc.code.code}: {exc}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return Daemon(args).serve()
    except paths.RuntimeDirError as exc:
        print(f"nccd: error: {exc}\n  hint: use a directory of your own (--runtime-dir or NCC_RUNTIME_DIR)",
              file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"nccd: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""`ncc daemon`, `ncc cache` and `ncc watch`: the daemon, its disk cache, and watch mode."""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import replace

from .common import EXIT_DIAGNOSTICS, EXIT_OK, Console, UsageError, emit_json

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

CACHE_EPILOG = """\
examples:
  ncc cache stats              entries, bytes, hit rate of the disk and memory caches
  ncc cache prune --max-size 1G   drop least recently used entries down to 1 GiB
  ncc cache clean              empty the cache
  ncc cache clear-locks        remove the locks of compiles whose process died
  ncc cache gc --remote --older-than 30d   delete what the fleet's store has not had
                               written for 30 days (the only command that lists the store)

The cache is content-addressed: an entry is found again when the model's program, the
flags that change it, the target and the nccd version are the same. Entries are
checked on every read; a damaged one is dropped and compiled again. Failed compiles are
remembered for 5 minutes only (`ncc compile --retry-failed` ignores them)."""

WATCH_EPILOG = """\
examples:
  ncc watch model.hlo.txt                   recompile on every save
  ncc watch dumps/ --target trn2 -O3        every HLO model under dumps/
  ncc watch model.hlo.txt --json            one JSON object per compile

One line per compile: ok/error, time, whether it was warm or incremental, the diagnostics
summary. Errors do not stop the watch; Ctrl-C does. Artifacts go beside each model
(--output-dir to change); .ncx files, reports, VCS folders and editor temporaries are ignored."""


def register(sub) -> None:
    p = sub.add_parser("daemon", help="start, stop or inspect the nccd daemon",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=DAEMON_EPILOG,
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
    p.set_defaults(handler=cmd_daemon)

    p = sub.add_parser("cache", help="show, prune or empty the compile cache",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=CACHE_EPILOG,
                       description="The persistent cache of compiled artifacts (shared by every daemon and "
                                   "`ncc --no-daemon` of this user).")
    p.add_argument("action", choices=("stats", "prune", "clean", "clear-locks", "gc"), metavar="ACTION",
                   help="stats, prune, clean, clear-locks or gc (with --remote)")
    p.add_argument("--max-size", default=None, metavar="SIZE", help="prune: the size to prune to (e.g. 1G; "
                                                                  "default: the configured limit)")
    p.add_argument("--remote", action="store_true", help="gc: the fleet's remote cache (NCC_REMOTE_CACHE or "
                                                          "--remote-cache URL)")
    p.add_argument("--older-than", metavar="DURATION", help="gc: delete entries not written for this long "
                                                            "(e.g. 30d, 12h)")
    p.add_argument("--dry-run", action="store_true", help="gc: list what would go, delete nothing")
    p.add_argument("--remote-cache", metavar="URL", help="gc: the store (default: NCC_REMOTE_CACHE)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_cache)

    from nccd.compiler.options import add_compile_arguments

    p = sub.add_parser("watch", help="recompile models whenever they are saved",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=WATCH_EPILOG,
                       description="Watch model files or folders and compile each model when it changes, "
                                   "through the daemon (warm and incremental).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="model files or folders")
    p.add_argument("--output-dir", default=None, metavar="DIR", help="write artifacts here (default: beside "
                                                                     "each model)")
    p.add_argument("--debounce", type=float, default=200.0, metavar="MS",
                   help="wait this long after the last change before compiling (default 200)")
    p.add_argument("--json", action="store_true", help="one JSON object per compile")
    add_compile_arguments(p)
    p.set_defaults(handler=cmd_watch)


# -- daemon ---------------------------------------------------------------------------------------

def _client(autostart: bool, daemon_args=()):
    from nccd.clients.client import Client

    # stop and status work on whatever daemon runs; start insists on one this client can use
    return Client(autostart=autostart, daemon_args=list(daemon_args), check_compatible=autostart)


def _format_bytes(n: int | None) -> str:
    if n is None:
        return "-"
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


def _status_text(status: dict) -> str:
    engine = status["engine"]
    memory, disk, counters = engine["memory"], engine["disk"], engine["counters"]
    hit_rate = engine["hit_rate"]
    uptime = status["uptime_s"]
    return "\n".join([
        f"nccd {status['version']} running, pid {status['pid']}, up {uptime // 3600:.0f}h "
        f"{uptime % 3600 // 60:.0f}m {uptime % 60:.0f}s",
        f"  socket     {status['socket']}" + (f", tcp {status['tcp']}" if status.get("tcp") else ""),
        f"  memory     {_format_bytes(engine['rss_bytes'])} resident; caches {_format_bytes(engine['memory_cached_bytes'])}"
        f" of {_format_bytes(engine['memory_budget_bytes'])} budget "
        f"({memory['artifacts']['entries']} artifacts, {memory['modules']['entries']} models)",
        f"  disk cache {disk['entries']} entries, {_format_bytes(disk['bytes'])} of {_format_bytes(disk['budget_bytes'])}"
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


def cmd_daemon(args, io: Console) -> int:
    from nccd.proto import paths

    try:
        return _daemon_action(args, io)
    except paths.UntrustedRuntimeDir as exc:  # checked before any byte is sent
        io.error(f"ncc: {exc.report(consequence='not talking to a daemon there')}")
        return EXIT_DIAGNOSTICS


def _daemon_action(args, io: Console) -> int:
    from nccd.clients.client import DaemonError, DaemonUnavailable
    from nccd.proto import paths

    extra = [f"--{name.replace('_', '-')}={getattr(args, name)}"
             for name in ("listen", "memory_budget", "cache_size", "idle_timeout", "max_rss", "max_watches",
                          "remote_cache", "remote_cache_mode")
             if getattr(args, name) is not None]
    if extra and args.action not in ("start", "restart"):
        raise UsageError(f"{extra[0].split('=')[0]} is for `ncc daemon start` or `restart`, not {args.action}")
    files = paths.files()
    if args.action == "logs":
        try:
            lines = files.log.read_text(errors="replace").splitlines()[-max(args.lines, 1):]
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
            return EXIT_DIAGNOSTICS
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
            emit_json({"running": False, "runtime_dir": str(files.root)}, io.out)
        else:
            io.print(f"nccd is not running (runtime directory {files.root})")
        return EXIT_DIAGNOSTICS
    except DaemonError as exc:
        io.error(f"ncc: error: {exc}")
        return EXIT_DIAGNOSTICS
    finally:
        client.close()
    if args.json:
        emit_json({"running": True, **status}, io.out)
    else:
        io.print(_status_text(status))
    return EXIT_OK


# -- cache ------------------------------------------------------------------------------------------

def _cache_text(action: str, document: dict) -> str:
    if action == "stats":
        disk = document["disk"]
        lines = [f"disk cache {disk['root']}: {disk['entries']} entries, {_format_bytes(disk['bytes'])} of "
                 f"{_format_bytes(disk['budget_bytes'])}, {disk['failures']} remembered failures, "
                 f"{disk['locks']} locks"]
        if document.get("memory"):
            for name, cache in document["memory"].items():
                rate = cache["hit_rate"]
                lines.append(f"memory {name}: {cache['entries']} entries, {_format_bytes(cache['bytes'])} of "
                             f"{_format_bytes(cache['budget_bytes'])}, hit rate {'-' if rate is None else f'{rate:.0%}'}")
        remote = document.get("remote")
        if remote and "hits" in remote:
            latency = remote["hit_latency_ms"]
            rate = remote["hit_rate"]
            lines.append(f"remote cache {remote['url']} ({remote['mode']}, circuit {remote['circuit']}): "
                         f"{remote['hits']} hits, {remote['misses']} misses ({remote['rejected']} rejected), "
                         f"hit rate {'-' if rate is None else f'{rate:.0%}'}, {remote['errors']} errors; "
                         f"{_format_bytes(remote['bytes_downloaded'])} down, "
                         f"{_format_bytes(remote['bytes_uploaded'])} up, {remote['published']} published; "
                         f"hit latency median {latency['median']} ms, p95 {latency['p95']} ms")
        elif remote:
            lines.append(f"remote cache {remote['url']}: counted by the daemon that uses it (run without "
                         "--no-daemon)")
        return "\n".join(lines)
    if action == "gc":
        verb = "would remove" if document["dry_run"] else "removed"
        return (f"remote cache {document['url']}: {document['records']} records, {document['artifacts']} "
                f"artifacts; {verb} {document['removed']} objects ({_format_bytes(document['freed_bytes'])})")
    if action == "prune":
        return f"pruned {document['removed']} entries ({_format_bytes(document['freed_bytes'])}); " \
               f"{_format_bytes(document['bytes'])} left"
    if action == "clean":
        return f"removed {document['removed_files']} cache files"
    return f"removed {document['removed_locks']} stale locks"


def cmd_cache(args, io: Console) -> int:
    from nccd.proto import paths

    max_bytes = None
    if args.max_size is not None:
        if args.action != "prune":
            raise UsageError("--max-size is for `ncc cache prune`")
        try:
            max_bytes = paths.parse_size(args.max_size)
        except (ValueError, IndexError):
            raise UsageError(f"invalid --max-size {args.max_size!r}: give bytes or a number with K, M or G") from None
    if args.action == "gc" or args.remote or args.older_than or args.dry_run or args.remote_cache:
        return _cache_gc(args, io)
    disk = io.backend.disk_cache()
    memory = io.backend.memory_stats()
    from nccd.daemon.diskcache import CacheNotWritable

    try:
        if args.action == "stats":
            document = {"disk": disk.stats(), "memory": memory, "remote": _remote_stats(io)}
        elif args.action == "prune":
            document = disk.prune(max_bytes)
        elif args.action == "clean":
            io.backend.clear_memory()
            document = disk.clean()
        else:
            document = {"removed_locks": disk.clear_locks()}
    except CacheNotWritable as exc:
        io.error(f"ncc: error: {exc}\n  hint: make the directory writable, or point NCC_CACHE_DIR at one "
                 "of your own")
        return EXIT_DIAGNOSTICS
    if args.json:
        emit_json(document, io.out)
    else:
        io.print(_cache_text(args.action, document))
    return EXIT_OK


def _remote_stats(io: Console) -> dict | None:
    """The daemon's remote-cache counters; in this process only the store's URL (nothing counted)."""
    return io.backend.remote_stats()


def _cache_gc(args, io: Console) -> int:
    """`ncc cache gc --remote --older-than D`: the one command that lists the fleet's store."""
    from nccd.proto import paths
    from nccd.daemon.engine import remote_gc

    if args.action != "gc":
        raise UsageError("--remote, --older-than, --dry-run and --remote-cache are for `ncc cache gc`")
    if not args.remote:
        raise UsageError("`ncc cache gc` cleans the remote cache: give --remote (the local cache has "
                         "`ncc cache prune`)")
    if not args.older_than:
        raise UsageError("give --older-than DURATION (e.g. 30d): gc deletes what was not written for that long")
    try:
        older_than_s = paths.parse_duration(args.older_than)
    except (ValueError, IndexError):
        raise UsageError(f"invalid --older-than {args.older_than!r}: give a number with s, m, h or d") from None
    url = args.remote_cache or io.env.get("NCC_REMOTE_CACHE")
    if not url:
        raise UsageError("no remote cache: give --remote-cache URL or set NCC_REMOTE_CACHE")
    document = remote_gc(url, older_than_s, args.dry_run, io.env.get("NCC_REMOTE_CACHE_TIMEOUT"))
    if "error" in document:
        error = document["error"]
        io.error(f"ncc: error[{error['code']}]: {error['message']}\n  hint: {error['hint']}")
        return EXIT_DIAGNOSTICS
    if args.json:
        emit_json(document, io.out)
    else:
        io.print(_cache_text("gc", document))
    return EXIT_OK


# -- watch ------------------------------------------------------------------------------------------

def cmd_watch(args, io: Console) -> int:
    import json

    from nccd.compiler.options import FlagError, options_from_args

    try:
        options = options_from_args(args, args.ignored_flags)
    except FlagError as exc:
        raise UsageError(str(exc)) from None
    for path in args.paths:
        if not os.path.exists(io.path(path)):
            raise UsageError(f"no such file or directory: {path}")
    if args.output_dir and not os.path.isdir(io.path(args.output_dir)):
        raise UsageError(f"--output-dir {args.output_dir} is not a directory")
    if options.logfile:
        options = replace(options, logfile=io.path(options.logfile))
    flags = options.to_flags()
    from nccd.daemon.watcher import WatchRefused

    try:
        events = _watch_events(args, io, options, flags)
    except WatchRefused as exc:  # in this process: too many folders
        io.error(f"ncc: {exc.report()}")
        return EXIT_DIAGNOSTICS
    # said once the files are watched (so a script can edit after this line); with --json on stderr,
    # so that stdout holds JSON only
    ready = f"watching {', '.join(args.paths)} (Ctrl-C to stop)"
    if args.json:
        io.error(ready)
        io.err.flush()
    else:
        io.print(ready)
        io.out.flush()
    compiles = 0
    try:
        for event in events:
            compiles += 1
            if args.json:
                io.print(json.dumps({k: v for k, v in event.items() if k not in ("result", "cli_json")} |
                                    {"result": json.loads(event["cli_json"]) if event.get("cli_json") else None}))
            else:
                io.print(event["summary"])
            io.out.flush()
    except KeyboardInterrupt:
        pass
    finally:
        close = getattr(events, "cancel", None) or getattr(events, "close", None)
        if close is not None:
            close()
    if not args.json:
        io.print(f"stopped watching after {compiles} compile{'s' if compiles != 1 else ''}")
    return EXIT_OK


def _watch_events(args, io: Console, options, flags: list[str]):
    if io.no_daemon or args.no_daemon or io.env.get("NCC_NO_DAEMON", "") not in ("", "0"):
        return _watch_here(args, io, options, flags)
    from nccd.clients.client import Client, DaemonError
    from nccd.proto.paths import UntrustedRuntimeDir

    client = Client(on_restart=lambda reason: io.error(f"ncc: restarting the daemon: {reason}"))
    try:
        return client.watch([io.path(p) for p in args.paths], flags, debounce_ms=args.debounce,
                            output_dir=io.path(args.output_dir) if args.output_dir else None)
    except UntrustedRuntimeDir as exc:
        io.error(f"ncc: {exc.report()}")
        return _watch_here(args, io, options, flags)
    except DaemonError as exc:
        if exc.code != "RESOURCE_EXHAUSTED":
            raise
        from nccd.compiler.diagnostics import REGISTRY
        from nccd.daemon.watcher import WatchRefused

        # the daemon's refusal (NCC-E057/E058), said once as this process would say it
        text = exc.details.split("\n")[0].removeprefix("error[")
        code, _, message = text.partition("]: ")
        raise WatchRefused(REGISTRY.get(code) or REGISTRY["NCC-E057"], message) from None


def _watch_here(args, io: Console, options, flags: list[str]):
    from nccd.proto import paths
    from nccd.daemon.engine import Engine, EngineConfig
    from nccd.daemon.watcher import WatchSession

    engine = Engine(EngineConfig(cache_dir=paths.cache_dir()))
    session = WatchSession(engine, [io.path(p) for p in args.paths], options, ["compile", *flags],
                           debounce_s=args.debounce / 1e3,
                           output_dir=io.path(args.output_dir) if args.output_dir else None,
                           label=lambda path: os.path.relpath(path, io.cwd or os.getcwd()))
    session.start()
    return session.events()

"""`ncc cache`: the persistent compile cache (and the fleet's remote one, for `cache gc`)."""

from __future__ import annotations

import argparse

from nccd.proto.paths import format_size

from .common import EXIT_DIAGNOSTICS, EXIT_OK, Console, UsageError, emit_json

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

def register(sub) -> None:
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


# -- cache ------------------------------------------------------------------------------------------

def _cache_text(action: str, document: dict) -> str:
    if action == "stats":
        disk = document["disk"]
        lines = [f"disk cache {disk['root']}: {disk['entries']} entries, {format_size(disk['bytes'])} of "
                 f"{format_size(disk['budget_bytes'])}, {disk['failures']} remembered failures, "
                 f"{disk['locks']} locks"]
        if document.get("memory"):
            for name, cache in document["memory"].items():
                rate = cache["hit_rate"]
                lines.append(f"memory {name}: {cache['entries']} entries, {format_size(cache['bytes'])} of "
                             f"{format_size(cache['budget_bytes'])}, hit rate {'-' if rate is None else f'{rate:.0%}'}")
        remote = document.get("remote")
        if remote and "hits" in remote:
            latency = remote["hit_latency_ms"]
            rate = remote["hit_rate"]
            lines.append(f"remote cache {remote['url']} ({remote['mode']}, circuit {remote['circuit']}): "
                         f"{remote['hits']} hits, {remote['misses']} misses ({remote['rejected']} rejected), "
                         f"hit rate {'-' if rate is None else f'{rate:.0%}'}, {remote['errors']} errors; "
                         f"{format_size(remote['bytes_downloaded'])} down, "
                         f"{format_size(remote['bytes_uploaded'])} up, {remote['published']} published; "
                         f"hit latency median {latency['median']} ms, p95 {latency['p95']} ms")
        elif remote:
            lines.append(f"remote cache {remote['url']}: counted by the daemon that uses it (run without "
                         "--no-daemon)")
        return "\n".join(lines)
    if action == "gc":
        verb = "would remove" if document["dry_run"] else "removed"
        return (f"remote cache {document['url']}: {document['records']} records, {document['artifacts']} "
                f"artifacts; {verb} {document['removed']} objects ({format_size(document['freed_bytes'])})")
    if action == "prune":
        return f"pruned {document['removed']} entries ({format_size(document['freed_bytes'])}); " \
               f"{format_size(document['bytes'])} left"
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
    from ..diskcache import CacheNotWritable

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
    from ..engine import remote_gc

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

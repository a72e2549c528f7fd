"""The daemon's engine: compiles, diagnoses and runs with warm caches (no gRPC here).

Three levels answer a compile, cheapest first:

1. the **request key** — SHA-256 of the model's bytes, the semantic flags and the compiler
   version — finds an artifact in memory (or, through a small alias record, on disk) without
   parsing anything: an unchanged model recompiles in the time it takes to hash the file;
2. the **canonical key** — the module's fingerprint (names, ids and metadata ignored) with
   the same flags and version — finds it when the file changed but not the program
   (renamed values, moved lines, another printing style, text vs proto);
3. an **incremental** compile (daemon/incremental.py) reuses the previous compile of the
   same model when the edit only changed constants the passes did not look at;
4. the **remote cache** (daemon/remote_cache.py), when one is configured: a fleet's shared
   store, asked after the local caches miss; a verified hit is copied into the disk cache;
5. otherwise a full compile, once per key however many requests ask at the same time
   (single flight between threads; a file lock between processes sharing the disk cache),
   stored locally and then, by writers, published to the remote cache.

Everything in memory is bounded by a byte budget with LRU eviction; the disk cache has its
own (daemon/diskcache.py). Failed compiles are remembered for a short time only.
"""

from __future__ import annotations

import copy
import gc
import hashlib
import json
import logging
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from nccd.compiler import __version__
from nccd.compiler import diagnostics as D
from nccd.compiler.analysis.diagnose import DiagnoseReport, diagnose_module
from nccd.compiler.artifact import container
from nccd.compiler.compile import CompileResult, compile_module
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.loader import input_kind, load_bytes, read_model_file
from nccd.compiler.ir.fingerprint import fingerprint
from nccd.compiler.options import CompileOptions

from . import footprint, incremental
from .cancel import CancelToken
from .diskcache import DiskCache
from .entries import Compiled, Loaded, text_of
from .memcache import ByteBudgetLRU
from .remote_cache import RemoteCache, RemoteSettings

log = logging.getLogger("nccd")

DEFAULT_MEMORY_BUDGET = 1 << 30
DEFAULT_DISK_BUDGET = 4 << 30
#: How a budget is split between the in-memory caches (artifacts are the valuable part).
_SHARES = {"modules": 0.35, "artifacts": 0.35, "reports": 0.1, "executables": 0.2}
#: Fault injection for tests/test_daemon.py: a folder where the first full compile announces that
#: it started (``compile-started``) and then waits for ``release``, so a test can act while a
#: compile is certainly under way instead of guessing how long one takes.
_HOLD_COMPILE_DIR = os.environ.get("NCCD_TEST_HOLD_COMPILE")


def _hold_first_compile_for_tests() -> None:
    if not _HOLD_COMPILE_DIR:
        return
    started = Path(_HOLD_COMPILE_DIR) / "compile-started"
    if started.exists():  # one-shot: a daemon restarted with the same environment does not hold
        return
    started.touch()
    release = Path(_HOLD_COMPILE_DIR) / "release"
    deadline = time.monotonic() + 300
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


@dataclass(frozen=True)
class EngineConfig:
    cache_dir: Path
    memory_budget: int = DEFAULT_MEMORY_BUDGET
    disk_budget: int = DEFAULT_DISK_BUDGET
    failure_ttl_s: float = 300.0
    #: The fleet's shared store behind the disk cache (None: this machine only).
    remote: RemoteSettings | None = None
    #: Resident memory the daemon may use (its --max-rss): a model whose work is estimated to take
    #: more is refused before it is parsed (None: no such check, as in ``--no-daemon``).
    memory_limit: int | None = None

    def to_json(self) -> dict:
        return {"cache_dir": str(self.cache_dir), "memory_budget": str(self.memory_budget),
                "disk_budget": str(self.disk_budget), "remote_cache": self.remote.url if self.remote else "",
                "remote_cache_mode": self.remote.mode if self.remote else ""}


@dataclass(frozen=True)
class CacheKeys:
    """The keys a compile of some bytes is cached under (see the module docstring)."""
    request: str
    canonical: str | None
    #: Why the bytes do not load (then there is no canonical key).
    load_error: HloError | None = None


@dataclass
class _Flight:
    done: threading.Event = field(default_factory=threading.Event)


def _sha(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


def _flags_key(options: CompileOptions) -> str:
    return json.dumps(options.semantic(), sort_keys=True)


def rss_bytes() -> int:
    """Resident memory of this process (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class Engine:
    def __init__(self, config: EngineConfig):
        self.config = config
        self.started = time.time()
        budget = config.memory_budget
        self.modules = ByteBudgetLRU("modules", int(budget * _SHARES["modules"]))
        self.artifacts = ByteBudgetLRU("artifacts", int(budget * _SHARES["artifacts"]))
        self.reports = ByteBudgetLRU("reports", int(budget * _SHARES["reports"]))
        self.executables = ByteBudgetLRU("executables", int(budget * _SHARES["executables"]))
        #: request key -> the key its artifact is kept under (canonical when known), and
        #: (model label, flags) -> the last compile of that model (for incremental compiles)
        self.aliases = ByteBudgetLRU("aliases", 1 << 20)
        self.latest = ByteBudgetLRU("latest", 1 << 20)
        self.disk = DiskCache(config.cache_dir, config.disk_budget, config.failure_ttl_s)
        self.remote = RemoteCache(config.remote) if config.remote is not None else None
        self._failures: dict[str, tuple[float, dict]] = {}
        self._flights: dict[str, _Flight] = {}
        self._lock = threading.Lock()
        self.counters = {"compiles": 0, "full_compiles": 0, "incremental_compiles": 0, "memory_hits": 0,
                         "disk_hits": 0, "canonical_hits": 0, "remote_hits": 0, "failure_hits": 0, "single_flight_waits": 0,
                         "disk_write_warnings": 0, "diagnoses": 0, "runs": 0, "bytes_hashed": 0}
        self.in_flight = 0

    # -- bookkeeping ---------------------------------------------------------------------------
    def _count(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.counters[name] += 1 if n == 1 else n

    @contextmanager
    def _single_flight(self, key: str):
        """Yields True to the one thread that does the work for ``key``; the others wait for it
        and get False (they then look in the caches again)."""
        with self._lock:
            flight = self._flights.get(key)
            leader = flight is None
            if flight is None:
                flight = self._flights[key] = _Flight()
        if not leader:
            self._count("single_flight_waits")
            flight.done.wait()
            yield False
            return
        try:
            yield True
        finally:
            with self._lock:
                del self._flights[key]
            flight.done.set()

    # -- models --------------------------------------------------------------------------------
    def _load(self, data: bytes, content_key: str, label: str, max_bytes: int | None) -> Loaded:
        loaded = self.modules.get(content_key)
        if loaded is not None:
            return loaded
        try:
            module = load_bytes(data, label, max_bytes)
            loaded = Loaded(module, None, text_of(data))
        except HloError as exc:
            loaded = Loaded(None, exc, None)
        if input_kind(data) == "proto":  # its protobuf message took several times the module: give it back
            footprint.return_free_memory()
        self.modules.put(content_key, loaded, self.module_size(data))
        return loaded

    @staticmethod
    def module_size(data: bytes) -> int:
        return footprint.module_bytes(len(data), input_kind(data))

    def too_large(self, data: bytes, work: str, label: str) -> HloError | None:
        """NCC-E010 when ``work`` ("check" or "compile") on ``data`` is estimated (daemon/footprint.py)
        to need more memory than the daemon may use; None when it fits or there is no limit."""
        limit = self.config.memory_limit
        if limit is None:
            return None
        kind = input_kind(data)
        needed = footprint.work_bytes(len(data), kind, work)  # its peak, the parsed module included
        if needed <= limit:
            return None
        doing = "checking" if work == "check" else "compiling"
        # the hint's limit leaves as much again for the daemon itself and its caches beside the work
        return HloError(D.Diagnostic(
            D.INPUT_TOO_LARGE.code,
            f"{doing} {label} ({len(data):,} bytes of {kind}) would take about {needed >> 20:,} MiB of memory, "
            f"over the daemon's limit of {limit >> 20:,} MiB",
            hint=f"restart the daemon with a higher limit: `ncc daemon restart --max-rss {_size_text(needed * 2)}` "
                 "(or run this command with --no-daemon)", file=label))

    def _fingerprint(self, content_key: str, loaded: Loaded) -> str | None:
        """The module's canonical fingerprint, computed once: the cached entry is replaced by one
        that carries it (entries are frozen: daemon/entries.py)."""
        if loaded.fingerprint is not None or loaded.module is None:
            return loaded.fingerprint
        try:
            fp = fingerprint(loaded.module)
        except Exception:  # an unverifiable module still compiles to its diagnostics
            return None
        self.modules.update(content_key, lambda current: replace(current, fingerprint=fp)
                            if current is loaded else current)
        return fp

    # -- keys, for planning batches (daemon/batch.py) ------------------------------------------
    def cache_keys(self, data: bytes, options: CompileOptions, label: str, max_bytes: int | None,
                   parse: bool = True) -> CacheKeys:
        """The keys a compile of ``data`` would use; parses only when the disk cache has no alias
        (and not at all with ``parse=False``: then the canonical key is the alias's, or None)."""
        content_key = _sha(data)
        flags = _flags_key(options)
        request = _sha("request", __version__, content_key, flags)
        canonical = self.disk.get_alias(request)
        if canonical is not None or not parse:
            return CacheKeys(request, canonical)
        loaded = self._load(data, content_key, label, max_bytes)
        if loaded.module is None:
            return CacheKeys(request, None, loaded.error)
        fp = self._fingerprint(content_key, loaded)
        return CacheKeys(request, _sha("canonical", __version__, fp, flags) if fp else None)

    def cached_artifact(self, keys: CacheKeys) -> str | None:
        """The SHA-256 of the artifact the disk cache holds for these keys (copied from the remote
        cache first when only the fleet's store has it), or None."""
        if keys.canonical is None:
            return None
        found = self._from_disk(keys.canonical)
        if found is None and self.remote is not None:
            found, _ = self._from_remote(keys.canonical, keys.request)
        return hashlib.sha256(found.data).hexdigest() if found is not None else None

    # -- diagnose ------------------------------------------------------------------------------
    def diagnose_path(self, path: str, target: str, max_bytes: int | None = None,
                      label: str | None = None) -> DiagnoseReport:
        label = label or path
        try:
            data = read_model_file(path, max_bytes, label)
        except HloError as exc:
            return DiagnoseReport(model=label, target=target, diagnostics=exc.diagnostics)
        return self.diagnose_bytes(data, target, max_bytes, label)

    def diagnose_bytes(self, data: bytes, target: str, max_bytes: int | None, label: str) -> DiagnoseReport:
        from nccd.compiler.targets.tables import target as lookup_target

        lookup_target(target)
        self._count("diagnoses")
        content_key = _sha(data)
        key = _sha(content_key, target, label, __version__)
        report = self.reports.get(key)
        refused = self.too_large(data, "check", label) if report is None else None
        if refused is not None:  # not cached: a daemon with a higher limit may check it
            return DiagnoseReport(model=label, target=target, diagnostics=refused.diagnostics)
        if report is None:
            loaded = self._load(data, content_key, label, max_bytes)
            if loaded.module is None:
                report = DiagnoseReport(model=label, target=target, diagnostics=loaded.diagnostics)
            else:
                report = diagnose_module(_labelled(loaded.module, label), target, label)
                report.settle_fingerprint()  # every reply carries it: once, for the cached report
            self.reports.put(key, report, 2048 + 512 * len(report.diagnostics))
        # callers may add diagnostics (diagnose --numerics): give them their own list
        return replace(report, diagnostics=list(report.diagnostics))

    # -- compile -------------------------------------------------------------------------------
    def compile_path(self, path: str, options: CompileOptions, output: str | None, max_bytes: int | None = None,
                     argv: list[str] | None = None, *, label: str | None = None, progress=None,
                     want_program: bool = False, retry_failed: bool = False,
                     return_bytes: bool = False, cancel: CancelToken | None = None) -> CompileResult:
        """Compile the model file at ``path`` (named ``label``) and write the artifact to ``output``."""
        started = time.perf_counter()
        label = label or path
        try:
            data = read_model_file(path, max_bytes, label)
        except HloError as exc:
            result = CompileResult(model=label, options=options, diagnostics=exc.diagnostics)
            result.cache = "bypass"
            result.compile_ms = (time.perf_counter() - started) * 1e3
            return result
        return self.compile_bytes(data, options, output, max_bytes, argv, label=label, progress=progress,
                                  want_program=want_program, retry_failed=retry_failed,
                                  return_bytes=return_bytes, started=started, cancel=cancel)

    def compile_bytes(self, data: bytes, options: CompileOptions, output: str | None, max_bytes: int | None,
                      argv: list[str] | None, *, label: str, progress=None, want_program: bool = False,
                      retry_failed: bool = False, return_bytes: bool = False,
                      started: float | None = None, cancel: CancelToken | None = None) -> CompileResult:
        """Compile ``data``; with ``cancel``, Cancelled at the next stage boundary once it is cancelled
        (the client went away), before anything of this compile is cached."""
        started = started if started is not None else time.perf_counter()
        timings: dict[str, float] = {}
        tick = [started]

        def lap(name: str) -> None:
            now = time.perf_counter()
            timings[name] = timings.get(name, 0.0) + (now - tick[0]) * 1e3
            tick[0] = now

        def report(stage: str, message: str) -> None:
            if cancel is not None and cancel.is_cancelled():
                log.info("compile of %s cancelled before its %s stage: %s", label, stage, cancel.reason)
                cancel.check()
            if progress is not None:
                progress(stage, message)

        self._count("compiles")
        self._count("bytes_hashed", len(data))
        with self._lock:
            self.in_flight += 1
        try:
            content_key = _sha(data)
            flags = _flags_key(options)
            request_key = _sha("request", __version__, content_key, flags)
            lap("hash")
            compiled, cache, warnings = self._answer(request_key, content_key, data, options, flags, argv, label,
                                                     max_bytes, retry_failed, report, lap, cancel)
        finally:
            with self._lock:
                self.in_flight -= 1
        result = _result_for(compiled, options, label, cache)
        if compiled.data and result.ok and output:
            try:
                container.write_file(output, compiled.data)
                result.output = output
            except HloError as exc:
                result.diagnostics.extend(exc.diagnostics)
            lap("write")
        if want_program and result.ok:
            result.program = self._program_of(request_key, compiled)
        if return_bytes and result.ok:
            result.artifact = compiled.data
        result.compile_ms = (time.perf_counter() - started) * 1e3
        result.timings_ms = {k: round(v, 3) for k, v in timings.items()}
        # notes about this answer: remote-cache diagnostics join the result's, the rest are warnings
        result.diagnostics.extend(n for n in warnings if isinstance(n, D.Diagnostic))
        result.warnings = [n for n in warnings if not isinstance(n, D.Diagnostic)]
        return result

    def _answer(self, request_key, content_key, data, options, flags, argv, label, max_bytes, retry_failed,
                report, lap, cancel) -> tuple[Compiled, str, list]:
        """(the compiled entry, where it came from, notes about this answer such as a full disk)."""
        while True:
            key = self.aliases.peek(request_key)
            hit = self.artifacts.get(key) if key is not None else None
            if hit is not None:
                self._count("memory_hits")
                return hit, "memory", []
            failure = None if retry_failed else self._failure(request_key)
            if failure is not None:
                self._count("failure_hits")
                return Compiled(b"", failure), "failure-cached", []
            with self._single_flight(request_key) as leader:
                if not leader:
                    continue  # another request just did this work: look again
                return self._compile_once(request_key, content_key, data, options, flags, argv, label,
                                          max_bytes, report, lap, cancel)

    def _compile_once(self, request_key, content_key, data, options, flags, argv, label, max_bytes, report,
                      lap, cancel) -> tuple[Compiled, str, list]:
        report("cache", "looking up the disk cache")
        canonical = self.disk.get_alias(request_key)
        if canonical is not None:
            found = self._from_disk(canonical, request_key)
            if found is not None:
                found = self._remember(request_key, canonical, found)
                self.disk.put_alias(request_key, canonical)
                self._count("disk_hits")
                lap("disk")
                return found, "disk", []
        refused = self.too_large(data, "compile", label)
        if refused is not None:  # not remembered as a failure: a daemon with a higher limit compiles it
            return Compiled(b"", CompileResult(model=label, options=options,
                                               diagnostics=refused.diagnostics).to_json()), "miss", []
        report("load", f"parsing {label}")
        previous = self._previous_compile(label, flags)
        patched = None
        if previous is not None and (max_bytes is None or len(data) <= max_bytes):
            patched = incremental.try_patch(*previous, data, options, label)
        if patched is not None:
            compiled, loaded = patched
            report("store", "writing the cache entry")
            self.modules.put(content_key, loaded, self.module_size(data))
            lap("incremental")
            canonical = _sha("canonical", __version__, loaded.fingerprint, flags) if loaded.fingerprint else None
            compiled = self._remember(request_key, canonical, compiled, self.module_size(data))
            self._remember_latest(label, flags, content_key, request_key)
            self._count("incremental_compiles")
            notes = self._store_on_disk(canonical, compiled, lap)
            return compiled, "incremental", notes + self._publish(canonical, compiled, lap)
        loaded = self._load(data, content_key, label, max_bytes)
        lap("load")
        if loaded.module is None:
            result = CompileResult(model=label, options=options, diagnostics=loaded.diagnostics)
            return self._failed(request_key, result.to_json())
        fp = self._fingerprint(content_key, loaded)
        canonical = _sha("canonical", __version__, fp, flags) if fp else None
        if canonical is not None:
            found = self.artifacts.get(canonical)
            source = "memory"
            if found is None:
                found, source = self._from_disk(canonical), "disk"
            if found is not None:
                found = self._remember(request_key, canonical, found)
                self.disk.put_alias(request_key, canonical)
                self._count("canonical_hits")
                return found, source, []
        with self.disk.compile_lock(canonical or request_key):
            if canonical is not None:  # another process may have compiled it while we waited
                found = self._from_disk(canonical)
                if found is not None:
                    found = self._remember(request_key, canonical, found)
                    self.disk.put_alias(request_key, canonical)
                    self._count("disk_hits")
                    return found, "disk", []
            notes = []
            if canonical is not None and self.remote is not None:
                report("remote", "asking the remote cache")
                found, notes = self._from_remote(canonical, request_key)
                lap("remote")
                if found is not None:
                    found = self._remember(request_key, canonical, found)
                    self._remember_latest(label, flags, content_key, request_key)
                    return found, "remote", notes
            compiled = self._full_compile(loaded, options, label, argv, report, cancel)
            lap("compile")
            if not compiled.data:
                return self._failed(request_key, compiled.result_json())  # failures stay on this machine
            report("store", "writing the cache entry")  # the last point to cancel: nothing is cached yet
            compiled = self._remember(request_key, canonical, compiled, self.module_size(data))
            self._remember_latest(label, flags, content_key, request_key)
            notes += self._store_on_disk(canonical, compiled, lap)
            # a store that just failed to answer is not asked again within this request, so the
            # answer comes within the remote timeout (+ the compile) however the store behaves
            if not any(getattr(n, "code", None) == D.REMOTE_CACHE_UNAVAILABLE.code for n in notes):
                notes += self._publish(canonical, compiled, lap)
            return compiled, "miss", notes

    def _previous_compile(self, label: str, flags: str) -> tuple[Compiled, str] | None:
        """The last compile of this model (file name and flags) still in memory, and its text."""
        previous = self.latest.peek((label, flags))
        if previous is None:
            return None
        old_content_key, old_request_key = previous
        old_key = self.aliases.peek(old_request_key)
        old = self.artifacts.peek(old_key) if old_key is not None else None
        old_loaded = self.modules.peek(old_content_key)
        if old is None or old_loaded is None or old_loaded.text is None:
            return None
        return old, old_loaded.text

    def _full_compile(self, loaded: Loaded, options: CompileOptions, label: str, argv, report, cancel) -> Compiled:
        self._count("full_compiles")
        _hold_first_compile_for_tests()
        report("compile", "checking and optimising")
        trace = incremental.Trace()

        def between_passes(step: str) -> None:  # the compile itself stops too when the client goes
            if cancel is not None and cancel.is_cancelled():
                log.info("compile of %s cancelled before its %s pass: %s", label, step, cancel.reason)
                cancel.check()

        data, result = compile_module(_labelled(loaded.module, label), options, label, argv, trace=trace,
                                      checkpoint=between_passes)
        return Compiled(data or b"", {**result.to_json(), "fingerprint": result.fingerprint}, result.program,
                        trace if data else None, loaded.module)

    def _store_on_disk(self, canonical: str | None, compiled: Compiled, lap) -> list:
        """Write the entry to the disk cache; a refusal (full disk...) is a warning, never an error."""
        if canonical is None:
            return []
        warning = self.disk.put(canonical, compiled.data, compiled.result_json(), compiled.result.get("compile_ms", 0),
                                compiled.request_keys)
        lap("store")
        if warning is not None:
            self._count("disk_write_warnings")
            return [warning]
        for request_key in compiled.request_keys:
            self.disk.put_alias(request_key, canonical)
        return []

    # -- the remote cache ------------------------------------------------------------------------
    def _from_remote(self, canonical: str, request_key: str | None) -> tuple[Compiled | None, list]:
        """A verified artifact from the fleet's store, copied into the disk cache; else None and
        the notes that explain why this answer did not come from there (unavailable, rejected)."""
        remote = self.remote
        if remote is None:
            return None, []
        found = remote.lookup(canonical)
        if found.outcome == "unavailable":
            return None, [D.Diagnostic(D.REMOTE_CACHE_UNAVAILABLE.code, f"remote cache {remote.url}: {found.reason}")]
        if found.outcome == "rejected":
            return None, [D.Diagnostic(D.REMOTE_CACHE_REJECTED.code, f"remote cache {remote.url}: {found.reason}")]
        data, record = found.data, found.record
        if found.outcome != "hit" or data is None or record is None:
            return None, []
        self._count("remote_hits")
        requests = {request_key} if request_key else set()
        warning = self.disk.put(canonical, data, record["result"], record["result"].get("compile_ms", 0),
                                requests)  # atomic: a temporary file renamed into place
        if warning is None and request_key:
            self.disk.put_alias(request_key, canonical)
        return Compiled(data, record["result"]), [warning] if warning else []

    def _publish(self, canonical: str | None, compiled: Compiled, lap) -> list:
        """Writers upload a successful compile after storing it locally; readers never write."""
        if canonical is None or self.remote is None or not self.remote.settings.writer or not compiled.data:
            return []
        note = self.remote.publish(canonical, compiled.data, compiled.result_json())
        lap("publish")
        if note is None:
            return []
        if note.startswith("non-determinism"):
            return [D.Diagnostic(D.REMOTE_CACHE_NONDETERMINISM.code, note)]
        return [D.Diagnostic(D.REMOTE_CACHE_UNAVAILABLE.code, f"remote cache {self.remote.url}: {note}")]

    def _remember(self, request_key: str, canonical: str | None, compiled: Compiled, module_bytes: int = 0) -> Compiled:
        """Keep ``compiled`` in memory as the answer to ``request_key`` too; returns the entry kept,
        which answers every request key the one it replaces did (copy-on-write, in one step).
        ``module_bytes``: the estimated size of the module it was compiled from."""
        size = 2 * len(compiled.data) + 4096
        if compiled.program is not None or compiled.source is not None:  # two modules and a proto
            size += 2 * module_bytes
        key = canonical or request_key  # one entry per program: every request key is an alias

        def answering(current: Compiled | None) -> Compiled:
            known = current.request_keys if current is not None else frozenset()
            return compiled.answering(known | {request_key})

        entry = self.artifacts.update(key, answering, size)
        self.aliases.put(request_key, key, 200)
        return entry

    def _remember_latest(self, label: str, flags: str, content_key: str, request_key: str) -> None:
        self.latest.put((label, flags), (content_key, request_key), 200)

    def _from_disk(self, canonical: str, request_key: str | None = None) -> Compiled | None:
        found = self.disk.get(canonical, request_key)
        if found is None:
            return None
        data, record = found
        return Compiled(data, record["result"])

    def _program_of(self, request_key: str, compiled: Compiled):
        """The compiled program, unpacked from the artifact the first time it is asked for; the
        cached entry is replaced by one that holds it (when it is still ``compiled``)."""
        if compiled.program is not None:
            return compiled.program
        program = container.unpack(compiled.data).module
        key = self.aliases.peek(request_key)
        if key is not None:
            self.artifacts.update(key, lambda current: replace(current, program=program)
                                  if current is compiled else current)
        return program

    # -- failures ------------------------------------------------------------------------------
    def _failure(self, request_key: str) -> dict | None:
        with self._lock:
            entry = self._failures.get(request_key)
            if entry is not None and entry[0] > time.time():
                return entry[1]
            self._failures.pop(request_key, None)
        record = self.disk.get_failure(request_key)
        return record["result"] if record else None

    def _failed(self, request_key: str, result_json: dict) -> tuple[Compiled, str, list]:
        """Remember a refused model for the failure TTL (never longer: a fixed compiler may accept it)."""
        with self._lock:
            if len(self._failures) > 10_000:
                self._failures.clear()
            self._failures[request_key] = (time.time() + self.config.failure_ttl_s, result_json)
        warning = self.disk.put_failure(request_key, result_json)
        return Compiled(b"", result_json), "miss", [warning] if warning else []

    # -- run -----------------------------------------------------------------------------------
    def load_executable(self, path: str, label: str | None = None):
        """(artifact, Executable) for the .ncx at ``path``, planned once per artifact content."""
        return self.load_executable_bytes(container.read_bytes(path, label), label or path)

    def load_executable_bytes(self, data: bytes, label: str):
        """(artifact, Executable) for an .ncx's bytes, planned once per artifact content."""
        from nccd.compiler.runtime.executable import Executable

        self._count("runs")
        key = _sha(data)
        entry = self.executables.get(key)
        if entry is None:
            loaded = container.unpack(data, label)
            entry = (loaded, Executable(loaded.module))
            self.executables.put(key, entry, len(data) * 4)
        loaded, executable = entry
        return replace(loaded, path=label), executable

    # -- health --------------------------------------------------------------------------------
    def shrink(self, fraction: float = 0.5) -> int:
        """Drop the least recently used part of every memory cache (memory pressure)."""
        freed = sum(cache.shrink(fraction) for cache in (self.modules, self.artifacts, self.reports,
                                                          self.executables, self.latest))
        gc.collect()
        return freed

    def clear_memory(self) -> None:
        for cache in (self.modules, self.artifacts, self.reports, self.executables, self.aliases, self.latest):
            cache.clear()
        gc.collect()

    def stats(self) -> dict:
        memory = {cache.name: cache.stats() for cache in (self.modules, self.artifacts, self.reports,
                                                          self.executables)}
        with self._lock:
            counters = dict(self.counters)
            in_flight = self.in_flight
        answered = counters["compiles"]
        warm = counters["memory_hits"] + counters["disk_hits"] + counters["canonical_hits"] + counters["remote_hits"]
        return {"memory": memory, "memory_budget_bytes": self.config.memory_budget,
                "memory_cached_bytes": sum(m["bytes"] for m in memory.values()),
                "disk": self.disk.stats(), "remote": self.remote.stats() if self.remote else None,
                "counters": counters, "compiles_in_flight": in_flight,
                "hit_rate": round(warm / answered, 4) if answered else None, "rss_bytes": rss_bytes()}


def remote_gc(url: str, older_than_s: float, dry_run: bool, timeout: str | None = None) -> dict:
    """`ncc cache gc --remote`: delete what the store at ``url`` has not had written for
    ``older_than_s``; on failure a document with an ``error`` (code, message, hint)."""
    from .remote_cache import RemoteCacheConfigError, StoreError, settings

    try:
        checked = settings(url, "read", timeout)
        assert checked is not None  # the URL is not empty
        remote = RemoteCache(checked)
    except RemoteCacheConfigError as exc:
        return {"error": {"code": exc.code.code, "message": str(exc), "hint": exc.code.hint}}
    try:
        return remote.gc(older_than_s, dry_run=dry_run)
    except StoreError as exc:
        code = D.REMOTE_CACHE_GC_FAILED
        return {"error": {"code": code.code, "message": str(exc), "hint": code.hint}}
    finally:
        remote.close(wait=False)


def _size_text(n: int) -> str:
    """``n`` bytes as a --max-rss value, rounded up to whole MiB or GiB."""
    if n >= 1 << 30:
        return f"{-(-n // (1 << 30))}G"
    return f"{-(-n // (1 << 20))}M"


def _labelled(module, label: str):
    """The cached ``module`` as this request names it: a shallow copy with its own file name.

    The module is shared by every request for the same bytes, whatever they call the file; setting
    the name on the shared object would let a concurrent request for the same bytes under another
    name report its diagnostics against this one's file (tests/test_engine_labels.py)."""
    view = copy.copy(module)
    view.source_path = label
    return view


def _result_for(compiled: Compiled, options: CompileOptions, label: str, cache: str) -> CompileResult:
    """The cached compile as this request's result: its file name, flags and ignored-flag notes."""
    result = CompileResult.from_json(compiled.result_json(), options)
    original = compiled.result.get("model")
    result.model = label
    result.output = None
    fresh = [D.Diagnostic(D.COMPILE_FLAG_IGNORED.code, f"{flag}: neuronx-cc internal flag, ignored by nccd")
             for flag in options.ignored_flags]
    kept = [d for d in result.diagnostics if d.code != D.COMPILE_FLAG_IGNORED.code]
    for d in kept:
        if d.file == original:
            d.file = label
    result.diagnostics = fresh + kept
    result.cache = cache
    return result

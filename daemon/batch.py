"""Batch compiles (`ncc compile-many`, the analogue of neuron_parallel_compile).

A batch is planned in two places so that the driver never parses a graph:

1. **Discover** the graphs (driver): files, folders of models, and `--xla_dump_to` directories
   (one graph per dumped module: its `before_optimizations` form, the proto when both were dumped).
2. **Triage** (driver, no parsing): the request key of each graph's bytes and flags settles what
   needs no worker: a file that cannot be read is refused, the same bytes twice are one graph,
   and a graph whose key the cache has an alias for is answered from the cache (the whole
   batch again costs one hash per file).
3. **Plan and compile** (worker, one task per remaining graph): the worker parses the graph once,
   takes its canonical key from the module's fingerprint, and claims that key for this batch
   (``_claim``: an atomic link in a folder of the batch next to the cache), so the same program
   printed twice, or as text and as a proto, is compiled once and the other graph is reported
   as its duplicate; a graph that does not load is refused; otherwise it compiles what it
   parsed, through its own engine on the shared cache directory, so each result lands straight
   in the cache the next batch (or the daemon) reads. Workers: a local process pool, or Ray
   tasks with CPU and memory requests. A compile error is an answer (never retried); only a
   lost worker or node is retried.

Every step is reported to an ``on_event`` callback as a JSON-ready dict: ``plan`` once (what the
triage settled), ``graph`` for each graph as it is settled, ``done`` with the report.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import shutil
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path

from nccd.compiler import diagnostics as D
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.loader import input_kind, looks_like_text, read_model_file
from nccd.compiler.options import CompileOptions

from . import footprint
from .engine import Engine, EngineConfig
from .remote_cache import RemoteCacheConfigError, RemoteSettings

#: File names a folder scan takes as models (a `.txt` only when it starts like HLO).
MODEL_SUFFIXES = (".hlo", ".pb", ".mlir", ".txt")
#: `--xla_dump_to` names: module_<id>.<name>.<stage>.<ext>; only the unoptimised module is the
#: graph (XLA's own passes ran on the others).
_DUMP_NAME = re.compile(r"^module_(\d+)\.(.+?)\.before_optimizations\.(txt|hlo\.pb|pb)$")
_DUMP_ANY = re.compile(r"^module_\d+\.")
#: What a Ray task asks for at least, and what the worker's interpreter and imports take before
#: any model (about 100 MiB resident); above that, the compile's measured peak (daemon/footprint.py).
MIN_TASK_MEMORY = 256 << 20
WORKER_BASELINE = 128 << 20
#: Ray retries a task whose worker process or node died this many times; a compile error is
#: an answer and is never retried.
NODE_FAILURE_RETRIES = 3

STATUSES = ("ok", "cached", "duplicate", "refused", "failed")


class BatchError(Exception):
    """A batch that cannot start (no graphs, an unreachable Ray cluster...): one message."""


class BatchCancelled(Exception):
    """The client of a streamed batch went away: graphs not yet started are not compiled."""


@dataclass
class Graph:
    """One graph of a batch and what became of it."""

    label: str
    path: str
    size: int = 0
    request_key: str = ""
    canonical_key: str | None = None
    status: str = "pending"
    duplicate_of: str | None = None
    diagnostics: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    #: CPU time its worker spent on it (wall time on a busy machine says little about the work).
    cpu_seconds: float = 0.0
    worker: str | None = None
    artifact_sha256: str | None = None
    attempts: int = 0
    #: How a worker answered: "miss" is a real compile, anything else came from a cache.
    cache: str | None = None
    #: What its bytes are (compiler.hlo.loader.input_kind): sizes its Ray task's memory.
    kind: str = "text"

    def to_json(self) -> dict:
        document = asdict(self)
        document.pop("request_key")
        document.pop("kind")
        return document


@dataclass(frozen=True)
class CompileTask:
    """What a worker needs: everything picklable, nothing tied to the driver's process."""

    label: str
    path: str
    options: CompileOptions
    cache_dir: str
    max_bytes: int | None
    #: The batch's claims folder (see _claim); it must be one every worker reaches, as the cache.
    claims_dir: str = ""
    environment: tuple[tuple[str, str], ...] = ()


# -- discovery ----------------------------------------------------------------------------------

def _looks_like_hlo_text(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    if not looks_like_text(head):
        return False
    text = head.decode("utf-8", "replace")
    return "HloModule" in text or "ENTRY" in text or "func.func" in text


def _dump_graphs(folder: Path) -> list[Path] | None:
    """The unoptimised module of every module in an XLA dump folder, or None if it is not one."""
    names = [p.name for p in folder.iterdir() if p.is_file()]
    if not any(_DUMP_ANY.match(n) for n in names):
        return None
    chosen: dict[str, tuple[int, Path]] = {}
    for name in sorted(names):
        match = _DUMP_NAME.match(name)
        if match is None:
            continue
        module_id = match.group(1) + "." + match.group(2)
        rank = 0 if match.group(3) != "txt" else 1  # the proto carries more (stack frames, ids)
        if module_id not in chosen or rank < chosen[module_id][0]:
            chosen[module_id] = (rank, folder / name)
    return [path for _, path in sorted(chosen.values(), key=lambda item: item[1].name)]


def discover(inputs: Iterable[str]) -> list[Path]:
    """Every graph named by files, folders and XLA dump folders, in a stable order, once each."""
    found: list[Path] = []
    for given in inputs:
        path = Path(given)
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            dump = _dump_graphs(path)
            if dump is not None:
                found.extend(dump)
                continue
            for candidate in sorted(path.rglob("*")):
                if any(part.startswith(".") for part in candidate.relative_to(path).parts):
                    continue
                if not candidate.is_file() or candidate.suffix not in MODEL_SUFFIXES:
                    continue
                if candidate.suffix == ".txt" and not _looks_like_hlo_text(candidate):
                    continue
                found.append(candidate)
        else:
            raise BatchError(f"{given}: no such file or folder")
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(os.path.realpath(path), path)
    return list(unique.values())


# -- triage (driver) and claims (workers) ------------------------------------------------------

def triage(paths: list[Path], options: CompileOptions, engine: Engine, max_bytes: int | None) -> list[Graph]:
    """Settle, without parsing anything, what needs no worker: unreadable files (refused), the
    same bytes twice (duplicate), and graphs the cache already answers (cached)."""
    graphs: list[Graph] = []
    first_of: dict[str, str] = {}
    for path in paths:
        label = str(path)
        graph = Graph(label=label, path=str(path))
        graphs.append(graph)
        try:
            data = read_model_file(str(path), max_bytes, label)
        except HloError as exc:
            graph.status = "refused"
            graph.diagnostics = [d.to_json() for d in exc.diagnostics]
            continue
        graph.size, graph.kind = len(data), input_kind(data)
        keys = engine.cache_keys(data, options, label, max_bytes, parse=False)
        graph.request_key, graph.canonical_key = keys.request, keys.canonical
        identity = keys.canonical or keys.request
        if identity in first_of:
            graph.status, graph.duplicate_of = "duplicate", first_of[identity]
            continue
        first_of[identity] = label
        artifact = engine.cached_artifact(keys)
        if artifact is not None:
            graph.status, graph.artifact_sha256 = "cached", artifact
    return graphs


def _claim(claims_dir: str, identity: str, label: str) -> str:
    """Claim a program for ``label``; returns the label that holds it (``label`` itself when this
    call won, or when an earlier attempt of the same graph did before its worker died).

    The claim is a file linked into place in one step, so exactly one graph wins and every
    other reads a whole name: no lock is held and none can be left behind."""
    claim = Path(claims_dir) / identity
    staged = Path(claims_dir) / f".{identity}.{os.getpid()}.{threading.get_ident()}"
    staged.write_text(label, encoding="utf-8")
    try:
        os.link(staged, claim)
    except FileExistsError:
        pass
    finally:
        staged.unlink(missing_ok=True)
    return claim.read_text(encoding="utf-8")


def task_memory(graph: Graph) -> int:
    """Ray's memory request for compiling ``graph``: the input, the module and the compile's peak
    at the largest ratio measured for its kind (a task that asks too little is killed)."""
    work = footprint.work_bytes(graph.size, graph.kind, "compile", worst=True)
    return max(MIN_TASK_MEMORY, WORKER_BASELINE + graph.size + work)


# -- the worker ---------------------------------------------------------------------------------

_WORKER_ENGINES: dict[str, Engine] = {}


def _hold_for_tests(task: CompileTask) -> None:
    """Fault injection for tests/test_batch*.py (``NCCD_TEST_HOLD_BATCH=<dir>``): every attempt
    announces itself with a file of its own and waits for ``<dir>/release``; a graph whose label
    contains ``NCCD_TEST_CRASH_BATCH`` kills its worker process on its first attempt. Tests act
    on these events instead of guessing how long a compile takes."""
    hold = os.environ.get("NCCD_TEST_HOLD_BATCH")
    if not hold:
        return
    import uuid

    tag = hashlib.sha256(task.label.encode()).hexdigest()[:12]
    folder = Path(hold)
    first_attempt = not any(folder.glob(f"started-{tag}-*"))
    (folder / f"started-{tag}-{uuid.uuid4().hex}").write_text(str(os.getpid()))
    crash = os.environ.get("NCCD_TEST_CRASH_BATCH")
    if crash and crash in task.label and first_attempt:
        os._exit(9)
    deadline = time.monotonic() + 300
    while not (folder / "release").exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def compile_graph(task: CompileTask) -> dict:
    """Plan and compile one graph into the shared cache (runs in a worker process or a Ray task):
    parse it once, claim its program for this batch, compile what was parsed."""
    started, cpu_started = time.perf_counter(), time.process_time()
    os.environ.update(dict(task.environment))
    _hold_for_tests(task)
    engine = _WORKER_ENGINES.get(task.cache_dir)
    if engine is None:
        engine = _WORKER_ENGINES[task.cache_dir] = Engine(EngineConfig(Path(task.cache_dir),
                                                                       remote=RemoteSettings.from_env()))
    worker = f"{socket.gethostname()}:{os.getpid()}"

    def answer(status: str, **fields) -> dict:
        return {"status": status, "seconds": time.perf_counter() - started,
                "cpu_seconds": time.process_time() - cpu_started, "worker": worker, **fields}

    try:
        try:
            data = read_model_file(task.path, task.max_bytes, task.label)
        except HloError as exc:
            return answer("refused", diagnostics=[d.to_json() for d in exc.diagnostics])
        keys = engine.cache_keys(data, task.options, task.label, task.max_bytes)
        if keys.load_error is not None:
            return answer("refused", diagnostics=[d.to_json() for d in keys.load_error.diagnostics])
        if task.claims_dir:
            holder = _claim(task.claims_dir, keys.canonical or keys.request, task.label)
            if holder != task.label:
                return answer("duplicate", duplicate_of=holder, canonical_key=keys.canonical)
        # the engine finds the module it just parsed in its memory: no second parse
        result = engine.compile_bytes(data, task.options, None, task.max_bytes, ["compile-many"],
                                      label=task.label, return_bytes=True)
    except Exception as exc:  # a compiler bug is this graph's failure, not the batch's
        failure = D.Diagnostic(D.BATCH_COMPILER_FAILED.code, f"{type(exc).__name__}: {exc}", file=task.label)
        return answer("failed", diagnostics=[failure.to_json()])
    return answer("ok" if result.ok else "refused", cache=result.cache, canonical_key=keys.canonical,
                  diagnostics=[d.to_json() for d in result.diagnostics if d.is_error],
                  artifact_sha256=hashlib.sha256(result.artifact).hexdigest() if result.artifact else None)


# -- executors ----------------------------------------------------------------------------------

def _pool_context():
    """How local workers start. Forking a single-threaded driver is the cheapest start there is:
    a worker begins with the compiler already imported (about 1 s saved per worker). A process
    with threads (the daemon) must not fork: its workers come from a forkserver that imported
    the compiler once."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return get_context("fork")
    context = get_context("forkserver")
    context.set_forkserver_preload(["nccd.daemon.batch"])
    return context


class LocalExecutor:
    """A pool of worker processes on this machine (``--workers K``).

    A worker that dies (killed, out of memory) breaks the whole pool; the graphs it was running
    are submitted again to a new pool, each at most NODE_FAILURE_RETRIES more times, as Ray
    does for a lost node. A compile error is an answer and is never retried.
    """

    name = "local"

    def __init__(self, workers: int):
        self.workers = max(1, workers)

    def run(self, tasks: list[tuple[Graph, CompileTask]], settle: Callable[[Graph, dict], None]) -> None:
        remaining = list(tasks)
        while remaining:
            remaining = self._round(remaining, settle)

    def _round(self, tasks, settle) -> list[tuple[Graph, CompileTask]]:
        """Run ``tasks`` on a fresh pool; returns those to run again because the pool broke.

        A graph is handed to the pool only when a worker is free for it, so a cancelled batch
        (the client went away) or an interrupted one starts nothing more: the pool's own queue
        would already hold graphs that cancelling no longer reaches."""
        again: list[tuple[Graph, CompileTask]] = []
        waiting = list(reversed(tasks))
        with ProcessPoolExecutor(max_workers=min(self.workers, len(tasks)),
                                 mp_context=_pool_context()) as pool:
            pending: dict[Future, tuple[Graph, CompileTask]] = {}

            def fill() -> None:
                while waiting and len(pending) < self.workers:
                    graph, task = waiting.pop()
                    pending[pool.submit(compile_graph, task)] = (graph, task)

            fill()
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    graph, task = pending.pop(future)
                    graph.attempts += 1
                    try:
                        outcome = future.result()
                    except BrokenProcessPool as exc:
                        broken = True
                        if graph.attempts <= NODE_FAILURE_RETRIES:
                            again.append((graph, task))
                            continue
                        outcome = _lost_worker(exc)
                    settle(graph, outcome)
                if broken:  # this pool takes nothing more: the rest goes to the next one
                    again.extend(reversed(waiting))
                    waiting.clear()
                fill()
        return again


class RayExecutor:
    """Ray tasks on a cluster (``--ray ADDRESS``, ``auto`` for the running one, ``local`` to start one)."""

    name = "ray"

    def __init__(self, address: str, cpus_per_task: float = 1.0, memory_per_task: int | None = None):
        try:
            import ray
        except ImportError:
            raise BatchError("--ray needs Ray: pip install 'nccd[ray]'") from None
        self.ray = ray
        self.cpus_per_task = cpus_per_task
        self.memory_per_task = memory_per_task
        if not ray.is_initialized():
            _check_reachable(address)
            try:
                if address == "local":
                    ray.init(include_dashboard=False, log_to_driver=False)
                else:
                    ray.init(address=address, log_to_driver=False)
            except Exception as exc:  # ConnectionError, a bad address...
                raise BatchError(f"cannot reach the Ray cluster at {address!r}: {exc}\n"
                                 "  hint: start one with `ray start --head`, or use --workers K for a local pool") from None

    def run(self, tasks: list[tuple[Graph, CompileTask]], settle: Callable[[Graph, dict], None]) -> None:
        ray = self.ray
        remote = ray.remote(compile_graph)
        pending = {}
        for graph, task in tasks:
            options = {"num_cpus": self.cpus_per_task, "memory": self.memory_per_task or task_memory(graph),
                       "max_retries": NODE_FAILURE_RETRIES, "retry_exceptions": False}
            pending[remote.options(**options).remote(task)] = graph
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            graph = pending.pop(ready[0])
            graph.attempts += 1
            try:
                outcome = ray.get(ready[0])
            except Exception as exc:  # retries exhausted: the node or worker kept dying
                outcome = _lost_worker(exc)
            settle(graph, outcome)


def _check_reachable(address: str, timeout_s: float = 5.0) -> None:
    """Ray retries an unreachable GCS address for minutes: say so at once instead."""
    if address in ("auto", "local"):
        return
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not port.isdigit():
        raise BatchError(f"--ray {address!r}: give auto, local, HOST:PORT or ray://HOST:PORT")
    try:
        socket.create_connection((host or "127.0.0.1", int(port)), timeout=timeout_s).close()
    except OSError as exc:
        raise BatchError(f"cannot reach the Ray cluster at {address!r}: {exc.strerror or exc}\n"
                         "  hint: start one with `ray start --head`, or use --workers K for a local pool") from None


def _lost_worker(exc: BaseException) -> dict:
    lost = D.Diagnostic(D.BATCH_WORKER_LOST.code, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
    return {"status": "failed", "seconds": 0.0, "worker": None, "diagnostics": [lost.to_json()]}


# -- the driver ---------------------------------------------------------------------------------

def _claims_folder(cache_dir: Path) -> Path:
    """A folder of this batch's own next to the cache (so every worker that reaches the cache
    reaches it too); removed when the batch ends. The disk cache never looks in it."""
    parent = Path(cache_dir) / "batches"
    try:
        parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder = parent / f"{socket.gethostname()}-{os.getpid()}-{time.time_ns()}"
        folder.mkdir(mode=0o700)
        return folder
    except OSError:  # a read-only cache: local workers still share /tmp
        import tempfile

        return Path(tempfile.mkdtemp(prefix="nccd-batch-claims-"))


def run_batch(inputs: list[str], options: CompileOptions, cache_dir: Path, executor,
              on_event: Callable[[dict], None] = lambda event: None, max_bytes: int | None = None,
              environment: dict[str, str] | None = None, report_path: str | None = None) -> dict:
    """Plan and execute a batch; returns the report (also sent as the ``done`` event, without
    the graphs). With ``report_path`` the whole report is written there first; the done event
    then names it, or says why it could not be written (``report_error``)."""
    started = time.perf_counter()
    paths = discover(inputs)
    if not paths:
        raise BatchError("no models found in " + ", ".join(inputs) +
                         f"\n  hint: models are files ending in {', '.join(MODEL_SUFFIXES)}, or an XLA dump folder")
    try:  # the fleet's store (NCC_REMOTE_CACHE): planned against; workers read and write it
        remote = RemoteSettings.from_env(environment or {})
    except RemoteCacheConfigError as exc:
        raise BatchError(f"{exc.code.code}: {exc}") from None
    engine = Engine(EngineConfig(cache_dir, remote=remote))
    graphs = triage(paths, options, engine, max_bytes)
    todo = [g for g in graphs if g.status == "pending"]
    on_event({"event": "plan", "graphs": len(graphs), "to_compile": len(todo),
              **{status: sum(g.status == status for g in graphs) for status in ("cached", "duplicate", "refused")},
              "executor": executor.name, "driver": f"{socket.gethostname()}:{os.getpid()}"})
    for graph in graphs:
        if graph.status != "pending":
            on_event({"event": "graph", **graph.to_json()})
    env = tuple(sorted((environment or {}).items()))
    claims = _claims_folder(cache_dir) if todo else None
    for graph in graphs:  # a program the cache answered is this batch's too: its copies are duplicates
        if claims is not None and graph.status == "cached" and graph.canonical_key:
            _claim(str(claims), graph.canonical_key, graph.label)
    tasks = [(g, CompileTask(g.label, os.path.abspath(g.path), options, str(cache_dir), max_bytes,
                             str(claims or ""), env))
             for g in todo]

    def settle(graph: Graph, outcome: dict) -> None:
        graph.status = outcome["status"]
        graph.diagnostics = outcome.get("diagnostics", [])
        graph.seconds = round(outcome.get("seconds", 0.0), 4)
        graph.cpu_seconds = round(outcome.get("cpu_seconds", 0.0), 4)
        graph.worker = outcome.get("worker")
        graph.artifact_sha256 = outcome.get("artifact_sha256")
        graph.cache = outcome.get("cache")
        graph.duplicate_of = outcome.get("duplicate_of")
        graph.canonical_key = outcome.get("canonical_key", graph.canonical_key)
        if graph.status == "ok" and outcome.get("cache") not in (None, "miss"):
            graph.status = "cached"  # another worker or machine published it meanwhile
        on_event({"event": "graph", **graph.to_json()})

    try:
        executor.run(tasks, settle)
    finally:
        if claims is not None:
            shutil.rmtree(claims, ignore_errors=True)
    summary = {status: sum(g.status == status for g in graphs) for status in STATUSES}
    compiles = sum(g.cache == "miss" for g in graphs)  # real compiler runs (refusals included)
    report = {"graphs": [g.to_json() for g in graphs], "summary": summary, "compiles": compiles,
              "options": options.to_json(), "executor": executor.name, "cache_dir": str(cache_dir),
              "seconds": round(time.perf_counter() - started, 3)}
    if report_path:
        try:
            with open(report_path, "w", encoding="utf-8") as f:
                json.dump(report, f, indent=2)
                f.write("\n")
            report["report"] = report_path
        except OSError as exc:
            report["report_error"] = f"cannot write the report to {report_path}: {exc.strerror or exc}"
    on_event({"event": "done", **{k: v for k, v in report.items() if k != "graphs"}})
    return report


def stream_batch(inputs: list[str], options: CompileOptions, cache_dir: Path, executor,
                 max_bytes: int | None = None, environment: dict[str, str] | None = None,
                 report_path: str | None = None, cancelled: threading.Event | None = None):
    """``run_batch`` for the daemon's RPCs: its events yielded as they come, from a thread of its
    own. Setting ``cancelled`` (the RPC was cancelled), or closing the generator, starts no
    more graphs; a batch that cannot start raises its BatchError from the first ``next()``."""
    events: queue.Queue = queue.Queue()
    cancelled = cancelled or threading.Event()
    finished = object()

    def on_event(event: dict) -> None:
        if cancelled.is_set():
            raise BatchCancelled
        events.put(event)

    def run() -> None:
        try:
            run_batch(inputs, options, cache_dir, executor, on_event, max_bytes, environment, report_path)
        except BatchCancelled:
            pass
        except BaseException as exc:  # re-raised in the consumer's thread
            events.put(exc)
        finally:
            events.put(finished)

    threading.Thread(target=run, name="nccd-batch", daemon=True).start()
    try:
        while (item := events.get()) is not finished:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        cancelled.set()

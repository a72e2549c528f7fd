"""Where the commands' work is done: the daemon's warm engine, or this process.

The command implementations (command_line.py, artifact_commands.py, cache_commands.py,
watch_command.py) call only this interface, so the same code prints the same output whether the
daemon runs it over its caches (``WarmBackend``) or ``ncc --no-daemon`` runs it cold
(``ColdBackend``).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, ContextManager, Iterator, Mapping, Protocol

from ..cancel import CancelToken


class Backend(Protocol):
    """What a command needs from whoever does the work."""

    #: True in the daemon (work that must run in the client, such as a Ray driver, is refused).
    in_daemon: bool

    def cache_directory(self) -> Any:
        """The compile cache's directory (the daemon's own, which the handshake made the client's)."""

    def diagnose_path(self, path: str, target: str, max_bytes: int | None, label: str) -> Any:
        """The DiagnoseReport of the model file at ``path`` (named ``label``)."""

    def compile_path(self, path: str, options: Any, output: str, max_bytes: int | None, argv: list[str], *,
                     label: str, progress: Callable[[str, str], None] | None, want_program: bool,
                     retry_failed: bool, cancel: CancelToken | None = None) -> Any:
        """The CompileResult of compiling ``path``, the artifact written to ``output``; Cancelled (at a
        stage boundary, nothing cached) once ``cancel`` is."""

    def load_executable(self, path: str, label: str) -> tuple[Any, Any]:
        """(the unpacked artifact, its runtime Executable)."""

    def disk_cache(self) -> Any:
        """The persistent compile cache (daemon/diskcache.py's DiskCache)."""

    def memory_stats(self) -> dict | None:
        """The memory caches' statistics by name (None: no memory caches here)."""

    def clear_memory(self) -> None:
        """Drop the memory caches (``ncc cache clean``)."""

    def remote_stats(self) -> dict | None:
        """The fleet's remote cache: its counters, only its URL, or None when none is set."""

    def watch(self, paths: list[str], options: Any, argv: list[str], *, debounce_s: float,
              output_dir: str | None, label: Callable[[str], str]) -> ContextManager[Any]:
        """A started WatchSession (daemon/watcher.py) for the body's duration; WatchRefused when the
        daemon serves all the watches it allows or the paths hold too many folders."""


class WarmBackend:
    """The daemon's engine: memory and disk caches, single flight, incremental recompiles.

    ``daemon`` (daemon/server.py's Daemon) bounds and counts the watches; None (tests, tools that
    run an engine of their own) leaves them unbounded."""

    in_daemon = True

    def __init__(self, engine, daemon=None):
        self.engine = engine
        self.daemon = daemon

    def cache_directory(self):
        return self.engine.config.cache_dir

    def diagnose_path(self, path, target, max_bytes, label):
        return self.engine.diagnose_path(path, target, max_bytes, label=label)

    def compile_path(self, path, options, output, max_bytes, argv, *, label, progress, want_program, retry_failed,
                     cancel=None):
        return self.engine.compile_path(path, options, output, max_bytes, argv, label=label, progress=progress,
                                        want_program=want_program, retry_failed=retry_failed, cancel=cancel)

    def load_executable(self, path, label):
        return self.engine.load_executable(path, label=label)

    def disk_cache(self):
        return self.engine.disk

    def memory_stats(self):
        return self.engine.stats()["memory"]

    def clear_memory(self):
        self.engine.clear_memory()

    def remote_stats(self):
        return self.engine.remote.stats() if self.engine.remote is not None else None

    @contextmanager
    def watch(self, paths, options, argv, *, debounce_s, output_dir, label):
        if self.daemon is None:
            with _watch_session(self.engine, paths, options, argv, debounce_s, output_dir, label) as session:
                yield session
            return
        with self.daemon.watch_slot():  # bounded (--max-watches): each one holds a thread while it lives
            with _watch_session(self.engine, paths, options, argv, debounce_s, output_dir, label) as session:
                with self.daemon.watching(session):  # counted in `ncc daemon status`
                    yield session


class ColdBackend:
    """This process, nothing kept: what ``ncc --no-daemon`` runs on."""

    in_daemon = False

    def __init__(self, env: Mapping[str, str]):
        self.env = env

    def cache_directory(self):
        from nccd.proto import paths

        return paths.cache_dir()

    def diagnose_path(self, path, target, max_bytes, label):
        from nccd.compiler.analysis.diagnose import diagnose_path

        return diagnose_path(path, target, max_bytes, label=label)

    def compile_path(self, path, options, output, max_bytes, argv, *, label, progress, want_program, retry_failed,
                     cancel=None):
        from nccd.compiler.compile import compile_path

        return compile_path(path, options, output, max_bytes, argv, label=label)

    def load_executable(self, path, label):
        from nccd.compiler import artifact as ncx
        from nccd.compiler.runtime.executable import Executable

        loaded = ncx.read_file(path)
        return loaded, Executable(loaded.module)

    def disk_cache(self):
        from nccd.proto import paths
        from ..diskcache import DiskCache
        from ..engine import DEFAULT_DISK_BUDGET

        size = self.env.get("NCC_CACHE_SIZE")
        return DiskCache(paths.cache_dir(), paths.parse_size(size) if size else DEFAULT_DISK_BUDGET)

    def memory_stats(self):
        return None

    def clear_memory(self):
        pass

    def remote_stats(self):
        url = self.env.get("NCC_REMOTE_CACHE")
        return {"url": url} if url else None

    @contextmanager
    def watch(self, paths, options, argv, *, debounce_s, output_dir, label):
        from nccd.proto import paths as runtime_paths

        from ..engine import Engine, EngineConfig

        engine = Engine(EngineConfig(cache_dir=runtime_paths.cache_dir()))  # warm for as long as the watch runs
        with _watch_session(engine, paths, options, argv, debounce_s, output_dir, label) as session:
            yield session


@contextmanager
def _watch_session(engine, paths, options, argv, debounce_s, output_dir, label) -> Iterator[Any]:
    from ..watcher import WatchSession

    session = WatchSession(engine, paths, options, argv, debounce_s=debounce_s, output_dir=output_dir, label=label)
    try:
        session.start()  # when this returns every save is seen
        yield session
    finally:
        session.close()

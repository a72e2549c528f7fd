"""Where the commands' work is done: the daemon's warm engine, or this process.

The command implementations (commands.py, artifact_commands.py, daemon_commands.py) call only
this interface, so the same code prints the same output whether the daemon runs it over its
caches (``WarmBackend``) or ``ncc --no-daemon`` runs it cold (``ColdBackend``).
"""

from __future__ import annotations

from typing import Any, Callable, Mapping, Protocol


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
                     retry_failed: bool) -> Any:
        """The CompileResult of compiling ``path``, the artifact written to ``output``."""

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


class WarmBackend:
    """The daemon's engine: memory and disk caches, single flight, incremental recompiles."""

    in_daemon = True

    def __init__(self, engine):
        self.engine = engine

    def cache_directory(self):
        return self.engine.config.cache_dir

    def diagnose_path(self, path, target, max_bytes, label):
        return self.engine.diagnose_path(path, target, max_bytes, label=label)

    def compile_path(self, path, options, output, max_bytes, argv, *, label, progress, want_program, retry_failed):
        return self.engine.compile_path(path, options, output, max_bytes, argv, label=label, progress=progress,
                                        want_program=want_program, retry_failed=retry_failed)

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

    def compile_path(self, path, options, output, max_bytes, argv, *, label, progress, want_program, retry_failed):
        from nccd.compiler.compile import compile_path

        return compile_path(path, options, output, max_bytes, argv, label=label)

    def load_executable(self, path, label):
        from nccd.compiler import artifact as ncx
        from nccd.compiler.runtime.executable import Executable

        loaded = ncx.read_file(path)
        return loaded, Executable(loaded.module)

    def disk_cache(self):
        from nccd.proto import paths
        from nccd.daemon.diskcache import DiskCache
        from nccd.daemon.engine import DEFAULT_DISK_BUDGET

        size = self.env.get("NCC_CACHE_SIZE")
        return DiskCache(paths.cache_dir(), paths.parse_size(size) if size else DEFAULT_DISK_BUDGET)

    def memory_stats(self):
        return None

    def clear_memory(self):
        pass

    def remote_stats(self):
        url = self.env.get("NCC_REMOTE_CACHE")
        return {"url": url} if url else None

"""Watch mode: recompile models as they are saved (watchdog), one event per compile.

Used by the Watch RPC and by `ncc watch --no-daemon`. A save is debounced (editors write a
file in several steps: truncate, write, rename), compiled once per distinct content (a touch
or a save without changes compiles nothing), and files that are not models are ignored:
version-control directories, editor swap and backup files, our own artifacts and reports,
temporary files of atomic writes.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from nccd.compiler.compile import default_output
from nccd.compiler.hlo.loader import looks_like_text

#: In a watched folder these are models; a plain .txt only when it holds HLO text (XLA dumps).
_DIRECTORY_MODEL_SUFFIXES = (".hlo", ".hlo.txt", ".hlo.pb", ".hlo_module.pb", ".txt")
_IGNORED_DIRS = frozenset({".git", ".hg", ".svn", ".jj", "__pycache__", ".venv", "node_modules", ".mypy_cache",
                           ".pytest_cache"})
_IGNORED_SUFFIXES = (".ncx", ".html", ".json", ".npz", ".npy", ".swp", ".swx", ".tmp", "~", ".bak", ".orig",
                     ".log", ".py", ".pyc")


def is_model_path(path: str, explicit: frozenset[str]) -> bool:
    """Whether a changed file is a model to compile (explicitly watched files always are)."""
    if path in explicit:
        return True
    parts = Path(path).parts
    if any(part in _IGNORED_DIRS for part in parts):
        return False
    name = parts[-1] if parts else ""
    if name.startswith((".", "#")) or name.endswith(_IGNORED_SUFFIXES):
        return False
    return name.endswith(_DIRECTORY_MODEL_SUFFIXES)


#: Folders one watch may cover: each is an inotify watch, a per-user kernel resource shared with
#: every other program of the user (editors, build tools). NCC_WATCH_MAX_DIRS changes it.
DEFAULT_MAX_WATCH_DIRS = 4096


class WatchRefused(ValueError):
    """A watch nccd will not start: too many streams, or too many folders (``code`` says which)."""

    def __init__(self, code, message: str):
        super().__init__(message)
        self.code = code  # the registry's entry (compiler/diagnostics.py)

    def report(self) -> str:
        return f"error[{self.code.code}]: {self}\n  hint: {self.code.hint}"


def max_watch_dirs() -> int:
    try:
        return max(int(os.environ.get("NCC_WATCH_MAX_DIRS") or DEFAULT_MAX_WATCH_DIRS), 1)
    except ValueError:
        return DEFAULT_MAX_WATCH_DIRS


def count_watch_dirs(paths: list[str], limit: int) -> int:
    """The folders (inotify watches) watching ``paths`` takes; WatchRefused past ``limit``.

    Counted before any watch is added, stopping at the limit (a watch of / is not walked whole)."""
    from nccd.compiler.diagnostics import WATCH_TOO_MANY_DIRS

    folders: set[str] = set()
    for path in paths:
        if not os.path.isdir(path):
            folders.add(os.path.dirname(path))
            continue
        for dirpath, _, _ in os.walk(path):
            folders.add(dirpath)
            if len(folders) > limit:
                raise WatchRefused(WATCH_TOO_MANY_DIRS,
                                   f"watching {path} would take more than {limit} folders (inotify watches, "
                                   "NCC_WATCH_MAX_DIRS)")
    return len(folders)


class _Handler(FileSystemEventHandler):
    def __init__(self, session: "WatchSession"):
        self.session = session

    def on_any_event(self, event) -> None:
        if event.is_directory or event.event_type not in ("created", "modified", "moved", "closed"):
            return
        target = getattr(event, "dest_path", "") or event.src_path
        self.session.changed(os.fsdecode(target))


class WatchSession:
    """Watches ``paths`` and yields one event dict (the WatchEvent fields) per compile."""

    def __init__(self, engine, paths: list[str], options, argv: list[str], *, debounce_s: float = 0.2,
                 output_dir: str | None = None, label=None, max_dirs: int | None = None):
        self.engine = engine
        self.options = options
        self.argv = argv
        self.debounce_s = debounce_s
        self.output_dir = output_dir
        self.label = label or (lambda path: path)
        self.paths = [os.path.abspath(p) for p in paths]
        self.folders = count_watch_dirs(self.paths, max_watch_dirs() if max_dirs is None else max_dirs)
        self.explicit = frozenset(p for p in self.paths if os.path.isfile(p))
        self._pending: dict[str, float] = {}
        self._last_content: dict[str, str] = {}
        self._lock = threading.Condition()
        self._stopped = threading.Event()
        self._events: queue.Queue = queue.Queue()
        self._observer = Observer()
        watched_dirs = set()
        for path in self.paths:
            folder = path if os.path.isdir(path) else os.path.dirname(path)
            if folder not in watched_dirs:  # a file is watched through its folder (editors replace files)
                watched_dirs.add(folder)
                self._observer.schedule(_Handler(self), folder, recursive=os.path.isdir(path))
        self.compiles = 0
        self._started = False

    def _wanted(self, path: str) -> bool:
        if path in self.explicit:
            return True
        inside = any(path.startswith(p.rstrip(os.sep) + os.sep) for p in self.paths if p not in self.explicit)
        return inside and is_model_path(path, self.explicit)

    def changed(self, path: str) -> None:
        path = os.path.abspath(path)
        if self._stopped.is_set() or not self._wanted(path):
            return
        with self._lock:
            self._pending[path] = time.monotonic() + self.debounce_s
            self._lock.notify()

    def stop(self) -> None:
        self._stopped.set()
        with self._lock:
            self._lock.notify_all()
        self._events.put(None)

    def _output_for(self, path: str) -> str:
        name = default_output(path)
        return os.path.join(self.output_dir or os.path.dirname(path), name)

    def _compile(self, path: str) -> dict | None:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            return None  # deleted or moved away before we got to it
        if path not in self.explicit and path.endswith(".txt") and not looks_like_text(data):
            return None  # a notes file beside the models, not an HLO dump
        digest = hashlib.sha256(data).hexdigest()
        if self._last_content.get(path) == digest:
            return None  # saved without changes: nothing to do
        self._last_content[path] = digest
        label = self.label(path)
        output = self._output_for(path)
        result = self.engine.compile_path(path, self.options, output, None, self.argv, label=label)
        self.compiles += 1
        errors = sum(d.is_error for d in result.diagnostics)
        warnings = len(result.diagnostics) - errors
        when = time.strftime("%H:%M:%S")
        if result.ok:
            cache = {"memory": "warm", "disk": "disk cache", "remote": "remote cache", "incremental": "incremental"}.get(result.cache, "compiled")
            summary = (f"{when} ok    {label}: {result.compile_ms:.0f} ms ({cache}), {warnings} warning"
                       f"{'s' if warnings != 1 else ''} -> {self.label(output)}")
        else:
            first = next(d for d in result.diagnostics if d.is_error)
            summary = (f"{when} error {label}: {errors} error{'s' if errors != 1 else ''}, {warnings} warning"
                       f"{'s' if warnings != 1 else ''}; first: {first.location_text()}: [{first.code}] "
                       f"{first.message}")
        import json

        return {"path": label, "ok": result.ok, "cache": result.cache or "", "compile_ms": result.compile_ms,
                "errors": errors, "warnings": warnings, "output": self.label(output) if result.ok else "",
                "summary": summary, "result": result, "cli_json": json.dumps(result.to_json())}

    def _worker(self) -> None:
        while not self._stopped.is_set():
            with self._lock:
                now = time.monotonic()
                due = [p for p, t in self._pending.items() if t <= now]
                if not due:
                    wait = min(self._pending.values(), default=now + 1.0) - now
                    self._lock.wait(timeout=max(wait, 0.01))
                    continue
                for p in due:
                    del self._pending[p]
            for path in sorted(due):
                try:
                    event = self._compile(path)
                except Exception as exc:  # a bug must not end the watch: report it as an event
                    event = {"path": self.label(path), "ok": False, "summary": f"internal error: {exc}",
                             "errors": 1}
                if event is not None:
                    self._events.put(event)

    def start(self) -> None:
        """Start watching: when this returns, every save is seen (the inotify watches exist)."""
        if self._started:
            return
        self._started = True
        self._observer.start()  # adds the inotify watches before it returns
        threading.Thread(target=self._worker, name="nccd-watch", daemon=True).start()

    def events(self):
        """Yields event dicts until :meth:`stop` (starts watching first, if :meth:`start` was not called)."""
        self.start()
        try:
            while True:
                event = self._events.get()
                if event is None:
                    return
                yield event
        finally:
            self.close()

    def close(self) -> None:
        """Stop, and release the inotify watches."""
        self.stop()
        if self._started and self._observer.is_alive():
            self._observer.stop()
            self._observer.join(timeout=5)

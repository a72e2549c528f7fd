"""The other Python files of the document's project, for what they return: ``from .heads import Head``.

When compiled code calls a function or a submodule defined in another file of the
same project (``self.head(x)`` with ``self.head = Head(...)`` imported from
``heads.py``, or ``box_ops.clip(boxes)``), the kinds of what it returns come from
walking that function, as for a local one. Findings in the other file belong to
that file's own analysis and are not reported here.

A module name is looked up as a file: relative imports from the document's
package, absolute ones under the project root (the nearest folder above the
document with a ``pyproject.toml``, ``setup.py``, ``setup.cfg`` or ``.git``, or
its ``src/``). Installed packages (torch, numpy...) are never read. Each file is
read and indexed once per change (its modification time and size), so editing
the document costs nothing more; a file that does not parse, or is larger than
1 MB, is ignored.
"""

from __future__ import annotations

import ast
import os
import threading
from pathlib import Path

from .python_index import ModuleIndex
from .python_source import PythonSource

_ROOT_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", ".git")
_MAX_BYTES = 1 << 20
_MAX_UP = 8


def project_root(document: Path) -> Path:
    """The nearest folder above ``document`` that looks like a project root (its own folder otherwise)."""
    folder = document.parent
    for candidate in (folder, *list(folder.parents)[:_MAX_UP]):
        if any((candidate / marker).exists() for marker in _ROOT_MARKERS):
            return candidate
    return folder


class ForeignModule:
    """Another file of the project, parsed and indexed; ``checker`` walks its functions for return kinds."""

    def __init__(self, path: Path, stamp: tuple, index: ModuleIndex, source: PythonSource):
        self.path = path
        self.stamp = stamp
        self.index = index
        self.source = source
        #: target -> the ModuleChecker that gives this module's return kinds (python_analysis builds it)
        self.checkers: dict = {}


class Workspace:
    """The files of one project; shared by the documents in it, used by one analysis at a time."""

    def __init__(self, root: Path):
        self.root = root
        self.lock = threading.RLock()
        self._modules: dict[Path, ForeignModule | None] = {}
        self._stamps: dict[Path, tuple] = {}

    def module_file(self, qualified: str, importer: Path) -> tuple[Path, list[str]] | None:
        """The file a dotted name from an import lives in, and the names after the module (``Head``)."""
        dots = len(qualified) - len(qualified.lstrip("."))
        parts = [p for p in qualified.lstrip(".").split(".") if p]
        if dots:
            base = importer.parent
            for _ in range(dots - 1):
                base = base.parent
            bases = [base]
        else:
            bases = [self.root, self.root / "src"]
        for base in bases:
            for k in range(len(parts), 0, -1):
                stem = base.joinpath(*parts[:k])
                for candidate in (stem.with_suffix(".py"), stem / "__init__.py"):
                    if candidate.is_file():
                        return candidate, parts[k:]
        return None

    def module(self, path: Path) -> ForeignModule | None:
        try:
            stat = path.stat()
        except OSError:
            return None
        stamp = (stat.st_mtime_ns, stat.st_size)
        known = self._modules.get(path)
        if path in self._modules and self._stamps.get(path) == stamp:
            return known
        found = None
        if stat.st_size <= _MAX_BYTES:
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
                source = PythonSource(text)
                found = ForeignModule(path, stamp, ModuleIndex(ast.parse(text), source.lines), source)
            except (SyntaxError, ValueError, RecursionError, MemoryError, OSError):
                found = None
        self._modules[path] = found
        self._stamps[path] = stamp
        return found

    def lookup(self, qualified: str, importer: Path) -> tuple[ForeignModule, ast.AST] | None:
        """The function or class a dotted name imported by ``importer`` names in another file of the project."""
        located = self.module_file(qualified, importer)
        if located is None:
            return None
        path, rest = located
        if path == importer or len(rest) != 1:
            return None
        module = self.module(path)
        if module is None:
            return None
        name = rest[0]
        node = module.index.module_functions.get(name) or module.index.classes.get(name)
        return (module, node) if node is not None else None

    def signature(self, qualified_names, importer: Path) -> tuple:
        """The files a module's imports name, with their stamps: a cached result is stale when one changes."""
        out = []
        for qualified in sorted(set(qualified_names)):
            located = self.module_file(qualified, importer)
            if located is not None and located[0] != importer:
                try:
                    stat = located[0].stat()
                except OSError:
                    continue
                out.append((str(located[0]), stat.st_mtime_ns, stat.st_size))
        return tuple(out)


_WORKSPACES: dict[Path, Workspace] = {}
_WORKSPACES_LOCK = threading.Lock()


def workspace_for(path: str | os.PathLike | None) -> tuple[Workspace, Path] | None:
    """The workspace of the document at ``path`` (None for a document that is not a file)."""
    if not path:
        return None
    document = Path(path).resolve()
    root = project_root(document)
    with _WORKSPACES_LOCK:
        found = _WORKSPACES.get(root)
        if found is None:
            found = _WORKSPACES[root] = Workspace(root)
    return found, document

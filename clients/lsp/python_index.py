"""The module index: where each function and class of a module is defined, and how to find them.

Built per top-level chunk (see :mod:`.python_incremental`), so an edit in one
function re-indexes only its chunk. Besides definitions it records the calls of
transformations (``jax.jit(f)``, ``lax.while_loop(cond, body, init)``) with the
function they appear in, and answers "what does ``self.head(x)`` call".
"""

from __future__ import annotations

import ast
import bisect
import re

from .python_classes import ClassFacts, class_facts
from .python_names import JAX, TORCH, ImportTable
from .python_transforms import MODULE_BASES, TRANSFORMS, FunctionNode

#: Lines mentioning a transformation: only statements on them are searched for ``jax.jit(f)``-style calls.
_TRANSFORM_WORDS = re.compile(r"\b(?:%s)\b" % "|".join(sorted({name.rsplit(".", 1)[1] for name in TRANSFORMS})))
_NESTED_BODIES = ("body", "orelse", "finalbody")
_TYPE_COMMENT = re.compile(r"#\s*type:\s*(\(.*\)\s*->.*?)\s*$")


class _Tables:
    """What a module index holds; each chunk's part holds the same for its own statements."""

    def __init__(self):
        self.module_functions: dict[str, FunctionNode] = {}
        self.classes: dict[str, ast.ClassDef] = {}
        self.class_of: dict[int, ast.ClassDef] = {}
        self.parent_of: dict[int, FunctionNode | None] = {}
        self.nested: dict[int, dict[str, FunctionNode]] = {}
        self.functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        self.all_classes: list[ast.ClassDef] = []
        #: (transformation call, the function it is in or None)
        self.transform_calls: list[tuple[ast.Call, FunctionNode | None]] = []


class _IndexPart(_Tables):
    """The functions, classes, imports and transformation calls of one top-level chunk.

    Built in one pass over the *statements* (expressions are only visited in statements on lines that
    mention a transformation). A chunk the edit did not touch keeps its part (see python_incremental).
    """

    def __init__(self, statements: list[ast.stmt], chunk: tuple, first_line: int, text: str):
        self.first = statements[0] if statements else None
        self.chunk = chunk
        _Tables.__init__(self)
        self.imports: list[ast.stmt] = []
        self._lines = text.split("\n")
        self._first_line = first_line
        newlines = [m.start() for m in re.finditer("\n", text)]
        #: 1-based lines that mention a transformation, sorted (one regex over the text, not one per line)
        self._transform_lines = sorted({first_line + bisect.bisect_left(newlines, m.start()) + 1
                                        for m in _TRANSFORM_WORDS.finditer(text)})
        self._index(statements, None, None)
        self.class_outline = tuple((c.name, tuple(ast.unparse(b) for b in c.bases),
                                    tuple(s.name for s in c.body if isinstance(s, (ast.FunctionDef,
                                                                                     ast.AsyncFunctionDef))))
                                   for c in self.all_classes)

    def _index(self, body: list[ast.stmt], cls: ast.ClassDef | None, parent: FunctionNode | None) -> None:
        for stmt in body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self._read_type_comment(stmt)
                self.functions.append(stmt)
                self.parent_of[id(stmt)] = parent
                if cls is not None:
                    self.class_of[id(stmt)] = cls
                elif parent is not None:
                    self.nested.setdefault(id(parent), {})[stmt.name] = stmt
                else:
                    self.module_functions[stmt.name] = stmt
                self._index(stmt.body, None, stmt)
            elif isinstance(stmt, ast.ClassDef):
                self.all_classes.append(stmt)
                if parent is None and cls is None:
                    self.classes[stmt.name] = stmt
                self._index(stmt.body, stmt, parent)
            elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
                self.imports.append(stmt)
            else:
                self._scan_calls(stmt, parent)
                for name in _NESTED_BODIES:
                    nested = getattr(stmt, name, None)
                    if nested:
                        self._index(nested, cls, parent)
                for handler in getattr(stmt, "handlers", ()):
                    self._index(handler.body, cls, parent)
                for case in getattr(stmt, "cases", ()):
                    self._index(case.body, cls, parent)

    def _read_type_comment(self, func: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        """TorchScript's ``# type: (Tensor, List[Tensor]) -> Tensor`` under the ``def`` line, kept as the node's
        ``type_comment`` (parsing with ``type_comments=True`` would reject files with a misplaced one)."""
        if func.type_comment is not None or not func.body:
            return
        for number in range(func.lineno, func.body[0].lineno):  # 1-based lines after the def's first line
            row = number - 1 - self._first_line
            if 0 <= row < len(self._lines):
                match = _TYPE_COMMENT.search(self._lines[row])
                if match is not None:
                    func.type_comment = match.group(1)
                    return

    def _scan_calls(self, stmt: ast.stmt, parent: FunctionNode | None) -> None:
        at = bisect.bisect_left(self._transform_lines, stmt.lineno)
        if at == len(self._transform_lines) or self._transform_lines[at] > (stmt.end_lineno or stmt.lineno):
            return
        for attribute in ("value", "test", "iter", "items", "targets"):
            value = getattr(stmt, attribute, None)
            for root in (value if isinstance(value, list) else [value]):
                if isinstance(root, ast.withitem):
                    root = root.context_expr
                if isinstance(root, ast.AST):
                    self.transform_calls.extend((n, parent) for n in ast.walk(root) if isinstance(n, ast.Call))


class ModuleIndex(_Tables):
    """The functions, classes and imports of a module: where each is defined, and how to find them.

    ``chunk_of`` maps top-level statements to the chunks they were parsed from; with a ``memo`` (one per
    document, kept between edits) the chunks an edit did not touch are not indexed again.
    """

    def __init__(self, tree: ast.Module, lines: list[str], chunk_of: dict[int, tuple] | None = None,
                 memo: dict | None = None):
        self.tree = tree
        self.lines = lines
        #: function (by id) -> the top-level chunk it is in (see python_incremental); one chunk without it.
        self.chunk_of: dict[int, tuple] = {}
        _Tables.__init__(self)
        self._class_outline: list[tuple] = []
        self._facts: dict[int, tuple[ast.ClassDef, ClassFacts]] = {}
        imports: list[ast.stmt] = []
        used: dict = {}
        for chunk, statements in _by_chunk(tree.body, chunk_of or {}):
            part = memo.get(chunk) if memo is not None and chunk[1] is not None else None
            if part is None or part.first is not statements[0]:
                if chunk[1] is None:  # no chunks: the whole text
                    part = _IndexPart(statements, (0, ""), 0, "\n".join(lines))
                else:
                    part = _IndexPart(statements, chunk, chunk[0], chunk[1])
            used[chunk] = part
            self._add(part)
            imports += part.imports
        if memo is not None:
            memo.clear()
            memo.update(used)
        self.imports = ImportTable(imports)

    def _add(self, part: _IndexPart) -> None:
        self.module_functions.update(part.module_functions)
        self.classes.update(part.classes)
        self.class_of.update(part.class_of)
        self.parent_of.update(part.parent_of)
        self.nested.update(part.nested)
        self.functions += part.functions
        self.all_classes += part.all_classes
        self.transform_calls += part.transform_calls
        self._class_outline += part.class_outline
        self.chunk_of.update(dict.fromkeys(map(id, part.functions), part.chunk))

    def outline(self) -> tuple:
        """What every function's analysis may depend on beyond its own chunk: imports, top-level names,
        class headers and their methods (a change here invalidates every cached result)."""
        return (tuple(sorted(self.imports.aliases.items())), tuple(sorted(self.module_functions)),
                tuple(self._class_outline))

    # -- classes ------------------------------------------------------------------------------
    def base_names(self, cls: ast.ClassDef) -> list[str]:
        names = []
        for base in cls.bases:
            q = self.imports.qualname(base)
            if q is None and isinstance(base, (ast.Name, ast.Attribute)):
                q = ast.unparse(base)
            if q is not None:
                names.append(q)
        return names

    def is_module_class(self, cls: ast.ClassDef, seen: frozenset[str] = frozenset()) -> bool:
        for name in self.base_names(cls):
            if name in MODULE_BASES or name.endswith((".Module", "PreTrainedModel")):
                return True
            local = self.classes.get(name)
            if local is not None and local.name not in seen and self.is_module_class(local, seen | {cls.name}):
                return True
        return False

    def framework_of_class(self, cls: ast.ClassDef) -> str | None:
        for name in self.base_names(cls):
            if name.startswith("torch"):
                return TORCH
            if name.startswith(("flax", "equinox", "haiku", "jax")):
                return JAX
            local = self.classes.get(name)
            if local is not None and local is not cls:
                return self.framework_of_class(local)
        return None

    def method(self, cls: ast.ClassDef, name: str, depth: int = 0) -> FunctionNode | None:
        for stmt in cls.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == name:
                return stmt
        if depth < 8:
            for base in self.base_names(cls):
                local = self.classes.get(base)
                if local is not None and local is not cls:
                    found = self.method(local, name, depth + 1)
                    if found is not None:
                        return found
        return None

    # -- callables ----------------------------------------------------------------------------
    def resolve(self, node: ast.expr, scope: FunctionNode | None, cls: ast.ClassDef | None) -> FunctionNode | None:
        """The local function an expression names: a nested def, a module function, ``self.method``."""
        if isinstance(node, ast.Lambda):
            return node
        if isinstance(node, ast.Name):
            while scope is not None:
                found = self.nested.get(id(scope), {}).get(node.id)
                if found is not None:
                    return found
                scope = self.parent_of.get(id(scope))
            return self.module_functions.get(node.id)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self" \
                and cls is not None:
            submodule = self.facts(cls).submodules.get(node.attr)
            if submodule in self.classes:  # self.head(x): the head's forward
                return self.call_method(self.classes[submodule])
            return self.method(cls, node.attr)
        if isinstance(node, ast.Attribute) and cls is not None and isinstance(node.value, ast.Attribute) \
                and isinstance(node.value.value, ast.Name) and node.value.value.id == "self":
            submodule = self.facts(cls).submodules.get(node.value.attr)
            if submodule in self.classes:  # self.head.compute_loss(...): a method of the submodule
                return self.method(self.classes[submodule], node.attr)
        return None

    def call_method(self, cls: ast.ClassDef) -> FunctionNode | None:
        """What calling an instance of ``cls`` runs: ``forward`` (torch modules) or ``__call__``."""
        return self.method(cls, "forward") or self.method(cls, "__call__")

    def facts(self, cls: ast.ClassDef) -> ClassFacts:
        """What ``self`` holds in ``cls``'s methods (python_classes), computed once per class."""
        found = self._facts.get(id(cls))
        if found is None or found[0] is not cls:
            torch = (self.framework_of_class(cls) or next(iter(self.imports.frameworks), TORCH)) == TORCH
            found = self._facts[id(cls)] = (cls, class_facts(cls, self.imports.qualname, self.classes,
                                                              self.base_names, torch))
        return found[1]


def _by_chunk(body: list[ast.stmt], chunk_of: dict[int, tuple]):
    """Runs of consecutive top-level statements from one chunk: ``(chunk, statements)``; without chunks, one
    run of everything under ``(0, None)``."""
    if not chunk_of:
        if body:
            yield (0, None), body
        return
    run: list[ast.stmt] = []
    current = None
    for stmt in body:
        chunk = chunk_of.get(id(stmt), (0, ""))
        if run and chunk != current:
            yield current, run
            run = []
        current = chunk
        run.append(stmt)
    if run:
        yield current, run



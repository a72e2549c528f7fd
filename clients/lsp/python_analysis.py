"""Static checks of PyTorch and JAX model source: ``analyze_python(text, target) -> findings``.

Pure: the text is parsed with ``ast``; nothing is imported or run. The
module's compiled functions (:mod:`.python_contexts`) are walked statement by
statement with the kinds of their local names (:mod:`.python_kinds`); calls are
matched against the rule tables (:mod:`.python_rules`, :mod:`.framework_ops`),
and conditions, mask indexing and integer matmuls are checked here. Local
functions called with tensors are walked too, and their return kinds are
followed (``if self.is_empty(x):``). A file that does not parse gives no
findings: the editor's Python support reports syntax errors.
"""

from __future__ import annotations

import ast
from collections import deque
from pathlib import Path

from .findings import Finding, drop_suppressed
from .python_contexts import Context, annotated_contexts, entry_contexts, skipped
from .python_incremental import AnalysisCache, FunctionResult
from .python_index import ModuleIndex
from .python_kinds import OTHER, Kind, join
from .python_params import declared_kinds, parameter_kinds
from .python_source import PythonSource
from .python_walk import FunctionChecker
from .python_workspace import Workspace, workspace_for

#: How deep return kinds of local helpers are followed.
_SUMMARY_DEPTH = 3


def analyze_python(text: str, target: str = "trn1", cache: AnalysisCache | None = None,
                   path: str | None = None) -> list[Finding]:
    """Findings for a Python source file compiled for ``target``, suppressions applied.

    With a ``cache`` (one per document), the parts of the file an edit did not touch are not parsed or
    walked again (see :mod:`.python_incremental`); the findings are the same either way. With the document's
    ``path``, what functions and submodules imported from the project's other files return is followed too
    (:mod:`.python_workspace`).
    """
    if cache is None:
        return _analyze(text, target, None, path)
    with cache.lock:
        return _analyze(text, target, cache, path)


def _analyze(text: str, target: str, cache: AnalysisCache | None, path: str | None) -> list[Finding]:
    source = PythonSource(text)
    try:
        if cache is not None:
            tree, chunk_of = cache.parser.parse(text, source.lines)
        else:
            tree, chunk_of = ast.parse(text), None
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    index = ModuleIndex(tree, source.lines, chunk_of, cache.index_parts if cache is not None else None)
    if not index.imports.frameworks:
        return []  # neither torch nor jax: nothing of ours to check
    checker = ModuleChecker(index, source, target, cache, set(chunk_of.values()) if chunk_of else set(),
                            workspace_for(path))
    try:
        findings = checker.run()
    except RecursionError:  # absurdly deep expressions: better nothing than a crash
        return []
    return drop_suppressed(findings, source.lines)


class ModuleChecker:
    """Walks every compiled function of a module once per widening of its parameter kinds."""

    def __init__(self, index: ModuleIndex, source: PythonSource, target: str, cache: AnalysisCache | None = None,
                 chunks: set | None = None, workspace: tuple[Workspace, Path] | None = None):
        self.index = index
        self.imports = index.imports
        self.source = source
        self.target = target
        self.cache = cache
        self.chunks = chunks or set()
        #: the project the module is in, and its own path (None: the module alone)
        self.workspace: Workspace | None = workspace[0] if workspace is not None else None
        self.document: Path | None = workspace[1] if workspace is not None else None
        self._outline = None
        if cache is not None:  # what a cached result depends on beyond its chunks: the files imported too
            files = workspace[0].signature(self.imports.aliases.values(), workspace[1]) if workspace else ()
            self._outline = (index.outline(), target, files)
        self.contexts: dict[int, Context] = {}
        self.results: dict[int, list[Finding]] = {}
        self.queue: deque[int] = deque()
        #: (function, parameter kinds) -> (its return kind, the chunks its walk read)
        self._summaries: dict[tuple, tuple[Kind | None, frozenset]] = {}
        self._summary_depth = 0
        #: Functions that eager-only code calls (the other side of a tracing guard): not compiled by that call.
        self.eager_called: set[int] = set()

    def enqueue(self, ctx: Context) -> None:
        key = id(ctx.func)
        known = self.contexts.get(key)
        if known is None:
            self.contexts[key] = ctx
        elif not known.merge(ctx):
            return
        if key not in self.queue:
            self.queue.append(key)

    def run(self) -> list[Finding]:
        for ctx in entry_contexts(self.index):
            self.enqueue(ctx)
        budget = 4 * (len(self.index.parent_of) + len(self.contexts)) + 16
        budget = self._drain(budget)
        # then tensor-annotated functions nothing compiled reached, unless eager-only code calls them; callers
        # are usually defined after their helpers, so the last first: a helper's eager callers are walked by then
        for ctx in reversed(annotated_contexts(self.index)):
            if id(ctx.func) not in self.contexts and id(ctx.func) not in self.eager_called:
                self.enqueue(ctx)
                budget = self._drain(budget + 8)
        if self.cache is not None:
            self.cache.keep_only(self.chunks)
        seen: set[tuple] = set()
        out = []
        for found in self.results.values():
            for f in found:
                key = (f.code, f.span)
                if key not in seen:
                    seen.add(key)
                    out.append(f)
        out.sort(key=lambda f: (f.span.line, f.span.col, f.code))
        return out

    def _drain(self, budget: int) -> int:
        while self.queue and budget > 0:
            budget -= 1
            ctx = self.contexts[self.queue.popleft()]
            key = self._cache_key(ctx)
            cached = self.cache.lookup(key, ctx.func, self.chunks) if key is not None and self.cache is not None \
                else None
            if cached is not None:  # the function and everything it used are unchanged
                self.results[id(ctx.func)] = cached.findings
                for handed_on in cached.enqueued:
                    self.enqueue(handed_on.copy())
                self.eager_called |= cached.eager_called
                continue
            checker = FunctionChecker(self, ctx)
            self.results[id(ctx.func)] = checker.run()
            if key is not None and self.cache is not None:
                self.cache.results[key] = FunctionResult(ctx.func, checker.findings, checker.returns,
                                                         checker.enqueued, frozenset(checker.chunks),
                                                         frozenset(checker.eager_called))
            self.eager_called |= checker.eager_called
        return budget

    def _cache_key(self, ctx: Context) -> tuple | None:
        if self.cache is None:
            return None
        facts = self.index.facts(ctx.cls) if ctx.cls is not None else None
        return (id(ctx.func), tuple(sorted(ctx.params.items())), tuple(sorted(ctx.closure.items())), ctx.framework,
                ctx.certain,
                id(ctx.cls) if ctx.cls is not None else None, self._outline,
                (tuple(sorted(facts.attributes.items())), tuple(sorted(facts.submodules.items()))) if facts else None)

    def chunk_of(self, func) -> tuple:
        return self.index.chunk_of.get(id(func), (0, ""))

    # -- calls of local functions ---------------------------------------------------------------
    def callee_context(self, call: ast.Call, caller: FunctionChecker) -> Context | None:
        """The context a call of one of the module's functions gives it (its parameters' kinds from the
        arguments); None for anything else (functions of other files are followed for return kinds only)."""
        func, cls, owner = self._callee(call.func, caller)
        if owner is not self:
            return None
        return self._bound(func, cls, call, caller)

    def _bound(self, func, cls, call: ast.Call, caller: FunctionChecker) -> Context | None:
        if func is None or func is caller.ctx.func or isinstance(func, ast.Lambda) or skipped(self.index, func):
            return None
        caller.chunks.add(self.chunk_of(func))
        is_method = id(func) in self.index.class_of
        params = parameter_kinds(func, skip_first=is_method)
        declared = declared_kinds(func, skip_first=is_method)
        names = [a.arg for a in (*func.args.posonlyargs, *func.args.args)][1 if is_method else 0:]
        bound = {name: OTHER for name in params}
        passed = list(zip(names, call.args)) + [(kw.arg, kw.value) for kw in call.keywords if kw.arg in bound]
        for name, arg in passed:
            given, says = caller.kinds.kind(arg), declared.get(name)
            # an annotation fills in what we could not see, and says "not a tensor" over a guess
            bound[name] = says if says is not None and (not given.tensor or (given.guessed and not says.tensor)) \
                else given
        return Context(func, bound, caller.ctx.framework, cls if cls is not None else self.index.class_of.get(id(func)),
                       certain=caller.ctx.certain)

    def local_callee(self, node: ast.expr, caller: FunctionChecker):
        """The function (of this module or of another file of the project) a call runs, or None."""
        return self._callee(node, caller)[0]

    def _callee(self, node: ast.expr, caller: FunctionChecker) -> tuple:
        """The function a call runs, its class, and the module checker it belongs to: a module function,
        ``self.method``, a submodule's ``forward``, a method of a local instance, the ``__init__`` of a plain
        class built in compiled code, or the same in another file of the project."""
        index = self.index
        if isinstance(node, ast.Name) and node.id in caller.instances:
            cls = caller.instances[node.id]
            return index.call_method(cls), cls, self
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in caller.instances:
            cls = caller.instances[node.value.id]
            return index.method(cls, node.attr), cls, self
        if isinstance(node, ast.Name) and node.id in index.classes and node.id not in caller.env:
            cls = index.classes[node.id]
            return (None, None, self) if index.is_module_class(cls) else (index.method(cls, "__init__"), cls, self)
        local = index.resolve(node, caller.ctx.func, caller.ctx.cls)
        if local is not None or self.workspace is None:
            return local, None, self
        return self._foreign(node, caller)

    def _foreign(self, node: ast.expr, caller: FunctionChecker) -> tuple:
        """A function or submodule imported from another file of the project (python_workspace)."""
        none = (None, None, self)
        submodule = False
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self" \
                and caller.ctx.cls is not None:
            qualified = self.index.facts(caller.ctx.cls).submodules.get(node.attr)
            submodule = True
        else:
            qualified = self.imports.qualname(node)
        if qualified is None or "." not in qualified:
            return none
        workspace, document = self.workspace, self.document
        assert workspace is not None and document is not None  # _callee looks abroad only inside a project
        found = workspace.lookup(qualified, document)
        if found is None:
            return none
        module, target = found
        owner = module.checkers.get(self.target)
        if owner is None:
            owner = module.checkers[self.target] = ModuleChecker(module.index, module.source, self.target,
                                                                  workspace=(workspace, module.path))
        if isinstance(target, ast.ClassDef):
            if submodule:
                return owner.index.call_method(target), target, owner
            if owner.index.is_module_class(target):
                return none  # building a module: not a call of its forward
            return owner.index.method(target, "__init__"), target, owner
        return (None, None, self) if submodule else (target, None, owner)

    def return_kind(self, call: ast.Call, caller: FunctionChecker) -> Kind | None:
        """What a call of a function of this module or project returns, or None when the callee is neither
        (or too deep, or recursive: then the caller guesses as for any callable it cannot see)."""
        func, cls, owner = self._callee(call.func, caller)
        if owner is self:
            ctx = self._bound(func, cls, call, caller)
            return self.summary(ctx, caller) if ctx is not None else None
        ctx = owner._bound(func, cls, call, caller)
        if ctx is None:
            return None
        assert self.workspace is not None  # the callee is another file's: there is a project
        with self.workspace.lock:  # another file's summaries are shared by every document of the project
            return owner.summary(ctx, None)

    def summary(self, ctx: Context, caller: FunctionChecker | None) -> Kind | None:
        """The return kind of ``ctx``'s function (walked without reporting), memoised per parameter kinds."""
        key = (id(ctx.func), tuple(sorted(ctx.params.items())))
        if key in self._summaries:
            result, chunks = self._summaries[key]
            if caller is not None:
                caller.chunks |= chunks
            return result
        if self._summary_depth >= _SUMMARY_DEPTH:
            return None
        self._summaries[key] = (None, frozenset())  # recursion guard
        self._summary_depth += 1
        try:
            checker = FunctionChecker(self, ctx, report=False)
            checker.run()
            result = join(*checker.returns) if checker.returns else OTHER
        finally:
            self._summary_depth -= 1
        self._summaries[key] = (result, frozenset(checker.chunks))
        if caller is not None:
            caller.chunks |= checker.chunks
        return result

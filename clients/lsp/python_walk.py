"""One walk of one compiled function: the kinds of its local names, and which of its code runs compiled.

Statements are followed in order (both branches of an ``if`` merged, loop
bodies walked again when they change a name's kind). Code that does not run
compiled on the device is walked *silently* (its names still get kinds, but
nothing in it is reported or followed): the side of a tracing or device guard
that is eager or for another device, the rest of a block after an early
``return`` under such a guard, and branches that end by raising an error
(:mod:`.python_guards`). ``isinstance`` tests narrow what a name holds in each
branch. The expression rules are in :mod:`.python_checks`; the module-level
driver is :class:`~.python_analysis.ModuleChecker` (``module`` below): it
decides which functions to walk and gives the return kinds of local helpers.
"""

from __future__ import annotations

import ast

from nccd.compiler import diagnostics as D

from . import python_guards as guards
from .findings import Finding
from .python_checks import ExpressionChecks
from .python_contexts import Context
from .python_kinds import OTHER, TENSOR, Kind, KindInference, join
from .python_names import TORCH
from .python_params import optional_parameters
from .python_source import Positioned

#: Loop bodies are walked twice (so names assigned late in the body are known early) up to this depth.
_REWALK_DEPTH = 2
#: ``isinstance(x, T)`` with T one of these: x is an array in that branch.
_ARRAY_TYPES = frozenset({"Tensor", "Array", "ArrayImpl"})


class FunctionChecker(ExpressionChecks):
    """One walk of one compiled function: local kinds, and the findings in its body."""

    def __init__(self, module, ctx: Context, report: bool = True):
        self.module = module
        self.ctx = ctx
        self.report = report
        self.source = module.source
        self.env: dict[str, Kind] = {**ctx.closure, **ctx.params}
        facts = module.index.facts(ctx.cls) if ctx.cls is not None else None
        self.kinds = KindInference(self.env, module.imports.qualname, self._local_return,
                                   facts.attributes if facts is not None else None, torch=ctx.framework == TORCH)
        self.findings: list[Finding] = []
        self.returns: list[Kind] = []
        #: The contexts this walk handed on, and the chunks it consulted (for the incremental cache).
        self.enqueued: list[Context] = []
        self.chunks: set = {module.chunk_of(ctx.func)}
        self.eager_called: set[int] = set()
        #: Local names bound to instances of the module's classes (``criterion = Loss(...)``), and the last value
        #: assigned to each name (``cond = partial(check, n=4)``), for following calls.
        self.instances: dict[str, ast.ClassDef] = {}
        self.values: dict[str, ast.expr] = {}
        self._loop_depth = 0
        #: > 0 while walking code that does not run compiled (nothing reported or followed there).
        self.silent = 0
        self._locals = set(module.index.nested.get(id(ctx.func), {}))
        #: ``scale=None`` parameters not reassigned yet: ``scale or default`` asks "was it given", not a value.
        self._optional = self.kinds.optional = optional_parameters(ctx.func)

    def _local_return(self, call: ast.Call) -> Kind | None:
        return self.module.return_kind(call, self)

    def run(self) -> list[Finding]:
        func = self.ctx.func
        if isinstance(func, ast.Lambda):
            self.expr(func.body)
            self.returns.append(self.kinds.kind(func.body))
        else:
            self.block(func.body)
        return self.findings

    def add(self, code: str, node: Positioned, message: str, fixes=(), **data) -> None:
        if self.report and not self.silent:
            severity = None
            if not self.ctx.certain:
                severity = "information"
                message += f" (if `{getattr(self.ctx.func, 'name', 'lambda')}` runs compiled: nothing here that is " \
                           "compiled calls it, but its annotations say it takes tensors)"
            self.findings.append(Finding(code, message, self.source.span(node),
                                         tuple(f for f in fixes if f is not None), data=data, severity=severity))

    # -- statements --------------------------------------------------------------------------
    def block(self, body: list[ast.stmt]) -> None:
        silenced = 0
        for stmt in body:
            self.kinds.forget()
            self.stmt(stmt)
            if isinstance(stmt, ast.If) and self._rest_not_compiled(stmt):
                self.silent += 1  # `if is_tracing(): return traced(x)` -- what follows is the eager variant
                silenced += 1
        self.silent -= silenced

    @staticmethod
    def _rest_not_compiled(node: ast.If) -> bool:
        if guards.leaves(node.body) and not guards.compiled_if(node.test, False):
            return True
        return bool(node.orelse) and guards.leaves(node.orelse) and not guards.compiled_if(node.test, True)

    def silently(self, body: list[ast.stmt], compiled: bool = False) -> None:
        """Walk ``body``; report nothing in it unless ``compiled``."""
        self.silent += not compiled
        self.block(body)
        self.silent -= not compiled

    def stmt(self, node: ast.stmt) -> None:
        handler = getattr(self, f"stmt_{type(node).__name__}", None)
        if handler is not None:
            handler(node)
            return
        for child in ast.iter_child_nodes(node):  # Raise, Delete, Match subjects...
            if isinstance(child, ast.expr):
                self.expr(child)
            elif isinstance(child, ast.stmt):
                self.stmt(child)

    def stmt_FunctionDef(self, node) -> None:
        self._locals.add(node.name)
        self.env[node.name] = OTHER
        self.kinds.forget()

    stmt_AsyncFunctionDef = stmt_FunctionDef

    def stmt_ClassDef(self, node) -> None:
        self.env[node.name] = OTHER

    def stmt_Assign(self, node: ast.Assign) -> None:
        self.expr(node.value)
        shape = self.kinds.assigned_shape(node.value)
        for target in node.targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name):
                    self._optional.discard(name.id)
            self.store(target, node)
            self._remember(target, node.value)
            self.kinds.bind(target, shape)

    def _remember(self, target: ast.expr, value: ast.expr) -> None:
        if not isinstance(target, ast.Name):
            return
        self.values[target.id] = value
        cls = self.module.index.classes.get(value.func.id) \
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) else None
        if cls is not None:
            self.instances[target.id] = cls
        else:
            self.instances.pop(target.id, None)

    def stmt_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.expr(node.value)
            self.store(node.target, None)
            self.kinds.bind(node.target, self.kinds.kind(node.value))

    def stmt_AugAssign(self, node: ast.AugAssign) -> None:
        self.expr(node.value)
        if isinstance(node.target, ast.Name):
            combined = ast.BinOp(left=node.target, op=node.op, right=node.value)
            self.kinds.bind(node.target, self.kinds.kind(combined))
        else:
            self.store(node.target, node)

    def stmt_Expr(self, node: ast.Expr) -> None:
        self.expr(node.value)

    def stmt_Return(self, node: ast.Return) -> None:
        if node.value is not None:
            self.expr(node.value)
            if not (isinstance(node.value, ast.Constant) and node.value.value is None):  # `return None` early
                self.returns.append(self.kinds.kind(node.value))

    def stmt_If(self, node: ast.If) -> None:
        self.condition(node.test, D.PY_TENSOR_CONDITION.code, "`if`", node)
        self.expr(node.test)
        before, instances = dict(self.env), dict(self.instances)
        when_true, when_false = self._narrowing(node.test)
        self.env.update(when_true)
        self.silently(node.body, guards.compiled_if(node.test, True) and not guards.ends_in_raise(node.body))
        after_body = dict(self.env)
        self._restore(before)
        self.instances, body_instances = instances, self.instances
        self.env.update(when_false)
        self.silently(node.orelse, guards.compiled_if(node.test, False) and not guards.ends_in_raise(node.orelse))
        if guards.leaves(node.body):  # what follows the if only sees the else branch's names
            return
        if guards.leaves(node.orelse):
            self._restore(after_body)
            self.instances = body_instances
            return
        self._merge(after_body)
        self.instances = {name: cls for name, cls in self.instances.items() if body_instances.get(name) is cls}

    def _narrowing(self, test: ast.expr) -> tuple[dict[str, Kind], dict[str, Kind]]:
        """What ``isinstance(x, T)`` says ``x`` holds when the test is true, and when it is false."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            when_true, when_false = self._narrowing(test.operand)
            return when_false, when_true
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
            out: dict[str, Kind] = {}
            for value in test.values:
                out.update(self._narrowing(value)[0])
            return out, {}
        if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance"
                and len(test.args) == 2 and isinstance(test.args[0], ast.Name)):
            return {}, {}
        name, types = test.args[0].id, test.args[1]
        words = {n.id if isinstance(n, ast.Name) else n.attr for n in ast.walk(types)
                 if isinstance(n, (ast.Name, ast.Attribute))}
        if words & _ARRAY_TYPES:
            known = self.env.get(name, OTHER)
            return {name: known.sure() if known.tensor else TENSOR}, {name: OTHER}
        return {name: OTHER}, {}  # a tuple, a list, a number...: not a tensor here (and we cannot tell what is in it)

    def stmt_While(self, node: ast.While) -> None:
        self.condition(node.test, D.PY_TENSOR_WHILE.code, "`while`", node)
        self.expr(node.test)
        self._loop(node.body)
        self.block(node.orelse)

    def stmt_For(self, node: ast.For) -> None:
        self.expr(node.iter)
        self.kinds.bind(node.target, self.kinds.element_shape(node.iter))
        self._loop(node.body)
        self.block(node.orelse)

    stmt_AsyncFor = stmt_For

    def stmt_Assert(self, node: ast.Assert) -> None:
        self.condition(node.test, D.PY_TENSOR_ASSERT.code, "`assert`", node)
        self.expr(node.test)

    def stmt_With(self, node: ast.With) -> None:
        for item in node.items:
            self.expr(item.context_expr)
            if item.optional_vars is not None:
                self.kinds.bind(item.optional_vars, OTHER)
        self.block(node.body)

    stmt_AsyncWith = stmt_With

    def stmt_Try(self, node: ast.Try) -> None:
        self.block(node.body)
        for handler in node.handlers:
            self.block(handler.body)
        self.block(node.orelse)
        self.block(node.finalbody)

    stmt_TryStar = stmt_Try

    def _loop(self, body: list[ast.stmt]) -> None:
        before = dict(self.env)
        self._loop_depth += 1
        self.block(body)
        # a second pass only matters when the body changed a name's kind, which earlier lines may read
        changed = any(kind != before.get(name, OTHER) for name, kind in self.env.items())
        if changed and self._loop_depth <= _REWALK_DEPTH:
            self._merge(before)
            self.block(body)
        self._loop_depth -= 1
        self._merge(before)

    def _restore(self, saved: dict[str, Kind]) -> None:
        self.env.clear()
        self.env.update(saved)
        self.kinds.forget()

    def _merge(self, other: dict[str, Kind]) -> None:
        """Names after two paths join: one is ``self.env``, the other ``other`` (a name bound on one path only
        keeps that path's kind)."""
        env = self.env
        for name, kind in other.items():
            mine = env.get(name)
            if mine is None:
                env[name] = kind
            elif mine != kind:
                env[name] = join(mine, kind)
        self.kinds.forget()

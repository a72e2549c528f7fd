"""One walk of one compiled function: the kinds of its local names, and the findings in its body.

Statements are followed in order (both branches of an ``if`` merged, loop bodies
walked again when they change a name's kind); every expression is checked once
against the call rules (:mod:`.python_rules`), the lowering table
(:mod:`.framework_ops`) and the structural rules here: tensors used as
conditions, boolean-mask indexing, integer matmuls. The module-level driver is
:class:`~.python_analysis.ModuleChecker` (``module`` below); it decides which
functions to walk, and gives the return kinds of local helpers.
"""

from __future__ import annotations

import ast

from nccd.compiler import diagnostics as D

from . import framework_ops, python_fixes
from .findings import Finding
from .python_contexts import PARTIAL, TRANSFORMS, Context, callable_contexts, optional_parameters
from .python_fixes import CallSite
from .python_kinds import BOOL, INT, OTHER, PYTHON_BUILTINS, TENSOR_BUILTINS, Kind, KindInference, join
from .python_names import TORCH
from .python_rules import MATMUL_FUNCTIONS, MATMUL_METHODS, matching_rules

_BUILTINS = PYTHON_BUILTINS | TENSOR_BUILTINS
#: Loop bodies are walked twice (so names assigned late in the body are known early) up to this depth.
_REWALK_DEPTH = 2
_CONSEQUENCE = {
    D.PY_TENSOR_CONDITION.code: "the branch taken depends on data, so it cannot be compiled into one graph",
    D.PY_TENSOR_WHILE.code: "the number of iterations depends on data, so the loop cannot be compiled",
    D.PY_TENSOR_ASSERT.code: "checking it reads the value on the host and ends the graph",
}


class FunctionChecker:
    """One walk of one compiled function: local kinds, and the findings in its body."""

    def __init__(self, module, ctx: Context, report: bool = True):
        self.module = module
        self.ctx = ctx
        self.report = report
        self.source = module.source
        self.env: dict[str, Kind] = {**ctx.closure, **ctx.params}
        self.kinds = KindInference(self.env, module.imports.qualname, self._local_return)
        self.findings: list[Finding] = []
        self.returns: list[Kind] = []
        #: The contexts this walk handed on, and the chunks it consulted (for the incremental cache).
        self.enqueued: list[Context] = []
        self.chunks: set = {module.chunk_of(ctx.func)}
        self._loop_depth = 0
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

    def add(self, code: str, node: ast.AST, message: str, fixes=(), **data) -> None:
        if self.report:
            self.findings.append(Finding(code, message, self.source.span(node),
                                         tuple(f for f in fixes if f is not None), data=data))

    def quote(self, node: ast.AST, limit: int = 48) -> str:
        text = " ".join(self.source.text_of(node).split())
        return f"`{text}`" if len(text) <= limit else f"`{text[:limit - 1]}…`"

    # -- statements --------------------------------------------------------------------------
    def block(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            self.kinds.forget()
            self.stmt(stmt)

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
            self.store(target)
            self.kinds.bind(target, shape)

    def stmt_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.expr(node.value)
            self.store(node.target)
            self.kinds.bind(node.target, self.kinds.kind(node.value))

    def stmt_AugAssign(self, node: ast.AugAssign) -> None:
        self.expr(node.value)
        if isinstance(node.target, ast.Name):
            combined = ast.BinOp(left=node.target, op=node.op, right=node.value)
            self.kinds.bind(node.target, self.kinds.kind(combined))
        else:
            self.store(node.target)

    def stmt_Expr(self, node: ast.Expr) -> None:
        self.expr(node.value)

    def stmt_Return(self, node: ast.Return) -> None:
        if node.value is not None:
            self.expr(node.value)
            self.returns.append(self.kinds.kind(node.value))

    def stmt_If(self, node: ast.If) -> None:
        self.condition(node.test, D.PY_TENSOR_CONDITION.code, "`if`", node)
        self.expr(node.test)
        before = dict(self.env)
        self.block(node.body)
        after_body = dict(self.env)
        self._restore(before)
        self.block(node.orelse)
        self._merge(after_body)

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
        changed = any(kind is not before.get(name, OTHER) for name, kind in self.env.items())
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
        for name, kind in other.items():
            self.env[name] = join(self.env.get(name, OTHER), kind)
        self.kinds.forget()

    def store(self, target: ast.expr) -> None:
        """Check the expressions inside an assignment target (``x[i] = ...`` reads ``x`` and ``i``)."""
        if isinstance(target, ast.Subscript):
            self.expr(target.value)
            self.expr(target.slice)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for elt in target.elts:
                self.store(elt)

    # -- conditions ---------------------------------------------------------------------------
    def condition(self, test: ast.expr, code: str, construct: str, statement: ast.AST | None) -> None:
        """Report every tensor whose truth value ``test`` asks for."""
        for leaf in self._truth_tested(test):
            fixes = ()
            if code == D.PY_TENSOR_CONDITION.code and statement is not None:
                fixes = (self._where_fix(statement),)
            self.add(code, leaf, f"{construct} on the tensor value {self.quote(leaf)}: {_CONSEQUENCE[code]}", fixes)

    def _truth_tested(self, node: ast.expr) -> list[ast.expr]:
        if isinstance(node, ast.Name) and node.id in self._optional:
            return []
        if isinstance(node, ast.BoolOp):
            return [leaf for v in node.values for leaf in self._truth_tested(v)]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return self._truth_tested(node.operand)
        return [node] if self.kinds.kind(node).is_tensor else []

    def _where_fix(self, statement: ast.AST):
        where = self._where_name()
        if where is None:
            return None
        torch = self.ctx.framework == TORCH
        if isinstance(statement, ast.If):
            return python_fixes.where_for_if(where, self.source, self.kinds, statement, torch)
        if isinstance(statement, ast.IfExp):
            return python_fixes.where_for_ifexp(where, self.source, self.kinds, statement, torch)
        return None

    # -- expressions --------------------------------------------------------------------------
    def expr(self, node: ast.expr) -> None:
        kind = type(node)
        if kind is ast.Name or kind is ast.Constant:
            return  # the most common leaves: nothing to check
        if kind is ast.Attribute:
            self.expr(node.value)
            return
        if isinstance(node, ast.Call):
            self.call(node)
        elif isinstance(node, ast.Subscript):
            self.subscript(node)
        elif isinstance(node, ast.BoolOp):
            for value in node.values[:-1]:
                for leaf in self._truth_tested(value):
                    self.add(D.PY_TENSOR_CONDITION.code, leaf, f"`and`/`or` take the truth value of the tensor "
                                                               f"{self.quote(leaf)}")
            for value in node.values:
                self.expr(value)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            for leaf in self._truth_tested(node.operand):
                self.add(D.PY_TENSOR_CONDITION.code, leaf, f"`not` takes the truth value of the tensor "
                                                           f"{self.quote(leaf)}")
            self.expr(node.operand)
        elif isinstance(node, ast.IfExp):
            self.condition(node.test, D.PY_TENSOR_CONDITION.code, "conditional expression", node)
            for child in (node.test, node.body, node.orelse):
                self.expr(child)
        elif isinstance(node, ast.BinOp):
            if isinstance(node.op, ast.MatMult) and self.kinds.kind(node.left) is INT \
                    and self.kinds.kind(node.right) is INT:
                self._integer_matmul(node)
            self.expr(node.left)
            self.expr(node.right)
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            self.comprehension(node)
        elif isinstance(node, ast.NamedExpr):
            self.expr(node.value)
            self.kinds.bind(node.target, self.kinds.kind(node.value))
        elif isinstance(node, ast.Lambda):
            return  # walked only when given to a transformation
        else:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    self.expr(child)

    def comprehension(self, node) -> None:
        saved = dict(self.env)
        for gen in node.generators:
            self.expr(gen.iter)
            self.kinds.bind(gen.target, self.kinds.element_shape(gen.iter))
            for test in gen.ifs:
                self.condition(test, D.PY_TENSOR_CONDITION.code, "comprehension `if`", None)
                self.expr(test)
        for part in ((node.key, node.value) if isinstance(node, ast.DictComp) else (node.elt,)):
            self.expr(part)
        self._restore(saved)

    def subscript(self, node: ast.Subscript) -> None:
        value_kind = self.kinds.kind(node.value)
        if value_kind.is_tensor and isinstance(node.ctx, ast.Load):
            parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            masks = [p for p in parts if self.kinds.kind(p) is BOOL]
            if masks:
                fixes = ()
                is_at = isinstance(node.value, ast.Attribute) and node.value.attr == "at"
                where = self._where_name()
                if where and len(parts) == 1 and not is_at:
                    fixes = (python_fixes.where_for_mask_index(where, self.source, node),)
                self.add(D.PY_BOOLEAN_MASK_INDEX.code, node,
                         f"{self.quote(node)} selects with the boolean mask {self.quote(masks[0])}: the result "
                         "has one element per true value, a data-dependent shape", fixes)
        self.expr(node.value)
        self.expr(node.slice)

    def _where_name(self) -> str | None:
        module = "torch" if self.ctx.framework == TORCH else "jax.numpy"
        spelled = self.module.imports.local_name(module)
        return f"{spelled}.where" if spelled else None

    def _integer_matmul(self, node: ast.AST) -> None:
        restriction = framework_ops.integer_dot_restriction(self.module.target)
        if restriction is not None:
            self.add(D.PY_INTEGER_MATMUL.code, node, f"{self.quote(node)} multiplies integer tensors: on "
                     f"{self.module.target} it runs in FP32 (exact only below 2**24)", restriction=restriction)

    def call(self, node: ast.Call) -> None:
        site = self._site(node)
        for rule in matching_rules(site):
            fix = rule.fix(site) if rule.fix is not None else None
            self.add(rule.code, node, f"{self.quote(node)} {rule.what}", (fix,))
        if site.name is not None:
            for refusal in framework_ops.refusals(site.name, self.module.target):
                self.add(D.PY_UNSUPPORTED_CALL.code, node,
                         f"{self.quote(node.func)} lowers to HLO {refusal.operation}, which "
                         f"{self.module.target} does not support ({refusal.code}): {refusal.reason}",
                         operation=refusal.operation, hlo_code=refusal.code, hint=refusal.hint)
        if self._is_integer_matmul(site):
            self._integer_matmul(node)
        if self.report:
            self._follow_callables(node, site)
        self.expr(node.func.value if isinstance(node.func, ast.Attribute) else node.func)
        for arg in node.args:
            self.expr(arg)
        for kw in node.keywords:
            self.expr(kw.value)

    def _site(self, node: ast.Call) -> CallSite:
        func = node.func
        imports = self.module.imports
        name = imports.qualname(func)
        method = receiver = None
        if name is None:
            if isinstance(func, ast.Name) and func.id in _BUILTINS and func.id not in self.env \
                    and func.id not in self._locals and func.id not in self.module.index.module_functions:
                name = f"builtins.{func.id}"
            elif isinstance(func, ast.Attribute) and self.kinds.kind(func.value).is_tensor:
                method, receiver = func.attr, func.value
        return CallSite(node, name, method, receiver, self.source, self.kinds, self.ctx.framework,
                        imports.local_name)

    def _is_integer_matmul(self, site: CallSite) -> bool:
        if site.name in MATMUL_FUNCTIONS:
            tensors = [self.kinds.kind(a) for a in site.call.args if self.kinds.kind(a).is_tensor]
            return len(tensors) >= 2 and all(k is INT for k in tensors)
        if site.method in MATMUL_METHODS and site.call.args:
            return self.kinds.kind(site.receiver) is INT and self.kinds.kind(site.call.args[0]) is INT
        return False

    def _follow_callables(self, node: ast.Call, site: CallSite) -> None:
        """Queue the local functions this call hands tensors to, or traces (``lax.scan(body, ...)``)."""
        index = self.module.index
        if site.name in TRANSFORMS or site.name in PARTIAL:
            for ctx in callable_contexts(index, node, self.ctx.func, self.ctx.cls, dict(self.env)):
                ctx.framework = ctx.framework or self.ctx.framework
                self._hand_on(ctx)
        if site.name is not None:
            return  # an imported or builtin function, not one of ours
        args = [*node.args, *(kw.value for kw in node.keywords)]
        if any(self.kinds.kind(a).is_tensor for a in args):
            callee = self.module.callee_context(node, self)
            if callee is not None:
                self._hand_on(callee)

    def _hand_on(self, ctx: Context) -> None:
        self.chunks.add(self.module.chunk_of(ctx.func))
        self.enqueued.append(ctx.copy())
        self.module.enqueue(ctx)

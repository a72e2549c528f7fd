"""The expression rules of a compiled function's walk (mixed into :class:`~.python_walk.FunctionChecker`).

Every expression is checked once against the call rules (:mod:`.python_rules`),
the lowering table (:mod:`.framework_ops`) and the structural rules here:
tensors used as conditions (once per condition), ``v in tensor``, boolean-mask
indexing and stores, integer matmuls, and JAX loops whose trip count depends on
data (:mod:`.python_loops`). Calls of the module's own functions that receive
tensors (or containers of them) are handed on to be walked too.
"""

from __future__ import annotations

import ast
from typing import Protocol

from nccd.compiler import diagnostics as D

from . import framework_ops, python_fixes, python_loops
from .findings import Fix
from .python_api import PYTHON_BUILTINS, TENSOR_BUILTINS, TENSOR_CALL_PREFIXES
from .python_contexts import PARTIAL, TRANSFORMS, Context, callable_contexts
from .python_fixes import CallSite
from .python_index import ModuleIndex
from .python_kinds import OTHER, Kind, KindInference, join
from .python_names import TORCH, ImportTable
from .python_rules import MATMUL_FUNCTIONS, MATMUL_METHODS, matching_rules
from .python_source import Positioned, PythonSource

_BUILTINS = PYTHON_BUILTINS | TENSOR_BUILTINS
#: List methods that put values in: what they put in makes the list a container of it.
_COLLECTING = frozenset({"append", "extend", "insert"})
_CONSEQUENCE = {
    D.PY_TENSOR_CONDITION.code: "the branch taken depends on data, so it cannot be compiled into one graph",
    D.PY_TENSOR_WHILE.code: "the number of iterations depends on data, so the loop cannot be compiled",
    D.PY_TENSOR_ASSERT.code: "checking it reads the value on the host and ends the graph",
}


class WalkedModule(Protocol):
    """What a function's walk asks of its module's checker (python_analysis.ModuleChecker, which
    imports the walk, so it is named here by what it offers)."""

    target: str
    imports: ImportTable
    index: ModuleIndex

    def chunk_of(self, func) -> tuple: ...

    def enqueue(self, ctx: Context) -> None: ...

    def local_callee(self, node: ast.expr, caller): ...

    def callee_context(self, call: ast.Call, caller) -> Context | None: ...

    def return_kind(self, call: ast.Call, caller) -> Kind | None: ...


class ExpressionChecks:
    """The expression rules; :class:`~.python_walk.FunctionChecker` sets the state declared here
    and provides ``add``, ``expr``'s statement-side counterparts and the walk itself."""

    module: WalkedModule
    ctx: Context
    source: PythonSource
    kinds: KindInference
    env: dict[str, Kind]
    report: bool
    silent: int
    values: dict[str, ast.expr]
    eager_called: set[int]
    enqueued: list[Context]
    chunks: set
    _optional: set[str]
    _locals: set[str]

    def add(self, code: str, node: Positioned, message: str, fixes=(), **data) -> None:
        raise NotImplementedError  # FunctionChecker's: where findings go

    def quote(self, node: Positioned, limit: int = 48) -> str:
        text = " ".join(self.source.text_of(node).split())
        return f"`{text}`" if len(text) <= limit else f"`{text[:limit - 1]}…`"

    # -- conditions ---------------------------------------------------------------------------
    def condition(self, test: ast.expr, code: str, construct: str, statement: ast.AST | None) -> None:
        """Report the tensor whose truth value ``test`` asks for (the first, when it asks for several: one
        condition is one problem)."""
        leaves = self._truth_tested(test)
        if not leaves:
            return
        fixes: tuple[Fix | None, ...] = ()
        if code == D.PY_TENSOR_CONDITION.code and statement is not None:
            fixes = (self._where_fix(statement),)
        self.add(code, leaves[0], f"{construct} on the tensor value {self.quote(leaves[0])}: {_CONSEQUENCE[code]}",
                 fixes)

    def _truth_tested(self, node: ast.expr) -> list[ast.expr]:
        if isinstance(node, ast.Name) and node.id in self._optional:
            return []
        if isinstance(node, ast.BoolOp):
            return [leaf for v in node.values for leaf in self._truth_tested(v)]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return self._truth_tested(node.operand)
        kind = self.kinds.kind(node)
        if not kind.is_tensor or (kind.guessed and self._assumed(node)):
            return []
        return [node]

    def _assumed(self, node: ast.expr) -> bool:
        """A guessed tensor used as it is: a bare parameter (``if mems:``), what an unknown function returns
        (``if is_proxy(x):``), or such a value compared with a number (``if seq_len > limit:``). We cannot tell
        it from a Python value, so it is not reported."""
        if isinstance(node, (ast.Name, ast.Attribute)):
            return True
        if isinstance(node, ast.Call):
            name = self.kinds.qualname(node.func)
            if name is not None and name.startswith(TENSOR_CALL_PREFIXES):
                return False
            if isinstance(node.func, ast.Attribute) and self.kinds.kind(node.func.value).tensor:
                return False  # a tensor method
            return self.module.local_callee(node.func, self) is None  # one of ours was followed, not guessed
        if isinstance(node, ast.Compare):
            operands = [x for x in (node.left, *node.comparators) if self.kinds.kind(x).tensor]
            return all(self._assumed(x) for x in operands)
        return False

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
        if type(node) is ast.Attribute:  # (not `kind`: the checker narrows on type() itself)
            self.expr(node.value)
            return
        if isinstance(node, ast.Call):
            self.call(node)
        elif isinstance(node, ast.Subscript):
            self.subscript(node)
        elif isinstance(node, ast.BoolOp):
            for value in node.values[:-1]:
                leaves = self._truth_tested(value)
                if leaves:
                    self.add(D.PY_TENSOR_CONDITION.code, leaves[0], f"`and`/`or` take the truth value of the tensor "
                                                                    f"{self.quote(leaves[0])}")
            for value in node.values:
                self.expr(value)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            leaves = self._truth_tested(node.operand)
            if leaves:
                self.add(D.PY_TENSOR_CONDITION.code, leaves[0], f"`not` takes the truth value of the tensor "
                                                                f"{self.quote(leaves[0])}")
            self.expr(node.operand)
        elif isinstance(node, ast.IfExp):
            self.condition(node.test, D.PY_TENSOR_CONDITION.code, "conditional expression", node)
            for child in (node.test, node.body, node.orelse):
                self.expr(child)
        elif isinstance(node, ast.Compare):
            self._membership(node)
            for child in (node.left, *node.comparators):
                self.expr(child)
        elif isinstance(node, ast.BinOp):
            if isinstance(node.op, ast.MatMult) and self.kinds.kind(node.left).is_int \
                    and self.kinds.kind(node.right).is_int:
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
            for part in ast.iter_child_nodes(node):
                if isinstance(part, ast.expr):
                    self.expr(part)

    def _membership(self, node: ast.Compare) -> None:
        """``0.0 in mask``: Tensor.__contains__ is ``(mask == 0.0).any()`` read on the host."""
        looked_for = [node.left, *node.comparators]
        for i, (op, container) in enumerate(zip(node.ops, node.comparators)):
            key = looked_for[i]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                continue  # "boxes" in target: a key in a dict
            if isinstance(op, (ast.In, ast.NotIn)) and self.kinds.kind(container).is_tensor:
                self.add(D.PY_TENSOR_CONDITION.code, node, f"{self.quote(node)} tests membership in a tensor: "
                         f"`in` reads `({self.quote(container)[1:-1]} == value).any()` on the host, a data-dependent "
                         "branch")
                return

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
        self.env.clear()
        self.env.update(saved)
        self.kinds.forget()

    def _masks(self, node: ast.Subscript) -> list[ast.expr]:
        parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        return [p for p in parts if self.kinds.kind(p).is_bool]

    def subscript(self, node: ast.Subscript) -> None:
        if isinstance(node.ctx, ast.Load) and self.kinds.kind(node.value).is_tensor:
            masks = self._masks(node)
            if masks:
                fixes: tuple[Fix, ...] = ()
                is_at = isinstance(node.value, ast.Attribute) and node.value.attr == "at"
                where = self._where_name()
                if where and len(masks) == 1 and not isinstance(node.slice, ast.Tuple) and not is_at:
                    fixes = (python_fixes.where_for_mask_index(where, self.source, node),)
                self.add(D.PY_BOOLEAN_MASK_INDEX.code, node,
                         f"{self.quote(node)} selects with the boolean mask {self.quote(masks[0])}: the result "
                         "has one element per true value, a data-dependent shape", fixes)
        self.expr(node.value)
        self.expr(node.slice)

    def store(self, target: ast.expr, statement: ast.Assign | ast.AugAssign | None) -> None:
        """Check an assignment target: ``x[mask] = v`` is a boolean-mask store; ``x[i] = ...`` reads ``x``, ``i``."""
        if isinstance(target, ast.Subscript):
            if statement is not None and self.kinds.kind(target.value).is_tensor and self._masks(target):
                torch = self.module.imports.local_name("torch") if self.ctx.framework == TORCH else None
                fix = python_fixes.masked_store(torch, self.source, self.kinds, statement) \
                    if not isinstance(target.slice, ast.Tuple) else None
                self.add(D.PY_MASK_STORE.code, target, f"{self.quote(target)} stores through the boolean mask "
                         f"{self.quote(self._masks(target)[0])}: picking the elements needs the mask's values, so "
                         "the pending graph runs first (torch_xla)", (fix,))
            self.expr(target.value)
            self.expr(target.slice)
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for elt in target.elts:
                self.store(elt, None)

    def _where_name(self) -> str | None:
        module = "torch" if self.ctx.framework == TORCH else "jax.numpy"
        spelled = self.module.imports.local_name(module)
        return f"{spelled}.where" if spelled else None

    def _integer_matmul(self, node: Positioned) -> None:
        restriction = framework_ops.integer_dot_restriction(self.module.target)
        if restriction is not None:
            self.add(D.PY_INTEGER_MATMUL.code, node, f"{self.quote(node)} multiplies integer tensors: on "
                     f"{self.module.target} it runs in FP32 (exact only below 2**24)", restriction=restriction)

    # -- calls --------------------------------------------------------------------------------
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
            if site.name in framework_ops.LOOPS:
                self._trip_count(node, site.name)
        if self._is_integer_matmul(site):
            self._integer_matmul(node)
        self._collect(node)
        if self.report:
            self._follow_callables(node, site)
        self.expr(node.func.value if isinstance(node.func, ast.Attribute) else node.func)
        for arg in node.args:
            self.expr(arg)
        for kw in node.keywords:
            self.expr(kw.value)

    def _collect(self, node: ast.Call) -> None:
        """``found.append(t)``: a list that was empty (or held tensors) now holds tensors."""
        func = node.func
        if not (isinstance(func, ast.Attribute) and func.attr in _COLLECTING and isinstance(func.value, ast.Name)
                and node.args):
            return
        held = self.env.get(func.value.id)
        added = self.kinds.kind(node.args[-1])
        if func.attr == "extend":
            added = added.element() if added.items else OTHER
        if added.tensor and (held is None or held == OTHER or held.items):
            self.env[func.value.id] = join(held, added.container()) if held is not None and held.items \
                else added.container()
            self.kinds.forget()

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
            return len(tensors) >= 2 and all(k.is_int for k in tensors)
        if site.method in MATMUL_METHODS and site.receiver is not None and site.call.args:
            return self.kinds.kind(site.receiver).is_int and self.kinds.kind(site.call.args[0]).is_int
        return False

    def _trip_count(self, node: ast.Call, name: str) -> None:
        """A JAX loop whose trip count depends on data, against the target's ``while`` constraint."""
        refusal = framework_ops.dynamic_trip_count_refusal(self.module.target)
        if refusal is None:
            return
        reason = None
        if name.endswith("fori_loop"):
            traced = [b for b in node.args[:2] if self.kinds.kind(b).is_tensor]
            if traced:
                reason = f"its bound {self.quote(traced[0])} is a traced value"
        else:
            cond = python_loops.condition_argument(node)
            if isinstance(cond, ast.Name) and cond.id in self.values:  # cond = partial(check, n=4)
                cond = self.values[cond.id]
            cond = python_loops.unwrap_partial(cond, self.module.imports.qualname)
            func = self.module.index.resolve(cond, self.ctx.func, self.ctx.cls) if cond is not None else None
            stop = python_loops.stopping_reduction(func) if func is not None else None
            if stop is not None:
                reason = f"its condition stops on {self.quote(stop)}"
        if reason is not None:
            self.add(D.PY_UNSUPPORTED_CALL.code, node,
                     f"{self.quote(node.func)} lowers to HLO while with a data-dependent trip count ({reason}); "
                     f"{self.module.target} supports only loops with a static trip count ({refusal.code})",
                     operation="while", hlo_code=refusal.code, hint=refusal.reason)

    def _follow_callables(self, node: ast.Call, site: CallSite) -> None:
        """Queue the local functions this call hands tensors to, or traces (``lax.scan(body, ...)``)."""
        index = self.module.index
        if self.silent:  # eager-only code: what it calls is not compiled by this call
            callee = index.resolve(node.func, self.ctx.func, self.ctx.cls)
            if callee is not None:
                self.chunks.add(self.module.chunk_of(callee))
                self.eager_called.add(id(callee))
            return
        if site.name in TRANSFORMS or site.name in PARTIAL:
            for ctx in callable_contexts(index, node, self.ctx.func, self.ctx.cls, dict(self.env)):
                ctx.framework = ctx.framework or self.ctx.framework
                ctx.certain = self.ctx.certain
                self._hand_on(ctx)
        if site.name is not None:
            return  # an imported or builtin function, not one of ours
        args = [self.kinds.kind(a) for a in (*node.args, *(kw.value for kw in node.keywords))]
        callee_ctx = self.module.callee_context(node, self)
        # tensors handed over, or parameters the callee declares as tensors (what we lost track of, it says)
        if callee_ctx is not None and (any(k.tensor and not k.host for k in args)
                                       or any(k.tensor and not k.host for k in callee_ctx.params.values())):
            self._hand_on(callee_ctx)

    def _hand_on(self, ctx: Context) -> None:
        self.chunks.add(self.module.chunk_of(ctx.func))
        self.enqueued.append(ctx.copy())
        self.module.enqueue(ctx)

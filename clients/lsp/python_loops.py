"""Whether a JAX loop stops on data: the condition of ``lax.while_loop``, the bounds of ``lax.fori_loop``.

A loop that counts (``state.step < num_steps``, ``i < max_len - 1``) has a trip
count the compiler can read; one whose condition reduces the carried values
(``~jnp.all(finished)``, ``jnp.any(err > tol)``) runs until the data says
stop. The condition is read from the callable given to ``while_loop`` (a
lambda, a local def, or a ``functools.partial`` of one), following the names
it assigns, a few levels deep. When the callable cannot be found, nothing is
said.
"""

from __future__ import annotations

import ast

from .python_transforms import PARTIAL, FunctionNode

#: Reductions whose result depends on every value: a loop condition that uses one stops on data.
REDUCTIONS = frozenset({"any", "all", "sum", "max", "min", "mean", "prod", "norm", "argmax", "argmin",
                        "count_nonzero", "allclose", "array_equal", "isclose", "amax", "amin", "nanmax", "nanmin"})
_DEPTH = 4


def stopping_reduction(cond: FunctionNode) -> ast.expr | None:
    """The reduction a loop condition stops on (e.g. ``jnp.all(ended)``), or None for a counted loop."""
    if isinstance(cond, ast.Lambda):
        return _find(cond.body, {}, _DEPTH)
    returned = [n.value for n in ast.walk(cond) if isinstance(n, ast.Return) and n.value is not None]
    if not returned:
        return None
    assigned = {}
    for stmt in ast.walk(cond):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            assigned[stmt.targets[0].id] = stmt.value
    for value in returned:
        found = _find(value, assigned, _DEPTH)
        if found is not None:
            return found
    return None


def _find(node: ast.expr, assigned: dict[str, ast.expr], depth: int) -> ast.expr | None:
    for part in ast.walk(node):
        if isinstance(part, ast.Call):
            name = part.func.attr if isinstance(part.func, ast.Attribute) else \
                part.func.id if isinstance(part.func, ast.Name) else None
            if name in REDUCTIONS:
                return part
        elif isinstance(part, ast.Name) and depth > 0 and part.id in assigned:
            found = _find(assigned[part.id], assigned, depth - 1)
            if found is not None:
                return found
    return None


def condition_argument(call: ast.Call) -> ast.expr | None:
    """The condition argument of ``while_loop(cond, body, init)``."""
    return call.args[0] if call.args else next((kw.value for kw in call.keywords if kw.arg == "cond_fun"), None)


def unwrap_partial(node: ast.expr | None, qualname) -> ast.expr | None:
    """``functools.partial(f, ...)`` -> ``f``; anything else as it is."""
    if isinstance(node, ast.Call) and qualname(node.func) in PARTIAL and node.args:
        return node.args[0]
    return node

"""Where compiled code starts in a Python module: the functions whose parameters are tensors.

Only code that gets traced is checked, so a training loop's ``loss.item()``
or a data loader's ``if x.sum() > 0`` is never flagged. Compiled code is:

* ``forward`` of any class, and ``__call__`` of module classes (``torch.nn.Module``,
  ``flax.linen.Module``, ``equinox.Module``, ``haiku.Module``, or a local subclass),
  unless the module post-processes on the host (:func:`.python_guards.role`);
* functions decorated with a transformation (``@jax.jit``, ``@partial(jax.jit,
  static_argnames=...)``, ``@torch.compile``, ``@jax.grad``...);
* callables passed to one anywhere in the module (``jax.jit(step)``,
  ``lax.scan(body, ...)``, ``lax.cond(p, f, g, x)``, ``torch.compile(fn)``),
  and the functions that call JAX's structured control flow (``lax.while_loop``...);
* functions marked for the deep check with ``# ncc: entry ...`` (their static arguments stay Python values);
* local functions that compiled code calls with tensors (found while walking it);
* last, functions and methods with a parameter annotated as a tensor (``boxes: Tensor``) that nothing
  compiled called and no eager-only code called either (:func:`annotated_contexts`): they may run compiled
  (called from another file), so what they hold is reported as Information.

Functions for other devices' kernels (FlashAttention, xFormers...) and eager-only ones (``@torch.jit.unused``)
are never compiled code. What a parameter holds is :mod:`.python_params`'s business.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from . import python_guards as guards
from .python_index import ModuleIndex
from .python_kinds import OTHER, Kind, join
from .python_names import JAX, TORCH, ImportTable
from .python_params import declared_kinds, parameter_kinds
from .python_transforms import AUTOGRAD_FUNCTION, CONTROL_FLOW, PARTIAL, TRANSFORMS, FunctionNode

@dataclass
class Context:
    """A function to check, with what its parameters and free names hold."""

    func: FunctionNode
    params: dict[str, Kind]
    framework: str | None
    cls: ast.ClassDef | None = None
    closure: dict[str, Kind] = field(default_factory=dict)
    #: False when only annotations say the function takes tensors (nothing compiled was seen calling it): its
    #: findings are Information, not warnings or errors.
    certain: bool = True

    def copy(self) -> "Context":
        return Context(self.func, dict(self.params), self.framework, self.cls, dict(self.closure), self.certain)

    def merge(self, other: "Context") -> bool:
        """Widen this context with another call of the same function; True if anything changed."""
        changed = other.certain and not self.certain
        self.certain = self.certain or other.certain
        for table, extra in ((self.params, other.params), (self.closure, other.closure)):
            for name, kind in extra.items():
                old = table.get(name, OTHER)
                widened = kind if not old.tensor else join(old, kind)  # a tensor if any call passes one
                if widened != old and widened.tensor:
                    table[name] = widened
                    changed = True
        return changed

def static_names(func: FunctionNode, call: ast.Call | None) -> frozenset[str]:
    """Parameters a transformation call marks static (``static_argnums`` / ``static_argnames``)."""
    if call is None:
        return frozenset()
    positional = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
    out: set[str] = set()
    for kw in call.keywords:
        values = kw.value.elts if isinstance(kw.value, (ast.Tuple, ast.List)) else [kw.value]
        consts = [v.value for v in values if isinstance(v, ast.Constant)]
        if kw.arg == "static_argnames":
            out.update(c for c in consts if isinstance(c, str))
        elif kw.arg == "static_argnums":
            out.update(positional[c] for c in consts if isinstance(c, int) and -len(positional) <= c < len(positional))
    return frozenset(out)



def _transform_of(imports: ImportTable, node: ast.expr) -> tuple[str, ast.Call | None] | None:
    """``(transformation, call)`` when a decorator or callee is one (through ``functools.partial``)."""
    call = node if isinstance(node, ast.Call) else None
    name = imports.qualname(call.func if call else node)
    if name in PARTIAL and call is not None and call.args:
        inner = imports.qualname(call.args[0])
        return (inner, call) if inner in TRANSFORMS else None
    return (name, call) if name in TRANSFORMS else None


def _framework(name: str) -> str:
    return TORCH if name.startswith("torch") else JAX


#: ``# ncc: entry x=f32[8,128] n=4`` (the deep check reads the same comment, deep_check.py)
ENTRY_PRAGMA = re.compile(r"^\s*#\s*ncc:\s*entry\b(.*)$")


def entry_pragma(lines: list[str], func: ast.FunctionDef | ast.AsyncFunctionDef) -> frozenset[str] | None:
    """The static parameters a ``# ncc: entry`` comment above ``func`` gives, or None without one."""
    row = min([func.lineno, *(d.lineno for d in func.decorator_list)]) - 2
    while row >= 0 and (not lines[row].strip() or lines[row].lstrip().startswith("#")):
        match = ENTRY_PRAGMA.match(lines[row])
        if match is not None:
            pairs = [token.partition("=") for token in match.group(1).split()]
            return frozenset(name for name, _, value in pairs if value and "[" not in value)
        row -= 1
    return None


def skipped(index: ModuleIndex, func: FunctionNode) -> bool:
    """Never compiled for the device: eager-only, or a kernel for another device."""
    return guards.role(func, index.imports, index.lines).never_compiled


def is_host(index: ModuleIndex, func: FunctionNode) -> bool:
    return guards.role(func, index.imports, index.lines).host


def entry_contexts(index: ModuleIndex) -> list[Context]:
    """The compiled functions visible without following calls (see the module docstring)."""
    imports = index.imports
    default = next(iter(imports.frameworks)) if len(imports.frameworks) == 1 else None
    found: list[Context] = []
    for cls in index.all_classes:
        is_module = index.is_module_class(cls)
        framework = index.framework_of_class(cls) or default
        autograd = AUTOGRAD_FUNCTION in index.base_names(cls)
        for stmt in cls.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
                    stmt.name == "forward" or (stmt.name == "__call__" and is_module)
                    or (autograd and stmt.name == "backward")) \
                    and not skipped(index, stmt) and not is_host(index, stmt) \
                    and not guards.is_postprocessing_class(cls.name):
                found.append(Context(stmt, parameter_kinds(stmt, skip_first=True), framework or TORCH, cls))
    for func in index.functions:
        static = entry_pragma(index.lines, func) if id(func) not in index.class_of else None
        if static is not None:  # marked for the deep check, so it is traced: check it statically too
            found.append(Context(func, parameter_kinds(func, static, traced=True), default or JAX))
        for decorator in func.decorator_list:
            transform = _transform_of(imports, decorator)
            if transform is not None:
                name, call = transform
                found.append(Context(func, parameter_kinds(func, static_names(func, call),
                                                           skip_first=id(func) in index.class_of, traced=True),
                                     _framework(name), index.class_of.get(id(func))))
    decorated = {id(ctx.func) for ctx in found}
    for call, parent in index.transform_calls:
        found.extend(callable_contexts(index, call, None, None, {}))
        if parent is not None and id(parent) not in decorated and imports.qualname(call.func) in CONTROL_FLOW:
            found.append(Context(parent, parameter_kinds(parent, skip_first=id(parent) in index.class_of), JAX,
                                 index.class_of.get(id(parent))))
    return [ctx for ctx in found if not skipped(index, ctx.func)]


def annotated_contexts(index: ModuleIndex) -> list[Context]:
    """Top-level functions and methods with a parameter annotated as a tensor: PyTorch code that torch_xla traces
    whenever it runs on device tensors, even when nothing in this module calls it (ops/boxes.py's helpers are
    called from other files). In definition order."""
    if TORCH not in index.imports.frameworks:
        return []  # JAX runs what is not jitted eagerly, op by op: only traced functions are compiled
    out = []
    for func in index.functions:
        parent = index.parent_of.get(id(func))
        cls = index.class_of.get(id(func))
        if parent is not None:
            continue
        declared = declared_kinds(func, skip_first=cls is not None)
        if cls is not None and not index.is_module_class(cls) and func.name not in ("__call__", "forward"):
            continue  # a method of a plain object: only its calls are tensor code we can recognise
        if any(kind is not None and kind.tensor for kind in declared.values()) \
                and not skipped(index, func) and not is_host(index, func):
            out.append(Context(func, parameter_kinds(func, skip_first=cls is not None), TORCH, cls, certain=False))
    return out


def callable_contexts(index: ModuleIndex, call: ast.Call, scope: FunctionNode | None, cls: ast.ClassDef | None,
                      closure: dict[str, Kind]) -> list[Context]:
    """Contexts for the callables a transformation call receives (``lax.scan(body, ...)``)."""
    transform = _transform_of(index.imports, call)
    if transform is None:
        return []
    name, _ = transform
    out = []
    args = call.args[1:] if index.imports.qualname(call.func) in PARTIAL else call.args
    for pos in TRANSFORMS[name]:
        if pos >= len(args):
            continue
        given = args[pos]
        targets = given.elts if isinstance(given, (ast.List, ast.Tuple)) else [given]
        for target in targets:
            offset = 0
            if isinstance(target, ast.Call) and index.imports.qualname(target.func) in PARTIAL and target.args:
                offset = len(target.args) - 1  # partial(f, a, b): a and b fill the first parameters
                target = target.args[0]
            func = index.resolve(target, scope, cls)
            if func is None:
                continue
            method = id(func) in index.class_of
            out.append(Context(func, parameter_kinds(func, static_names(func, call), skip_first=method,
                                                     positional_offset=offset, traced=True),
                               _framework(name), index.class_of.get(id(func)), dict(closure)))
    return out


"""Where compiled code starts in a Python module: the functions whose parameters are tensors.

Only code that gets traced is checked, so a training loop's ``loss.item()``
or a data loader's ``if x.sum() > 0`` is never flagged. Compiled code is:

* ``forward`` of any class, and ``__call__`` of module classes (``torch.nn.Module``,
  ``flax.linen.Module``, ``equinox.Module``, ``haiku.Module``, or a local subclass);
* functions decorated with a transformation (``@jax.jit``, ``@partial(jax.jit,
  static_argnames=...)``, ``@torch.compile``, ``@jax.grad``...);
* callables passed to one anywhere in the module (``jax.jit(step)``,
  ``lax.scan(body, ...)``, ``lax.cond(p, f, g, x)``, ``torch.compile(fn)``);
* functions marked for the deep check with ``# ncc: entry ...`` (their static arguments stay Python values);
* local functions that compiled code calls with tensors (found while walking it).

A parameter is a tensor unless it is ``self``/``cls``, marked static, annotated
with a non-array type, has a literal non-None default, or is named like a
Python flag (``training``, ``use_cache``, ``num_heads``...).
"""

from __future__ import annotations

import ast
import bisect
import re
from dataclasses import dataclass, field

from .python_kinds import BOOL, OTHER, TENSOR, Kind, join
from .python_names import JAX, TORCH, ImportTable

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda

#: Transformation -> positions of the callables it traces.
TRANSFORMS: dict[str, tuple[int, ...]] = {
    **{f"jax.{t}": (0,) for t in ("jit", "pmap", "vmap", "grad", "value_and_grad", "jacfwd", "jacrev", "hessian",
                                   "checkpoint", "remat", "named_call", "custom_jvp", "custom_vjp", "shard_map",
                                   "linearize", "jvp", "vjp", "eval_shape")},
    "jax.experimental.shard_map.shard_map": (0,), "jax.experimental.pjit.pjit": (0,),
    "jax.lax.scan": (0,), "jax.lax.fori_loop": (2,), "jax.lax.while_loop": (0, 1), "jax.lax.cond": (1, 2),
    "jax.lax.switch": (1,), "jax.lax.map": (0,), "jax.lax.associative_scan": (0,),
    "equinox.filter_jit": (0,), "equinox.filter_vmap": (0,), "equinox.filter_grad": (0,),
    "haiku.transform": (0,), "haiku.transform_with_state": (0,),
    "torch.compile": (0,), "torch.vmap": (0,), "torch.func.vmap": (0,), "torch.func.grad": (0,),
    "torch.func.jacrev": (0,), "torch.cond": (1, 2), "torch.utils.checkpoint.checkpoint": (0,),
}
MODULE_BASES = frozenset({
    "torch.nn.Module", "torch.nn.modules.module.Module", "flax.linen.Module", "flax.nnx.Module", "equinox.Module",
    "haiku.Module", "transformers.PreTrainedModel", "transformers.modeling_utils.PreTrainedModel"})
AUTOGRAD_FUNCTION = "torch.autograd.Function"
PARTIAL = frozenset({"functools.partial"})
#: Annotations that name arrays (anything else annotated is a Python value); jaxtyping's Float[...] too.
_ARRAY_WORDS = frozenset({"Array", "ndarray", "PRNGKey", "Float", "Int", "Bool", "Shaped", "Parameter", "ArrayLike"})
_ARRAY_SUFFIXES = ("Tensor", "Array")
#: Parameter names that mean a Python flag or size, never data.
_FLAG_NAMES = frozenset({"train", "training", "is_training", "deterministic", "inference", "eval", "evaluate",
                         "mode", "verbose", "debug", "causal", "is_causal", "axis", "dim", "dims", "k", "n",
                         "config", "cfg", "args", "opts", "options", "key_name", "name"})
_FLAG_PREFIXES = ("use_", "return_", "output_", "num_", "n_", "with_", "is_", "has_", "do_", "enable_",
                  "disable_", "apply_")
_FLAG_SUFFIXES = ("_dim", "_size", "_len", "_length", "_mode", "_axis", "_flag", "_name", "_config")


@dataclass
class Context:
    """A function to check, with what its parameters and free names hold."""

    func: FunctionNode
    params: dict[str, Kind]
    framework: str | None
    cls: ast.ClassDef | None = None
    closure: dict[str, Kind] = field(default_factory=dict)

    def copy(self) -> "Context":
        return Context(self.func, dict(self.params), self.framework, self.cls, dict(self.closure))

    def merge(self, other: "Context") -> bool:
        """Widen this context with another call of the same function; True if anything changed."""
        changed = False
        for table, extra in ((self.params, other.params), (self.closure, other.closure)):
            for name, kind in extra.items():
                joined = join(table.get(name, OTHER), kind)
                if joined is not table.get(name, OTHER) and joined.is_tensor:
                    table[name] = joined
                    changed = True
        return changed


def is_flag_name(name: str) -> bool:
    return name in _FLAG_NAMES or name.startswith(_FLAG_PREFIXES) or name.endswith(_FLAG_SUFFIXES)


def _looks_like_mask(name: str, annotation: ast.expr | None) -> bool:
    """``mask``, ``padding_mask``, ``mask_valid``, or annotated ``BoolTensor`` / ``Bool[...]``."""
    if annotation is not None and _annotation_words(annotation) & {"BoolTensor", "Bool"}:
        return True
    lowered = name.lower()
    return lowered == "mask" or lowered.endswith("_mask") or lowered.startswith("mask_")


def _annotation_words(node: ast.expr) -> set[str]:
    """The names in an annotation: ``Optional[torch.Tensor]`` -> {Optional, torch, Tensor}."""
    words = set()
    for part in ast.walk(node):
        if isinstance(part, ast.Name):
            words.add(part.id)
        elif isinstance(part, ast.Attribute):
            words.add(part.attr)
        elif isinstance(part, ast.Constant) and isinstance(part.value, str):  # "torch.Tensor" as a string
            words.update(re.findall(r"\w+", part.value))
    return words


def _annotation_kind(node: ast.expr) -> Kind:
    words = _annotation_words(node)
    return TENSOR if words & _ARRAY_WORDS or any(w.endswith(_ARRAY_SUFFIXES) for w in words) else OTHER


#: (id(func), static, skip_first, offset) -> (func, kinds): a function's node is the same object while its
#: chunk is unchanged (python_incremental), so re-analyses after an edit reuse the kinds of the others.
_PARAMETER_KINDS: dict[tuple, tuple[FunctionNode, dict[str, Kind]]] = {}
_PARAMETER_KINDS_MAX = 8192


def parameter_kinds(func: FunctionNode, static: frozenset[str] = frozenset(), skip_first: bool = False,
                    positional_offset: int = 0) -> dict[str, Kind]:
    """Kinds of ``func``'s parameters when compiled code calls it (see the module docstring)."""
    key = (id(func), static, skip_first, positional_offset)
    known = _PARAMETER_KINDS.get(key)
    if known is not None and known[0] is func:
        return dict(known[1])
    kinds = _parameter_kinds(func, static, skip_first, positional_offset)
    if len(_PARAMETER_KINDS) >= _PARAMETER_KINDS_MAX:
        _PARAMETER_KINDS.clear()
    _PARAMETER_KINDS[key] = (func, kinds)
    return dict(kinds)


def _parameter_kinds(func: FunctionNode, static: frozenset[str], skip_first: bool,
                     positional_offset: int) -> dict[str, Kind]:
    args = func.args
    positional = [*args.posonlyargs, *args.args]
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    pairs = list(zip(positional, defaults)) + list(zip(args.kwonlyargs, args.kw_defaults))
    kinds: dict[str, Kind] = {}
    for i, (arg, default) in enumerate(pairs):
        name = arg.arg
        if (i == 0 and skip_first) or i < positional_offset or name in static or name in ("self", "cls") \
                or is_flag_name(name):
            kinds[name] = OTHER
        elif arg.annotation is not None:
            kinds[name] = _annotation_kind(arg.annotation)
        elif default is not None and not (isinstance(default, ast.Constant) and default.value is None):
            kinds[name] = OTHER
        else:
            kinds[name] = TENSOR
        if kinds[name] is TENSOR and _looks_like_mask(name, arg.annotation):
            kinds[name] = BOOL  # so x[mask] is recognised as boolean-mask indexing
    for extra in (args.vararg, args.kwarg):
        if extra is not None:
            kinds[extra.arg] = OTHER
    return kinds


def optional_parameters(func: FunctionNode) -> set[str]:
    """Parameters that default to None (``scale=None``): tested for truth, they mean "was it given"."""
    args = func.args
    positional = [*args.posonlyargs, *args.args]
    pairs = list(zip(positional[len(positional) - len(args.defaults):], args.defaults))
    pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
    return {a.arg for a, d in pairs if isinstance(d, ast.Constant) and d.value is None}


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


#: Lines mentioning a transformation: only statements on them are searched for ``jax.jit(f)``-style calls.
_TRANSFORM_WORDS = re.compile(r"\b(?:%s)\b" % "|".join(sorted({name.rsplit(".", 1)[1] for name in TRANSFORMS})))
_NESTED_BODIES = ("body", "orelse", "finalbody")


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
        self.transform_calls: list[ast.Call] = []


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
                self._scan_calls(stmt)
                for name in _NESTED_BODIES:
                    nested = getattr(stmt, name, None)
                    if nested:
                        self._index(nested, cls, parent)
                for handler in getattr(stmt, "handlers", ()):
                    self._index(handler.body, cls, parent)
                for case in getattr(stmt, "cases", ()):
                    self._index(case.body, cls, parent)

    def _scan_calls(self, stmt: ast.stmt) -> None:
        at = bisect.bisect_left(self._transform_lines, stmt.lineno)
        if at == len(self._transform_lines) or self._transform_lines[at] > (stmt.end_lineno or stmt.lineno):
            return
        for attribute in ("value", "test", "iter", "items", "targets"):
            value = getattr(stmt, attribute, None)
            for root in (value if isinstance(value, list) else [value]):
                if isinstance(root, ast.withitem):
                    root = root.context_expr
                if isinstance(root, ast.AST):
                    self.transform_calls.extend(n for n in ast.walk(root) if isinstance(n, ast.Call))


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
            return self.method(cls, node.attr)
        return None


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
                    or (autograd and stmt.name == "backward")):
                found.append(Context(stmt, parameter_kinds(stmt, skip_first=True), framework or TORCH, cls))
    for func in index.functions:
        static = entry_pragma(index.lines, func) if id(func) not in index.class_of else None
        if static is not None:  # marked for the deep check, so it is traced: check it statically too
            found.append(Context(func, parameter_kinds(func, static), default or JAX))
        for decorator in func.decorator_list:
            transform = _transform_of(imports, decorator)
            if transform is not None:
                name, call = transform
                found.append(Context(func, parameter_kinds(func, static_names(func, call),
                                                           skip_first=id(func) in index.class_of),
                                     _framework(name), index.class_of.get(id(func))))
    for call in index.transform_calls:
        found.extend(callable_contexts(index, call, None, None, {}))
    return found


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
        targets = args[pos].elts if isinstance(args[pos], (ast.List, ast.Tuple)) else [args[pos]]
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
                                                     positional_offset=offset),
                               _framework(name), index.class_of.get(id(func)), dict(closure)))
    return out

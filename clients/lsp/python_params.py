"""What a compiled function's parameters hold: annotations first, then how the body uses them.

A parameter is

* what its annotation (or TorchScript ``# type:`` comment) says: ``Tensor``,
  ``jax.Array``, ``Optional[Tensor]`` are tensors; ``List[Tensor]``,
  ``Dict[str, Tensor]`` containers of tensors; ``int``, ``bool``, ``list``,
  ``Optional[int]``, ``np.ndarray`` and any other named type Python values;
* a Python value when it is ``self``/``cls``, marked static, has a literal
  non-None default, or is named like a flag or a size (``training``,
  ``use_cache``, ``num_heads``...);
* a Python value when the body uses it as one: an integer (compared with a
  shape, given to ``range``, a slice bound, a size in ``view``/``zeros``...)
  or a flag (``if flag:``, ``not flag``);
* otherwise a tensor: known to be one in the callables a transformation traces
  (``jax.jit(f)``: every non-static argument is an array), only guessed in a
  ``forward`` or a helper.
"""

from __future__ import annotations

import ast
import re
from typing import Iterator

from .python_kinds import BOOL, GUESSED, OTHER, TENSOR, Kind

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda

#: Annotations that name arrays (anything else annotated is a Python value); jaxtyping's Float[...] too.
_ARRAY_WORDS = frozenset({"Array", "ndarray", "PRNGKey", "Float", "Int", "Bool", "Shaped", "Parameter", "ArrayLike"})
_ARRAY_SUFFIXES = ("Tensor", "Array")
#: Annotations that hold several values: with an array inside, a container of arrays.
_CONTAINER_WORDS = frozenset({"List", "list", "Tuple", "tuple", "Sequence", "Dict", "dict", "Mapping", "Iterable",
                              "MutableMapping", "OrderedDict"})
#: Host arrays: numpy's, not the device's.
_HOST_ARRAY_WORDS = frozenset({"np", "numpy"})
#: Parameter names that mean a Python flag or size, never data.
_FLAG_NAMES = frozenset({"train", "training", "is_training", "deterministic", "inference", "eval", "evaluate",
                         "mode", "verbose", "debug", "causal", "is_causal", "axis", "dim", "dims", "k", "n",
                         "config", "cfg", "args", "opts", "options", "key_name", "name"})
_FLAG_PREFIXES = ("use_", "return_", "output_", "num_", "n_", "with_", "is_", "has_", "do_", "enable_",
                  "disable_", "apply_")
_FLAG_SUFFIXES = ("_dim", "_size", "_len", "_length", "_mode", "_axis", "_flag", "_name", "_config")
#: Methods and torch functions whose positional arguments are sizes (a parameter given there is an int).
_SIZE_METHODS = frozenset({"view", "reshape", "expand", "repeat", "new_zeros", "new_ones", "new_empty", "new_full",
                           "narrow", "unflatten", "tile"})
_SIZE_FUNCTIONS = frozenset({"zeros", "ones", "empty", "full", "rand", "randn", "arange", "range", "linspace",
                             "eye", "tril_indices", "triu_indices"})
#: How modules are usually spelled: ``jnp.repeat(x, n)`` is a function of ``x``, not the method ``x.repeat(n)``.
_MODULE_SPELLINGS = frozenset({"torch", "jnp", "np", "numpy", "jax", "lax", "F", "nn", "tf", "einops", "math"})
#: Expressions that are Python integers: compared with one of these, a parameter is an integer too.
_SHAPE_ATTRIBUTES = frozenset({"shape", "ndim"})
_SHAPE_METHODS = frozenset({"size", "dim", "numel", "nelement"})


def is_flag_name(name: str) -> bool:
    return name in _FLAG_NAMES or name.startswith(_FLAG_PREFIXES) or name.endswith(_FLAG_SUFFIXES)


def annotation_words(node: ast.expr) -> set[str]:
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


def annotation_kind(node: ast.expr) -> Kind:
    """The kind an annotation declares (``OTHER`` for any non-array type)."""
    words = annotation_words(node)
    if words & _HOST_ARRAY_WORDS:
        return OTHER
    depth = _array_depth(node)
    if depth is None:
        return OTHER
    kind = BOOL if words & {"BoolTensor", "Bool"} else TENSOR
    for _ in range(depth):
        kind = kind.container()
    return kind


def _array_depth(node: ast.expr) -> int | None:
    """How many containers wrap the array an annotation names (``List[Dict[str, Tensor]]``: 2); None: no array."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):  # "torch.Tensor", "List[Tensor]"
        try:
            return _array_depth(ast.parse(node.value, mode="eval").body)
        except SyntaxError:
            return None
    if isinstance(node, (ast.Name, ast.Attribute)):
        word = node.id if isinstance(node, ast.Name) else node.attr
        return 0 if word in _ARRAY_WORDS or word.endswith(_ARRAY_SUFFIXES) else None
    if isinstance(node, ast.BinOp):  # Tensor | None
        depths = [d for d in (_array_depth(node.left), _array_depth(node.right)) if d is not None]
        return max(depths) if depths else None
    if isinstance(node, ast.Subscript):
        inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        depths = [d for d in map(_array_depth, inner) if d is not None]
        if not depths:
            return _array_depth(node.value)  # Float[Array, "b n"] (jaxtyping)
        head = node.value.id if isinstance(node.value, ast.Name) else \
            node.value.attr if isinstance(node.value, ast.Attribute) else ""
        return max(depths) + (head in _CONTAINER_WORDS)
    if isinstance(node, (ast.Tuple, ast.List)):
        depths = [d for d in map(_array_depth, node.elts) if d is not None]
        return max(depths) if depths else None
    return None


def type_comment_annotations(func: FunctionNode) -> list[ast.expr] | None:
    """The parameter types of a TorchScript ``# type: (Tensor, List[Tensor]) -> Tensor`` comment."""
    comment = getattr(func, "type_comment", None)
    if not comment:
        return None
    try:
        parsed = ast.parse(comment, mode="func_type")
    except SyntaxError:
        return None
    return list(parsed.argtypes)


def _looks_like_mask(name: str) -> bool:
    lowered = name.lower()
    return lowered == "mask" or lowered.endswith("_mask") or lowered.startswith("mask_")


#: (id(func), static, skip_first, offset, traced) -> (func, kinds): a function's node is the same object while its
#: chunk is unchanged (python_incremental), so re-analyses after an edit reuse the kinds of the others.
_PARAMETER_KINDS: dict[tuple, tuple[FunctionNode, dict[str, Kind]]] = {}
_PARAMETER_KINDS_MAX = 8192


def parameter_kinds(func: FunctionNode, static: frozenset[str] = frozenset(), skip_first: bool = False,
                    positional_offset: int = 0, traced: bool = False) -> dict[str, Kind]:
    """Kinds of ``func``'s parameters when compiled code calls it (see the module docstring).

    ``traced``: a transformation traces ``func`` (``jax.jit``, ``lax.scan``...), so its array arguments are
    known to be arrays, not guessed.
    """
    key = (id(func), static, skip_first, positional_offset, traced)
    known = _PARAMETER_KINDS.get(key)
    if known is not None and known[0] is func:
        return dict(known[1])
    kinds = _parameter_kinds(func, static, skip_first, positional_offset, traced)
    if len(_PARAMETER_KINDS) >= _PARAMETER_KINDS_MAX:
        _PARAMETER_KINDS.clear()
    _PARAMETER_KINDS[key] = (func, kinds)
    return dict(kinds)


def declared_kinds(func: FunctionNode, skip_first: bool) -> dict[str, Kind | None]:
    """What each parameter's annotation or type comment declares (None: nothing declared)."""
    args = func.args
    params = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    out: dict[str, Kind | None] = {a.arg: (annotation_kind(a.annotation) if a.annotation is not None else None)
                                   for a in params}
    commented = type_comment_annotations(func)
    if commented:
        positional = [*args.posonlyargs, *args.args]
        if skip_first and len(commented) < len(positional):
            positional = positional[1:]
        for arg, annotation in zip(positional, commented):
            if out.get(arg.arg) is None:
                out[arg.arg] = annotation_kind(annotation)
    return out


def _parameter_kinds(func: FunctionNode, static: frozenset[str], skip_first: bool, positional_offset: int,
                     traced: bool) -> dict[str, Kind]:
    args = func.args
    positional = [*args.posonlyargs, *args.args]
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    pairs = list(zip(positional, defaults)) + list(zip(args.kwonlyargs, args.kw_defaults))
    declared = declared_kinds(func, skip_first)
    python_values: frozenset[str] | None = None  # read from the body only when a parameter needs it
    unknown = TENSOR if traced else GUESSED
    kinds: dict[str, Kind] = {}
    for i, (arg, default) in enumerate(pairs):
        name = arg.arg
        if (i == 0 and skip_first) or i < positional_offset or name in static or name in ("self", "cls") \
                or is_flag_name(name):
            kinds[name] = OTHER
        elif (declared_kind := declared.get(name)) is not None:
            kinds[name] = declared_kind
            if kinds[name] == TENSOR and _looks_like_mask(name):
                kinds[name] = BOOL  # mask: Tensor -- so x[mask] is recognised as boolean-mask indexing
        elif default is not None and not (isinstance(default, ast.Constant) and default.value is None):
            kinds[name] = OTHER
        elif name in (python_values := python_values if python_values is not None
                      else used_as_python_values(func)):
            kinds[name] = OTHER
        else:
            kinds[name] = unknown.with_dtype(BOOL.dtype) if _looks_like_mask(name) else unknown
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


def used_as_python_values(func: FunctionNode) -> frozenset[str]:
    """Parameters the body uses as Python integers or flags (see the module docstring)."""
    if isinstance(func, ast.Lambda):
        return frozenset()
    params = {a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)}
    found: set[str] = set()

    def mark(node: ast.expr | None) -> None:
        if isinstance(node, ast.Name) and node.id in params:
            found.add(node.id)
        elif isinstance(node, (ast.Tuple, ast.List)):
            for elt in node.elts:
                mark(elt)
        elif isinstance(node, ast.BinOp):  # x[:, :n + 1], view(b, n * h)
            mark(node.left)
            mark(node.right)

    for node in _own_nodes(func):
        if isinstance(node, ast.Call):
            func_name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                node.func.id if isinstance(node.func, ast.Name) else ""
            method = isinstance(node.func, ast.Attribute) and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id in _MODULE_SPELLINGS)
            if func_name == "range" or (method and func_name in _SIZE_METHODS) or func_name in _SIZE_FUNCTIONS:
                for a in node.args:
                    mark(a)
        elif isinstance(node, ast.Slice):
            for bound in (node.lower, node.upper, node.step):
                mark(bound)
        elif isinstance(node, ast.Compare) and any(_is_shape(x) for x in (node.left, *node.comparators)):
            for x in (node.left, *node.comparators):
                mark(x)
        elif isinstance(node, (ast.If, ast.While, ast.IfExp)):
            _mark_truth_tested(node.test, mark)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            _mark_truth_tested(node.operand, mark)
    return frozenset(found)


def _mark_truth_tested(test: ast.expr, mark) -> None:
    """``if flag:`` / ``if flag and x.any():`` / ``not flag``: the bare names tested are flags."""
    if isinstance(test, ast.BoolOp):
        for value in test.values:
            _mark_truth_tested(value, mark)
    elif isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        _mark_truth_tested(test.operand, mark)
    elif isinstance(test, ast.Name):
        mark(test)


def _is_shape(node: ast.expr) -> bool:
    """``x.shape[-1]``, ``x.size(1)``, ``len(x)``, ``x.ndim``: a Python integer."""
    if isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Attribute):
        return node.attr in _SHAPE_ATTRIBUTES
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name):
            return node.func.id == "len"
        return isinstance(node.func, ast.Attribute) and node.func.attr in _SHAPE_METHODS
    return False


def _own_nodes(func: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.AST]:
    """Every node of ``func``'s body, not descending into nested functions or classes."""
    stack: list[ast.AST] = list(func.body)
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                stack.append(child)

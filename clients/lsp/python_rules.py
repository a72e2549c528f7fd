"""The call rules for PyTorch and JAX source, as data.

Each :class:`CallRule` names the functions (qualified, as imported) and the
tensor methods it covers, the code it reports, the keyword arguments that
make the call static again (``size=``, ``minlength=``...), an optional extra
condition and an optional quick-fix builder. :func:`matching_rules` is the
only logic; the control-flow rules (``if``/``while``/``assert`` on tensors),
mask indexing and integer matmuls are structural and live in
:mod:`.python_analysis`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Callable

from nccd.compiler import diagnostics as D

from . import python_fixes as fixes
from .python_fixes import CallSite
from .python_kinds import keyword, names_host

Condition = Callable[[CallSite], bool]
FixBuilder = Callable[[CallSite], "fixes.Fix | None"]


@dataclass(frozen=True, slots=True)
class CallRule:
    code: str
    #: Message after the call's text, e.g. "`jnp.nonzero(x)` " + "returns one index per nonzero element...".
    what: str
    functions: frozenset[str] = frozenset()
    methods: frozenset[str] = frozenset()
    #: The method rules are for this framework's tensors only (None: both).
    framework: str | None = None
    #: Keyword arguments that give the result a static size.
    escapes: tuple[str, ...] = ()
    when: Condition | None = None
    fix: FixBuilder | None = None


def _set(*names: str) -> frozenset[str]:
    return frozenset(names)


def _jnp(*names: str) -> frozenset[str]:
    return frozenset(f"jax.numpy.{n}" for n in names)


# -- conditions ---------------------------------------------------------------------------------

def one_argument(site: CallSite) -> bool:
    """``where(cond)`` (the index form), not ``where(cond, a, b)``."""
    return len(site.call.args) == 1 and not any(kw.arg in ("x", "y", "input", "other") for kw in site.call.keywords)


def tensor_repeats(site: CallSite) -> bool:
    """``repeat_interleave(x, repeats)`` / ``jnp.repeat(x, repeats)`` with a tensor of repeats."""
    args = site.call.args
    repeats = args[0] if site.method is not None and args else (args[1] if len(args) > 1 else None)
    repeats = repeats if repeats is not None else keyword(site.call, "repeats")
    return repeats is not None and site.kinds.kind(repeats).is_tensor


def no_class_count(site: CallSite) -> bool:
    return len(site.call.args) < 2


def has_tensor_argument(site: CallSite) -> bool:
    return bool(site.tensor_args) or any(site.kinds.kind(kw.value).is_tensor for kw in site.call.keywords)


def prints_tensor(site: CallSite) -> bool:
    """``print(x)``, ``print(f"{x}")``, ``print("loss", loss)``."""
    for arg in site.call.args:
        values = [v.value for v in arg.values if isinstance(v, ast.FormattedValue)] \
            if isinstance(arg, ast.JoinedStr) else [arg]
        if any(site.kinds.kind(v).is_tensor for v in values):
            return True
    return False


def compares_tensors(site: CallSite) -> bool:
    return len(site.call.args) >= 2 and sum(site.kinds.kind(a).is_tensor for a in site.call.args) >= 1 \
        and not site.call.keywords


def to_host(site: CallSite) -> bool:
    """``x.to("cpu")`` / ``x.to(device="cpu")`` / ``x.to(torch.device("cpu"))``."""
    return names_host(site.call.args[0] if site.call.args else keyword(site.call, "device"))


# -- the rules ----------------------------------------------------------------------------------

_DATA_SHAPE = "has one entry per selected element, so its shape depends on the data"
DYNAMIC_SHAPE_RULES: tuple[CallRule, ...] = (
    CallRule(D.PY_DYNAMIC_OUTPUT.code, "returns one row per nonzero element, so its shape depends on the data",
             _set("torch.nonzero", "torch.argwhere"), _set("nonzero", "argwhere"), "torch",
             fix=fixes.nonzero_static),
    CallRule(D.PY_DYNAMIC_OUTPUT.code, _DATA_SHAPE, _set("torch.masked_select"), _set("masked_select"), "torch"),
    CallRule(D.PY_DYNAMIC_OUTPUT.code, "returns as many values as there are distinct ones, a data-dependent shape",
             _set("torch.unique", "torch.unique_consecutive"), _set("unique", "unique_consecutive"), "torch"),
    CallRule(D.PY_DYNAMIC_OUTPUT.code, "(one argument) returns the indices of the true elements, a "
             "data-dependent shape; use torch.where(cond, a, b) to select", _set("torch.where"), when=one_argument),
    CallRule(D.PY_VALUE_DEPENDENT_SIZE.code, "has max(x)+1 bins unless minlength= is given",
             _set("torch.bincount"), _set("bincount"), "torch", escapes=("minlength",)),
    CallRule(D.PY_DYNAMIC_OUTPUT.code, "keeps as many boxes as survive the suppression, a data-dependent shape",
             _set("torch.ops.torchvision.nms", "torchvision.ops.nms", "torchvision.ops.batched_nms",
                  "torchvision.ops.boxes.nms", "torchvision.ops.boxes.batched_nms")),
    CallRule(D.PY_VALUE_DEPENDENT_SIZE.code, "with a tensor of repeats has sum(repeats) rows unless output_size= "
             "is given", _set("torch.repeat_interleave"), _set("repeat_interleave"), "torch",
             escapes=("output_size",), when=tensor_repeats),
    CallRule(D.PY_VALUE_DEPENDENT_SIZE.code, "has max(x)+1 classes unless num_classes= is given",
             _set("torch.nn.functional.one_hot"), escapes=("num_classes",), when=no_class_count),
    CallRule(D.PY_DYNAMIC_OUTPUT.code, "returns one index per nonzero element, a data-dependent shape, unless "
             "size= is given", _jnp("nonzero", "flatnonzero", "argwhere"), _set("nonzero"), "jax",
             escapes=("size",), fix=fixes.add_size),
    CallRule(D.PY_DYNAMIC_OUTPUT.code, "returns as many values as the data has, a data-dependent shape, unless "
             "size= is given", _jnp("unique", "unique_all", "unique_counts", "unique_inverse", "unique_values",
                                   "union1d", "intersect1d", "setdiff1d", "setxor1d", "compress", "extract"),
             escapes=("size",), fix=fixes.add_size),
    CallRule(D.PY_DYNAMIC_OUTPUT.code, "(one argument) returns the indices of the true elements, a "
             "data-dependent shape, unless size= is given", _jnp("where"), escapes=("size",), when=one_argument,
             fix=fixes.add_size),
    CallRule(D.PY_VALUE_DEPENDENT_SIZE.code, "has max(x)+1 bins unless length= is given", _jnp("bincount"),
             escapes=("length",)),
    CallRule(D.PY_VALUE_DEPENDENT_SIZE.code, "with a tensor of repeats has sum(repeats) elements unless "
             "total_repeat_length= is given", _jnp("repeat"), _set("repeat"), "jax",
             escapes=("total_repeat_length",), when=tensor_repeats),
)

HOST_RULES: tuple[CallRule, ...] = (
    CallRule(D.PY_HOST_SYNC.code, "copies the tensor to the host and waits for the device",
             methods=_set("item", "tolist", "numpy", "cpu")),
    CallRule(D.PY_HOST_SYNC.code, "copies the tensor to the host and waits for the device", methods=_set("to"),
             when=to_host),
    CallRule(D.PY_HOST_SYNC.code, "converts a tensor to a Python number, which waits for the device",
             _set("builtins.float", "builtins.int", "builtins.complex", "builtins.range"), when=has_tensor_argument),
    CallRule(D.PY_HOST_SYNC.code, "reads tensor values on the host",
             _set("numpy.asarray", "numpy.array", "jax.device_get", "torch.equal", "torch.allclose",
                  "torch.is_nonzero"), when=has_tensor_argument),
    CallRule(D.PY_PRINT_TENSOR.code, "prints a tensor", _set("builtins.print"), when=prints_tensor),
    CallRule(D.PY_TENSOR_CONDITION.code, "asks for the truth value of a tensor", _set("builtins.bool"),
             when=has_tensor_argument),
    CallRule(D.PY_TENSOR_CONDITION.code, "compares tensors with Python's `<`, which needs their values",
             _set("builtins.max", "builtins.min"), when=compares_tensors, fix=fixes.elementwise_max),
)

#: Calls that multiply matrices; integer operands make them integer dots.
MATMUL_FUNCTIONS = frozenset(f"{ns}.{fn}" for ns in ("torch", "jax.numpy") for fn in (
    "matmul", "mm", "bmm", "dot", "einsum", "tensordot", "inner", "vdot", "mv")) | _set("jax.lax.dot",
                                                                                        "jax.lax.dot_general")
MATMUL_METHODS = frozenset({"matmul", "mm", "bmm", "dot", "mv"})

_BY_FUNCTION: dict[str, list[CallRule]] = {}
_BY_METHOD: dict[str, list[CallRule]] = {}
for _rule in DYNAMIC_SHAPE_RULES + HOST_RULES:
    for _name in _rule.functions:
        _BY_FUNCTION.setdefault(_name, []).append(_rule)
    for _name in _rule.methods:
        _BY_METHOD.setdefault(_name, []).append(_rule)


def matching_rules(site: CallSite) -> list[CallRule]:
    """The rules that fire on ``site`` (its escapes and conditions checked)."""
    if site.method is not None:
        candidates = [r for r in _BY_METHOD.get(site.method, ())
                      if r.framework is None or site.framework is None or r.framework == site.framework]
    else:
        candidates = _BY_FUNCTION.get(site.name or "", [])
    return [r for r in candidates
            if not any(keyword(site.call, k) is not None for k in r.escapes) and (r.when is None or r.when(site))]

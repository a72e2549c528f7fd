"""Code inside a compiled function that is not compiled for the device, and functions that are not.

* **Guards.** ``if torch.jit.is_tracing():`` picks a traced variant and leaves
  the rest (its ``else``, or the code after an early ``return``) to eager
  runs; ``if not torch.compiler.is_compiling():`` keeps its body out of
  tracing; ``if x.device.type == "cuda":`` and
  ``if self._attn_implementation == "flash_attention_2":`` hold code that
  only ever runs on another device. :func:`compiled_if` says whether the code
  a test leads to can run compiled on the XLA device.
* **Error paths.** A branch that ends in ``raise`` only builds an error
  message: the problem is the test that leads there, not the formatting.
* **Other devices' kernels.** A function that calls FlashAttention, xFormers,
  Triton, ... is a CUDA (or NPU) implementation, never run on the target.
* **Functions tracing does not trace.** ``@torch.compiler.disable``, and the
  TorchScript-compiled ``@torch.jit.script`` / ``@torch.jit._script_if_tracing``
  export helpers (``@torch.jit.ignore`` and ``@torch.jit.unused`` only concern
  TorchScript: the function still runs, and is traced, everywhere else).
* **Host code.** A module whose ``forward`` returns numpy arrays, PIL images or
  Python numbers, or calls image and plotting libraries, post-processes on
  the host: it is not a compiled entry point.
"""

from __future__ import annotations

import ast
import enum
from dataclasses import dataclass
from typing import Callable

#: Functions (by their last name, however imported or re-exported) that are true while the code is traced.
TRACING_FUNCTIONS = frozenset({
    "is_tracing", "is_scripting", "is_compiling", "is_dynamo_compiling", "is_torchdynamo_compiling",
    "_is_tracing", "is_fx_tracing", "is_in_onnx_export", "is_torch_fx_proxy", "_get_tracing_state"})
#: ``device.type`` values that are not the XLA device, and those that are.
OTHER_DEVICES = frozenset({"cuda", "cpu", "mps", "npu", "hpu", "xpu", "meta"})
XLA_DEVICES = frozenset({"xla", "neuron"})
#: Tensor flags: true off the XLA device, or on it.
OTHER_DEVICE_FLAGS = frozenset({"is_cuda", "is_cpu", "is_mps"})
XLA_DEVICE_FLAGS = frozenset({"is_xla"})
#: ``config._attn_implementation == "flash_attention_2"``: attention implementations that only exist for CUDA.
CUDA_ONLY_IMPLEMENTATIONS = frozenset({"flash_attention_2", "flash_attention_3"})
#: Checks that a CUDA-only package is installed (true only where the code will not meet the target).
CUDA_ONLY_AVAILABILITY = frozenset({"is_flash_attn_2_available", "is_flash_attn_available", "is_xformers_available",
                                    "is_triton_available", "is_flash_attn_3_available"})
#: Packages whose kernels run on CUDA (or another vendor's device) only; matched against module path parts.
OTHER_DEVICE_PACKAGES = frozenset({"flash_attn", "xformers", "triton", "apex", "bitsandbytes", "mamba_ssm",
                                   "causal_conv1d", "torch_npu", "habana_frameworks", "intel_extension_for_pytorch"})
#: ... and module names that say the same (transformers' ``modeling_flash_attention_utils``).
OTHER_DEVICE_WORDS = ("flash_attention", "flash_attn")
#: Packages whose own kernels target the XLA device: never "another device".
XLA_PACKAGES = frozenset({"torch_xla", "torch_neuronx", "jax", "jaxlib"})
#: Decorators of functions that are never traced for the device.
EAGER_DECORATORS = frozenset({
    "torch.jit.script", "torch.jit._script_if_tracing", "torch.jit.script_if_tracing", "torch.compiler.disable",
    "torch._dynamo.disable"})
#: Libraries only host code calls: images, plots, data frames, metrics.
HOST_LIBRARIES = frozenset({"PIL", "cv2", "matplotlib", "pandas", "skimage", "imageio", "pycocotools", "sklearn"})
#: Module classes named for post-processing (DETR's ``PostProcess``, ``PostProcessPanoptic``): the model's outputs
#: turned into results on the host.
POSTPROCESS_WORDS = ("postprocess", "post_process")
#: Values a host ``forward`` returns: numpy arrays and Python lists; Python numbers inside a list or dict of
#: results (a bare ``x.item()`` returned is the value the model computes, and a host synchronisation to report).
HOST_METHODS = frozenset({"numpy", "tolist"})
HOST_SCALARS = frozenset({"item", "float", "int", "bool", "str"})


class Guard(enum.Enum):
    TRACING = 1       # true while traced
    OTHER_DEVICE = 2  # true only off the XLA device
    XLA_DEVICE = 3    # true only on it


def _last_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _strings(node: ast.expr) -> set[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and node.elts:
        strings = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        return set(strings) if len(strings) == len(node.elts) else None
    return None


def _names_device(node: ast.expr) -> bool:
    """``x.device.type``, ``device.type``, ``str(x.device)``, ``device_type``."""
    text = ast.unparse(node)
    return "device" in text and (text.endswith(".type") or text.startswith("str(") or text.endswith("device_type"))


def guard(test: ast.expr) -> Guard | None:
    """What a (non-compound) test says about where the code under it runs, if anything."""
    if isinstance(test, ast.Call):
        name = _last_name(test.func)
        if name in TRACING_FUNCTIONS:
            return Guard.TRACING
        if name in CUDA_ONLY_AVAILABILITY:
            return Guard.OTHER_DEVICE
        return None
    if isinstance(test, ast.Attribute):
        if test.attr in OTHER_DEVICE_FLAGS:
            return Guard.OTHER_DEVICE
        return Guard.XLA_DEVICE if test.attr in XLA_DEVICE_FLAGS else None
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return None
    left, right, op = test.left, test.comparators[0], test.ops[0]
    values = _strings(right) if _strings(left) is None else _strings(left)
    subject = left if _strings(left) is None else right
    if values is None:
        return None
    if _names_device(subject):
        if values <= OTHER_DEVICES:
            found = Guard.OTHER_DEVICE
        elif values <= XLA_DEVICES:
            found = Guard.XLA_DEVICE
        else:
            return None
    elif values <= CUDA_ONLY_IMPLEMENTATIONS:
        found = Guard.OTHER_DEVICE
    else:
        return None
    if isinstance(op, (ast.Eq, ast.In, ast.Is)):
        return found
    if isinstance(op, (ast.NotEq, ast.NotIn, ast.IsNot)):
        return Guard.XLA_DEVICE if found is Guard.OTHER_DEVICE else Guard.OTHER_DEVICE
    return None


def compiled_if(test: ast.expr, value: bool) -> bool:
    """Can the code reached when ``test`` is ``value`` run compiled on the XLA device? (True when unknown.)"""
    if isinstance(test, ast.BoolOp):
        parts = [compiled_if(v, value) for v in test.values]
        both_needed = isinstance(test.op, ast.And) == value  # `a and b` true, or `a or b` false: every part holds
        return all(parts) if both_needed else any(parts)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return compiled_if(test.operand, not value)
    found = guard(test)
    if found is Guard.TRACING or found is Guard.XLA_DEVICE:
        return value
    if found is Guard.OTHER_DEVICE:
        return not value
    return True


def ends_in_raise(body: list[ast.stmt]) -> bool:
    """A block that ends by raising (``raise``, ``assert False``, ``torch._assert(False, ...)``)."""
    if not body:
        return False
    last = body[-1]
    if isinstance(last, ast.Raise):
        return True
    if isinstance(last, ast.Assert):
        return isinstance(last.test, ast.Constant) and not last.test.value
    if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call) and _last_name(last.value.func) == "_assert":
        args = last.value.args
        return bool(args) and isinstance(args[0], ast.Constant) and not args[0].value
    return False


def leaves(body: list[ast.stmt]) -> bool:
    """A block after which the code that follows does not run (return, raise, continue, break)."""
    return bool(body) and isinstance(body[-1], (ast.Return, ast.Raise, ast.Continue, ast.Break))


def is_other_device_module(qualified: str) -> bool:
    parts = qualified.strip(".").split(".")
    if parts[0] in XLA_PACKAGES:
        return False
    return any(p in OTHER_DEVICE_PACKAGES or any(w in p for w in OTHER_DEVICE_WORDS) for p in parts[:-1])


@dataclass(frozen=True, slots=True)
class Role:
    """What a function is, as far as compiling for the device goes."""

    eager: bool          # decorated to never be traced (@torch.compiler.disable, @torch.jit.script...)
    other_device: bool   # calls a kernel for another device
    host: bool           # post-processes on the host

    @property
    def never_compiled(self) -> bool:
        return self.eager or self.other_device


#: (id(func), imports signature) -> (func, role): a function's node is the same object while its chunk is
#: unchanged (python_incremental), so after an edit only the edited function is read again.
_ROLES: dict[tuple, tuple] = {}
_ROLES_MAX = 8192


def role(func, imports, lines: list[str]) -> Role:
    """The :class:`Role` of ``func`` in a module with ``imports`` (an :class:`~.python_names.ImportTable`) and
    source ``lines``."""
    key = (id(func), imports.signature)
    known = _ROLES.get(key)
    if known is not None and known[0] is func:
        return known[1]
    if isinstance(func, ast.Lambda):
        found = Role(False, False, False)
    else:
        qualname = imports.qualname
        calls = _calls_naming(func, lines, _names_of(imports))
        returns, filled = _returns_and_fills(func.body)
        found = Role(is_eager(func, qualname), _calls_other_device_kernel(calls, qualname),
                     _is_host(func, calls, returns, filled, qualname))
    if len(_ROLES) >= _ROLES_MAX:
        _ROLES.clear()
    _ROLES[key] = (func, found)
    return found


def _names_of(imports) -> tuple[str, ...]:
    """The local names bound to host libraries or to other devices' kernels (usually none)."""
    found = getattr(imports, "_role_names", None)
    if found is None:
        found = imports._role_names = tuple(
            local for local, qualified in imports.aliases.items()
            if qualified.split(".")[0] in HOST_LIBRARIES or is_other_device_module(qualified + ".x"))
    return found


def is_postprocessing_class(name: str) -> bool:
    return any(word in name.lower() for word in POSTPROCESS_WORDS)


def _calls_naming(func, lines: list[str], names: tuple[str, ...]) -> list[ast.Call]:
    """The calls in ``func``'s body and its nested helpers, when its text mentions one of ``names`` at all
    (otherwise none of its calls can be one of theirs, and the body is not walked)."""
    if not names:
        return []
    text = "\n".join(lines[func.lineno - 1:func.end_lineno or func.lineno])
    if not any(name in text for name in names):
        return []
    calls, stack = [], list(func.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Call):
            calls.append(node)
        stack.extend(c for c in ast.iter_child_nodes(node) if not isinstance(c, ast.ClassDef))
    return calls


def _returns_and_fills(body: list[ast.stmt]) -> tuple[list[ast.expr], dict[str, list[ast.expr]]]:
    """Walking statements only (not expressions): the values a function returns, and what each local name is
    given (assigned, appended, extended, stored into)."""
    returns: list[ast.expr] = []
    filled: dict[str, list[ast.expr]] = {}
    stack = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Return):
            if node.value is not None and not (isinstance(node.value, ast.Constant) and node.value.value is None):
                returns.append(node.value)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                while isinstance(target, ast.Subscript):  # results[i]["masks"] = ...: fills `results`
                    target = target.value
                if isinstance(target, ast.Name):
                    filled.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            call = node.value
            if isinstance(call.func, ast.Attribute) and call.func.attr in ("append", "extend") \
                    and isinstance(call.func.value, ast.Name) and call.args:
                filled.setdefault(call.func.value.id, []).append(call.args[0])
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                stack.extend(getattr(node, field, ()))
    return returns, filled


def _calls_other_device_kernel(calls: list[ast.Call], qualname) -> bool:
    """Does the function call a kernel that only exists for another device (FlashAttention, xFormers, ...)?"""
    return any((name := qualname(call.func)) is not None and is_other_device_module(name) for call in calls)


def is_eager(func, qualname: Callable[[ast.expr], str | None]) -> bool:
    """Decorated so that it is never traced for the device."""
    for decorator in getattr(func, "decorator_list", ()):
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if qualname(target) in EAGER_DECORATORS:
            return True
    return False


def _is_host(func, calls, returns, filled, qualname) -> bool:
    """Returns host values (numpy arrays, PIL images, lists of Python numbers) or calls host-only libraries."""
    annotation = func.returns
    if annotation is not None and \
            {n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)} & {"np", "numpy", "PIL"}:
        return True
    if any((name := qualname(call.func)) is not None and name.split(".")[0] in HOST_LIBRARIES for call in calls):
        return True
    return bool(returns) and all(_host_value(value, qualname, filled, 2) for value in returns)


def _host_value(node: ast.expr, qualname, filled: dict[str, list[ast.expr]], depth: int, inside: bool = False) -> bool:
    """A returned value made on the host: ``x.numpy()``, ``np.array(...)``, ``[{"score": s.item()}]``, or a
    list the function filled with such values. A function is host code when everything it returns is."""
    if isinstance(node, ast.Name):
        return depth > 0 and any(_host_value(v, qualname, filled, depth - 1, inside) for v in filled.get(node.id, ()))
    if isinstance(node, ast.Tuple):  # several results: host only if all are (a loss and its float for logging is not)
        parts = [e for e in node.elts if not isinstance(e, ast.Constant)]
        return bool(parts) and all(_host_value(e, qualname, filled, depth, inside) for e in parts)
    if isinstance(node, (ast.List, ast.Set)):
        return any(_host_value(e, qualname, filled, depth, True) for e in node.elts)
    if isinstance(node, ast.Dict):
        return any(v is not None and _host_value(v, qualname, filled, depth, True) for v in node.values)
    if isinstance(node, (ast.ListComp, ast.GeneratorExp)):
        return _host_value(node.elt, qualname, filled, depth, True)
    if isinstance(node, ast.DictComp):
        return _host_value(node.value, qualname, filled, depth, True)
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else \
            node.func.id if isinstance(node.func, ast.Name) else None
        if name in HOST_METHODS and isinstance(node.func, ast.Attribute):
            return True
        if inside and name in HOST_SCALARS:
            return True
        name = qualname(node.func)
        return name is not None and name.split(".")[0] in ({"numpy"} | HOST_LIBRARIES)
    return False

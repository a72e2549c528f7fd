"""Which Python expressions hold tensors: a small abstract interpretation over ``ast``.

Every expression gets a :class:`Kind`. ``OTHER`` means "a Python value, or we
cannot tell", and is never flagged, so the analysis errs towards silence:
plain ints, lists, shapes (``x.shape[0]``), dtypes, configuration attributes
(``self.training``) and anything unknown stay ``OTHER``. Tensors come from
function parameters of compiled code, framework calls (``torch.*``,
``jnp.*``, ``lax.*``...), methods and arithmetic on tensors, and calls of
unknown callables (``self.proj(x)``) that receive tensors. Boolean and
integer tensors are told apart where the rules need it (mask indexing,
integer matmuls).

The tables below are the knowledge; :class:`KindInference` only applies them.
"""

from __future__ import annotations

import ast
import enum
from typing import Callable, Union


class Kind(enum.Enum):
    OTHER = 0
    TENSOR = 1          # a tensor of unknown or floating element type
    BOOL_TENSOR = 2
    INT_TENSOR = 3

    @property
    def is_tensor(self) -> bool:
        return self is not Kind.OTHER


#: What unpacking or iterating a value gives: a Kind, or a tuple of them (``for k, v in d.items()``).
Shape = Union[Kind, tuple]
OTHER, TENSOR, BOOL, INT = Kind.OTHER, Kind.TENSOR, Kind.BOOL_TENSOR, Kind.INT_TENSOR

# -- framework functions ----------------------------------------------------------------------

#: Calls under these qualified-name prefixes return tensors (unless listed below).
TENSOR_CALL_PREFIXES = ("torch.", "jax.numpy.", "jax.lax.", "jax.nn.", "jax.random.", "jax.scipy.",
                        "jax.image.", "jax.ops.")
#: ... except under these: utilities, configuration, modules, optimizers, trees.
NON_TENSOR_CALL_PREFIXES = (
    "torch.cuda.", "torch.backends.", "torch.distributed.", "torch.jit.", "torch.compiler.", "torch._dynamo.",
    "torch.utils.", "torch.nn.utils.", "torch.nn.modules.", "torch.nn.init.calculate", "torch.onnx.",
    "torch.export.", "torch.fx.", "torch.testing.", "torch.profiler.", "torch.optim.", "torch.library.",
    "torch.overrides.", "torch.hub.", "torch.amp.", "torch.autocast", "jax.nn.initializers.", "jax.tree_util.",
    "jax.tree.", "jax.numpy.dtypes.")
NON_TENSOR_CALLS = frozenset({
    "torch.is_tensor", "torch.is_floating_point", "torch.is_complex", "torch.is_storage", "torch.numel",
    "torch.get_default_dtype", "torch.set_default_dtype", "torch.is_grad_enabled", "torch.set_grad_enabled",
    "torch.is_inference_mode_enabled", "torch.are_deterministic_algorithms_enabled", "torch.manual_seed",
    "torch.no_grad", "torch.enable_grad", "torch.inference_mode", "torch.finfo", "torch.iinfo", "torch.device",
    "torch.get_num_threads", "torch.promote_types", "torch.result_type", "torch.can_cast",
    "torch.is_autocast_enabled", "torch.broadcast_shapes", "torch.equal", "torch.allclose", "torch.is_nonzero",
    "torch.typename", "torch.get_rng_state", "torch.Size",
    "jax.numpy.shape", "jax.numpy.ndim", "jax.numpy.size", "jax.numpy.dtype", "jax.numpy.result_type",
    "jax.numpy.promote_types", "jax.numpy.issubdtype", "jax.numpy.iinfo", "jax.numpy.finfo", "jax.numpy.isdtype",
    "jax.numpy.can_cast", "jax.numpy.broadcast_shapes", "jax.numpy.iscomplexobj", "jax.numpy.isscalar",
    "jax.numpy.result_type", "jax.lax.axis_size"})
#: Calls whose result is an integer tensor (unless a float argument or dtype says otherwise).
INT_CALLS = frozenset({
    "torch.arange", "torch.randint", "torch.randint_like", "torch.argmax", "torch.argmin", "torch.argsort",
    "torch.searchsorted", "torch.bucketize", "torch.randperm", "torch.tril_indices", "torch.triu_indices",
    "jax.numpy.arange", "jax.numpy.argmax", "jax.numpy.argmin", "jax.numpy.argsort", "jax.numpy.searchsorted",
    "jax.numpy.digitize", "jax.random.randint", "jax.lax.iota", "jax.numpy.tril_indices"})
#: Calls whose result is a boolean tensor.
BOOL_CALLS = frozenset(f"{ns}.{fn}" for ns in ("torch", "jax.numpy") for fn in (
    "isnan", "isinf", "isfinite", "isposinf", "isneginf", "isclose", "isin", "logical_and", "logical_or",
    "logical_not", "logical_xor", "eq", "ne", "gt", "lt", "ge", "le", "greater", "less", "greater_equal",
    "less_equal", "equal", "not_equal", "any", "all", "signbit")) | frozenset({"jax.numpy.isreal"})

# -- tensor methods and attributes -------------------------------------------------------------

#: Methods of a tensor that return Python values (sizes, flags, host copies).
NON_TENSOR_METHODS = frozenset({
    "size", "dim", "ndimension", "numel", "nelement", "element_size", "is_contiguous", "is_floating_point",
    "is_complex", "data_ptr", "stride", "get_device", "storage_offset", "tolist", "item", "numpy", "__len__",
    "is_pinned", "is_shared", "has_names", "keys", "untyped_storage", "dim_order"})
BOOL_METHODS = frozenset({
    "any", "all", "isnan", "isinf", "isfinite", "isposinf", "isneginf", "bool", "logical_and", "logical_or",
    "logical_not", "logical_xor", "eq", "ne", "gt", "lt", "ge", "le", "greater", "less", "isclose", "signbit",
    "eq_", "ne_"})
INT_METHODS = frozenset({"argmax", "argmin", "argsort", "long", "int", "short", "char", "byte", "searchsorted"})
FLOAT_METHODS = frozenset({
    "float", "half", "double", "bfloat16", "mean", "softmax", "log_softmax", "sigmoid", "exp", "log", "sqrt",
    "rsqrt", "tanh", "div", "true_divide", "var", "std", "norm"})
#: Methods that move or reshape a tensor without changing its element type.
SAME_KIND_METHODS = frozenset({
    "view", "view_as", "reshape", "reshape_as", "flatten", "squeeze", "unsqueeze", "expand", "expand_as",
    "permute", "transpose", "contiguous", "clone", "detach", "repeat", "tile", "flip", "roll", "t", "swapaxes",
    "movedim", "narrow", "chunk", "split", "unbind", "gather", "index_select", "masked_fill", "clamp", "clip",
    "requires_grad_", "cuda", "copy", "block_until_ready", "ravel", "squeeze_", "unsqueeze_", "max", "min"})
#: Attributes of a tensor that are tensors; every other attribute (shape, dtype, device, ndim...) is not.
TENSOR_ATTRIBUTES = frozenset({"T", "mT", "H", "mH", "real", "imag", "grad", "data", "at", "flat"})

_INT_DTYPES = frozenset({"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "long", "int",
                         "short", "s8", "s16", "s32", "s64", "u8", "u32", "u64"})
_BOOL_DTYPES = frozenset({"bool", "bool_", "pred"})
_FLOAT_DTYPES = frozenset({"float", "float16", "float32", "float64", "bfloat16", "half", "double", "f32", "f16",
                           "bf16", "complex64", "complex128"})

#: Python builtins whose result is a tensor when an argument is (others return Python values).
TENSOR_BUILTINS = frozenset({"abs", "min", "max", "sum", "pow", "round", "divmod"})
PYTHON_BUILTINS = frozenset({
    "len", "isinstance", "issubclass", "hasattr", "getattr", "setattr", "type", "id", "str", "repr", "range",
    "enumerate", "zip", "list", "tuple", "dict", "set", "frozenset", "sorted", "reversed", "print", "format",
    "hash", "callable", "iter", "next", "super", "int", "float", "bool", "complex", "any", "all", "map",
    "filter", "vars", "dir", "open", "object", "slice", "bytes", "chr", "ord", "hex", "bin", "oct"})


def dtype_kind(node: ast.expr | None) -> Kind | None:
    """The tensor kind a ``dtype=`` / ``.to(...)`` / ``.astype(...)`` argument asks for, if it names one."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        name = node.value
    elif isinstance(node, ast.Attribute):
        name = node.attr
    elif isinstance(node, ast.Name):
        name = node.id
    else:
        return None
    if name in _BOOL_DTYPES:
        return BOOL
    if name in _INT_DTYPES:
        return INT
    if name in _FLOAT_DTYPES:
        return TENSOR
    return None


def keyword(call: ast.Call, name: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def join(*kinds: Kind) -> Kind:
    """The kind of a value that is one of ``kinds``: a tensor if any is, precise only if all agree."""
    tensors = {k for k in kinds if k.is_tensor}
    if not tensors:
        return OTHER
    return tensors.pop() if len(tensors) == 1 else TENSOR


class KindInference:
    """Kinds of expressions in one scope; ``env`` maps local names to kinds.

    ``qualname`` resolves a dotted name through the module's imports; ``returns``
    gives the return kind of a call to a function defined in the same module
    (None when the callee is not one), so ``if self.use_cache(x):`` follows the
    helper instead of guessing.
    """

    def __init__(self, env: dict[str, Kind], qualname: Callable[[ast.expr], str | None],
                 returns: Callable[[ast.Call], Kind | None] | None = None):
        self.env = env
        self.qualname = qualname
        self.returns = returns or (lambda call: None)
        self._memo: dict[int, Kind] = {}
        #: Parameters that default to None and still hold what the caller passed (see python_analysis).
        self.optional: set[str] = set()

    def forget(self) -> None:
        """Drop memoised kinds (call after the environment changes)."""
        self._memo.clear()

    def kind(self, node: ast.expr) -> Kind:
        key = id(node)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._kind(node)
        return found

    def _kind(self, node: ast.expr) -> Kind:
        if isinstance(node, ast.Name):
            return self.env.get(node.id, OTHER)
        if isinstance(node, ast.Call):
            return self.call_kind(node)
        if isinstance(node, ast.Attribute):
            if node.attr in TENSOR_ATTRIBUTES and self.kind(node.value).is_tensor:
                return self.kind(node.value) if node.attr != "at" else TENSOR
            return OTHER
        if isinstance(node, ast.Subscript):
            return self.kind(node.value)
        if isinstance(node, ast.BinOp):
            return self._binop_kind(node)
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.Not):
                return OTHER
            return self.kind(node.operand)
        if isinstance(node, ast.Compare):
            if any(isinstance(op, (ast.Is, ast.IsNot, ast.In, ast.NotIn)) for op in node.ops):
                return OTHER
            return BOOL if any(self.kind(x).is_tensor for x in (node.left, *node.comparators)) else OTHER
        if isinstance(node, ast.BoolOp):  # `scale or default`: an unset optional parameter picks the default
            values = [v for v in node.values[:-1] if not (isinstance(v, ast.Name) and v.id in self.optional)]
            return join(*(self.kind(v) for v in (*values, node.values[-1])))
        if isinstance(node, ast.IfExp):
            return join(self.kind(node.body), self.kind(node.orelse))
        if isinstance(node, ast.NamedExpr):
            return self.kind(node.value)
        if isinstance(node, (ast.Starred, ast.Await)):
            return self.kind(node.value)
        return OTHER

    def _binop_kind(self, node: ast.BinOp) -> Kind:
        left, right = self.kind(node.left), self.kind(node.right)
        if not (left.is_tensor or right.is_tensor):
            return OTHER
        if isinstance(node.op, ast.Div):
            return TENSOR
        if isinstance(node.op, (ast.BitAnd, ast.BitOr, ast.BitXor)) and BOOL in (left, right) \
                and left in (BOOL, OTHER) and right in (BOOL, OTHER):
            return BOOL
        ints = [k for k in (left, right) if k.is_tensor]
        float_constant = any(isinstance(x, ast.Constant) and isinstance(x.value, float)
                             for x in (node.left, node.right))
        if all(k is INT for k in ints) and not float_constant:
            return INT
        return TENSOR

    def call_kind(self, call: ast.Call) -> Kind:
        func = call.func
        asked = dtype_kind(keyword(call, "dtype"))
        name = self.qualname(func)
        if name is not None:
            return self._framework_call_kind(name, call, asked)
        if isinstance(func, ast.Name) and func.id in PYTHON_BUILTINS | TENSOR_BUILTINS and func.id not in self.env:
            if func.id in TENSOR_BUILTINS:
                return join(*(self.kind(a) for a in call.args))
            return OTHER
        if isinstance(func, ast.Attribute) and self.kind(func.value).is_tensor:
            return self._method_kind(func.attr, self.kind(func.value), call)
        local = self.returns(call)
        if local is not None:
            return local
        # an unknown callable (a submodule, a helper from elsewhere): a tensor in, a tensor out
        args = [*call.args, *(kw.value for kw in call.keywords)]
        return TENSOR if any(self.kind(a).is_tensor for a in args) else OTHER

    def _framework_call_kind(self, name: str, call: ast.Call, asked: Kind | None) -> Kind:
        if name in NON_TENSOR_CALLS or name.startswith(NON_TENSOR_CALL_PREFIXES):
            return OTHER
        if not name.startswith(TENSOR_CALL_PREFIXES):
            args = [*call.args, *(kw.value for kw in call.keywords)]
            return TENSOR if any(self.kind(a).is_tensor for a in args) and not _is_class(name) else OTHER
        if _is_class(name) and not name.endswith("Tensor"):
            return OTHER  # torch.nn.Linear(...), torch.Generator(): objects, not tensors
        if asked is not None:
            return asked
        if name in BOOL_CALLS:
            return BOOL
        if name in INT_CALLS:
            floats = any(isinstance(a, ast.Constant) and isinstance(a.value, float) for a in call.args)
            return TENSOR if floats else INT
        if name.rsplit(".", 1)[-1] == "where" and len(call.args) == 3:
            picked = join(self.kind(call.args[1]), self.kind(call.args[2]))
            return picked if picked.is_tensor else TENSOR
        return TENSOR

    def _method_kind(self, method: str, receiver: Kind, call: ast.Call) -> Kind:
        if method in NON_TENSOR_METHODS:
            return OTHER
        if method in ("to", "astype", "type", "view") and call.args:
            asked = dtype_kind(call.args[0])
            if asked is not None:
                return asked
        asked = dtype_kind(keyword(call, "dtype"))
        if asked is not None:
            return asked
        if method in BOOL_METHODS:
            return BOOL
        if method in INT_METHODS:
            return INT
        if method in FLOAT_METHODS:
            return TENSOR
        if method in SAME_KIND_METHODS or method in ("to", "cpu"):
            return receiver
        if method == "sum" and receiver is BOOL:
            return INT
        return receiver if receiver is INT else TENSOR

    # -- iteration and unpacking ----------------------------------------------------------
    def element_shape(self, node: ast.expr) -> Shape:
        """What ``for target in node`` binds."""
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id not in self.env:
                if func.id == "enumerate" and node.args:
                    return (OTHER, self.element_shape(node.args[0]))
                if func.id == "zip":
                    return tuple(self.element_shape(a) for a in node.args)
                if func.id in ("range", "len"):
                    return OTHER
                if func.id == "reversed" and node.args:
                    return self.element_shape(node.args[0])
            if isinstance(func, ast.Attribute) and self.kind(func.value).is_tensor:
                if func.attr == "items":
                    return (OTHER, TENSOR)  # a dict of arrays (a JAX parameter tree)
                if func.attr == "values":
                    return TENSOR
                if func.attr == "keys":
                    return OTHER
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            return join(*(self.kind(e) for e in node.elts)) if node.elts else OTHER
        return self.kind(node)

    def bind(self, target: ast.expr, shape: Shape) -> None:
        """Record what assigning a value of ``shape`` to ``target`` makes each name."""
        if isinstance(target, ast.Name):
            self.env[target.id] = shape if isinstance(shape, Kind) else OTHER
        elif isinstance(target, (ast.Tuple, ast.List)):
            for i, elt in enumerate(target.elts):
                if isinstance(shape, tuple):
                    self.bind(elt, shape[i] if i < len(shape) else OTHER)
                else:  # unpacking a tensor (or a call returning several) gives tensors
                    self.bind(elt.value if isinstance(elt, ast.Starred) else elt, shape)
        elif isinstance(target, ast.Starred):
            self.bind(target.value, OTHER)
        self.forget()

    def assigned_shape(self, value: ast.expr) -> Shape:
        """What an assignment's right-hand side gives to unpacking targets."""
        if isinstance(value, (ast.Tuple, ast.List)):
            return tuple(self.kind(e) for e in value.elts)
        return self.kind(value)


def _is_class(qualified: str) -> bool:
    return qualified.rsplit(".", 1)[-1][:1].isupper()

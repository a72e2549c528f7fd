"""Which Python expressions hold tensors, where they live, and how sure we are: abstract interpretation over ``ast``.

Every expression gets a :class:`Kind`. ``OTHER`` means "a Python value, or we
cannot tell", and is never flagged, so the analysis errs towards silence. A
tensor kind also says

* its element type where the rules need it (boolean masks, integer matmuls);
* whether it lives on the host: ``torch.from_numpy``, ``torch.tensor([1, 2])``
  without ``device=``, ``x.cpu()`` are CPU tensors, and reading them costs no
  device synchronisation;
* whether it is only *guessed*: an un-annotated parameter, or what an unknown
  callable returns. A guessed value is checked like a tensor, but where it
  meets a plain Python value (``flag = default(flag, self.flag)``) we can no
  longer tell, and it becomes ``OTHER``;
* whether it is a Python container of tensors (``[a, b]``, ``list(d.values())``):
  its elements are tensors, the container itself is not.

The tables are in :mod:`.python_api`; :class:`KindInference` only applies them.
"""

from __future__ import annotations

import ast
from typing import Callable, NamedTuple, Union

from . import python_api as api

ANY, BOOL_DTYPE, INT_DTYPE = "any", "bool", "int"


class Kind(NamedTuple):
    tensor: bool = False
    dtype: str = ANY
    host: bool = False
    guessed: bool = False
    items: int = 0      # > 0: a Python container of such tensors (2: a list of dicts of tensors)

    @property
    def is_tensor(self) -> bool:
        """A tensor on the device (what the rules check)."""
        return self.tensor and not self.host and not self.items

    @property
    def is_bool(self) -> bool:
        return self.is_tensor and self.dtype == BOOL_DTYPE

    @property
    def is_int(self) -> bool:
        return self.is_tensor and self.dtype == INT_DTYPE

    def with_dtype(self, dtype: str) -> "Kind":
        return self._replace(dtype=dtype) if self.tensor else self

    def on_host(self) -> "Kind":
        return self._replace(host=True) if self.tensor else self

    def on_device(self) -> "Kind":
        return self._replace(host=False) if self.tensor else self

    def element(self) -> "Kind":
        return self._replace(items=self.items - 1) if self.items else self

    def container(self) -> "Kind":
        return self._replace(items=self.items + 1) if self.tensor else self

    def sure(self) -> "Kind":
        return self._replace(guessed=False)


#: What unpacking or iterating a value gives: a Kind, or a tuple of them (``for k, v in d.items()``).
Shape = Union[Kind, tuple]
OTHER = Kind()
TENSOR = Kind(True)
BOOL = Kind(True, BOOL_DTYPE)
INT = Kind(True, INT_DTYPE)
GUESSED = Kind(True, guessed=True)
HOST = Kind(True, host=True)


def join(*kinds: Kind) -> Kind:
    """The kind of a value that is one of ``kinds``.

    A tensor if any is, unless every tensor among them is only guessed and another is a Python value: then
    we cannot tell, and say nothing. On the device if any is; precise only where all agree.
    """
    tensors = [k for k in kinds if k.tensor]
    if not tensors:
        return OTHER
    if len(tensors) < len(kinds) and all(k.guessed for k in tensors):
        return OTHER
    first = tensors[0]
    if len(tensors) == 1:
        return first
    return Kind(True, first.dtype if all(k.dtype == first.dtype for k in tensors) else ANY,
                all(k.host for k in tensors), all(k.guessed for k in tensors), min(k.items for k in tensors))


def _combine(kinds: list[Kind], dtype: str) -> Kind:
    """The kind of an operation on tensors ``kinds``: on the device if any operand is, guessed only if all are."""
    tensors = [k for k in kinds if k.tensor and not k.items]
    if not tensors:
        return OTHER
    return Kind(True, dtype, all(k.host for k in tensors), all(k.guessed for k in tensors))


def dtype_of(node: ast.expr | None) -> str | None:
    """The element type a ``dtype=`` / ``.to(...)`` / ``.astype(...)`` argument asks for, if it names one."""
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
    if name in api.BOOL_DTYPES:
        return BOOL_DTYPE
    if name in api.INT_DTYPES:
        return INT_DTYPE
    if name in api.FLOAT_DTYPES:
        return ANY
    return None


def keyword(call: ast.Call, name: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def names_host(node: ast.expr | None) -> bool:
    """``"cpu"``, ``"cpu:0"``, ``torch.device("cpu")``: a device argument that means the host."""
    if isinstance(node, ast.Call) and node.args:
        node = node.args[0]
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("cpu")


def _last_name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def _constant_dtype(node: ast.expr) -> str | None:
    """``torch.tensor(False)`` is a bool tensor, ``torch.tensor(0)`` an integer one."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool):
            return BOOL_DTYPE
        if isinstance(node.value, int):
            return INT_DTYPE
    return None


class KindInference:
    """Kinds of expressions in one scope; ``env`` maps local names to kinds.

    ``qualname`` resolves a dotted name through the module's imports; ``returns``
    gives the return kind of a call to a function defined in the module (None
    when the callee is not one), so ``if self.use_cache(x):`` follows the helper
    instead of guessing; ``attributes`` are the kinds of ``self.x`` (buffers and
    parameters are tensors, see :mod:`.python_classes`); ``torch`` says whether
    the code is PyTorch, where tensors made from Python data live on the host.
    """

    def __init__(self, env: dict[str, Kind], qualname: Callable[[ast.expr], str | None],
                 returns: Callable[[ast.Call], Kind | None] | None = None, attributes: dict[str, Kind] | None = None,
                 torch: bool = True):
        self.env = env
        self.qualname = qualname
        self.returns = returns or (lambda call: None)
        self.attributes = attributes or {}
        self.torch = torch
        self._memo: dict[int, Kind] = {}
        #: Parameters that default to None and still hold what the caller passed (see python_walk).
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
            return self._attribute_kind(node)
        if isinstance(node, ast.Subscript):
            value = self.kind(node.value)
            if value.items:
                return value if isinstance(node.slice, ast.Slice) else value.element()
            return value
        if isinstance(node, ast.BinOp):
            return self._binop_kind(node)
        if isinstance(node, ast.UnaryOp):
            return OTHER if isinstance(node.op, ast.Not) else self.kind(node.operand)
        if isinstance(node, ast.Compare):
            if any(isinstance(op, (ast.Is, ast.IsNot, ast.In, ast.NotIn)) for op in node.ops):
                return OTHER
            return _combine([self.kind(x) for x in (node.left, *node.comparators)], BOOL_DTYPE)
        if isinstance(node, ast.BoolOp):  # `scale or default`: an unset optional parameter picks the default
            values = [v for v in node.values[:-1] if not (isinstance(v, ast.Name) and v.id in self.optional)]
            return join(*(self.kind(v) for v in (*values, node.values[-1])))
        if isinstance(node, ast.IfExp):
            return join(self.kind(node.body), self.kind(node.orelse))
        if isinstance(node, (ast.NamedExpr, ast.Starred, ast.Await)):
            return self.kind(node.value)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            return self._container_of([self.kind(e) for e in node.elts])
        if isinstance(node, ast.Dict):
            return self._container_of([self.kind(v) for v in node.values if v is not None])
        if isinstance(node, (ast.ListComp, ast.GeneratorExp, ast.SetComp, ast.DictComp)):
            return self._comprehension_kind(node)
        return OTHER

    @staticmethod
    def _container_of(kinds: list[Kind]) -> Kind:
        tensors = [k for k in kinds if k.tensor]
        return join(*tensors).container() if tensors else OTHER

    def _attribute_kind(self, node: ast.Attribute) -> Kind:
        if isinstance(node.value, ast.Name) and node.value.id == "self":
            return self.attributes.get(node.attr, OTHER)
        value = self.kind(node.value)
        if value.tensor and not value.items:
            if node.attr == "at":
                return TENSOR
            return value if node.attr in api.TENSOR_ATTRIBUTES else OTHER
        if value.items and value.guessed:  # outputs.logits, images.tensors: a field of an object holding tensors
            return value.element()
        if node.attr in api.PARAMETER_ATTRIBUTES and isinstance(node.value, ast.Attribute) \
                and isinstance(node.value.value, ast.Name) and node.value.value.id == "self":
            return GUESSED  # self.proj.weight: a parameter of a submodule
        return OTHER

    def _binop_kind(self, node: ast.BinOp) -> Kind:
        left, right = self.kind(node.left), self.kind(node.right)
        if left.items or right.items:  # `[a] + [b]`: a longer list
            return join(left, right) if isinstance(node.op, ast.Add) else OTHER
        if not (left.tensor or right.tensor):
            return OTHER
        kinds = [left, right]
        if isinstance(node.op, ast.Div):
            return _combine(kinds, ANY)
        if isinstance(node.op, (ast.BitAnd, ast.BitOr, ast.BitXor)) \
                and all(k.dtype == BOOL_DTYPE or not k.tensor for k in kinds):
            return _combine(kinds, BOOL_DTYPE)
        float_constant = any(isinstance(x, ast.Constant) and isinstance(x.value, float)
                             for x in (node.left, node.right))
        ints = all(k.dtype == INT_DTYPE for k in kinds if k.tensor) and not float_constant
        return _combine(kinds, INT_DTYPE if ints else ANY)

    def _comprehension_kind(self, node) -> Kind:
        saved = dict(self.env)
        try:
            for gen in node.generators:
                self.bind(gen.target, self.element_shape(gen.iter))
            element = self.kind(node.value if isinstance(node, ast.DictComp) else node.elt)
        finally:
            self.env.clear()
            self.env.update(saved)
            self.forget()
        return element.container() if element.tensor else OTHER

    # -- calls -------------------------------------------------------------------------------
    def call_kind(self, call: ast.Call) -> Kind:
        func = call.func
        name = self.qualname(func)
        if name is not None:
            return self._framework_call_kind(name, call)
        if isinstance(func, ast.Name) and func.id not in self.env \
                and func.id in api.PYTHON_BUILTINS | api.TENSOR_BUILTINS:
            return self._builtin_kind(func.id, call)
        if isinstance(func, ast.Attribute):
            receiver = self.kind(func.value)
            if receiver.items:
                what = api.CONTAINER_METHODS.get(func.attr)
                return receiver if what == "container" else receiver.element() if what == "element" else OTHER
            if receiver.tensor:
                return self._method_kind(func.attr, receiver, call)
        local = self.returns(call)
        if local is not None:
            return local
        args = [self.kind(a) for a in (*call.args, *(kw.value for kw in call.keywords))]
        return self._unknown_call(_last_name(func), args)

    @staticmethod
    def _unknown_call(name: str | None, args: list[Kind]) -> Kind:
        """A callable we cannot see (a submodule, a helper from elsewhere): device tensors in, probably a tensor
        out; a class built from device tensors (``ModelOutput(logits=...)``) probably holds them."""
        if not any(k.tensor and not k.host for k in args):
            return OTHER
        return GUESSED.container() if name and name[:1].isupper() else GUESSED

    def _builtin_kind(self, name: str, call: ast.Call) -> Kind:
        args = [self.kind(a) for a in call.args]
        if name in api.TENSOR_BUILTINS:
            if name == "sum" and len(args) == 1 and args[0].items:
                return args[0].element()
            return join(*args) if args else OTHER
        if name in api.CONTAINER_BUILTINS and len(args) == 1 and args[0].tensor:
            return args[0] if args[0].items else args[0].container()  # list(t): its rows
        return OTHER

    def _framework_call_kind(self, name: str, call: ast.Call) -> Kind:
        if name in api.NON_TENSOR_CALLS or name.startswith(api.NON_TENSOR_CALL_PREFIXES):
            return OTHER
        args = [self.kind(a) for a in (*call.args, *(kw.value for kw in call.keywords))]
        if name in api.SHAPE_FUNCTIONS:
            return args[0].element() if args and args[0].tensor else OTHER
        short = name.rsplit(".", 1)[-1]
        if not name.startswith(api.TENSOR_CALL_PREFIXES):
            if name.startswith("numpy."):
                return OTHER
            return self._unknown_call(short, args)
        if short[:1].isupper() and not short.endswith("Tensor"):
            return OTHER  # torch.nn.Linear(...), torch.Generator(): objects, not tensors
        kind = self._located(name, call, args)
        if short.endswith("Tensor"):  # torch.ByteTensor(...): a CPU tensor of that element type
            return kind.on_host().with_dtype(api.TENSOR_CLASS_DTYPES.get(short, ANY))
        asked = dtype_of(keyword(call, "dtype"))
        if asked is not None:
            return kind.with_dtype(asked)
        if name in api.BOOL_CALLS:
            return kind.with_dtype(BOOL_DTYPE)
        if name in api.INT_CALLS:
            floats = any(isinstance(a, ast.Constant) and isinstance(a.value, float) for a in call.args)
            return kind.with_dtype(ANY if floats else INT_DTYPE)
        if short == "where" and len(call.args) == 3:
            picked = join(self.kind(call.args[1]), self.kind(call.args[2]))
            return kind.with_dtype(picked.dtype) if picked.tensor else kind
        if name in ("torch.tensor", "torch.as_tensor") and call.args:
            constant = _constant_dtype(call.args[0])
            return kind.with_dtype(constant) if constant else kind
        return kind

    def _located(self, name: str, call: ast.Call, args: list[Kind]) -> Kind:
        """Where a framework call's result lives (PyTorch: the host unless something puts it on the device)."""
        if not self.torch or not name.startswith("torch."):
            return TENSOR
        if name in api.HOST_ALWAYS:
            return HOST
        device = keyword(call, "device")
        if device is not None:
            return HOST if names_host(device) else TENSOR
        tensors = [k for k in args if k.tensor]
        if any(not k.host for k in tensors):
            return TENSOR if any(not k.guessed for k in tensors if not k.host) else GUESSED
        if tensors or name in api.TORCH_FACTORIES or name.endswith("Tensor"):
            return HOST  # made from host tensors or Python data, with no device given
        return TENSOR

    def _method_kind(self, method: str, receiver: Kind, call: ast.Call) -> Kind:
        receiver = receiver.element()
        if method in api.NON_TENSOR_METHODS:
            return OTHER
        if method == "cpu":
            return receiver.on_host()
        if method == "cuda":
            return receiver.on_device()
        if method in ("to", "type", "astype", "view") and call.args:
            asked = dtype_of(call.args[0])
            if asked is not None:
                return receiver.with_dtype(asked)
        if method == "to":
            receiver = self._moved(receiver, call)
            asked = dtype_of(keyword(call, "dtype"))
            return receiver.with_dtype(asked) if asked is not None else receiver
        asked = dtype_of(keyword(call, "dtype"))
        if asked is not None:
            return receiver.with_dtype(asked)
        if method in api.BOOL_METHODS:
            return receiver.with_dtype(BOOL_DTYPE)
        if method in api.INT_METHODS:
            return receiver.with_dtype(INT_DTYPE)
        if method in api.FLOAT_METHODS:
            return receiver.with_dtype(ANY)
        if method in api.SAME_KIND_METHODS or method in api.NEW_TENSOR_METHODS:
            return receiver
        if method == "sum" and receiver.dtype == BOOL_DTYPE:
            return receiver.with_dtype(INT_DTYPE)
        return receiver if receiver.dtype == INT_DTYPE else receiver.with_dtype(ANY)

    def _moved(self, receiver: Kind, call: ast.Call) -> Kind:
        """``x.to(...)``: the device or the host, as the argument says; a dtype alone keeps the place."""
        target = call.args[0] if call.args else keyword(call, "device")
        if target is None:
            return receiver
        if names_host(target):
            return receiver.on_host()
        other = self.kind(target)
        if other.tensor:  # x.to(y): where y is
            return receiver.on_host() if other.host else receiver.on_device()
        spelled = target.attr if isinstance(target, ast.Attribute) else target.id if isinstance(target, ast.Name) \
            else target.value if isinstance(target, ast.Constant) and isinstance(target.value, str) else ""
        if "device" in spelled or (isinstance(target, ast.Constant) and dtype_of(target) is None):
            return receiver.on_device()  # x.to(device), x.to(y.device), x.to("cuda")
        return receiver  # a dtype, or something we cannot read: the place is unchanged

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
                if func.id in ("reversed", "sorted", "list", "tuple", "iter") and node.args:
                    return self.element_shape(node.args[0])
            if isinstance(func, ast.Attribute):
                receiver = self.kind(func.value)
                if receiver.tensor:
                    if func.attr == "items":
                        return (OTHER, receiver.element())  # a dict of arrays (a parameter tree)
                    if func.attr == "values":
                        return receiver.element()
                    if func.attr == "keys":
                        return OTHER
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            return join(*(self.kind(e) for e in node.elts)) if node.elts else OTHER
        return self.kind(node).element()

    def bind(self, target: ast.expr, shape: Shape) -> None:
        """Record what assigning a value of ``shape`` to ``target`` makes each name."""
        if isinstance(target, ast.Name):
            self.env[target.id] = shape if isinstance(shape, Kind) else OTHER
        elif isinstance(target, (ast.Tuple, ast.List)):
            for i, elt in enumerate(target.elts):
                if isinstance(shape, tuple) and not isinstance(shape, Kind):
                    self.bind(elt, shape[i] if i < len(shape) else OTHER)
                else:  # unpacking a tensor, a container of tensors, or a call returning several gives tensors
                    part = shape.element() if isinstance(shape, Kind) else OTHER
                    self.bind(elt.value if isinstance(elt, ast.Starred) else elt, part)
        elif isinstance(target, ast.Starred):
            self.bind(target.value, OTHER)
        self.forget()

    def assigned_shape(self, value: ast.expr) -> Shape:
        """What an assignment's right-hand side gives to unpacking targets."""
        if isinstance(value, (ast.Tuple, ast.List)):
            return tuple(self.kind(e) for e in value.elts)
        return self.kind(value)

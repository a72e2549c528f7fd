"""What framework functions, tensor methods and attributes give, as tables (the knowledge the kinds apply).

Names are qualified as imported (:mod:`.python_names`): ``torch.zeros``,
``jax.numpy.nonzero``. :mod:`.python_kinds` reads these tables; nothing here
decides anything.
"""

from __future__ import annotations

# -- framework functions ----------------------------------------------------------------------

#: Calls under these qualified-name prefixes return tensors (unless listed below).
TENSOR_CALL_PREFIXES = ("torch.", "jax.numpy.", "jax.lax.", "jax.nn.", "jax.random.", "jax.scipy.",
                        "jax.image.", "jax.ops.", "torchvision.ops.")
#: ... except under these: utilities, configuration, modules, optimizers, trees.
NON_TENSOR_CALL_PREFIXES = (
    "torch.cuda.", "torch.backends.", "torch.distributed.", "torch.jit.", "torch.compiler.", "torch._dynamo.",
    "torch.utils.", "torch.nn.utils.", "torch.nn.modules.", "torch.nn.init.calculate", "torch.onnx.",
    "torch.export.", "torch.fx.", "torch.testing.", "torch.profiler.", "torch.optim.", "torch.library.",
    "torch.overrides.", "torch.hub.", "torch.amp.", "torch.autocast", "jax.nn.initializers.", "jax.tree_util.",
    "jax.tree.", "jax.numpy.dtypes.", "torch._C.")
NON_TENSOR_CALLS = frozenset({
    "torch.is_tensor", "torch.is_floating_point", "torch.is_complex", "torch.is_storage", "torch.numel",
    "torch.get_default_dtype", "torch.set_default_dtype", "torch.is_grad_enabled", "torch.set_grad_enabled",
    "torch.is_inference_mode_enabled", "torch.are_deterministic_algorithms_enabled", "torch.manual_seed",
    "torch.no_grad", "torch.enable_grad", "torch.inference_mode", "torch.finfo", "torch.iinfo", "torch.device",
    "torch.get_num_threads", "torch.promote_types", "torch.result_type", "torch.can_cast",
    "torch.is_autocast_enabled", "torch.broadcast_shapes", "torch.equal", "torch.allclose", "torch.is_nonzero",
    "torch.typename", "torch.get_rng_state", "torch.Size", "torch.get_autocast_gpu_dtype", "torch._assert",
    "jax.numpy.shape", "jax.numpy.ndim", "jax.numpy.size", "jax.numpy.dtype", "jax.numpy.result_type",
    "jax.numpy.promote_types", "jax.numpy.issubdtype", "jax.numpy.iinfo", "jax.numpy.finfo", "jax.numpy.isdtype",
    "jax.numpy.can_cast", "jax.numpy.broadcast_shapes", "jax.numpy.iscomplexobj", "jax.numpy.isscalar",
    "jax.lax.axis_size"})
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
#: torch functions that build a tensor from Python data or sizes: without ``device=`` it is made on the CPU.
TORCH_FACTORIES = frozenset(f"torch.{fn}" for fn in (
    "tensor", "as_tensor", "asarray", "from_numpy", "zeros", "ones", "full", "empty", "arange", "range",
    "linspace", "logspace", "eye", "rand", "randn", "randint", "randperm", "normal", "scalar_tensor",
    "tril_indices", "triu_indices", "empty_strided", "frombuffer", "bartlett_window", "hann_window",
    "hamming_window", "blackman_window", "kaiser_window", "sparse_coo_tensor"))
#: Always on the CPU, whatever the arguments: a numpy array's memory.
HOST_ALWAYS = frozenset({"torch.from_numpy", "torch.frombuffer"})
#: Functions that only rearrange their first argument (einops): the result has its kind.
SHAPE_FUNCTIONS = frozenset({"einops.rearrange", "einops.repeat", "einops.reduce", "einops.einsum"})

# -- tensor methods and attributes -------------------------------------------------------------

#: Methods of a tensor that return Python values (sizes, flags, host copies).
NON_TENSOR_METHODS = frozenset({
    "size", "dim", "ndimension", "numel", "nelement", "element_size", "is_contiguous", "is_floating_point",
    "is_complex", "data_ptr", "stride", "get_device", "storage_offset", "tolist", "item", "numpy", "__len__",
    "is_pinned", "is_shared", "has_names", "keys", "untyped_storage", "dim_order", "type_as_string"})
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
    "requires_grad_", "copy", "block_until_ready", "ravel", "squeeze_", "unsqueeze_", "max", "min",
    "masked_fill_", "clamp_", "detach_", "fill_", "zero_", "amax", "amin", "cummax", "cummin", "sort", "topk"})
#: Methods that make a new tensor where their receiver lives.
NEW_TENSOR_METHODS = frozenset({"new_zeros", "new_ones", "new_full", "new_empty", "new_tensor", "zeros_like"})
#: Attributes of a tensor that are tensors; every other attribute (shape, dtype, device, ndim...) is not.
TENSOR_ATTRIBUTES = frozenset({"T", "mT", "H", "mH", "real", "imag", "grad", "data", "at", "flat"})
#: Attributes of a submodule (``self.proj.weight``) that are its parameters or buffers.
PARAMETER_ATTRIBUTES = frozenset({"weight", "bias", "running_mean", "running_var"})

# -- module attributes (``__init__``) -----------------------------------------------------------

#: ``self.x = nn.Parameter(...)``: a tensor the module moves with it.
PARAMETER_CLASSES = frozenset({"torch.nn.Parameter", "torch.nn.parameter.Parameter"})
#: ``self.register_buffer("x", value)`` / ``self.register_parameter("x", value)``.
REGISTER_METHODS = frozenset({"register_buffer", "register_parameter"})
#: Flax ``setup()``: ``self.x = self.param(...)`` is an array.
FLAX_PARAMETER_METHODS = frozenset({"param"})

# -- dtypes -------------------------------------------------------------------------------------

INT_DTYPES = frozenset({"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "long", "int",
                        "short", "s8", "s16", "s32", "s64", "u8", "u32", "u64", "i4", "i8"})
BOOL_DTYPES = frozenset({"bool", "bool_", "pred"})
FLOAT_DTYPES = frozenset({"float", "float16", "float32", "float64", "bfloat16", "half", "double", "f32", "f16",
                          "bf16", "complex64", "complex128", "f4", "f2"})
#: torch tensor classes by element type (``torch.ByteTensor(...)`` builds a CPU tensor of that type).
TENSOR_CLASS_DTYPES = {"BoolTensor": "bool", "ByteTensor": "int", "CharTensor": "int", "ShortTensor": "int",
                       "IntTensor": "int", "LongTensor": "int"}

# -- Python builtins ----------------------------------------------------------------------------

#: Python builtins whose result is a tensor when an argument is (others return Python values).
TENSOR_BUILTINS = frozenset({"abs", "min", "max", "sum", "pow", "round", "divmod"})
#: Builtins that make a Python container of what they are given (``list(features.values())``).
CONTAINER_BUILTINS = frozenset({"list", "tuple", "sorted", "reversed", "set"})
PYTHON_BUILTINS = frozenset({
    "len", "isinstance", "issubclass", "hasattr", "getattr", "setattr", "type", "id", "str", "repr", "range",
    "enumerate", "zip", "list", "tuple", "dict", "set", "frozenset", "sorted", "reversed", "print", "format",
    "hash", "callable", "iter", "next", "super", "int", "float", "bool", "complex", "any", "all", "map",
    "filter", "vars", "dir", "open", "object", "slice", "bytes", "chr", "ord", "hex", "bin", "oct"})
#: Methods of a Python container of tensors and what they give: an element, the container, or nothing.
CONTAINER_METHODS = {"values": "container", "copy": "container", "get": "element", "pop": "element",
                     "__getitem__": "element"}

"""The Neuron custom-call targets the operator tables allow, as the CPU reference runs them.

Operand conventions follow how torch-neuronx emits them (``torch_neuronx/xla_impl/ops.py``):
``backend_config`` holds the reduced dimension for softmax, RMS norm and arg-max/-min, ``k``
for top-k; RMS norm takes ``(x, weight, eps)``; the GELU backward call takes ``x`` and returns
dGELU/dx (the caller multiplies by the incoming gradient). Markers and sharding constraints
pass their operands through. Targets whose behaviour lives in device code (NKI kernels,
C++ custom ops, the dropout mask generator, collective or integer matmul kernels, MX
quantization) have no CPU counterpart: the compile refuses them with the reason.

Every function computes in float64 and rounds once to the result type.
"""

from __future__ import annotations

import numpy as np
from scipy import special

from ..errors import ExecutionError
from ._common import to_result

_SQRT_HALF = np.sqrt(0.5)
_SQRT_2_OVER_PI = np.sqrt(2.0 / np.pi)


def _config_int(inst, default: int | None = None) -> int:
    text = str(inst.attrs.get("backend_config", "") or "").strip().strip('"')
    if not text:
        if default is None:
            raise ExecutionError(f"{inst.attrs.get('custom_call_target')} needs its dimension in backend_config")
        return default
    try:
        return int(text)
    except ValueError:
        raise ExecutionError(f"backend_config {text!r} is not an integer") from None


def _axis(inst, x) -> int:
    axis = _config_int(inst, default=x.ndim - 1)
    return axis + x.ndim if axis < 0 else axis


def _result(inst, value):
    return to_result(value, inst.shape.element_type)


def _wide(x):
    return np.asarray(x, dtype=np.float64)


def _gelu(x):
    return 0.5 * x * (1.0 + special.erf(x * _SQRT_HALF))


def _gelu_derivative(x):
    return 0.5 * (1.0 + special.erf(x * _SQRT_HALF)) + x * np.exp(-0.5 * x * x) / np.sqrt(2.0 * np.pi)


def _gelu_tanh(x):
    return 0.5 * x * (1.0 + np.tanh(_SQRT_2_OVER_PI * (x + 0.044715 * x ** 3)))


def _sigmoid(x):
    return special.expit(x)


def _softmax(x, axis):
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)


def gelu(inst, args, ctx):
    return _result(inst, _gelu(_wide(args[0])))


def gelu_tanh(inst, args, ctx):
    return _result(inst, _gelu_tanh(_wide(args[0])))


def gelu_backward(inst, args, ctx):
    if len(args) == 2:  # (gradient, x)
        return _result(inst, _wide(args[0]) * _gelu_derivative(_wide(args[1])))
    return _result(inst, _gelu_derivative(_wide(args[0])))


def silu(inst, args, ctx):
    x = _wide(args[0])
    return _result(inst, x * _sigmoid(x))


def silu_backward(inst, args, ctx):
    x = _wide(args[-1])
    s = _sigmoid(x)
    derivative = s * (1.0 + x * (1.0 - s))
    return _result(inst, derivative * _wide(args[0]) if len(args) == 2 else derivative)


def erf(inst, args, ctx):
    return _result(inst, special.erf(_wide(args[0])))


def softmax(inst, args, ctx):
    x = _wide(args[0])
    return _result(inst, _softmax(x, _axis(inst, x)))


def softmax_backward(inst, args, ctx):
    grad, out = _wide(args[0]), _wide(args[1])
    axis = _axis(inst, out)
    return _result(inst, out * (grad - np.sum(grad * out, axis=axis, keepdims=True)))


def rms_norm(inst, args, ctx):
    x, weight = _wide(args[0]), _wide(args[1])
    eps = float(np.asarray(args[2])) if len(args) > 2 else 1e-6
    axis = _axis(inst, x)
    scale = 1.0 / np.sqrt(np.mean(x * x, axis=axis, keepdims=True) + eps)
    shape = [1] * x.ndim
    shape[axis] = -1
    return _result(inst, x * scale * weight.reshape(shape))


def _arg_config(inst, x) -> tuple[int, str]:
    """(dimension, NaN rule) from ``backend_config``: ``"1"`` or ``"1;nan=restart"`` (idioms.NAN_RULES)."""
    text = str(inst.attrs.get("backend_config", "") or "").strip().strip('"')
    head, _, rule = text.partition(";")
    nan = rule.removeprefix("nan=") if rule else "first"
    if nan not in ("first", "restart"):
        raise ExecutionError(f"{inst.attrs.get('custom_call_target')}: unknown NaN rule {rule!r}")
    axis = int(head) if head.strip() else x.ndim - 1
    return (axis + x.ndim if axis < 0 else axis), nan


def _arg_extreme(kind: str):
    """The first index of the largest (smallest) value along the dimension; ties keep the lower index.

    NaN rule "first": NaN counts as the extreme and the first NaN wins (torch's eager argmax and
    jnp.argmax). "restart": what XLA computes for torch_xla's >=/<= comparator, a left fold in
    which a NaN is replaced by the next element: the first extreme after the last NaN, or the
    last index when the row ends with NaN. A tuple result is (the extreme values, the indices),
    as the two-array reduce it replaces returns them.
    """
    def impl(inst, args, ctx):
        raw = np.asarray(args[0])
        axis, rule = _arg_config(inst, raw)
        x = np.moveaxis(raw, axis, -1)
        wide = x.astype(np.float64) if x.dtype.kind in "fV" else x.astype(np.int64)
        n = wide.shape[-1]
        position = np.arange(n)
        nan = np.isnan(wide) if wide.dtype.kind == "f" else np.zeros(wide.shape, bool)
        has_nan = nan.any(axis=-1)
        if rule == "first":
            start = np.zeros(wide.shape[:-1], np.int64)
        else:
            last_nan = np.where(has_nan, n - 1 - np.argmax(nan[..., ::-1], axis=-1), -1)
            start = last_nan + 1
        considered = (position >= start[..., None]) & ~nan
        fill = -np.inf if kind == "max" else np.inf
        if wide.dtype.kind != "f":
            info = np.iinfo(np.int64)
            fill = info.min if kind == "max" else info.max
        masked = np.where(considered, wide, fill)
        extreme = masked.max(axis=-1) if kind == "max" else masked.min(axis=-1)
        index = np.argmax(considered & (wide == extreme[..., None]), axis=-1)
        if rule == "first":
            index = np.where(has_nan, np.argmax(nan, axis=-1), index)
        else:
            index = np.where(start >= n, n - 1, index)
        if not inst.shape.is_tuple:
            return _result(inst, index)
        # the value the reduce returned: the kept element's, except that jnp.argmax's comparator
        # takes the later of two equal values (+0.0 and -0.0 tie: the last tied zero's sign wins)
        source = index
        if rule == "first":
            tied = considered & (wide == extreme[..., None])
            last_tied = n - 1 - np.argmax(tied[..., ::-1], axis=-1)
            source = np.where(has_nan, index, last_tied)
        values = np.take_along_axis(x, source[..., None], axis=-1)[..., 0]
        return values, to_result(index, inst.shape.tuple_shapes[1].element_type)
    return impl


def top_k(inst, args, ctx):
    """Largest k along the last dimension, sorted descending; ties keep the lower index."""
    x = np.asarray(args[0])
    k = _config_int(inst, default=inst.shape.tuple_shapes[0].dims[-1])
    keys = -x.astype(np.float64) if x.dtype.kind in "fV" else -x.astype(np.int64)
    order = np.argsort(keys, axis=-1, kind="stable")[..., :k]
    values = np.take_along_axis(x, order, axis=-1)
    index_type = inst.shape.tuple_shapes[1].element_type
    return values, to_result(order, index_type)


def passthrough(inst, args, ctx):
    return args[0] if len(args) == 1 else tuple(args)


def _resize_flags(inst) -> tuple[bool, bool]:
    """(align_corners, half_pixel_centers) from a backend_config such as "00" or "10"."""
    text = str(inst.attrs.get("backend_config", "") or "").strip().strip('"')
    flags = (text + "00")[:2]
    return flags[0] == "1", flags[1] == "1"


def _source_coordinates(out_size: int, in_size: int, align: bool, half_pixel: bool) -> np.ndarray:
    dst = np.arange(out_size, dtype=np.float64)
    if align and out_size > 1:
        return dst * (in_size - 1) / (out_size - 1)
    scale = in_size / out_size
    return (dst + 0.5) * scale - 0.5 if half_pixel else dst * scale


def _nearest_indices(out_size, in_size, align, half_pixel):
    src = _source_coordinates(out_size, in_size, align, half_pixel)
    index = np.round(src) if align else np.floor(src + 0.5 if half_pixel else src)
    return np.clip(index.astype(np.int64), 0, in_size - 1)


def resize_nearest(inst, args, ctx):
    """NHWC nearest-neighbour resize to the result's height and width."""
    x = np.asarray(args[0])
    _, out_h, out_w, _ = inst.shape.dims
    align, half = _resize_flags(inst)
    rows = _nearest_indices(out_h, x.shape[1], align, half)
    cols = _nearest_indices(out_w, x.shape[2], align, half)
    return x[:, rows][:, :, cols]


def resize_nearest_grad(inst, args, ctx):
    """The adjoint of resize_nearest: each input pixel sums the gradients of the pixels it fed."""
    grad = _wide(args[0])
    batch, in_h, in_w, channels = inst.shape.dims
    align, half = _resize_flags(inst)
    rows = _nearest_indices(grad.shape[1], in_h, align, half)
    cols = _nearest_indices(grad.shape[2], in_w, align, half)
    out = np.zeros((batch, in_h, in_w, channels))
    np.add.at(out, (slice(None), rows[:, None], cols[None, :]), grad)
    return _result(inst, out)


def resize_bilinear(inst, args, ctx):
    """NHWC bilinear resize to the result's height and width."""
    x = _wide(args[0])
    _, out_h, out_w, _ = inst.shape.dims
    align, half = _resize_flags(inst)

    def weights(out_size, in_size):
        src = np.clip(_source_coordinates(out_size, in_size, align, half), 0, in_size - 1)
        low = np.floor(src).astype(np.int64)
        high = np.minimum(low + 1, in_size - 1)
        return low, high, src - low

    r0, r1, fr = weights(out_h, x.shape[1])
    c0, c1, fc = weights(out_w, x.shape[2])
    top = x[:, r0] * (1 - fr)[None, :, None, None] + x[:, r1] * fr[None, :, None, None]
    out = top[:, :, c0] * (1 - fc)[None, None, :, None] + top[:, :, c1] * fc[None, None, :, None]
    return _result(inst, out)


#: custom_call_target -> implementation
NEURON_CALLS = {
    "AwsNeuronGelu": gelu,
    "AwsNeuronGeluApprxTanh": gelu_tanh,
    "AwsNeuronGeluBackward": gelu_backward,
    "AwsNeuronSilu": silu,
    "AwsNeuronSiluBackward": silu_backward,
    "AwsNeuronErf": erf,
    "AwsNeuronSoftmax": softmax,
    "AwsNeuronSoftmaxBackward": softmax_backward,
    "AwsNeuronRmsNorm": rms_norm,
    "AwsNeuronArgMax": _arg_extreme("max"),
    "AwsNeuronArgMin": _arg_extreme("min"),
    "AwsNeuronTopK": top_k,
    "AwsNeuronDevicePrint": passthrough,
    "AwsNeuronLNCShardingConstraint": passthrough,
    "AwsNeuronTransferWithStaticRing": passthrough,
    "AwsNeuronModuleMarkerStart-Forward": passthrough,
    "AwsNeuronModuleMarkerEnd-Forward": passthrough,
    "AwsNeuronModuleMarkerStart-Backward": passthrough,
    "AwsNeuronModuleMarkerEnd-Backward": passthrough,
    "NeuronBoundaryMarker-Start": passthrough,
    "NeuronBoundaryMarker-End": passthrough,
    "ResizeNearest": resize_nearest,
    "ResizeNearestGrad": resize_nearest_grad,
    "ResizeBilinear": resize_bilinear,
}

#: Allowed targets whose work is device code: why the CPU reference cannot run them.
DEVICE_ONLY = {
    "AwsNeuronCustomNativeKernel": "an NKI kernel compiled for the NeuronCore",
    "AwsNeuronCustomOp": "a C++ custom operator built for the GpSimd engine",
    "AwsNeuronDropoutMaskV1": "a dropout mask drawn by the device's random number generator",
    "AwsNeuronCollectiveMatmul": "a device kernel fusing a collective with a matmul",
    "AwsNeuronIntMatmult": "an integer matmul kernel whose operand conventions are not public",
    "QuantizeMX": "an MX block quantizer of the trn3 vector engine",
    "ScaledMatmul": "an MX scaled matmul of the trn3 tensor engine",
}

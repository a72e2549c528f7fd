"""One-pass numpy implementations of the kernels --model-type recognises.

A recognised kernel is a `fusion` whose ``backend_config`` is
``{"nccd_kernel": NAME, ...parameters}`` and whose computation holds the original
instructions. For float32/float64 data the runtime computes NAME here, in the data's own
type with numpy's vectorised routines (results agree with the instruction-by-instruction
evaluation within float rounding); for other types, or kernels without an entry here
(attention: its softmax inside is itself a kernel), it runs the computation.
"""

from __future__ import annotations

import json
from functools import lru_cache

import numpy as np
from scipy import special

from ._common import to_result


@lru_cache(maxsize=4096)
def kernel_config(backend_config: str) -> dict | None:
    if not backend_config or "nccd_kernel" not in backend_config:
        return None
    try:
        config = json.loads(backend_config)
    except ValueError:
        return None
    return config if isinstance(config, dict) and "nccd_kernel" in config else None


def _expand(values: np.ndarray, dims, operand_shape, rank: int) -> np.ndarray:
    """``values`` reshaped to the broadcast's operand shape, placed along ``dims`` of a rank-``rank``
    array (HLO broadcast dimensions), ready for numpy broadcasting."""
    shape = [1] * rank
    for d, n in zip(dims, operand_shape):
        shape[d] = n
    return values.reshape(shape)


def _softmax(inst, args, config):
    x = args[0]
    dims = tuple(config["dims"])
    shifted = x - np.max(x, axis=dims, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=dims, keepdims=True)


def _norm(inst, args, config, centred: bool):
    x = args[0]
    dims = tuple(config["dims"])
    if centred:
        x = x - np.mean(x, axis=dims, keepdims=True)
    y = x * (1.0 / np.sqrt(np.mean(x * x, axis=dims, keepdims=True) + x.dtype.type(config["epsilon"])))
    if "scale_dims" in config:
        y = y * _expand(args[1], config["scale_dims"], config["scale_shape"], y.ndim)
    if "offset_dims" in config:
        y = y + _expand(args[2 if "scale_dims" in config else 1], config["offset_dims"], config["offset_shape"],
                        y.ndim)
    return y


def _gelu_erf(inst, args, config):
    x = args[0]
    return x * x.dtype.type(0.5) * (1 + special.erf(x * x.dtype.type(1 / np.sqrt(2.0))))


def _gelu_tanh(inst, args, config):
    x = args[0]
    t = np.tanh(x.dtype.type(np.sqrt(2 / np.pi)) * (x + x.dtype.type(0.044715) * x * x * x))
    return x * x.dtype.type(0.5) * (1 + t)


def _silu(inst, args, config):
    return args[0] * special.expit(args[0])


def _conv_bias_activation(inst, args, config):
    from .linalg import convolution

    conv = next(i for i in inst.attrs["calls"].instructions if i.opcode.text == "convolution")
    window = conv.attrs.get("window")
    y = convolution(args[0], args[1], conv.attrs["dim_labels"], window.dims if window is not None else (),
                    conv.attrs.get("feature_group_count", 1), conv.attrs.get("batch_group_count", 1))
    y = y + _expand(args[2], config["bias_dims"], config["bias_shape"], y.ndim)
    return np.maximum(y, 0, out=y) if config["activation"] == "relu" else y * special.expit(y)


KERNELS = {
    "softmax": _softmax,
    "layer_norm": lambda inst, args, config: _norm(inst, args, config, centred=True),
    "group_norm": lambda inst, args, config: _norm(inst, args, config, centred=True),
    "rms_norm": lambda inst, args, config: _norm(inst, args, config, centred=False),
    "gelu_erf": _gelu_erf,
    "gelu_tanh": _gelu_tanh,
    "silu": _silu,
    "conv_bias_activation": _conv_bias_activation,
}

_FAST_TYPES = (np.float32, np.float64)


def run_kernel(inst, args) -> np.ndarray | None:
    """The kernel's result, or None when the computation should run instead."""
    config = kernel_config(str(inst.attrs.get("backend_config") or ""))
    if config is None or config["nccd_kernel"] not in KERNELS or not inst.shape.is_array:
        return None
    if not all(isinstance(a, np.ndarray) and a.dtype.type in _FAST_TYPES for a in args):
        return None
    if len({a.dtype for a in args}) != 1:
        return None
    with np.errstate(all="ignore"):
        result = KERNELS[config["nccd_kernel"]](inst, args, config)
    return to_result(np.asarray(result), inst.shape.element_type)

"""The Neuron custom-call targets the tables allow, against their mathematical definitions."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nccd.compiler.compile import compile_module
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.options import CompileOptions
from nccd.compiler.runtime import evaluate

RNG = np.random.default_rng(11)


def call(target: str, shapes_in: list[str], shape_out: str, args, config: str | None = None):
    params = "\n".join(f"  p{i} = {s} parameter({i})" for i, s in enumerate(shapes_in))
    operands = ", ".join(f"p{i}" for i in range(len(shapes_in)))
    extra = f', backend_config="{config}"' if config is not None else ""
    text = (f"HloModule m\nENTRY e {{\n{params}\n  ROOT r = {shape_out} custom-call({operands}), "
            f'custom_call_target="{target}"{extra}\n}}')
    return evaluate(parse_hlo_text(text), list(args))


def test_gelu_forms_and_derivative():
    x = np.linspace(-4, 4, 17).astype(np.float32)
    (exact,) = call("AwsNeuronGelu", ["f32[17]"], "f32[17]", [x])
    expected = [0.5 * v * (1 + math.erf(v / math.sqrt(2))) for v in x.astype(float)]
    np.testing.assert_allclose(exact, expected, rtol=1e-6, atol=1e-7)
    (tanh,) = call("AwsNeuronGeluApprxTanh", ["f32[17]"], "f32[17]", [x])
    np.testing.assert_allclose(tanh, expected, atol=1e-3)  # the approximation's known error
    (derivative,) = call("AwsNeuronGeluBackward", ["f32[17]"], "f32[17]", [x])
    h = 1e-4
    numeric = [(0.5 * (v + h) * (1 + math.erf((v + h) / math.sqrt(2))) -
                0.5 * (v - h) * (1 + math.erf((v - h) / math.sqrt(2)))) / (2 * h) for v in x.astype(float)]
    np.testing.assert_allclose(derivative, numeric, atol=1e-5)


def test_silu_and_its_backward_with_gradient():
    x = np.linspace(-6, 6, 13).astype(np.float32)
    g = RNG.standard_normal(13).astype(np.float32)
    (silu,) = call("AwsNeuronSilu", ["f32[13]"], "f32[13]", [x])
    np.testing.assert_allclose(silu, x / (1 + np.exp(-x.astype(float))), rtol=1e-6)
    (back,) = call("AwsNeuronSiluBackward", ["f32[13]", "f32[13]"], "f32[13]", [g, x])
    s = 1 / (1 + np.exp(-x.astype(float)))
    np.testing.assert_allclose(back, g * (s + x * s * (1 - s)), rtol=1e-5, atol=1e-7)


def test_softmax_along_the_configured_dimension_and_its_backward():
    x = RNG.standard_normal((3, 5)).astype(np.float32) * 10
    (y,) = call("AwsNeuronSoftmax", ["f32[3,5]"], "f32[3,5]", [x], config="0")
    e = np.exp(x - x.max(axis=0))
    np.testing.assert_allclose(y, e / e.sum(axis=0), rtol=1e-6)
    g = RNG.standard_normal((3, 5)).astype(np.float32)
    (dx,) = call("AwsNeuronSoftmaxBackward", ["f32[3,5]", "f32[3,5]"], "f32[3,5]", [g, y], config="0")
    np.testing.assert_allclose(dx, y * (g - (g * y).sum(axis=0)), rtol=1e-5, atol=1e-7)


def test_rms_norm_with_weight_and_eps():
    x = RNG.standard_normal((2, 8)).astype(np.float32)
    w = RNG.standard_normal(8).astype(np.float32)
    (y,) = call("AwsNeuronRmsNorm", ["f32[2,8]", "f32[8]", "f32[]"], "f32[2,8]", [x, w, np.float32(1e-5)],
                config="1")
    expected = x / np.sqrt((x.astype(float) ** 2).mean(axis=1, keepdims=True) + 1e-5) * w
    np.testing.assert_allclose(y, expected, rtol=1e-6)


def test_argmax_argmin_take_the_first_of_ties_and_nan_as_the_extreme():
    x = np.array([[1, 3, 3, 0], [2, np.nan, 5, 5]], np.float32)
    (amax,) = call("AwsNeuronArgMax", ["f32[2,4]"], "s64[2]", [x], config="1")
    (amin,) = call("AwsNeuronArgMin", ["f32[2,4]"], "s64[2]", [x], config="1")
    assert amax.tolist() == [1, 1] and amin.tolist() == [3, 1] and amax.dtype == np.int64


def test_top_k_is_sorted_descending_with_u32_indices():
    x = np.array([[0.5, 2, -1, 2, 7]], np.float32)
    values, indices = call("AwsNeuronTopK", ["f32[1,5]"], "(f32[1,3], u32[1,3])", [x], config="3")
    assert values.tolist() == [[7, 2, 2]] and indices.tolist() == [[4, 1, 3]] and indices.dtype == np.uint32


def test_markers_pass_their_operands_through():
    x = RNG.standard_normal(4).astype(np.float32)
    for target in ("AwsNeuronModuleMarkerStart-Forward", "NeuronBoundaryMarker-End", "AwsNeuronDevicePrint"):
        (y,) = call(target, ["f32[4]"], "f32[4]", [x])
        np.testing.assert_array_equal(y, x)


def test_resize_nearest_doubles_pixels_and_its_gradient_is_the_adjoint():
    x = RNG.standard_normal((1, 2, 3, 2)).astype(np.float32)
    (y,) = call("ResizeNearest", ["f32[1,2,3,2]"], "f32[1,4,6,2]", [x], config="00")
    np.testing.assert_array_equal(y, np.repeat(np.repeat(x, 2, axis=1), 2, axis=2))
    g = RNG.standard_normal((1, 4, 6, 2)).astype(np.float32)
    (gx,) = call("ResizeNearestGrad", ["f32[1,4,6,2]"], "f32[1,2,3,2]", [g], config="00")
    assert np.isclose(float((y * g).sum()), float((x * gx).sum()), rtol=1e-5)


def test_resize_bilinear_with_aligned_corners_interpolates_linearly():
    x = np.array([0, 3], np.float32).reshape(1, 1, 2, 1)
    (y,) = call("ResizeBilinear", ["f32[1,1,2,1]"], "f32[1,1,4,1]", [x], config="10")
    np.testing.assert_allclose(y.reshape(-1), [0, 1, 2, 3], atol=1e-6)


@pytest.mark.parametrize("target", ["AwsNeuronCustomNativeKernel", "AwsNeuronDropoutMaskV1"])
def test_device_only_targets_are_refused_at_compile_time_with_the_reason(target):
    module = parse_hlo_text(f'HloModule m\nENTRY e {{\n  x = f32[4] parameter(0)\n'
                            f'  ROOT r = f32[4] custom-call(x), custom_call_target="{target}"\n}}')
    data, result = compile_module(module, CompileOptions(target="trn1"))
    assert data is None
    (d,) = [d for d in result.diagnostics if d.is_error]
    assert d.code == "NCC-E060" and target in d.message and "cannot run it" in d.message

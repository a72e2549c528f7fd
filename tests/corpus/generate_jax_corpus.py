#!/usr/bin/env python3
"""Generate the committed JAX/XLA HLO test corpus under tests/corpus/jax/.

This is a DEVELOPER tool. JAX is used only as an oracle here: the product
(nccd) and its test-suite never import JAX; they only read the committed
files this script writes.

Setup (once, outside the repository):

    python3 -m venv /work/venvs/jax
    /work/venvs/jax/bin/pip install jax==0.10.2 jaxlib==0.10.2 numpy ml_dtypes

Run (from the repository root, so recorded source paths are repo-relative):

    /work/venvs/jax/bin/python tests/corpus/generate_jax_corpus.py
    /work/venvs/jax/bin/python tests/corpus/generate_jax_corpus.py --only sort_topk,cond_branches
    /work/venvs/jax/bin/python tests/corpus/generate_jax_corpus.py --check   # parse-check only

The output is deterministic for a given jax/jaxlib version and machine: all
inputs come from fixed numpy RandomState seeds, the npz archives are written
with fixed zip timestamps, and no timestamps or temporary paths end up in
the outputs.  Source file names in HLO metadata are canonicalised with JAX's
own ``jax_hlo_source_file_canonicalization_regex`` so that they read
``tests/corpus/generate_jax_corpus.py`` regardless of where the checkout is.
Line numbers in the metadata refer to this file, so editing it changes the
metadata of every model on the next regeneration (expected; commit both).

Per model, tests/corpus/jax/<model>/ receives (see README.md next to the
output for details): short.hlo.txt, short_nodebug.hlo.txt, long.hlo.txt,
stablehlo.mlir, stablehlo_debug.mlir, stablehlo_generic.mlir, module.hlo_module.pb, dump.hlo.pb, snapshot.pb, unoptimized_snapshot.pb,
inputs.npz, outputs.npz; plus tests/corpus/jax/manifest.json for all models.
"""

from __future__ import annotations

import argparse
import glob
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

# Keep JAX on the host CPU and quiet; must be set before jax is imported.
os.environ.setdefault("JAX_PLATFORMS", "cpu")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import jaxlib  # noqa: E402
from jax import lax  # noqa: E402
from jax.sharding import Mesh, NamedSharding, PartitionSpec as P  # noqa: E402

from jaxlib import _hlo as jaxlib_hlo  # noqa: E402  (hlo_module_from_text)

JAXLIB_PARSER = "jaxlib._hlo.hlo_module_from_text"

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT_ROOT = os.path.join(REPO_ROOT, "tests", "corpus", "jax")

# Strip everything before "tests/corpus/" (this checkout's location) and
# everything up to site-packages/ (the venv's location) from source paths.
jax.config.update(
    "jax_hlo_source_file_canonicalization_regex",
    r"^.*/(?=tests/corpus/)|^.*/(site-packages|dist-packages)/",
)

# XLA options for the compile that writes the dump (long form, HloProto,
# HloSnapshot).  xla_dump_hlo_as_proto switches the text dump off unless
# xla_dump_hlo_as_text is given explicitly.
DUMP_OPTIONS = {
    "xla_dump_hlo_as_text": True,
    "xla_dump_hlo_as_proto": True,
    "xla_dump_hlo_snapshots": True,
    "xla_dump_large_constants": True,
}
# xla_dump_hlo_unoptimized_snapshots suppresses the other dumps, so it gets a
# compile of its own.
UNOPT_SNAPSHOT_OPTIONS = {"xla_dump_hlo_unoptimized_snapshots": True}
INLINE_FRAMES_OPTIONS = {"xla_hlo_print_inline_stack_frames": True}

f32 = np.float32

# ---------------------------------------------------------------------------
# Shared building blocks (plain jax.numpy / lax; no flax so the HLO stays
# free of framework noise and parameters are plain arguments).
# ---------------------------------------------------------------------------


def dense(x, w, b=None):
    y = x @ w
    return y if b is None else y + b


def layer_norm(x, g, b, eps=1e-5):
    m = jnp.mean(x, axis=-1, keepdims=True)
    v = jnp.mean(jnp.square(x - m), axis=-1, keepdims=True)
    return (x - m) * lax.rsqrt(v + eps) * g + b


def rms_norm(x, g, eps=1e-6):
    return x * lax.rsqrt(jnp.mean(x * x, axis=-1, keepdims=True) + eps) * g


def gelu_tanh(x):
    return 0.5 * x * (1.0 + jnp.tanh(np.sqrt(2.0 / np.pi).astype(f32) * (x + 0.044715 * x**3)))


def gelu_erf(x):
    return 0.5 * x * (1.0 + lax.erf(x / np.sqrt(2.0).astype(f32)))


def attention(x, p, heads, mask_bqk):
    """Multi-head attention; mask_bqk is a bool [B|1, T, T] (True = keep)."""
    b, t, d = x.shape
    dh = d // heads
    q = dense(x, p["wq"], p.get("bq")).reshape(b, t, heads, dh)
    k = dense(x, p["wk"], p.get("bk")).reshape(b, t, heads, dh)
    v = dense(x, p["wv"], p.get("bv")).reshape(b, t, heads, dh)
    s = jnp.einsum("bqhd,bkhd->bhqk", q, k) / np.sqrt(dh).astype(f32)
    s = jnp.where(mask_bqk[:, None, :, :], s, f32(-1e9))
    a = jax.nn.softmax(s, axis=-1)
    o = jnp.einsum("bhqk,bkhd->bqhd", a, v).reshape(b, t, d)
    return dense(o, p["wo"], p.get("bo"))


class Init:
    """Deterministic parameter/input factory around one RandomState."""

    def __init__(self, seed):
        self.rs = np.random.RandomState(seed)

    def normal(self, *shape, scale=1.0, dtype=f32):
        return (self.rs.standard_normal(shape) * scale).astype(dtype)

    def weight(self, fan_in, *shape):
        return self.normal(*shape, scale=1.0 / np.sqrt(fan_in))

    def uniform(self, lo, hi, *shape, dtype=f32):
        return self.rs.uniform(lo, hi, size=shape).astype(dtype)

    def ints(self, lo, hi, *shape, dtype=np.int32):
        return self.rs.randint(lo, hi, size=shape).astype(dtype)

    def ones(self, *shape):
        return np.ones(shape, f32)

    def zeros(self, *shape):
        return np.zeros(shape, f32)


# ---------------------------------------------------------------------------
# Models.  Each builder returns (function, args tuple).  The function's
# __name__ becomes the HLO module name (jit_<name>).
# ---------------------------------------------------------------------------


def build_transformer_encoder():
    ini = Init(1)
    B, T, D, H, F, L = 2, 8, 32, 4, 64, 2

    def layer_params():
        return {
            "wq": ini.weight(D, D, D), "bq": ini.normal(D, scale=0.02),
            "wk": ini.weight(D, D, D), "bk": ini.normal(D, scale=0.02),
            "wv": ini.weight(D, D, D), "bv": ini.normal(D, scale=0.02),
            "wo": ini.weight(D, D, D), "bo": ini.normal(D, scale=0.02),
            "ln1_g": ini.ones(D), "ln1_b": ini.zeros(D),
            "w1": ini.weight(D, D, F), "b1": ini.normal(F, scale=0.02),
            "w2": ini.weight(F, F, D), "b2": ini.normal(D, scale=0.02),
            "ln2_g": ini.ones(D), "ln2_b": ini.zeros(D),
        }

    x = ini.normal(B, T, D)
    lengths = np.array([T, 5])
    mask = np.arange(T)[None, :] < lengths[:, None]  # bool [B, T] padding mask
    params = [layer_params() for _ in range(L)]

    def transformer_encoder(x, mask, params):
        keep = jnp.broadcast_to(mask[:, None, :], (x.shape[0], x.shape[1], x.shape[1]))
        for p in params:
            x = layer_norm(x + attention(x, p, H, keep), p["ln1_g"], p["ln1_b"])
            h = gelu_tanh(dense(x, p["w1"], p["b1"]))
            x = layer_norm(x + dense(h, p["w2"], p["b2"]), p["ln2_g"], p["ln2_b"])
        return x

    return transformer_encoder, (x, mask, params)


def build_transformer_decoder():
    ini = Init(2)
    B, T, D, H, F, V, L = 2, 8, 32, 4, 64, 64, 2
    tokens = ini.ints(0, V, B, T)
    emb = ini.normal(V, D, scale=0.5)
    pos = ini.normal(16, D, scale=0.1)
    layers = [
        {
            "norm1": ini.ones(D), "wq": ini.weight(D, D, D), "wk": ini.weight(D, D, D),
            "wv": ini.weight(D, D, D), "wo": ini.weight(D, D, D), "norm2": ini.ones(D),
            "w_gate": ini.weight(D, D, F), "w_up": ini.weight(D, D, F), "w_down": ini.weight(F, F, D),
        }
        for _ in range(L)
    ]
    head = {"w_a": ini.weight(D, D, D), "w_b": ini.weight(D, D, D), "norm_f": ini.ones(D)}

    def transformer_decoder(tokens, emb, pos, layers, head):
        b, t = tokens.shape
        x = emb[tokens] + pos[:t][None]  # embedding lookup -> gather
        row = lax.broadcasted_iota(jnp.int32, (t, t), 0)
        col = lax.broadcasted_iota(jnp.int32, (t, t), 1)
        causal = (col <= row)[None]  # iota + compare; used by select in attention
        for p in layers:
            x = x + attention(rms_norm(x, p["norm1"]), p, H, causal)
            h = rms_norm(x, p["norm2"])
            h = jax.nn.silu(h @ p["w_gate"]) * (h @ p["w_up"])  # SwiGLU
            x = x + h @ p["w_down"]
        x = x + gelu_erf(x @ head["w_a"]) @ head["w_b"]  # exact (erf) GELU adapter
        x = rms_norm(x, head["norm_f"])
        logits = jnp.einsum("btd,vd->btv", x, emb)  # tied output embedding
        next_token = jnp.argmax(logits[:, -1, :], axis=-1).astype(jnp.int32)
        return logits, next_token

    return transformer_decoder, (tokens, emb, pos, layers, head)


def build_cnn_batchnorm():
    ini = Init(3)
    x = ini.normal(4, 16, 16, 3)
    params = {
        "conv1": ini.weight(27, 3, 3, 3, 8), "bn_g": ini.uniform(0.5, 1.5, 8), "bn_b": ini.normal(8, scale=0.1),
        "conv2": ini.weight(72, 3, 3, 8, 16), "conv2_b": ini.normal(16, scale=0.1),
        "head_w": ini.weight(16, 16, 10), "head_b": ini.zeros(10),
    }
    dn = ("NHWC", "HWIO", "NHWC")

    def cnn_batchnorm(x, params):
        y = lax.conv_general_dilated(x, params["conv1"], (2, 2), "SAME", dimension_numbers=dn)
        mean = jnp.mean(y, axis=(0, 1, 2))
        var = jnp.var(y, axis=(0, 1, 2))  # training-mode batch statistics
        y = (y - mean) * lax.rsqrt(var + 1e-5) * params["bn_g"] + params["bn_b"]
        y = jax.nn.relu(y)
        y = lax.reduce_window(y, -jnp.inf, lax.max, (1, 3, 3, 1), (1, 2, 2, 1), "SAME")  # max pool
        y = lax.conv_general_dilated(y, params["conv2"], (1, 1), "SAME", dimension_numbers=dn) + params["conv2_b"]
        y = jax.nn.relu(y)
        y = lax.reduce_window(y, 0.0, lax.add, (1, 2, 2, 1), (1, 1, 1, 1), "VALID") / 4.0  # avg pool
        y = jnp.mean(y, axis=(1, 2))  # global average pool
        return y @ params["head_w"] + params["head_b"], mean, var

    return cnn_batchnorm, (x, params)


def build_cnn_train_step():
    ini = Init(4)
    x = ini.normal(4, 12, 12, 1)
    labels = ini.ints(0, 10, 4)
    params = {
        "w1": ini.weight(9, 3, 3, 1, 4), "b1": ini.zeros(4),
        "w2": ini.weight(36, 3, 3, 4, 8), "b2": ini.zeros(8),
        "wd": ini.weight(72, 72, 10), "bd": ini.zeros(10),
    }
    dn = ("NHWC", "HWIO", "NHWC")

    def loss_fn(params, x, labels):
        y = lax.conv_general_dilated(x, params["w1"], (1, 1), "SAME", dimension_numbers=dn) + params["b1"]
        y = jax.nn.relu(y)
        y = lax.reduce_window(y, -jnp.inf, lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")  # -> 6x6
        y = lax.conv_general_dilated(y, params["w2"], (2, 2), "SAME", dimension_numbers=dn) + params["b2"]  # -> 3x3
        y = jax.nn.relu(y)
        y = lax.reduce_window(y, 0.0, lax.add, (1, 3, 3, 1), (1, 1, 1, 1), "SAME") / 9.0
        logits = y.reshape(y.shape[0], -1) @ params["wd"] + params["bd"]
        logp = jax.nn.log_softmax(logits)
        return -jnp.mean(jnp.sum(jax.nn.one_hot(labels, 10) * logp, axis=-1))

    def cnn_train_step(params, x, labels):
        loss, grads = jax.value_and_grad(loss_fn)(params, x, labels)
        new_params = jax.tree_util.tree_map(lambda p, g: p - 0.1 * g, params, grads)
        return loss, new_params

    return cnn_train_step, (params, x, labels)


def build_scan_rnn():
    ini = Init(5)
    xs = ini.normal(6, 2, 4)
    h0 = ini.zeros(2, 8)
    p = {"wx": ini.weight(4, 4, 8), "wh": ini.weight(8, 8, 8), "b": ini.normal(8, scale=0.1)}
    target = np.array([37.5], f32)

    def scan_rnn(xs, h0, p, target):
        def cell(h, x):
            h = jnp.tanh(x @ p["wx"] + h @ p["wh"] + p["b"])
            return h, h

        h_last, ys = lax.scan(cell, h0, xs)

        m = p["wh"].T @ p["wh"]

        def power_iter(i, v):  # static trip count
            v = m @ v
            return v / jnp.linalg.norm(v)

        v = lax.fori_loop(0, 5, power_iter, jnp.ones((8,), jnp.float32))

        def cond(state):  # data-dependent trip count
            val, n = state
            return val > 1.0

        def body(state):
            val, n = state
            return val * 0.5, n + 1

        halved, steps = lax.while_loop(cond, body, (target[0] + jnp.sum(jnp.abs(ys)), jnp.int32(0)))
        return ys, h_last, v, halved, steps

    return scan_rnn, (xs, h0, p, target)


def build_cond_branches():
    ini = Init(6)
    x = ini.normal(8)
    w = ini.weight(8, 8, 8)
    selector = np.array([0, 1, 2, 7], np.int32)

    def cond_branches(x, w, selector):
        pred = jnp.sum(x) > 0.0
        a = lax.cond(pred, lambda v: jnp.tanh(v @ w), lambda v: -v * 2.0, x)
        b = lax.cond(jnp.logical_not(pred), lambda v: jnp.tanh(v @ w), lambda v: -v * 2.0, x)
        branches = [lambda v: jnp.sin(v), lambda v: jnp.cos(v) @ w, lambda v: jnp.exp(-v * v)]
        outs = [lax.switch(selector[i], branches, x) for i in range(4)]  # index 7 clamps to 2
        return a, b, jnp.stack(outs)

    return cond_branches, (x, w, selector)


def build_sort_topk():
    ini = Init(7)
    x = ini.normal(4, 16)
    keys = ini.ints(0, 5, 4, 16)

    def sort_topk(x, keys):
        s = jnp.sort(x, axis=-1)
        s_desc = jnp.sort(x, axis=0, descending=True)
        order = jnp.argsort(x, axis=-1)
        k_sorted, x_by_key, iota_by_key = lax.sort(
            (keys, x, lax.broadcasted_iota(jnp.int32, x.shape, 1)), dimension=1, num_keys=1, is_stable=True)
        top_vals, top_idx = lax.top_k(x, 5)
        csum = jnp.cumsum(x, axis=1)
        med = jnp.median(x, axis=-1)
        return s, s_desc, order, k_sorted, x_by_key, iota_by_key, top_vals, top_idx, csum, med

    return sort_topk, (x, keys)


def build_gather_scatter():
    ini = Init(8)
    x = ini.normal(6, 5)
    idx = np.array([4, 0, 2, 2], np.int32)
    cols = np.array([1, 3, 0, 4], np.int32)
    upd = ini.normal(4, 5)
    start = np.array([3, 1], np.int32)
    labels = np.array([0, 6, 3, 1], np.int32)
    seg = np.array([0, 0, 1, 2, 2, 2], np.int32)

    def gather_scatter(x, idx, cols, upd, start, labels, seg):
        rows = x[idx]  # gather rows
        elems = x[idx, cols]  # advanced indexing (point gather)
        block = x[idx, 1:4]
        added = x.at[idx].add(upd)  # duplicate index 2 accumulates
        setted = x.at[idx, cols].set(-1.0)
        maxed = x.at[idx].max(upd)
        mined = x.at[idx].min(upd)
        taken = jnp.take_along_axis(x, jnp.argsort(x, axis=1), axis=1)
        dslice = lax.dynamic_slice(x, (start[0], start[1]), (2, 3))  # start clamped to fit
        dupd = lax.dynamic_update_slice(x, jnp.full((2, 2), 9.0, x.dtype), (start[1], start[0]))
        onehot = jax.nn.one_hot(labels, 7)
        segsum = jax.ops.segment_sum(x, seg, num_segments=3)
        return rows, elems, block, added, setted, maxed, mined, taken, dslice, dupd, onehot, segsum

    return gather_scatter, (x, idx, cols, upd, start, labels, seg)


def build_mixed_precision():
    ini = Init(9)
    x = ini.normal(4, 16)
    w1 = ini.weight(16, 16, 32)
    w2 = ini.weight(32, 32, 8)

    def mixed_precision(x, w1, w2):
        h = lax.dot_general(x.astype(jnp.bfloat16), w1.astype(jnp.bfloat16), (((1,), (0,)), ((), ())),
                            preferred_element_type=jnp.float32)
        h = jax.nn.gelu(h, approximate=True).astype(jnp.float16)
        y = lax.dot(h, w2.astype(jnp.float16), preferred_element_type=jnp.float32)
        # fp8 quantise / dequantise with per-tensor scales
        s1 = jnp.max(jnp.abs(x)) / 448.0
        q1 = (x / s1).astype(jnp.float8_e4m3fn)
        s2 = jnp.max(jnp.abs(w1)) / 57344.0
        q2 = (w1 / s2).astype(jnp.float8_e5m2)
        y8 = lax.dot(q1, q2, preferred_element_type=jnp.float32) * (s1 * s2)
        rp = lax.reduce_precision(y, exponent_bits=5, mantissa_bits=2)
        return y, y.astype(jnp.bfloat16), y8, rp, q1.astype(jnp.float32) * s1

    return mixed_precision, (x, w1, w2)


def build_ops_coverage_elementwise():
    ini = Init(10)
    x = ini.uniform(-2.0, 2.0, 16)
    pos = ini.uniform(0.1, 3.0, 16)
    unit = ini.uniform(-0.9, 0.9, 16)
    y = ini.uniform(-2.0, 2.0, 16)
    x = x.copy()
    x[:4] = [0.5, -0.5, 1.5, -2.5]  # rounding ties
    special = np.array([np.inf, -np.inf, np.nan, 0.0, -0.0, 1e-40, 3.0, -3.0], f32)

    def ops_coverage_elementwise(x, pos, unit, y, special):
        return {
            "abs": lax.abs(x), "neg": lax.neg(x), "sign": lax.sign(x),
            "floor": lax.floor(x), "ceil": lax.ceil(x),
            "round_afz": lax.round(x, lax.RoundingMethod.AWAY_FROM_ZERO),
            "round_even": lax.round(x, lax.RoundingMethod.TO_NEAREST_EVEN),
            "exp": lax.exp(x), "expm1": lax.expm1(x), "log": lax.log(pos), "log1p": lax.log1p(pos),
            "sqrt": lax.sqrt(pos), "rsqrt": lax.rsqrt(pos), "cbrt": lax.cbrt(x),
            "sin": lax.sin(x), "cos": lax.cos(x), "tan": lax.tan(unit), "tanh": lax.tanh(x),
            "logistic": lax.logistic(x), "erf": lax.erf(x),
            "asin": lax.asin(unit), "acos": lax.acos(unit), "atan": lax.atan(x),
            "sinh": lax.sinh(x), "cosh": lax.cosh(x), "asinh": lax.asinh(x),
            "acosh": lax.acosh(pos + 1.0), "atanh": lax.atanh(unit),
            "erf_inv": lax.erf_inv(unit), "lgamma": lax.lgamma(pos), "digamma": lax.digamma(pos),
            "is_finite": lax.is_finite(special),
            "add": x + y, "sub": x - y, "mul": x * y, "div": x / pos, "max": lax.max(x, y), "min": lax.min(x, y),
            "pow": lax.pow(pos, y), "rem": lax.rem(x, pos), "atan2": lax.atan2(x, y),
            "integer_pow": lax.integer_pow(x, 3), "square": lax.square(x),
            "nextafter": lax.nextafter(x, y), "clamp": lax.clamp(-0.5, x, 0.5),
            "clamp_arr": lax.clamp(unit, x, pos),
            "select": lax.select(x > y, x, y), "select_n": lax.select_n((x > 0).astype(jnp.int32) + (x > 1), x, y, pos),
            "cmp_f": jnp.stack([x == y, x != y, x < y, x <= y, x > y, x >= y]),
            "cmp_special": jnp.stack([special == special, special != special, special < 1.0, special >= -1.0]),
            "max_special": lax.max(special, special[::-1]),
        }

    return ops_coverage_elementwise, (x, pos, unit, y, special)


def build_ops_coverage_integer():
    ini = Init(11)
    a = ini.ints(-100, 100, 16)
    b = ini.ints(1, 20, 16)
    u = ini.ints(0, 2**31 - 1, 16).astype(np.uint32) * np.uint32(2)
    s = ini.ints(0, 31, 16)
    a8 = ini.ints(-128, 127, 16, dtype=np.int8)
    u16 = ini.ints(0, 65535, 16, dtype=np.uint16)

    def ops_coverage_integer(a, b, u, s, a8, u16):
        us = s.astype(jnp.uint32)
        return {
            "add": a + b, "sub": a - b, "mul": a * b, "div": lax.div(a, b), "rem": lax.rem(a, b),
            "floordiv": a // b, "mod": a % b, "max": lax.max(a, b), "min": lax.min(a, b),
            "abs": lax.abs(a), "neg": lax.neg(a), "sign": lax.sign(a), "pow": jnp.power(b, s % 5), "ipow": b ** 3,
            "and": a & b, "or": a | b, "xor": a ^ b, "not": ~a, "not_u": ~u,
            "and_bool": (a > 0) & (b > 5), "or_bool": (a > 0) | (b > 5), "not_bool": ~(a > 0),
            "xor_bool": (a > 0) ^ (b > 5),
            "shl": lax.shift_left(a, s), "shra": lax.shift_right_arithmetic(a, s),
            "shrl": lax.shift_right_logical(a, s), "shl_u": lax.shift_left(u, us),
            "shrl_u": lax.shift_right_logical(u, us), "shl_oob": lax.shift_left(b, s + 20),
            "clz": lax.clz(a), "clz_u": lax.clz(u), "popcnt": lax.population_count(a),
            "popcnt_u": lax.population_count(u),
            "div_u": lax.div(u, us + 1), "rem_u": lax.rem(u, us + 1), "max_u": lax.max(u, us),
            "cmp_s": jnp.stack([a == b, a != b, a < b, a <= b, a > b, a >= b]),
            "cmp_u": jnp.stack([u == us, u != us, u < us, u <= us, u > us, u >= us]),
            "i8_ops": (a8 * a8 + a8) >> 1, "i8_clamp": lax.clamp(jnp.int8(-10), a8, jnp.int8(10)),
            "u16_ops": (u16 // 3) ^ (u16 << 2), "cmp_u16": u16 > 30000,
        }

    return ops_coverage_integer, (a, b, u, s, a8, u16)


def _exotic_dtypes():
    names = ["float8_e4m3fn", "float8_e5m2", "float8_e4m3fnuz", "float8_e5m2fnuz", "float8_e4m3b11fnuz",
             "float8_e4m3", "float8_e3m4", "float8_e8m0fnu", "float4_e2m1fn", "int4", "uint4", "int2", "uint2"]
    return [n for n in names if hasattr(jnp, n)]


def build_ops_coverage_convert():
    """Needs x64 (s64/u64/f64/c128)."""
    ini = Init(12)
    x = ini.uniform(-3.0, 3.0, 8)
    x[:4] = [2.5, -2.5, 300.7, -200.2]
    big = np.array([1.5, -1.5, 2.0**40, -(2.0**33), 70000.0, 1e-8, 255.5, -0.5], np.float64)
    i64 = np.array([1, -1, 2**40, -(2**40), 2**62, 7, 0, -7], np.int64)
    c = (ini.normal(8) + 1j * ini.normal(8)).astype(np.complex64)

    def ops_coverage_convert(x, big, i64, c):
        out = {}
        for dt in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
                   "float16", "bfloat16", "float32", "float64", "bool"]:
            out["f32_to_" + dt] = x.astype(getattr(jnp, dt))
        out["f64_to_f32"] = big.astype(jnp.float32)
        out["f64_to_s64"] = big.astype(jnp.int64)
        out["s64_to_f64"] = i64.astype(jnp.float64)
        out["s64_to_s32"] = i64.astype(jnp.int32)
        out["s64_to_u64"] = i64.astype(jnp.uint64)
        out["s64_to_f16"] = i64.astype(jnp.float16)
        out["f32_to_c64"] = x.astype(jnp.complex64)
        out["c64_to_c128"] = c.astype(jnp.complex128)
        out["c128_parts"] = jnp.stack([jnp.real(c.astype(jnp.complex128)), jnp.imag(c.astype(jnp.complex128))])
        out["complex"] = lax.complex(x, -x)
        out["c64_mul"] = c * c + jnp.conj(c)
        out["c64_abs"] = jnp.abs(c)
        out["c64_exp"] = jnp.exp(c)
        out["c64_sqrt"] = jnp.sqrt(c)
        out["c64_log"] = jnp.log(c)
        out["c64_div"] = c / (c + 2.0)
        for dt in _exotic_dtypes():  # round trips through the narrow types
            out["via_" + dt] = x.astype(getattr(jnp, dt)).astype(jnp.float32)
        # bitcast-convert, same width and width-changing
        out["bc_f32_s32"] = lax.bitcast_convert_type(x, jnp.int32)
        out["bc_f32_u32"] = lax.bitcast_convert_type(x, jnp.uint32)
        out["bc_s32_f32"] = lax.bitcast_convert_type(lax.bitcast_convert_type(x, jnp.int32) + 1, jnp.float32)
        out["bc_f64_s64"] = lax.bitcast_convert_type(big, jnp.int64)
        out["bc_f64_u64"] = lax.bitcast_convert_type(big, jnp.uint64)
        out["bc_f16_s16"] = lax.bitcast_convert_type(x.astype(jnp.float16), jnp.int16)
        out["bc_bf16_u16"] = lax.bitcast_convert_type(x.astype(jnp.bfloat16), jnp.uint16)
        out["bc_f8_u8"] = lax.bitcast_convert_type(x.astype(jnp.float8_e4m3fn), jnp.uint8)
        out["bc_f32_u8x4"] = lax.bitcast_convert_type(x, jnp.uint8)  # f32[8] -> u8[8,4]
        out["bc_u8x4_f32"] = lax.bitcast_convert_type(lax.bitcast_convert_type(x, jnp.uint8), jnp.float32)
        out["bc_f64_f32x2"] = lax.bitcast_convert_type(big, jnp.float32)  # f64[8] -> f32[8,2]
        out["bc_s64_s16x4"] = lax.bitcast_convert_type(i64, jnp.int16)
        return out

    return ops_coverage_convert, (x, big, i64, c)


def build_ops_coverage_shape():
    ini = Init(13)
    x = ini.normal(2, 3, 4)
    v = ini.normal(10)

    def ops_coverage_shape(x, v):
        return {
            "iota": lax.iota(jnp.int32, 6), "iota2d": lax.broadcasted_iota(jnp.float32, (3, 4), 1),
            "pad_neg_interior": lax.pad(v, f32(-1.0), [(-2, 3, 1)]),
            "pad_2d": lax.pad(x[0], f32(0.0), [(1, -1, 2), (0, 2, 0)]),
            "reverse": lax.rev(x, (0, 2)), "concat": jnp.concatenate([x, x * 2.0, x[:, :1]], axis=1),
            "transpose": jnp.transpose(x, (2, 0, 1)),
            "broadcast": lax.broadcast_in_dim(v[:4], (3, 4, 2), (1,)),
            "reshape": x.reshape(4, 6), "slice_strided": lax.slice(v, (1,), (9,), (3,)),
            "slice_2d": x[:, ::2, 1:4:2], "squeeze_expand": jnp.expand_dims(jnp.squeeze(x[:1]), 0),
            "tile": jnp.tile(v[:3], 3), "repeat": jnp.repeat(v[:3], 2), "flip": jnp.flip(v),
            "roll": jnp.roll(v, 3), "tril": jnp.tril(jnp.ones((4, 4), jnp.float32)),
            "diag": jnp.diagonal(x[0, :, :3]), "eye": jnp.eye(3, dtype=jnp.int32),
            "split_sum": sum(jnp.split(v, 5)),
        }

    return ops_coverage_shape, (x, v)


def build_ops_coverage_dot_conv():
    ini = Init(14)
    a = ini.normal(3, 4, 5)
    b = ini.normal(3, 5, 6)
    m = ini.normal(4, 2, 5)
    n = ini.normal(2, 5, 3)
    img = ini.normal(2, 4, 9, 9)  # NCHW
    k_group = ini.normal(6, 2, 3, 3)  # OIHW, feature_group_count=2
    k_dil = ini.normal(3, 4, 3, 3)
    k_bg = ini.normal(4, 4, 2, 2)  # batch_group_count=2
    sig = ini.normal(1, 2, 16)  # NCW
    k1d = ini.normal(3, 2, 4)
    vol = ini.normal(1, 5, 5, 5, 2)  # NDHWC
    k3d = ini.normal(2, 2, 2, 2, 3)  # DHWIO

    def ops_coverage_dot_conv(a, b, m, n, img, k_group, k_dil, k_bg, sig, k1d, vol, k3d):
        return {
            "batch_matmul": jnp.einsum("bij,bjk->bik", a, b),
            "multi_contract": lax.dot_general(m, n, (((1, 2), (0, 1)), ((), ()))),
            "batch_nonleading": lax.dot_general(m, n, (((2,), (1,)), ((1,), (0,)))),
            "outer": jnp.outer(a[0, 0], b[0, 0]), "vecdot": jnp.dot(a[0, 0], a[1, 0]),
            "matvec": a[0] @ b[0, :, 0],
            "conv_grouped": lax.conv_general_dilated(img, k_group, (1, 1), [(1, 1), (1, 1)], feature_group_count=2),
            "conv_rhs_dilated": lax.conv_general_dilated(img, k_dil, (2, 1), [(2, 2), (0, 1)], rhs_dilation=(2, 2)),
            "conv_lhs_dilated": lax.conv_general_dilated(img, k_dil, (1, 1), [(1, 1), (1, 1)], lhs_dilation=(2, 2)),
            "conv_batch_group": lax.conv_general_dilated(img, k_bg, (1, 1), "VALID", batch_group_count=2),
            "conv_transpose": lax.conv_transpose(jnp.transpose(img, (0, 2, 3, 1)), jnp.transpose(k_dil, (2, 3, 1, 0)),
                                                 (2, 2), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC")),
            "conv1d": lax.conv_general_dilated(sig, k1d, (2,), "SAME"),
            "conv3d": lax.conv_general_dilated(vol, k3d, (1, 1, 1), "SAME",
                                               dimension_numbers=("NDHWC", "DHWIO", "NDHWC")),
        }

    return ops_coverage_dot_conv, (a, b, m, n, img, k_group, k_dil, k_bg, sig, k1d, vol, k3d)


def build_ops_coverage_reduce():
    ini = Init(15)
    x = ini.normal(4, 6)
    i = ini.ints(-50, 50, 4, 6)
    img = ini.normal(1, 7, 7, 2)

    def ops_coverage_reduce(x, i, img):
        def argmax_pair(acc, cur):  # variadic reduction computation
            (av, ai), (cv, ci) = acc, cur
            take = (cv > av) | ((cv == av) & (ci < ai))
            return lax.select(take, cv, av), lax.select(take, ci, ai)

        idx = lax.broadcasted_iota(jnp.int32, x.shape, 1)
        rv, ri = lax.reduce((x, idx), (f32(-np.inf), jnp.int32(0)), argmax_pair, (1,))
        wv, wi = lax.reduce_window((x, idx), (f32(-np.inf), jnp.int32(0)), argmax_pair, (1, 3), (1, 2), "VALID")
        return {
            "sum": jnp.sum(x, axis=0), "prod": jnp.prod(x, axis=1), "max": jnp.max(x), "min": jnp.min(x, axis=0),
            "mean": jnp.mean(x), "any": jnp.any(x > 1.0, axis=1), "all": jnp.all(x > -2.0),
            "argmax": jnp.argmax(x, axis=1), "argmin": jnp.argmin(x, axis=0),
            "isum": jnp.sum(i, axis=1), "imax": jnp.max(i, axis=0), "logsumexp": jax.nn.logsumexp(x, axis=1),
            "variadic_reduce": (rv, ri), "variadic_reduce_window": (wv, wi),
            "window_dilated": lax.reduce_window(img, 0.0, lax.add, (1, 2, 2, 1), (1, 1, 1, 1), "VALID",
                                                window_dilation=(1, 2, 2, 1)),
            "base_dilated": lax.reduce_window(img, -jnp.inf, lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID",
                                              base_dilation=(1, 2, 2, 1)),
            "padded_min": lax.reduce_window(x, jnp.inf, lax.min, (2, 2), (1, 1), [(1, 0), (0, 1)]),
            "cumprod": jnp.cumprod(x, axis=1), "cummax": lax.cummax(x, axis=0),
        }

    return ops_coverage_reduce, (x, i, img)


def build_ops_coverage_rng():
    key4 = np.array([1, 2, 3, 4], np.uint32)
    seed = np.array(42, np.int32)

    def ops_coverage_rng(key4, seed):
        out = {}
        for name, alg in [("default", lax.RandomAlgorithm.RNG_DEFAULT),
                          ("threefry", lax.RandomAlgorithm.RNG_THREE_FRY),
                          ("philox", lax.RandomAlgorithm.RNG_PHILOX)]:
            new_key, bits = lax.rng_bit_generator(key4, (2, 4), dtype=jnp.uint32, algorithm=alg)
            out["rbg_" + name] = (new_key, bits)
        _, bits8 = lax.rng_bit_generator(key4, (8,), dtype=jnp.uint8, algorithm=lax.RandomAlgorithm.RNG_PHILOX)
        out["rbg_u8"] = bits8
        k = jax.random.key(seed)  # threefry2x32 (default impl)
        k1, k2, k3 = jax.random.split(k, 3)
        out["normal"] = jax.random.normal(k1, (2, 3))
        out["uniform"] = jax.random.uniform(k2, (4,))
        out["randint"] = jax.random.randint(k3, (4,), 0, 10)
        out["permutation"] = jax.random.permutation(k3, 6)
        out["bernoulli"] = jax.random.bernoulli(k2, 0.3, (6,))
        kr = jax.random.key(seed, impl="rbg")
        out["rbg_impl_uniform"] = jax.random.uniform(kr, (4,))
        return out

    return ops_coverage_rng, (key4, seed)


def build_ops_coverage_linalg():
    ini = Init(16)
    a = ini.normal(4, 4)
    spd = (a @ a.T + 4.0 * np.eye(4)).astype(f32)
    b = ini.normal(4, 2)
    g = ini.normal(4, 4)

    def ops_coverage_linalg(spd, b, g):
        chol = lax.linalg.cholesky(spd)
        tri = lax.linalg.triangular_solve(chol, b, left_side=True, lower=True, transpose_a=False)
        tri_t = lax.linalg.triangular_solve(chol, b.T, left_side=False, lower=True, transpose_a=True)
        # no LAPACK kernel for f16, so this one stays an HLO triangular-solve
        tri_f16 = lax.linalg.triangular_solve(chol.astype(jnp.float16), b.astype(jnp.float16), left_side=True,
                                              lower=True).astype(jnp.float32)
        q, r = jnp.linalg.qr(g)
        w, v = jnp.linalg.eigh(spd)
        sv = jnp.linalg.svd(g, compute_uv=False)
        lu, piv, perm = lax.linalg.lu(g)
        ew = jnp.linalg.eigvals(g)
        return {
            "cholesky": chol, "trsm_left": tri, "trsm_right_t": tri_t, "trsm_f16": tri_f16, "qr": (jnp.abs(q), jnp.abs(r)),
            "eigh_w": w, "eigh_v_abs": jnp.abs(v), "svd": sv, "lu": (lu, piv, perm),
            "inv": jnp.linalg.inv(g), "det": jnp.linalg.det(g), "solve": jnp.linalg.solve(g, b),
            "eigvals_sorted": jnp.sort_complex(ew),
        }

    return ops_coverage_linalg, (spd, b, g)


def build_ops_coverage_fft():
    ini = Init(17)
    x = ini.normal(2, 16)
    c = (ini.normal(4, 8) + 1j * ini.normal(4, 8)).astype(np.complex64)

    def ops_coverage_fft(x, c):
        return {
            "fft": jnp.fft.fft(c), "ifft": jnp.fft.ifft(c), "rfft": jnp.fft.rfft(x),
            "irfft": jnp.fft.irfft(jnp.fft.rfft(x), n=16), "fft2": jnp.fft.fft2(c), "rfft2": jnp.fft.rfft2(x),
            "ifftn": jnp.fft.ifftn(c), "fftshift": jnp.fft.fftshift(jnp.abs(jnp.fft.fft(c)), axes=-1),
        }

    return ops_coverage_fft, (x, c)


@jax.jit
def _nested_jit_helper(v):  # a nested jit -> HLO call
    return jnp.sin(v) * 2.0


def build_ops_coverage_misc():
    ini = Init(18)
    x = ini.normal(8)
    w = ini.weight(8, 8, 8)

    def ops_coverage_misc(x, w):
        a, b = lax.optimization_barrier((x * 2.0, w))
        remat_grad = jax.grad(lambda v: jnp.sum(jax.checkpoint(lambda u: jnp.sin(jnp.sin(u) @ w))(v)))(x)
        comp = lax.composite(lambda v, scale: v * scale + jnp.tanh(v), name="nccd.test.scaled_tanh")(x, 3.0)
        relu_grad = jax.grad(lambda v: jnp.sum(jax.nn.relu(v) ** 2))(x)  # custom_jvp
        return {
            "opt_barrier": a @ b, "remat_grad": remat_grad, "composite": comp,
            "nested_call": _nested_jit_helper(x) + _nested_jit_helper(x + 1.0),
            "relu_grad": relu_grad, "stop_gradient": jax.grad(lambda v: jnp.sum(lax.stop_gradient(v) * v))(x),
            "map": lax.map(lambda v: jnp.dot(v, w), x.reshape(2, 4).repeat(2, axis=1)),
            "reduce_precision_bf16": lax.reduce_precision(x, exponent_bits=8, mantissa_bits=7),
            "softplus": jax.nn.softplus(x), "logsumexp_where": jax.nn.logsumexp(x, where=x > 0),
        }

    return ops_coverage_misc, (x, w)


_MESH = None


def _mesh():
    global _MESH
    if _MESH is None:
        _MESH = Mesh(np.array(jax.devices()[:1]), ("i",))
    return _MESH


def build_ops_coverage_collectives():
    ini = Init(19)
    x = ini.normal(8, 4)
    mesh = _mesh()

    def sm(g):
        return jax.shard_map(g, mesh=mesh, in_specs=P("i"), out_specs=P("i"))

    def ops_coverage_collectives(x):
        return {
            "psum": sm(lambda a: lax.psum(a, "i"))(x),
            "pmax": sm(lambda a: lax.pmax(a, "i"))(x),
            "pmin": sm(lambda a: lax.pmin(a, "i"))(x),
            "all_gather": sm(lambda a: lax.all_gather(a, "i", tiled=True))(x),
            "ppermute": sm(lambda a: lax.ppermute(a, "i", [(0, 0)]))(x),
            "psum_scatter": sm(lambda a: lax.psum_scatter(a, "i", scatter_dimension=0, tiled=True))(x),
            "axis_index": sm(lambda a: a + lax.axis_index("i").astype(a.dtype))(x),
            "all_to_all": sm(lambda a: lax.all_to_all(a, "i", 0, 0, tiled=True))(x),
        }

    return ops_coverage_collectives, (x,)


def build_sharding_annotations():
    ini = Init(20)
    x = ini.normal(8, 4)
    w = ini.normal(4, 4)
    mesh = _mesh()
    row = NamedSharding(mesh, P("i", None))
    rep = NamedSharding(mesh, P())

    def sharding_annotations(x, w):
        y = jax.lax.with_sharding_constraint(x @ w, row)
        return jnp.tanh(y), jnp.sum(y, axis=0)

    fn = jax.jit(sharding_annotations, in_shardings=(row, rep), out_shardings=(row, rep))
    return fn, (x, w)  # already jitted: used as is (no nested call)


def build_ops_coverage_textonly():
    """Ops that lower fine but are not a usable numerical oracle (host
    callbacks, stateful kRng) or do not run on XLA:CPU (ragged-all-to-all)."""
    x = np.linspace(-1.0, 1.0, 8).astype(f32)
    mesh = _mesh()

    def ops_coverage_textonly(x):
        from jax.experimental import io_callback

        cb = jax.pure_callback(lambda v: np.asarray(v) * 2, jax.ShapeDtypeStruct(x.shape, x.dtype), x)
        io = io_callback(lambda v: np.asarray(v), jax.ShapeDtypeStruct(x.shape, x.dtype), x, ordered=True)
        r = lax.rng_uniform(f32(0.0), f32(1.0), (4,))
        ragged = jax.shard_map(
            lambda a: lax.ragged_all_to_all(a, jnp.zeros_like(a), jnp.array([0], jnp.int32),
                                            jnp.array([8], jnp.int32), jnp.array([0], jnp.int32),
                                            jnp.array([8], jnp.int32), axis_name="i"),
            mesh=mesh, in_specs=P("i"), out_specs=P("i"))(x)
        token = lax.after_all(lax.create_token(), lax.create_token())  # after-all; token[] result
        return cb, io, r, ragged, token

    return ops_coverage_textonly, (x,)


def _inline_block(x, w, b):
    return _inline_activation(x @ w + b)


def _inline_activation(h):
    return jnp.where(h > 0, h, 0.1 * h)


def build_inline_stack_frames():
    ini = Init(21)
    x = ini.normal(2, 8)
    ws = [ini.weight(8, 8, 8) for _ in range(2)]
    bs = [ini.normal(8, scale=0.1) for _ in range(2)]

    def inline_stack_frames(x, ws, bs):
        for w, b in zip(ws, bs):
            x = _inline_block(x, w, b)
        return jnp.sum(x * x, axis=-1)

    return inline_stack_frames, (x, ws, bs)


def build_bert_base(residual_scale=None):
    """BERT-base (12 layers, d=768, 12 heads, ff=3072, seq 128, batch 1); residual_scale(layer) scales the
    residual branch (benchmarks/models). Arguments are ShapeDtypeStructs: only the HLO is generated."""
    B, T, D, H, F, L, V = 1, 128, 768, 12, 3072, 12, 30522
    S = jax.ShapeDtypeStruct
    layer = {
        "wq": S((D, D), f32), "bq": S((D,), f32), "wk": S((D, D), f32), "bk": S((D,), f32),
        "wv": S((D, D), f32), "bv": S((D,), f32), "wo": S((D, D), f32), "bo": S((D,), f32),
        "ln1_g": S((D,), f32), "ln1_b": S((D,), f32), "w1": S((D, F), f32), "b1": S((F,), f32),
        "w2": S((F, D), f32), "b2": S((D,), f32), "ln2_g": S((D,), f32), "ln2_b": S((D,), f32),
    }
    emb = {"word": S((V, D), f32), "pos": S((512, D), f32), "type": S((2, D), f32),
           "ln_g": S((D,), f32), "ln_b": S((D,), f32)}
    pooler = {"w": S((D, D), f32), "b": S((D,), f32)}
    ids = S((B, T), jnp.int32)
    type_ids = S((B, T), jnp.int32)
    mask = S((B, T), jnp.int32)

    def bert_base(ids, type_ids, mask, emb, layers, pooler):
        x = emb["word"][ids] + emb["pos"][:T][None] + emb["type"][type_ids]
        x = layer_norm(x, emb["ln_g"], emb["ln_b"], eps=1e-12)
        keep = jnp.broadcast_to((mask > 0)[:, None, :], (B, T, T))
        for i, p in enumerate(layers):
            skip = (lambda v: v) if residual_scale is None else (lambda v, a=residual_scale(i): a * v)  # noqa: B008 (bound per layer on purpose)
            x = layer_norm(skip(x) + attention(x, p, H, keep), p["ln1_g"], p["ln1_b"], eps=1e-12)
            h = gelu_erf(dense(x, p["w1"], p["b1"]))
            x = layer_norm(skip(x) + dense(h, p["w2"], p["b2"]), p["ln2_g"], p["ln2_b"], eps=1e-12)
        pooled = jnp.tanh(x[:, 0] @ pooler["w"] + pooler["b"])
        return x, pooled

    return bert_base, (ids, type_ids, mask, emb, [layer] * L, pooler)


# name -> (builder, description, options)
# options: run (numerical oracle + snapshots), x64, inline_frames, bench
MODELS = [
    ("transformer_encoder", build_transformer_encoder,
     "2-layer post-LN Transformer encoder (d=32, 4 heads, ff=64, B=2, T=8): MHA with scaled QK^T, "
     "padding mask via select, softmax, .V; layer norm; tanh-GELU MLP; residuals.", {}),
    ("transformer_decoder", build_transformer_decoder,
     "2-layer causal decoder (d=32, 4 heads, vocab 64): embedding gather, learned positions, RMSNorm, causal "
     "mask from iota/compare/select, SwiGLU (SiLU) MLP, erf-GELU adapter, tied logits, argmax next token.", {}),
    ("cnn_batchnorm", build_cnn_batchnorm,
     "NHWC CNN: conv 3x3 stride 2 SAME, training-mode batch norm, relu, 3x3/2 max pool (reduce-window), conv, "
     "2x2 avg pool (reduce-window add), global mean, dense head. Outputs logits and batch mean/var.", {}),
    ("cnn_train_step", build_cnn_train_step,
     "value_and_grad of a small CNN cross-entropy loss + SGD update: select-and-scatter (max-pool grad), "
     "convolutions with lhs_dilation / transposed kernels (conv grads), reduce-window/pad (avg-pool grad).", {}),
    ("scan_rnn", build_scan_rnn,
     "lax.scan tanh-RNN over 6 steps (while), lax.fori_loop power iteration with static trip count 5, and "
     "lax.while_loop with a data-dependent trip count (halve until <= 1).", {}),
    ("cond_branches", build_cond_branches,
     "lax.cond (both predicate outcomes) and lax.switch with 3 branches, including an out-of-range index.", {}),
    ("sort_topk", build_sort_topk,
     "jnp.sort (asc/desc), jnp.argsort, 3-operand lax.sort with num_keys=1, lax.top_k, jnp.cumsum, jnp.median.",
     {}),
    ("gather_scatter", build_gather_scatter,
     "Advanced indexing gathers, .at[].add/set/max/min scatters (with duplicate indices), take_along_axis, "
     "dynamic_slice / dynamic_update_slice with clamped starts, one_hot, segment_sum.", {}),
    ("mixed_precision", build_mixed_precision,
     "bf16 and f16 matmuls with f32 accumulation (preferred_element_type), fp8 e4m3fn/e5m2 quantised matmul, "
     "reduce_precision; one bf16 output (stored as uint16 bits in outputs.npz).", {}),
    ("ops_coverage_elementwise", build_ops_coverage_elementwise,
     "Every f32 unary/binary elementwise lax op incl. special values, rounding ties, compare directions, "
     "select, select_n, clamp.", {}),
    ("ops_coverage_integer", build_ops_coverage_integer,
     "Integer and boolean ops on s8/s32/u16/u32: arithmetic, bitwise, shifts (incl. out-of-range), clz, "
     "popcnt, signed/unsigned compares.", {}),
    ("ops_coverage_convert", build_ops_coverage_convert,
     "convert across s8..u64, f16, bf16, f32, f64, c64, c128, pred, all fp8/fp4 and s4/u4/s2/u2 variants; "
     "bitcast-convert same-width and width-changing; complex arithmetic. Built with jax x64 enabled.",
     {"x64": True}),
    ("ops_coverage_shape", build_ops_coverage_shape,
     "iota, pad (negative + interior), reverse, concatenate, transpose, broadcast, reshape, strided slice, "
     "tile/repeat/roll/tril/diagonal/eye/split.", {}),
    ("ops_coverage_dot_conv", build_ops_coverage_dot_conv,
     "dot_general with batch and multiple contracting dims; conv_general_dilated with feature_group_count, "
     "batch_group_count, rhs/lhs dilation, asymmetric padding, conv_transpose, 1-D and 3-D convs.", {}),
    ("ops_coverage_reduce", build_ops_coverage_reduce,
     "Reductions (sum/prod/max/min/any/all/argmax/argmin/logsumexp), variadic reduce and variadic "
     "reduce-window, reduce-window with window/base dilation and padding, cumulative ops.", {}),
    ("ops_coverage_rng", build_ops_coverage_rng,
     "lax.rng_bit_generator with default/threefry/philox algorithms; jax.random (threefry2x32 key) normal/"
     "uniform/randint/permutation/bernoulli; rbg-impl key.", {}),
    ("ops_coverage_linalg", build_ops_coverage_linalg,
     "cholesky, triangular_solve (f32 via LAPACK, f16 as HLO triangular-solve), qr, eigh, svd, lu, inv, det, "
     "solve, eigvals: LAPACK custom-calls on CPU.", {}),
    ("ops_coverage_fft", build_ops_coverage_fft, "fft/ifft/rfft/irfft/fft2/rfft2/ifftn/fftshift.", {}),
    ("ops_coverage_misc", build_ops_coverage_misc,
     "optimization_barrier, checkpoint (remat) grad, lax.composite (call with is_composite), nested jit "
     "(call), custom_jvp grads, stop_gradient, lax.map, reduce_precision.", {}),
    ("ops_coverage_collectives", build_ops_coverage_collectives,
     "shard_map on a 1-device mesh: psum/pmax/pmin (all-reduce), all_gather, ppermute (collective-permute), "
     "psum_scatter (reduce-scatter), axis_index (partition-id); all_to_all is elided for axis size 1.", {}),
    ("sharding_annotations", build_sharding_annotations,
     "jit with NamedSharding in/out shardings and with_sharding_constraint on a 1-device mesh: sharding= "
     "and Shardy frontend_attributes in the HLO.", {}),
    ("ops_coverage_textonly", build_ops_coverage_textonly,
     "TEXT ONLY (no npz): pure_callback and ordered io_callback (host-callback custom-calls; token "
     "parameter/result), lax.rng_uniform (stateful rng), ragged_all_to_all (unsupported by XLA:CPU), "
     "create_token/after_all (token[] output). NOTE: the ordered io_callback adds a token[] as HLO "
     "parameter(0) and result 0, so parameter(1) is arg0 here.",
     {"run": False}),
    ("inline_stack_frames", build_inline_stack_frames,
     "2-layer leaky-relu MLP via nested helper functions; long.hlo.txt dumped with "
     "--xla_hlo_print_inline_stack_frames=true (source_file/source_line/source_column in metadata).",
     {"inline_frames": True}),
    ("bert_base", build_bert_base,
     "BERT-base encoder (12 layers, hidden 768, 12 heads, intermediate 3072, seq 128, batch 1, erf-GELU, "
     "pooler); weights are arguments. Parser benchmark: short/long text + module proto only.",
     {"run": False, "bench": True}),
]

# ---------------------------------------------------------------------------
# Analysis helpers
# ---------------------------------------------------------------------------

_INSTR_RE = re.compile(r"^\s*(?:ROOT\s+)?%?[^\s=]+ = (.+?) ([a-z][a-z0-9\-]*)\(", re.M)
_CC_RE = re.compile(r'custom_call_target="([^"]+)"')

# Why the opcodes that the corpus does not contain are missing (checked
# against jax/jaxlib 0.10.2 on CPU).
NOT_COVERED_REASONS = {
    "acos": "JAX lowers acos/asin/atan via atan2 + sqrt (CHLO decomposition)",
    "asin": "decomposed by JAX (atan2/sqrt)", "acosh": "decomposed by JAX (log/sqrt)",
    "asinh": "decomposed by JAX (log/sqrt)", "atanh": "decomposed by JAX (log1p)",
    "cosh": "decomposed by JAX (exp)", "sinh": "decomposed by JAX (exp/expm1)",
    "logistic": "lax.logistic / jax.nn.sigmoid are lowered as 1/(1+exp(-x))",
    "cholesky": "CPU lowering uses the LAPACK custom-call lapack_?potrf_ffi; no f16/bf16 fallback",
    "all-to-all": "lax.all_to_all over an axis of size 1 is elided; needs >1 device",
    "replica-id": "pmap/shard_map axis_index lowers to partition-id in this JAX",
    "collective-broadcast": "lax.pbroadcast has no CPU lowering",
    "send": "lax.psend/precv are GPU-only", "recv": "lax.psend/precv are GPU-only",
    "send-done": "GPU-only (psend)", "recv-done": "GPU-only (precv)",
    "infeed": "JAX no longer exposes infeed/outfeed", "outfeed": "JAX no longer exposes infeed/outfeed",
    "map": "JAX never emits kMap (lax.map is a scan/while)",
    "ragged-dot": "lax.ragged_dot is decomposed into dots/selects on CPU",
    "scaled-dot": "jax.nn.scaled_dot_general lowers to a plain dot on CPU",
    "stochastic-convert": "no JAX API", "mulhi": "no JAX API",
    "batch-norm-training": "JAX decomposes batch norm", "batch-norm-inference": "JAX decomposes batch norm",
    "batch-norm-grad": "JAX decomposes batch norm",
    "get-dimension-size": "dynamic shapes only (not emitted for static jit)",
    "set-dimension-size": "dynamic shapes only", "dynamic-reshape": "dynamic shapes only",
    "add-dependency": "XLA-internal", "domain": "XLA-internal (sharding domains)",
    "rng-get-and-update-state": "introduced by XLA's rng expander after optimisation",
    "bitcast": "introduced by XLA layout passes (after optimisation)",
    "copy": "introduced by XLA passes; JAX copies are no-ops",
    "fusion": "introduced by XLA fusion passes (visible in snapshot.pb's optimised module only)",
    "scan": "XLA-internal; JAX lowers scans to while",
    "async-start": "introduced by XLA scheduling", "async-update": "introduced by XLA scheduling",
    "async-done": "introduced by XLA scheduling", "copy-start": "introduced by XLA scheduling",
    "copy-done": "introduced by XLA scheduling", "all-gather-start": "async collective (XLA scheduling)",
    "all-gather-done": "async collective (XLA scheduling)", "all-reduce-start": "async collective (XLA scheduling)",
    "all-reduce-done": "async collective (XLA scheduling)",
    "collective-permute-start": "async collective (XLA scheduling)",
    "collective-permute-done": "async collective (XLA scheduling)",
}

# HloOpcode enum name -> HLO text name, where the mechanical CamelCase ->
# kebab-case conversion is wrong.
_OPCODE_NAME_OVERRIDES = {
    "kExp": "exponential", "kExpm1": "exponential-minus-one", "kLog1p": "log-plus-one", "kSin": "sine",
    "kCos": "cosine", "kClz": "count-leading-zeros", "kPopulationCount": "popcnt",
    "kOptimizationBarrier": "opt-barrier", "kTopK": "topk", "kAtan2": "atan2",
}


def all_xla_opcodes():
    names = []
    for n in dir(jaxlib_hlo.HloOpcode):
        if n.startswith("k") and n[1:2].isupper():
            names.append(_OPCODE_NAME_OVERRIDES.get(n) or re.sub(r"(?<!^)(?=[A-Z])", "-", n[1:]).lower())
    return sorted(set(names))


def opcodes_of(text):
    return sorted({m.group(2) for m in _INSTR_RE.finditer(text)})


def instruction_count(text):
    return sum(1 for _ in _INSTR_RE.finditer(text))


def custom_call_targets(text):
    return sorted(set(_CC_RE.findall(text)))


# ---------------------------------------------------------------------------
# Array storage
# ---------------------------------------------------------------------------

_NATIVE_KINDS = "biufc"


def to_storable(arr):
    """Return (array numpy can save portably, true dtype name, stored dtype name)."""
    arr = np.asarray(arr)
    name = str(arr.dtype) if arr.dtype != np.bool_ else "bool"
    if arr.dtype.kind in _NATIVE_KINDS and arr.dtype.type.__module__ == "numpy":
        return arr, name, name
    # ml_dtypes types (bfloat16, float8_*, int4, ...): store the raw bits.
    width = arr.dtype.itemsize
    bits = arr.view({1: np.uint8, 2: np.uint16, 4: np.uint32}[width])
    return bits, name, str(bits.dtype)


def write_npz(path, arrays):
    """Deterministic .npz (np.savez stamps the current time into the zip)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        for key, arr in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arr), allow_pickle=False)
            info = zipfile.ZipInfo(key + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue())


def describe_leaves(tree, prefix):
    leaves = jax.tree_util.tree_flatten_with_path(tree)[0]
    out = []
    for i, (path, leaf) in enumerate(leaves):
        out.append({
            "key": f"{prefix}{i}", "path": jax.tree_util.keystr(path),
            "shape": list(getattr(leaf, "shape", ())), "dtype": str(getattr(leaf, "dtype", "token")),
        })
    return out


# ---------------------------------------------------------------------------
# Deterministic protobuf bytes
#
# XLA serialises protobuf maps (HloScheduleProto.sequences, FrontendAttributes
# .map) in hash order, which changes from process to process.  The helpers
# below sort the entries of exactly those map fields at the wire level (no
# proto schema needed; reordering entries keeps every length prefix valid).
# Field numbers are from xla/service/hlo.proto and xla/xla_data.proto.
# ---------------------------------------------------------------------------

# message kind -> {field number: kind of that (length-delimited) field}
_PROTO_PATHS = {
    "HloSnapshot": {1: "HloProto"},
    "HloUnoptimizedSnapshot": {1: "HloModuleProto"},
    "HloProto": {1: "HloModuleProto"},
    "HloModuleProto": {3: "HloComputationProto", 7: "map", 19: "map"},  # schedule, frontend_attributes
    "HloComputationProto": {2: "HloInstructionProto"},
    "HloInstructionProto": {68: "map"},  # frontend_attributes
}


def _varint(buf, i):
    shift = result = 0
    while True:
        byte = buf[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def _wire_fields(buf):
    """Yield (field, wire_type, chunk_start, payload_start, end) for each field."""
    i = 0
    while i < len(buf):
        start = i
        key, i = _varint(buf, i)
        field, wt = key >> 3, key & 7
        if wt == 0:
            payload = i
            _, i = _varint(buf, i)
            yield field, wt, start, payload, i
            continue
        if wt == 1:
            n = 8
        elif wt == 5:
            n = 4
        elif wt == 2:
            n, i = _varint(buf, i)
        else:
            raise ValueError(f"unsupported wire type {wt}")
        yield field, wt, start, i, i + n
        i += n


def _map_key(entry):
    for field, wt, _, p, e in _wire_fields(entry):
        if field == 1:
            return (0, _varint(entry, p)[0], b"") if wt == 0 else (1, 0, bytes(entry[p:e]))
    return (-1, 0, b"")


def canonical_proto(buf, kind):
    buf = bytes(buf)
    paths = _PROTO_PATHS.get(kind, {})
    if kind == "map":  # a message whose field 1 is the map: sort its entries by key
        chunks = [(f, s, p, e) for f, wt, s, p, e in _wire_fields(buf)]
        entries = sorted((c for c in chunks if c[0] == 1), key=lambda c: _map_key(buf[c[2]:c[3]]))
        others = [c for c in chunks if c[0] != 1]
        return b"".join(buf[s:e] for _, s, _, e in entries + others)
    out = []
    for field, wt, s, p, e in _wire_fields(buf):
        sub = paths.get(field) if wt == 2 else None
        out.append(buf[s:e] if sub is None else buf[s:p] + canonical_proto(buf[p:e], sub))
    result = b"".join(out)
    assert len(result) == len(buf)
    return result


def _copy_proto(src, dst, kind):
    with open(src, "rb") as f:
        data = f.read()
    with open(dst, "wb") as f:
        f.write(canonical_proto(data, kind))


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------


def _pick(d, pattern, required=True):
    hits = sorted(glob.glob(os.path.join(d, pattern)))
    if not hits:
        if required:
            raise RuntimeError(f"no {pattern} in dump dir {d}: {sorted(os.listdir(d))}")
        return None
    if len(hits) > 1:
        raise RuntimeError(f"several {pattern} in {d}: {hits}")
    return hits[0]


def _write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_stablehlo(lowered, out_dir):
    """The same program as StableHLO MLIR text, as JAX prints it by default: plain
    (``as_text()``), with ``loc(...)`` debug locations (``as_text(debug_info=True)``) and in
    MLIR's generic op form (what ``compiler_ir("stablehlo")`` prints with
    ``print_generic_op_form=True``), so nccd's StableHLO reader is checked on all three."""
    texts = {
        "stablehlo.mlir": lowered.as_text(),
        "stablehlo_debug.mlir": lowered.as_text(debug_info=True),
        "stablehlo_generic.mlir": lowered.compiler_ir("stablehlo").operation.get_asm(print_generic_op_form=True),
    }
    for fname, text in texts.items():
        _write_text(os.path.join(out_dir, fname), text)
    return list(texts)


def generate_model(name, builder, description, opts, log):
    out_dir = os.path.join(OUT_ROOT, name)
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    run = opts.get("run", True)
    entry = {"description": description, "jax_version": jax.__version__, "jaxlib_version": jaxlib.__version__}
    files = []

    fn, args = builder()
    jitted = fn if hasattr(fn, "lower") else jax.jit(fn)
    lowered = jitted.lower(*args)
    short = lowered.as_text(dialect="hlo", debug_info=True)
    short_nodebug = lowered.as_text(dialect="hlo", debug_info=False)
    _write_text(os.path.join(out_dir, "short.hlo.txt"), short)
    files.append("short.hlo.txt")
    if not opts.get("bench"):
        _write_text(os.path.join(out_dir, "short_nodebug.hlo.txt"), short_nodebug)
        files.append("short_nodebug.hlo.txt")
    files += write_stablehlo(lowered, out_dir)
    with open(os.path.join(out_dir, "module.hlo_module.pb"), "wb") as f:
        f.write(canonical_proto(lowered.compiler_ir("hlo").as_serialized_hlo_module_proto(), "HloModuleProto"))
    files.append("module.hlo_module.pb")

    # Long form / HloProto / HloSnapshot from an XLA dump of a real compile.
    dump_opts = dict(DUMP_OPTIONS)
    if opts.get("inline_frames"):
        dump_opts.update(INLINE_FRAMES_OPTIONS)
    if opts.get("bench"):
        dump_opts = {"xla_dump_hlo_as_text": True, "xla_dump_large_constants": True}
    entry["long_form_flags"] = {"xla_dump_to": "<tmpdir>", **dump_opts}
    result = None
    with tempfile.TemporaryDirectory(prefix="nccd_dump_") as d:
        compile_error = None
        try:
            compiled = lowered.compile({"xla_dump_to": d, **dump_opts})
            if run:
                result = jax.block_until_ready(compiled(*args))
        except Exception as e:  # e.g. ops XLA:CPU cannot compile; the pre-optimisation dump still exists
            compile_error = f"{type(e).__name__}: {str(e).splitlines()[0][:300]}"
            entry["compile_error"] = compile_error
            log(f"  compile failed (kept pre-optimisation dump): {compile_error}")
        shutil.copyfile(_pick(d, "*.before_optimizations.txt"), os.path.join(out_dir, "long.hlo.txt"))
        files.append("long.hlo.txt")
        if not opts.get("bench"):
            p = _pick(d, "*.before_optimizations.hlo.pb", required=False)
            if p:
                _copy_proto(p, os.path.join(out_dir, "dump.hlo.pb"), "HloProto")
                files.append("dump.hlo.pb")
        if run and compile_error is None:
            _copy_proto(_pick(d, "*.snapshot.*.pb"), os.path.join(out_dir, "snapshot.pb"), "HloSnapshot")
            files.append("snapshot.pb")
    if run and result is not None:
        with tempfile.TemporaryDirectory(prefix="nccd_unopt_") as d:
            jax.block_until_ready(lowered.compile({"xla_dump_to": d, **UNOPT_SNAPSHOT_OPTIONS})(*args))
            _copy_proto(_pick(d, "*.hlo_unoptimized_snapshot.pb"),
                        os.path.join(out_dir, "unoptimized_snapshot.pb"), "HloUnoptimizedSnapshot")
            files.append("unoptimized_snapshot.pb")

    entry["inputs"] = describe_leaves(args, "arg")
    if result is not None:
        in_leaves = jax.tree_util.tree_leaves(args)
        out_leaves = jax.tree_util.tree_leaves(result)
        entry["outputs"] = describe_leaves(result, "out")
        for prefix, leaves, meta, fname in (("arg", in_leaves, entry["inputs"], "inputs.npz"),
                                            ("out", out_leaves, entry["outputs"], "outputs.npz")):
            arrays = {}
            for i, leaf in enumerate(leaves):
                stored, true_name, stored_name = to_storable(leaf)
                arrays[f"{prefix}{i}"] = stored
                if stored_name != true_name:
                    meta[i]["stored_as"] = stored_name + " (raw bits)"
            write_npz(os.path.join(out_dir, fname), arrays)
            files.append(fname)
    else:
        entry["outputs"] = describe_leaves(jax.eval_shape(fn, *args), "out")

    entry["files"] = sorted(files)
    entry["opcodes"] = opcodes_of(short)
    entry["instruction_count"] = instruction_count(short)
    entry["custom_call_targets"] = custom_call_targets(short)
    entry["bytes"] = sum(os.path.getsize(os.path.join(out_dir, f)) for f in files)
    log(f"  {entry['instruction_count']} instructions, {len(entry['opcodes'])} opcodes, "
        f"{entry['bytes']} bytes, files={entry['files']}")
    return entry


def parse_check(names=None):
    """Parse every text with jaxlib's HLO parser and every bare module proto
    with HloModule.from_serialized_hlo_module_proto.  Returns failures."""
    failures = []
    for d in sorted(glob.glob(os.path.join(OUT_ROOT, "*", ""))):
        name = os.path.basename(os.path.dirname(d))
        if names and name not in names:
            continue
        for f in sorted(glob.glob(os.path.join(d, "*.hlo.txt"))):
            try:
                with open(f, encoding="utf-8") as fh:
                    jaxlib_hlo.hlo_module_from_text(fh.read())
            except Exception as e:
                failures.append(f"{name}/{os.path.basename(f)}: {str(e)[:300]}")
        p = os.path.join(d, "module.hlo_module.pb")
        if os.path.exists(p):
            try:
                with open(p, "rb") as fh:
                    jaxlib_hlo.HloModule.from_serialized_hlo_module_proto(fh.read())
            except Exception as e:
                failures.append(f"{name}/module.hlo_module.pb: {str(e)[:300]}")
    return failures


def run_worker(name, entry_out, log):
    """Generate one model in this (fresh) process and write its manifest entry."""
    _, builder, description, opts = next(m for m in MODELS if m[0] == name)
    log(f"[{name}]")
    if opts.get("x64"):
        with jax.enable_x64(True):
            entry = generate_model(name, builder, description, opts, log)
    else:
        entry = generate_model(name, builder, description, opts, log)
    with open(entry_out, "w", encoding="utf-8") as f:
        json.dump(entry, f)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="", help="comma-separated model names (manifest entries of others are kept)")
    ap.add_argument("--check", action="store_true", help="only run the jaxlib parser over the existing corpus")
    ap.add_argument("--worker", help=argparse.SUPPRESS)  # internal: generate one model
    ap.add_argument("--entry-out", help=argparse.SUPPRESS)
    ap.add_argument("-q", "--quiet", action="store_true")
    ns = ap.parse_args(argv)
    log = (lambda *a: None) if ns.quiet else (lambda *a: print(*a, file=sys.stderr, flush=True))

    if ns.worker:
        run_worker(ns.worker, ns.entry_out, log)
        return 0

    if ns.check:
        failures = parse_check()
        for f in failures:
            print("PARSE FAILURE", f)
        print(f"parse check: {len(failures)} failures")
        return 1 if failures else 0

    only = [n for n in ns.only.split(",") if n]
    unknown = set(only) - {m[0] for m in MODELS}
    if unknown:
        ap.error(f"unknown models: {sorted(unknown)}")
    os.makedirs(OUT_ROOT, exist_ok=True)
    manifest_path = os.path.join(OUT_ROOT, "manifest.json")
    models = {}
    if only and os.path.exists(manifest_path):
        with open(manifest_path) as f:
            models = json.load(f)["models"]
    # One fresh process per model: XLA numbers modules with a process-global
    # counter that ends up in the protos (HloModuleProto.id, unique ids), so
    # this keeps every model's bytes independent of which others were built.
    for name, _, _, _ in MODELS:
        if only and name not in only:
            continue
        with tempfile.TemporaryDirectory(prefix="nccd_entry_") as td:
            entry_out = os.path.join(td, "entry.json")
            cmd = [sys.executable, os.path.abspath(__file__), "--worker", name, "--entry-out", entry_out]
            if ns.quiet:
                cmd.append("-q")
            rc = subprocess.run(cmd, cwd=REPO_ROOT).returncode
            if rc != 0:
                print(f"model {name} failed (exit {rc})", file=sys.stderr)
                return rc
            with open(entry_out, encoding="utf-8") as f:
                models[name] = json.load(f)
    models = {m[0]: models[m[0]] for m in MODELS if m[0] in models}

    failures = parse_check(set(models))
    for name in models:
        models[name]["jaxlib_parser_ok"] = not any(f.startswith(name + "/") for f in failures)
    for f in failures:
        log("PARSE FAILURE " + f)

    covered = sorted(set().union(*(set(m["opcodes"]) for m in models.values())))
    everything = all_xla_opcodes()
    manifest = {
        "generator": "tests/corpus/generate_jax_corpus.py",
        "jax_version": jax.__version__,
        "jaxlib_version": jaxlib.__version__,
        "jaxlib_parser": JAXLIB_PARSER,
        "jaxlib_proto_parser": "jaxlib._hlo.HloModule.from_serialized_hlo_module_proto",
        "source_path_canonicalization": "jax_hlo_source_file_canonicalization_regex strips everything before "
                                        "'tests/corpus/' and up to 'site-packages/'",
        "opcode_regex": _INSTR_RE.pattern,
        "opcodes_covered": covered,
        "opcodes_not_covered": sorted(set(everything) - set(covered)),
        "opcodes_not_covered_reasons": {k: v for k, v in NOT_COVERED_REASONS.items() if k not in covered},
        "custom_call_targets": sorted(set().union(*(set(m["custom_call_targets"]) for m in models.values()))),
        "models": models,
    }
    with open(manifest_path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, indent=1, sort_keys=False)
        f.write("\n")
    log(f"{len(models)} models, {len(covered)} opcodes covered, {len(failures)} parse failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate tests/corpus/xla/: the HLO that JAX models alone cannot give us.

A DEVELOPER tool, like generate_jax_corpus.py next to it (same venv, same
jax/jaxlib 0.10.2). The product and its tests never import JAX; they read
the committed files.

JAX's lowering never emits some opcodes the operator tables mark supported
(acos, batch-norm-*, map, async ops, copy-start, ...: see the reasons in
tests/corpus/jax/manifest.json), and ``jax.jit(...).lower()`` never shows the
optimised long form that ``compile().as_text()`` prints. This script fills
both gaps with three kinds of module:

* ``handwritten/<name>/``: a small HLO module per missing opcode family,
  written here in the short form. XLA checks it: jaxlib's C++ parser must
  accept it (``xla.hlo.txt`` is XLA's own re-print, ``module.hlo_module.pb``
  its proto), and where XLA:CPU can run it (Oracle A in
  ../shared/reference/hlo-format.md: HLO proto -> StableHLO -> compile ->
  execute) its outputs on fixed inputs are stored in ``inputs.npz`` /
  ``outputs.npz``. Opcodes jaxlib 0.10.2 does not know (atan, shuffle,
  collective-reduce) get a grammar-only module and say so in the manifest.
* ``compiled/<model>.hlo.txt``: ``compile().as_text()`` of models from
  generate_jax_corpus.py: XLA:CPU's optimised HLO (fusion, bitcast, copy,
  backend_config JSON).
* ``multidevice/``: JAX collectives over 4 host devices
  (``--xla_force_host_platform_device_count=4``), where all-to-all and
  friends are no longer elided.

Run from the repository root:

    /work/venvs/jax/bin/python tests/corpus/generate_xla_corpus.py
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Callable

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT_ROOT = os.path.join(HERE, "xla")
FOUR_DEVICES = "--xla_force_host_platform_device_count=4"

if "--part" in sys.argv and "multidevice" in sys.argv:
    os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") + " " + FOUR_DEVICES).strip()
os.environ.setdefault("JAX_PLATFORMS", "cpu")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np  # noqa: E402

sys.path.insert(0, HERE)
import generate_jax_corpus as jaxgen  # noqa: E402  (sets the source-path canonicalisation too)

jax, jnp, lax = jaxgen.jax, jaxgen.jnp, jaxgen.lax
jaxlib_hlo = jaxgen.jaxlib_hlo
f32 = np.float32

#: jaxlib 0.10.2's HloOpcode lacks these (newer XLA): no parser or runtime oracle.
UNKNOWN_TO_JAXLIB = {"atan", "shuffle", "collective-reduce"}


@dataclass
class Case:
    name: str
    description: str
    text: str
    inputs: Callable[[], list] | None = None     # None: do not try to run
    why_not_run: str = ""                       # when inputs is None or XLA:CPU refuses
    extra: dict = field(default_factory=dict)


def _rs(seed):
    return np.random.RandomState(seed)


def _unit(n, seed, lo=-0.9, hi=0.9):
    return _rs(seed).uniform(lo, hi, size=n).astype(f32)


ADD = """add {
  x = f32[] parameter(0)
  y = f32[] parameter(1)
  ROOT s = f32[] add(x, y)
}
"""

CASES = [
    Case("inverse_trig", "acos, asin, atanh on (-1, 1); acosh on [1, 4]; asinh, cosh, sinh on [-2, 2]",
         """HloModule inverse_trig, entry_computation_layout={(f32[6]{0}, f32[6]{0}, f32[6]{0})->(f32[6]{0}, f32[6]{0}, f32[6]{0}, f32[6]{0}, f32[6]{0}, f32[6]{0}, f32[6]{0})}

ENTRY main {
  unit = f32[6] parameter(0)
  big = f32[6] parameter(1)
  any = f32[6] parameter(2)
  acos.1 = f32[6] acos(unit)
  asin.1 = f32[6] asin(unit)
  atanh.1 = f32[6] atanh(unit)
  acosh.1 = f32[6] acosh(big)
  asinh.1 = f32[6] asinh(any)
  cosh.1 = f32[6] cosh(any)
  sinh.1 = f32[6] sinh(any)
  ROOT out = (f32[6], f32[6], f32[6], f32[6], f32[6], f32[6], f32[6]) tuple(acos.1, asin.1, atanh.1, acosh.1, asinh.1, cosh.1, sinh.1)
}
""", lambda: [_unit(6, 1), _rs(2).uniform(1, 4, 6).astype(f32), _rs(3).uniform(-2, 2, 6).astype(f32)],
         why_not_run="XLA:CPU via StableHLO: UNIMPLEMENTED (these are CHLO ops JAX decomposes before XLA)"),
    Case("logistic", "logistic (sigmoid) over f32 and bf16, including large magnitudes",
         """HloModule logistic

ENTRY main {
  x = f32[8] parameter(0)
  y = f32[8] logistic(x)
  xb = bf16[8] convert(x)
  yb = bf16[8] logistic(xb)
  ROOT out = (f32[8], bf16[8]) tuple(y, yb)
}
""", lambda: [np.array([-100, -8, -1, -0.25, 0, 0.5, 3, 90], f32)]),
    Case("atan", "atan (grammar only: newer than jaxlib 0.10.2)",
         """HloModule atan

ENTRY main {
  x = f32[5] parameter(0)
  ROOT y = f32[5] atan(x)
}
""", why_not_run="jaxlib 0.10.2 has no atan opcode"),
    Case("mulhi", "mulhi: high half of the s32 and u32 product",
         """HloModule mulhi

ENTRY main {
  a = s32[4] parameter(0)
  b = s32[4] parameter(1)
  hi = s32[4] mulhi(a, b)
  au = u32[4] convert(a)
  bu = u32[4] convert(b)
  hu = u32[4] mulhi(au, bu)
  ROOT out = (s32[4], u32[4]) tuple(hi, hu)
}
""", why_not_run="the StableHLO translation has no mulhi (mhlo.unknown)"),
    Case("stochastic_convert", "stochastic-convert f32 -> s32 and f16 -> s16 with random bits of the operand's width "
         "(round up when the bits are below the scaled fraction); saturation at the integer range",
         """HloModule stochastic_convert

ENTRY main {
  x = f32[8] parameter(0)
  bits = u32[8] parameter(1)
  y = s32[8] stochastic-convert(x, bits)
  h = f16[8] parameter(2)
  hbits = u16[8] parameter(3)
  z = s16[8] stochastic-convert(h, hbits)
  ROOT out = (s32[8], s16[8]) tuple(y, z)
}
""", lambda: [np.array([-2.75, -0.5, 0.25, 1.5, 2.999, 3e9, -3e9, 7.0], f32),
              _rs(17).randint(0, 2**32, 8, dtype=np.uint64).astype(np.uint32),
              np.array([-1.25, 0.5, 0.75, 100.5, -7.5, 40000, -40000, 2.0], np.float16),
              _rs(18).randint(0, 2**16, 8).astype(np.uint16)]),
    Case("layout_ops", "copy changing the layout, bitcast between layouts of the same bytes",
         """HloModule layout_ops, entry_computation_layout={(f32[2,3]{1,0})->(f32[2,3]{0,1}, f32[6]{0}, f32[3,2]{0,1})}

ENTRY main {
  x = f32[2,3]{1,0} parameter(0)
  col = f32[2,3]{0,1} copy(x)
  flat = f32[6]{0} bitcast(x)
  swapped = f32[3,2]{0,1} bitcast(x)
  ROOT out = (f32[2,3]{0,1}, f32[6]{0}, f32[3,2]{0,1}) tuple(col, flat, swapped)
}
""", why_not_run="bitcast does not survive the StableHLO translation (layout assignment rejects it)"),
    Case("shuffle", "shuffle (grammar only: newer than jaxlib 0.10.2)",
         """HloModule shuffle

ENTRY main {
  x = f32[6] parameter(0)
  ROOT y = f32[6] shuffle(x), dimensions={0}
}
""", why_not_run="jaxlib 0.10.2 has no shuffle opcode"),
    Case("map", "map with a two-argument computation, and a unary map over a 2-D array",
         """HloModule map

fma {
  x = f32[] parameter(0)
  y = f32[] parameter(1)
  m = f32[] multiply(x, y)
  ROOT a = f32[] add(m, x)
}

square {
  v = f32[] parameter(0)
  ROOT s = f32[] multiply(v, v)
}

ENTRY main {
  a = f32[5] parameter(0)
  b = f32[5] parameter(1)
  m2 = f32[5] map(a, b), dimensions={0}, to_apply=fma
  c = f32[2,3] parameter(2)
  m1 = f32[2,3] map(c), dimensions={0,1}, to_apply=square
  ROOT out = (f32[5], f32[2,3]) tuple(m2, m1)
}
""", lambda: [_unit(5, 4), _unit(5, 5), _unit(6, 6).reshape(2, 3)]),
    Case("scan", "scan: a running sum (one carry) forward and a reversed running product",
         """HloModule scan

sum_body {
  x = f32[] parameter(0)
  c = f32[] parameter(1)
  s = f32[] add(c, x)
  ROOT t = (f32[], f32[]) tuple(s, s)
}

prod_body {
  x = f32[] parameter(0)
  c = f32[] parameter(1)
  p = f32[] multiply(c, x)
  ROOT t = (f32[], f32[]) tuple(p, p)
}

ENTRY main {
  a = f32[6] parameter(0)
  zero = f32[] constant(0)
  one = f32[] constant(1)
  fwd = (f32[6], f32[]) scan(a, zero), dimensions={0}, num_carries=1, to_apply=sum_body
  rev = (f32[6], f32[]) scan(a, one), dimensions={0}, num_carries=1, is_reverse=true, to_apply=prod_body
  ROOT out = ((f32[6], f32[]), (f32[6], f32[])) tuple(fwd, rev)
}
""", lambda: [_rs(7).uniform(0.5, 1.5, 6).astype(f32)]),
    Case("batch_norm", "batch-norm-training (feature_index=3), -inference (feature_index=1), -grad",
         """HloModule batch_norm

ENTRY main {
  x = f32[2,3,4,2] parameter(0)
  scale = f32[2] parameter(1)
  offset = f32[2] parameter(2)
  train = (f32[2,3,4,2], f32[2], f32[2]) batch-norm-training(x, scale, offset), epsilon=0.001, feature_index=3
  mean = f32[2] get-tuple-element(train), index=1
  var = f32[2] get-tuple-element(train), index=2
  grad_out = f32[2,3,4,2] parameter(3)
  grad = (f32[2,3,4,2], f32[2], f32[2]) batch-norm-grad(x, scale, mean, var, grad_out), epsilon=0.001, feature_index=3
  xc = f32[2,3,4,2] parameter(4)
  scale3 = f32[3] parameter(5)
  offset3 = f32[3] parameter(6)
  mean3 = f32[3] parameter(7)
  var3 = f32[3] parameter(8)
  infer = f32[2,3,4,2] batch-norm-inference(xc, scale3, offset3, mean3, var3), epsilon=1e-05, feature_index=1
  ROOT out = ((f32[2,3,4,2], f32[2], f32[2]), (f32[2,3,4,2], f32[2], f32[2]), f32[2,3,4,2]) tuple(train, grad, infer)
}
""", lambda: [_rs(8).normal(size=(2, 3, 4, 2)).astype(f32), np.array([1.0, 2.0], f32),
              np.array([0.5, -1.0], f32), _rs(9).normal(size=(2, 3, 4, 2)).astype(f32),
              _rs(10).normal(size=(2, 3, 4, 2)).astype(f32), np.array([1.0, 0.5, 2.0], f32),
              np.array([0.0, 0.1, -0.2], f32), np.array([0.1, -0.3, 0.2], f32),
              np.array([1.0, 0.25, 4.0], f32)]),
    Case("cholesky", "cholesky lower and upper of a batched SPD matrix",
         """HloModule cholesky

ENTRY main {
  a = f32[2,3,3] parameter(0)
  lo = f32[2,3,3] cholesky(a), lower=true
  up = f32[2,3,3] cholesky(a), lower=false
  ROOT out = (f32[2,3,3], f32[2,3,3]) tuple(lo, up)
}
""", lambda: [np.stack([m @ m.T + 3 * np.eye(3) for m in _rs(11).normal(size=(2, 3, 3))]).astype(f32)]),
    Case("ragged_dot", "ragged-dot: rows of lhs split into groups, each group multiplied by its rhs",
         """HloModule ragged_dot

ENTRY main {
  lhs = f32[5,3] parameter(0)
  rhs = f32[2,3,4] parameter(1)
  sizes = s32[2] parameter(2)
  ROOT out = f32[5,4] ragged-dot(lhs, rhs, sizes), lhs_contracting_dims={1}, rhs_contracting_dims={1}, lhs_ragged_dims={0}, rhs_group_dims={0}
}
""", why_not_run="XLA:CPU ThunkEmitter does not support ragged-dot"),
    Case("scaled_dot", "scaled-dot (lhs, rhs, lhs scale, rhs scale, the order XLA's verifier reads): "
         "f8e4m3fn operands with e8m0 block scales (one per 8 elements along the contracting dimension), "
         "and a bf16 lhs whose scalar bf16 scale is XLA's placeholder for no scale",
         """HloModule scaled_dot

ENTRY main {
  lhs = f8e4m3fn[4,16] parameter(0)
  lhs_scale = f8e8m0fnu[4,2] parameter(1)
  rhs = f8e4m3fn[16,3] parameter(2)
  rhs_scale = f8e8m0fnu[2,3] parameter(3)
  blocked = f32[4,3] scaled-dot(lhs, rhs, lhs_scale, rhs_scale), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  one = bf16[] parameter(4)
  lb = bf16[4,16] convert(lhs)
  one_sided = f32[4,3] scaled-dot(lb, rhs, one, rhs_scale), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  ROOT out = (f32[4,3], f32[4,3]) tuple(blocked, one_sided)
}
""", why_not_run="the StableHLO translation has no scaled-dot (mhlo.unknown)"),
    Case("fusion", "two loop fusions (elementwise, and a row reduction) as an optimised dump writes them",
         """HloModule fusion

""" + ADD + """
fused_fma {
  p0 = f32[4,4] parameter(0)
  p1 = f32[4,4] parameter(1)
  m = f32[4,4] multiply(p0, p1)
  ROOT a = f32[4,4] add(m, p0)
}

fused_reduce {
  p = f32[4,4] parameter(0)
  zero = f32[] constant(0)
  ROOT r = f32[4] reduce(p, zero), dimensions={1}, to_apply=add
}

ENTRY main {
  a = f32[4,4] parameter(0)
  b = f32[4,4] parameter(1)
  loop = f32[4,4] fusion(a, b), kind=kLoop, calls=fused_fma
  ROOT rows = f32[4] fusion(loop), kind=kLoop, calls=fused_reduce
}
""", lambda: [_unit(16, 12).reshape(4, 4), _unit(16, 13).reshape(4, 4)]),
    Case("async_ops", "async-start/-update/-done wrapping a computation; copy-start/-done",
         """HloModule async_ops

wrapped {
  p = f32[4] parameter(0)
  ROOT n = f32[4] negate(p)
}

ENTRY main {
  a = f32[4] parameter(0)
  start = ((f32[4]), f32[4], s32[]) async-start(a), calls=wrapped
  update = ((f32[4]), f32[4], s32[]) async-update(start)
  done = f32[4] async-done(update)
  cs = (f32[4], f32[4], u32[]) copy-start(done)
  ROOT cd = f32[4] copy-done(cs)
}
""", why_not_run="XLA:CPU rejects copy-start and the StableHLO translation of async-start"),
    Case("dependencies", "add-dependency on a token, a sharding domain, rng-get-and-update-state (its output is XLA:CPU's process-global RNG state, implementation-defined)",
         """HloModule dependencies

ENTRY main {
  a = f32[4] parameter(0)
  t = token[] after-all()
  d = f32[4] add-dependency(a, t)
  dom = f32[4] domain(d), domain={kind="sharding", entry={maximal device=0}, exit={replicated}}
  n = f32[4] negate(dom)
  state = u64[2] rng-get-and-update-state(), delta=16
  ROOT out = (f32[4], u64[2]) tuple(n, state)
}
""", lambda: [_unit(4, 14)]),
    Case("collectives_one_replica", "the async collectives, all-to-all and replica-id on one replica",
         """HloModule collectives_one_replica

""" + ADD + """
ENTRY main {
  a = f32[4] parameter(0)
  ars = f32[4] all-reduce-start(a), replica_groups={{0}}, to_apply=add
  ard = f32[4] all-reduce-done(ars)
  ags = (f32[4], f32[4]) all-gather-start(ard), replica_groups={{0}}, dimensions={0}
  agd = f32[4] all-gather-done(ags)
  cps = (f32[4], f32[4], u32[], u32[]) collective-permute-start(agd), source_target_pairs={{0,0}}
  cpd = f32[4] collective-permute-done(cps)
  a2a = f32[4] all-to-all(cpd), replica_groups={{0}}, dimensions={0}
  rid = u32[] replica-id()
  ROOT out = (f32[4], u32[]) tuple(a2a, rid)
}
""", lambda: [_unit(4, 15)]),
    Case("collective_broadcast", "collective-broadcast from replica 0",
         """HloModule collective_broadcast

ENTRY main {
  a = f32[4] parameter(0)
  ROOT b = f32[4] collective-broadcast(a), replica_groups={{0}}
}
""", why_not_run="XLA:CPU ThunkEmitter does not support collective-broadcast"),
    Case("ragged_all_to_all", "ragged-all-to-all on one replica: rows [offset, offset+size) of the input "
         "land at the output offset, the rest of the output buffer is kept",
         """HloModule ragged_all_to_all

ENTRY main {
  input = f32[6,2] parameter(0)
  output = f32[8,2] parameter(1)
  input_offsets = s64[1] parameter(2)
  send_sizes = s64[1] parameter(3)
  output_offsets = s64[1] parameter(4)
  recv_sizes = s64[1] parameter(5)
  ROOT r = f32[8,2] ragged-all-to-all(input, output, input_offsets, send_sizes, output_offsets, recv_sizes), replica_groups={{0}}
}
""", why_not_run="XLA:CPU ThunkEmitter does not support ragged-all-to-all"),
    Case("collective_reduce", "collective-reduce (grammar only: newer than jaxlib 0.10.2)",
         """HloModule collective_reduce

""" + ADD + """
ENTRY main {
  a = f32[8] parameter(0)
  ROOT r = f32[8] collective-reduce(a), replica_groups={{0}}, to_apply=add
}
""", why_not_run="jaxlib 0.10.2 has no collective-reduce opcode"),
]

#: JAX models (generate_jax_corpus.MODELS) whose compile().as_text() is kept.
COMPILED_MODELS = ("transformer_encoder", "cnn_train_step", "scan_rnn", "cond_branches", "sort_topk",
                   "gather_scatter", "mixed_precision")


def _opcodes(text: str) -> list[str]:
    return jaxgen.opcodes_of(text)


def _oracle_a(text: str, inputs: list) -> list:
    """Run HLO text on XLA:CPU (hlo-format.md, Oracle A)."""
    from jax._src.lib import _jax

    dev = jax.devices()[0]
    proto = jaxlib_hlo.hlo_module_from_text(text).as_serialized_hlo_module_proto()
    mlir = _jax.mlir.hlo_to_stablehlo(proto)
    exe = dev.client.compile_and_load(mlir, _jax.DeviceList((dev,)), _jax.CompileOptions())
    outs = exe.execute_sharded([jax.device_put(a, dev) for a in inputs]).disassemble_into_single_device_arrays()
    return [np.asarray(o[0]) for o in outs]


def _save_arrays(path: str, prefix: str, arrays: list) -> list[dict]:
    stored, meta = {}, []
    for i, arr in enumerate(arrays):
        data, true_name, stored_name = jaxgen.to_storable(arr)
        stored[f"{prefix}{i}"] = data
        entry = {"key": f"{prefix}{i}", "shape": list(np.shape(arr)), "dtype": true_name}
        if stored_name != true_name:
            entry["stored_as"] = stored_name + " (raw bits)"
        meta.append(entry)
    jaxgen.write_npz(path, stored)
    return meta


def generate_handwritten(log) -> dict:
    root = os.path.join(OUT_ROOT, "handwritten")
    shutil.rmtree(root, ignore_errors=True)
    entries = {}
    for case in CASES:
        out = os.path.join(root, case.name)
        os.makedirs(out)
        jaxgen._write_text(os.path.join(out, "module.hlo.txt"), case.text)
        opcodes = _opcodes(case.text)
        entry = {"description": case.description, "opcodes": opcodes, "files": ["module.hlo.txt"]}
        if set(opcodes) & UNKNOWN_TO_JAXLIB:
            entry["oracle"] = "none"
            entry["why"] = case.why_not_run
        else:
            module = jaxlib_hlo.hlo_module_from_text(case.text)  # XLA's own parser must accept it
            jaxgen._write_text(os.path.join(out, "xla.hlo.txt"), module.to_string())
            with open(os.path.join(out, "module.hlo_module.pb"), "wb") as f:
                f.write(jaxgen.canonical_proto(module.as_serialized_hlo_module_proto(), "HloModuleProto"))
            entry["files"] += ["module.hlo_module.pb", "xla.hlo.txt"]
            entry["oracle"] = "jaxlib-parser"
            entry["why"] = case.why_not_run
            if case.inputs is not None and not case.why_not_run:
                inputs = case.inputs()
                outputs = _oracle_a(case.text, inputs)
                entry["inputs"] = _save_arrays(os.path.join(out, "inputs.npz"), "arg", inputs)
                entry["outputs"] = _save_arrays(os.path.join(out, "outputs.npz"), "out", outputs)
                entry["files"] += ["inputs.npz", "outputs.npz"]
                entry["oracle"] = "xla-cpu"
                entry.pop("why")
            elif case.inputs is not None:
                try:  # keep the record honest: XLA:CPU must still refuse it
                    _oracle_a(case.text, case.inputs())
                    raise SystemExit(f"{case.name}: XLA:CPU now runs it; drop why_not_run")
                except SystemExit:
                    raise
                except Exception:
                    pass
        entry["files"].sort()
        entries[case.name] = entry
        log(f"  handwritten/{case.name}: {entry['oracle']}, opcodes {opcodes}")
    return entries


def generate_compiled(log) -> dict:
    root = os.path.join(OUT_ROOT, "compiled")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    entries = {}
    for name in COMPILED_MODELS:
        _, builder, description, opts = next(m for m in jaxgen.MODELS if m[0] == name)
        fn, args = builder()
        jitted = fn if hasattr(fn, "lower") else jax.jit(fn)
        text = jitted.lower(*args).compile().as_text()
        jaxgen._write_text(os.path.join(root, f"{name}.hlo.txt"), text)
        entries[name] = {"source": f"generate_jax_corpus.py model {name}: {description}",
                         "printed_by": "jax.jit(f).lower(*args).compile().as_text()",
                         "opcodes": _opcodes(text), "instruction_count": jaxgen.instruction_count(text)}
        log(f"  compiled/{name}: {entries[name]['instruction_count']} instructions")
    return entries


def _collectives_4dev(x, y):
    """All-to-all, all-reduce, all-gather, reduce-scatter, permute and the axis index over 4 devices."""
    a2a = lax.all_to_all(x, "i", 0, 0, tiled=True)
    total = lax.psum(x * y, "i")
    gathered = lax.all_gather(x, "i", tiled=True)
    scattered = lax.psum_scatter(jnp.tile(y, 4), "i", scatter_dimension=0, tiled=True)
    rotated = lax.ppermute(x, "i", [(0, 1), (1, 2), (2, 3), (3, 0)])
    index = lax.axis_index("i")
    return a2a, total, gathered, scattered, rotated, x * index.astype(x.dtype)


def generate_multidevice(log) -> dict:
    from jax.sharding import Mesh, PartitionSpec as P

    assert len(jax.devices()) == 4, "run with --xla_force_host_platform_device_count=4"
    root = os.path.join(OUT_ROOT, "multidevice")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    mesh = Mesh(np.array(jax.devices()), ("i",))
    fn = jax.jit(jax.shard_map(_collectives_4dev, mesh=mesh, in_specs=(P("i"), P("i")),
                               out_specs=(P("i"), P(), P(), P("i"), P("i"), P("i")), check_vma=False))
    x = np.arange(16, dtype=f32) / 4
    y = _unit(16, 16)
    lowered = fn.lower(x, y)
    short = lowered.as_text(dialect="hlo", debug_info=True)
    jaxgen._write_text(os.path.join(root, "collectives_4dev.hlo.txt"), short)
    jaxgen._write_text(os.path.join(root, "collectives_4dev.compiled.hlo.txt"), lowered.compile().as_text())
    with open(os.path.join(root, "collectives_4dev.hlo_module.pb"), "wb") as f:
        f.write(jaxgen.canonical_proto(lowered.compiler_ir("hlo").as_serialized_hlo_module_proto(),
                                       "HloModuleProto"))
    outputs = [np.asarray(o) for o in jax.block_until_ready(fn(x, y))]
    entry = {"description": _collectives_4dev.__doc__, "devices": 4, "xla_flags": FOUR_DEVICES,
             "opcodes": _opcodes(short), "inputs": _save_arrays(os.path.join(root, "inputs.npz"), "arg", [x, y]),
             "outputs": _save_arrays(os.path.join(root, "outputs.npz"), "out", outputs),
             "note": "outputs are the global (unsharded) arrays; the HLO is one device's SPMD program"}
    log(f"  multidevice/collectives_4dev: opcodes {entry['opcodes']}")
    return {"collectives_4dev": entry}


def _unet_block(x, params):
    """A U-Net decoder block for inference: (conv 3x3 + bias, group norm, SiLU) twice, skip add."""
    from jax import lax as _lax

    def group_norm(h, scale, offset, groups=4, eps=1e-5):
        n, height, width, c = h.shape
        g = h.reshape(n, height, width, groups, c // groups)
        mean = jnp.mean(g, axis=(1, 2, 4), keepdims=True)
        var = jnp.mean(jnp.square(g - mean), axis=(1, 2, 4), keepdims=True)
        g = (g - mean) * _lax.rsqrt(var + eps)
        return g.reshape(n, height, width, c) * scale + offset

    dn = ("NHWC", "HWIO", "NHWC")
    h = _lax.conv_general_dilated(x, params["w1"], (1, 1), "SAME", dimension_numbers=dn) + params["b1"]
    h = jax.nn.silu(group_norm(h, params["s1"], params["o1"]))
    h = _lax.conv_general_dilated(h, params["w2"], (1, 1), "SAME", dimension_numbers=dn) + params["b2"]
    h = jax.nn.silu(h)  # conv + bias + SiLU: one kernel under --model-type unet-inference
    return group_norm(h, params["s2"], params["o2"]) + x


def generate_models(log) -> dict:
    """Small JAX models for the model-type patterns, with XLA:CPU outputs."""
    root = os.path.join(OUT_ROOT, "models")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    rs = _rs(20)
    c = 8
    params = {"w1": (rs.standard_normal((3, 3, c, c)) * 0.2).astype(f32), "b1": _unit(c, 21),
              "s1": (1 + 0.1 * rs.standard_normal(c)).astype(f32), "o1": _unit(c, 22),
              "w2": (rs.standard_normal((3, 3, c, c)) * 0.2).astype(f32), "b2": _unit(c, 23),
              "s2": (1 + 0.1 * rs.standard_normal(c)).astype(f32), "o2": _unit(c, 24)}
    x = rs.standard_normal((2, 8, 8, c)).astype(f32)
    lowered = jax.jit(_unet_block).lower(x, params)
    jaxgen._write_text(os.path.join(root, "unet_block.hlo.txt"), lowered.as_text(dialect="hlo", debug_info=True))
    leaves = jax.tree_util.tree_leaves((x, params))
    outputs = [np.asarray(o) for o in jax.tree_util.tree_leaves(jax.jit(_unet_block)(x, params))]
    entry = {"description": _unet_block.__doc__, "opcodes": _opcodes(lowered.as_text(dialect="hlo")),
             "inputs": _save_arrays(os.path.join(root, "unet_block.inputs.npz"), "arg", leaves),
             "outputs": _save_arrays(os.path.join(root, "unet_block.outputs.npz"), "out", outputs)}
    log("  models/unet_block")
    return {"unet_block": entry}


PARTS = {"handwritten": generate_handwritten, "compiled": generate_compiled, "multidevice": generate_multidevice,
         "models": generate_models}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=sorted(PARTS), help=argparse.SUPPRESS)  # internal: one part per process
    ap.add_argument("--entry-out", help=argparse.SUPPRESS)
    ns = ap.parse_args(argv)

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    if ns.part:
        with open(ns.entry_out, "w", encoding="utf-8") as f:
            json.dump(PARTS[ns.part](log), f)
        return 0
    os.makedirs(OUT_ROOT, exist_ok=True)
    manifest = {"generator": "tests/corpus/generate_xla_corpus.py", "jax_version": jax.__version__,
                "jaxlib_version": jaxgen.jaxlib.__version__,
                "oracles": {"xla-cpu": "outputs.npz computed by XLA:CPU (HLO proto -> StableHLO -> compile)",
                            "jaxlib-parser": "accepted by jaxlib._hlo.hlo_module_from_text; xla.hlo.txt is "
                                             "XLA's re-print, module.hlo_module.pb its proto",
                            "none": "opcode unknown to jaxlib 0.10.2; text follows hlo-format.md §1.6"},
                "unknown_to_jaxlib": sorted(UNKNOWN_TO_JAXLIB)}
    for part in PARTS:  # a fresh process each: XLA's global counters and the device count differ
        entry_out = os.path.join(OUT_ROOT, f".{part}.json")
        cmd = [sys.executable, os.path.abspath(__file__), "--part", part, "--entry-out", entry_out]
        subprocess.run(cmd, cwd=REPO_ROOT, check=True)
        with open(entry_out, encoding="utf-8") as f:
            manifest[part] = json.load(f)
        os.remove(entry_out)
    with open(os.path.join(OUT_ROOT, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: the reference runtime against XLA:CPU on the same HLO and the same inputs.

Two workloads:

  * bert-base forward: 12 layers, hidden 768, 12 heads, batch 1, sequence 128
    (the JAX corpus builder `build_bert_base`, with seeded random weights);
  * cnn train step: a CIFAR-size CNN (32x32x3, batch 32; conv 32/64/128 channels, max
    pooling, global average, dense 10), softmax cross-entropy, gradients and an SGD update.

The JAX side (this interpreter if it has jax, else --jax-python) builds each model, writes
its HLO text and inputs, and times XLA:CPU; then this process compiles the same HLO with
nccd into an .ncx artifact and times `Executable.run` on the same inputs. Printed per
workload: medians, the ratio nccd / XLA:CPU (target: within 2x), the largest normwise
error against XLA's outputs, and peak memory (numpy buffers traced by tracemalloc during one
run, and the process's peak RSS).

    python benchmarks/runtime_vs_xla.py --jax-python /path/to/venv-with-jax/bin/python [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import parse_verify  # noqa: E402  (one description of the machine for every benchmark)

REPO = Path(__file__).resolve().parent.parent

_JAX_SIDE = r'''
import json, os, statistics, sys, time
os.environ.setdefault("JAX_PLATFORMS", "cpu")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.join(sys.argv[1], "tests", "corpus"))
import numpy as np
import jax, jax.numpy as jnp
from jax import lax
import generate_jax_corpus as corpus

out_dir, repeat = sys.argv[2], int(sys.argv[3])


def random_like(tree, seed):
    rng = np.random.default_rng(seed)
    def one(leaf):
        if np.issubdtype(leaf.dtype, np.integer):
            return rng.integers(0, 2, size=leaf.shape).astype(leaf.dtype)
        return (rng.standard_normal(leaf.shape) * 0.02).astype(leaf.dtype)
    return jax.tree_util.tree_map(one, tree)


def bert():
    fn, shapes = corpus.build_bert_base()
    args = list(random_like(shapes, 0))
    args[0] = np.random.default_rng(1).integers(0, 30522, size=(1, 128)).astype(np.int32)
    args[2] = np.ones((1, 128), np.int32)
    return fn, tuple(args)


def cnn():
    rng = np.random.default_rng(2)
    def w(*shape):
        return (rng.standard_normal(shape) * np.sqrt(2.0 / np.prod(shape[:-1]))).astype(np.float32)
    params = {"c1": w(3, 3, 3, 32), "b1": np.zeros(32, np.float32), "c2": w(3, 3, 32, 64),
              "b2": np.zeros(64, np.float32), "c3": w(3, 3, 64, 128), "b3": np.zeros(128, np.float32),
              "d": w(128, 10), "bd": np.zeros(10, np.float32)}
    x = rng.standard_normal((32, 32, 32, 3)).astype(np.float32)
    labels = rng.integers(0, 10, 32).astype(np.int32)
    dn = ("NHWC", "HWIO", "NHWC")

    def loss_fn(p, x, labels):
        y = x
        for c, b in (("c1", "b1"), ("c2", "b2"), ("c3", "b3")):
            y = jax.nn.relu(lax.conv_general_dilated(y, p[c], (1, 1), "SAME", dimension_numbers=dn) + p[b])
            if c != "c3":
                y = lax.reduce_window(y, -jnp.inf, lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")
        logits = jnp.mean(y, axis=(1, 2)) @ p["d"] + p["bd"]
        return -jnp.mean(jnp.sum(jax.nn.one_hot(labels, 10) * jax.nn.log_softmax(logits), axis=-1))

    def train_step(p, x, labels):
        loss, grads = jax.value_and_grad(loss_fn)(p, x, labels)
        return loss, jax.tree_util.tree_map(lambda a, g: a - 0.01 * g, p, grads)

    return train_step, (params, x, labels)


results = {}
for name, build in (("bert-base forward", bert), ("cnn train step", cnn)):
    fn, args = build()
    jitted = jax.jit(fn, keep_unused=True)
    lowered = jitted.lower(*args)
    stem = os.path.join(out_dir, name.replace(" ", "_"))
    with open(stem + ".hlo.txt", "w") as f:
        f.write(lowered.as_text(dialect="hlo"))
    leaves = jax.tree_util.tree_leaves(args)
    np.savez(stem + ".inputs.npz", *[np.asarray(a) for a in leaves])
    compiled = lowered.compile()
    out = jax.block_until_ready(compiled(*args))
    jax.block_until_ready(compiled(*args))
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        jax.block_until_ready(compiled(*args))
        times.append(time.perf_counter() - t)
    np.savez(stem + ".outputs.npz", *[np.asarray(o) for o in jax.tree_util.tree_leaves(out)])
    results[name] = {"stem": stem, "xla_ms": statistics.median(times) * 1e3, "jax": jax.__version__}
print(json.dumps(results))
'''


def machine_description() -> str:
    return f"{parse_verify.machine_description()}, numpy {np.__version__}"


def jax_side(python: str, out_dir: str, repeat: int) -> dict:
    proc = subprocess.run([python, "-c", _JAX_SIDE, str(REPO), out_dir, str(repeat)], capture_output=True,
                          text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"the JAX side failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def normwise_error(ours: list, xla: list) -> float:
    worst = 0.0
    for a, b in zip(ours, xla):
        a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
        scale = np.max(np.abs(b)) or 1.0
        worst = max(worst, float(np.max(np.abs(a - b)) / scale))
    return worst


def measure(stem: str, target: str, repeat: int) -> dict:
    from nccd.compiler import artifact as ncx
    from nccd.compiler.compile import compile_module
    from nccd.compiler.hlo.loader import load_module
    from nccd.compiler.options import CompileOptions
    from nccd.compiler.runtime.executable import Executable

    started = time.perf_counter()
    data, result = compile_module(load_module(stem + ".hlo.txt"), CompileOptions(target=target, auto_cast="none"))
    if data is None:
        sys.exit("\n".join(d.format() for d in result.diagnostics))
    compile_ms = (time.perf_counter() - started) * 1e3
    program = Executable(ncx.unpack(data).module)
    with np.load(stem + ".inputs.npz") as archive:
        inputs = [archive[f"arr_{i}"] for i in range(len(archive.files))]
    with np.load(stem + ".outputs.npz") as archive:
        expected = [archive[f"arr_{i}"] for i in range(len(archive.files))]
    outputs = program.run(inputs)  # warm-up: plans and constants are built once
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        program.run(inputs)
        times.append(time.perf_counter() - t)
    tracemalloc.start()
    program.run(inputs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"compile_ms": compile_ms, "nccd_ms": statistics.median(times) * 1e3, "peak_bytes": peak,
            "error": normwise_error(outputs, expected)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--jax-python", help="python interpreter that has jax (default: this one)")
    ap.add_argument("--target", default="trn1")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    python = args.jax_python or sys.executable
    with tempfile.TemporaryDirectory(prefix="nccd-bench-") as tmp:
        xla = jax_side(python, tmp, args.repeat)
        rows = []
        for name, x in xla.items():
            ours = measure(x["stem"], args.target, args.repeat)
            rows.append({"workload": name, "xla_cpu_ms": x["xla_ms"], **ours,
                         "ratio": ours["nccd_ms"] / x["xla_ms"], "jax": x["jax"]})
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    machine = machine_description()
    if args.json:
        print(json.dumps({"machine": machine, "repeat": args.repeat, "peak_rss_bytes": peak_rss,
                          "results": rows}, indent=2))
        return 0
    print(f"runtime vs XLA:CPU, median of {args.repeat} runs ({machine}; jax {rows[0]['jax']})")
    for r in rows:
        print(f"\n{r['workload']}:")
        print(f"  XLA:CPU            {r['xla_cpu_ms']:8.1f} ms")
        print(f"  nccd runtime       {r['nccd_ms']:8.1f} ms   ratio {r['ratio']:.2f}x (target: within 2x)")
        print(f"  nccd compile       {r['compile_ms']:8.1f} ms")
        print(f"  peak numpy memory  {r['peak_bytes'] / 2**20:8.1f} MiB during one run")
        print(f"  max normwise error {r['error']:.2e} against XLA's outputs")
    print(f"\npeak RSS of this process: {peak_rss / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: nccd's cold compile against XLA:CPU's compile of the same JAX function, and the
runtime speed-up of the optimised program over the unoptimised one.

Workloads (built by JAX in this interpreter if it has jax, else in --jax-python):

  * bert-base forward: 12 layers, hidden 768, batch 1, sequence 128 (tests/corpus builder);
  * gpt training step: 4 decoder layers, hidden 256, 8 heads, sequence 128, batch 4, vocab 8192;
    next-token cross-entropy, gradients and an SGD update.

XLA side: the median of XLA:CPU compiling the lowered StableHLO through the PJRT client (what
`jax.jit(f).lower(...).compile()` does, minus jax's in-memory cache, which would turn every
repetition after the first into a lookup; tracing excluded). nccd side: the median of a cold compile: HLO text -> parse -> verify ->
target checks -> passes -> .ncx bytes, with default flags plus --model-type transformer.
Target: nccd / XLA <= 0.5. Then the program compiled at -O1 without auto-cast and the one at
-O2 (or -O3) with --model-type transformer run on the same inputs: median run times and the
speed-up.

    python benchmarks/compile_vs_xla.py --jax-python /path/to/venv-with-jax/bin/python [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from runtime_vs_xla import REPO, machine_description  # noqa: E402

_JAX_SIDE = r'''
import json, os, statistics, sys, time
os.environ.setdefault("JAX_PLATFORMS", "cpu")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.join(sys.argv[1], "tests", "corpus"))
import numpy as np
import jax, jax.numpy as jnp
import generate_jax_corpus as corpus

out_dir, repeat = sys.argv[2], int(sys.argv[3])


def bert():
    fn, shapes = corpus.build_bert_base()
    rng = np.random.default_rng(0)
    def one(leaf):
        if np.issubdtype(leaf.dtype, np.integer):
            return rng.integers(0, 2, size=leaf.shape).astype(leaf.dtype)
        return (rng.standard_normal(leaf.shape) * 0.02).astype(leaf.dtype)
    args = list(jax.tree_util.tree_map(one, shapes))
    args[2] = np.ones((1, 128), np.int32)
    return fn, tuple(args)


def gpt():
    L, D, H, T, B, V, F = 4, 256, 8, 128, 4, 8192, 1024
    rng = np.random.default_rng(1)
    def w(*shape):
        return (rng.standard_normal(shape) * 0.02).astype(np.float32)
    layers = [{"wqkv": w(D, 3 * D), "wo": w(D, D), "w1": w(D, F), "w2": w(F, D),
               "g1": np.ones(D, np.float32), "g2": np.ones(D, np.float32)} for _ in range(L)]
    params = {"emb": w(V, D), "pos": w(T, D), "layers": layers, "gf": np.ones(D, np.float32)}
    tokens = rng.integers(0, V, (B, T + 1)).astype(np.int32)

    def norm(x, g):
        m = jnp.mean(x, -1, keepdims=True)
        v = jnp.mean(jnp.square(x - m), -1, keepdims=True)
        return (x - m) * jax.lax.rsqrt(v + 1e-5) * g

    def forward(p, ids):
        x = p["emb"][ids] + p["pos"][None]
        causal = jnp.tril(jnp.ones((T, T), bool))
        for layer in p["layers"]:
            h = norm(x, layer["g1"])
            q, k, v = jnp.split(h @ layer["wqkv"], 3, axis=-1)
            q, k, v = (a.reshape(B, T, H, D // H).transpose(0, 2, 1, 3) for a in (q, k, v))
            s = jnp.where(causal, q @ k.transpose(0, 1, 3, 2) / np.sqrt(D // H).astype(np.float32), -1e9)
            a = (jax.nn.softmax(s, axis=-1) @ v).transpose(0, 2, 1, 3).reshape(B, T, D)
            x = x + a @ layer["wo"]
            x = x + jax.nn.gelu(norm(x, layer["g2"]) @ layer["w1"], approximate=True) @ layer["w2"]
        return norm(x, p["gf"]) @ p["emb"].T

    def loss(p, tokens):
        logits = forward(p, tokens[:, :-1])
        logp = jax.nn.log_softmax(logits)
        return -jnp.mean(jnp.take_along_axis(logp, tokens[:, 1:, None], axis=-1))

    def train_step(p, tokens):
        value, grads = jax.value_and_grad(loss)(p, tokens)
        return value, jax.tree_util.tree_map(lambda a, g: a - 0.01 * g, p, grads)

    return train_step, (params, tokens)


def xla_compilers():
    """name -> (stem of the written HLO and inputs, a function running one full XLA:CPU compile)."""
    from jax._src.lib import _jax
    device = jax.devices("cpu")[0]
    out = {}
    for name, build in (("bert-base forward", bert), ("gpt train step", gpt)):
        fn, args = build()
        lowered = jax.jit(fn, keep_unused=True).lower(*args)
        stem = os.path.join(out_dir, name.replace(" ", "_"))
        with open(stem + ".hlo.txt", "w") as f:
            f.write(lowered.as_text(dialect="hlo"))
        np.savez(stem + ".inputs.npz", *[np.asarray(a) for a in jax.tree_util.tree_leaves(args)])
        # through the PJRT client, as jax's own compile does, but past jax's in-memory cache, so
        # every repetition is a full XLA compile of the same StableHLO module
        stablehlo = lowered.as_text(dialect="stablehlo")
        out[name] = (stem, lambda text=stablehlo: device.client.compile_and_load(
            text, _jax.DeviceList((device,)), _jax.CompileOptions()))
    return out


if __name__ == "__main__":
    results = {}
    for name, (stem, compile_once) in xla_compilers().items():
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            compile_once()
            times.append(time.perf_counter() - t)
        results[name] = {"stem": stem, "xla_compile_ms": statistics.median(times) * 1e3, "jax": jax.__version__}
    print(json.dumps(results))
'''


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e3


def measure(stem: str, target: str, repeat: int, optlevel: int) -> dict:
    from nccd.compiler import artifact as ncx
    from nccd.compiler.compile import compile_module
    from nccd.compiler.hlo.loader import load_module
    from nccd.compiler.options import CompileOptions
    from nccd.compiler.runtime.executable import Executable

    path = stem + ".hlo.txt"
    flags = CompileOptions(target=target, model_type="transformer", optlevel=optlevel)

    def cold_compile():
        data, result = compile_module(load_module(path), flags, owned=True)
        if data is None:
            sys.exit("\n".join(d.format() for d in result.diagnostics))
        return data

    compile_ms = _median_ms(cold_compile, repeat)
    with np.load(stem + ".inputs.npz") as archive:
        inputs = [archive[f"arr_{i}"] for i in range(len(archive.files))]
    module = load_module(path)
    plain, _ = compile_module(module, CompileOptions(target=target, optlevel=1, auto_cast="none"))
    tuned, _ = compile_module(module, CompileOptions(target=target, optlevel=optlevel, model_type="transformer",
                                                     auto_cast="none"))
    programs = {label: Executable(ncx.unpack(data).module) for label, data in
                (("unoptimised", plain), ("optimised", tuned))}
    times: dict[str, list] = {label: [] for label in programs}
    for program in programs.values():
        program.run(inputs)
    for _ in range(repeat):  # alternate, so drift on a shared machine hits both the same
        for label, program in programs.items():
            t = time.perf_counter()
            program.run(inputs)
            times[label].append(time.perf_counter() - t)
    runs = {label: statistics.median(ts) * 1e3 for label, ts in times.items()}
    return {"nccd_compile_ms": compile_ms, "run_unoptimised_ms": runs["unoptimised"],
            "run_optimised_ms": runs["optimised"], "speedup": runs["unoptimised"] / runs["optimised"]}


def _in_process(tmp: str, repeat: int, target: str, optlevel: int) -> list[dict]:
    """jax importable here: alternate XLA and nccd compiles, so drift on a shared machine hits both."""
    import jax

    namespace = {"__name__": "jax_side"}
    sys.argv = [sys.argv[0], str(REPO), tmp, str(repeat)]
    exec(compile(_JAX_SIDE, "jax_side", "exec"), namespace)
    from nccd.compiler.compile import compile_module
    from nccd.compiler.hlo.loader import load_module
    from nccd.compiler.options import CompileOptions

    rows = []
    flags = CompileOptions(target=target, model_type="transformer", optlevel=optlevel)
    for name, (stem, compile_once) in namespace["xla_compilers"]().items():
        xla, ours = [], []
        compile_once()
        compile_module(load_module(stem + ".hlo.txt"), flags, owned=True)
        for _ in range(repeat):
            t = time.perf_counter()
            compile_once()
            xla.append(time.perf_counter() - t)
            t = time.perf_counter()
            compile_module(load_module(stem + ".hlo.txt"), flags, owned=True)
            ours.append(time.perf_counter() - t)
        runs = measure(stem, target, repeat, optlevel)
        runs["nccd_compile_ms"] = statistics.median(ours) * 1e3
        rows.append({"workload": name, "xla_compile_ms": statistics.median(xla) * 1e3, **runs,
                     "compile_ratio": runs["nccd_compile_ms"] / (statistics.median(xla) * 1e3), "jax": jax.__version__})
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--jax-python", help="python interpreter that has jax (default: this one, which then "
                                         "times XLA and nccd alternately in one process)")
    ap.add_argument("--target", default="trn1")
    ap.add_argument("--optlevel", type=int, default=2, choices=(1, 2, 3))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="nccd-bench-") as tmp:
        if args.jax_python is None:
            rows = _in_process(tmp, args.repeat, args.target, args.optlevel)
        else:
            proc = subprocess.run([args.jax_python, "-c", _JAX_SIDE, str(REPO), tmp, str(args.repeat)],
                                  capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                sys.exit(f"the JAX side failed:\n{proc.stderr[-3000:]}")
            xla = json.loads(proc.stdout.strip().splitlines()[-1])
            rows = []
            for name, x in xla.items():
                ours = measure(x["stem"], args.target, args.repeat, args.optlevel)
                rows.append({"workload": name, "xla_compile_ms": x["xla_compile_ms"], **ours,
                             "compile_ratio": ours["nccd_compile_ms"] / x["xla_compile_ms"], "jax": x["jax"]})
    machine = machine_description()
    if args.json:
        print(json.dumps({"machine": machine, "repeat": args.repeat, "results": rows}, indent=2))
        return 0
    print(f"cold compile vs XLA:CPU, and optimised vs unoptimised runs, median of {args.repeat} "
          f"({machine}; jax {rows[0]['jax']}; nccd -O{args.optlevel} --model-type transformer)")
    for r in rows:
        print(f"\n{r['workload']}:")
        print(f"  XLA:CPU compile        {r['xla_compile_ms']:8.1f} ms")
        print(f"  nccd cold compile      {r['nccd_compile_ms']:8.1f} ms   ratio {r['compile_ratio']:.2f}x "
              "(target: <= 0.5x)")
        print(f"  run, -O1 no auto-cast  {r['run_unoptimised_ms']:8.1f} ms")
        print(f"  run, optimised         {r['run_optimised_ms']:8.1f} ms   speed-up {r['speedup']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

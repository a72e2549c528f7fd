"""Daemon benchmarks: warm recompiles, incremental recompiles, concurrent clients, memory.

    python benchmarks/daemon.py                 all four (about 3 minutes on 2 cores)
    python benchmarks/daemon.py --only warm     one of: warm, incremental, concurrent, memory

Runs its own daemon in a temporary runtime directory and cache (yours is untouched).
It first byte-compiles nccd (`compileall`), as `pip install` does for a regular install:
with PYTHONDONTWRITEBYTECODE set and an editable install, every `ncc` start would compile
the client's sources again, which grpc (installed with its .pyc files) never pays.

* warm: `ncc compile` and `ncc diagnose` of an unchanged BERT-base model (the daemon has
  seen it before), wall time per command, against the floor `python -c pass` (Python's own
  start-up); the three alternate. Target: ratio <= 2 for both.
* incremental: the same model after one layer's residual-scale constant changed, through
  the client library, against a cold compile (caches emptied first) of the same model.
  Target: ratio <= 0.2. An edit of a constant the optimiser uses (the layer-norm epsilon,
  shared by every layer and folded into the kernels) is timed too: it compiles in full.
* concurrent: 16 client processes x 200 warm compiles each: throughput, p50/p99, errors.
* memory: the daemon's resident memory while compiling 50 distinct models with the default
  budget (1 GiB), and 100 with a 128 MiB budget (where eviction works all the time): the
  caches stay within the budget and resident memory levels off.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODEL = HERE / "models" / "bert_base_residual_scales.hlo.txt"
NCC = str(Path(sys.executable).parent / "ncc")
FLAGS = ["--model-type", "transformer"]
ALPHA = "constant(0.85)"  # layer 5's residual scale
EPSILON = "constant(1e-12)"  # every layer norm's epsilon


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1e3


def _timed(command: list[str], env: dict, cwd: str) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def bench_warm(env: dict, work: str, repeat: int) -> dict:
    floor_command = [sys.executable, "-c", "pass"]
    commands = {"compile": [NCC, "compile", str(MODEL), *FLAGS, "-o", "bert.ncx"],
                "diagnose": [NCC, "diagnose", str(MODEL)]}
    for command in commands.values():  # cold, once: the daemon starts and holds the model from now on
        subprocess.run(command, env=env, cwd=work, check=True, capture_output=True)
    floor, warm = [], {name: [] for name in commands}
    for _ in range(repeat):  # alternate, so machine noise hits all alike
        floor.append(_timed(floor_command, env, work))
        for name, command in commands.items():
            warm[name].append(_timed(command, env, work))
    out = subprocess.run(commands["compile"], env=env, cwd=work, check=True, capture_output=True, text=True).stdout
    assert "(warm: in memory)" in out, out
    result = {"floor_ms": _median_ms(floor)}
    for name in commands:
        result[f"warm_ncc_{name}_ms"] = _median_ms(warm[name])
        result[f"{name}_ratio"] = result[f"warm_ncc_{name}_ms"] / result["floor_ms"]
    result["ratio"] = max(result["compile_ratio"], result["diagnose_ratio"])
    print(f"warm commands, BERT-base ({MODEL.stat().st_size / 1e3:.0f} kB HLO), median of {repeat}, alternated "
          f"with `python -c pass` ({result['floor_ms']:.1f} ms): `ncc compile` {result['warm_ncc_compile_ms']:.1f} ms "
          f"-> {result['compile_ratio']:.2f}x, `ncc diagnose` {result['warm_ncc_diagnose_ms']:.1f} ms -> "
          f"{result['diagnose_ratio']:.2f}x (target <= 2x)")
    return result


def bench_incremental(env: dict, work: str, repeat: int) -> dict:
    from nccd.clients.client import Client
    from nccd.proto.paths import requested_config

    text = MODEL.read_text()
    assert text.count(ALPHA) == 1 and text.count(EPSILON) == 1
    model = Path(work) / "bert.hlo.txt"
    with Client(env["NCC_RUNTIME_DIR"], config=requested_config(env)) as nccd:
        cold, incremental, consumed = [], [], []
        for i in range(repeat):
            model.write_text(text)
            nccd.cache("clean")  # empty memory and disk caches: a cold compile
            started = time.perf_counter()
            reply = nccd.compile(model, flags=FLAGS, output=Path(work) / "bert.ncx")
            cold.append(time.perf_counter() - started)
            assert reply.cache == "miss", reply
            for j in range(3):  # edits of one layer's constant, each to a new value
                model.write_text(text.replace(ALPHA, f"constant(0.85{i}{j}1)"))
                started = time.perf_counter()
                reply = nccd.compile(model, flags=FLAGS, output=Path(work) / "bert.ncx")
                incremental.append(time.perf_counter() - started)
                assert reply.cache == "incremental", reply
            model.write_text(text.replace(EPSILON, f"constant({i + 2}e-12)"))
            started = time.perf_counter()
            reply = nccd.compile(model, flags=FLAGS, output=Path(work) / "bert.ncx")
            consumed.append(time.perf_counter() - started)
            assert reply.cache == "miss", reply
    result = {"cold_ms": _median_ms(cold), "incremental_ms": _median_ms(incremental),
              "epsilon_edit_ms": _median_ms(consumed)}
    result["ratio"] = result["incremental_ms"] / result["cold_ms"]
    result["epsilon_ratio"] = result["epsilon_edit_ms"] / result["cold_ms"]
    print(f"incremental recompile after one layer's residual scale changed (client library, median of "
          f"{len(incremental)}): {result['incremental_ms']:.1f} ms vs cold compile {result['cold_ms']:.1f} ms "
          f"(median of {repeat}) -> {result['ratio']:.2f}x (target <= 0.2x)")
    print(f"  an edit of the layer-norm epsilon (used by the kernels, so compiled in full): "
          f"{result['epsilon_edit_ms']:.1f} ms -> {result['epsilon_ratio']:.2f}x")
    return result


def _client_worker(args) -> tuple[list[float], int]:
    runtime_dir, config, work, index, calls = args
    from nccd.clients.client import Client

    latencies, errors = [], 0
    output = Path(work) / f"client{index}.ncx"
    with Client(runtime_dir, config=config) as nccd:
        nccd.connect()
        for _ in range(calls):
            started = time.perf_counter()
            try:
                reply = nccd.compile(MODEL, flags=FLAGS, output=output)
                if not reply.ok or reply.cache != "memory":
                    errors += 1
            except Exception:  # counted: the benchmark reports errors, it does not stop at one
                errors += 1
            latencies.append(time.perf_counter() - started)
    return latencies, errors


def bench_concurrent(env: dict, work: str, clients: int, calls: int) -> dict:
    from nccd.clients.client import Client
    from nccd.proto.paths import requested_config

    config = requested_config(env)
    with Client(env["NCC_RUNTIME_DIR"], config=config) as nccd:
        nccd.compile(MODEL, flags=FLAGS)  # warm
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        results = pool.map(_client_worker, [(env["NCC_RUNTIME_DIR"], config, work, i, calls) for i in range(clients)])
    elapsed = time.perf_counter() - started
    latencies = sorted(x for lat, _ in results for x in lat)
    errors = sum(e for _, e in results)
    result = {"clients": clients, "calls": len(latencies), "errors": errors, "seconds": elapsed,
              "throughput_per_s": len(latencies) / elapsed, "p50_ms": latencies[len(latencies) // 2] * 1e3,
              "p99_ms": latencies[int(len(latencies) * 0.99)] * 1e3}
    print(f"{clients} concurrent clients x {calls} warm compiles (each writes its artifact): "
          f"{result['throughput_per_s']:.0f} compiles/s, p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
          f"{errors} errors ({len(latencies)} calls in {elapsed:.1f} s)")
    return result


def bench_memory(base_env: dict, work: str, models: int) -> dict:
    from nccd.clients.client import Client
    from nccd.proto.paths import requested_config

    text = MODEL.read_text()
    found = {}
    for label, budget, count in (("default budget (1 GiB)", None, models), ("128 MiB budget", "128M", 2 * models)):
        env = dict(base_env)
        root = tempfile.mkdtemp(prefix="nccd-mem-", dir="/tmp")
        env["NCC_RUNTIME_DIR"], env["NCC_CACHE_DIR"] = f"{root}/run", f"{root}/cache"
        if budget:
            env["NCC_MEMORY_BUDGET"] = budget
        samples = []
        with Client(env["NCC_RUNTIME_DIR"], config=requested_config(env)) as nccd:
            for i in range(count):
                variant = text.replace(ALPHA, f"constant(0.{i + 1:04d})")  # a distinct program each
                reply = nccd.compile(content=variant.encode(), name=f"model{i}.hlo.txt", flags=FLAGS)
                assert reply.ok and reply.cache == "miss", reply
                if (i + 1) % (count // 5) == 0:
                    engine = nccd.status()["engine"]
                    samples.append((i + 1, engine["rss_bytes"] >> 20, engine["memory_cached_bytes"] >> 20))
            budget_mib = nccd.status()["engine"]["memory_budget_bytes"] >> 20
            nccd.shutdown(grace_s=5)
        found[label] = {"budget_mib": budget_mib, "samples": samples}
        print(f"memory, {label}: after N distinct BERT-base compiles, resident / cached MiB: " +
              ", ".join(f"{n}: {rss}/{cached}" for n, rss, cached in samples))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("warm", "incremental", "concurrent", "memory"))
    parser.add_argument("--repeat", type=int, default=25)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--models", type=int, default=50)
    parser.add_argument("--json", metavar="FILE", help="also write the figures here")
    args = parser.parse_args()
    root = tempfile.mkdtemp(prefix="nccd-bench-", dir="/tmp")
    env = {**os.environ, "NCC_RUNTIME_DIR": f"{root}/run", "NCC_CACHE_DIR": f"{root}/cache"}
    env.pop("NCC_NO_DAEMON", None)
    work = tempfile.mkdtemp(prefix="work-", dir=root)
    import compileall

    import nccd.clients

    package = Path(nccd.clients.__file__).resolve().parent.parent
    for folder in ("clients", "daemon", "compiler"):
        compileall.compile_dir(str(package / folder), quiet=1)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; daemon in {root}")
    figures = {}
    try:
        if args.only in (None, "warm"):
            figures["warm"] = bench_warm(env, work, args.repeat)
        if args.only in (None, "incremental"):
            figures["incremental"] = bench_incremental(env, work, max(args.repeat // 4, 3))
        if args.only in (None, "concurrent"):
            figures["concurrent"] = bench_concurrent(env, work, args.clients, args.calls)
        if args.only in (None, "memory"):
            figures["memory"] = bench_memory(env, work, args.models)
    finally:
        subprocess.run([NCC, "daemon", "stop"], env=env, capture_output=True)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

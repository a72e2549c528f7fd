"""Batch compiles: `ncc compile-many` of N distinct BERT-base programs, serial vs parallel.

Measured in one invocation, each run on an empty cache of its own:

* serial: one local worker (the baseline);
* a local pool of --workers processes;
* Ray tasks on a local cluster of --workers CPUs (when Ray is installed);
* the same batch again on the pool's cache: how many compiles it ran (target: 0).

Each is the median wall time of --repeat runs of the whole command (planning, worker start-up
and compiles included), as a user sees it. The models are one BERT-base training step
(forward, backward, SGD update: the kind of graph neuron_parallel_compile is given) with layer
5's residual scale changed, so each is a distinct program of the same size, about 1 s to compile
here. Target: parallel at most 0.65x serial on 2 workers.

    python benchmarks/batch.py [--models 8] [--workers 2] [--repeat 3] [--no-ray]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODEL = HERE / "models" / "bert_base_train_step.hlo.txt"
ALPHA = "constant(0.85)"  # layer 5's residual scale
NCC = str(Path(sys.executable).parent / "ncc")
FLAGS = ["--model-type", "transformer"]


def make_models(folder: Path, count: int) -> None:
    text = MODEL.read_text()
    assert ALPHA in text
    for i in range(count):
        (folder / f"bert{i}.hlo").write_text(text.replace(ALPHA, f"constant(0.{i + 1:04d})"))


def batch(folder: Path, cache: Path, executor: list[str]) -> tuple[float, list[dict], float]:
    """(wall seconds, the --json events, CPU seconds of the command and all its processes)."""
    env = {**os.environ, "NCC_CACHE_DIR": str(cache)}
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.run([NCC, "compile-many", str(folder), *executor, *FLAGS, "--json"], capture_output=True,
                          text=True, env=env, timeout=1800)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"compile-many failed ({proc.returncode}):\n{proc.stderr}")
    return seconds, [json.loads(line) for line in proc.stdout.splitlines()], _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # waited-for descendants: ncc and its workers
    return usage.ru_utime + usage.ru_stime


def two_core_estimate(events: list[dict], total_cpu: float) -> float:
    """The wall time this run would take with its CPUs to itself: the driver's own CPU time
    (start-up, triage; it does not overlap the workers) plus the busiest worker's CPU time.
    On a machine shared with other jobs the measured wall time mostly says how busy it was."""
    per_worker: dict[str, float] = {}
    for e in events:
        if e["event"] == "graph" and e.get("worker"):
            per_worker[e["worker"]] = per_worker.get(e["worker"], 0.0) + e.get("cpu_seconds", 0.0)
    driver = total_cpu - sum(per_worker.values())
    return driver + max(per_worker.values(), default=0.0)


def _wait_for_ray(address: str, head: subprocess.Popen, deadline_s: float = 300) -> None:
    """Until the cluster answers `ray status` (or the head process exits)."""
    deadline = time.monotonic() + deadline_s
    while subprocess.run(["ray", "status", f"--address={address}"], capture_output=True, timeout=120).returncode:
        if head.poll() is not None:
            raise SystemExit(f"ray start exited with status {head.returncode}")
        if time.monotonic() > deadline:
            raise SystemExit(f"the Ray cluster at {address} did not come up in {deadline_s:.0f} s")


def _stop_ray(head: subprocess.Popen) -> None:
    """Stop the cluster this run started: its head's process group, nothing else."""
    try:
        os.killpg(head.pid, signal.SIGTERM)
        head.wait(timeout=60)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(head.pid, signal.SIGKILL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", metavar="FILE", help="also write the figures here")
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray row")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="nccd-batch-bench-", dir="/tmp"))
    folder = root / "models"
    folder.mkdir()
    make_models(folder, args.models)
    executors = {"serial (1 worker)": ["--workers", "1"],
                 f"local pool ({args.workers} workers)": ["--workers", str(args.workers)]}
    ray_installed = importlib.util.find_spec("ray") is not None
    if args.no_ray or not ray_installed:
        print("the Ray row is skipped" + ("" if ray_installed else ": Ray is not installed (pip install 'nccd[ray]')"))
    else:
        ray_dir = root / "ray"
        os.environ["RAY_AUTH_MODE"] = "disabled"  # a throwaway loopback cluster for this run only
        # `ray start --block` in a session of its own: stopping it stops this cluster only (`ray stop`
        # would stop every Ray cluster of the user on this machine)
        ray_head = subprocess.Popen(["ray", "start", "--head", "--block", f"--num-cpus={args.workers}",
                                     "--include-dashboard=false", f"--temp-dir={ray_dir}", "--port=6399"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        _wait_for_ray("127.0.0.1:6399", ray_head)
        executors[f"Ray ({args.workers} CPUs, local cluster)"] = ["--ray", "127.0.0.1:6399"]
    figures: dict = {"models": args.models, "workers": args.workers, "machine": f"{os.cpu_count()} CPUs"}
    try:
        # rounds interleave the executors, so load from other processes falls on all of them alike
        times: dict[str, list[float]] = {label: [] for label in executors}
        compile_s: dict[str, list[float]] = {label: [] for label in executors}
        cpu_s: dict[str, list[float]] = {label: [] for label in executors}
        estimate_s: dict[str, list[float]] = {label: [] for label in executors}
        load_before = os.getloadavg()[0]
        for r in range(args.repeat):
            for n, (label, executor) in enumerate(executors.items()):
                seconds, events, cpu = batch(folder, root / f"cache-{n}-{r}", executor)
                cpu_s[label].append(cpu)
                estimate_s[label].append(two_core_estimate(events, cpu))
                done = events[-1]
                assert done["compiles"] == args.models, done
                times[label].append(seconds)
                compile_s[label].append(sum(e.get("seconds", 0) for e in events if e["event"] == "graph"))
        load_after = os.getloadavg()[0]
        medians = {label: statistics.median(t) for label, t in times.items()}
        serial = medians["serial (1 worker)"]
        print(f"{args.models} distinct BERT-base training-step compiles, median of {args.repeat} runs of the whole "
              f"command (load average {load_before:.1f} before, {load_after:.1f} after, {os.cpu_count()} CPUs):")
        for label, median in medians.items():
            each = statistics.median(compile_s[label]) / args.models
            print(f"  {label}: {median:.2f} s, {median / serial:.2f}x serial "
                  f"(a graph takes {each:.2f} s in its worker)")
        local = [label for label in executors if not label.startswith("Ray")]  # Ray's workers are not ours to time
        serial_cpu = statistics.median(cpu_s["serial (1 worker)"])
        print(f"with the CPUs to itself (CPU time of the driver + the busiest worker; median of {args.repeat}):")
        for label in local:
            estimate = statistics.median(estimate_s[label])
            print(f"  {label}: {estimate:.2f} s, {estimate / serial_cpu:.2f}x serial "
                  f"({statistics.median(cpu_s[label]):.2f} CPU-s in all)")
        figures["two_core_estimate_s"] = {k: statistics.median(estimate_s[k]) for k in local}
        figures["cpu_s"] = {k: statistics.median(cpu_s[k]) for k in local}
        _, again, _ = batch(folder, root / "cache-1-0", executors[f"local pool ({args.workers} workers)"])
        print(f"the same batch again on the pool's cache: {again[-1]['compiles']} compiles, "
              f"{again[-1]['summary']['cached']} of {args.models} cached")
        figures.update({"median_s": medians, "runs_s": times,
                        "ratio_to_serial": {k: v / serial for k, v in medians.items()},
                        "load_average": [load_before, load_after], "again_compiles": again[-1]["compiles"]})
    finally:
        if len(executors) > 2:
            _stop_ray(ray_head)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: parse + verify time of nccd's HLO front end against XLA's C++ parser.

Measures, for a BERT-base-size module (12 layers) and for the largest file of the
hloenv corpus, the median wall time of

  * nccd parse            (compiler.hlo.parser.parse_hlo_text)
  * nccd parse + verify   (+ compiler.ir.verifier.verify_module)
  * jaxlib parse          (jaxlib._hlo.hlo_module_from_text, XLA's C++ HloParser)

and prints the ratio nccd / jaxlib. jaxlib is used from this interpreter when it
is importable, otherwise from the interpreter given with --jax-python (timed
inside that process, in the same invocation). Without either, only nccd's
figures are printed.

    python benchmarks/parse_verify.py [--repeat 15] [--jax-python /path/to/venv/bin/python]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CASES = {
    "bert-base (12 layers)": REPO / "tests/corpus/jax/bert_base/short.hlo.txt",
    "hloenv largest (NuX jit_loss)": REPO.parent / "shared/corpus/hloenv/"
    "tests_hlo_texts_test_hlos_NuX_1648647409115717.module_0337.jit_loss.9581.before_optimizations.txt",
}

_JAXLIB_TIMER = r"""
import json, statistics, sys, time
from jaxlib import _hlo
text = open(sys.argv[1]).read()
repeat = int(sys.argv[2])
clock = getattr(time, sys.argv[3])
_hlo.hlo_module_from_text(text)  # warm-up
times = []
for _ in range(repeat):
    t = clock()
    _hlo.hlo_module_from_text(text)
    times.append(clock() - t)
print(json.dumps(statistics.median(times)))
"""


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import os

    return f"{cpu}, {os.cpu_count()} cores, python {platform.python_version()}"


def median_time(fn, repeat: int) -> float:
    fn()  # warm-up (regex compilation, imports)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def jaxlib_median(path: Path, repeat: int, jax_python: str | None, clock: str = "perf_counter") -> float | None:
    """Median time of XLA's C++ parse of ``path`` (jaxlib here, else ``jax_python``; None without
    either); ``clock``: a ``time`` function, "perf_counter" (wall) or "process_time" (CPU)."""
    try:
        from jaxlib import _hlo  # noqa: F401
        python = sys.executable
    except ImportError:
        python = jax_python
    if python is None or not Path(python).exists():
        return None
    out = subprocess.run([python, "-c", _JAXLIB_TIMER, str(path), str(repeat), clock],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        print(f"  jaxlib baseline failed: {out.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--jax-python", help="python interpreter that has jaxlib (for the C++ baseline)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from nccd.compiler.hlo.parser import parse_hlo_text
    from nccd.compiler.ir.verifier import verify_module

    rows = []
    for label, path in CASES.items():
        if not path.exists():
            print(f"skipping {label}: {path} not found", file=sys.stderr)
            continue
        text = path.read_text()
        module = parse_hlo_text(text)
        parse = median_time(lambda text=text: parse_hlo_text(text), args.repeat)
        both = median_time(lambda text=text: verify_module(parse_hlo_text(text)), args.repeat)
        base = jaxlib_median(path, args.repeat, args.jax_python)
        rows.append({"case": label, "bytes": len(text), "instructions": module.instruction_count(),
                     "nccd_parse_ms": parse * 1e3, "nccd_parse_verify_ms": both * 1e3,
                     "jaxlib_parse_ms": base * 1e3 if base else None,
                     "ratio_parse": parse / base if base else None,
                     "ratio_parse_verify": both / base if base else None})
    machine = machine_description()
    if args.json:
        print(json.dumps({"machine": machine, "repeat": args.repeat, "results": rows}, indent=2))
        return 0
    print(f"parse + verify, median of {args.repeat} runs ({machine})")
    for r in rows:
        print(f"\n{r['case']}: {r['bytes'] / 1e6:.2f} MB, {r['instructions']} instructions")
        print(f"  nccd parse          {r['nccd_parse_ms']:8.1f} ms")
        print(f"  nccd parse+verify   {r['nccd_parse_verify_ms']:8.1f} ms")
        if r["jaxlib_parse_ms"] is not None:
            print(f"  jaxlib C++ parse    {r['jaxlib_parse_ms']:8.1f} ms")
            print(f"  ratio parse / C++ = {r['ratio_parse']:.2f}x, parse+verify / C++ = "
                  f"{r['ratio_parse_verify']:.2f}x (target: within 10x)")
        else:
            print("  jaxlib not available: pass --jax-python for the C++ baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())

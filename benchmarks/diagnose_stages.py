"""Benchmark: where `ncc diagnose --no-daemon` spends its CPU time on one model, stage by stage.

Stages, each timed on its own with ``time.process_time`` (CPU time of this process, so other
work on a shared machine barely moves the figures), repeated, medians printed:

  * load         the parser alone (compiler.hlo.parser, its module-limits check excluded)
  * limits       compiler.ir.limits.check_module_limits
  * verify       compiler.ir.verifier.verify_module
  * check        compiler.targets.support.check_module
  * fingerprint  compiler.ir.fingerprint.fingerprint
  * diagnose     compiler.analysis.diagnose.diagnose_bytes, end to end (what the command does)

"after parse" is limits + verify + check + fingerprint: what follows the parser. Each stage
runs on a freshly loaded module (caches a stage keeps on the module do not carry over between
repeats), with the cyclic GC held off as diagnose holds it.

With ``--jax-python`` (or NCC_JAX_PYTHON) naming an interpreter with jaxlib, XLA's C++ parse
of the same text (jaxlib._hlo.hlo_module_from_text) is timed in that process the same way,
and diagnose is shown as a multiple of it.

    python benchmarks/diagnose_stages.py FILE.hlo [FILE.hlo ...] [--repeat 5] [--target trn1]
                                         [--jax-python /path/to/python]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import time
from pathlib import Path

from nccd.compiler.analysis.diagnose import diagnose_bytes
from nccd.compiler.gcpause import without_gc_pauses
from nccd.compiler.hlo import parser as hlo_parser
from nccd.compiler.ir.fingerprint import fingerprint
from nccd.compiler.ir.limits import check_module_limits
from nccd.compiler.ir.verifier import verify_module
from nccd.compiler.targets.support import check_module

STAGES = ("load", "limits", "verify", "check", "fingerprint")
AFTER_PARSE = STAGES[1:]


def _parse_only(text: str, path: str):
    """The parser without its limits check (that is a stage of its own here)."""
    real = hlo_parser.check_module_limits
    hlo_parser.check_module_limits = lambda *args, **kwargs: None
    try:
        return hlo_parser.parse_hlo_text(text, path)
    finally:
        hlo_parser.check_module_limits = real


def _timed(fn, *args) -> float:
    start = time.process_time()
    result = fn(*args)
    elapsed = time.process_time() - start
    del result  # freeing a module is not part of the stage (a command exits with it)
    return elapsed


def measure(path: Path, repeat: int, target: str) -> dict[str, float]:
    data = path.read_bytes()
    text = data.decode("utf-8")
    times: dict[str, list[float]] = {name: [] for name in (*STAGES, "diagnose")}
    with without_gc_pauses():
        for _ in range(repeat):
            start = time.process_time()
            module = _parse_only(text, str(path))
            times["load"].append(time.process_time() - start)
            times["limits"].append(_timed(check_module_limits, module, text, str(path)))
            times["verify"].append(_timed(verify_module, module))
            times["check"].append(_timed(check_module, module, target))
            times["fingerprint"].append(_timed(fingerprint, module))
            del module
    for _ in range(repeat):
        times["diagnose"].append(_timed(diagnose_bytes, data, str(path), target))
    return {name: statistics.median(values) for name, values in times.items()}


_XLA_PARSE_TIMER = r"""
import json, statistics, sys, time
from jaxlib import _hlo
text = open(sys.argv[1]).read()
_hlo.hlo_module_from_text(text)  # warm-up
times = []
for _ in range(int(sys.argv[2])):
    start = time.process_time()
    _hlo.hlo_module_from_text(text)
    times.append(time.process_time() - start)
print(json.dumps(statistics.median(times)))
"""


def xla_parse_seconds(jax_python: str, path: Path, repeat: int) -> float | None:
    """Median CPU time of XLA's C++ parser on ``path``, timed inside ``jax_python``."""
    done = subprocess.run([jax_python, "-c", _XLA_PARSE_TIMER, str(path), str(repeat)],
                          capture_output=True, text=True)
    return json.loads(done.stdout) if done.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--target", default="trn1")
    ap.add_argument("--jax-python", default=os.environ.get("NCC_JAX_PYTHON"),
                    help="an interpreter with jaxlib, to time XLA's parse of the same text")
    args = ap.parse_args(argv)
    columns = (*STAGES, "after parse", "diagnose", *(("xla parse", "x xla") if args.jax_python else ()))
    print(f"median CPU seconds of {args.repeat} runs, target {args.target}")
    print(f"{'model':<48}" + "".join(f"{c:>12}" for c in columns))
    for path in args.files:
        m = measure(path, args.repeat, args.target)
        m["after parse"] = sum(m[s] for s in AFTER_PARSE)
        if args.jax_python:
            xla = xla_parse_seconds(args.jax_python, path, args.repeat)
            m["xla parse"] = xla if xla is not None else float("nan")
            m["x xla"] = m["diagnose"] / xla if xla else float("nan")
        print(f"{path.name[:47]:<48}" + "".join(f"{m[c]:>12.3f}" for c in columns), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

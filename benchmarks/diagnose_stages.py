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

    python benchmarks/diagnose_stages.py FILE.hlo [FILE.hlo ...] [--repeat 5] [--target trn1]
"""

from __future__ import annotations

import argparse
import statistics
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--target", default="trn1")
    args = ap.parse_args(argv)
    columns = (*STAGES, "after parse", "diagnose")
    print(f"median CPU seconds of {args.repeat} runs, target {args.target}")
    print(f"{'model':<48}" + "".join(f"{c:>12}" for c in columns))
    for path in args.files:
        m = measure(path, args.repeat, args.target)
        m["after parse"] = sum(m[s] for s in AFTER_PARSE)
        print(f"{path.name[:47]:<48}" + "".join(f"{m[c]:>12.3f}" for c in columns), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

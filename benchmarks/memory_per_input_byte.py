"""Benchmark: memory per byte of input, by input kind -- the figures the daemon's estimates use.

The daemon sizes its module cache, refuses a model whose work would exceed its memory limit
(NCC-E010, before parsing) and asks Ray for task memory from the input's size and kind alone
(daemon/footprint.py). This script measures those ratios over the corpus: for every model file
of at least ``--min-bytes`` (below a few hundred KB, resident growth measures the allocator's
granularity and the heap the warm-up left free, not the module: such files read 0)
in ``../shared/corpus/hloenv``, the XLA conformance corpus's ``hlo_file`` dumps and
``tests/corpus/*``, and for the HloModuleProto of every HLO text among them (the same module
in both forms), a fresh interpreter loads it and reports, per input byte:

* ``module``: resident memory the parsed module keeps (``VmRSS`` growth once it is loaded, the
  garbage collector ran and glibc returned what was freed: ``malloc_trim``, which the engine
  calls after loading a proto, whose transient message takes several times the module) -- what
  the engine's module cache holds per entry;
* ``check``: peak resident memory of parse + verify + target check (``VmHWM`` growth);
* ``compile``: peak of parse + check + the -O2 pipeline + the artifact's bytes (a model the
  target refuses still goes through the passes, as in benchmarks/large_modules.py), for inputs
  up to ``--max-compile-bytes`` (the -O2 compile of a 4 MB dump takes minutes on a shared
  machine; benchmarks/large_modules.py measures those).

Growth is measured from the moment the imports are done, a small model was compiled once (so
one-time tables are not charged to the first model) and the file's bytes were read; the
kernel's high-water mark is reset there (/proc/self/clear_refs). It prints the median and the
largest ratio per kind and, with ``--json``, every file's figures.

    python benchmarks/memory_per_input_byte.py [--min-bytes 262144] [--max-compile-bytes 1048576] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from large_modules import _PEAK_METER, _WARMED_COMPILER, WARM_UP, XLA_TESTS, machine_description

REPO = Path(__file__).resolve().parent.parent
HLOENV = REPO.parent / "shared" / "corpus" / "hloenv"
OWN_CORPUS = REPO / "tests" / "corpus"
MODEL_SUFFIXES = (".txt", ".hlo", ".pb", ".mlir", ".gz")
MEASURES = ("module", "check", "compile")

_PROBE = "import ctypes, gc, json, sys\n" + _PEAK_METER + _WARMED_COMPILER + r"""
from nccd.compiler.hlo.loader import input_kind

path, warm_up, work = sys.argv[1], sys.argv[2], sys.argv[3]
warm_up_on(warm_up)
data = open(path, "rb").read()
start()
module = load_bytes(data, path)
gc.collect()
ctypes.CDLL("libc.so.6").malloc_trim(0)  # what was freed goes back, as the daemon's engine does
held = kept()
diagnose_module(module, "trn1", path)
check = grown()
count = module.instruction_count()
if work == "compile":
    artifact, _ = compile_module(module, CompileOptions(optlevel=2), path, owned=True)
    if artifact is None:
        container.program_parts(run_pipeline(module, CompileOptions(optlevel=2), in_place=True).module)
print(json.dumps({"kind": input_kind(data), "bytes": len(data), "instructions": count,
                  "module": held, "check": check, "compile": grown() if work == "compile" else None}))
"""


def corpus_files(min_bytes: int) -> list[Path]:
    folders = [HLOENV, XLA_TESTS / "cases" / "hlo_file", OWN_CORPUS]
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in sorted(folder.rglob("*")) if p.is_file() and p.name.endswith(MODEL_SUFFIXES)
                      and p.stat().st_size >= min_bytes // 8]  # a .gz may hold enough
    return found


def model_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.suffix == ".gz" else raw


def as_proto(data: bytes, name: str) -> bytes | None:
    """The HloModuleProto of an HLO text (None when it does not load or convert)."""
    from nccd.compiler.diagnostics import HloError
    from nccd.compiler.hlo.loader import input_kind, load_bytes
    from nccd.compiler.hlo.proto_writer import write_module_proto

    if input_kind(data) != "text":
        return None
    try:
        return write_module_proto(load_bytes(data, name))
    except HloError:
        return None


def probe(path: Path, compile: bool) -> dict | None:
    proc = subprocess.run([sys.executable, "-c", _PROBE, str(path), str(WARM_UP), "compile" if compile else "check"],
                          capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:  # a file the compiler refuses to load has no module to measure
        return None
    return json.loads(proc.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-bytes", type=int, default=256 << 10, help="smallest input measured (default 256 KiB)")
    ap.add_argument("--max-compile-bytes", type=int, default=1 << 20, help="largest input whose -O2 compile is "
                    "measured (default 1 MiB; 0: all)")
    ap.add_argument("--json", action="store_true", help="also print every file's figures")
    args = ap.parse_args()

    rows = []
    with tempfile.TemporaryDirectory(prefix="ncc-mem-") as tmp:
        for source in corpus_files(args.min_bytes):
            data = model_bytes(source)
            if len(data) < args.min_bytes:
                continue
            name = str(source.relative_to(REPO if source.is_relative_to(REPO) else REPO.parent))
            staged = Path(tmp) / "model"
            forms = [(name, data)]
            proto = as_proto(data, name)
            if proto is not None and len(proto) >= args.min_bytes:  # a text of mostly comments is a small proto
                forms.append((name + " (as HloModuleProto)", proto))
            for label, content in forms:
                staged.write_bytes(content)
                row = probe(staged, not args.max_compile_bytes or len(content) <= args.max_compile_bytes)
                if row is None:
                    print(f"  {label}: does not load, left out", file=sys.stderr)
                    continue
                rows.append({"file": label, **row})
                if args.json:
                    print(json.dumps(rows[-1]), flush=True)
                else:
                    print(f"  {label}: {row['kind']}, {len(content):,} B, " + ", ".join(
                        f"{m} {row[m] / len(content):.1f} B/B" for m in MEASURES if row[m] is not None),
                          file=sys.stderr, flush=True)
    print(f"memory per input byte, fresh process per file, inputs >= {args.min_bytes:,} B ({machine_description()})")
    print("| kind | files | module kept (median, max (files)) | check peak (median, max (files)) | "
          "compile -O2 peak (median, max (files)) |")
    print("|---|---|---|---|---|")
    for kind in sorted({r["kind"] for r in rows}):
        of_kind = [r for r in rows if r["kind"] == kind]
        cells = []
        for m in MEASURES:
            ratios = [r[m] / r["bytes"] for r in of_kind if r[m] is not None]
            cells.append(f"{statistics.median(ratios):.1f}, {max(ratios):.1f} ({len(ratios)})" if ratios else "n/a")
        print(f"| {kind} | {len(of_kind)} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("NCC_NO_DAEMON", "1")
    sys.exit(main())

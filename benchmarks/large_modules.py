"""Benchmark: large real modules — diagnose time against XLA's C++ parse, and peak memory.

Cases: the 19 real-model dumps of the XLA conformance corpus (`../shared/corpus/xla-tests`,
the `hlo_file` cases from XLA's `tools/benchmarks/hlo` and `tools/data/benchmarking`: Llama 3.1,
Mixtral 8x7B, Gemma, DeepSeek/MaxText, Torax, MobileNet), and a synthetic module of
1,000,000 instructions that this script generates (``--synthetic N``).

For each case it measures, in the same run:

Times are CPU time of the measuring process (``time.process_time``) on both sides, so that a
shared, busy machine gives the same ratio as an idle one.

* ``diagnose``: median CPU time of nccd's parse + verify + target check (``diagnose_bytes``,
  what ``ncc diagnose --no-daemon`` does) over ``--repeat`` runs, after one warm-up;
* ``+ fingerprint``: the same plus the module's canonical fingerprint, which the report computes
  only when it is first read: what ``ncc diagnose --json``, ``ncc compile`` and the daemon's
  cached report pay, and the text output and the editor do not; ``json ratio`` is that sum over
  XLA's parse;
* ``xla parse``: median CPU time of XLA's C++ parser on the same text
  (``jaxlib._hlo.hlo_module_from_text``), timed inside a jaxlib interpreter
  (``--jax-python``, default NCC_JAX_PYTHON, or jaxlib in this Python); left out cleanly
  when no jaxlib is found;
* peak memory per instruction of parse + verify + check, and of ``compile -O2`` (load, check,
  the -O2 pass pipeline and the artifact's bytes). Each is measured in a fresh subprocess:
  the figure is the process's peak resident memory during the work (``VmHWM`` of
  /proc/self/status, reset through /proc/self/clear_refs once the imports are done and the
  file's bytes are read) minus its resident memory at that moment (``VmRSS``). So it counts
  everything the work made resident beyond what was already there -- Python objects, numpy
  buffers, allocator slack, the parser's transient copies -- and not the interpreter, the
  imported modules or the input bytes. RSS, not tracemalloc: numpy buffers and interpreter
  overheads count. (``ru_maxrss`` cannot be used: a child inherits its parent's high-water
  mark through fork and exec, so after this script measured a large module itself every
  probe read 0.) ``--self-test`` checks the method: a probe that allocates and touches a known
  number of bytes must read that many. A model the target refuses is still run through the
  -O2 passes here (``compile`` would stop at the diagnostics), so the figure says what
  compiling it would take.

Each row is printed as soon as it is measured (and appended to ``--out FILE`` as JSON lines),
so a run that is stopped keeps the figures it has.

Targets (issue 10): diagnose within 4x XLA's parse; at most 2 KB per instruction for
parse + verify + check and 10 KB per instruction for compile -O2.

    python benchmarks/large_modules.py [--repeat 3] [--synthetic 1000000] [--only mixtral] [--no-compile] [--no-check] [--no-timing]
                                       [--out rows.json] [--json] [--self-test]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from parse_verify import jaxlib_median  # the same XLA parse timer, run by both benchmarks

REPO = Path(__file__).resolve().parent.parent
XLA_TESTS = REPO.parent / "shared" / "corpus" / "xla-tests"
#: The real-model dumps among the corpus's hlo_file cases (by their XLA source folder).
REAL_MODEL_PREFIXES = ("hlo_file.tools__benchmarks__hlo__", "hlo_file.tools__data__benchmarking__")
TARGET_RATIO, TARGET_CHECK_BYTES, TARGET_COMPILE_BYTES = 4.0, 2048, 10240
#: The memory summary's worst case is taken over modules at least this large (see print_summary).
MIN_INSTRUCTIONS_FOR_MEMORY = 1000
#: Checked and compiled once before a probe starts counting, so that what the first compile of
#: a process imports or builds once (operator tables, protobuf) is not charged to the module.
WARM_UP = REPO / "examples" / "encoder_block.hlo.txt"

#: Peak resident memory of the process from here on: ``start()`` resets the kernel's high-water
#: mark and notes the resident size, ``grown()`` is the high-water mark's growth since (bytes),
#: ``kept()`` the resident size's growth (what is still held).
_PEAK_METER = r"""
def _status_kib(field):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field + ":"))

def start():
    global _base
    gc.collect()
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # VmHWM := VmRSS (Linux >= 4.0)
    _base = _status_kib("VmRSS")

def grown():
    return (_status_kib("VmHWM") - _base) * 1024

def kept():
    return (_status_kib("VmRSS") - _base) * 1024
"""

#: The start of every memory probe: the compiler imported and warmed up on a small model, so
#: that what a probe measures afterwards is the work and not the first call's one-time costs.
_WARMED_COMPILER = r"""
from nccd.compiler.analysis.diagnose import diagnose_module
from nccd.compiler.compile import compile_module
from nccd.compiler.hlo.loader import load_bytes
from nccd.compiler.options import CompileOptions
from nccd.compiler.passes import run_pipeline
from nccd.compiler.artifact import container


def warm_up_on(small_path):
    small = load_bytes(open(small_path, "rb").read(), small_path)
    diagnose_module(small, "trn1", small_path)
    compile_module(small, CompileOptions(optlevel=2), small_path, owned=True)
"""

#: Runs in a fresh interpreter: peak RSS growth of one measurement over the baseline.
_MEMORY_PROBE = "import gc, json, sys\n" + _PEAK_METER + _WARMED_COMPILER + r"""
what, path, warm_up = sys.argv[1], sys.argv[2], sys.argv[3]
warm_up_on(warm_up)
data = open(path, "rb").read()
start()
module = load_bytes(data, path)
count = module.instruction_count()
if what == "check":
    report = diagnose_module(module, "trn1", path)
    refused = sum(d.is_error for d in report.diagnostics)
else:
    artifact, result = compile_module(module, CompileOptions(optlevel=2), path, owned=True)
    refused = 0 if artifact is not None else sum(d.is_error for d in result.diagnostics)
    if artifact is None:  # refused by the target: run the passes anyway, as a compile would
        program = run_pipeline(module, CompileOptions(optlevel=2), in_place=True).module
        container.program_parts(program)
print(json.dumps({"instructions": count, "peak_bytes": grown(), "refused_errors": refused}))
"""

#: The method's check: allocate and touch a known number of bytes, then free them.
_KNOWN_ALLOCATION_PROBE = "import gc, json, sys\n" + _PEAK_METER + r"""
import numpy
size = int(sys.argv[1])
start()
block = numpy.ones(size, dtype=numpy.uint8)   # every page touched
del block
print(json.dumps({"peak_bytes": grown()}))
"""


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, python {platform.python_version()}, nccd {nccd_build()}"


def nccd_build() -> str:
    """Whether the imported nccd is the mypyc-compiled build (a regular install) or pure Python
    (an editable one): the two differ by about a quarter in diagnose time."""
    from nccd.compiler.hlo import parser

    return "compiled with mypyc" if not parser.__file__.endswith(".py") else "pure Python"


def real_model_dumps(folder: Path) -> list[tuple[str, Path]]:
    """(short name, decompressed text file) of every real-model dump of the corpus."""
    manifest = json.loads((XLA_TESTS / "manifest.json").read_text())
    out = []
    for case in manifest["cases"]:
        if case["group"] != "hlo_file" or not case["name"].startswith(REAL_MODEL_PREFIXES):
            continue
        source = XLA_TESTS / case["file"]
        name = case["name"].split("__")[-1]
        target = folder / (name + ".hlo")
        raw = source.read_bytes()
        target.write_bytes(gzip.decompress(raw) if source.suffix == ".gz" else raw)
        out.append((name, target))
    return out


def synthetic_module(instructions: int, path: Path) -> Path:
    """A module of ``instructions`` instructions: blocks of elementwise work and a small dot, each
    reading the block before it, so nothing folds away and every value has a user."""
    lines = ["HloModule synthetic_large", "", "ENTRY main {",
             "  p0 = f32[8,16]{1,0} parameter(0)", "  w = f32[16,16]{1,0} parameter(1)"]
    previous, n, block = "p0", 2, 0
    while n < instructions - 1:
        b = f"b{block}"
        lines += [f"  {b}.e = f32[8,16]{{1,0}} exponential({previous})",
                  f"  {b}.m = f32[8,16]{{1,0}} multiply({b}.e, {previous})",
                  f"  {b}.d = f32[8,16]{{1,0}} dot({b}.m, w), lhs_contracting_dims={{1}}, rhs_contracting_dims={{0}}",
                  f"  {b}.t = f32[8,16]{{1,0}} tanh({b}.d)",
                  f"  {b}.a = f32[8,16]{{1,0}} add({b}.t, {previous})"]
        previous, n, block = f"{b}.a", n + 5, block + 1
    lines += [f"  ROOT out = f32[8,16]{{1,0}} negate({previous})", "}", ""]
    path.write_text("\n".join(lines))
    return path


def median_time(fn, repeat: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.process_time()
        fn()
        times.append(time.process_time() - started)
    return statistics.median(times)


def peak_memory(what: str, path: Path) -> dict | None:
    """One probe in a fresh interpreter (see the module docstring); None when it failed."""
    proc = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, what, str(path), str(WARM_UP)],
                          capture_output=True, text=True, timeout=7200)
    if proc.returncode != 0:
        print(f"  {what} memory probe of {path.name} failed: {proc.stderr.strip().splitlines()[-1:]}",
              file=sys.stderr)
        return None
    return json.loads(proc.stdout)


def self_test() -> int:
    """The method reads what a probe is known to allocate (within 2 MiB of interpreter noise), even
    when this process peaked higher before it started the probe (as after measuring a large module)."""
    import numpy

    ballast = numpy.ones(320 << 20, dtype=numpy.uint8)  # resident in the parent while the probes run
    worst = 0.0
    for size in (16 << 20, 256 << 20):
        proc = subprocess.run([sys.executable, "-c", _KNOWN_ALLOCATION_PROBE, str(size)], capture_output=True,
                              text=True, timeout=600, check=True)
        measured = json.loads(proc.stdout)["peak_bytes"]
        worst = max(worst, abs(measured - size))
        print(f"allocated {size / 2**20:,.0f} MiB, measured {measured / 2**20:,.2f} MiB")
    del ballast
    ok = worst <= 2 << 20
    print("the memory probe reads what is allocated" if ok else f"the probe is off by {worst / 2**20:.1f} MiB")
    return 0 if ok else 1


def measure(name: str, path: Path, args) -> dict:
    from nccd.compiler.analysis.diagnose import diagnose_bytes
    from nccd.compiler.ir.fingerprint import fingerprint

    data = path.read_bytes()
    row: dict = {"case": name, "bytes": len(data), "diagnose_ms": None, "xla_parse_ms": None, "ratio": None,
                 "fingerprint_ms": None, "json_ratio": None}
    if not args.no_timing:
        report = diagnose_bytes(data, str(path))
        repeat = args.repeat if len(data) < 50e6 else 1
        diagnose = median_time(lambda: diagnose_bytes(data, str(path)), repeat)
        fingerprinting = median_time(lambda: fingerprint(report.module), repeat)
        xla = jaxlib_median(path, repeat, args.jax_python, clock="process_time")
        row.update(errors=sum(d.is_error for d in report.diagnostics), diagnose_ms=diagnose * 1e3,
                   fingerprint_ms=fingerprinting * 1e3, xla_parse_ms=xla * 1e3 if xla else None,
                   ratio=diagnose / xla if xla else None,
                   json_ratio=(diagnose + fingerprinting) / xla if xla else None)
    check = peak_memory("check", path) if not args.no_check else None
    compiled = peak_memory("compile", path) if not args.no_compile else None
    for label, probe in (("check", check), ("compile", compiled)):
        if probe is not None:
            row["instructions"] = probe["instructions"]
            row[f"{label}_peak_mib"] = probe["peak_bytes"] / 2**20
            row[f"{label}_bytes_per_instruction"] = probe["peak_bytes"] / max(probe["instructions"], 1)
    return row


def _fmt(value, spec, unit=""):
    return "n/a" if value is None else f"{value:{spec}}{unit}"


def print_header(machine: str, repeat: int) -> None:
    print(f"large modules, median CPU time of {repeat} runs; peak memory as peak RSS growth (VmHWM) in a "
          f"fresh process ({machine})")
    print("| module | MB | instructions | diagnose | XLA parse | ratio | + fingerprint | json ratio | check peak | "
          "/instr | compile -O2 peak | /instr |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|", flush=True)


def print_row(r: dict) -> None:
    print(f"| {r['case']} | {r['bytes'] / 1e6:.2f} | {r.get('instructions', 0):,} | "
          f"{_fmt(r['diagnose_ms'], ',.0f', ' ms')} | {_fmt(r['xla_parse_ms'], ',.0f', ' ms')} | "
          f"{_fmt(r['ratio'], '.2f', '×')} | {_fmt(r.get('fingerprint_ms'), ',.0f', ' ms')} | "
          f"{_fmt(r.get('json_ratio'), '.2f', '×')} | {_fmt(r.get('check_peak_mib'), ',.0f', ' MiB')} | "
          f"{_fmt(r.get('check_bytes_per_instruction'), ',.0f', ' B')} | "
          f"{_fmt(r.get('compile_peak_mib'), ',.0f', ' MiB')} | "
          f"{_fmt(r.get('compile_bytes_per_instruction'), ',.0f', ' B')} |", flush=True)


def print_summary(rows: list[dict]) -> None:
    ratios = [r["ratio"] for r in rows if r["ratio"] is not None]
    if ratios:
        print(f"\nratio diagnose / XLA parse: median {statistics.median(ratios):.2f}×, worst "
              f"{max(ratios):.2f}× (target ≤ {TARGET_RATIO:g}×); within the target: "
              f"{sum(r <= TARGET_RATIO for r in ratios)} of {len(ratios)}")
    with_fingerprint = [r["json_ratio"] for r in rows if r.get("json_ratio") is not None]
    if with_fingerprint:
        print(f"with the fingerprint (--json, compile): median {statistics.median(with_fingerprint):.2f}×, "
              f"worst {max(with_fingerprint):.2f}×")
    for label, target in (("check", TARGET_CHECK_BYTES), ("compile", TARGET_COMPILE_BYTES)):
        # a module of a handful of instructions reads a few pages of growth (the kernel counts
        # resident memory in 4 KiB pages), which per instruction says nothing
        measured = [r for r in rows if f"{label}_bytes_per_instruction" in r
                    and r.get("instructions", 0) >= MIN_INSTRUCTIONS_FOR_MEMORY]
        if measured:
            worst = max(measured, key=lambda r: r[f"{label}_bytes_per_instruction"])
            print(f"{label} peak per instruction: worst {worst[f'{label}_bytes_per_instruction']:,.0f} B "
                  f"({worst['case']}; target ≤ {target:,} B; modules of {MIN_INSTRUCTIONS_FOR_MEMORY:,} "
                  "instructions or more)")


def write_rows(path: Path, machine: str, repeat: int, rows: list[dict]) -> None:
    """The figures so far, as one JSON document replaced atomically (a stopped run keeps them)."""
    staged = path.with_name(path.name + ".tmp")
    staged.write_text(json.dumps({"machine": machine, "repeat": repeat, "results": rows}, indent=2))
    os.replace(staged, path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--synthetic", type=int, default=1_000_000, help="instructions of the synthetic module "
                    "(0: none)")
    ap.add_argument("--only", help="only the cases whose name contains this")
    ap.add_argument("--no-compile", action="store_true", help="skip the compile -O2 memory probes")
    ap.add_argument("--no-check", action="store_true", help="skip the parse + verify + check memory probes")
    ap.add_argument("--no-timing", action="store_true", help="memory only: skip the diagnose and XLA timings")
    ap.add_argument("--jax-python", default=os.environ.get("NCC_JAX_PYTHON"),
                    help="an interpreter with jaxlib, for XLA's C++ parse (absent: no ratio)")
    ap.add_argument("--out", type=Path, help="write the rows measured so far to this JSON file after each one")
    ap.add_argument("--json", action="store_true", help="print JSON lines, one per row, instead of a table")
    ap.add_argument("--self-test", action="store_true", help="only check that the memory probe reads a known "
                    "allocation")
    args = ap.parse_args()
    if args.self_test:
        return self_test()

    machine = machine_description()
    if not args.json:
        print_header(machine, args.repeat)
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="ncc-large-") as tmp:
        folder = Path(tmp)
        cases = real_model_dumps(folder) if XLA_TESTS.is_dir() else []
        if not cases:
            print(f"{XLA_TESTS} not found: only the synthetic module is measured", file=sys.stderr)
        if args.synthetic:
            cases.append((f"synthetic {args.synthetic:,}", synthetic_module(args.synthetic, folder / "synthetic.hlo")))
        if args.only:
            cases = [(n, p) for n, p in cases if args.only in n]
        for name, path in cases:
            row = measure(name, path, args)
            rows.append(row)
            if args.json:
                print(json.dumps({"machine": machine, **row}), flush=True)
            else:
                print_row(row)
            if args.out:
                write_rows(args.out, machine, args.repeat, rows)
    if not args.json:
        print_summary(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`ncc compile-many`: compile every graph of a set of models, folders or XLA dumps at once.

It runs in the `ncc` process (it drives workers and streams their progress itself); the plan
and the workers are daemon/batch.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace

from nccd.compiler.options import add_compile_arguments

from .common import EXIT_DIAGNOSTICS, EXIT_OK, Console, UsageError, check_framework

DESCRIPTION = """\
Compile many graphs with one set of flags, as neuron_parallel_compile does: every graph is
hashed first (by its canonical fingerprint, so the same program printed twice, or as text and
as a proto, is compiled once), graphs the cache already holds are skipped, and the rest are
compiled by workers straight into the cache that `ncc compile`, the daemon and the next batch
read. A graph that does not compile is reported with its diagnostics; it never stops the batch.

Inputs are model files, folders of models (*.hlo, *.pb, *.mlir, and *.txt holding HLO), and
XLA dump folders (--xla_dump_to; every module's unoptimised graph, the proto when both exist).
"""

EPILOG = """\
examples:
  ncc compile-many dumps/ --workers 4                 a local pool of 4 processes
  XLA_FLAGS=--xla_dump_to=dumps python train.py; ncc compile-many dumps/
  ncc compile-many models/ --ray auto --json          Ray tasks on the running cluster
  ncc compile-many a.hlo b.hlo --report batch.json --target trn2

Ray is optional: pip install 'nccd[ray]'. With --ray each task asks for --task-cpus CPUs and
--task-memory bytes (default: from the model's size), so a node is not overcommitted; a task
whose worker or node dies is retried, a compile error never is. Workers write into the cache
directory (NCC_CACHE_DIR), which must be one they all reach.

--json prints one JSON object per line as the batch goes (event plan, graph, done), the last
being the summary; --report FILE also writes the whole report (every graph: ok / cached /
duplicate / refused with diagnostics / failed, its time and worker).

exit status: 0 every graph compiled or was cached, 1 some graph was refused or failed, 2 usage
"""


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"invalid count {text!r}: give a whole number >= 1")
    return int(text)


def _bytes(text: str) -> int:
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    number, unit = (text[:-1], units[text[-1].lower()]) if text and text[-1].lower() in units else (text, 1)
    if not number.isdigit() or int(number) < 1:
        raise argparse.ArgumentTypeError(f"invalid size {text!r}: give bytes, e.g. 512M or 2G")
    return int(number) * unit


def _cpus(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"invalid CPU count {text!r}: give a number > 0, e.g. 1 or 0.5")
    return value


def register(sub) -> None:
    p = sub.add_parser("compile-many", help="compile many models or XLA dumps at once (local pool or Ray)",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description=DESCRIPTION, epilog=EPILOG)
    p.add_argument("inputs", nargs="+", metavar="PATH", help="model files, folders, or XLA dump folders")
    p.add_argument("--framework", default="XLA", metavar="NAME", help="only XLA (default)")
    executor = p.add_mutually_exclusive_group()
    executor.add_argument("--workers", type=_positive, metavar="K",
                          help=f"local worker processes (default: {os.cpu_count() or 1}, the CPU count)")
    executor.add_argument("--ray", metavar="ADDRESS",
                          help="run the compiles as Ray tasks: auto (the running cluster), ray://HOST:PORT, "
                               "or local (start a cluster in this process)")
    p.add_argument("--task-cpus", type=_cpus, default=1.0, metavar="N", help="with --ray: CPUs per task (1)")
    p.add_argument("--task-memory", type=_bytes, metavar="BYTES",
                   help="with --ray: memory per task, e.g. 2G (default: 64 bytes per model byte, at least 256M)")
    p.add_argument("--report", metavar="FILE.json", help="write the whole report here")
    p.add_argument("--json", action="store_true", help="print JSON lines (one per event) instead of text")
    p.add_argument("--max-input-size", type=int, metavar="BYTES", help="refuse larger inputs (default 512 MiB)")
    add_compile_arguments(p)
    p.set_defaults(handler=cmd_compile_many)


class _TextProgress:
    """A bar on a terminal, one line per settled graph otherwise."""

    def __init__(self, io: Console, tty: bool):
        self.io, self.tty = io, tty
        self.total = self.settled = 0

    def __call__(self, event: dict) -> None:
        kind = event["event"]
        if kind == "plan":
            self.total = event["graphs"]
            self.io.print(f"{event['graphs']} graphs: {event['to_compile']} to compile on {event['executor']} "
                          f"workers, {event['cached']} cached, {event['duplicate']} duplicates, "
                          f"{event['refused']} unreadable")
        elif kind == "graph":
            self.settled += 1
            if self.tty and event["status"] in ("ok", "cached", "duplicate"):
                done = self.settled * 30 // max(self.total, 1)
                self.io.err.write(f"\r\033[K[{'#' * done}{'.' * (30 - done)}] {self.settled}/{self.total} "
                                  f"{event['label'][-60:]}")
                self.io.err.flush()
                return
            self._clear()
            self.io.print(self._line(event))
        elif kind == "done":
            self._clear()
            s = event["summary"]
            self.io.print(f"done in {event['seconds']:.1f} s: {s['ok']} compiled, {s['cached']} cached, "
                          f"{s['duplicate']} duplicates, {s['refused']} refused, {s['failed']} failed")

    def _clear(self) -> None:
        if self.tty:
            self.io.err.write("\r\033[K")
            self.io.err.flush()

    @staticmethod
    def _line(event: dict) -> str:
        status = event["status"]
        if status == "duplicate":
            return f"{event['label']}: duplicate of {event['duplicate_of']}"
        if status in ("ok", "cached"):
            took = f" in {event['seconds']:.2f} s" if status == "ok" else ""
            return f"{event['label']}: {'compiled' + took if status == 'ok' else 'cached'}"
        first = event["diagnostics"][0] if event["diagnostics"] else None
        why = f": {first['code']} {first['message']}" if first else ""
        more = len(event["diagnostics"]) - 1
        extra = f" (+{more} more: ncc diagnose {event['label']})" if more > 0 else ""
        return f"{event['label']}: {status}{why}{extra}"


def _keep_stdout_for_ncc(io: Console) -> Console:
    """Ray's native core writes state dumps to file descriptor 1: point fd 1 at stderr and print
    ncc's own output (the --json stream) through a private copy of the real stdout."""
    sys.stdout.flush()
    real = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    return replace(io, out=real)


def cmd_compile_many(args, io: Console) -> int:
    from nccd.compiler.options import FlagError, options_from_args
    from ..batch import BatchError, LocalExecutor, RayExecutor, run_batch

    check_framework(args)
    if args.ray and io.backend.in_daemon:
        raise UsageError("--ray batches run in the ncc process, not in the daemon\n"
                         "  hint: run `ncc compile-many --ray ...` (the command line does so), or add --no-daemon")
    # in the daemon, the batch uses the daemon's cache (the handshake made it the client's)
    batch_cache_dir = io.backend.cache_directory()
    if args.ray is None and (args.task_memory is not None or args.task_cpus != 1.0):
        raise UsageError("--task-cpus and --task-memory apply to Ray tasks\n  hint: add --ray auto, or drop them")
    try:
        options = options_from_args(args, args.ignored_flags)
    except FlagError as exc:
        raise UsageError(str(exc)) from None
    inputs = [io.path(p) for p in args.inputs]
    missing = [given for given, path in zip(args.inputs, inputs) if not os.path.exists(path)]
    if missing:
        raise UsageError(f"no such file or folder: {missing[0]}")
    if args.ray and io.out is sys.stdout:
        io = _keep_stdout_for_ncc(io)
    try:
        executor = (RayExecutor(args.ray, args.task_cpus, args.task_memory) if args.ray
                    else LocalExecutor(args.workers or os.cpu_count() or 1))
    except BatchError as exc:
        raise UsageError(str(exc)) from None

    if args.json:
        def on_event(event: dict) -> None:
            io.out.write(json.dumps(event) + "\n")
            io.out.flush()
    else:
        on_event = _TextProgress(io, io.err.isatty() if hasattr(io.err, "isatty") else False)
    environment = {k: v for k, v in io.env.items() if k.startswith("NCC_")}
    try:
        report = run_batch(inputs, options, batch_cache_dir, executor, on_event,
                           io.max_input_bytes(args.max_input_size), environment,
                           io.path(args.report) if args.report else None)
    except BatchError as exc:
        raise UsageError(str(exc)) from None
    if "report_error" in report:
        io.error(f"ncc: error: --report: {report['report_error']}")
        return EXIT_DIAGNOSTICS
    bad = report["summary"]["refused"] + report["summary"]["failed"]
    return EXIT_DIAGNOSTICS if bad else EXIT_OK

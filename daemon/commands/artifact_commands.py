"""`ncc compile`, `ncc run`, `ncc inspect`: making, running and reading .ncx artifacts."""

from __future__ import annotations

import argparse
import os
import time
from typing import Any, Callable

from nccd.compiler.options import FlagError, add_compile_arguments, options_from_args

from .common import EXIT_DIAGNOSTICS, EXIT_OK, Console, UsageError, check_framework, emit_json

COMPILE_EPILOG = """\
examples:
  ncc compile examples/encoder_block.hlo.txt                  writes encoder_block.ncx
  ncc compile model.hlo_module.pb --target trn2 -O3 --output model.ncx
  ncc compile model.hlo.txt --auto-cast matmult --auto-cast-type bf16 --json
  ncc compile model.hlo.txt --target trn2 --report model.html   per-kernel cost report

Flags are those of `neuronx-cc compile`; the right-most of conflicting flags wins
(`-O1 -O3` is -O3). neuronx-cc internals (--internal-*, --tensorizer-options, ...) are
accepted and reported as ignored. A model the target cannot run is refused with the
diagnostics `ncc diagnose` prints.

--report FILE.html or FILE.json estimates every kernel of the compiled program (FLOPs, HBM
bytes, engine, compute- or memory-bound) with a roofline model of the target's published
figures; it is written only when the compile succeeds. --json always carries the totals
(report_totals).

exit status: 0 compiled, 1 refused (errors in the model) or report not written, 2 usage error"""

RUN_EPILOG = """\
examples:
  ncc run encoder_block.ncx --random-inputs 0
  ncc run model.ncx --inputs batch.npz --output result.npz
  python -c "import numpy as np; np.savez('in.npz', np.ones((2, 8), np.float32))"

Inputs are matched by position (arr_0, arr_1, ... as numpy.savez names them) or by
parameter name (`ncc inspect` lists both). Outputs are written as arr_0, arr_1, ... in
the order of the flattened result. bfloat16/float8 arrays are stored as numpy stores
them (raw bytes, dtype V2/V1): view them with ml_dtypes, e.g. a.view(ml_dtypes.bfloat16).

exit status: 0 ran, 1 bad inputs, unreadable artifact or failed run, 2 usage error"""

INSPECT_EPILOG = """\
examples:
  ncc inspect encoder_block.ncx
  ncc inspect model.ncx --json | jq .compiler_version
  ncc inspect model.ncx --hlo            the compiled program as HLO text

The header is shown even when this nccd cannot load the artifact (another format
major version), so you can tell which compiler wrote it."""


def register(sub) -> None:
    p = sub.add_parser("compile", help="compile a model into an .ncx artifact",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=COMPILE_EPILOG,
                       description="Parse, verify and check an HLO model for a target and write an "
                                   "executable .ncx artifact that `ncc run` executes on the CPU with the "
                                   "target's number formats.")
    p.add_argument("model", metavar="MODEL", help="HLO text or serialized HLO proto file")
    p.add_argument("--framework", default="XLA", metavar="NAME", help="only XLA (default)")
    p.add_argument("--output", "-o", metavar="FILE", help="artifact path (default: MODEL's name with .ncx, "
                                                          "in the current directory)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--max-input-size", type=int, metavar="BYTES", help="refuse larger inputs (default 512 MiB)")
    p.add_argument("--report", metavar="FILE.html|FILE.json",
                   help="also write a per-kernel cost estimate of the compiled program (the extension picks "
                        "the format)")
    p.add_argument("--retry-failed", action="store_true",
                   help="compile again even if the daemon's cache holds a recent failure of this model "
                        "(failures are kept for 5 minutes, never longer)")
    add_compile_arguments(p)
    p.set_defaults(handler=cmd_compile)

    p = sub.add_parser("run", help="execute an .ncx artifact on the CPU reference runtime",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=RUN_EPILOG,
                       description="Execute a compiled artifact with numpy, in the number formats the "
                                   "compile chose, and print or save its outputs.")
    p.add_argument("artifact", metavar="ARTIFACT", help="an .ncx file written by `ncc compile`")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--inputs", metavar="FILE.npz", help="input arrays (numpy.savez)")
    source.add_argument("--random-inputs", type=int, metavar="SEED",
                        help="seeded random inputs: normal floats, small non-negative integers")
    p.add_argument("--output", "-o", metavar="FILE.npz", help="write the outputs here (numpy.savez)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("inspect", help="show what an .ncx artifact is and which compiler wrote it",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=INSPECT_EPILOG,
                       description="Print an artifact's compiler version, format version, target, flags, "
                                   "creation time, input/output signature, op histogram and checksum.")
    p.add_argument("artifact", metavar="ARTIFACT", help="an .ncx file")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--hlo", action="store_true", help="print the compiled program as HLO text")
    p.set_defaults(handler=cmd_inspect)


def _existing_file(path: str, io: Console) -> None:
    if not os.path.exists(io.path(path)):
        raise UsageError(f"no such file: {path}")
    if os.path.isdir(io.path(path)):
        raise UsageError(f"{path} is a directory; pass a file")


def _format_diagnostics(diagnostics) -> list[str]:
    return [d.format() for d in diagnostics]


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KiB" if n < 1 << 20 else f"{n / (1 << 20):.1f} MiB"


# -- compile --------------------------------------------------------------------------------

#: `--report` file extensions (the report package is only imported once a compile needs it).
REPORT_EXTENSIONS = (".html", ".json")


def _check_report_path(path: str | None, io: Console) -> None:
    if path is None:
        return
    if os.path.splitext(path)[1].lower() not in REPORT_EXTENSIONS:
        raise UsageError(f"--report {path}: the file name must end in .html or .json (the extension picks "
                         "the format)\n  hint: --report model.html for a page to read, --report model.json "
                         "for tools")
    if os.path.isdir(io.path(path)):
        raise UsageError(f"--report {path} is a directory; pass a file name ending in .html or .json")


def _write_report(report: dict, path: str) -> str | None:
    """Write the report; None when written, else the one-line reason it was not."""
    from nccd.compiler.report import write_report

    try:
        write_report(report, path)
    except OSError as exc:
        return f"cannot write report {path}: {exc.strerror or exc}"
    return None


def cmd_compile(args, io: Console) -> int:
    check_framework(args)
    _existing_file(args.model, io)
    _check_report_path(args.report, io)
    try:
        options = options_from_args(args, args.ignored_flags)
    except FlagError as exc:
        raise UsageError(str(exc)) from None
    from nccd.compiler.compile import default_output

    output = args.output or default_output(args.model)
    max_bytes = io.max_input_bytes(args.max_input_size)
    want_program = bool(args.report or args.json)
    result = io.backend.compile_path(io.path(args.model), options, io.path(output), max_bytes, args.argv,
                                     label=args.model, progress=io.progress, want_program=want_program,
                                     retry_failed=args.retry_failed, cancel=io.cancel)
    if result.output is not None:
        result.output = output  # as the user named it
    text, report_error, report = compile_summary(result, args.model, args.report if want_program else None,
                                                 io.path(args.report) if args.report else None,
                                                 build=want_program)
    lines = [text]
    for warning in result.warnings:  # the daemon's own notes (a cache entry not written...)
        io.error(f"ncc: warning: {warning}")
    if options.logfile:
        try:
            with open(io.path(options.logfile), "w", encoding="utf-8") as log:
                log.write("\n".join(lines) + "\n")
        except OSError as exc:
            io.error(f"ncc: warning: cannot write --logfile {options.logfile}: {exc.strerror}")
    if args.json:
        emit_json({**result.to_json(), "report_totals": report["totals"] if report else None}, io.out)
    else:
        io.print("\n".join(lines))
    if report_error:
        io.error(f"ncc: error: {report_error}")
        return EXIT_DIAGNOSTICS
    return EXIT_OK if result.ok else EXIT_DIAGNOSTICS


def compile_summary(result, model: str, report_path: str | None = None, report_file: str | None = None,
                    build: bool = True) -> tuple[str, str | None, dict | None]:
    """(what `ncc compile` prints, why the report was not written or None, the report).

    ``report_path`` is the --report name to show, ``report_file`` where to write it."""
    lines = _format_diagnostics(result.diagnostics)
    errors = sum(d.is_error for d in result.diagnostics)
    report = report_error = None
    if result.ok and result.program is not None and build:
        from nccd.compiler.report import build_report

        report = build_report(result.program, result.options, result.facts)
        if report_path:
            report_error = _write_report(report, report_file or report_path)
    target = result.options.target
    if result.ok:
        cached = {"memory": " (warm: in memory)", "disk": " (warm: disk cache)",
                  "remote": " (remote cache)", "incremental": " (incremental)"}.get(result.cache or "", "")
        lines.append(f"{model}: compiled {result.module_name} for {target} in "
                     f"{result.compile_ms:.0f} ms{cached} -> {result.output} ({_size(result.artifact_bytes)})")
        if report_path and report_error is None and report is not None:
            totals = report["totals"]
            lines.append(f"{report_path}: cost report of {totals['kernels']} kernels, estimated "
                         f"{totals['estimated_us']:.3g} us on one {totals['target']['core']} core")
    else:
        cached = " (a cached failure: --retry-failed compiles again)" if result.cache == "failure-cached" else ""
        lines.append(f"{model}: not compiled: {errors} error{'s' if errors != 1 else ''}"
                     f" (see `ncc diagnose {model} --target {target}`){cached}")
    return "\n".join(lines), report_error, report


# -- run ------------------------------------------------------------------------------------

def _fail(code: str, message: str, args, io: Console, path: str | None = None) -> int:
    from nccd.compiler.diagnostics import Diagnostic

    diagnostic = Diagnostic(code, message, file=path)
    if args.json:
        emit_json({"ok": False, "diagnostics": [diagnostic.to_json()]}, io.out)
    else:
        io.error(diagnostic.format())
    return EXIT_DIAGNOSTICS


def _load_executable(path: str, io: Console):
    """(the loaded artifact, its Executable); the daemon keeps both warm by content hash."""
    return io.backend.load_executable(io.path(path), path)


def _load_inputs(path: str, budget: int) -> dict:
    """The arrays of an .npz, each member's declared size checked against the budget and each
    .npy header against the member's bytes before anything is allocated."""
    import zipfile

    from nccd.compiler.artifact.payload import npy_array

    arrays = {}
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            total = sum(m.file_size for m in members)
            if total > budget:
                raise ValueError(f"its arrays hold {total} bytes, over the run's memory budget of {budget} bytes "
                                 "(NCC_RUN_MEMORY_BUDGET)")
            for member in members:
                key = member.filename.removesuffix(".npy")
                arrays[key] = npy_array(archive.read(member), member.filename)
    except zipfile.BadZipFile as exc:
        raise ValueError(f"not an .npz archive ({exc})") from None
    return arrays


def _summary(index: int, array) -> dict:
    import numpy as np

    entry = {"index": index, "key": f"arr_{index}", "shape": list(np.shape(array)),
             "dtype": str(getattr(array, "dtype", "token"))}
    if isinstance(array, np.ndarray) and array.size and array.dtype.kind in "biuf" or \
            str(getattr(array, "dtype", "")) in ("bfloat16",) or "float8" in str(getattr(array, "dtype", "")):
        values = np.asarray(array, dtype=np.float64)
        finite = values[np.isfinite(values)]
        entry.update({"min": float(finite.min()) if finite.size else None,
                      "max": float(finite.max()) if finite.size else None,
                      "mean": float(finite.mean()) if finite.size else None,
                      "nonfinite": int(values.size - finite.size),
                      "first": [float(v) for v in values.reshape(-1)[:4]]})
    return entry


class RunRefused(Exception):
    """A run refused with one diagnostic: its code, its message, and whether it is about the
    artifact or the inputs (which file the command line names in it)."""

    def __init__(self, code: str, message: str, about: str = "artifact"):
        super().__init__(message)
        self.code, self.message, self.about = code, message, about


def load_runnable(load: Callable[[], tuple[Any, Any]]) -> tuple[Any, Any]:
    """``load()``'s (artifact, Executable), or RunRefused: an unreadable artifact, or one this
    runtime cannot execute. The checks `ncc run` and the gRPC Run share, in this order:
    load_runnable, check_run_memory, execute."""
    from nccd.compiler import diagnostics as D
    from nccd.compiler.diagnostics import HloError
    from nccd.compiler.runtime.errors import UnsupportedOp

    try:
        return load()
    except HloError as exc:
        raise RunRefused(exc.diagnostics[0].code, exc.diagnostics[0].message) from None
    except UnsupportedOp as exc:  # an artifact of another nccd, or one made by hand
        raise RunRefused(D.RUNTIME_CANNOT_EXECUTE.code, str(exc)) from None


def check_run_memory(program, budget: int, drawn: bool) -> None:
    """RunRefused when the inputs and outputs would not fit the run's memory budget (checked before
    anything is allocated; ``drawn``: the inputs are random, made here)."""
    from nccd.compiler import diagnostics as D
    from nccd.compiler.runtime.budget import MemoryBudgetError

    try:
        program.check_memory(budget, drawn=drawn)
    except MemoryBudgetError as exc:
        raise RunRefused(D.RUN_OVER_MEMORY_BUDGET.code, str(exc)) from None


def execute(program, inputs) -> tuple[list, float]:
    """(the outputs, milliseconds) of running ``program`` on ``inputs`` (by position or name);
    RunRefused for inputs that do not fit its signature or a run that fails."""
    from nccd.compiler import diagnostics as D
    from nccd.compiler.runtime.errors import ExecutionError
    from nccd.compiler.runtime.executable import InputError

    started = time.perf_counter()
    try:
        outputs = program.run(inputs)
    except InputError as exc:
        raise RunRefused(D.RUN_BAD_INPUT.code, str(exc), about="inputs") from None
    except ExecutionError as exc:
        raise RunRefused(D.RUN_FAILED.code, str(exc)) from None
    return outputs, (time.perf_counter() - started) * 1e3


def cmd_run(args, io: Console) -> int:
    _existing_file(args.artifact, io)
    from nccd.compiler import diagnostics as D
    from nccd.compiler.runtime.budget import run_memory_budget

    try:
        budget = run_memory_budget(io.env)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    try:
        loaded, program = load_runnable(lambda: _load_executable(args.artifact, io))
        for warning in loaded.warnings:
            io.error(warning.format())
        check_run_memory(program, budget, drawn=args.inputs is None and args.random_inputs is not None)
    except RunRefused as exc:
        return _fail(exc.code, exc.message, args, io, args.artifact)
    inputs: dict | list  # by parameter name (an .npz) or in parameter order
    if args.inputs is not None:
        _existing_file(args.inputs, io)
        try:
            inputs = _load_inputs(io.path(args.inputs), budget)
        except (OSError, ValueError) as exc:
            return _fail(D.RUN_INPUTS_UNREADABLE.code, f"cannot read {args.inputs}: {exc}", args, io, args.inputs)
        source = args.inputs
    elif args.random_inputs is not None:
        inputs, source = program.random_inputs(args.random_inputs), f"random (seed {args.random_inputs})"
    elif program.inputs:
        raise UsageError(f"{args.artifact} takes {len(program.inputs)} input(s) "
                         f"{program.signature_text()}\n  hint: pass --inputs FILE.npz or --random-inputs SEED")
    else:
        inputs, source = [], "none"
    try:
        outputs, run_ms = execute(program, inputs)
    except RunRefused as exc:
        return _fail(exc.code, exc.message, args, io, args.inputs if exc.about == "inputs" else args.artifact)
    if args.output:
        import numpy as np

        from nccd.compiler.runtime.ops._common import TOKEN

        arrays = [np.zeros(0, np.uint8) if o is TOKEN else o for o in outputs]  # saved as arr_0, arr_1, ...
        try:
            np.savez(io.path(args.output), *arrays)
        except OSError as exc:
            return _fail(D.OUTPUT_NOT_WRITTEN.code, f"cannot write {args.output}: {exc.strerror or exc}", args,
                         io, args.output)
    summaries = [_summary(i, o) for i, o in enumerate(outputs)]
    if args.json:
        emit_json({"ok": True, "artifact": args.artifact, "module": loaded.module.name, "inputs": source,
                   "output": args.output,
                   "run_ms": round(run_ms, 3), "outputs": summaries}, io.out)
        return EXIT_OK
    io.print(format_run({"ok": True, "artifact": args.artifact, "module": loaded.module.name, "inputs": source,
                         "output": args.output, "run_ms": round(run_ms, 3), "outputs": summaries}), end="")
    return EXIT_OK


def format_run(document: dict) -> str:
    """What `ncc run` prints, from its --json document."""
    lines = [f"{document['artifact']}: ran {document.get('module') or 'the program'} on {document['inputs']} "
             f"inputs in {document['run_ms']:.1f} ms"]
    for s in document["outputs"]:
        stats = "" if "min" not in s else f"  min {s['min']:.6g}  max {s['max']:.6g}  mean {s['mean']:.6g}" + \
            (f"  ({s['nonfinite']} non-finite)" if s["nonfinite"] else "")
        lines.append(f"  {s['key']}: {s['dtype']}[{','.join(map(str, s['shape']))}]{stats}")
    if document.get("output"):
        lines.append(f"outputs written to {document['output']}")
    return "\n".join(lines) + "\n"


# -- inspect --------------------------------------------------------------------------------

def _header_json(head) -> dict:
    return {"compiler_version": head.compiler_version, "format_version": head.format_version,
            "target": head.target, "model": head.model_name, "uuid": head.uuid,
            "created": head.created, "payload_bytes": head.payload_size,
            "payload_sha256": head.payload_sha256.hex(), "features": head.features}


def _shape(tensor: dict) -> str:
    return f"{tensor['element_type']}[{','.join(map(str, tensor['shape']))}]  ({tensor['dtype']})"


def inspect_document(data: bytes, label: str) -> tuple[dict, Any]:
    """(what `ncc inspect --json` prints, the unpacked artifact or None when it does not unpack)."""
    from nccd.compiler import artifact as ncx
    from nccd.compiler.artifact import header as H
    from nccd.compiler.diagnostics import HloError

    try:
        head = H.unpack(data[:H.HEADER_SIZE])
    except H.HeaderError:
        head = None
    try:
        loaded = ncx.unpack(data, label)
    except HloError as exc:
        return {**(_header_json(head) if head else {}), "ok": False,
                "diagnostics": [exc.diagnostics[0].to_json()]}, None
    info = loaded.info
    return {**_header_json(loaded.header), "ok": True, "flags": info.get("flags", {}),
            "command_line": info.get("command_line", []), "source": info.get("model", {}),
            "inputs": info.get("inputs", []), "outputs": info.get("outputs", []),
            "op_histogram": info.get("op_histogram", {}), "instructions": info.get("instructions"),
            "passes": info.get("passes", []), "constants": len(info.get("constants", {}))}, loaded


def format_inspect(report: dict, label: str) -> str:
    """What `ncc inspect` prints, from its --json document (a refused file: its diagnostic)."""
    from nccd.compiler.diagnostics import Diagnostic
    from nccd.compiler.options import CompileOptions

    if not report["ok"]:
        lines = [_written_by(report, label)] if "compiler_version" in report else []
        lines += [Diagnostic.from_json(d).format() for d in report["diagnostics"]]
        return "\n".join(lines) + "\n"
    created = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(report["created"]))
    defaults = CompileOptions().to_json()
    flags = " ".join(f"--{k.replace('_', '-')}={v}" for k, v in report["flags"].items()
                     if v != defaults.get(k) and k != "ignored_flags") or "defaults"
    if report["flags"].get("ignored_flags"):
        flags += f" (ignored: {' '.join(report['flags']['ignored_flags'])})"
    source = report["source"]
    lines = [f"{label}: nccd artifact, format {report['format_version']}",
             f"  compiler   nccd {report['compiler_version']}",
             f"  created    {created}",
             f"  target     {report['target']}",
             f"  model      {report['model']} (from {source.get('source')}, {source.get('input_format')})",
             f"  flags      {flags}",
             f"  features   {', '.join(report['features']) or 'none'}",
             f"  payload    {report['payload_bytes']} bytes, sha256 {report['payload_sha256']}",
             f"  uuid       {report['uuid']}",
             "  inputs"]
    lines += [f"    {t['index']:>3}  {t['name']:<24} {_shape(t)}" for t in report["inputs"]]
    lines.append("  outputs")
    lines += [f"    {t['index']:>3}  {t['name']:<24} {_shape(t)}" for t in report["outputs"]]
    ops = sorted(report["op_histogram"].items(), key=lambda kv: (-kv[1], kv[0]))
    lines.append(f"  ops        {report['instructions']} instructions: " +
                 ", ".join(f"{name} {count}" for name, count in ops[:12]) + (", ..." if len(ops) > 12 else ""))
    return "\n".join(lines) + "\n"


def _written_by(report: dict, label: str) -> str:
    return (f"{label}: written by nccd {report['compiler_version']}, format {report['format_version']}, "
            f"target {report['target']}, model {report['model']}")


def cmd_inspect(args, io: Console) -> int:
    _existing_file(args.artifact, io)
    with open(io.path(args.artifact), "rb") as f:
        data = f.read()
    report, loaded = inspect_document(data, args.artifact)
    if args.json:
        emit_json(report, io.out)
    elif loaded is not None and args.hlo:
        from nccd.compiler.hlo.printer import print_module

        io.out.write(print_module(loaded.module))
    elif report["ok"]:
        io.out.write(format_inspect(report, args.artifact))
    else:
        from nccd.compiler.diagnostics import Diagnostic

        if "compiler_version" in report:
            io.print(_written_by(report, args.artifact))
        io.error(Diagnostic.from_json(report["diagnostics"][0]).format())
    return EXIT_OK if report["ok"] else EXIT_DIAGNOSTICS

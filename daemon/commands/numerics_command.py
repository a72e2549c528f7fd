"""`ncc diagnose --numerics`: where auto-cast's error comes from, per output and instruction.

Loaded only when --numerics runs (numpy and the runtime come with it).
"""

from __future__ import annotations

from .common import EXIT_DIAGNOSTICS, EXIT_OK, Console, emit_json

class _UnreadableInputs(Exception):
    """The --inputs file is not an .npz archive numpy can read without pickles."""


def _read_inputs(path: str) -> dict:
    """The arrays of an .npz file by key; anything else is one _UnreadableInputs saying why."""
    import zipfile
    import zlib

    import numpy as np

    try:
        with open(path, "rb") as f:
            magic = f.read(6)
    except OSError as exc:
        raise _UnreadableInputs(f"cannot read it: {exc.strerror or exc}") from None
    # numpy.load would try an unknown file as a pickle and blame pickles: say what the file is instead
    if magic == b"\x93NUMPY":
        raise _UnreadableInputs("a single .npy array, not an .npz archive: save the inputs with "
                                "numpy.savez (one array per parameter)")
    if not magic.startswith(b"PK"):
        raise _UnreadableInputs("not an .npz archive (numpy.savez writes a zip file)")
    try:
        with np.load(path, allow_pickle=False) as archive:
            return {key: archive[key] for key in archive.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
        raise _UnreadableInputs(f"cannot read it: {exc}") from None


def run_numerics(args, report, options, format_report, io: Console) -> int:
    """`diagnose --numerics` on a model without errors: measure, print, and the exit status."""
    from nccd.compiler import diagnostics as D
    from nccd.compiler.analysis.numerics import diagnose_numerics
    from nccd.compiler.runtime.errors import ExecutionError, RuntimeInputError, UnsupportedOp

    failure = None
    try:
        inputs = _read_inputs(io.path(args.inputs)) if args.inputs is not None else None
        numerics = diagnose_numerics(report.module, options, inputs=inputs, seed=args.random_inputs or 0,
                                     tolerance=args.tolerance)
    except _UnreadableInputs as exc:
        failure = D.Diagnostic(D.RUN_INPUTS_UNREADABLE.code, str(exc), file=args.inputs)
    except RuntimeInputError as exc:
        failure = D.Diagnostic(D.RUN_BAD_INPUT.code, str(exc), file=args.inputs or args.model)
    except UnsupportedOp as exc:
        failure = D.Diagnostic(D.RUNTIME_CANNOT_EXECUTE.code, str(exc), file=args.model)
    except ExecutionError as exc:
        failure = D.Diagnostic(D.RUN_FAILED.code, str(exc), file=args.model)
    if failure is not None:  # reported like the model's own diagnostics: one error with its code and hint
        report.diagnostics.append(failure)
        if args.json:
            emit_json({**report.to_json(), "numerics_skipped": f"{failure.code}: {failure.message}"}, io.out)
        else:
            io.print(format_report(report))
        return EXIT_DIAGNOSTICS
    if args.json:
        emit_json({**numerics.to_json(), **report.to_json()}, io.out)
    else:
        io.print(format_report(report))
        io.print(format_numerics(numerics))
    within = numerics.recommendation.within_tolerance
    return EXIT_DIAGNOSTICS if within is False else EXIT_OK


def _error(x: float) -> str:
    return "0" if x == 0 else f"{x:.2e}"


def _python_line(location) -> str:
    """The text of a Python source line, when the file is where the debug info says (else empty)."""
    import linecache

    text = linecache.getline(location.file, location.line).strip() if location.file else ""
    if len(text) > _PYTHON_LINE_WIDTH:
        text = text[:_PYTHON_LINE_WIDTH - 3] + "..."
    return f": {text}" if text else ""


_PYTHON_LINE_WIDTH = 100


def _where(item, indent: str) -> list[str]:
    lines = [f"{indent}at {item.hlo_location()}"]
    if item.evaluations > 1:  # a loop body: the worst of its iterations
        lines[0] += f" (computation {item.computation}, worst of {item.evaluations} evaluations)"
    if item.source is not None:
        function = f" ({item.source.function})" if item.source.function else ""
        lines.append(f"{indent}from {item.source}{function}{_python_line(item.source)}")
        if len(item.source_stack) > 1:
            caller = item.source_stack[1]
            function = f" ({caller.function})" if caller.function else ""
            lines.append(f"{indent}  called from {caller}{function}{_python_line(caller)}")
    return lines


def format_numerics(numerics) -> str:
    rec = numerics.recommendation
    lines = [f"numerics: {numerics.setting} against FP32, on {numerics.inputs} inputs",
             f"  {'output':<8}{'shape':<22}{'max abs error':>14}{'max rel error':>15}"]
    for out in numerics.outputs:
        overflow = f"  ({out.error.nonfinite} non-finite where FP32 is finite)" if out.error.nonfinite else ""
        lines.append(f"  {out.name:<8}{out.shape:<22}{_error(out.error.max_abs):>14}"
                     f"{_error(out.error.max_rel):>15}{overflow}")
    if numerics.hotspots:
        lines.append("hotspots (the error each cast instruction introduces on exact FP32 inputs):")
        for n, spot in enumerate(numerics.hotspots, 1):
            lines.append(f"  {n}. {spot.name} ({spot.opcode}): introduced {_error(spot.contribution)}, "
                         f"accumulated {_error(spot.accumulated.max_rel)}; outputs if kept in FP32: "
                         f"{_error(spot.output_rel_error_if_fp32)}")
            lines.extend(_where(spot, "     "))
    if numerics.growth_points:
        lines.append("error grows most at:")
        for point in numerics.growth_points[:3]:
            lines.append(f"  {point.name} ({point.opcode}): x{point.growth:.3g} over its operands, to "
                         f"{_error(point.accumulated.max_rel)}")
            lines.extend(_where(point, "     "))
    lines.append("recommendation:")
    if numerics.max_rel_error == 0:
        lines.append("  the outputs match FP32 exactly: nothing to change")
    elif rec.keep_in_fp32:
        names = ", ".join(f"{k.name} ({k.source or k.hlo_location()})" for k in rec.keep_in_fp32)
        lines.append(f"  keep in FP32: {names}")
        lines.append(f"    max relative output error {_error(rec.max_rel_error)} -> "
                     f"{_error(rec.max_rel_error_if_kept)} (compute these in float32 in the model source)")
    else:
        lines.append("  no single instruction dominates: the error comes from many casts; a wider "
                     "--auto-cast-type or a narrower --auto-cast lowers it (measure with --tolerance T)")
    if rec.tolerance is not None:
        verdict = "within" if rec.within_tolerance else "EXCEEDS"
        lines.append(f"  tolerance {rec.tolerance:g}: {numerics.setting} {verdict} it "
                     f"({_error(rec.max_rel_error)})")
        for setting in rec.settings:
            mark = "ok  " if setting.within_tolerance else "fail"
            lines.append(f"    {mark} {setting.flags:<44}{_error(setting.max_rel_error)}")
        if rec.choice is not None:
            lines.append(f"  fastest setting within {rec.tolerance:g}: {rec.choice.flags}")
    return "\n".join(lines)



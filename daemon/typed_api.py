"""The gRPC API's typed messages, made from the compiler's own results (proto/ncc/v1/daemon.proto).

The servicer answers services with these; the command line's --json documents are made from
the same objects (CompileResult, DiagnoseReport, Diagnostic...), so the two cannot drift apart
in content, only in spelling.
"""

from __future__ import annotations

import json

from nccd.compiler import diagnostics as D
from nccd.compiler.ir.dtypes import BY_TEXT, ElementType, numpy_dtype

from ._proto import daemon_pb2 as pb

_SEVERITY = {D.Severity.ERROR: pb.ERROR, D.Severity.WARNING: pb.WARNING, D.Severity.INFO: pb.INFORMATION}
_CACHE = {"miss": pb.MISS, "memory": pb.MEMORY, "disk": pb.DISK, "incremental": pb.INCREMENTAL,
          "bypass": pb.BYPASS, "failure-cached": pb.FAILURE_CACHED}


class TensorError(ValueError):
    """A request's tensor does not fit the parameter it is for."""


def diagnostic(d: D.Diagnostic) -> pb.Diagnostic:
    message = pb.Diagnostic(code=d.code, severity=_SEVERITY.get(d.severity, pb.SEVERITY_UNSPECIFIED),
                            message=d.message, hint=d.hint or "", doc=d.doc or "", neuron_code=d.neuron_code or "")
    if d.line or d.instruction:
        message.hlo.CopyFrom(pb.HloLocation(file=d.file or "", line=d.line or 0, column=d.column or 0,
                                            end_line=d.end_line or 0, end_column=d.end_column or 0,
                                            instruction=d.instruction or "", computation=d.computation or ""))
    if d.source is not None:
        message.source.CopyFrom(_source(d.source))
    message.related.extend(_source(frame) for frame in d.stack[1:])
    return message


def _source(frame) -> pb.SourceLocation:
    return pb.SourceLocation(file=frame.file or "", line=frame.line or 0, column=frame.column or 0,
                             function=frame.function or "")


def _counts(diagnostics) -> tuple[int, int]:
    return (sum(d.is_error for d in diagnostics), sum(d.severity is D.Severity.WARNING for d in diagnostics))


def _flags(options_json: dict) -> dict[str, str]:
    return {name: "" if value is None else " ".join(value) if isinstance(value, list) else str(value)
            for name, value in options_json.items()}


def spec(entry: dict) -> pb.TensorSpec:
    """A parameter or output as info.json lists it ({"name", "element_type", "shape"})."""
    return pb.TensorSpec(name=str(entry.get("name") or ""), dtype=str(entry.get("element_type") or ""),
                         shape=[int(n) for n in entry.get("shape") or []])


def compile_result(result, text: str, exit_status: int, report: dict | None) -> pb.CompileResult:
    """``result``: compiler.compile.CompileResult; ``report``: its cost report, when one was made."""
    errors, warnings = _counts(result.diagnostics)
    message = pb.CompileResult(
        ok=exit_status == 0, output=result.output or "", artifact=result.artifact or b"",
        cache=_CACHE.get(result.cache or "miss", pb.CACHE_UNSPECIFIED), model=result.model or "",
        timings_ms=result.timings_ms or {}, warnings=result.warnings or [], text=text, exit_status=exit_status,
        module=result.module_name or "", target=result.options.target, compile_ms=result.compile_ms or 0.0,
        fingerprint=result.fingerprint or "", artifact_bytes=result.artifact_bytes or 0,
        diagnostics=[diagnostic(d) for d in result.diagnostics], errors=errors, warnings_count=warnings,
        flags=_flags(result.options.to_json()),
        passes=[p["pass"] for p in result.passes or [] if isinstance(p, dict) and p.get("changed")],
        cli_json=json.dumps(result.to_json()))
    if report is not None:
        totals = report["totals"]
        message.report.CopyFrom(pb.ReportTotals(kernels=int(totals["kernels"]),
                                                estimated_us=float(totals["estimated_us"]),
                                                core=str(totals["target"]["core"])))
    return message


def diagnose_reply(report, text: str) -> pb.DiagnoseReply:
    """``report``: compiler.analysis.diagnose.DiagnoseReport."""
    document = report.to_json()
    errors, warnings = _counts(report.diagnostics)
    return pb.DiagnoseReply(ok=report.ok, model=report.model or "", module=report.module_name or "",
                            target=report.target, fingerprint=report.fingerprint or "",
                            diagnostics=[diagnostic(d) for d in report.diagnostics], errors=errors,
                            warnings=warnings, text=text, exit_status=0 if report.ok else 1,
                            instructions=int(document.get("instructions") or 0),
                            supported_percent=float(document.get("supported_percent") or 0.0),
                            cli_json=json.dumps(document))


def operator_table(operators: list[dict], text: str) -> pb.OperatorTable:
    """``operators``: compiler.targets.tables.operators_json()."""
    table = pb.OperatorTable(text=text, cli_json=json.dumps(operators))
    for op in operators:
        table.operators.append(pb.Operator(
            name=op["name"], list_name=op.get("list_name") or "", aliases=op.get("aliases") or [],
            category=op.get("category") or "",
            targets=[pb.TargetSupport(target=name, supported=bool(t.get("supported")),
                                      documented=bool(t.get("documented")), dtypes=t.get("dtypes") or [],
                                      constraints=[str(c) for c in t.get("constraints") or []],
                                      source=t.get("source") or "")
                     for name, t in sorted((op.get("targets") or {}).items())]))
    return table


def artifact_info(document: dict, text: str, exit_status: int) -> pb.ArtifactInfo:
    """``document``: what `ncc inspect --json` prints (artifact_commands.inspect_document)."""
    source = document.get("source") or {}
    return pb.ArtifactInfo(
        ok=bool(document.get("ok")), compiler_version=document.get("compiler_version") or "",
        format_version=document.get("format_version") or "", target=document.get("target") or "",
        model=document.get("model") or "", uuid=document.get("uuid") or "", created=int(document.get("created") or 0),
        payload_bytes=int(document.get("payload_bytes") or 0), payload_sha256=document.get("payload_sha256") or "",
        features=document.get("features") or [], flags=_flags(document.get("flags") or {}),
        source=str(source.get("source") or ""), fingerprint=str(source.get("fingerprint") or ""),
        inputs=[spec(t) for t in document.get("inputs", [])], outputs=[spec(t) for t in document.get("outputs", [])],
        instructions=int(document.get("instructions") or 0),
        passes=[p["pass"] if isinstance(p, dict) else str(p) for p in document.get("passes", [])],
        diagnostics=[diagnostic(D.Diagnostic.from_json(d)) for d in document.get("diagnostics", [])],
        text=text, exit_status=exit_status, cli_json=json.dumps(document))


def cache_stats(name: str, stats: dict) -> pb.CacheStats:
    return pb.CacheStats(name=name, entries=int(stats.get("entries") or 0), bytes=int(stats.get("bytes") or 0),
                         budget_bytes=int(stats.get("budget_bytes") or 0), hits=int(stats.get("hits") or 0),
                         misses=int(stats.get("misses") or 0))


def status_reply(status: dict) -> pb.StatusReply:
    """``status``: daemon/server.py's Daemon.status()."""
    engine = status.get("engine") or {}
    return pb.StatusReply(
        version=status["version"], protocol=status["protocol"], pid=status["pid"], uptime_s=status["uptime_s"],
        socket=status.get("socket") or "", runtime_dir=status.get("runtime_dir") or "", log=status.get("log") or "",
        config={k: str(v) for k, v in (status.get("config") or {}).items()},
        requests_in_flight=int(status.get("requests_in_flight") or 0), watches=int(status.get("watches") or 0),
        memory=[cache_stats(name, s) for name, s in (engine.get("memory") or {}).items()],
        disk=cache_stats("disk", engine.get("disk") or {}),
        counters={k: int(v) for k, v in (engine.get("counters") or {}).items()},
        rss_bytes=int(engine.get("rss_bytes") or 0), idle_timeout_s=float(status.get("idle_timeout_s") or 0.0),
        cli_json=json.dumps(status))


def cache_reply(command: str, document: dict, text: str) -> pb.CacheReply:
    """``document``: what Daemon.cache_command() returned for ``command``."""
    reply = pb.CacheReply(text=text, cli_json=json.dumps(document))
    if command == "stats":
        reply.memory.extend(cache_stats(name, s) for name, s in (document.get("memory") or {}).items())
        reply.disk.CopyFrom(cache_stats("disk", document.get("disk") or {}))
    else:
        reply.removed_entries = int(document.get("removed") or document.get("removed_files")
                                    or document.get("removed_locks") or 0)
        reply.removed_bytes = int(document.get("freed_bytes") or 0)
    return reply


# -- tensors -----------------------------------------------------------------------------------

def array(tensor: pb.Tensor, parameter) -> object:
    """A request's tensor as the numpy array for ``parameter`` (runtime.executable.Tensor); the
    byte count is checked against the declared shape before anything is allocated."""
    import numpy as np

    expected = parameter.shape
    dtype_name = tensor.dtype or expected.element_type.text
    element_type = BY_TEXT.get(dtype_name)
    if element_type is not expected.element_type:
        raise TensorError(f"parameter {parameter.index} ({parameter.name}) is {expected.text(False)}, "
                          f"got a {dtype_name} tensor")
    shape = tuple(int(n) for n in tensor.shape)
    if shape != tuple(expected.dims):
        raise TensorError(f"parameter {parameter.index} ({parameter.name}) is {expected.text(False)}, "
                          f"got shape [{','.join(map(str, shape))}]")
    dtype = np.dtype(numpy_dtype(element_type)).newbyteorder("<")
    count = int(np.prod(shape, dtype=np.int64)) if shape else 1
    if len(tensor.data) != count * dtype.itemsize:
        raise TensorError(f"parameter {parameter.index} ({parameter.name}) needs {count * dtype.itemsize} bytes "
                          f"({count} x {dtype.itemsize}), got {len(tensor.data)}")
    return np.frombuffer(tensor.data, dtype=dtype).reshape(shape).astype(dtype.newbyteorder("="), copy=False)


def tensor(value, element_type: ElementType) -> pb.Tensor:
    """An output (numpy array, or the runtime's token) as a Tensor."""
    import numpy as np

    if not isinstance(value, np.ndarray) and not np.isscalar(value):
        return pb.Tensor(dtype="token")
    data = np.asarray(value)
    little = data.astype(data.dtype.newbyteorder("<"), copy=False)
    return pb.Tensor(dtype=element_type.text, shape=list(data.shape), data=np.ascontiguousarray(little).tobytes())

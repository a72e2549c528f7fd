"""The gRPC face of the engine: turns ncc.v1 requests into engine calls and back.

Thin on purpose: the work is in daemon/engine.py and in the `ncc` command handlers, which
the Command RPC runs exactly as `ncc --no-daemon` would (same output, same exit status).
"""

from __future__ import annotations

import io
import json
import logging
import os
import queue
import threading
import time
from typing import Callable, NoReturn

import grpc

from nccd.clients.cli.common import Console
from nccd.compiler.diagnostics import HloError

from . import paths
from ._proto import daemon_pb2 as pb
from ._proto import daemon_pb2_grpc
from .engine import Engine

log = logging.getLogger("nccd")

DIAGNOSTICS_METADATA = "x-nccd-diagnostics"
#: Sent as the Watch stream's initial metadata once the files are watched.
WATCH_READY_METADATA = "x-nccd-watching"
#: Progress is re-sent this often while work runs, so a client's display stays alive.
_HEARTBEAT_S = 0.25
#: Commands that only make sense in the client process.
_CLIENT_SIDE = frozenset({"daemon", "watch", "lsp"})


def streamed(work: Callable, progress_event: Callable, result_event: Callable, with_progress: bool):
    """Run ``work(progress)`` and yield progress events while it runs, then its result event.

    ``progress_event(stage, message, elapsed_ms)`` and ``result_event(value)`` make the events."""
    if not with_progress:
        yield result_event(work(None))
        return
    events: queue.Queue = queue.Queue()
    started = time.perf_counter()
    done = object()
    outcome: dict = {}

    def progress(stage: str, message: str) -> None:
        events.put((stage, message))

    def run() -> None:
        try:
            outcome["value"] = work(progress)
        except BaseException as exc:  # re-raised in the RPC thread, which reports it
            outcome["error"] = exc
        events.put(done)

    threading.Thread(target=run, name="nccd-work", daemon=True).start()
    last = ("start", "working")
    while True:
        try:
            item = events.get(timeout=_HEARTBEAT_S)
        except queue.Empty:
            item = last
        if item is done:
            break
        last = item
        yield progress_event(item[0], item[1], (time.perf_counter() - started) * 1e3)
    if "error" in outcome:
        raise outcome["error"]
    yield result_event(outcome["value"])


def _progress(stage: str, message: str, elapsed_ms: float) -> pb.Progress:
    return pb.Progress(stage=stage, message=message, elapsed_ms=elapsed_ms)


def handshake(daemon, engine: Engine, client_version: str, protocol: int, config: dict) -> dict:
    """Whether this daemon suits a client of that version, protocol and configuration (both transports)."""
    daemon.touch()
    reasons = []
    version = daemon.reported_version
    if client_version != version:
        reasons.append(f"nccd version changed ({version} -> {client_version})")
    if protocol != paths.PROTOCOL:
        reasons.append(f"protocol {protocol} requested, this daemon speaks {paths.PROTOCOL}")
    mine = engine.config.to_json()
    for key, wanted in sorted(config.items()):
        if key in mine and mine[key] != wanted:
            reasons.append(f"{key} is {mine[key]}, the client wants {wanted}")
    return {"compatible": not reasons, "restart_reason": "; ".join(reasons), "daemon_version": version,
            "protocol": paths.PROTOCOL, "pid": os.getpid()}


def command_events(engine: Engine, argv: list[str], cwd: str, env: dict, with_progress: bool,
                   progress_event: Callable, done_event: Callable):
    """Run an `ncc` command line as `ncc --no-daemon` would, on the warm engine (both transports):
    progress events while it runs, then ``done_event({"stdout", "stderr", "exit_status"})``."""
    command = next((a for a in argv if not a.startswith("-")), None)
    if command in _CLIENT_SIDE:
        yield done_event({"stdout": "", "stderr": f"ncc: error: `ncc {command}` runs in the client, not in the "
                          "daemon\n", "exit_status": 2})
        return
    from nccd.clients.cli.commands import run_command

    def work(progress):
        out, err = io.StringIO(), io.StringIO()
        console = Console(out=out, err=err, cwd=cwd or None, env=env, engine=engine, progress=progress)
        status = run_command(argv, console)
        return {"stdout": out.getvalue(), "stderr": err.getvalue(), "exit_status": status}

    yield from streamed(work, progress_event, done_event, with_progress)


class CompilerServicer(daemon_pb2_grpc.CompilerServicer):
    def __init__(self, engine: Engine, daemon):
        self.engine = engine
        self.daemon = daemon  # daemon/server.py's Daemon: status, activity, shutdown, watches

    # -- session ---------------------------------------------------------------------------------
    def Handshake(self, request, context):
        return pb.HandshakeReply(**handshake(self.daemon, self.engine, request.client_version, request.protocol,
                                             dict(request.config)))

    def Status(self, request, context):
        self.daemon.touch()
        return pb.StatusReply(json=json.dumps(self.daemon.status()))

    def Shutdown(self, request, context):
        grace = request.grace_s if request.grace_s > 0 else 30.0
        self.daemon.request_stop(f"Shutdown requested by {context.peer()}", grace)
        return pb.ShutdownReply(stopping=True)

    def Cache(self, request, context):
        self.daemon.touch()
        command = request.command or "stats"
        from .diskcache import CacheNotWritable

        try:
            document = self.daemon.cache_command(command, request.max_bytes or None)
        except ValueError as exc:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        except CacheNotWritable as exc:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION, str(exc))
        return pb.JsonReply(json=json.dumps(document), ok=True, text=json.dumps(document, indent=2))

    # -- the command line --------------------------------------------------------------------------
    def Command(self, request, context):
        with self.daemon.activity():
            yield from command_events(self.engine, list(request.argv), request.cwd, dict(request.env),
                                      request.progress, lambda *p: pb.CommandEvent(progress=_progress(*p)),
                                      lambda done: pb.CommandEvent(done=pb.CommandDone(**done)))

    # -- typed calls for services ----------------------------------------------------------------
    def _model(self, model, context, max_bytes: int | None) -> tuple[bytes, str]:
        """The model's bytes and display name; unreadable -> INVALID_ARGUMENT with diagnostics."""
        from nccd.compiler.hlo.loader import read_model_file

        which = model.WhichOneof("source")
        if which is None:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "the request names no model (set path or content)")
        if which == "content":
            return model.content, model.name or "<content>"
        if not os.path.isabs(model.path):
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"model path {model.path!r} is not absolute")
        try:
            return read_model_file(model.path, max_bytes, model.name or model.path), model.name or model.path
        except HloError as exc:
            self._abort_model(context, exc.diagnostics)

    @staticmethod
    def _abort_model(context, diagnostics) -> NoReturn:
        context.set_trailing_metadata(((DIAGNOSTICS_METADATA, json.dumps([d.to_json() for d in diagnostics])),))
        context.abort(grpc.StatusCode.INVALID_ARGUMENT, "\n".join(d.format() for d in diagnostics))
        raise AssertionError("grpc's context.abort raises")

    @staticmethod
    def _load_error(report_diagnostics) -> list | None:
        """The diagnostics of a model that did not load (parse/format errors), else None."""
        load_codes = [d for d in report_diagnostics if d.is_error and d.code.startswith(("NCC-E00", "NCC-E01"))]
        return load_codes or None

    def Compile(self, request, context):
        from nccd.clients.cli.artifact_commands import compile_summary
        from nccd.compiler.options import FlagError

        with self.daemon.activity():
            try:
                options = self.daemon.options_from_flags(list(request.flags))
            except FlagError as exc:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
            max_bytes = request.max_input_bytes or None
            data, label = self._model(request.model, context, max_bytes)

            def work(progress):
                return self.engine.compile_bytes(data, options, request.output or None, max_bytes,
                                                 ["compile", *request.flags], label=label, progress=progress,
                                                 want_program=bool(request.report), retry_failed=request.retry_failed,
                                                 return_bytes=request.return_artifact)

            def result_event(result):
                if not result.ok and result.program is None and self._load_error(result.diagnostics) \
                        and result.module_name is None:
                    self._abort_model(context, result.diagnostics)
                document = result.to_json()
                text, report_error, _ = compile_summary(result, label, request.report or None)
                return pb.CompileEvent(result=pb.CompileResult(
                    ok=result.ok and report_error is None, output=result.output or "",
                    artifact=result.artifact or b"", cache=result.cache or "", json=json.dumps(document),
                    timings_ms=result.timings_ms, warnings=result.warnings, text=text,
                    exit_status=0 if result.ok and report_error is None else 1))

            yield from streamed(work, lambda *p: pb.CompileEvent(progress=_progress(*p)), result_event, True)

    def Diagnose(self, request, context):
        with self.daemon.activity():
            from nccd.compiler.options import TARGETS

            target = request.target or "trn1"
            if target not in TARGETS:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                              f"unknown target '{target}': valid targets are {', '.join(TARGETS)}")
            max_bytes = request.max_input_bytes or None
            data, label = self._model(request.model, context, max_bytes)
            report = self.engine.diagnose_bytes(data, target, max_bytes, label)
            if report.module_name is None and report.diagnostics:
                self._abort_model(context, report.diagnostics)
            from nccd.clients.cli.commands import format_report

            return pb.JsonReply(json=json.dumps(report.to_json()), ok=report.ok, text=format_report(report),
                                exit_status=0 if report.ok else 1)

    def _run_cli(self, argv: list[str]) -> tuple[int, str, str]:
        from nccd.clients.cli.commands import run_command

        out, err = io.StringIO(), io.StringIO()
        status = run_command(argv, Console(out=out, err=err, cwd="/", env={}, engine=self.engine))
        return status, out.getvalue(), err.getvalue()

    def _json_command(self, context, argv: list[str]) -> pb.JsonReply:
        status, out, err = self._run_cli(argv + ["--json"])
        if status == 2:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, err.strip().removeprefix("ncc: error: "))
        text_status, text, text_err = self._run_cli(argv)
        return pb.JsonReply(json=out, ok=status == 0, text=text + text_err, exit_status=status)

    def ListOperators(self, request, context):
        with self.daemon.activity():
            return self._json_command(context, ["list-operators"] + (["--target", request.target]
                                                                     if request.target else []))

    def Inspect(self, request, context):
        with self.daemon.activity():
            return self._json_command(context, ["inspect", request.path])

    def Run(self, request, context):
        with self.daemon.activity():
            from nccd.clients.cli.artifact_commands import format_run

            argv = ["run", request.artifact]
            argv += ["--inputs", request.inputs] if request.inputs else ["--random-inputs", str(request.random_seed)]
            argv += ["--output", request.output] if request.output else []
            status, out, err = self._run_cli(argv + ["--json"])
            if status == 2:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, err.strip().removeprefix("ncc: error: "))
            text = format_run(json.loads(out)) if status == 0 and out else err
            return pb.RunReply(ok=status == 0, json=out, text=text, exit_status=status)

    def Watch(self, request, context):
        from nccd.compiler.options import FlagError

        try:
            options = self.daemon.options_from_flags(list(request.flags))
        except FlagError as exc:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        missing = [p for p in request.paths if not os.path.exists(p)]
        if not request.paths or missing:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                          f"no such file or directory: {missing[0]}" if missing else "no paths to watch")
        from .watcher import WatchSession

        session = WatchSession(self.engine, list(request.paths), options, ["compile", *request.flags],
                               debounce_s=(request.debounce_ms or 200.0) / 1e3,
                               output_dir=request.output_dir or None)
        context.add_callback(session.stop)
        with self.daemon.watching(session):
            try:
                session.start()
                # the initial metadata tells the client that the watch is live: a save from now on is seen
                context.send_initial_metadata(((WATCH_READY_METADATA, "1"),))
                for event in session.events():
                    yield pb.WatchEvent(**event)
            finally:
                session.close()

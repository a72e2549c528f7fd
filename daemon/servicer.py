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
import sys
import threading
import time
from typing import Callable, NoReturn, TextIO, cast

import grpc

from nccd.compiler.diagnostics import HloError

from nccd.proto import paths

from . import typed_api
from ._proto import daemon_pb2 as pb
from ._proto import daemon_pb2_grpc
from .cancel import CancelToken, Cancelled
from .commands.artifact_commands import (RunRefused, check_run_memory, compile_summary, execute,
                                         format_inspect, inspect_document, load_runnable)
from .commands.backend import WarmBackend
from .commands.command_line import format_report, run_command
from .commands.common import Console
from .engine import Engine

log = logging.getLogger("nccd")

DIAGNOSTICS_METADATA = "x-nccd-diagnostics"
#: Sent as the Watch stream's initial metadata once the files are watched.
WATCH_READY_METADATA = "x-nccd-watching"
#: Progress is re-sent this often while work runs, so a client's display stays alive.
_HEARTBEAT_S = 0.25
#: Commands that only make sense in the client process.
_CLIENT_SIDE = frozenset({"daemon", "lsp"})
#: Commands that print until they are stopped: only for a client that reads their output as it comes.
_STREAMED_ONLY = frozenset({"watch"})


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
    mine = {**engine.config.to_json(), "interpreter": sys.prefix}
    other = [f"{key} is {mine[key]}, the client wants {wanted}" for key, wanted in sorted(config.items())
             if key in mine and mine[key] != wanted]
    # another configuration is someone else's daemon: the client gets its own instead of restarting this
    return {"compatible": not (reasons or other), "restart_reason": "; ".join(reasons + other),
            "daemon_version": version, "protocol": paths.PROTOCOL, "pid": os.getpid(),
            "other_configuration": bool(other)}


def command_events(daemon, engine: Engine, argv: list[str], cwd: str, env: dict, with_progress: bool,
                   progress_event: Callable, done_event: Callable, output_event: Callable | None = None,
                   cancel: CancelToken | None = None):
    """Run an `ncc` command line as `ncc --no-daemon` would, on the warm engine (both transports):
    progress events while it runs, then ``done_event({"stdout", "stderr", "exit_status"})``.

    With ``output_event(stream, text)`` what the command prints is sent as it is printed
    (`ncc compile-many`'s progress and JSON lines, `ncc watch`) instead of in the done event.
    ``cancel`` is cancelled when the client goes away: the command stops at its next stage."""
    command = next((a for a in argv if not a.startswith("-")), None)
    refusal = ("runs in the client, not in the daemon" if command in _CLIENT_SIDE else
               "needs a client that reads its output as it is printed" if command in _STREAMED_ONLY
               and output_event is None else None)
    if refusal is not None:
        yield done_event({"stdout": "", "stderr": f"ncc: error: `ncc {command}` {refusal}\n", "exit_status": 2})
        return
    cancel = cancel or CancelToken()
    backend = WarmBackend(engine, daemon)
    if output_event is not None:
        yield from _printed_as_it_goes(backend, argv, cwd, env, with_progress, output_event, done_event, cancel)
        return

    def work(progress):
        out, err = io.StringIO(), io.StringIO()
        console = Console(out=out, err=err, cwd=cwd or None, env=env, backend=backend, progress=progress,
                          cancel=cancel)
        status = run_command(argv, console)
        return {"stdout": out.getvalue(), "stderr": err.getvalue(), "exit_status": status}

    yield from streamed(work, progress_event, done_event, with_progress)


class _Forwarded(io.TextIOBase):
    """A command's stdout or stderr in the daemon, sent to the client write by write."""

    def __init__(self, name: str, chunks: queue.Queue, tty: bool, gone: threading.Event):
        self.name, self.chunks, self.tty, self.gone = name, chunks, tty, gone

    def write(self, text: str) -> int:
        if self.gone.is_set():  # the client went away: the command stops at its next print
            raise BrokenPipeError(f"the client stopped reading {self.name}")
        if text:
            self.chunks.put((self.name, text))
        return len(text)

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.tty


def _printed_as_it_goes(backend, argv, cwd, env, with_progress, output_event, done_event, cancel):
    chunks: queue.Queue = queue.Queue()
    gone = threading.Event()
    finished = object()

    def run() -> None:
        try:
            console = Console(out=cast(TextIO, _Forwarded("stdout", chunks, False, gone)),
                              err=cast(TextIO, _Forwarded("stderr", chunks, with_progress, gone)),
                              cwd=cwd or None, env=env, backend=backend, cancel=cancel)
            chunks.put((finished, run_command(argv, console)))
        except BaseException as exc:  # re-raised in the connection's thread, which reports it
            chunks.put((finished, exc))

    threading.Thread(target=run, name="nccd-work", daemon=True).start()
    try:
        while True:
            name, value = chunks.get()
            if name is finished:
                if isinstance(value, BaseException):
                    raise value
                yield done_event({"stdout": "", "stderr": "", "exit_status": value})
                return
            yield output_event(name, value)
    finally:
        gone.set()


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
        return typed_api.status_reply(self.daemon.status())

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
        return typed_api.cache_reply(command, document, json.dumps(document, indent=2))

    # -- the command line --------------------------------------------------------------------------
    def Command(self, request, context):
        with self.daemon.activity():
            cancel = CancelToken()
            context.add_callback(lambda: cancel.cancel(f"{context.peer()} went away"))
            yield from command_events(self.daemon, self.engine, list(request.argv), request.cwd, dict(request.env),
                                      request.progress, lambda *p: pb.CommandEvent(progress=_progress(*p)),
                                      lambda done: pb.CommandEvent(done=pb.CommandDone(**done)), cancel=cancel)

    # -- batches ---------------------------------------------------------------------------------
    def CompileMany(self, request, context):
        from nccd.compiler.options import FlagError

        from .batch import BatchError, LocalExecutor, stream_batch

        with self.daemon.activity():
            try:
                options = self.daemon.options_from_flags(list(request.flags))
            except FlagError as exc:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
            relative = [p for p in [*request.paths, request.report] if p and not os.path.isabs(p)]
            if not request.paths or relative:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"path {relative[0]!r} is not absolute"
                              if relative else "the request names no models (set paths)")
            executor = LocalExecutor(request.workers or os.cpu_count() or 1)
            cancelled, finished = threading.Event(), threading.Event()

            def on_end() -> None:  # gRPC calls this when the call ends: at once when the client cancels
                if not finished.is_set():
                    log.info("CompileMany cancelled by %s: no more graphs start", context.peer())
                cancelled.set()

            context.add_callback(on_end)
            events = stream_batch(list(request.paths), options, self.engine.config.cache_dir, executor,
                                  request.max_input_bytes or None, report_path=request.report or None,
                                  cancelled=cancelled)
            try:
                for event in events:
                    if event["event"] == "done":
                        finished.set()
                    yield pb.BatchEvent(event=event["event"], json=json.dumps(event))
            except BatchError as exc:
                finished.set()
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))

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
        from nccd.compiler.options import FlagError

        with self.daemon.activity():
            try:
                options = self.daemon.options_from_flags(list(request.flags))
            except FlagError as exc:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
            max_bytes = request.max_input_bytes or None
            data, label = self._model(request.model, context, max_bytes)

            cancel = CancelToken()

            def caller_gone() -> None:  # also called when the call ends normally: then nothing is cancelled
                if cancel.cancel(f"{context.peer()} went away"):
                    log.info("grpc Compile of %s cancelled, its caller went away", label)

            context.add_callback(caller_gone)

            def work(progress):
                return self.engine.compile_bytes(data, options, request.output or None, max_bytes,
                                                 ["compile", *request.flags], label=label, progress=progress,
                                                 want_program=bool(request.report), retry_failed=request.retry_failed,
                                                 return_bytes=request.return_artifact, cancel=cancel)

            def result_event(result):
                cancel.finish()  # the work is done: the call's end is no cancellation
                if not result.ok and result.program is None and self._load_error(result.diagnostics) \
                        and result.module_name is None:
                    self._abort_model(context, result.diagnostics)
                text, report_error, report = compile_summary(result, label, request.report or None)
                status = 0 if result.ok and report_error is None else 1
                return pb.CompileEvent(result=typed_api.compile_result(result, text, status, report))

            try:
                yield from streamed(work, lambda *p: pb.CompileEvent(progress=_progress(*p)), result_event, True)
            except Cancelled:  # nobody is left to answer; the engine logged it
                return

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
            return typed_api.diagnose_reply(report, format_report(report))

    def ListOperators(self, request, context):
        with self.daemon.activity():
            from nccd.compiler.options import DEFAULT_TARGET, TARGETS
            from nccd.compiler.targets.tables import list_operators, operators_json

            if request.target and request.target not in TARGETS:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                              f"unknown target '{request.target}': valid targets are {', '.join(TARGETS)}")
            names = list_operators(request.target or DEFAULT_TARGET)
            return typed_api.operator_table(operators_json(request.target or None),
                                            "".join(name + "\n" for name in names))

    def _artifact(self, request, context) -> tuple[bytes, str]:
        """The .ncx bytes a request names (by path or content) and how messages name it."""
        from nccd.compiler.artifact import container

        which = request.WhichOneof("artifact")
        if which is None:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "the request names no artifact (set path or content)")
        if which == "content":
            return request.content, "<content>"
        if not os.path.isabs(request.path):
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, f"artifact path {request.path!r} is not absolute")
        try:
            return container.read_bytes(request.path, request.path), request.path
        except HloError as exc:
            self._abort_model(context, exc.diagnostics)

    def Inspect(self, request, context):
        with self.daemon.activity():
            data, label = self._artifact(request, context)
            document, _ = inspect_document(data, label)
            return typed_api.artifact_info(document, format_inspect(document, label), 0 if document["ok"] else 1)

    def Run(self, request, context):
        """`ncc run`'s checks (the command layer's load_runnable, check_run_memory, execute), on tensors
        in and out: each refusal is one diagnostic in the reply, never a failed call."""
        with self.daemon.activity():
            from nccd.compiler import diagnostics as D
            from nccd.compiler.runtime.budget import run_memory_budget

            data, label = self._artifact(request, context)
            try:
                loaded, program = load_runnable(lambda: self.engine.load_executable_bytes(data, label))
                check_run_memory(program, run_memory_budget(os.environ), drawn=request.random_inputs)
                if request.random_inputs:
                    inputs = program.random_inputs(request.random_seed)
                elif len(request.inputs) != len(program.inputs):
                    raise RunRefused(D.RUN_BAD_INPUT.code, f"{label} takes {len(program.inputs)} input(s) "
                                     f"{program.signature_text()}, got {len(request.inputs)}")
                else:
                    try:
                        inputs = [typed_api.array(t, p) for t, p in zip(request.inputs, program.inputs)]
                    except typed_api.TensorError as exc:
                        raise RunRefused(D.RUN_BAD_INPUT.code, str(exc)) from None
                outputs, run_ms = execute(program, inputs)
            except RunRefused as exc:
                diagnostic = D.Diagnostic(exc.code, exc.message, file=label)
                return pb.RunReply(ok=False, diagnostics=[typed_api.diagnostic(diagnostic)],
                                   text=diagnostic.format() + "\n", exit_status=1)
            tensors = [typed_api.tensor(value, spec.shape.element_type) for value, spec in zip(outputs, program.outputs)]
            return pb.RunReply(ok=True, outputs=tensors, run_ms=run_ms, exit_status=0,
                               text=f"{label}: ran {loaded.module.name} in {run_ms:.1f} ms\n")

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
        from .watcher import WatchRefused, WatchSession

        try:
            with self.daemon.watch_slot():  # bounded: each stream holds a server thread while it lives
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
                            yield _watch_event(event)
                    finally:
                        session.close()
        except WatchRefused as exc:
            context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, exc.report())


def _watch_event(event: dict) -> pb.WatchEvent:
    """A watch session's event (daemon/watcher.py) as the API's message."""
    result = event["result"]
    fields = {k: v for k, v in event.items() if k not in ("result", "cli_json")}
    return pb.WatchEvent(**fields, cli_json=event["cli_json"],
                         result=typed_api.compile_result(result, event["summary"], 0 if result.ok else 1, None))

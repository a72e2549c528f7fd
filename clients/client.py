"""Python client for the nccd daemon: what `ncc` uses, and what other services can use.

    from nccd.clients.client import Client

    with Client() as nccd:                       # starts the daemon if it is not running
        reply = nccd.compile("model.hlo.txt", target="trn2", flags=["-O3"], output="model.ncx")
        print(reply.ok, reply.cache, reply.result["compile_ms"])
        report = nccd.diagnose("model.hlo.txt", target="inf2")   # the `ncc diagnose --json` document

Every method raises :class:`DaemonUnavailable` when no daemon answers and none can be
started, :class:`UntrustedRuntimeDir` (before sending anything) when the runtime directory or
its socket could be another user's, :class:`ModelError` (with the diagnostics) for a model that cannot be read, and
:class:`DaemonError` for anything else the daemon refused.

The module imports grpc and the standard library only (no protobuf, no numpy): messages
go through proto/wire.py, so a short-lived `ncc` answers a warm compile quickly.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import grpc

from nccd.proto import __version__
from nccd.proto import paths
from nccd.proto.paths import UntrustedRuntimeDir  # noqa: F401  (re-exported: callers catch it from here)

from nccd.proto import wire

from . import spawn
from .spawn import DaemonUnavailable  # noqa: F401  (re-exported: callers catch it from here)

_CHANNEL_OPTIONS = [("grpc.max_send_message_length", paths.MAX_MESSAGE_BYTES),
                    ("grpc.max_receive_message_length", paths.MAX_MESSAGE_BYTES),
                    ("grpc.enable_retries", 0)]
DIAGNOSTICS_METADATA = "x-nccd-diagnostics"
WATCH_READY_METADATA = "x-nccd-watching"  # daemon/servicer.py sends it once the files are watched


class _NoSocket(Exception):
    """No socket where the daemon would listen: none runs there."""


class DaemonError(RuntimeError):
    """The daemon answered a call with an error."""

    def __init__(self, code: str, details: str):
        super().__init__(f"{code}: {details}")
        self.code, self.details = code, details


class ModelError(DaemonError):
    """The model could not be read (INVALID_ARGUMENT); ``diagnostics`` says where and why."""

    def __init__(self, details: str, diagnostics: list[dict]):
        super().__init__("INVALID_ARGUMENT", details)
        self.diagnostics = diagnostics


if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


class CompileReply:
    """What a compile returned: ``result`` is the `ncc compile --json` document."""

    def __init__(self, ok: bool, output: str | None, cache: str, result: dict, timings_ms: dict | None = None,
                 warnings: list[str] | None = None, artifact: bytes | None = None, text: str = "",
                 exit_status: int = 0):
        self.ok, self.output, self.cache, self.result = ok, output, cache, result
        self.timings_ms, self.warnings = timings_ms or {}, warnings or []
        self.artifact, self.text, self.exit_status = artifact, text, exit_status

    def __repr__(self) -> str:
        return f"CompileReply(ok={self.ok}, output={self.output!r}, cache={self.cache!r})"


#: CacheOutcome (proto/ncc/v1/daemon.proto) -> the names `ncc compile --json` uses.
CACHE_OUTCOMES = {1: "miss", 2: "memory", 3: "disk", 4: "incremental", 5: "bypass", 6: "failure-cached"}


def _artifact_fields(artifact, content: bytes | None) -> dict:
    if content is not None:
        return {"content": content}
    if artifact is None:
        raise ValueError("give an artifact path or content=")
    return {"path": os.path.abspath(os.fspath(artifact))}


def _model_fields(model, content: bytes | None, name: str | None) -> dict:
    if content is not None:
        return {"content": bytes(content), "name": name or "<content>"}
    if model is None:
        raise ValueError("pass a model path or content=")
    path = os.path.abspath(os.fspath(model))
    return {"path": path, "name": name or os.fspath(model)}


class Client:
    """A connection to the daemon of this user (or of ``runtime_dir``, or at ``address``)."""

    def __init__(self, runtime_dir: str | os.PathLike | None = None, *, address: str | None = None,
                 token: str | None = None, autostart: bool = True, start_timeout: float | None = None,
                 daemon_args: list[str] | tuple = (), on_restart: Callable[[str], None] | None = None,
                 config: dict[str, str] | None = None, check_compatible: bool = True):
        """``config``: the daemon settings to require (default: from NCC_CACHE_DIR etc. in the
        environment); ``check_compatible=False`` talks to whatever daemon runs (status, stop)."""
        self.files = paths.files(Path(runtime_dir) if runtime_dir is not None else None)
        self.address = address or self.files.address()
        self._own_files = address is None  # may move to the daemon of its configuration (cfg-HASH)
        self.autostart = autostart and address is None
        self.daemon_args = list(daemon_args)
        self.on_restart = on_restart
        self.start_timeout = spawn.start_timeout(start_timeout)
        self._token = token
        self.config = paths.requested_config() if config is None else dict(config)
        self.check_compatible = check_compatible
        self._channel: grpc.Channel | None = None
        self._calls: dict[str, Callable] = {}
        self.daemon: dict | None = None  # the handshake reply

    # -- connection ----------------------------------------------------------------------------
    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._channel is not None:
            self._channel.close()
        self._channel, self._calls = None, {}

    @classmethod
    def if_running(cls, runtime_dir=None, **kwargs) -> "Client | None":
        """A connected client when a compatible daemon is running; None otherwise (starts nothing)."""
        client = cls(runtime_dir, autostart=False, **kwargs)
        try:
            client.connect()
        except (DaemonUnavailable, paths.RuntimeDirError):  # nothing running, or nothing we may talk to
            client.close()
            return None
        return client

    def _metadata(self):
        token = self._token
        if token is None and not self.address.startswith("unix:"):
            try:
                token = Path(self.files.token).read_text().strip()
            except OSError:
                token = None
        return ((paths.TOKEN_HEADER, token),) if token else None

    def _method(self, name: str):
        call = self._calls.get(name)
        if call is None:
            if self._channel is None:
                self._channel = grpc.insecure_channel(self.address, options=_CHANNEL_OPTIONS)
            path, request_type, reply_type, streaming = wire.METHODS[name]
            factory = self._channel.unary_stream if streaming else self._channel.unary_unary
            call = factory(path, request_serializer=lambda values, t=request_type: wire.encode(t, values),
                           response_deserializer=lambda data, t=reply_type: wire.decode(t, data))
            self._calls[name] = call
        return call

    def _check_socket(self) -> None:
        """Before any byte is sent over a Unix socket: its directory and the socket are ours
        (UntrustedRuntimeDir otherwise; FileNotFoundError, a ConnectionError's cousin, when absent)."""
        if self.address.startswith("unix:"):
            paths.check_socket(Path(self.address.removeprefix("unix://").removeprefix("unix:")))

    def _handshake(self, timeout: float) -> dict:
        try:
            self._check_socket()
        except FileNotFoundError as exc:  # nobody there: as a refused connection
            raise _NoSocket(exc) from None
        return self._method("Handshake")(
            {"client_version": __version__, "protocol": paths.PROTOCOL, "config": self.config},
            timeout=timeout, metadata=self._metadata())

    def _try_handshake(self) -> dict | None:
        """The handshake of the daemon at ``self.address``; None when none answers there."""
        try:
            return self._handshake(timeout=5.0)
        except _NoSocket:
            return None
        except grpc.RpcError as exc:
            if exc.code() not in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                raise _error(exc) from None
            return None

    def _use(self, files: paths.DaemonFiles) -> None:
        self.close()
        self.files, self.address = files, files.address()

    def connect(self) -> dict:
        """Handshake with the daemon, starting or restarting it as needed; returns its reply.

        The runtime directory's daemon serves clients of its configuration; a client configured
        otherwise (cache directory, interpreter, budgets) uses a daemon of its own in ``cfg-HASH``
        instead of restarting one someone else uses. Only another version is restarted."""
        if self.daemon is not None:
            return self.daemon
        reply = self._try_handshake()
        if self._own_files:
            own = paths.configured_files(self.files.root, self.config)
            if reply is None:  # nobody in the runtime directory: ours may run beside an earlier other one
                primary = self.files
                self._use(own)
                reply = self._try_handshake()
                if reply is None or reply["other_configuration"]:
                    self._use(primary)
                    reply = None
            elif reply["other_configuration"]:
                self._use(own)
                reply = self._try_handshake()
        started = False
        if reply is None:
            if not self.autostart:
                raise DaemonUnavailable(f"no nccd daemon answers at {self.address}")
            reply, started = self._start(), True
        if not reply["compatible"] and (self.check_compatible or reply["other_configuration"]):
            if not self.autostart or reply["other_configuration"]:
                if started:  # ours, and of no use to us: not left running
                    self._stop_daemon(reply)
                raise DaemonUnavailable(f"the running daemon is not compatible: {reply['restart_reason']}")
            if self.on_restart is not None:
                self.on_restart(reply["restart_reason"])
            self._stop_daemon(reply)
            reply = self._start()
            if not reply["compatible"]:
                raise DaemonUnavailable(f"the daemon started for this client is not compatible: "
                                        f"{reply['restart_reason']}")
        self.daemon = reply
        return reply

    def _stop_daemon(self, reply: dict) -> None:
        try:
            self._method("Shutdown")({"grace_s": 30.0}, timeout=10, metadata=self._metadata())
        except grpc.RpcError:
            pass
        spawn.wait_stopped(self.files)
        self.close()

    def _start(self) -> dict:
        """Start a detached daemon (one at a time: the spawn lock) and wait until it answers."""
        def ready(timeout: float) -> dict:
            try:
                return self._handshake(timeout=timeout)
            except _NoSocket as exc:
                raise ConnectionError(str(exc)) from None
            except grpc.RpcError as exc:
                raise ConnectionError(str(exc.code())) from None

        return spawn.start_daemon(self.files, self.config, ready, self.daemon_args, self.start_timeout,
                                  between=self.close)

    def _call(self, name: str, request: dict, timeout: float | None = None) -> dict:
        self.connect()
        try:
            return self._method(name)(request, timeout=timeout, metadata=self._metadata())
        except grpc.RpcError as exc:
            raise _error(exc) from None

    def _stream(self, name: str, request: dict, timeout: float | None = None) -> Iterator[dict]:
        self.connect()
        try:
            yield from self._method(name)(request, timeout=timeout, metadata=self._metadata())
        except grpc.RpcError as exc:
            raise _error(exc) from None

    # -- the API -------------------------------------------------------------------------------
    def compile(self, model=None, *, content: bytes | None = None, name: str | None = None,
                target: str | None = None, flags: list[str] | tuple = (), output: str | None = None,
                return_artifact: bool = False, retry_failed: bool = False, report: str | None = None,
                progress: Callable[[str, str, float], None] | None = None) -> CompileReply:
        """Compile a model (a path on this machine, or ``content=`` bytes) with neuronx-cc flags.

        ``output`` writes the artifact there; ``return_artifact`` puts its bytes in the reply."""
        flags = list(flags) + (["--target", target] if target else [])
        request = {"model": _model_fields(model, content, name), "flags": flags,
                   "output": os.path.abspath(output) if output else "", "return_artifact": return_artifact,
                   "retry_failed": retry_failed, "report": os.path.abspath(report) if report else ""}
        for event in self._stream("Compile", request):
            if event["progress"] is not None and progress is not None:
                p = event["progress"]
                progress(p["stage"], p["message"], p["elapsed_ms"])
            if event["result"] is not None:
                import json

                r = event["result"]
                return CompileReply(r["ok"], r["output"] or None, CACHE_OUTCOMES.get(r["cache"], ""),
                                    json.loads(r["cli_json"]),
                                    r["timings_ms"], r["warnings"], r["artifact"] if return_artifact else None,
                                    r["text"], r["exit_status"])
        raise DaemonError("INTERNAL", "the compile stream ended without a result")

    def diagnose(self, model=None, *, content: bytes | None = None, name: str | None = None,
                 target: str = "trn1") -> dict:
        """The `ncc diagnose --json` document."""
        import json

        reply = self._call("Diagnose", {"model": _model_fields(model, content, name), "target": target})
        return json.loads(reply["cli_json"])

    def list_operators(self, target: str | None = None):
        """Every operator with its support per target (a list, as `ncc list-operators --json`)."""
        import json

        return json.loads(self._call("ListOperators", {"target": target or ""})["cli_json"])

    def inspect(self, artifact=None, *, content: bytes | None = None) -> dict:
        """The `ncc inspect --json` document of an .ncx (a path on this machine, or ``content=`` bytes)."""
        import json

        return json.loads(self._call("Inspect", _artifact_fields(artifact, content))["cli_json"])

    def run(self, artifact=None, inputs=None, *, content: bytes | None = None, seed: int | None = None,
            output=None) -> dict:
        """Execute an artifact on the daemon's CPU runtime: tensors in, tensors out.

        ``inputs``: numpy arrays in parameter order, or an .npz path (its arrays in order); none and
        ``seed=N``: seeded random inputs. Returns {"ok", "outputs": [numpy arrays], "run_ms",
        "diagnostics", "text"}; ``output`` also writes the outputs to that .npz. Needs numpy."""
        from . import tensors

        request = _artifact_fields(artifact, content)
        if inputs is None and seed is not None:
            request.update(random_inputs=True, random_seed=seed)
        else:
            request["inputs"] = [tensors.to_wire(a) for a in tensors.arrays(inputs)]
        reply = self._call("Run", request)
        outputs = [tensors.from_wire(t) for t in reply["outputs"]]
        if output is not None and reply["ok"]:
            tensors.save(outputs, output)
        return {"ok": reply["ok"], "outputs": outputs, "run_ms": reply["run_ms"],
                "diagnostics": reply["diagnostics"], "text": reply["text"]}

    def watch(self, paths_: list, flags: list[str] | tuple = (), *, debounce_ms: float = 0,
              output_dir: str | None = None) -> "EventStream":
        """One event per compile of a watched model (WatchEvent fields), until ``cancel()``.

        Returns once the daemon watches the files (or raises), so no save after the call is missed."""
        request = {"paths": [os.path.abspath(os.fspath(p)) for p in paths_], "flags": list(flags),
                   "debounce_ms": debounce_ms, "output_dir": os.path.abspath(output_dir) if output_dir else ""}
        self.connect()
        call = self._method("Watch")(request, metadata=self._metadata())
        # sent once the daemon watches the files: from now on no save is missed
        ready = dict(call.initial_metadata() or ()).get(WATCH_READY_METADATA) == "1"
        if not ready and call.code() is not grpc.StatusCode.OK:  # refused (a bad path, a bound...) instead
            raise _error(call)
        return EventStream(call)

    def compile_many(self, paths_: list, flags: list[str] | tuple = (), *, workers: int = 0,
                     report=None, max_input_bytes: int = 0) -> Iterator[dict]:
        """A batch (`ncc compile-many`) on the daemon's machine: yields its events as they come,
        each the object `ncc compile-many --json` prints as a line (plan, graph..., done).
        Closing the iterator early cancels the compiles that have not started."""
        import json

        request = {"paths": [os.path.abspath(os.fspath(p)) for p in paths_], "flags": list(flags),
                   "workers": workers, "max_input_bytes": max_input_bytes,
                   "report": os.path.abspath(os.fspath(report)) if report else ""}
        self.connect()
        call = self._method("CompileMany")(request, metadata=self._metadata())
        try:
            for event in call:
                yield json.loads(event["json"])
        except grpc.RpcError as exc:
            raise _error(exc) from None
        finally:
            call.cancel()  # a no-op once the batch is done; stops it when the caller stopped reading

    def status(self) -> dict:
        import json

        return json.loads(self._call("Status", {}, timeout=10)["cli_json"])

    def cache(self, command: str, max_bytes: int = 0) -> dict:
        import json

        return json.loads(self._call("Cache", {"command": command, "max_bytes": max_bytes})["cli_json"])

    def shutdown(self, grace_s: float = 30.0) -> bool:
        return self._call("Shutdown", {"grace_s": grace_s}, timeout=10)["stopping"]

    def command(self, argv: list[str], *, cwd: str | None = None, env: dict | None = None,
                progress: Callable[[str, str, float], None] | None = None) -> dict:
        """Run an `ncc` command line in the daemon: {"stdout", "stderr", "exit_status"}."""
        request = {"argv": list(argv), "cwd": cwd or os.getcwd(),
                   "env": env if env is not None else {k: v for k, v in os.environ.items() if k.startswith("NCC_")},
                   "progress": progress is not None}
        for event in self._stream("Command", request):
            if event["progress"] is not None and progress is not None:
                p = event["progress"]
                progress(p["stage"], p["message"], p["elapsed_ms"])
            if event["done"] is not None:
                return event["done"]
        raise DaemonError("INTERNAL", "the command stream ended without a result")


class EventStream:
    """A server stream: iterate for events; ``cancel()`` ends it from any thread."""

    def __init__(self, call):
        self._call = call

    def __iter__(self):
        try:
            yield from self._call
        except grpc.RpcError as exc:
            if exc.code() is grpc.StatusCode.CANCELLED and self._call.cancelled():
                return  # we ended it
            raise _error(exc) from None

    def cancel(self) -> None:
        self._call.cancel()


def _error(exc: grpc.RpcError) -> Exception:
    code = exc.code()
    details = exc.details() or ""
    if code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.CANCELLED):
        return DaemonUnavailable(f"the daemon stopped answering ({details or code.name})")
    if code is grpc.StatusCode.RESOURCE_EXHAUSTED and "larger than max" in details:
        # refused by gRPC from the length prefix, before the daemon read the request
        sizes = details.rpartition("(")[2].rstrip(")")  # "1610612763 vs. 537919488"
        return DaemonError(code.name, f"NCC-E010: the request is larger than the daemon reads ({sizes} bytes: "
                                      "its model limit, NCC_MAX_INPUT_BYTES, and 1 MiB); pass the model by path, or "
                                      "start the daemon with a larger NCC_MAX_INPUT_BYTES")
    if code is grpc.StatusCode.INVALID_ARGUMENT:
        import json

        trailing = dict(exc.trailing_metadata() or ())
        try:
            diagnostics = json.loads(trailing.get(DIAGNOSTICS_METADATA, "[]"))
        except ValueError:
            diagnostics = []
        return ModelError(details, diagnostics)
    return DaemonError(code.name, details)


from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class HandshakeRequest(_message.Message):
    __slots__ = ("client_version", "protocol", "config")
    class ConfigEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CLIENT_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    client_version: str
    protocol: int
    config: _containers.ScalarMap[str, str]
    def __init__(self, client_version: _Optional[str] = ..., protocol: _Optional[int] = ..., config: _Optional[_Mapping[str, str]] = ...) -> None: ...

class HandshakeReply(_message.Message):
    __slots__ = ("compatible", "restart_reason", "daemon_version", "protocol", "pid")
    COMPATIBLE_FIELD_NUMBER: _ClassVar[int]
    RESTART_REASON_FIELD_NUMBER: _ClassVar[int]
    DAEMON_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    PID_FIELD_NUMBER: _ClassVar[int]
    compatible: bool
    restart_reason: str
    daemon_version: str
    protocol: int
    pid: int
    def __init__(self, compatible: _Optional[bool] = ..., restart_reason: _Optional[str] = ..., daemon_version: _Optional[str] = ..., protocol: _Optional[int] = ..., pid: _Optional[int] = ...) -> None: ...

class Model(_message.Message):
    __slots__ = ("path", "content", "name")
    PATH_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    path: str
    content: bytes
    name: str
    def __init__(self, path: _Optional[str] = ..., content: _Optional[bytes] = ..., name: _Optional[str] = ...) -> None: ...

class CompileRequest(_message.Message):
    __slots__ = ("model", "flags", "output", "return_artifact", "retry_failed", "report", "max_input_bytes")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_FIELD_NUMBER: _ClassVar[int]
    RETURN_ARTIFACT_FIELD_NUMBER: _ClassVar[int]
    RETRY_FAILED_FIELD_NUMBER: _ClassVar[int]
    REPORT_FIELD_NUMBER: _ClassVar[int]
    MAX_INPUT_BYTES_FIELD_NUMBER: _ClassVar[int]
    model: Model
    flags: _containers.RepeatedScalarFieldContainer[str]
    output: str
    return_artifact: bool
    retry_failed: bool
    report: str
    max_input_bytes: int
    def __init__(self, model: _Optional[_Union[Model, _Mapping]] = ..., flags: _Optional[_Iterable[str]] = ..., output: _Optional[str] = ..., return_artifact: _Optional[bool] = ..., retry_failed: _Optional[bool] = ..., report: _Optional[str] = ..., max_input_bytes: _Optional[int] = ...) -> None: ...

class Progress(_message.Message):
    __slots__ = ("stage", "message", "elapsed_ms")
    STAGE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ELAPSED_MS_FIELD_NUMBER: _ClassVar[int]
    stage: str
    message: str
    elapsed_ms: float
    def __init__(self, stage: _Optional[str] = ..., message: _Optional[str] = ..., elapsed_ms: _Optional[float] = ...) -> None: ...

class CompileResult(_message.Message):
    __slots__ = ("ok", "output", "artifact", "cache", "json", "timings_ms", "warnings", "text", "exit_status")
    class TimingsMsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: float
        def __init__(self, key: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...
    OK_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_FIELD_NUMBER: _ClassVar[int]
    ARTIFACT_FIELD_NUMBER: _ClassVar[int]
    CACHE_FIELD_NUMBER: _ClassVar[int]
    JSON_FIELD_NUMBER: _ClassVar[int]
    TIMINGS_MS_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EXIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    output: str
    artifact: bytes
    cache: str
    json: str
    timings_ms: _containers.ScalarMap[str, float]
    warnings: _containers.RepeatedScalarFieldContainer[str]
    text: str
    exit_status: int
    def __init__(self, ok: _Optional[bool] = ..., output: _Optional[str] = ..., artifact: _Optional[bytes] = ..., cache: _Optional[str] = ..., json: _Optional[str] = ..., timings_ms: _Optional[_Mapping[str, float]] = ..., warnings: _Optional[_Iterable[str]] = ..., text: _Optional[str] = ..., exit_status: _Optional[int] = ...) -> None: ...

class CompileEvent(_message.Message):
    __slots__ = ("progress", "result")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    progress: Progress
    result: CompileResult
    def __init__(self, progress: _Optional[_Union[Progress, _Mapping]] = ..., result: _Optional[_Union[CompileResult, _Mapping]] = ...) -> None: ...

class DiagnoseRequest(_message.Message):
    __slots__ = ("model", "target", "max_input_bytes")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    MAX_INPUT_BYTES_FIELD_NUMBER: _ClassVar[int]
    model: Model
    target: str
    max_input_bytes: int
    def __init__(self, model: _Optional[_Union[Model, _Mapping]] = ..., target: _Optional[str] = ..., max_input_bytes: _Optional[int] = ...) -> None: ...

class ListOperatorsRequest(_message.Message):
    __slots__ = ("target",)
    TARGET_FIELD_NUMBER: _ClassVar[int]
    target: str
    def __init__(self, target: _Optional[str] = ...) -> None: ...

class InspectRequest(_message.Message):
    __slots__ = ("path",)
    PATH_FIELD_NUMBER: _ClassVar[int]
    path: str
    def __init__(self, path: _Optional[str] = ...) -> None: ...

class JsonReply(_message.Message):
    __slots__ = ("json", "ok", "text", "exit_status")
    JSON_FIELD_NUMBER: _ClassVar[int]
    OK_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EXIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    json: str
    ok: bool
    text: str
    exit_status: int
    def __init__(self, json: _Optional[str] = ..., ok: _Optional[bool] = ..., text: _Optional[str] = ..., exit_status: _Optional[int] = ...) -> None: ...

class RunRequest(_message.Message):
    __slots__ = ("artifact", "inputs", "random_seed", "output")
    ARTIFACT_FIELD_NUMBER: _ClassVar[int]
    INPUTS_FIELD_NUMBER: _ClassVar[int]
    RANDOM_SEED_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_FIELD_NUMBER: _ClassVar[int]
    artifact: str
    inputs: str
    random_seed: int
    output: str
    def __init__(self, artifact: _Optional[str] = ..., inputs: _Optional[str] = ..., random_seed: _Optional[int] = ..., output: _Optional[str] = ...) -> None: ...

class RunReply(_message.Message):
    __slots__ = ("ok", "json", "text", "exit_status")
    OK_FIELD_NUMBER: _ClassVar[int]
    JSON_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EXIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    json: str
    text: str
    exit_status: int
    def __init__(self, ok: _Optional[bool] = ..., json: _Optional[str] = ..., text: _Optional[str] = ..., exit_status: _Optional[int] = ...) -> None: ...

class WatchRequest(_message.Message):
    __slots__ = ("paths", "flags", "debounce_ms", "output_dir")
    PATHS_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    DEBOUNCE_MS_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_DIR_FIELD_NUMBER: _ClassVar[int]
    paths: _containers.RepeatedScalarFieldContainer[str]
    flags: _containers.RepeatedScalarFieldContainer[str]
    debounce_ms: float
    output_dir: str
    def __init__(self, paths: _Optional[_Iterable[str]] = ..., flags: _Optional[_Iterable[str]] = ..., debounce_ms: _Optional[float] = ..., output_dir: _Optional[str] = ...) -> None: ...

class WatchEvent(_message.Message):
    __slots__ = ("path", "ok", "cache", "compile_ms", "errors", "warnings", "output", "summary", "json")
    PATH_FIELD_NUMBER: _ClassVar[int]
    OK_FIELD_NUMBER: _ClassVar[int]
    CACHE_FIELD_NUMBER: _ClassVar[int]
    COMPILE_MS_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    JSON_FIELD_NUMBER: _ClassVar[int]
    path: str
    ok: bool
    cache: str
    compile_ms: float
    errors: int
    warnings: int
    output: str
    summary: str
    json: str
    def __init__(self, path: _Optional[str] = ..., ok: _Optional[bool] = ..., cache: _Optional[str] = ..., compile_ms: _Optional[float] = ..., errors: _Optional[int] = ..., warnings: _Optional[int] = ..., output: _Optional[str] = ..., summary: _Optional[str] = ..., json: _Optional[str] = ...) -> None: ...

class StatusRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class StatusReply(_message.Message):
    __slots__ = ("json",)
    JSON_FIELD_NUMBER: _ClassVar[int]
    json: str
    def __init__(self, json: _Optional[str] = ...) -> None: ...

class CacheRequest(_message.Message):
    __slots__ = ("command", "max_bytes")
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    MAX_BYTES_FIELD_NUMBER: _ClassVar[int]
    command: str
    max_bytes: int
    def __init__(self, command: _Optional[str] = ..., max_bytes: _Optional[int] = ...) -> None: ...

class ShutdownRequest(_message.Message):
    __slots__ = ("grace_s",)
    GRACE_S_FIELD_NUMBER: _ClassVar[int]
    grace_s: float
    def __init__(self, grace_s: _Optional[float] = ...) -> None: ...

class ShutdownReply(_message.Message):
    __slots__ = ("stopping",)
    STOPPING_FIELD_NUMBER: _ClassVar[int]
    stopping: bool
    def __init__(self, stopping: _Optional[bool] = ...) -> None: ...

class CommandRequest(_message.Message):
    __slots__ = ("argv", "cwd", "env", "progress")
    class EnvEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ARGV_FIELD_NUMBER: _ClassVar[int]
    CWD_FIELD_NUMBER: _ClassVar[int]
    ENV_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    argv: _containers.RepeatedScalarFieldContainer[str]
    cwd: str
    env: _containers.ScalarMap[str, str]
    progress: bool
    def __init__(self, argv: _Optional[_Iterable[str]] = ..., cwd: _Optional[str] = ..., env: _Optional[_Mapping[str, str]] = ..., progress: _Optional[bool] = ...) -> None: ...

class CommandDone(_message.Message):
    __slots__ = ("stdout", "stderr", "exit_status")
    STDOUT_FIELD_NUMBER: _ClassVar[int]
    STDERR_FIELD_NUMBER: _ClassVar[int]
    EXIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    stdout: str
    stderr: str
    exit_status: int
    def __init__(self, stdout: _Optional[str] = ..., stderr: _Optional[str] = ..., exit_status: _Optional[int] = ...) -> None: ...

class CommandEvent(_message.Message):
    __slots__ = ("progress", "done")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    progress: Progress
    done: CommandDone
    def __init__(self, progress: _Optional[_Union[Progress, _Mapping]] = ..., done: _Optional[_Union[CommandDone, _Mapping]] = ...) -> None: ...

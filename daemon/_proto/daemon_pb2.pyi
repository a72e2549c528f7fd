from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Severity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEVERITY_UNSPECIFIED: _ClassVar[Severity]
    ERROR: _ClassVar[Severity]
    WARNING: _ClassVar[Severity]
    INFORMATION: _ClassVar[Severity]
    HINT: _ClassVar[Severity]

class CacheOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CACHE_UNSPECIFIED: _ClassVar[CacheOutcome]
    MISS: _ClassVar[CacheOutcome]
    MEMORY: _ClassVar[CacheOutcome]
    DISK: _ClassVar[CacheOutcome]
    INCREMENTAL: _ClassVar[CacheOutcome]
    BYPASS: _ClassVar[CacheOutcome]
    FAILURE_CACHED: _ClassVar[CacheOutcome]
SEVERITY_UNSPECIFIED: Severity
ERROR: Severity
WARNING: Severity
INFORMATION: Severity
HINT: Severity
CACHE_UNSPECIFIED: CacheOutcome
MISS: CacheOutcome
MEMORY: CacheOutcome
DISK: CacheOutcome
INCREMENTAL: CacheOutcome
BYPASS: CacheOutcome
FAILURE_CACHED: CacheOutcome

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
    __slots__ = ("compatible", "restart_reason", "daemon_version", "protocol", "pid", "other_configuration")
    COMPATIBLE_FIELD_NUMBER: _ClassVar[int]
    RESTART_REASON_FIELD_NUMBER: _ClassVar[int]
    DAEMON_VERSION_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    PID_FIELD_NUMBER: _ClassVar[int]
    OTHER_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    compatible: bool
    restart_reason: str
    daemon_version: str
    protocol: int
    pid: int
    other_configuration: bool
    def __init__(self, compatible: _Optional[bool] = ..., restart_reason: _Optional[str] = ..., daemon_version: _Optional[str] = ..., protocol: _Optional[int] = ..., pid: _Optional[int] = ..., other_configuration: _Optional[bool] = ...) -> None: ...

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

class HloLocation(_message.Message):
    __slots__ = ("file", "line", "column", "end_line", "end_column", "instruction", "computation")
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    COLUMN_FIELD_NUMBER: _ClassVar[int]
    END_LINE_FIELD_NUMBER: _ClassVar[int]
    END_COLUMN_FIELD_NUMBER: _ClassVar[int]
    INSTRUCTION_FIELD_NUMBER: _ClassVar[int]
    COMPUTATION_FIELD_NUMBER: _ClassVar[int]
    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    instruction: str
    computation: str
    def __init__(self, file: _Optional[str] = ..., line: _Optional[int] = ..., column: _Optional[int] = ..., end_line: _Optional[int] = ..., end_column: _Optional[int] = ..., instruction: _Optional[str] = ..., computation: _Optional[str] = ...) -> None: ...

class SourceLocation(_message.Message):
    __slots__ = ("file", "line", "column", "function")
    FILE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    COLUMN_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_FIELD_NUMBER: _ClassVar[int]
    file: str
    line: int
    column: int
    function: str
    def __init__(self, file: _Optional[str] = ..., line: _Optional[int] = ..., column: _Optional[int] = ..., function: _Optional[str] = ...) -> None: ...

class Diagnostic(_message.Message):
    __slots__ = ("code", "severity", "message", "hint", "doc", "neuron_code", "hlo", "source", "related")
    CODE_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    HINT_FIELD_NUMBER: _ClassVar[int]
    DOC_FIELD_NUMBER: _ClassVar[int]
    NEURON_CODE_FIELD_NUMBER: _ClassVar[int]
    HLO_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    RELATED_FIELD_NUMBER: _ClassVar[int]
    code: str
    severity: Severity
    message: str
    hint: str
    doc: str
    neuron_code: str
    hlo: HloLocation
    source: SourceLocation
    related: _containers.RepeatedCompositeFieldContainer[SourceLocation]
    def __init__(self, code: _Optional[str] = ..., severity: _Optional[_Union[Severity, str]] = ..., message: _Optional[str] = ..., hint: _Optional[str] = ..., doc: _Optional[str] = ..., neuron_code: _Optional[str] = ..., hlo: _Optional[_Union[HloLocation, _Mapping]] = ..., source: _Optional[_Union[SourceLocation, _Mapping]] = ..., related: _Optional[_Iterable[_Union[SourceLocation, _Mapping]]] = ...) -> None: ...

class TensorSpec(_message.Message):
    __slots__ = ("name", "dtype", "shape")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    SHAPE_FIELD_NUMBER: _ClassVar[int]
    name: str
    dtype: str
    shape: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, name: _Optional[str] = ..., dtype: _Optional[str] = ..., shape: _Optional[_Iterable[int]] = ...) -> None: ...

class Tensor(_message.Message):
    __slots__ = ("dtype", "shape", "data")
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    SHAPE_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    dtype: str
    shape: _containers.RepeatedScalarFieldContainer[int]
    data: bytes
    def __init__(self, dtype: _Optional[str] = ..., shape: _Optional[_Iterable[int]] = ..., data: _Optional[bytes] = ...) -> None: ...

class ReportTotals(_message.Message):
    __slots__ = ("kernels", "estimated_us", "core")
    KERNELS_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_US_FIELD_NUMBER: _ClassVar[int]
    CORE_FIELD_NUMBER: _ClassVar[int]
    kernels: int
    estimated_us: float
    core: str
    def __init__(self, kernels: _Optional[int] = ..., estimated_us: _Optional[float] = ..., core: _Optional[str] = ...) -> None: ...

class CompileResult(_message.Message):
    __slots__ = ("ok", "output", "artifact", "cache", "model", "timings_ms", "warnings", "text", "exit_status", "module", "target", "compile_ms", "fingerprint", "artifact_bytes", "diagnostics", "errors", "warnings_count", "flags", "passes", "report", "cli_json")
    class TimingsMsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: float
        def __init__(self, key: _Optional[str] = ..., value: _Optional[float] = ...) -> None: ...
    class FlagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    OK_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_FIELD_NUMBER: _ClassVar[int]
    ARTIFACT_FIELD_NUMBER: _ClassVar[int]
    CACHE_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    TIMINGS_MS_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EXIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    MODULE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    COMPILE_MS_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    ARTIFACT_BYTES_FIELD_NUMBER: _ClassVar[int]
    DIAGNOSTICS_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_COUNT_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    PASSES_FIELD_NUMBER: _ClassVar[int]
    REPORT_FIELD_NUMBER: _ClassVar[int]
    CLI_JSON_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    output: str
    artifact: bytes
    cache: CacheOutcome
    model: str
    timings_ms: _containers.ScalarMap[str, float]
    warnings: _containers.RepeatedScalarFieldContainer[str]
    text: str
    exit_status: int
    module: str
    target: str
    compile_ms: float
    fingerprint: str
    artifact_bytes: int
    diagnostics: _containers.RepeatedCompositeFieldContainer[Diagnostic]
    errors: int
    warnings_count: int
    flags: _containers.ScalarMap[str, str]
    passes: _containers.RepeatedScalarFieldContainer[str]
    report: ReportTotals
    cli_json: str
    def __init__(self, ok: _Optional[bool] = ..., output: _Optional[str] = ..., artifact: _Optional[bytes] = ..., cache: _Optional[_Union[CacheOutcome, str]] = ..., model: _Optional[str] = ..., timings_ms: _Optional[_Mapping[str, float]] = ..., warnings: _Optional[_Iterable[str]] = ..., text: _Optional[str] = ..., exit_status: _Optional[int] = ..., module: _Optional[str] = ..., target: _Optional[str] = ..., compile_ms: _Optional[float] = ..., fingerprint: _Optional[str] = ..., artifact_bytes: _Optional[int] = ..., diagnostics: _Optional[_Iterable[_Union[Diagnostic, _Mapping]]] = ..., errors: _Optional[int] = ..., warnings_count: _Optional[int] = ..., flags: _Optional[_Mapping[str, str]] = ..., passes: _Optional[_Iterable[str]] = ..., report: _Optional[_Union[ReportTotals, _Mapping]] = ..., cli_json: _Optional[str] = ...) -> None: ...

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
    __slots__ = ("path", "content")
    PATH_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    path: str
    content: bytes
    def __init__(self, path: _Optional[str] = ..., content: _Optional[bytes] = ...) -> None: ...

class DiagnoseReply(_message.Message):
    __slots__ = ("ok", "model", "module", "target", "fingerprint", "diagnostics", "errors", "warnings", "text", "exit_status", "instructions", "supported_percent", "cli_json")
    OK_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    MODULE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    DIAGNOSTICS_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EXIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    INSTRUCTIONS_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_PERCENT_FIELD_NUMBER: _ClassVar[int]
    CLI_JSON_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    model: str
    module: str
    target: str
    fingerprint: str
    diagnostics: _containers.RepeatedCompositeFieldContainer[Diagnostic]
    errors: int
    warnings: int
    text: str
    exit_status: int
    instructions: int
    supported_percent: float
    cli_json: str
    def __init__(self, ok: _Optional[bool] = ..., model: _Optional[str] = ..., module: _Optional[str] = ..., target: _Optional[str] = ..., fingerprint: _Optional[str] = ..., diagnostics: _Optional[_Iterable[_Union[Diagnostic, _Mapping]]] = ..., errors: _Optional[int] = ..., warnings: _Optional[int] = ..., text: _Optional[str] = ..., exit_status: _Optional[int] = ..., instructions: _Optional[int] = ..., supported_percent: _Optional[float] = ..., cli_json: _Optional[str] = ...) -> None: ...

class TargetSupport(_message.Message):
    __slots__ = ("target", "supported", "documented", "dtypes", "constraints", "source")
    TARGET_FIELD_NUMBER: _ClassVar[int]
    SUPPORTED_FIELD_NUMBER: _ClassVar[int]
    DOCUMENTED_FIELD_NUMBER: _ClassVar[int]
    DTYPES_FIELD_NUMBER: _ClassVar[int]
    CONSTRAINTS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    target: str
    supported: bool
    documented: bool
    dtypes: _containers.RepeatedScalarFieldContainer[str]
    constraints: _containers.RepeatedScalarFieldContainer[str]
    source: str
    def __init__(self, target: _Optional[str] = ..., supported: _Optional[bool] = ..., documented: _Optional[bool] = ..., dtypes: _Optional[_Iterable[str]] = ..., constraints: _Optional[_Iterable[str]] = ..., source: _Optional[str] = ...) -> None: ...

class Operator(_message.Message):
    __slots__ = ("name", "list_name", "aliases", "category", "targets")
    NAME_FIELD_NUMBER: _ClassVar[int]
    LIST_NAME_FIELD_NUMBER: _ClassVar[int]
    ALIASES_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    TARGETS_FIELD_NUMBER: _ClassVar[int]
    name: str
    list_name: str
    aliases: _containers.RepeatedScalarFieldContainer[str]
    category: str
    targets: _containers.RepeatedCompositeFieldContainer[TargetSupport]
    def __init__(self, name: _Optional[str] = ..., list_name: _Optional[str] = ..., aliases: _Optional[_Iterable[str]] = ..., category: _Optional[str] = ..., targets: _Optional[_Iterable[_Union[TargetSupport, _Mapping]]] = ...) -> None: ...

class OperatorTable(_message.Message):
    __slots__ = ("operators", "text", "cli_json")
    OPERATORS_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    CLI_JSON_FIELD_NUMBER: _ClassVar[int]
    operators: _containers.RepeatedCompositeFieldContainer[Operator]
    text: str
    cli_json: str
    def __init__(self, operators: _Optional[_Iterable[_Union[Operator, _Mapping]]] = ..., text: _Optional[str] = ..., cli_json: _Optional[str] = ...) -> None: ...

class ArtifactInfo(_message.Message):
    __slots__ = ("ok", "compiler_version", "format_version", "target", "model", "uuid", "created", "payload_bytes", "payload_sha256", "features", "flags", "source", "fingerprint", "inputs", "outputs", "instructions", "passes", "diagnostics", "text", "exit_status", "cli_json")
    class FlagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    OK_FIELD_NUMBER: _ClassVar[int]
    COMPILER_VERSION_FIELD_NUMBER: _ClassVar[int]
    FORMAT_VERSION_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    UUID_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_BYTES_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_SHA256_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    INPUTS_FIELD_NUMBER: _ClassVar[int]
    OUTPUTS_FIELD_NUMBER: _ClassVar[int]
    INSTRUCTIONS_FIELD_NUMBER: _ClassVar[int]
    PASSES_FIELD_NUMBER: _ClassVar[int]
    DIAGNOSTICS_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EXIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    CLI_JSON_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    compiler_version: str
    format_version: str
    target: str
    model: str
    uuid: str
    created: int
    payload_bytes: int
    payload_sha256: str
    features: _containers.RepeatedScalarFieldContainer[str]
    flags: _containers.ScalarMap[str, str]
    source: str
    fingerprint: str
    inputs: _containers.RepeatedCompositeFieldContainer[TensorSpec]
    outputs: _containers.RepeatedCompositeFieldContainer[TensorSpec]
    instructions: int
    passes: _containers.RepeatedScalarFieldContainer[str]
    diagnostics: _containers.RepeatedCompositeFieldContainer[Diagnostic]
    text: str
    exit_status: int
    cli_json: str
    def __init__(self, ok: _Optional[bool] = ..., compiler_version: _Optional[str] = ..., format_version: _Optional[str] = ..., target: _Optional[str] = ..., model: _Optional[str] = ..., uuid: _Optional[str] = ..., created: _Optional[int] = ..., payload_bytes: _Optional[int] = ..., payload_sha256: _Optional[str] = ..., features: _Optional[_Iterable[str]] = ..., flags: _Optional[_Mapping[str, str]] = ..., source: _Optional[str] = ..., fingerprint: _Optional[str] = ..., inputs: _Optional[_Iterable[_Union[TensorSpec, _Mapping]]] = ..., outputs: _Optional[_Iterable[_Union[TensorSpec, _Mapping]]] = ..., instructions: _Optional[int] = ..., passes: _Optional[_Iterable[str]] = ..., diagnostics: _Optional[_Iterable[_Union[Diagnostic, _Mapping]]] = ..., text: _Optional[str] = ..., exit_status: _Optional[int] = ..., cli_json: _Optional[str] = ...) -> None: ...

class RunRequest(_message.Message):
    __slots__ = ("path", "content", "inputs", "random_inputs", "random_seed")
    PATH_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    INPUTS_FIELD_NUMBER: _ClassVar[int]
    RANDOM_INPUTS_FIELD_NUMBER: _ClassVar[int]
    RANDOM_SEED_FIELD_NUMBER: _ClassVar[int]
    path: str
    content: bytes
    inputs: _containers.RepeatedCompositeFieldContainer[Tensor]
    random_inputs: bool
    random_seed: int
    def __init__(self, path: _Optional[str] = ..., content: _Optional[bytes] = ..., inputs: _Optional[_Iterable[_Union[Tensor, _Mapping]]] = ..., random_inputs: _Optional[bool] = ..., random_seed: _Optional[int] = ...) -> None: ...

class RunReply(_message.Message):
    __slots__ = ("ok", "outputs", "run_ms", "diagnostics", "text", "exit_status")
    OK_FIELD_NUMBER: _ClassVar[int]
    OUTPUTS_FIELD_NUMBER: _ClassVar[int]
    RUN_MS_FIELD_NUMBER: _ClassVar[int]
    DIAGNOSTICS_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EXIT_STATUS_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    outputs: _containers.RepeatedCompositeFieldContainer[Tensor]
    run_ms: float
    diagnostics: _containers.RepeatedCompositeFieldContainer[Diagnostic]
    text: str
    exit_status: int
    def __init__(self, ok: _Optional[bool] = ..., outputs: _Optional[_Iterable[_Union[Tensor, _Mapping]]] = ..., run_ms: _Optional[float] = ..., diagnostics: _Optional[_Iterable[_Union[Diagnostic, _Mapping]]] = ..., text: _Optional[str] = ..., exit_status: _Optional[int] = ...) -> None: ...

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
    __slots__ = ("path", "ok", "cache", "compile_ms", "errors", "warnings", "output", "summary", "result", "cli_json")
    PATH_FIELD_NUMBER: _ClassVar[int]
    OK_FIELD_NUMBER: _ClassVar[int]
    CACHE_FIELD_NUMBER: _ClassVar[int]
    COMPILE_MS_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    OUTPUT_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    CLI_JSON_FIELD_NUMBER: _ClassVar[int]
    path: str
    ok: bool
    cache: str
    compile_ms: float
    errors: int
    warnings: int
    output: str
    summary: str
    result: CompileResult
    cli_json: str
    def __init__(self, path: _Optional[str] = ..., ok: _Optional[bool] = ..., cache: _Optional[str] = ..., compile_ms: _Optional[float] = ..., errors: _Optional[int] = ..., warnings: _Optional[int] = ..., output: _Optional[str] = ..., summary: _Optional[str] = ..., result: _Optional[_Union[CompileResult, _Mapping]] = ..., cli_json: _Optional[str] = ...) -> None: ...

class StatusRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CacheStats(_message.Message):
    __slots__ = ("name", "entries", "bytes", "budget_bytes", "hits", "misses")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    BUDGET_BYTES_FIELD_NUMBER: _ClassVar[int]
    HITS_FIELD_NUMBER: _ClassVar[int]
    MISSES_FIELD_NUMBER: _ClassVar[int]
    name: str
    entries: int
    bytes: int
    budget_bytes: int
    hits: int
    misses: int
    def __init__(self, name: _Optional[str] = ..., entries: _Optional[int] = ..., bytes: _Optional[int] = ..., budget_bytes: _Optional[int] = ..., hits: _Optional[int] = ..., misses: _Optional[int] = ...) -> None: ...

class StatusReply(_message.Message):
    __slots__ = ("version", "protocol", "pid", "uptime_s", "socket", "runtime_dir", "log", "config", "requests_in_flight", "watches", "memory", "disk", "counters", "rss_bytes", "idle_timeout_s", "cli_json")
    class ConfigEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class CountersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    VERSION_FIELD_NUMBER: _ClassVar[int]
    PROTOCOL_FIELD_NUMBER: _ClassVar[int]
    PID_FIELD_NUMBER: _ClassVar[int]
    UPTIME_S_FIELD_NUMBER: _ClassVar[int]
    SOCKET_FIELD_NUMBER: _ClassVar[int]
    RUNTIME_DIR_FIELD_NUMBER: _ClassVar[int]
    LOG_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    REQUESTS_IN_FLIGHT_FIELD_NUMBER: _ClassVar[int]
    WATCHES_FIELD_NUMBER: _ClassVar[int]
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    DISK_FIELD_NUMBER: _ClassVar[int]
    COUNTERS_FIELD_NUMBER: _ClassVar[int]
    RSS_BYTES_FIELD_NUMBER: _ClassVar[int]
    IDLE_TIMEOUT_S_FIELD_NUMBER: _ClassVar[int]
    CLI_JSON_FIELD_NUMBER: _ClassVar[int]
    version: str
    protocol: int
    pid: int
    uptime_s: float
    socket: str
    runtime_dir: str
    log: str
    config: _containers.ScalarMap[str, str]
    requests_in_flight: int
    watches: int
    memory: _containers.RepeatedCompositeFieldContainer[CacheStats]
    disk: CacheStats
    counters: _containers.ScalarMap[str, int]
    rss_bytes: int
    idle_timeout_s: float
    cli_json: str
    def __init__(self, version: _Optional[str] = ..., protocol: _Optional[int] = ..., pid: _Optional[int] = ..., uptime_s: _Optional[float] = ..., socket: _Optional[str] = ..., runtime_dir: _Optional[str] = ..., log: _Optional[str] = ..., config: _Optional[_Mapping[str, str]] = ..., requests_in_flight: _Optional[int] = ..., watches: _Optional[int] = ..., memory: _Optional[_Iterable[_Union[CacheStats, _Mapping]]] = ..., disk: _Optional[_Union[CacheStats, _Mapping]] = ..., counters: _Optional[_Mapping[str, int]] = ..., rss_bytes: _Optional[int] = ..., idle_timeout_s: _Optional[float] = ..., cli_json: _Optional[str] = ...) -> None: ...

class CacheRequest(_message.Message):
    __slots__ = ("command", "max_bytes")
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    MAX_BYTES_FIELD_NUMBER: _ClassVar[int]
    command: str
    max_bytes: int
    def __init__(self, command: _Optional[str] = ..., max_bytes: _Optional[int] = ...) -> None: ...

class CacheReply(_message.Message):
    __slots__ = ("memory", "disk", "removed_entries", "removed_bytes", "text", "cli_json")
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    DISK_FIELD_NUMBER: _ClassVar[int]
    REMOVED_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    REMOVED_BYTES_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    CLI_JSON_FIELD_NUMBER: _ClassVar[int]
    memory: _containers.RepeatedCompositeFieldContainer[CacheStats]
    disk: CacheStats
    removed_entries: int
    removed_bytes: int
    text: str
    cli_json: str
    def __init__(self, memory: _Optional[_Iterable[_Union[CacheStats, _Mapping]]] = ..., disk: _Optional[_Union[CacheStats, _Mapping]] = ..., removed_entries: _Optional[int] = ..., removed_bytes: _Optional[int] = ..., text: _Optional[str] = ..., cli_json: _Optional[str] = ...) -> None: ...

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

class CompileManyRequest(_message.Message):
    __slots__ = ("paths", "flags", "workers", "max_input_bytes", "report")
    PATHS_FIELD_NUMBER: _ClassVar[int]
    FLAGS_FIELD_NUMBER: _ClassVar[int]
    WORKERS_FIELD_NUMBER: _ClassVar[int]
    MAX_INPUT_BYTES_FIELD_NUMBER: _ClassVar[int]
    REPORT_FIELD_NUMBER: _ClassVar[int]
    paths: _containers.RepeatedScalarFieldContainer[str]
    flags: _containers.RepeatedScalarFieldContainer[str]
    workers: int
    max_input_bytes: int
    report: str
    def __init__(self, paths: _Optional[_Iterable[str]] = ..., flags: _Optional[_Iterable[str]] = ..., workers: _Optional[int] = ..., max_input_bytes: _Optional[int] = ..., report: _Optional[str] = ...) -> None: ...

class BatchEvent(_message.Message):
    __slots__ = ("event", "json")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    JSON_FIELD_NUMBER: _ClassVar[int]
    event: str
    json: str
    def __init__(self, event: _Optional[str] = ..., json: _Optional[str] = ...) -> None: ...

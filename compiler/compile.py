"""`ncc compile`: HLO model -> verified, target-checked program -> .ncx artifact.

A model the target cannot run is refused with the same diagnostics `ncc diagnose`
gives. A model the target accepts but the reference runtime cannot execute is refused
too (NCC-E060): an artifact must run, never fail at run time for a missing kernel.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from . import __version__
from . import diagnostics as D
from .analysis.diagnose import diagnose_module
from .artifact import container
from .diagnostics import Diagnostic, HloError
from .gcpause import without_gc_pauses
from .hlo.loader import load_module
from .ir.dtypes import numpy_dtype
from .ir.module import Module
from .ir.opcodes import Category, Opcode
from .ir.shapes import Shape
from .options import CompileOptions
from .passes import run_pipeline
from .runtime.ops.kernels import kernel_config
from .runtime.interpreter import unsupported_instructions
from .targets.tables import target as lookup_target
from .value_deps import CompileTrace, tracing

#: File-name endings of HLO models, longest first, stripped to name the default output.
MODEL_SUFFIXES = (".hlo_module.pb", ".hlo.pb", ".hlo.txt", ".hlo", ".txt", ".pb")
_CONTROL_FLOW = frozenset({Opcode.WHILE, Opcode.CONDITIONAL, Opcode.CALL})
#: Names auto-cast gives the casts it inserts (`dot.3.bf16`, `x.tf32`).
_CAST_SUFFIXES = (".bf16", ".f16", ".f8e4m3", ".f8e4m3fn", ".tf32")


@dataclass
class CompileResult:
    model: str
    options: CompileOptions
    diagnostics: list[Diagnostic] = field(default_factory=list)
    output: str | None = None
    compile_ms: float = 0.0
    fingerprint: str | None = None
    artifact_bytes: int = 0
    module_name: str | None = None
    passes: list = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    #: The optimised program the artifact holds (None when the compile was refused).
    program: Module | None = None
    #: Where the daemon found it: "memory", "disk", "incremental", "miss", "failure-cached"
    #: (None when compiled in this process without the daemon).
    cache: str | None = None
    timings_ms: dict = field(default_factory=dict)
    #: Notes from the daemon that are not about the model (a cache entry not written...).
    warnings: list[str] = field(default_factory=list)
    artifact: bytes | None = None

    @property
    def ok(self) -> bool:
        return not any(d.is_error for d in self.diagnostics)

    def to_json(self) -> dict:
        return {"model": self.model, "module": self.module_name, "output": self.output if self.ok else None,
                "target": self.options.target, "ok": self.ok, "compile_ms": round(self.compile_ms, 3),
                "fingerprint": self.fingerprint, "artifact_bytes": self.artifact_bytes,
                "flags": self.options.to_json(), "passes": self.passes, "facts": self.facts,
                "errors": sum(d.is_error for d in self.diagnostics),
                "warnings": sum(d.severity is D.Severity.WARNING for d in self.diagnostics),
                "diagnostics": [d.to_json() for d in self.diagnostics],
                **({"cache": self.cache, "timings_ms": self.timings_ms, "daemon_warnings": self.warnings}
                   if self.cache is not None else {})}

    @classmethod
    def from_json(cls, obj: dict, options: CompileOptions) -> "CompileResult":
        """A result stored as :meth:`to_json` (the daemon's caches), for a compile with ``options``."""
        return cls(model=obj["model"], options=options,
                   diagnostics=[Diagnostic.from_json(d) for d in obj["diagnostics"]], output=obj.get("output"),
                   compile_ms=obj.get("compile_ms", 0.0), fingerprint=obj.get("fingerprint"),
                   artifact_bytes=obj.get("artifact_bytes", 0), module_name=obj.get("module"),
                   passes=list(obj.get("passes") or []), facts=dict(obj.get("facts") or {}))


def default_output(model_path: str) -> str:
    """``examples/mlp.hlo.txt`` -> ``mlp.ncx`` in the current directory (neuronx-cc writes file.neff)."""
    name = os.path.basename(model_path)
    for suffix in MODEL_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[:-len(suffix)]
            break
    return name + ".ncx"


def _tensor_json(index: int | None, name: str, shape: Shape) -> dict:
    entry = {"index": index, "name": name, "shape": list(shape.dims) if shape.is_array else [],
             "element_type": shape.element_type.text if not shape.is_tuple else "tuple",
             "dtype": str(numpy_dtype(shape.element_type)) if shape.is_array else shape.element_type.text}
    return entry


def signature(module: Module) -> tuple[list[dict], list[dict]]:
    """(inputs, outputs) of the entry: parameters in order, result leaves depth first."""
    entry = module.require_entry()
    inputs = [_tensor_json(p.parameter_number, p.name, p.shape) for p in entry.parameters]
    outputs = [_tensor_json(i, f"out{i}", leaf) for i, leaf in enumerate(entry.require_root().shape.leaf_shapes())]
    return inputs, outputs


def features(module: Module) -> set[str]:
    found = set()
    types: set = set()
    for comp in module.reachable_computations():
        for inst in comp.instructions:
            if inst.shape.is_tuple:
                types.update(leaf.element_type for leaf in inst.shape.leaf_shapes())
            else:
                types.add(inst.shape.element_type)
            if inst.opcode.category is Category.COLLECTIVE:
                found.add("collectives")
            elif inst.opcode in _CONTROL_FLOW:
                found.add("control-flow")
            elif inst.opcode is Opcode.FUSION and kernel_config(str(inst.attrs.get("backend_config") or "")):
                found.add("fused-kernels")
            elif inst.opcode in (Opcode.CONVERT, Opcode.REDUCE_PRECISION) and inst.name.endswith(_CAST_SUFFIXES):
                found.add("auto-cast")
    if any(t.is_fp8 for t in types):
        found.add("fp8")
    if any(t.is_complex for t in types):
        found.add("complex")
    return found


def _runtime_diagnostics(module: Module) -> list[Diagnostic]:
    return [Diagnostic(D.RUNTIME_CANNOT_EXECUTE.code, reason, line=inst.line or None,
                       column=inst.column or None, instruction=inst.name,
                       computation=inst.computation.name if inst.computation else None,
                       source=module.source_location(inst), stack=tuple(module.source_stack(inst)),
                       file=module.source_path)
            for inst, reason in unsupported_instructions(module)]


def _ignored_flag_diagnostics(options: CompileOptions) -> list[Diagnostic]:
    return [Diagnostic(D.COMPILE_FLAG_IGNORED.code, f"{flag}: neuronx-cc internal flag, ignored by nccd")
            for flag in options.ignored_flags]


def compile_module(module: Module, options: CompileOptions, model: str | None = None,
                   argv: list[str] | None = None, owned: bool = False,
                   trace: CompileTrace | None = None,
                   checkpoint: Callable[[str], None] | None = None) -> tuple[bytes | None, CompileResult]:
    """Check and compile ``module``: (artifact bytes or None when refused, the result record).

    The passes work on a copy unless ``owned`` (the caller just loaded the module and hands it over).
    ``trace`` collects what an incremental recompile needs (value_deps.py). ``checkpoint(step)`` is
    called after the checks and between passes: a caller stops the compile there by raising (the
    daemon, when the client that asked went away).
    """
    with without_gc_pauses(), tracing(trace):
        return _compile_module(module, options, model, argv, owned, trace, checkpoint)


def _compile_module(module: Module, options: CompileOptions, model: str | None, argv: list[str] | None,
                    owned: bool, trace: CompileTrace | None,
                    checkpoint: Callable[[str], None] | None) -> tuple[bytes | None, CompileResult]:
    started = time.perf_counter()
    lookup_target(options.target)
    model = model or module.source_path or module.name
    result = CompileResult(model=model, options=options, module_name=module.name)
    report = diagnose_module(module, options.target, model)
    result.diagnostics = _ignored_flag_diagnostics(options) + report.diagnostics
    result.fingerprint = report.fingerprint
    if not result.ok:
        result.compile_ms = (time.perf_counter() - started) * 1e3
        return None, result
    result.diagnostics += _runtime_diagnostics(module)
    if not result.ok:
        result.compile_ms = (time.perf_counter() - started) * 1e3
        return None, result
    # passes only build what the runtime runs (tests/test_passes.py)
    pipeline = run_pipeline(module, options, in_place=owned, checkpoint=checkpoint)
    program = pipeline.module
    result.facts = dict(pipeline.facts)
    result.program = program
    result.passes = pipeline.to_json()
    inputs, outputs = signature(program)
    created = int(time.time())
    info = {
        "tool": "nccd", "tool_version": __version__, "created": created,
        "model": {"name": module.name, "source": model, "input_format": module.source_format,
                  "fingerprint": report.fingerprint},
        "target": options.target, "flags": options.to_json(), "command_line": list(argv or ()),
        "inputs": inputs, "outputs": outputs,
        "op_histogram": dict(sorted(Counter(
            i.opcode.text for c in program.reachable_computations() for i in c.instructions).items())),
        "instructions": report.instructions, "supported_percent": round(report.supported_percent, 2),
        "passes": result.passes, "facts": result.facts,
        "diagnostics": [{"code": d.code, "message": d.message} for d in result.diagnostics],
    }
    proto, constants = container.program_parts(program)
    found = features(program)
    data = container.pack_parts(proto, constants, info, compiler_version=__version__, target=options.target,
                                model_name=module.name, features=found, created=created)
    if trace is not None:
        trace.info, trace.proto, trace.constants, trace.features = info, proto, constants, frozenset(found)
    result.artifact_bytes = len(data)
    result.compile_ms = (time.perf_counter() - started) * 1e3
    return data, result


def compile_path(path: str, options: CompileOptions, output: str | None = None,
                 max_input_bytes: int | None = None, argv: list[str] | None = None,
                 label: str | None = None) -> CompileResult:
    """Compile the model at ``path`` and write the artifact (atomically) to ``output``.

    ``label`` is how the result names the model (default ``path``)."""
    started = time.perf_counter()
    name = label or path
    try:
        module = load_module(path, max_input_bytes, name)
    except HloError as exc:
        return CompileResult(model=name, options=options, diagnostics=exc.diagnostics,
                             compile_ms=(time.perf_counter() - started) * 1e3)
    data, result = compile_module(module, options, name, argv, owned=True)
    if data is not None:
        output = output or default_output(path)
        try:
            container.write_file(output, data)
        except HloError as exc:
            result.diagnostics.extend(exc.diagnostics)
            return result
        result.output = output
    result.compile_ms = (time.perf_counter() - started) * 1e3
    return result

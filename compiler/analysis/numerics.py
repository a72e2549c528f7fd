"""Numerics diagnosis: where --auto-cast makes a model's results differ from FP32, and what to do.

Two programs are run on the same inputs:

* the *reference*: the model in FP32 (``--auto-cast none``; calls inlined and nothing else),
* the *candidate*: the same with the ``auto_cast`` pass applied as the options say.

``auto_cast`` keeps every original instruction's name and only adds casts (named after the value
they cast), so each reference instruction has a counterpart in the candidate. For each of them
(in the entry and in the loop bodies, branches and calls it runs) the diagnosis measures

* the **accumulated** error: the candidate's value (as its users read it, i.e. after the result
  rounding ``all`` adds) against the reference value;
* the **introduced** error: the instruction re-evaluated alone, on the *reference* values of its
  operands pushed through the same casts the candidate applies (and with its result rounded as in
  the candidate), against the reference value. This is the error the instruction adds by itself
  even when everything before it is exact;
* the **growth**: its accumulated relative error divided by the largest accumulated relative error
  among its operands (a cancellation or an ill-conditioned operation shows as a large growth).

**Relative error** is taken element by element and the largest is reported, but each difference is
divided by the element's reference magnitude *or the tensor's typical magnitude (the median of
its nonzero finite magnitudes), whichever is larger*. So a zero or tiny reference element does
not blow the measure up (its error counts relative to the tensor's typical size), and a few huge
elements (a -1e9 attention mask) do not hide the error of all the others, as dividing by the
largest magnitude would. It is 0 when both agree, and infinite only when the reference is all
zeros and the candidate is not, or when the candidate is non-finite where the reference is finite
(an overflow).

Hotspots are the cast instructions ranked by the relative error they introduce. For each hotspot
the candidate is run once more with that instruction *kept in FP32* (it reads its producers' FP32
results and its result is not rounded) to show what keeping it in FP32 would buy; the hotspots
that way lower the largest output error by :data:`MEANINGFUL_REDUCTION` or more are recommended
to keep in FP32 (and measured together). With a tolerance, every setting of the ladder ``none,
matmult+tf32, all+tf32, matmult+fp16, all+fp16, matmult+bf16, all+bf16`` (slowest to fastest) is
run, with the other flags as given, and the fastest one whose outputs stay within the tolerance is
recommended.

Only ``inline_calls`` and ``auto_cast`` run: the diagnosis isolates what auto-cast does to the
numbers from the rest of the pipeline, and keeps instruction names and HLO positions intact.

Loop bodies are compared iteration by iteration (the n-th evaluation of an instruction in the
candidate against its n-th evaluation in the reference), on the first
:data:`EVALUATIONS_COMPARED` evaluations of each instruction.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

import numpy as np

from ..ir.dtypes import ElementType
from ..ir.module import Computation, Instruction, Module, SourceLocation
from ..ir.opcodes import CASTS, Opcode
from ..options import CompileOptions
from ..passes import auto_cast, inline_calls, run_pipeline
from ..passes.autocast import MATRIX_OPS, VECTOR_OPS
from ..passes.fusion import program_computations
from ..passes.rewrite import clone_module
from ..runtime.executable import Executable
from ..runtime.interpreter import ExecutionContext, evaluate_computation
from ..runtime.ops import OP_IMPLEMENTATIONS
from ..runtime.ops._common import TOKEN

#: Loop bodies run many times; each instruction is compared on this many evaluations at most,
#: which bounds the memory the reference values take.
EVALUATIONS_COMPARED = 64

#: A hotspot goes on the keep-in-FP32 list when keeping it in FP32 alone lowers the largest relative
#: output error by at least this fraction: smaller gains are within what any other cast adds.
MEANINGFUL_REDUCTION = 0.10

#: Auto-cast settings from the most accurate (slowest) to the fastest.
LADDER: tuple[tuple[str, str | None], ...] = (
    ("none", None), ("matmult", "tf32"), ("all", "tf32"), ("matmult", "fp16"), ("all", "fp16"),
    ("matmult", "bf16"), ("all", "bf16"))

_CAST_OPCODES = CASTS
_JAX_ARGUMENT = re.compile(r"arg(\d+)$")


# -- measuring the difference of two values -----------------------------------------------------

@dataclass
class ErrorMeasure:
    """How far a value is from its reference: the largest absolute difference, the normwise
    relative error (see the module docstring) and how many elements are non-finite in the value
    but not in the reference (or differ in kind: +inf vs -inf, nan vs inf)."""

    max_abs: float = 0.0
    max_rel: float = 0.0
    nonfinite: int = 0

    def include(self, other: "ErrorMeasure") -> None:
        """Make this the worst of both (errors over several evaluations or tuple leaves)."""
        self.max_abs = max(self.max_abs, other.max_abs)
        self.max_rel = max(self.max_rel, other.max_rel)
        self.nonfinite += other.nonfinite

    def to_json(self) -> dict:
        return {"max_abs_error": _number(self.max_abs), "max_rel_error": _number(self.max_rel),
                "nonfinite": self.nonfinite}


def _as_numbers(value: np.ndarray) -> np.ndarray:
    if value.dtype.kind == "c":
        return value.astype(np.complex128)
    return value.astype(np.float64)  # bool, integers, and every float type ml_dtypes knows


def measure(candidate, reference) -> ErrorMeasure:
    """The error of ``candidate`` against ``reference`` (arrays, or tuples: the worst leaf)."""
    if isinstance(reference, tuple):
        total = ErrorMeasure()
        for c, r in zip(candidate, reference):
            total.include(measure(c, r))
        return total
    if reference is TOKEN or not isinstance(reference, np.ndarray) or reference.size == 0:
        return ErrorMeasure()
    got, want = _as_numbers(np.asarray(candidate)), _as_numbers(reference)
    finite_want = np.isfinite(want)
    both = finite_want & np.isfinite(got)
    # non-finite on either side: equal infinities (or two nans) agree, anything else is an infinite error
    odd = ~both
    agree = (got[odd] == want[odd]) | (np.isnan(got[odd]) & np.isnan(want[odd]))
    nonfinite = int(agree.size - np.count_nonzero(agree))
    if nonfinite:
        return ErrorMeasure(math.inf, math.inf, nonfinite)
    difference = np.abs(got[both] - want[both])
    max_abs = float(difference.max()) if difference.size else 0.0
    if max_abs == 0.0:
        return ErrorMeasure(0.0, 0.0, 0)
    magnitudes = np.abs(want[finite_want])
    nonzero = magnitudes[magnitudes > 0]
    typical = float(np.median(nonzero)) if nonzero.size else 0.0
    if typical == 0.0:
        return ErrorMeasure(max_abs, math.inf, 0)
    max_rel = float((difference / np.maximum(np.abs(want[both]), typical)).max())
    return ErrorMeasure(max_abs, max_rel, 0)


def _number(x: float | None):
    """JSON has no infinities: they are written as the strings "inf" / "nan"."""
    if x is None:
        return None
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if math.isnan(x):
        return "nan"
    return float(x)


# -- the report ----------------------------------------------------------------------------------

@dataclass
class OutputNumerics:
    index: int
    shape: str
    dtype: str
    error: ErrorMeasure

    @property
    def name(self) -> str:
        return f"out{self.index}"

    def to_json(self) -> dict:
        return {"index": self.index, "name": self.name, "shape": self.shape, "dtype": self.dtype,
                **self.error.to_json()}


@dataclass
class InstructionNumerics:
    """The error one instruction of the FP32 program introduces and carries under auto-cast."""

    name: str
    computation: str
    opcode: str
    shape: str
    cast: bool
    hlo_file: str | None
    hlo_line: int
    hlo_column: int
    source: SourceLocation | None
    #: The Python call stack, innermost first (``source`` and its callers) when the HLO has one.
    source_stack: list[SourceLocation] = field(default_factory=list)
    introduced: ErrorMeasure = field(default_factory=ErrorMeasure)
    accumulated: ErrorMeasure = field(default_factory=ErrorMeasure)
    evaluations: int = 0
    #: accumulated relative error / the largest accumulated relative error of its operands;
    #: None when no operand carries an error (the error, if any, is born here).
    growth: float | None = None
    #: The largest relative output error when only this instruction is kept in FP32 (hotspots only).
    output_rel_error_if_fp32: float | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.computation, self.name

    @property
    def contribution(self) -> float:
        """How much error the instruction introduces, relative to its own magnitude (the ranking)."""
        return self.introduced.max_rel

    def hlo_location(self) -> str:
        parts = [self.hlo_file or "<input>"]
        if self.hlo_line:
            parts += [str(self.hlo_line), str(self.hlo_column)] if self.hlo_column else [str(self.hlo_line)]
        return ":".join(parts)

    def location_json(self) -> dict:
        return {"hlo": {"file": self.hlo_file, "line": self.hlo_line or None, "column": self.hlo_column or None,
                        "computation": self.computation, "text": self.hlo_location()},
                "source": _source_json(self.source) if self.source is not None else None,
                "callers": [_source_json(frame) for frame in self.source_stack[1:]]}

    def to_json(self) -> dict:
        return {"instruction": self.name, "computation": self.computation, "opcode": self.opcode,
                "shape": self.shape, "cast": self.cast, "location": self.location_json(),
                "contribution": _number(self.contribution),
                "introduced": self.introduced.to_json(), "accumulated": self.accumulated.to_json(),
                "growth": _number(self.growth), "evaluations": self.evaluations,
                "output_rel_error_if_fp32": _number(self.output_rel_error_if_fp32)}


def _source_json(location: SourceLocation) -> dict:
    return {"file": location.file, "line": location.line, "column": location.column,
            "function": location.function, "text": str(location)}


@dataclass
class CastSetting:
    """One rung of the auto-cast ladder and the largest relative output error it gives."""

    auto_cast: str
    auto_cast_type: str | None
    max_rel_error: float
    within_tolerance: bool

    @property
    def flags(self) -> str:
        if self.auto_cast == "none":
            return "--auto-cast none"
        return f"--auto-cast {self.auto_cast} --auto-cast-type {self.auto_cast_type}"

    def to_json(self) -> dict:
        return {"auto_cast": self.auto_cast, "auto_cast_type": self.auto_cast_type, "flags": self.flags,
                "max_rel_error": _number(self.max_rel_error), "within_tolerance": self.within_tolerance}


@dataclass
class Recommendation:
    #: The hotspots that, kept in FP32 on their own, lower the output error meaningfully.
    keep_in_fp32: list[InstructionNumerics]
    #: The largest relative output error with the options as given.
    max_rel_error: float
    #: ... and with every instruction of ``keep_in_fp32`` kept in FP32 (None if the list is empty).
    max_rel_error_if_kept: float | None
    tolerance: float | None = None
    within_tolerance: bool | None = None
    #: Every rung of the ladder, measured (only with a tolerance).
    settings: list[CastSetting] = field(default_factory=list)
    #: The fastest rung within the tolerance.
    choice: CastSetting | None = None

    def to_json(self) -> dict:
        return {
            "keep_in_fp32": [{"instruction": i.name, "computation": i.computation, "opcode": i.opcode,
                              "location": i.location_json(),
                              "output_rel_error_if_fp32": _number(i.output_rel_error_if_fp32)}
                             for i in self.keep_in_fp32],
            "max_rel_error": _number(self.max_rel_error),
            "max_rel_error_if_kept": _number(self.max_rel_error_if_kept),
            "tolerance": self.tolerance,
            "within_tolerance": self.within_tolerance,
            "settings": [s.to_json() for s in self.settings],
            "choice": self.choice.to_json() if self.choice is not None else None,
        }


@dataclass
class NumericsReport:
    module_name: str
    options: CompileOptions
    #: "random (seed N)" or "given".
    inputs: str
    outputs: list[OutputNumerics]
    #: Every instruction of the FP32 program that ran, in program order.
    instructions: list[InstructionNumerics]
    hotspots: list[InstructionNumerics]
    #: Where the relative error grows the most (growth >= 2), largest first.
    growth_points: list[InstructionNumerics]
    recommendation: Recommendation

    @property
    def max_rel_error(self) -> float:
        return max((o.error.max_rel for o in self.outputs), default=0.0)

    @property
    def setting(self) -> str:
        return CastSetting(self.options.auto_cast, self.options.auto_cast_type, 0.0, True).flags

    def to_json(self) -> dict:
        return {
            "module": self.module_name,
            "auto_cast": self.options.auto_cast,
            "auto_cast_type": self.options.auto_cast_type,
            "mixed_precision_accumulation": self.options.mixed_precision_accumulation,
            "inputs": self.inputs,
            "max_rel_error": _number(self.max_rel_error),
            "outputs": [o.to_json() for o in self.outputs],
            "hotspots": [h.to_json() for h in self.hotspots],
            "growth": [g.to_json() for g in self.growth_points],
            "recommendation": self.recommendation.to_json(),
            "instruction_errors": [i.to_json() for i in self.instructions],
        }


# -- the cast program and how it relates to the FP32 program -----------------------------------

def _f32_array(inst: Instruction) -> bool:
    return inst.shape.is_array and inst.shape.element_type is ElementType.F32


def _result_is_rounded(reference_inst: Instruction, options: CompileOptions) -> bool:
    """Whether auto-cast rounds this instruction's result for its users (autocast.py's rules:
    a matrix op without mixed-precision accumulation, or any FP32 vector op under ``all``)."""
    if options.auto_cast == "none" or not _f32_array(reference_inst):
        return False
    if reference_inst.opcode in MATRIX_OPS:
        return any(_f32_array(o) for o in reference_inst.operands) and not options.mixed_precision_accumulation
    return options.auto_cast == "all" and reference_inst.opcode in VECTOR_OPS


class _CastProgram:
    """The candidate module, with each of its instructions tied to the FP32 instruction it stands for.

    * original instructions keep their names, so ``key`` maps them to (computation, name);
    * a cast node carries the value of the original it was made from (``_origin``);
    * ``visible[x]`` is the node x's users read: x itself, or its rounded copy;
    * ``cast`` holds the instructions auto-cast changed: their operands are cast, or their result;
    * ``calls_program`` holds the instructions that run cast code of their own (loops, branches).
    """

    def __init__(self, reference: Module, module: Module, options: CompileOptions):
        self.module = module
        self.reference_by_key = {(c.name, i.name): i for c in program_computations(reference)
                                 for i in c.instructions}
        self.key: dict[Instruction, tuple[str, str]] = {}
        self.visible: dict[Instruction, Instruction] = {}
        self.cast: set[Instruction] = set()
        self.calls_program: set[Instruction] = set()
        computations = program_computations(module)
        for comp in computations:
            self._index(comp, options, computations)
        #: visible node -> the original it stands for (originals stand for themselves)
        self.stands_for: dict[Instruction, Instruction] = {x: x for x in self.key}
        for x, seen in self.visible.items():
            self.stands_for[seen] = x
        self.visible_name = {self.key[x]: v.name for x, v in self.visible.items()}

    def _index(self, comp: Computation, options: CompileOptions, computations: list[Computation]) -> None:
        originals = {i for i in comp.instructions if (comp.name, i.name) in self.reference_by_key}
        for inst in originals:
            self.key[inst] = (comp.name, inst.name)
        users: dict[Instruction, list[Instruction]] = {}
        for inst in comp.instructions:
            for operand in inst.operands:
                users.setdefault(operand, []).append(inst)
        rounded = {inst for inst in originals if _result_is_rounded(self.reference_by_key[self.key[inst]], options)}
        for inst in originals:
            self.visible[inst] = self._rounded_copy(inst, originals, users) if inst in rounded else inst
        as_seen = originals | {self.visible[inst] for inst in originals}
        for inst in originals:
            # reading a producer's rounded result is the producer's doing, not a cast of this instruction
            if inst in rounded or any(o not in as_seen for o in inst.operands):
                self.cast.add(inst)
            if any(c in computations for c in inst.called_computations()):
                self.calls_program.add(inst)

    @staticmethod
    def _rounded_copy(inst: Instruction, originals: set, users: dict) -> Instruction:
        """The nearest FP32 cast downstream of ``inst``: the rounded value auto-cast gives its users
        (casts that consumers add to their own operands come after it, further away)."""
        frontier = [inst]
        while frontier:
            following = []
            for node in frontier:
                for user in users.get(node, ()):
                    if user in originals or _origin(user, originals) is not inst:
                        continue
                    if user.opcode in _CAST_OPCODES and _f32_array(user):
                        return user
                    following.append(user)
            frontier = following
        return inst


def _origin(node: Instruction, originals) -> Instruction | None:
    """The original instruction whose value a cast node carries (None for the constants and
    broadcasts of --enable-saturate-infinity's clamp bounds)."""
    while node not in originals:
        if node.opcode in _CAST_OPCODES:
            node = node.operands[0]
        elif node.opcode is Opcode.CLAMP and len(node.operands) == 3:
            node = node.operands[1]  # saturation: clamp(low, value, high)
        else:
            return None
    return node


def _cast_module(module: Module, options: CompileOptions) -> Module:
    return run_pipeline(module, options, passes=[inline_calls, auto_cast]).module


def _kept_in_fp32(program: _CastProgram, keys) -> Module:
    """A copy of the candidate where each instruction of ``keys`` runs in FP32: it reads the FP32
    results of its producers (not their rounded copies) and its own result is not rounded."""
    copy = clone_module(program.module)
    for comp_name, name in keys:
        comp = copy.computations[comp_name]
        originals = {i for i in comp.instructions if (comp_name, i.name) in program.reference_by_key}
        inst = comp.instruction(name)
        assert inst is not None  # keys name instructions of the cast program this is a copy of
        inst.operands = [_origin(o, originals) or o for o in inst.operands]
        visible_name = program.visible_name[(comp_name, name)]
        if visible_name != name:
            rounded = comp.instruction(visible_name)
            for user in comp.instructions:
                if rounded in user.operands and user is not inst:
                    user.operands = [inst if o is rounded else o for o in user.operands]
            if comp.root is rounded:
                comp.root = inst
    return copy


# -- running -------------------------------------------------------------------------------------

def _leaves(value) -> list:
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def _run(module: Module, args: list, observer=None) -> list:
    ctx = ExecutionContext(module, observer=observer)
    return _leaves(evaluate_computation(module.require_entry(), args, ctx))


def _bind(program: Executable, inputs) -> list:
    """Inputs as a checked list. Besides what Executable.bind accepts (arr_N, parameter names),
    keys ``arg0``, ``arg1``... are positional: JAX export scripts name the arguments so."""
    if isinstance(inputs, dict):
        names = {t.name for t in program.inputs}
        renamed = {}
        for key, value in inputs.items():
            match = _JAX_ARGUMENT.match(key)
            renamed[f"arr_{match.group(1)}" if match and key not in names else key] = value
        inputs = renamed
    return program.bind(inputs)


class _ReferenceRecorder:
    """Keeps the FP32 value of every program instruction, per evaluation."""

    def __init__(self, reference: Module):
        self.key = {i: (c.name, i.name) for c in program_computations(reference) for i in c.instructions}
        self.values: dict[tuple[str, str], list] = {}

    def observe(self, inst: Instruction, value) -> None:
        key = self.key.get(inst)
        if key is not None:
            history = self.values.setdefault(key, [])
            if len(history) < EVALUATIONS_COMPARED:
                history.append(value)


class _Comparison:
    """Observes the candidate run and measures each instruction against the recorded reference."""

    def __init__(self, program: _CastProgram, recorder: _ReferenceRecorder):
        self.program, self.recorder = program, recorder
        self.introduced: dict[tuple[str, str], ErrorMeasure] = {}
        self.accumulated: dict[tuple[str, str], ErrorMeasure] = {}
        self.evaluations: dict[Instruction, int] = {}
        self.visible_evaluations: dict[Instruction, int] = {}
        self.rounded_of = {v: x for x, v in program.visible.items() if v is not x}
        #: originals whose latest value differs from the reference (per evaluation, so per loop iteration)
        self.inexact: set[Instruction] = set()
        #: the inputs: the same arrays in both runs
        self.entry_parameters = set(program.module.require_entry().parameters)
        # reducers and branches of a re-evaluated instruction run in a context of their own
        self.alone = ExecutionContext(program.module)

    def _reference(self, inst: Instruction, evaluation: int):
        history = self.recorder.values.get(self.program.key[inst], ())
        return history[evaluation] if evaluation < len(history) else None

    def observe(self, inst: Instruction, value) -> None:
        program = self.program
        if inst in program.key:
            evaluation = self.evaluations.get(inst, 0)
            self.evaluations[inst] = evaluation + 1
            reference = self._reference(inst, evaluation)
            if reference is None:
                return
            key = program.key[inst]
            if inst in program.cast:
                alone = self._evaluate_alone(inst, evaluation)
                self.introduced.setdefault(key, ErrorMeasure()).include(measure(alone, reference))
            if program.visible[inst] is not inst:
                return  # measured when its rounded copy (what its users read) is evaluated
            if self._exact(inst):
                # the same operation on the same values: exactly the reference (spares the comparison)
                self.accumulated.setdefault(key, ErrorMeasure())
                self.inexact.discard(inst)
            else:
                self._accumulate(inst, measure(value, reference))
        elif inst in self.rounded_of:
            original = self.rounded_of[inst]
            evaluation = self.visible_evaluations.get(original, 0)
            self.visible_evaluations[original] = evaluation + 1
            reference = self._reference(original, evaluation)
            if reference is not None:
                self._accumulate(original, measure(value, reference))

    def _exact(self, inst: Instruction) -> bool:
        program = self.program
        if inst in self.entry_parameters or inst.opcode is Opcode.CONSTANT:
            return True
        if inst.opcode is Opcode.PARAMETER or inst in program.cast or inst in program.calls_program:
            return False  # a loop's state, a cast, or a body with casts of its own
        return not any(program.stands_for.get(o) in self.inexact for o in inst.operands)

    def _accumulate(self, original: Instruction, error: ErrorMeasure) -> None:
        self.accumulated.setdefault(self.program.key[original], ErrorMeasure()).include(error)
        if error.max_abs > 0.0 or error.nonfinite:
            self.inexact.add(original)
        else:
            self.inexact.discard(original)

    def _evaluate_alone(self, inst: Instruction, evaluation: int):
        """``inst`` with its casts, on the FP32 reference values of its producers."""
        program, memo = self.program, {}

        def value_of(node: Instruction):
            stands_for = program.stands_for.get(node)
            if stands_for is not None and stands_for is not inst:
                return self._reference(stands_for, evaluation)
            if node not in memo:
                result = OP_IMPLEMENTATIONS[node.opcode](node, [value_of(o) for o in node.operands], self.alone)
                memo[node] = result if isinstance(result, (np.ndarray, tuple)) or result is TOKEN \
                    else np.asarray(result)
            return memo[node]

        with np.errstate(all="ignore"):
            return value_of(program.visible[inst])


# -- the diagnosis -------------------------------------------------------------------------------

def _max_rel(outputs: list, reference_outputs: list) -> float:
    return max((measure(c, r).max_rel for c, r in zip(outputs, reference_outputs)), default=0.0)


def _source_stack(module: Module, inst: Instruction, source: SourceLocation | None) -> list[SourceLocation]:
    frame = inst.metadata.stack_frame_id if inst.metadata is not None else None
    if frame and module.stack_frames:
        stack = module.stack_frames.stack(frame)
        if stack:
            return stack
    return [source] if source is not None else []


def _instruction_records(reference: Module, program: _CastProgram, comparison: _Comparison,
                         recorder: _ReferenceRecorder) -> list[InstructionNumerics]:
    by_key = {program.key[i]: i for i in program.key}
    records: dict[tuple[str, str], InstructionNumerics] = {}
    for comp in program_computations(reference):
        for inst in comp.instructions:
            key = (comp.name, inst.name)
            if key not in recorder.values or inst.opcode is Opcode.PARAMETER and comp is reference.entry:
                continue  # never ran, or an input (exact by definition)
            candidate = by_key.get(key)
            source = reference.source_location(inst)
            records[key] = InstructionNumerics(
                name=inst.name, computation=comp.name, opcode=inst.opcode.text, shape=inst.shape.text(False),
                cast=candidate in program.cast, hlo_file=reference.source_path, hlo_line=inst.line,
                hlo_column=inst.column, source=source, source_stack=_source_stack(reference, inst, source),
                introduced=comparison.introduced.get(key, ErrorMeasure()),
                accumulated=comparison.accumulated.get(key, ErrorMeasure()),
                evaluations=min(len(recorder.values[key]),
                                comparison.evaluations.get(candidate, 0) if candidate is not None else 0))
    for comp in program_computations(reference):
        for inst in comp.instructions:
            record = records.get((comp.name, inst.name))
            if record is None:
                continue
            carried = [records[(comp.name, o.name)].accumulated.max_rel for o in inst.operands
                       if (comp.name, o.name) in records]
            largest = max(carried, default=0.0)
            if largest > 0.0:
                record.growth = record.accumulated.max_rel / largest if not math.isinf(largest) else None
    return list(records.values())


def diagnose_numerics(module: Module, options: CompileOptions, inputs=None, seed: int = 0,
                      tolerance: float | None = None, top: int = 5) -> NumericsReport:
    """Compare ``module`` compiled with ``options``' auto-cast against FP32 (see the module docstring).

    ``inputs``: a list in parameter order or a dict (arr_N / argN / parameter names); None for
    seeded random inputs. Raises InputError for inputs that do not fit, UnsupportedOp when the
    runtime cannot run the model, ExecutionError when a run fails.
    """
    if tolerance is not None and not tolerance >= 0:
        raise ValueError(f"tolerance must be a non-negative number, got {tolerance}")
    reference = run_pipeline(module, replace(options, auto_cast="none"), passes=[inline_calls]).module
    executable = Executable(reference)
    if inputs is None:
        args, described = executable.random_inputs(seed), f"random (seed {seed})"
    else:
        args, described = _bind(executable, inputs), "given"

    recorder = _ReferenceRecorder(reference)
    reference_outputs = _run(reference, args, recorder.observe)
    program = _CastProgram(reference, _cast_module(module, options), options)
    comparison = _Comparison(program, recorder)
    candidate_outputs = _run(program.module, args, comparison.observe)

    outputs = [OutputNumerics(t.index, t.shape.text(False), str(t.dtype), measure(c, r))
               for t, c, r in zip(executable.outputs, candidate_outputs, reference_outputs)]
    current = max((o.error.max_rel for o in outputs), default=0.0)
    instructions = _instruction_records(reference, program, comparison, recorder)
    del recorder, comparison  # the reference values: every intermediate of the model

    hotspots = sorted((i for i in instructions if i.cast and i.contribution > 0.0),
                      key=lambda i: (i.contribution, i.introduced.max_abs), reverse=True)[:top]
    for hotspot in hotspots:
        hotspot.output_rel_error_if_fp32 = _max_rel(_run(_kept_in_fp32(program, [hotspot.key]), args),
                                                    reference_outputs)
    growth_points = sorted((i for i in instructions if i.growth is not None and i.growth >= 2.0),
                           key=lambda i: i.growth or 0.0, reverse=True)[:top]  # (growth is never None here)

    keep = [h for h in hotspots if h.output_rel_error_if_fp32 is not None and h.output_rel_error_if_fp32 < current
            and h.output_rel_error_if_fp32 <= (1.0 - MEANINGFUL_REDUCTION) * current]
    if_kept = None
    if len(keep) == 1:
        if_kept = keep[0].output_rel_error_if_fp32
    elif keep:
        if_kept = _max_rel(_run(_kept_in_fp32(program, [k.key for k in keep]), args), reference_outputs)
    recommendation = Recommendation(keep, current, if_kept)
    if tolerance is not None:
        recommendation.tolerance = tolerance
        recommendation.within_tolerance = current <= tolerance
        for mode, kind in LADDER:
            if mode == "none":
                error = 0.0  # the reference program itself
            elif (mode, kind) == (options.auto_cast, options.auto_cast_type):
                error = current
            else:
                assert kind is not None  # only the "none" rung has no cast type
                rung = replace(options, auto_cast=mode, auto_cast_type=kind)
                error = _max_rel(_run(_cast_module(module, rung), args), reference_outputs)
            recommendation.settings.append(CastSetting(mode, kind, error, error <= tolerance))
        passing = [s for s in recommendation.settings if s.within_tolerance]
        recommendation.choice = passing[-1] if passing else None

    return NumericsReport(module.name, options, described, outputs, instructions, hotspots, growth_points,
                          recommendation)

"""Diagnostics: one registry of stable codes, and the Diagnostic record.

A code never changes meaning. Each entry has a severity, a title, a default
hint (what to change) and a documentation anchor. ``NCC-E`` codes are errors,
``NCC-W`` warnings, ``NCC-I`` information. Where a code corresponds to a
documented ``neuronx-cc`` error code, ``neuron_code`` names it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .ir.module import SourceLocation

DOCS_BASE = "https://github.com/nccd-project/nccd/blob/main/docs/diagnostics.md"


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    title: str
    hint: str
    neuron_code: str | None = None

    @property
    def severity(self) -> Severity:
        return {"E": Severity.ERROR, "W": Severity.WARNING, "I": Severity.INFO}[self.code[4]]

    @property
    def anchor(self) -> str:
        return f"{DOCS_BASE}#{self.code.lower()}"


REGISTRY: dict[str, Code] = {}


def _register(code: str, title: str, hint: str, neuron_code: str | None = None) -> Code:
    assert code not in REGISTRY, f"duplicate diagnostic code {code}"
    assert code[:5] in ("NCC-E", "NCC-W", "NCC-I") and len(code) == 8, code
    REGISTRY[code] = entry = Code(code, title, hint, neuron_code)
    return entry


# -- input and parsing (E0xx) ---------------------------------------------------------------
PARSE_ERROR = _register("NCC-E001", "syntax error in HLO text",
                        "fix the HLO text at the position shown; regenerate it with "
                        "`jax.jit(f).lower(...).as_text(dialect='hlo')` if it was edited by hand")
UNKNOWN_OPCODE = _register("NCC-E002", "unknown HLO opcode",
                           "check the spelling against `ncc list-operators --json`; XLA spells "
                           "e.g. `exponential`, `cosine`, `log-plus-one`")
BAD_ATTRIBUTE = _register("NCC-E003", "malformed attribute value",
                          "write the attribute as XLA prints it, e.g. `dimensions={0,1}` or "
                          "`window={size=3x3 stride=2x2 pad=1_1x1_1}`")
UNDEFINED_NAME = _register("NCC-E004", "use of an undefined instruction",
                           "define the operand earlier in the same computation (operands must be "
                           "defined before use)")
UNDEFINED_COMPUTATION = _register("NCC-E005", "reference to an undefined computation",
                                  "define the called computation in the module before the instruction "
                                  "that calls it")
DUPLICATE_NAME = _register("NCC-E006", "duplicate name",
                           "give each instruction in a computation, and each computation in the "
                           "module, a unique name")
TRUNCATED_INPUT = _register("NCC-E007", "unexpected end of input",
                            "the file looks truncated; re-export the complete module")
CYCLE = _register("NCC-E008", "cycle in the instruction graph",
                  "an instruction depends on itself through its operands or control "
                  "predecessors; break the cycle")
MALFORMED_PROTO = _register("NCC-E009", "malformed HLO protobuf",
                            "re-export with `as_serialized_hlo_module_proto()` or "
                            "`--xla_dump_hlo_as_proto`; the file may be truncated or of another type")
INPUT_TOO_LARGE = _register("NCC-E010", "input exceeds the size limit",
                            "raise the limit with `--max-input-size` (or NCC_MAX_INPUT_BYTES) if the "
                            "file is really a model")
NOT_HLO = _register("NCC-E011", "input is not HLO",
                    "pass HLO text (starting with `HloModule`) or a serialized HloModuleProto, "
                    "HloProto or HloSnapshot")
MISSING_ATTRIBUTE = _register("NCC-E012", "required attribute missing",
                              "add the attribute; XLA requires it for this opcode")
BAD_LITERAL = _register("NCC-E013", "malformed or out-of-range literal",
                        "write the constant with as many elements as its shape and values that fit "
                        "its element type")
WRONG_OPERAND_COUNT = _register("NCC-E014", "wrong number of operands",
                                "check the opcode's operands in the XLA operation semantics")
NO_ENTRY = _register("NCC-E015", "module has no computations",
                     "the module must define at least an ENTRY computation")
UNREADABLE_FILE = _register("NCC-E016", "cannot read the input file",
                            "check that the path exists and is readable")

# -- verifier (E02x-E03x) ------------------------------------------------------------------
SHAPE_MISMATCH = _register("NCC-E020", "result shape does not match the operation",
                           "the printed result shape disagrees with the shape XLA infers from the "
                           "operands and attributes; fix the shape or the attributes", "EVRF064")
OPERAND_TYPE_MISMATCH = _register("NCC-E021", "operand element types or shapes are incompatible",
                                  "insert an explicit `convert` or `broadcast`: HLO has no implicit "
                                  "promotion or broadcasting", "EVRF064")
INVALID_ATTRIBUTE = _register("NCC-E022", "attribute value is invalid for the operands",
                              "dimension numbers must be within the operand rank and not repeat", "EVRF064")
COMPUTATION_SIGNATURE = _register("NCC-E023", "called computation has the wrong signature",
                                  "the computation's parameters and result must match what the "
                                  "calling instruction passes and expects", "EVRF064")
PARAMETER_NUMBERING = _register("NCC-E024", "parameters are not numbered 0..N-1",
                                "number the parameters of each computation consecutively from 0")
ROOT_MISMATCH = _register("NCC-E025", "signature does not match the computation",
                          "the declared parameter/result shapes must match the parameters and root")
ELIDED_CONSTANT = _register("NCC-W001", "constant data elided as {...}",
                            "the text omits large constants; export with "
                            "`--xla_dump_large_constants=true`, `print_large_constants=True`, or "
                            "pass the HloModuleProto instead, before running the model")
UNKNOWN_ATTRIBUTE = _register("NCC-W002", "unknown attribute",
                              "the attribute is kept and printed back, but nccd does not interpret it")
UNUSED_COMPUTATION = _register("NCC-I001", "computation is never called",
                               "unreachable computations are ignored by the compiler")


@dataclass(slots=True)
class Diagnostic:
    code: str
    message: str
    hint: str | None = None
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    instruction: str | None = None
    computation: str | None = None
    source: SourceLocation | None = None
    file: str | None = None
    #: Extra machine-readable facts (opcode, dtype, target...).
    data: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.hint is None:
            self.hint = REGISTRY[self.code].hint

    @property
    def severity(self) -> Severity:
        return REGISTRY[self.code].severity

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def doc(self) -> str:
        return REGISTRY[self.code].anchor

    @property
    def neuron_code(self) -> str | None:
        return REGISTRY[self.code].neuron_code

    def location_text(self) -> str:
        parts = [self.file or "<input>"]
        if self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts)

    def format(self) -> str:
        """One human-readable block: ``file:line:col: error[NCC-E001]: message``, hint, source."""
        head = f"{self.location_text()}: {self.severity.value}[{self.code}]: {self.message}"
        if self.instruction:
            head += f" (instruction '{self.instruction}')"
        lines = [head]
        if self.source is not None:
            lines.append(f"  from: {self.source}")
        if self.hint:
            lines.append(f"  hint: {self.hint}")
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
            "doc": self.doc,
            "neuron_code": self.neuron_code,
            "hlo": ({"file": self.file, "line": self.line, "column": self.column,
                     "end_line": self.end_line, "end_column": self.end_column,
                     "instruction": self.instruction, "computation": self.computation}
                    if self.line or self.instruction else None),
            "source": ({"file": self.source.file, "line": self.source.line,
                        "column": self.source.column, "function": self.source.function}
                       if self.source is not None else None),
            **({"data": self.data} if self.data else {}),
        }


class HloError(Exception):
    """A user-facing failure carrying diagnostics (never shown as a traceback)."""

    def __init__(self, diagnostics: list[Diagnostic] | Diagnostic):
        self.diagnostics = diagnostics if isinstance(diagnostics, list) else [diagnostics]
        super().__init__(self.diagnostics[0].format() if self.diagnostics else "HLO error")

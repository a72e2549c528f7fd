"""`ncc diagnose`: load a model, verify it, and check it against a target's operator table."""

from __future__ import annotations

import copy

from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter

from ..gcpause import without_gc_pauses
from ..diagnostics import REGISTRY, Diagnostic, HloError, Severity, hint_for
from ..hlo.loader import load_bytes, load_module
from ..ir.fingerprint import fingerprint
from ..ir.module import Module, framework_of
from ..ir.verifier import verify_module
from ..targets.support import check_module
from ..targets.tables import target as lookup_target

_OPCODE_OF = attrgetter("opcode")
_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass
class DiagnoseReport:
    model: str
    target: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    instructions: int = 0
    supported_percent: float = 0.0
    input_format: str | None = None
    module_name: str | None = None
    opcode_counts: dict[str, int] = field(default_factory=dict)
    module: Module | None = None
    #: the fingerprint once computed, and the module it is still to be computed from
    known_fingerprint: str | None = None
    fingerprint_pending: Module | None = field(default=None, repr=False)

    @property
    def fingerprint(self) -> str | None:
        """The module's canonical fingerprint (None when it has structural errors), computed on
        first use: the diagnostics do not need it, only ``--json`` output and the caches do, and
        it is a tenth to a sixth of the check of a large module. Read it before changing the
        module in place (compile does)."""
        return self.settle_fingerprint()

    def settle_fingerprint(self) -> str | None:
        """Compute the fingerprint now, if it is still to be computed (see :attr:`fingerprint`)."""
        if self.fingerprint_pending is not None:
            self.known_fingerprint = fingerprint(self.fingerprint_pending)
            self.fingerprint_pending = None
        return self.known_fingerprint

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.severity is Severity.WARNING for d in self.diagnostics)

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def to_json(self) -> dict:
        return {
            "model": self.model,
            "target": self.target,
            "module": self.module_name,
            "format": self.input_format,
            "fingerprint": self.fingerprint,
            "instructions": self.instructions,
            "supported_percent": round(self.supported_percent, 2),
            "errors": self.errors,
            "warnings": self.warnings,
            "opcodes": self.opcode_counts,
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }


def diagnose_module(module: Module, target: str, model: str | None = None) -> DiagnoseReport:
    """Verify ``module`` and check it against ``target`` (both never raise for bad HLO)."""
    with without_gc_pauses():  # the checks allocate much and free little, as parsing does
        return _diagnose_module(module, target, model)


def _diagnose_module(module: Module, target: str, model: str | None) -> DiagnoseReport:
    lookup_target(target)
    model = model or module.source_path or module.name
    report = DiagnoseReport(model=model, target=target, input_format=module.source_format,
                            module_name=module.name, module=module)
    report.diagnostics.extend(copy.copy(d) for d in module.notes)   # copies: a cached module is diagnosed again
    report.diagnostics.extend(verify_module(module))
    support = check_module(module, target)
    report.diagnostics.extend(support.diagnostics)
    report.instructions = support.instructions
    report.supported_percent = support.supported_percent
    by_opcode: Counter = Counter()
    for comp in module.reachable_computations():
        by_opcode.update(map(_OPCODE_OF, comp.instructions))  # counted in C
    report.opcode_counts = dict(sorted((opcode.text, n) for opcode, n in by_opcode.items()))
    if not any(d.is_error and d.code.startswith("NCC-E0") for d in report.diagnostics):
        report.fingerprint_pending = module
    for d in report.diagnostics:
        d.file = d.file or module.source_path
    framework = framework_of(module) if report.diagnostics else None
    for d in report.diagnostics:
        if d.hint == REGISTRY[d.code].hint:  # the default: say it in the model's framework
            d.hint = hint_for(d.code, framework)
    report.diagnostics.sort(key=lambda d: (d.line or 0, d.column or 0, _SEVERITY_ORDER[d.severity], d.code))
    return report


def diagnose_path(path: str, target: str = "trn1", max_bytes: int | None = None,
                  label: str | None = None) -> DiagnoseReport:
    """Diagnose the model file at ``path`` (named ``label`` in the report); a file that does not
    load gives its load diagnostics."""
    lookup_target(target)
    name = label or path
    with without_gc_pauses():  # one pause for both: re-enabled between them, the collector walks the new IR
        try:
            module = load_module(path, max_bytes, name)
        except HloError as exc:
            return DiagnoseReport(model=name, target=target, diagnostics=exc.diagnostics)
        return diagnose_module(module, target, name)


def diagnose_bytes(data: bytes, name: str, target: str = "trn1", max_bytes: int | None = None) -> DiagnoseReport:
    lookup_target(target)
    with without_gc_pauses():  # as in diagnose_path
        try:
            module = load_bytes(data, name, max_bytes)
        except HloError as exc:
            return DiagnoseReport(model=name, target=target, diagnostics=exc.diagnostics)
        return diagnose_module(module, target, name)

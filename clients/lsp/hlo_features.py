"""HLO text documents: diagnostics from the compiler's report, hover, definitions, symbols.

Pure functions over the compiler's own results: the ``ncc diagnose --json``
document (from the daemon or in-process) becomes findings, and the parsed
:class:`~nccd.compiler.ir.module.Module` answers hover, go-to-definition and
document symbols. Lines and columns of the IR are 1-based; findings are
0-based (see :mod:`.findings`).
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .findings import SOURCE_HLO, Finding, Span

if TYPE_CHECKING:  # the compiler is imported when a module is first parsed, not at the server's start
    from nccd.compiler.ir.module import Computation, Instruction, Module

_TOKEN = re.compile(r"%?[A-Za-z_][\w.\-]*")
_HLO_SUFFIXES = (".hlo", ".hlo.txt")


def is_hlo_document(uri: str, language_id: str | None, text: str) -> bool:
    """``.hlo`` / ``.hlo.txt`` files, the ``hlo`` language, and XLA dump ``.txt`` files holding HLO."""
    lower = uri.lower()
    if language_id == "hlo" or lower.endswith(_HLO_SUFFIXES):
        return True
    return lower.endswith(".txt") and text.lstrip()[:9] == "HloModule"


def _line_text(lines: list[str], line: int) -> str:
    return lines[line] if 0 <= line < len(lines) else ""


def _instruction_span(lines: list[str], line: int, col: int, name: str | None, opcode: str | None) -> Span:
    """From the instruction's name to the end of its opcode (``reduce.11 = (f32[], s32[]) reduce``)."""
    text = _line_text(lines, line)
    start = col
    if name:
        found = text.find(name, max(col - 1, 0))
        if found >= 0:
            start = found
    end = start + len(name or "") if name else len(text.rstrip())
    if opcode:
        match = re.search(rf"\s{re.escape(opcode)}\(", text[end:])
        if match is not None:
            end += match.end() - 1
    return Span(line, start, line, max(end, start + 1))


def findings_from_report(report: dict, lines: list[str]) -> list[Finding]:
    """The diagnostics of an ``ncc diagnose --json`` document, placed on the HLO text."""
    out = []
    for d in report.get("diagnostics", []):
        hlo = d.get("hlo") or {}
        line = (hlo.get("line") or 1) - 1
        col = (hlo.get("column") or 1) - 1
        if hlo.get("end_line") and hlo.get("end_column"):
            span = Span(line, col, hlo["end_line"] - 1, max(hlo["end_column"] - 1, col + 1))
        elif hlo.get("line"):
            span = _instruction_span(lines, line, col, hlo.get("instruction"), (d.get("data") or {}).get("opcode"))
        else:  # module-wide: the header line
            span = Span(0, 0, 0, max(len(_line_text(lines, 0).rstrip()), 1))
        source = d.get("source")
        origin = None
        if source and source.get("file"):
            origin = f"{source['file']}:{source['line']}" + (f":{source['column']}" if source.get("column") else "")
        out.append(Finding(d["code"], d["message"], span, source=SOURCE_HLO, origin=origin,
                           data={"hint": d.get("hint"), "python": source, "instruction": hlo.get("instruction")}))
    return out


# -- the parsed module: where things are -------------------------------------------------------

@dataclass
class HloIndex:
    """Positions of a parsed module's computations and instructions (0-based lines)."""

    module: Module
    lines: list[str]
    comp_starts: list[int] = field(default_factory=list)
    comps: list[Computation] = field(default_factory=list)
    by_line: dict[int, Instruction] = field(default_factory=dict)

    @classmethod
    def build(cls, module: Module, text: str) -> "HloIndex":
        index = cls(module, text.splitlines())
        for comp in sorted(module.computations.values(), key=lambda c: c.line):
            index.comp_starts.append(comp.line - 1)
            index.comps.append(comp)
            for inst in comp.instructions:
                if inst.line:
                    index.by_line[inst.line - 1] = inst
        return index

    def computation_at(self, line: int) -> Computation | None:
        i = bisect.bisect_right(self.comp_starts, line) - 1
        return self.comps[i] if i >= 0 else None

    def token_at(self, line: int, col: int) -> tuple[str, Span] | None:
        for match in _TOKEN.finditer(_line_text(self.lines, line)):
            if match.start() <= col <= match.end():
                return match.group().lstrip("%"), Span(line, match.start(), line, match.end())
        return None

    def name_span(self, line: int, name: str) -> Span:
        text = _line_text(self.lines, line)
        at = text.find(name)
        return Span(line, max(at, 0), line, max(at, 0) + len(name))

    def computation_span(self, comp) -> Span:
        start = comp.line - 1
        i = self.comps.index(comp)
        last = max((inst.line - 1 for inst in comp.instructions if inst.line), default=start)
        end = min(last + 1, (self.comp_starts[i + 1] - 1) if i + 1 < len(self.comps) else len(self.lines) - 1)
        end = max(end, start)
        return Span(start, 0, end, len(_line_text(self.lines, end)))

    def resolve(self, line: int, col: int):
        """The instruction or computation the token at a position names, and the token's span."""
        token = self.token_at(line, col)
        if token is None:
            return None, None
        name, span = token
        comp = self.computation_at(line)
        if comp is not None and comp.instruction(name) is not None:
            return comp.instruction(name), span
        if name in self.module.computations:
            return self.module.computations[name], span
        inst = self.by_line.get(line)
        if inst is not None and name == inst.opcode.text:
            return inst, span  # the opcode word of this line's instruction
        return None, span


def definition(index: HloIndex, line: int, col: int) -> Span | None:
    """Where the instruction or computation named at a position is defined."""
    target, _ = index.resolve(line, col)
    if target is None or not getattr(target, "line", 0):
        return None
    return index.name_span(target.line - 1, target.name)


@dataclass
class Symbol:
    name: str
    detail: str
    kind: str           # "computation" or "instruction"
    span: Span
    name_span: Span
    children: list["Symbol"] = field(default_factory=list)


def symbols(index: HloIndex) -> list[Symbol]:
    out = []
    for comp in index.comps:
        params = ", ".join(p.shape.text(with_layout=False) for p in comp.parameters)
        root = comp.root.shape.text(with_layout=False) if comp.root is not None else "?"
        children = [Symbol(i.name, f"{i.shape.text(with_layout=False)} {i.opcode.text}", "instruction",
                           index.name_span(i.line - 1, i.name), index.name_span(i.line - 1, i.name))
                    for i in comp.instructions if i.line]
        out.append(Symbol(comp.name, ("ENTRY " if comp.is_entry else "") + f"({params}) -> {root}", "computation",
                          index.computation_span(comp), index.name_span(comp.line - 1, comp.name), children))
    return out


# -- hover -------------------------------------------------------------------------------------

def hover(index: HloIndex, line: int, col: int, auto_cast: str = "matmult", auto_cast_type: str = "bf16"):
    """``(markdown, span)`` for the instruction or computation at a position, or None."""
    target, span = index.resolve(line, col)
    if target is None:
        return None
    from nccd.compiler.ir.module import Computation

    if isinstance(target, Computation):
        return _computation_hover(index, target), span
    return _instruction_hover(index.module, target, auto_cast, auto_cast_type), span


def _computation_hover(index: HloIndex, comp) -> str:
    params = ", ".join(f"{p.name}: {p.shape.text(with_layout=False)}" for p in comp.parameters)
    root = comp.root.shape.text(with_layout=False) if comp.root is not None else "?"
    callers = sorted({c.name for c in index.module.callers().get(comp.name, [])})
    lines = [f"**computation `{comp.name}`**" + (" (entry)" if comp.is_entry else ""), "",
             f"`({params}) -> {root}`, {len(comp.instructions)} instructions"]
    if callers:
        lines.append(f"called by {', '.join(f'`{c}`' for c in callers[:8])}")
    return "\n".join(lines)


def opcode_support_table(opcode) -> list[str]:
    """A markdown table of the opcode's support on every target, from the operator tables."""
    from nccd.compiler.targets import tables

    entry = tables.entry(opcode)
    rows = ["| target | support |", "|---|---|"]
    for t in tables.TARGETS:
        s = entry.on(t)
        if s.supported:
            text = "yes" + ("" if s.documented else " (assumed: undocumented)")
            if s.constraints:
                text += "; " + "; ".join(c.description.split(". ")[0].rstrip(".") for c in s.constraints)
        else:
            text = f"**no** ({s.code}): {s.reason}"
        rows.append(f"| {t.name} | {text.replace('|', '/')} |")
    return rows


def _instruction_hover(module, inst, auto_cast: str, auto_cast_type: str) -> str:
    from nccd.compiler.targets import tables

    entry = tables.entry(inst.opcode)
    operands = ", ".join(o.name for o in inst.operands[:6]) + (", …" if len(inst.operands) > 6 else "")
    lines = [f"**`{inst.name}`** = `{inst.shape.text(with_layout=False)}` **{inst.opcode.text}**({operands})", "",
             f"XlaBuilder `{entry.list_name}`, {entry.category}"]
    if entry.notes:
        lines.append(f"_{entry.notes}_")
    location = module.source_location(inst)
    if location is not None:
        where = f"{location.file}:{location.line}" + (f" in `{location.function}`" if location.function else "")
        lines.append(f"from Python: {where}")
    from nccd.compiler.ir.opcodes import MATRIX_OPS

    if inst.opcode in MATRIX_OPS and auto_cast != "none":
        lines.append(f"with --auto-cast {auto_cast}: FP32 operands are computed in {auto_cast_type}")
    lines += ["", *opcode_support_table(inst.opcode)]
    return "\n".join(lines)


def python_origin_path(origin_file: str, hlo_path: str | None) -> str | None:
    """The Python file a finding came from, if it exists (relative paths are tried from the HLO file)."""
    if os.path.isabs(origin_file):
        return origin_file if os.path.exists(origin_file) else None
    for base in filter(None, (os.path.dirname(hlo_path) if hlo_path else None, os.getcwd())):
        candidate = os.path.join(base, origin_file)
        if os.path.exists(candidate):
            return os.path.abspath(candidate)
    return None

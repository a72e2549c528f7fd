"""Incremental recompiles: an edit that only changes constants is patched into the last artifact.

The common edit while tuning a model — a scale, an epsilon, a clamp bound, a table of values
— changes constant literals and nothing else. When the previous compile of the same model
(same file name, same flags) is still in memory and its trace (compiler/value_deps.py) shows
that no check and no pass decided anything from those constants' values, the new artifact is
the old program with the new literals: no parsing of the whole file, no checks, no passes,
no proto encoding. Anything else (a changed line that is not a constant's literal, a constant
whose value a pass folded, merged, matched or copied) returns None and the engine compiles
in full. tests/test_incremental.py compares every patched artifact with a full compile.
"""

from __future__ import annotations

import time

from nccd.compiler import __version__
from nccd.compiler.artifact import container
from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.hlo.proto_writer import literal_to_proto
from nccd.compiler.ir.fingerprint import fingerprint
from nccd.compiler.ir.opcodes import Opcode
from nccd.compiler.ir.verifier import literal_problem
from nccd.compiler.passes.rewrite import clone_module
from nccd.compiler.value_deps import CompileTrace

from .entries import Compiled, Loaded, text_of

Trace = CompileTrace
#: More changed lines than this is not "an edit of a few constants": compile in full.
MAX_EDITED_LINES = 64


def _constant_line(line: str):
    """The constant instruction one HLO text line declares, parsed on its own (or None)."""
    try:
        module = parse_hlo_text(f"HloModule m\nENTRY e {{\n{line}\n}}\n")
    except HloError:
        return None
    if module.entry is None:
        return None
    (inst,) = module.entry.instructions
    return inst if inst.opcode is Opcode.CONSTANT else None


def _same_but_literal(old, new) -> bool:
    return (old.name == new.name and old.shape == new.shape and old.attrs == new.attrs
            and old.metadata == new.metadata)


def constant_edits(old_text: str, new_text: str, module) -> dict | None:
    """{(computation, instruction): new literal} when ``new_text`` is ``old_text`` with only
    constant literals changed, line for line; else None."""
    old_lines, new_lines = old_text.split("\n"), new_text.split("\n")
    if len(old_lines) != len(new_lines):
        return None
    changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b]
    if not changed or len(changed) > MAX_EDITED_LINES:
        return None
    constants = {inst.line: inst for comp in module.computations.values() for inst in comp.instructions
                 if inst.opcode is Opcode.CONSTANT and inst.line}
    edits = {}
    for i in changed:
        inst = constants.get(i + 1)
        if inst is None:
            return None
        before, after = _constant_line(old_lines[i]), _constant_line(new_lines[i])
        if before is None or after is None or not _same_but_literal(before, after):
            return None
        if after.literal is None or after.literal.elided or literal_problem(after.literal) is not None:
            return None  # a full compile reports what is wrong with it
        edits[(inst.computation.name, inst.name)] = after.literal
    return edits


def _swap(module, replacements: dict) -> list[tuple[str, str]]:
    """Replace literals (old object -> new object) everywhere in ``module``; the places swapped."""
    swapped = []
    for comp in module.computations.values():
        for inst in comp.instructions:
            new = replacements.get(id(inst.literal)) if inst.literal is not None else None
            if new is not None:
                inst.literal = new
                swapped.append((comp.name, inst.name))
    return swapped


def try_patch(old: Compiled, old_text: str, data: bytes, options, label: str) -> tuple[Compiled, Loaded] | None:
    """The compile of ``data`` made from ``old``, the last compile of the same model (whose text was
    ``old_text``), with its loaded module; or None when a full compile is needed."""
    if old.trace is None or old.program is None or old.source is None or old.trace.proto is None:
        return None
    new_text = text_of(data)
    if new_text is None:
        return None
    edits = constant_edits(old_text, new_text, old.source)
    if edits is None:
        return None
    trace: CompileTrace = old.trace
    if trace.info is None or trace.constants is None:
        return None
    old_info, old_constants = trace.info, trace.constants
    replacements = {}
    for (comp_name, inst_name), literal in edits.items():
        inst = old.source.computations[comp_name].instruction(inst_name)
        if inst is None or inst.literal is None or trace.is_consumed(inst.literal) or inst.literal.shape != literal.shape:
            return None
        replacements[id(inst.literal)] = literal
    source = clone_module(old.source)
    _swap(source, replacements)
    program = clone_module(old.program)
    swapped = _swap(program, replacements)
    proto = type(trace.proto)()
    proto.CopyFrom(trace.proto)
    constants = dict(old_constants)
    where = {(comp.name, inst.name): inst for comp in proto.computations for inst in comp.instructions}
    for comp_name, inst_name in swapped:
        swapped_inst = program.computations[comp_name].instruction(inst_name)
        literal = swapped_inst.literal if swapped_inst is not None else None
        assert literal is not None  # _swap swapped a constant's literal here
        if (comp_name, inst_name) in constants:
            constants[(comp_name, inst_name)] = literal.to_numpy()
        else:
            instruction = where[(comp_name, inst_name)]
            instruction.ClearField("literal")
            literal_to_proto(literal, instruction.literal)
    new_fingerprint = fingerprint(source)
    created = int(time.time())
    info = {**old_info, "created": created,
            "model": {**old_info["model"], "source": label, "fingerprint": new_fingerprint}}
    artifact = container.pack_parts(proto, constants, info, compiler_version=__version__, target=options.target,
                                    model_name=source.name, features=trace.features, created=created)
    result = {**old.result, "model": label, "fingerprint": new_fingerprint, "artifact_bytes": len(artifact)}
    new_trace = CompileTrace(consumed=trace.consumed, info=info, proto=proto, constants=constants,
                             features=trace.features)
    source.source_path = label
    return Compiled(artifact, result, program, new_trace, source), Loaded(source, None, new_text, new_fingerprint)

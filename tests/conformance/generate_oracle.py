#!/usr/bin/env python3
"""Generate tests/conformance/oracle.json: what XLA's C++ parser says about every case.

A DEVELOPER tool: it needs an interpreter with jaxlib 0.10.2 (``NCC_JAX_PYTHON`` or
``--jax-python``), whose ``hlo_module_from_text`` is XLA's parser (unverified). It runs in the
project's own venv, from the repository root:

    NCC_JAX_PYTHON=/work/venvs/jax/bin/python python -m tests.conformance.generate_oracle

Only facts are kept, never XLA's text: per case XLA's verdict; for a rejected text the line
and column of XLA's first error and the codes of ours that name its cause (CAUSES below);
for an accepted one our fingerprint of XLA's re-print and of XLA's HloModuleProto of the
module, and whether XLA accepts our printer's text of it as the same module. The file is
tagged with FINGERPRINT_VERSION: when fingerprints change, the tier asks for a rerun.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time

from nccd.compiler.diagnostics import HloError
from nccd.compiler.hlo.loader import load_bytes
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.hlo.printer import STYLES, print_module
from nccd.compiler.hlo.proto_reader import read_module_proto
from nccd.compiler.ir.fingerprint import FINGERPRINT_VERSION, fingerprint

from .cases import CORPUS, ORACLE, load_cases, short_fingerprint
from .xla import XlaParser, jax_python

#: What XLA's first error says -> our codes that name the same cause. The first match wins;
#: a message no row matches gets no codes (then only the line is compared).
CAUSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"Unknown opcode|expects opcode", ("NCC-E002", "NCC-E001")),
    (r"unexpected '\}' token", ("NCC-E013", "NCC-E001")),
    (r"out of range|NaN payload|nested array|elements in the|literal|Constant", ("NCC-E013",)),
    (r"unexpected attribute|attribute name|ResultAccuracy|API version|operand layout constraint|"
     r"Operand layout constraint|DimLevelType|physical shape|dimension numbers|spatial dimensions|"
     r"padding_low|ShapeIndex|aliasing|expects integer|parameter_replication|use_global_device_ids|"
     r"\[0-\d+bf\?\]", ("NCC-E003", "NCC-E001")),
    (r"is not defined|does not exist|cannot parse as an instruction name", ("NCC-E004", "NCC-E001", "NCC-E012")),
    (r"only one ROOT", ("NCC-E001",)),  # XLA's grammar: a computation has one ROOT line
    (r"already exists|previously defined|Duplicate parameter number|only one ENTRY",
     ("NCC-E006", "NCC-E024")),
    (r"Shape of computation", ("NCC-E025",)),
    (r"parameter number must be", ("NCC-E001", "NCC-E024")),
    (r"requires at least one operand", ("NCC-E014",)),
    (r"first operand must be", ("NCC-E021",)),
    (r"Async|async|wrapped opcode|called by more than one", ("NCC-E026", "NCC-E020", "NCC-E003", "NCC-E022")),
    (r"infeed must have", ("NCC-E020",)),
    (r"declared operand shape|Operand had no shape", ("NCC-E021", "NCC-E001")),
    (r"expects name|expects '=' in instruction|Expected eof|expects '|Syntax error|expected primitive",
     ("NCC-E001", "NCC-E007", "NCC-E011", "NCC-E015")),
)


def cause_codes(message: str) -> list[str] | None:
    for pattern, codes in CAUSES:
        if re.search(pattern, message):
            return list(codes)
    return None


def _our_fingerprint(read) -> tuple[str | None, str | None]:
    try:
        return short_fingerprint(fingerprint(read())), None
    except HloError as exc:
        d = exc.diagnostics[0]
        return None, f"{d.code} at {d.line}:{d.column}"


def _our_print(xla: XlaParser, data: bytes, reference: str | None, by_proto: bool) -> tuple[bool | None, str]:
    """Whether XLA accepts each of our printing styles as the module XLA read from the case
    (compared through XLA's re-print, or its protobuf where the re-print is not faithful)."""
    try:
        module = load_bytes(data)
    except HloError:
        return None, "our parser rejects the case"
    for style in STYLES:
        try:
            text = print_module(module, style)
        except Exception as exc:  # noqa: BLE001 - a printer bug, counted by the tier as a crash
            return None, f"{style}: our printer crashes ({type(exc).__name__})"
        verdict = xla.parse(text)
        if not verdict.accepted:
            line, column = verdict.position
            return False, f"{style}: XLA rejects our print at {line}:{column}"
        again, _ = _our_fingerprint(lambda verdict=verdict: read_module_proto(verdict.proto) if by_proto
                                    else parse_hlo_text(verdict.reprint))
        if reference is not None and again != reference:
            return False, f"{style}: XLA reads our print as another module"
    return True, ""


def _unfaithful_reprint(xla: XlaParser, verdict, proto_fp: str | None) -> str:
    """Why XLA's re-print of a module is not that module, or "": XLA's own parser rejects it
    (its printer writes sugar such as ``send-start`` that its parser refuses) or reads it as
    another module (attributes of an async-start printed on the wrapped op's sugar). The module
    XLA holds, its HloModuleProto, is then the reference."""
    again = xla.parse(verdict.reprint)
    if not again.accepted:
        line, column = again.position
        return f"XLA rejects its own re-print at {line}:{column}"
    fp, _ = _our_fingerprint(lambda: read_module_proto(again.proto))
    return "XLA reads its own re-print as another module" if fp != proto_fp else ""


def oracle_entry(xla: XlaParser, case) -> tuple[dict, str]:
    data = case.data()
    verdict = xla.parse(data.decode("utf-8"))
    entry: dict = {"sha1": case.sha1}
    if not verdict.accepted:
        line, column = verdict.position
        entry.update(xla="crash" if verdict.crashed else "reject", line=line, column=column,
                     codes=cause_codes(verdict.first_error))
        return entry, verdict.first_error
    entry["xla"] = "accept"
    entry["reprint"], error = _our_fingerprint(lambda: parse_hlo_text(verdict.reprint))
    if error:
        entry["reprint_error"] = error
    entry["proto"], error = _our_fingerprint(lambda: read_module_proto(verdict.proto))
    if error:
        entry["proto_error"] = error
    unfaithful = _unfaithful_reprint(xla, verdict, entry["proto"])
    if unfaithful:
        entry["reprint_unfaithful"] = unfaithful
    reference = entry["proto"] if unfaithful else entry["reprint"]
    entry["our_print"], problem = _our_print(xla, data, reference, by_proto=bool(unfaithful))
    if problem:
        entry["our_print_problem"] = problem
    return entry, ""


def oracle_text(oracle: dict) -> str:
    """JSON with one line per case, so that a regeneration diffs case by case."""
    head = {k: v for k, v in oracle.items() if k != "cases"}
    lines = [json.dumps(head, indent=1)[:-2] + ',\n "cases": {']
    cases = list(oracle["cases"].items())
    for i, (name, entry) in enumerate(cases):
        lines.append(f"  {json.dumps(name)}: {json.dumps(entry)}" + ("," if i + 1 < len(cases) else ""))
    lines.append(" }\n}\n")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jax-python", default=jax_python(), help="interpreter with jaxlib (NCC_JAX_PYTHON)")
    args = ap.parse_args(argv)
    if not args.jax_python:
        ap.error("needs an interpreter with jaxlib: --jax-python or NCC_JAX_PYTHON")
    version = subprocess.run([args.jax_python, "-c", "import jaxlib; print(jaxlib.__version__)"],
                             capture_output=True, text=True, check=True).stdout.strip()
    manifest = json.loads((CORPUS / "manifest.json").read_text())
    started = time.monotonic()
    entries, unmatched = {}, []
    with XlaParser(args.jax_python) as xla:
        for case in load_cases():
            entries[case.name], message = oracle_entry(xla, case)
            if message and entries[case.name]["codes"] is None:
                unmatched.append(f"{case.name}: {message}")
    oracle = {
        "about": "XLA's C++ parser (jaxlib's hlo_module_from_text) on ../shared/corpus/xla-tests; "
                 "written by tests/conformance/generate_oracle.py, facts only (see its docstring)",
        "jaxlib": version,
        "xla_revision": manifest["source"]["revision"],
        "fingerprint_version": FINGERPRINT_VERSION,
        "cases": entries,
    }
    ORACLE.write_text(oracle_text(oracle))
    verdicts = [e["xla"] for e in entries.values()]
    print(f"{ORACLE}: {len(entries)} cases ({verdicts.count('accept')} accepted by XLA, "
          f"{verdicts.count('reject')} rejected, {verdicts.count('crash')} crashed XLA) "
          f"in {time.monotonic() - started:.0f} s")
    for line in unmatched:
        print(f"  no cause codes for {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What our front end does with a conformance case: load, verify, print, re-parse, fingerprint.

:func:`run` never raises: a Python exception other than the front end's own ``HloError`` is
recorded as a crash (that is a bug whatever the input). :func:`judge` compares the outcome
with what the case expects and names every disagreement by class.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass, field

from nccd.compiler.diagnostics import MALFORMED_PROTO, Diagnostic, HloError
from nccd.compiler.hlo.loader import load_bytes
from nccd.compiler.hlo.parser import parse_hlo_text
from nccd.compiler.hlo.printer import STYLES, print_module
from nccd.compiler.ir.fingerprint import fingerprint
from nccd.compiler.ir.verifier import verify_module

from .cases import Case, Expect, short_fingerprint

#: Real-model dumps of several MB are printed in the long style only: the other styles add
#: nothing their small cases do not already check, and would triple the tier's run time.
_ALL_STYLES_BELOW_BYTES = 256 * 1024
#: The verifier reports its own bugs as a diagnostic instead of raising (verifier.verify_module).
_VERIFIER_BUG = "internal verifier error"


@dataclass
class Outcome:
    parse_error: Diagnostic | None = None
    crash: str | None = None                  # the exception, where our code raised one
    verify_errors: list[Diagnostic] = field(default_factory=list)
    fingerprint: str | None = None            # short form, see cases.short_fingerprint
    prints: dict[str, str] = field(default_factory=dict)   # style -> our print of the module
    print_problems: list[str] = field(default_factory=list)  # styles that do not re-parse the same

    @property
    def parsed(self) -> bool:
        return self.parse_error is None and self.crash is None

    @property
    def first_error(self) -> Diagnostic | None:
        if self.parse_error is not None:
            return self.parse_error
        return self.verify_errors[0] if self.verify_errors else None


def _crash(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__}: {exc} (at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})"


def run(case: Case, check_prints: bool = True) -> Outcome:
    out = Outcome()
    data = case.data()
    try:
        module = load_bytes(data, case.name)
    except HloError as exc:
        out.parse_error = exc.diagnostics[0]
        return out
    except Exception as exc:  # noqa: BLE001 - any other exception is the bug being measured
        out.crash = _crash(exc)
        return out
    try:
        diagnostics = verify_module(module)
        out.verify_errors = [d for d in diagnostics if d.is_error]
        if any(_VERIFIER_BUG in d.message for d in out.verify_errors):
            out.crash = next(d.message for d in out.verify_errors if _VERIFIER_BUG in d.message)
        out.fingerprint = short_fingerprint(fingerprint(module))
        if check_prints:
            for style in STYLES if len(data) < _ALL_STYLES_BELOW_BYTES else ("long",):
                text = out.prints[style] = print_module(module, style)
                try:
                    again = short_fingerprint(fingerprint(parse_hlo_text(text)))
                except HloError as exc:
                    out.print_problems.append(f"{style}: our print does not re-parse: "
                                              f"{exc.diagnostics[0].format().splitlines()[0]}")
                    continue
                if again != out.fingerprint:
                    out.print_problems.append(f"{style}: our print re-parses to another fingerprint")
    except Exception as exc:  # noqa: BLE001
        out.crash = _crash(exc)
    return out


# -- judging ----------------------------------------------------------------------------------
AGREE = "agree"
FALSE_REJECT = "false reject"            # XLA's parser accepts, ours rejects
FALSE_ACCEPT = "false accept"            # XLA's parser rejects, we accept (parse and verify)
CRASH = "crash"
WRONG_PLACE = "rejected at another line"
WRONG_CAUSE = "rejected for another cause"
PROTO_FOR_TEXT = "text read as a protobuf"
FINGERPRINT_MISMATCH = "fingerprint mismatch"  # ours differs from XLA's re-print's
PRINT_NOT_REPARSED = "our print does not re-parse the same"
PRINT_NOT_ACCEPTED = "print not accepted by XLA"  # from the oracle (or the live tier)
VERIFY_FALSE_ERROR = "verifier false error"
VERIFY_MISS = "verifier miss"

_COMMENT_OR_SPACE = re.compile(r"(?:\s+|/\*.*?\*/|//[^\n]*)*", re.S)


def same_place(text: str, our_line: int | None, xla_line: int | None, xla_column: int | None) -> bool:
    """Whether our error line is XLA's: the same line, or the line just before the token XLA
    stopped at (XLA reports what it finds wrong after an instruction or computation ends at
    the next token, so its position can be the first token after the offending text)."""
    if xla_line is None:
        return True
    if our_line is None:
        return False
    if our_line == xla_line:
        return True
    if not our_line < xla_line:
        return False
    lines = text.split("\n")
    if our_line > len(lines):
        return False
    start = sum(len(line) + 1 for line in lines[:our_line])  # just after our line
    stop = sum(len(line) + 1 for line in lines[:xla_line - 1]) + max((xla_column or 1) - 1, 0)
    return _COMMENT_OR_SPACE.match(text, start).end() >= stop


def parse_stage_problems(case: Case, out: Outcome) -> list[str]:
    """Disagreements about accepting the text (the parse stage: the parser plus, for texts XLA's
    parser rejects, our verifier, which holds some of the checks XLA makes while parsing)."""
    if out.crash:
        return [f"{CRASH}: {out.crash}"]
    expect = case.expect
    if expect is not Expect.PARSE_ERROR:
        return [] if out.parsed else [f"{FALSE_REJECT}: {out.parse_error.format().splitlines()[0]}"]
    error = out.first_error
    if error is None:
        return [f"{FALSE_ACCEPT}: XLA's parser rejects this text (line {case.xla_line})"]
    problems = []
    if error.code == MALFORMED_PROTO.code:
        problems.append(f"{PROTO_FOR_TEXT}: {error.message}")
    if not same_place(case.text(), error.line, case.xla_line, case.xla_column):
        problems.append(f"{WRONG_PLACE}: ours {error.line}:{error.column}, XLA's "
                        f"{case.xla_line}:{case.xla_column}: {error.format().splitlines()[0]}")
    codes = case.cause_codes
    if codes is not None and error.code not in codes:
        problems.append(f"{WRONG_CAUSE}: {error.code}, expected one of {', '.join(codes)}: "
                        f"{error.format().splitlines()[0]}")
    return problems


def print_problems(case: Case, out: Outcome) -> list[str]:
    """Disagreements about the module's identity: printing, re-parsing, fingerprints."""
    if not case.xla_accepts or not out.parsed or out.crash:
        return []
    problems = [f"{PRINT_NOT_REPARSED}: {p}" for p in out.print_problems]
    want = case.reprint_fingerprint
    if want is None:
        problems.append(f"{FINGERPRINT_MISMATCH}: our parser rejects XLA's re-print "
                        f"({case.oracle.get('reprint_error', '?')})")
    elif out.fingerprint != want:
        problems.append(f"{FINGERPRINT_MISMATCH}: ours {out.fingerprint}, XLA's re-print {want}")
    if case.oracle.get("our_print") is False:
        problems.append(f"{PRINT_NOT_ACCEPTED}: {case.oracle.get('our_print_problem', '')}")
    return problems


def verify_stage_problems(case: Case, out: Outcome) -> list[str]:
    """Disagreements of our verifier with XLA's on texts XLA's parser accepts."""
    if not case.xla_accepts or not case.verification_claimed or not out.parsed or out.crash:
        return []
    if case.expect is Expect.VERIFY_ERROR and not out.verify_errors:
        return [f"{VERIFY_MISS}: XLA's verifier reports {case.error_substr[0] if case.error_substr else 'an error'!r}"]
    if case.expect is Expect.VALID and out.verify_errors:
        return [f"{VERIFY_FALSE_ERROR}: {out.verify_errors[0].format().splitlines()[0]}"]
    return []


def classes(problems: list[str]) -> list[str]:
    """The class names of a list of problems (the text before the first ':')."""
    return [p.split(":", 1)[0] for p in problems]

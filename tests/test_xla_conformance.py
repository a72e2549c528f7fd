"""Conformance with XLA's own parser and verifier tests (../shared/corpus/xla-tests).

XLA's C++ parser at jaxlib 0.10.2 is the ground truth, recorded in tests/conformance/oracle.json
(regenerate with the command in cases.REGENERATE). Per case, one test per stage:

* parse: a text XLA accepts loads; one XLA rejects is rejected (by the parser, or by the
  verifier for the semantic checks XLA makes while parsing) at XLA's line, with a code that
  names XLA's cause, and never as a protobuf.
* print: each printing style re-parses to the same module, whose fingerprint is the one of
  XLA's re-print of the text, and XLA accepted our print as that module.
* verify: our verifier agrees with XLA's (no false errors on valid modules, the error on the
  invalid ones). This stage is the verifier's side of the work (conformance/pending.py).

Cases that cannot agree (configuration the text does not carry) are listed once, with their
reasons, in docs/conformance.md, which this file reads. With NCC_JAX_PYTHON pointing at a
Python with jaxlib, a live tier also asks XLA about our printed text.
"""

from __future__ import annotations

from functools import cache

import pytest

from conformance import cases as C
from conformance import ours
from conformance.expected_failures import CHECKS, documented, verifier_rejects
from conformance.pending import PARSER_PENDING, VERIFIER_PENDING
from nccd.compiler.ir.fingerprint import FINGERPRINT_VERSION

pytestmark = pytest.mark.needs_shared

CASES = C.load_cases() if C.corpus_present() else ()
ACCEPTED = [c for c in CASES if c.oracle and c.xla_accepts]
DOCUMENTED = documented()


@cache
def outcome(name: str) -> ours.Outcome:
    return ours.run(next(c for c in CASES if c.name == name))


def _params(cases, check: str):
    params = []
    for case in cases:
        marks = []
        entry = DOCUMENTED.get((case.name, check))
        if entry is not None:
            marks.append(pytest.mark.xfail(strict=True, reason=f"docs/conformance.md: {entry.reason}"))
        elif check == "verify" and case.name in VERIFIER_PENDING:
            marks.append(pytest.mark.xfail(strict=False, reason="verifier work pending (conformance/pending.py)"))
        elif check != "verify" and case.name in PARSER_PENDING.get(check, ()):
            marks.append(pytest.mark.xfail(strict=True, reason="parser work pending (conformance/pending.py)"))
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


def test_oracle_is_current():
    oracle = C.load_oracle()
    stale = f"tests/conformance/oracle.json is stale; regenerate it: {C.REGENERATE}"
    assert oracle.get("fingerprint_version") == FINGERPRINT_VERSION, stale
    missing = [c.name for c in CASES if c.oracle.get("sha1") != c.sha1]
    assert not missing, f"{stale} (cases changed or new: {missing[:5]})"


def test_expected_failure_lists_name_real_cases():
    names = {c.name for c in CASES}
    listed = {case for case, _ in DOCUMENTED} | set(VERIFIER_PENDING)
    listed |= {name for pending in PARSER_PENDING.values() for name in pending}
    assert not listed - names, f"unknown cases listed: {sorted(listed - names)[:5]}"
    assert set(PARSER_PENDING) <= set(CHECKS) - {"verify"}
    verified = {c.name for c in ACCEPTED if c.verification_claimed}
    assert VERIFIER_PENDING <= verified, f"no verify test for {sorted(VERIFIER_PENDING - verified)[:5]}"


def test_texts_xla_verifier_rejects_are_files_without_an_expectation_of_their_own():
    """The list that turns an hlo_file case into an expected verifier error names hlo_file cases
    XLA's parser accepts, each with its reason, and none is also an expected failure."""
    rejects = verifier_rejects()
    by_name = {c.name: c for c in CASES}
    assert set(rejects) <= set(by_name), f"unknown cases: {sorted(set(rejects) - set(by_name))[:5]}"
    assert all(by_name[n].group == "hlo_file" and by_name[n].xla_accepts for n in rejects)
    assert all(reason.strip() for reason in rejects.values())
    assert not set(rejects) & ({case for case, _ in DOCUMENTED} | VERIFIER_PENDING)


@pytest.mark.parametrize("case", _params(CASES, "parse"))
def test_parse_stage(case):
    problems = ours.parse_stage_problems(case, outcome(case.name))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case", _params(ACCEPTED, "print"))
def test_print_and_fingerprint(case):
    problems = ours.print_problems(case, outcome(case.name))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case", _params([c for c in ACCEPTED if c.verification_claimed], "verify"))
def test_verify_stage(case):
    """The verifier's side of the work: agreement with XLA's verifier (see conformance/pending.py)."""
    problems = ours.verify_stage_problems(case, outcome(case.name))
    assert not problems, "\n".join(problems)


# -- live tier: XLA itself, when NCC_JAX_PYTHON names a Python with jaxlib ----------------------
@pytest.fixture(scope="module")
def xla():
    from conformance.xla import XlaParser, jax_python

    python = jax_python()
    if python is None:
        pytest.skip("set NCC_JAX_PYTHON to a Python with jaxlib to ask XLA itself")
    with XlaParser(python) as parser:
        yield parser


@pytest.mark.parametrize("case", _params(ACCEPTED, "print"))
def test_xla_accepts_our_print_live(case, xla):
    from nccd.compiler.hlo.parser import parse_hlo_text
    from nccd.compiler.hlo.proto_reader import read_module_proto
    from nccd.compiler.ir.fingerprint import fingerprint

    out = outcome(case.name)
    if not out.parsed:
        pytest.fail(f"our parser rejects the case: {out.parse_error.format()}")
    # as in the oracle: where XLA's re-print is not the module, XLA's protobuf of it is
    by_proto = bool(case.oracle.get("reprint_unfaithful"))

    def xla_module(verdict):
        return read_module_proto(verdict.proto) if by_proto else parse_hlo_text(verdict.reprint)

    reprint = xla.parse(case.text())
    assert reprint.accepted, reprint.error
    want = C.short_fingerprint(fingerprint(xla_module(reprint)))
    assert out.fingerprint == want, "fingerprint differs from XLA's re-print's"
    for style, text in out.prints.items():
        verdict = xla.parse(text)
        assert verdict.accepted, f"{style}: {verdict.error}"
        assert C.short_fingerprint(fingerprint(xla_module(verdict))) == want, \
            f"{style}: XLA reads our print as another module"

"""Known disagreements with XLA that are bugs being fixed (see expected_failures.py).

Each name is a case of ../shared/corpus/xla-tests. Remove a name as soon as its case agrees:
the parser lists are strict (a case that starts agreeing fails until removed), the verifier
list is not (its owner empties it as the verifier work lands).
"""

from __future__ import annotations

#: Parser side (compiler/hlo/parser.py, printer, fingerprint, loader): check -> cases.
PARSER_PENDING: dict[str, frozenset[str]] = {
    "parse": frozenset(),
    "print": frozenset(),
}

#: Verifier side (compiler/ir/verifier.py, verifier_module.py, shape_rules.py): verify-stage
#: disagreements on texts XLA parses. xfail(strict=False) until fixed; then remove the name.
#: Empty: every verify-stage disagreement left is explained in docs/conformance.md.
VERIFIER_PENDING: frozenset[str] = frozenset()

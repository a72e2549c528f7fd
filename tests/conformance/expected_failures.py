"""The cases the tier expects to disagree with XLA, and why, in two kinds of list.

* **Documented** (docs/conformance.md, the table under "Cases that cannot agree"): XLA's
  verdict depends on module configuration or verifier options the text does not carry. The
  tier reads that table, so the page and the test use one list; each entry is a strict xfail,
  so an entry that starts agreeing fails the tier until it is removed.
* **Rejected by XLA's verifier** (docs/conformance.md, the table under "Files XLA's verifier
  rejects"): hlo_file texts XLA's tools read unverified and XLA's default verifier rejects. These
  are not expected failures: the case's expectation becomes a verifier error (cases.Case.expect),
  so our verifier must reject them too.
* **Pending** (pending.py): disagreements that are bugs being fixed, one set per side of the
  work, so that each side's progress shows as passing tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cases import REPO

DOC = REPO / "docs" / "conformance.md"
CHECKS = ("parse", "print", "verify")
#: The verdict column of the "Files XLA's verifier rejects" table.
REJECTS = "rejects"
#: A row of the table: | `case name` | check | reason |
_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*(\w+)\s*\|\s*(.+?)\s*\|\s*$")


@dataclass(frozen=True)
class Documented:
    case: str
    check: str
    reason: str


def documented() -> dict[tuple[str, str], Documented]:
    """(case, check) -> entry, from the table in docs/conformance.md."""
    entries = {}
    for line in DOC.read_text().splitlines():
        m = _ROW.match(line)
        if m and m.group(2) in CHECKS:
            entry = Documented(*m.groups())
            entries[entry.case, entry.check] = entry
    return entries


def verifier_rejects() -> dict[str, str]:
    """case -> why XLA's verifier rejects it, from the table in docs/conformance.md."""
    return {m.group(1): m.group(3) for m in map(_ROW.match, DOC.read_text().splitlines())
            if m and m.group(2) == REJECTS}

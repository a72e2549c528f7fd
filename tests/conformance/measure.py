#!/usr/bin/env python3
"""Count how our front end agrees with XLA on ../shared/corpus/xla-tests, by class and group.

    python -m tests.conformance.measure [--list] [--group G] [--class C]

Every case is loaded, verified, printed in each style and re-parsed, and judged against the
committed oracle (see ours.py for the classes). ``--list`` prints each disagreement with its
case; the parse stage is ours (the parser), the verify stage the verifier's. Disagreements
that docs/conformance.md explains (verifier options or configuration the text does not carry)
are counted in their own rows, marked "(documented)"; hlo_file texts XLA's verifier rejects
(the other table there) are expected to be rejected and count as agreement only when they are.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from .cases import load_cases
from .expected_failures import documented
from .ours import AGREE, classes, parse_stage_problems, print_problems, run, verify_stage_problems

STAGES = (("parse", parse_stage_problems), ("print", print_problems), ("verify", verify_stage_problems))


def judge_all(cases, show: bool, only_class: str | None) -> tuple[Counter, Counter]:
    by_class: Counter = Counter()   # (stage, class) -> cases
    by_group: Counter = Counter()   # (group, stage, class) -> cases
    explained = documented()
    for case in cases:
        out = run(case)
        agreed = True
        for stage, judge in STAGES:
            problems = judge(case, out)
            for problem, cls in zip(problems, classes(problems)):
                agreed = False
                if (case.name, stage) in explained:
                    cls += " (documented)"
                by_class[stage, cls] += 1
                by_group[case.group, stage, cls] += 1
                if show and (only_class is None or only_class == cls):
                    print(f"{case.name} [{stage}] {problem}")
        if agreed:
            by_class["all", AGREE] += 1
            by_group[case.group, "all", AGREE] += 1
    return by_class, by_group


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="print every disagreement")
    ap.add_argument("--group", help="only this group (hlo_file, parser_test, verifier_test, ...)")
    ap.add_argument("--class", dest="cls", help="with --list: only this class")
    args = ap.parse_args(argv)
    cases = [c for c in load_cases() if args.group in (None, c.group)]
    started = time.monotonic()
    by_class, by_group = judge_all(cases, args.list, args.cls)
    groups = sorted({c.group for c in cases})
    rows = sorted(by_class, key=lambda k: (k[0] != "all", k))
    width = max(len(f"{s} / {c}") for s, c in rows) if rows else 10
    print(f"{len(cases)} cases in {time.monotonic() - started:.1f} s\n")
    print(f"{'stage / class':<{width}}  {'total':>5}  " + "  ".join(f"{g:>{len(g)}}" for g in groups))
    for stage, cls in rows:
        cells = "  ".join(f"{by_group[g, stage, cls]:>{len(g)}}" for g in groups)
        print(f"{stage + ' / ' + cls:<{width}}  {by_class[stage, cls]:>5}  {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

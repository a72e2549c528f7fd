"""Development tool: the both-ways match table of docs/stablehlo.md.

For every function the corpora hold as StableHLO and as HLO (tests/test_stablehlo_both_ways.py
says which files), print one Markdown row: do the canonical fingerprints match, do the
diagnostics match (code, Python file and line of each), and do the outputs on seeded inputs
match. Needs nothing but nccd:

    python tests/corpus/stablehlo_match_table.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from test_stablehlo_both_ways import (JAX_MODELS, OWN_MODELS, TORCH_MODELS,  # noqa: E402
                                      compare_diagnostics, compare_outputs, pair)

from nccd.compiler.diagnostics import HloError  # noqa: E402
from nccd.compiler.hlo.loader import load_module  # noqa: E402
from nccd.compiler.ir.fingerprint import fingerprint  # noqa: E402


def row(corpus: str, name: str) -> str:
    shlo_path, hlo_path = pair(corpus, name)
    try:
        shlo, hlo = load_module(str(shlo_path)), load_module(str(hlo_path))
    except HloError as exc:
        d = exc.diagnostics[0]
        return f"| {corpus} | {name} | refused: {d.code} {d.message} | | |"
    fp = "same" if fingerprint(shlo) == fingerprint(hlo) else "differs"
    diags = "same" if compare_diagnostics(shlo_path, hlo_path) is None else "differ"
    outputs = compare_outputs(shlo, hlo, name)
    return f"| {corpus} | {name} | {fp} | {diags} | {outputs} |"


def main() -> None:
    print("| corpus | model | fingerprint | diagnostics | outputs |")
    print("|---|---|---|---|---|")
    for name in JAX_MODELS:
        print(row("jax", name))
    for name in TORCH_MODELS:
        print(row("torch", name))
    for name in OWN_MODELS:
        print(row("own", name))


if __name__ == "__main__":
    main()

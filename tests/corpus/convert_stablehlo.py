"""Development tool: XLA's own StableHLO -> HLO conversion of the PyTorch/XLA corpus's StableHLO.

torch_xla's traced graph (``module.hlo.txt``) and its StableHLO export (``stablehlo.mlir``) are
not the same program: the export goes through ``torch.export``'s decompositions. The HLO export
*of the StableHLO function* is what XLA makes of that text, so this script writes it beside each
export as ``stablehlo.hlo.txt`` (XLA's printer, as ``jax.jit(f).lower(...).as_text("hlo")`` prints
JAX's). nccd's both-ways tier (``tests/test_stablehlo_both_ways.py``) compares nccd's reading of the
two. It also converts our own StableHLO fixtures, ``tests/corpus/stablehlo/NAME.mlir`` (written by
hand for ops the corpora lack, e.g. all_to_all across devices), into ``NAME.hlo.txt``. Needs jaxlib
(any venv that has it), never the product:

    NCC_JAX_PYTHON=/work/venvs/jax/bin/python
    $NCC_JAX_PYTHON tests/corpus/convert_stablehlo.py
"""

from __future__ import annotations

import json
import pathlib

from jax._src.lib import xla_client

TORCH_CORPUS = pathlib.Path(__file__).resolve().parent / "torch"
OWN_FIXTURES = pathlib.Path(__file__).resolve().parent / "stablehlo"
#: Own fixtures that JAX exported both ways (their HLO export keeps the Python lines this
#: conversion drops): written by tests/corpus/export_shard_map.py, left alone here.
JAX_EXPORTED = {"shard_map.mlir"}


def convert(text: str) -> str:
    computation = xla_client._xla.mlir.mlir_module_to_xla_computation(
        text, use_tuple_args=False, return_tuple=False)
    return computation.as_hlo_text()


def main() -> None:
    manifest = json.loads((TORCH_CORPUS / "manifest.json").read_text())["models"]
    for name, entry in sorted(manifest.items()):
        export = entry["stablehlo"]
        if "file" not in export:
            continue
        folder = TORCH_CORPUS / name
        hlo = convert((folder / export["file"]).read_text())
        (folder / "stablehlo.hlo.txt").write_text(hlo, encoding="utf-8", newline="\n")
        print(f"{name}: {len(hlo)} bytes")
    for source in sorted(OWN_FIXTURES.glob("*.mlir")):
        if source.name in JAX_EXPORTED:
            continue
        hlo = convert(source.read_text())
        source.with_suffix(".hlo.txt").write_text(hlo, encoding="utf-8", newline="\n")
        print(f"{source.name}: {len(hlo)} bytes")


if __name__ == "__main__":
    main()

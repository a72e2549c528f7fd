"""Development tool: JAX's StableHLO of a ``shard_map`` model, for the both-ways fixtures.

JAX prints ``sdy.manual_computation`` (the StableHLO of ``jax.shard_map``) only when the mesh has
more than one device; on one device the body is inlined. The JAX corpus is generated on one CPU
device, so this script forces four host devices and writes the model below exported both ways
from one lowering, as the JAX corpus generator does: ``lowered.as_text(debug_info=True)`` to
``tests/corpus/stablehlo/shard_map.mlir`` and ``lowered.as_text(dialect="hlo", debug_info=True)``
to ``shard_map.hlo.txt`` (with the Python lines, which ``tests/corpus/convert_stablehlo.py``'s
conversion would drop, so that script leaves this pair alone). ``tests/test_stablehlo_both_ways.py``
compares nccd's reading of both.

Two edits keep the pair comparable: source paths are made repo-relative (as the JAX corpus
generator does), and ``mhlo.num_partitions`` is left out of the module attributes, because XLA's
HLO text (``as_hlo_text()``) does not carry the partition count and the fingerprint counts it.
Needs jax (any venv that has it), never the product:

    NCC_JAX_PYTHON=/work/venvs/jax/bin/python
    $NCC_JAX_PYTHON tests/corpus/export_shard_map.py
"""

from __future__ import annotations

import os
import pathlib
import re

os.environ["XLA_FLAGS"] = "--xla_force_host_platform_device_count=4"   # before jax starts

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
from jax import lax  # noqa: E402
from jax.sharding import Mesh, PartitionSpec as P  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
OUT = REPO / "tests" / "corpus" / "stablehlo" / "shard_map.mlir"


def shard_map_model(x, w):
    mesh = Mesh(np.array(jax.devices()[:4]).reshape(2, 2), ("i", "j"))
    # manual over "i" only ("j" stays automatic inside: the body's sharding constraints name it)
    total = jax.shard_map(lambda a: lax.psum(jnp.sin(a), "i"), mesh=mesh, in_specs=P("i"),
                          out_specs=P(), axis_names={"i"})(x)
    # manual over both axes: two operands, two results, an all_to_all between the four devices
    mixed, moved = jax.shard_map(
        lambda a, b: (jnp.tanh(a @ b), lax.all_to_all(a, ("i", "j"), 1, 0, tiled=True)),
        mesh=mesh, in_specs=(P(("i", "j")), P()), out_specs=(P(("i", "j")), P(None, ("i", "j"))))(x, w)
    # one operand and one result, split along the second dimension
    counted = jax.shard_map(lambda a: a * 2.0 + lax.axis_index("j").astype(a.dtype), mesh=mesh,
                            in_specs=P(None, "j"), out_specs=P(None, "j"))(x)
    return total, mixed, moved, counted


def main() -> None:
    jax.config.update("jax_hlo_source_file_canonicalization_regex", "^" + re.escape(str(REPO) + os.sep))
    args = (np.ones((8, 4), np.float32), np.ones((4, 4), np.float32))
    lowered = jax.jit(shard_map_model).lower(*args)
    text = lowered.as_text(debug_info=True)
    text = re.sub(r"mhlo\.num_partitions = \d+ : i32, ", "", text, count=1)
    hlo = lowered.as_text(dialect="hlo", debug_info=True)
    for path, content in ((OUT, text), (OUT.with_suffix(".hlo.txt"), hlo)):
        path.write_text(content, encoding="utf-8", newline="\n")
        print(f"{path.relative_to(REPO)}: {len(content)} bytes")


if __name__ == "__main__":
    main()

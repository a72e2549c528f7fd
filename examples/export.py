"""Regenerate the example HLO files (needs JAX; the product and its tests do not).

    python examples/export.py
"""

from pathlib import Path

import jax
import jax.numpy as jnp

jax.config.update("jax_hlo_source_file_canonicalization_regex", r".*/(?=examples/)")

from models import encoder_block, sampler_step  # noqa: E402

HERE = Path(__file__).resolve().parent
f32 = jnp.float32
EXAMPLES = {
    "encoder_block": (encoder_block, [jax.ShapeDtypeStruct(s, f32) for s in
                                      [(2, 16, 64), (64, 192), (64, 64), (64, 256), (256, 64), (2, 64), (2, 64)]]),
    "sampler_step": (sampler_step, [jax.ShapeDtypeStruct((128,), f32), jax.ShapeDtypeStruct((), f32)]),
}

for name, (fn, args) in EXAMPLES.items():
    lowered = jax.jit(fn).lower(*args)
    (HERE / f"{name}.hlo.txt").write_text(lowered.as_text(dialect="hlo", debug_info=True))
    (HERE / f"{name}.hlo_module.pb").write_bytes(lowered.compiler_ir("hlo").as_serialized_hlo_module_proto())
    print("wrote", name)

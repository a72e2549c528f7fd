"""Write the benchmark models (needs JAX: a development tool, not a dependency).

    /path/to/jax-venv/bin/python benchmarks/models/make_models.py

bert_base_residual_scales.hlo.txt: BERT-base (12 layers, d=768, seq 128, batch 1) whose
residual branches are scaled by a constant per layer (a DeepNet-style alpha; the value
differs per layer, so each layer has its own constant in the HLO). Editing one layer's
alpha is the "change one constant in one layer" edit of benchmarks/daemon.py.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
spec = importlib.util.spec_from_file_location("corpus", REPO / "tests" / "corpus" / "generate_jax_corpus.py")
corpus = importlib.util.module_from_spec(spec)
sys.argv = sys.argv[:1]
spec.loader.exec_module(corpus)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

f32 = np.float32


def residual_scale(layer: int) -> np.float32:
    return f32(0.80 + 0.01 * layer)


def bert_base_residual_scales():
    B, T, D, H, F, L, V = 1, 128, 768, 12, 3072, 12, 30522
    S = jax.ShapeDtypeStruct
    layer = {
        "wq": S((D, D), f32), "bq": S((D,), f32), "wk": S((D, D), f32), "bk": S((D,), f32),
        "wv": S((D, D), f32), "bv": S((D,), f32), "wo": S((D, D), f32), "bo": S((D,), f32),
        "ln1_g": S((D,), f32), "ln1_b": S((D,), f32), "w1": S((D, F), f32), "b1": S((F,), f32),
        "w2": S((F, D), f32), "b2": S((D,), f32), "ln2_g": S((D,), f32), "ln2_b": S((D,), f32),
    }
    emb = {"word": S((V, D), f32), "pos": S((512, D), f32), "type": S((2, D), f32),
           "ln_g": S((D,), f32), "ln_b": S((D,), f32)}
    pooler = {"w": S((D, D), f32), "b": S((D,), f32)}
    ids = S((B, T), jnp.int32)

    def bert(ids, type_ids, mask, emb, layers, pooler):
        x = emb["word"][ids] + emb["pos"][:T][None] + emb["type"][type_ids]
        x = corpus.layer_norm(x, emb["ln_g"], emb["ln_b"], eps=1e-12)
        keep = jnp.broadcast_to((mask > 0)[:, None, :], (B, T, T))
        for i, p in enumerate(layers):
            alpha = residual_scale(i)
            x = corpus.layer_norm(alpha * x + corpus.attention(x, p, H, keep), p["ln1_g"], p["ln1_b"], eps=1e-12)
            h = corpus.gelu_erf(corpus.dense(x, p["w1"], p["b1"]))
            x = corpus.layer_norm(alpha * x + corpus.dense(h, p["w2"], p["b2"]), p["ln2_g"], p["ln2_b"], eps=1e-12)
        return x, jnp.tanh(x[:, 0] @ pooler["w"] + pooler["b"])

    lowered = jax.jit(bert).lower(ids, ids, ids, emb, [layer] * L, pooler)
    return lowered.as_text(dialect="hlo", debug_info=True)


def main() -> None:
    text = bert_base_residual_scales()
    out = HERE / "bert_base_residual_scales.hlo.txt"
    out.write_text(text)
    print(f"{out.relative_to(REPO)}: {len(text):,} bytes, jax {jax.__version__}")


if __name__ == "__main__":
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    main()

"""Write the benchmark models (needs JAX: a development tool, not a dependency).

    /path/to/jax-venv/bin/python benchmarks/models/make_models.py

bert_base_residual_scales.hlo.txt: BERT-base (12 layers, d=768, seq 128, batch 1) whose
residual branches are scaled by a constant per layer (a DeepNet-style alpha; the value
differs per layer, so each layer has its own constant in the HLO). Editing one layer's
alpha is the "change one constant in one layer" edit of benchmarks/daemon.py.

bert_base_train_step.hlo.txt: one SGD training step of the same model (forward, backward
through every layer, parameter update), the kind of graph neuron_parallel_compile is run on;
about three times the forward's instructions, so it compiles in about 1 s here
(benchmarks/batch.py).
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
    bert_base, args = corpus.build_bert_base(residual_scale)
    return jax.jit(bert_base).lower(*args).as_text(dialect="hlo", debug_info=True)


def bert_base_train_step():
    bert_base, args = corpus.build_bert_base(residual_scale)
    ids, type_ids, mask, emb, layers, pooler = args
    learning_rate = f32(1e-3)

    def train_step(ids, type_ids, mask, emb, layers, pooler):
        def loss(layers, pooler):
            x, pooled = bert_base(ids, type_ids, mask, emb, layers, pooler)
            return jnp.mean(pooled ** 2) + 1e-3 * jnp.mean(x ** 2)

        value, (layer_grads, pooler_grads) = jax.value_and_grad(loss, argnums=(0, 1))(layers, pooler)
        step = lambda p, g: p - learning_rate * g  # noqa: E731
        return (value, jax.tree_util.tree_map(step, layers, layer_grads),
                jax.tree_util.tree_map(step, pooler, pooler_grads))

    return jax.jit(train_step).lower(*args).as_text(dialect="hlo", debug_info=True)


def main() -> None:
    for name, build in (("bert_base_residual_scales", bert_base_residual_scales),
                        ("bert_base_train_step", bert_base_train_step)):
        text = build()
        out = HERE / f"{name}.hlo.txt"
        out.write_text(text)
        print(f"{out.relative_to(REPO)}: {len(text):,} bytes, jax {jax.__version__}")


if __name__ == "__main__":
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    main()

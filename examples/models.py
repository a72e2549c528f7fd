"""Example JAX models for nccd; `python examples/export.py` writes their HLO next to this file.

`encoder_block` compiles for every Trainium/Inferentia2 target. `sampler_step`
uses constructs Neuron-style compilers reject (a data-dependent `lax.cond` and a
`lax.while_loop` whose trip count depends on the data), so `ncc diagnose` has
something to explain, with the lines below as the source of each finding.
"""

import jax
import jax.numpy as jnp
from jax import lax


def layer_norm(x, scale, bias, eps=1e-6):
    mean = jnp.mean(x, axis=-1, keepdims=True)
    var = jnp.mean(jnp.square(x - mean), axis=-1, keepdims=True)
    return (x - mean) * lax.rsqrt(var + eps) * scale + bias


def encoder_block(x, wqkv, wo, w1, w2, ln1, ln2):
    """One pre-LN transformer encoder block: multi-head attention and a GELU MLP."""
    batch, seq, dim = x.shape
    heads = 4
    h = layer_norm(x, ln1[0], ln1[1])
    q, k, v = jnp.split(h @ wqkv, 3, axis=-1)
    split = lambda t: t.reshape(batch, seq, heads, dim // heads).transpose(0, 2, 1, 3)  # noqa: E731
    q, k, v = split(q), split(k), split(v)
    scores = q @ k.transpose(0, 1, 3, 2) / jnp.sqrt(dim // heads)
    attn = jax.nn.softmax(scores, axis=-1) @ v
    x = x + attn.transpose(0, 2, 1, 3).reshape(batch, seq, dim) @ wo
    h = layer_norm(x, ln2[0], ln2[1])
    return x + jax.nn.gelu(h @ w1, approximate=True) @ w2


def sampler_step(logits, threshold):
    """Picks a token; refines the distribution until it is peaked enough."""
    probs = jax.nn.softmax(logits)

    def sharpen(p):
        p = p * p
        return p / jnp.sum(p)

    probs = lax.while_loop(lambda p: jnp.max(p) < threshold, sharpen, probs)
    token = jnp.argmax(probs)
    return lax.cond(probs[token] > 0.9, lambda t: t, lambda t: jnp.zeros_like(t), token)

"""A JAX function marked for the deep check; static analysis cannot see that argmax lowers to a
variadic reduce, which the targets do not support. tests/test_lsp_deep_check.py."""

import jax.numpy as jnp


# ncc: entry logits=f32[8,128] temperature=f32[]
def sample(logits, temperature):
    scaled = logits / temperature
    probs = jnp.exp(scaled - scaled.max(axis=-1, keepdims=True))
    best = jnp.argmax(probs, axis=-1)
    return probs, best


# ncc: entry x=f32[4] steps=3
def branchy(x, steps):
    for _ in range(steps):
        x = x * 2
    if x.sum() > 0:
        return x
    return -x

"""A JAX function marked for the deep check; static analysis cannot see that a two-array
lax.reduce (the total and the largest value in one pass) is a variadic reduce, which the
targets do not support (argmax's is compiled into a kernel; this one is not).
tests/test_lsp_deep_check.py."""

import jax.numpy as jnp
from jax import lax


def _total_and_peak(acc, cur):
    return acc[0] + cur[0], jnp.maximum(acc[1], cur[1])


# ncc: entry logits=f32[8,128] temperature=f32[]
def sample(logits, temperature):
    scaled = logits / temperature
    probs = jnp.exp(scaled - scaled.max(axis=-1, keepdims=True))
    best = lax.reduce((probs, probs), (0.0, -jnp.inf), _total_and_peak, (1,))
    return probs, best


# ncc: entry x=f32[4] steps=3
def branchy(x, steps):
    for _ in range(steps):
        x = x * 2
    if x.sum() > 0:
        return x
    return -x

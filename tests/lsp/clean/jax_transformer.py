"""A small JAX transformer: pure functions over a parameter tree, jitted training step."""

from functools import partial

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax


def init_params(key, vocab=1000, d=128, heads=4, layers=2, ff=512):
    keys = jax.random.split(key, 2 + layers)
    params = {"embed": jax.random.normal(keys[0], (vocab, d)) * 0.02,
              "out": jax.random.normal(keys[1], (d, vocab)) * 0.02, "layers": []}
    for k in keys[2:]:
        k1, k2, k3, k4 = jax.random.split(k, 4)
        params["layers"].append({
            "qkv": jax.random.normal(k1, (d, 3 * d)) * 0.02, "proj": jax.random.normal(k2, (d, d)) * 0.02,
            "w1": jax.random.normal(k3, (d, ff)) * 0.02, "w2": jax.random.normal(k4, (ff, d)) * 0.02,
            "ln1": jnp.ones(d), "ln2": jnp.ones(d)})
    return params


def layer_norm(x, scale, eps=1e-5):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) * lax.rsqrt(var + eps) * scale


def attention(x, layer, heads):
    b, t, d = x.shape
    q, k, v = jnp.split(x @ layer["qkv"], 3, axis=-1)
    q, k, v = (a.reshape(b, t, heads, d // heads).transpose(0, 2, 1, 3) for a in (q, k, v))
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d // heads)
    causal = jnp.tril(jnp.ones((t, t), dtype=bool))
    scores = jnp.where(causal, scores, -1e9)
    weights = jax.nn.softmax(scores, axis=-1)
    out = (weights @ v).transpose(0, 2, 1, 3).reshape(b, t, d)
    return out @ layer["proj"]


@partial(jax.jit, static_argnames=("heads", "training"))
def forward(params, tokens, heads=4, training=False, dropout_key=None):
    x = params["embed"][tokens]
    for layer in params["layers"]:
        x = x + attention(layer_norm(x, layer["ln1"]), layer, heads)
        h = jax.nn.gelu(layer_norm(x, layer["ln2"]) @ layer["w1"])
        if training:
            keep = jax.random.bernoulli(dropout_key, 0.9, h.shape)
            h = jnp.where(keep, h / 0.9, 0.0)
        x = x + h @ layer["w2"]
    return x @ params["out"]


def loss_fn(params, tokens, targets):
    logits = forward(params, tokens)
    logp = jax.nn.log_softmax(logits, axis=-1)
    nll = -jnp.take_along_axis(logp, targets[..., None], axis=-1)[..., 0]
    mask = (targets >= 0).astype(logits.dtype)
    return (nll * mask).sum() / jnp.maximum(mask.sum(), 1.0)


@jax.jit
def train_step(params, tokens, targets, lr):
    loss, grads = jax.value_and_grad(loss_fn)(params, tokens, targets)
    grads = jax.tree_util.tree_map(lambda g: jnp.clip(g, -1.0, 1.0), grads)
    params = jax.tree_util.tree_map(lambda p, g: p - lr * g, params, grads)
    return params, loss


@jax.jit
def cumulative(xs):
    def step(carry, x):
        carry = carry * 0.9 + x
        return carry, carry
    _, ys = lax.scan(step, jnp.zeros_like(xs[0]), xs)
    return ys


@jax.jit
def top_tokens(logits, k_mask):
    best = jnp.argmax(logits, axis=-1)
    picked = jnp.nonzero(k_mask, size=k_mask.size, fill_value=-1)
    values = jnp.unique(best, size=8, fill_value=0)
    counts = jnp.bincount(best.ravel(), length=logits.shape[-1])
    return best, picked, values, counts


def main(steps=3):
    """Host code: float(loss) and printing are fine here."""
    key = jax.random.PRNGKey(0)
    params = init_params(key)
    tokens = jnp.zeros((2, 16), dtype=jnp.int32)
    for step in range(steps):
        params, loss = train_step(params, tokens, tokens, 1e-3)
        if float(loss) < 0.01:
            break
        print(f"step {step} loss {float(loss):.4f}", np.asarray(loss))


if __name__ == "__main__":
    main()

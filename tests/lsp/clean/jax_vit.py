"""A vision transformer in plain JAX with vmap'd patching and a scanned encoder."""

import functools

import jax
import jax.numpy as jnp
from jax import lax, random


def patchify(image, patch):
    h, w, c = image.shape
    image = image.reshape(h // patch, patch, w // patch, patch, c)
    return image.transpose(0, 2, 1, 3, 4).reshape(-1, patch * patch * c)


def init(key, *, image_size=32, patch=4, channels=3, dim=64, depth=4, heads=4, classes=10):
    n = (image_size // patch) ** 2
    keys = random.split(key, 6)
    layer_keys = random.split(keys[5], depth)
    layer = lambda k: {
        "wq": random.normal(k, (dim, dim)) / jnp.sqrt(dim), "wk": random.normal(k, (dim, dim)) / jnp.sqrt(dim),
        "wv": random.normal(k, (dim, dim)) / jnp.sqrt(dim), "wo": random.normal(k, (dim, dim)) / jnp.sqrt(dim),
        "w1": random.normal(k, (dim, 4 * dim)) / jnp.sqrt(dim), "w2": random.normal(k, (4 * dim, dim)) / 16.0}
    stacked = jax.tree_util.tree_map(lambda *xs: jnp.stack(xs), *[layer(k) for k in layer_keys])
    return {"patch": random.normal(keys[0], (patch * patch * channels, dim)) * 0.02,
            "pos": random.normal(keys[1], (n + 1, dim)) * 0.02, "cls": jnp.zeros((1, dim)),
            "head": random.normal(keys[2], (dim, classes)) * 0.02, "layers": stacked}


def encoder_layer(x, p, heads):
    n, d = x.shape
    def split(t):
        return t.reshape(n, heads, d // heads).transpose(1, 0, 2)
    y = (x - x.mean(-1, keepdims=True)) / jnp.sqrt(x.var(-1, keepdims=True) + 1e-6)
    q, k, v = split(y @ p["wq"]), split(y @ p["wk"]), split(y @ p["wv"])
    att = jax.nn.softmax(q @ k.transpose(0, 2, 1) / jnp.sqrt(d // heads), axis=-1)
    x = x + (att @ v).transpose(1, 0, 2).reshape(n, d) @ p["wo"]
    y = (x - x.mean(-1, keepdims=True)) / jnp.sqrt(x.var(-1, keepdims=True) + 1e-6)
    return x + jax.nn.gelu(y @ p["w1"]) @ p["w2"]


@functools.partial(jax.jit, static_argnames=("patch", "heads"))
def apply(params, images, patch=4, heads=4):
    patches = jax.vmap(patchify, in_axes=(0, None))(images, patch)
    tokens = patches @ params["patch"]
    cls = jnp.broadcast_to(params["cls"], (tokens.shape[0], 1, tokens.shape[-1]))
    x = jnp.concatenate([cls, tokens], axis=1) + params["pos"]

    def body(h, layer):
        return jax.vmap(encoder_layer, in_axes=(0, None, None))(h, layer, heads), None

    x, _ = lax.scan(body, x, params["layers"])
    return x[:, 0] @ params["head"]


def loss(params, images, labels):
    logits = apply(params, images)
    onehot = jax.nn.one_hot(labels, logits.shape[-1])
    correct = jnp.sum(jnp.argmax(logits, -1) == labels)
    return -jnp.mean(jnp.sum(onehot * jax.nn.log_softmax(logits), -1)), correct


grad_fn = jax.jit(jax.value_and_grad(loss, has_aux=True))


def evaluate(params, batches):
    total = correct = 0
    for images, labels in batches:
        (_, c), _ = grad_fn(params, images, labels)
        correct += int(c)
        total += labels.shape[0]
    return correct / total

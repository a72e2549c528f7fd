"""A Flax linen model with dropout and batch norm, and its jitted train step."""

import flax.linen as nn
import jax
import jax.numpy as jnp
import optax


class MLP(nn.Module):
    features: tuple = (256, 128)
    num_classes: int = 10
    dropout_rate: float = 0.1

    @nn.compact
    def __call__(self, x, train: bool = False):
        x = x.reshape((x.shape[0], -1))
        for width in self.features:
            x = nn.Dense(width)(x)
            x = nn.BatchNorm(use_running_average=not train)(x)
            x = nn.relu(x)
            x = nn.Dropout(self.dropout_rate, deterministic=not train)(x)
        logits = nn.Dense(self.num_classes)(x)
        if self.num_classes == 1:
            return logits[..., 0]
        return logits


def create_state(key, model, sample):
    variables = model.init({"params": key, "dropout": key}, sample, train=False)
    tx = optax.adam(1e-3)
    return variables["params"], variables["batch_stats"], tx, tx.init(variables["params"])


@jax.jit
def train_step(params, batch_stats, opt_state, images, labels, dropout_key):
    model = MLP()

    def loss_fn(p):
        logits, updates = model.apply({"params": p, "batch_stats": batch_stats}, images, train=True,
                                      rngs={"dropout": dropout_key}, mutable=["batch_stats"])
        one_hot = jax.nn.one_hot(labels, 10)
        loss = optax.softmax_cross_entropy(logits, one_hot).mean()
        return loss, (logits, updates)

    (loss, (logits, updates)), grads = jax.value_and_grad(loss_fn, has_aux=True)(params)
    accuracy = jnp.mean(jnp.argmax(logits, -1) == labels)
    return grads, updates["batch_stats"], loss, accuracy

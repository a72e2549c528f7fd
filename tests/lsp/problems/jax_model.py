"""Every JAX rule once. `# expect: CODE` marks the line a finding must start on (tests/test_lsp_rules.py)."""

import functools
from functools import partial

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def step(x, mask, repeats, labels):
    if x.sum() > 0:  # expect: NCC-E200
        x = x * 2
    else:
        x = x / 2
    y = jnp.nonzero(mask)  # expect: NCC-E210
    z = jnp.where(mask)  # expect: NCC-E210
    w = jnp.argwhere(mask)  # expect: NCC-E210
    f = jnp.flatnonzero(mask)  # expect: NCC-E210
    u = jnp.unique(labels)  # expect: NCC-E210
    u2 = jnp.unique_values(labels)  # expect: NCC-E210
    s = jnp.union1d(labels, labels)  # expect: NCC-E210
    s2 = jnp.setdiff1d(labels, labels)  # expect: NCC-E210
    c = jnp.compress(mask, x)  # expect: NCC-E210
    e = jnp.extract(mask, x)  # expect: NCC-E210
    m = mask.nonzero()  # expect: NCC-E210
    b = jnp.bincount(labels)  # expect: NCC-E212
    r = jnp.repeat(x, repeats)  # expect: NCC-E212
    sel = x[x > 0]  # expect: NCC-E211
    pos = x[mask]  # expect: NCC-E211
    v = x.sum().item()  # expect: NCC-W200
    n = float(x.mean())  # expect: NCC-W200
    print(x)  # expect: NCC-W201
    out = lax.cond(x.sum() > 0, lambda a: a, lambda a: -a, x)  # expect: NCC-E220
    spec = jnp.fft.fft(x)  # expect: NCC-E220
    sol = jax.scipy.linalg.solve_triangular(x, x)  # expect: NCC-E220
    jax.debug.print("x={x}", x=x)  # expect: NCC-E220
    ids = jnp.arange(8)
    dot = jnp.dot(ids, ids)  # expect: NCC-W220
    fine = (
        jnp.nonzero(mask, size=8),
        jnp.where(mask, x, 0.0),
        jnp.where(mask, size=4, fill_value=0),
        jnp.bincount(labels, length=10),
        jnp.repeat(x, 2),
        jnp.repeat(x, repeats, total_repeat_length=16),
        jnp.unique(labels, size=4),
        x.shape[0] > 1,
    )
    return x, fine


@partial(jax.jit, static_argnames=("n",))
def unrolled(x, n):
    for i in range(n):
        if i % 2 == 0:
            x = x + 1
    return x


def body(i, carry):
    if i > 3:  # expect: NCC-E200
        return carry
    return carry + 1


@jax.jit
def loop(x):
    return lax.fori_loop(0, 10, body, x)


def host_side(x):
    # not compiled: nothing here is reported
    if x.sum() > 0:
        print(x.item(), jnp.nonzero(x))
    return x


# -- loops whose trip count the data decides, against the target's `while` constraint

def decode(step_fn, tokens, max_len):
    """Not jitted here, but lax.while_loop is always compiled: this function is traced code."""

    def unfinished(state):
        position, _, done = state
        below_limit = position < max_len
        return below_limit & ~jnp.all(done)

    def advance(state):
        position, seq, done = state
        nxt = step_fn(seq)
        return position + 1, seq.at[:, position].set(nxt), done | (nxt == 0)

    start = (0, tokens, jnp.zeros(tokens.shape[0], dtype=bool))
    return lax.while_loop(unfinished, advance, start)  # expect: NCC-E220


def _keep_going(state, tolerance):
    error, _ = state
    return jnp.max(error) > tolerance


@jax.jit
def refine(x):
    check = functools.partial(_keep_going, tolerance=1e-3)
    out = lax.while_loop(check, lambda s: (s[0] / 2, s[1] + 1), (x, 0))  # expect: NCC-E220
    counted = lax.while_loop(lambda s: s[1] < 8, lambda s: (s[0] * 2, s[1] + 1), (x, 0))
    return out, counted


@jax.jit
def repeat_until(x, steps):
    return lax.fori_loop(0, steps, lambda i, c: c * 0.5, x)  # expect: NCC-E220


@functools.partial(jax.jit, static_argnames=("steps",))
def repeat_fixed(x, steps):
    return lax.fori_loop(0, steps, lambda i, c: c * 0.5, x)

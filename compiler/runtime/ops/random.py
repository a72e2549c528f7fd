"""Random numbers: rng-bit-generator (bit-exact with XLA), rng, rng-get-and-update-state.

``rng-bit-generator`` follows XLA's RngBitGeneratorExpander and prng library:

* the state is u64[N]; ``state[0]`` is the key;
* ThreeFry-2x32 (20 rounds) hashes the counter ``state[1] + linear index`` of
  the half-size shape; the two output words are interleaved along the first
  even dimension; the new state is ``state[1] + elements of the half shape``;
* Philox-4x32 (10 rounds) counts with a u128 made of ``state[1]`` (low) and
  ``state[0]`` (high) for a u64[2] state, or ``state[1:3]`` for u64[3]; the
  four words per counter are emitted round-robin; the new state stores the
  advanced counter;
* ``rng_default`` is Philox on CPU; results narrower than 32 bits keep the
  low bits of 32-bit draws, 64-bit results join two 32-bit words.

The stateful ``rng`` op has no reproducible XLA result (its seed comes from the
compiler's flags); it draws from Philox with a per-run counter so runs are
deterministic.
"""

from __future__ import annotations

import numpy as np

from ...ir.dtypes import ElementType
from ...ir.opcodes import Opcode
from ..errors import ExecutionError
from ._common import np_dtype, to_result

U32, U64 = np.uint32, np.uint64
_MASK32 = U64(0xFFFFFFFF)

_THREEFRY_ROTATIONS = (13, 15, 26, 6, 17, 29, 16, 24)


def _rotl32(v, distance: int):
    return (v << U32(distance)) | (v >> U32(32 - distance))


def threefry2x32(key0, key1, x0, x1):
    """The ThreeFry-2x32 block cipher with 20 rounds (as XLA's prng and JAX use it)."""
    key0, key1, x0, x1 = (np.asarray(v, U32) for v in (key0, key1, x0, x1))
    with np.errstate(over="ignore"):  # the cipher relies on wrapping u32 arithmetic
        return _threefry_rounds(key0, key1, x0, x1)


def _threefry_rounds(key0, key1, x0, x1):
    ks = [key0, key1, key0 ^ key1 ^ U32(0x1BD11BDA)]
    x = [x0 + ks[0], x1 + ks[1]]
    for block in range(5):
        rotations = _THREEFRY_ROTATIONS[:4] if block % 2 == 0 else _THREEFRY_ROTATIONS[4:]
        for r in rotations:
            x[0] = x[0] + x[1]
            x[1] = _rotl32(x[1], r)
            x[1] = x[0] ^ x[1]
        x[0] = x[0] + ks[(block + 1) % 3]
        x[1] = x[1] + ks[(block + 2) % 3] + U32(block + 1)
    return x[0], x[1]


_PHILOX_W = (U32(0x9E3779B9), U32(0xBB67AE85))
_PHILOX_M = (U64(0xD2511F53), U64(0xCD9E8D57))


def philox4x32(counter: list, key: tuple):
    """Philox-4x32 with 10 rounds on four u32 words (arrays)."""
    x = [np.asarray(c, U32) for c in counter]
    k0, k1 = np.asarray(key[0], U32), np.asarray(key[1], U32)
    with np.errstate(over="ignore"):
        return _philox_rounds(x, k0, k1)


def _philox_rounds(x, k0, k1):
    for _ in range(10):
        p0 = x[0].astype(U64) * _PHILOX_M[0]
        p1 = x[2].astype(U64) * _PHILOX_M[1]
        hi0, lo0 = (p0 >> U64(32)).astype(U32), (p0 & _MASK32).astype(U32)
        hi1, lo1 = (p1 >> U64(32)).astype(U32), (p1 & _MASK32).astype(U32)
        x = [hi1 ^ x[1] ^ k0, lo1, hi0 ^ x[3] ^ k1, lo0]
        k0, k1 = k0 + _PHILOX_W[0], k1 + _PHILOX_W[1]
    return x


def _split64(v):
    v = np.asarray(v, U64)
    return (v & _MASK32).astype(U32), (v >> U64(32)).astype(U32)


def _join64(low, high):
    return np.asarray(low, U32).astype(U64) | (np.asarray(high, U32).astype(U64) << U64(32))


def _split_shape(dims: tuple[int, ...]):
    """XLA's SplitShapeIntoHalves: (half dims, split dim); scalars use a [1] half."""
    if not dims:
        return (1,), None
    split = next((i for i, d in enumerate(dims) if d % 2 == 0), None)
    if split is None:
        split = max(range(len(dims)), key=lambda i: (dims[i], -i))
    half = list(dims)
    half[split] = (dims[split] + 1) // 2
    return tuple(half), split


def _threefry_bits32(key, counter_start, dims):
    half, split = _split_shape(dims)
    count = int(np.prod(half))
    counters = counter_start + np.arange(count, dtype=U64)
    low, high = _split64(counters)
    k0, k1 = _split64(key)
    y0, y1 = threefry2x32(k0, k1, low, high)
    y0, y1 = y0.reshape(half), y1.reshape(half)
    if split is None:
        return y0.reshape(()), count
    # Concatenating the two halves on a new dim right after ``split`` interleaves them.
    both = np.stack([y0, y1], axis=split + 1)
    merged = list(half)
    merged[split] = half[split] * 2
    out = both.reshape(merged)
    return out[tuple(slice(0, d) for d in dims)], count


def _threefry(state: np.ndarray, dims, bits: int):
    key, counter = state[0], state[1]
    if bits == 64:
        count = int(np.prod(dims))
        low, high = _split64(counter + np.arange(count, dtype=U64))
        k0, k1 = _split64(key)
        y0, y1 = threefry2x32(k0, k1, low, high)
        values = _join64(y0, y1).reshape(dims)
    else:
        values, count = _threefry_bits32(key, counter, dims)
    new_state = state.copy()
    new_state[1] = counter + U64(count)
    return new_state, values


def _philox_words(counter_low, counter_high, key, blocks: int):
    """Philox outputs for counters (u128 low/high) + 0..blocks-1, and the advanced counter."""
    offsets = np.arange(blocks, dtype=U64)
    low = counter_low + offsets
    high = np.where(low < counter_low, counter_high + U64(1), counter_high)
    words = [*_split64(low), *_split64(high)]
    k0, k1 = _split64(key)
    out = philox4x32(words, (k0, k1))
    new_low = counter_low + U64(blocks)
    new_high = counter_high + U64(1) if new_low < counter_low else counter_high
    return out, new_low, new_high


def _philox(state: np.ndarray, dims, bits: int):
    key = state[0]
    if state.shape[0] >= 3:
        counter_low, counter_high = state[1], state[2]
    else:  # XLA reverses the u64[2] state: the key doubles as the counter's high word
        counter_low, counter_high = state[1], state[0]
    count = int(np.prod(dims))
    if bits == 64:
        blocks = (2 * count + 3) // 4
        words, new_low, new_high = _philox_words(counter_low, counter_high, key, blocks)
        pairs = [_join64(words[0], words[1]), _join64(words[2], words[3])]
        values = np.stack(pairs, axis=1).reshape(-1)[:count].reshape(dims)
    else:
        blocks = (count + 3) // 4
        words, new_low, new_high = _philox_words(counter_low, counter_high, key, blocks)
        values = np.stack(words, axis=1).reshape(-1)[:count].reshape(dims)
    new_state = state.copy()
    new_state[1] = new_low
    if state.shape[0] >= 3:
        new_state[2] = new_high
    return new_state, values


_ALGORITHMS = {"rng_default": _philox, "rng_philox": _philox, "rng_three_fry": _threefry}


def rng_bit_generator(state: np.ndarray, algorithm: str, et: ElementType, dims):
    """(new state, random bits of type ``et`` and shape ``dims``)."""
    bits = 64 if et.bits == 64 else 32
    with np.errstate(over="ignore"):  # counters wrap around modulo 2**64
        new_state, values = _ALGORITHMS[algorithm](np.asarray(state, U64), tuple(dims), bits)
    if et.bits < 32:  # keep the low bits of each 32-bit draw
        values = values & U32((1 << et.bits) - 1)
        values = values.astype({8: np.uint8, 16: np.uint16}.get(et.bits, np.uint8))
    dt = np_dtype(et)
    if values.dtype.itemsize == dt.itemsize:
        values = values.view(dt)
    else:
        values = values.astype(dt)
    return new_state, values


def _rng_bit_generator(inst, args, ctx):
    state_shape, data_shape = inst.shape.tuple_shapes
    new_state, values = rng_bit_generator(args[0], inst.attrs.get("algorithm", "rng_default"),
                                          data_shape.element_type, data_shape.dims)
    return new_state.astype(np_dtype(state_shape.element_type)), values


def _next_bits(ctx, count: int) -> np.ndarray:
    """``count`` u32 draws from the run's Philox stream (the stateful rng op)."""
    state = np.array([0x5EED, ctx.rng_counter], U64)
    _, values = _philox(state, (count,), 32)
    ctx.rng_counter += (count + 3) // 4
    return values


def _uniform_floats(bits: np.ndarray, et: ElementType, low, high):
    # XLA: keep the top mantissa-width bits, scale into [0, 1), then to [low, high).
    mantissa = {ElementType.F64: 52, ElementType.F32: 23}.get(et, 23)
    if et == ElementType.F64:
        raise ExecutionError("rng for f64 needs 64-bit draws")
    unit = (bits >> U32(32 - mantissa)).astype(np.float64) * 2.0 ** -mantissa
    return to_result(unit * (np.float64(high) - np.float64(low)) + np.float64(low), et)


def _rng(inst, args, ctx):
    et = inst.shape.element_type
    dims = inst.shape.dims
    count = int(np.prod(dims))
    distribution = inst.attrs.get("distribution", "rng_uniform")
    low, high = (np.asarray(a) for a in args[:2])
    if distribution == "rng_uniform":
        bits = _next_bits(ctx, count)
        if et.is_float:
            return _uniform_floats(bits, et, low, high).reshape(dims)
        span = (high.astype(np.int64) - low.astype(np.int64)).astype(U64)
        span = np.where(span == 0, U64(1), span)
        return to_result(low.astype(np.int64) + (bits.astype(U64) % span).astype(np.int64), et).reshape(dims)
    if distribution == "rng_normal":
        bits = _next_bits(ctx, 2 * count)
        u = (bits >> U32(9)).astype(np.float64) * 2.0 ** -23
        u1, u2 = np.maximum(u[:count], 1e-7), u[count:]
        normal = np.sqrt(-2.0 * np.log(u1)) * np.sin(2.0 * np.pi * u2)
        return to_result(normal * np.float64(high) + np.float64(low), et).reshape(dims)
    raise ExecutionError(f"unknown rng distribution {distribution}")


def _rng_get_and_update_state(inst, args, ctx):
    state = np.array([0x5EED, ctx.rng_counter], U64)
    ctx.rng_counter += int(inst.attrs.get("delta", 1))
    return state.astype(np_dtype(inst.shape.element_type)).reshape(inst.shape.dims)


IMPLEMENTATIONS = {
    Opcode.RNG_BIT_GENERATOR: _rng_bit_generator,
    Opcode.RNG: _rng,
    Opcode.RNG_GET_AND_UPDATE_STATE: _rng_get_and_update_state,
}


def _check_rng_bit_generator(inst) -> str | None:
    algorithm = inst.attrs.get("algorithm", "rng_default")
    if algorithm not in _ALGORITHMS:
        return f"unknown rng-bit-generator algorithm {algorithm}"
    shapes = inst.shape.tuple_shapes
    if len(shapes) != 2 or shapes[1].element_type.bits not in (8, 16, 32, 64):
        return "rng-bit-generator produces 8/16/32/64-bit elements only"
    return None


def _check_rng(inst) -> str | None:
    if inst.shape.element_type == ElementType.F64:
        return "rng of f64 is not supported by the reference runtime"
    return None


CHECKS = {Opcode.RNG_BIT_GENERATOR: _check_rng_bit_generator, Opcode.RNG: _check_rng}

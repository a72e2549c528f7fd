"""Reading StableHLO attribute values: dense literals, dialect attributes, dimension numbers.

The parser keeps ``dense<...>`` bodies and ``#stablehlo.xxx<...>`` bodies as text; these
functions turn them into numpy arrays and the IR's typed attributes when an op needs them.
"""

from __future__ import annotations

import re

from ..ir import attrs as A
from ..ir.dtypes import ElementType, numpy_dtype
from ..ir.shapes import Shape
from .syntax import Dense, DialectAttr, Raw, Typed

_DENSE_TOKEN = re.compile(r'"0x([0-9a-fA-F]*)"|0x[0-9a-fA-F]+|[-+]?(?:inf|nan)|true|false|'
                          r'[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|\(|\)')
_FIELD = re.compile(r"\s*([\w.]+)\s*=\s*")
_WORD = re.compile(r"[\w.\-]+")


class AttributeError_(ValueError):
    """A malformed attribute; the lowering turns it into a diagnostic at the op."""


def plain(value):
    """Strip the ``: type`` of a typed attribute."""
    return value.value if isinstance(value, Typed) else value


def ints(value) -> tuple[int, ...]:
    """``array<i64: 1, 2>``, ``[1, 2]`` or ``dense<[1, 2]> : tensor<2xi64>`` as a tuple of ints."""
    value = plain(value)
    if isinstance(value, tuple):
        return tuple(int(v) for v in value)
    if isinstance(value, list):
        return tuple(int(plain(v)) for v in value)
    if isinstance(value, Dense):
        return tuple(int(v) for v in dense_values(value, value.shape).reshape(-1))
    if isinstance(value, int):
        return (value,)
    raise AttributeError_(f"expected a list of integers, found {value!r}")


def enum_word(value) -> str:
    """``#stablehlo<comparison_direction GT>`` or a bare ``GT`` as ``GT``."""
    value = plain(value)
    if isinstance(value, DialectAttr):
        words = value.body.split()
        return words[-1] if words else value.name
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, str):
        return value
    raise AttributeError_(f"expected an enum value, found {value!r}")


def fields(body: str) -> dict:
    """``a = [1, 2], b = 3, c = true, d = WORD`` (a dialect attribute's body) as a dict; list
    values become tuples of ints, nested ``[[..], [..]]`` tuples of tuples."""
    out: dict = {}
    pos = 0
    n = len(body)
    while pos < n:
        m = _FIELD.match(body, pos)
        if not m:
            if body[pos:].strip(" ,\n"):
                raise AttributeError_(f"cannot read {body[pos:pos + 30]!r}")
            break
        key = m.group(1)
        pos = m.end()
        if pos < n and body[pos] == "[":
            depth, end = 0, pos
            while end < n:
                if body[end] == "[":
                    depth += 1
                elif body[end] == "]":
                    depth -= 1
                    if depth == 0:
                        break
                end += 1
            out[key] = _int_lists(body[pos:end + 1])
            pos = end + 1
        else:
            wm = _WORD.match(body, pos)
            if not wm:
                raise AttributeError_(f"cannot read the value of {key!r}")
            word = wm.group()
            pos = wm.end()
            out[key] = (True if word == "true" else False if word == "false"
                        else int(word) if re.fullmatch(r"-?\d+", word) else word)
        while pos < n and body[pos] in " ,\n":
            pos += 1
    return out


def _int_lists(text: str):
    """``[1, 2]`` -> (1, 2); ``[[0, 1], [2, 3]]`` -> ((0, 1), (2, 3)); ``[]`` -> ()."""
    stack: list[list] = []
    result = None
    for tok in re.findall(r"\[|\]|-?\d+|true|false", text):
        if tok == "[":
            stack.append([])
        elif tok == "]":
            done = tuple(stack.pop())
            if stack:
                stack[-1].append(done)
            else:
                result = done
        else:
            stack[-1].append(True if tok == "true" else False if tok == "false" else int(tok))
    return result if result is not None else ()


def conv_dimension_numbers(text: str) -> A.ConvDimensionNumbers:
    """``[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]`` (the pretty and the #stablehlo.conv form)."""
    m = re.fullmatch(r"\s*(?:raw\s+)?\[([^\]]*)\]\s*x\s*\[([^\]]*)\]\s*->\s*\[([^\]]*)\]\s*", text)
    if not m:
        raise AttributeError_(f"cannot read convolution dimension numbers {text!r}")
    lhs, rhs, out = ([s.strip() for s in g.split(",")] for g in m.groups())

    def spatial(labels):
        found = sorted((int(x), i) for i, x in enumerate(labels) if x.isdigit())
        return tuple(i for _, i in found)

    try:
        return A.ConvDimensionNumbers(lhs.index("b"), lhs.index("f"), spatial(lhs), rhs.index("i"),
                                      rhs.index("o"), spatial(rhs), out.index("b"), out.index("f"),
                                      spatial(out))
    except ValueError:
        raise AttributeError_(f"convolution dimension numbers {text!r} lack b/f/i/o") from None


def dense_values(dense: Dense, shape: Shape | None):
    """The elements of a dense literal as a numpy array of ``shape`` (splats are expanded)."""
    import numpy as np

    if dense.kind != "dense":
        raise AttributeError_(f"{dense.kind}<...> literals are not supported (their data is not in "
                              "the text)")
    if shape is None or not shape.is_array:
        raise AttributeError_("a dense literal needs a tensor type")
    etype = shape.element_type
    dtype = numpy_dtype(etype)
    count = shape.num_elements
    body = dense.body.strip()
    hexm = re.fullmatch(r'"0x([0-9a-fA-F]*)"', body)
    if hexm:
        raw = bytes.fromhex(hexm.group(1))
        item = 1 if etype == ElementType.PRED else dtype.itemsize
        if etype == ElementType.PRED:
            arr = np.frombuffer(raw, dtype=np.uint8).astype(bool)
        else:
            arr = np.frombuffer(raw, dtype=dtype.newbyteorder("<")).astype(dtype)
        if len(raw) == item and count != 1:   # a splat stores one element
            arr = np.full(count, arr[0], dtype=dtype)
        if arr.size != count:
            raise AttributeError_(f"hex literal has {len(raw)} bytes, not {count} elements of "
                                  f"{etype.text}")
        return arr.reshape(shape.dims)
    tokens = [m.group() for m in _DENSE_TOKEN.finditer(body) if m.group() not in "()"]
    if etype.is_complex:
        parts = [_element(_scalar(t, etype.component_type), etype.component_type) for t in tokens]
        values = np.array([complex(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)],
                          dtype=dtype)
    else:
        values = np.array([_element(_scalar(t, etype), etype) for t in tokens], dtype=dtype) \
            if tokens else np.zeros(0, dtype)
    if values.size == 1 and count != 1:
        return np.full(shape.dims, values[0], dtype=dtype)
    if values.size != count:
        raise AttributeError_(f"dense literal has {values.size} elements, its type {count}")
    return values.reshape(shape.dims)


class _Bits(int):
    """A float written as its bit pattern (``0xFF800000`` is -inf in f32)."""


def _element(value, etype: ElementType):
    """One element as a numpy scalar of the element type (bit patterns reinterpreted)."""
    import numpy as np

    dtype = numpy_dtype(etype)
    if isinstance(value, _Bits):
        uint = {1: np.uint8, 2: np.uint16, 4: np.uint32, 8: np.uint64}[dtype.itemsize]
        return np.array(int(value), dtype=uint).view(dtype)[()]
    if etype.is_float:
        return np.array(value, dtype=np.float64).astype(dtype)[()]
    return value


def _scalar(tok: str, etype: ElementType):
    if tok in ("true", "false"):
        return tok == "true"
    low = tok.lower()
    if low.startswith("0x"):
        value = int(low, 16)
        if etype.is_float:
            return _Bits(value)
        return value
    if etype.is_float or etype.is_complex:
        return float(tok)
    if "." in tok or "e" in low:
        raise AttributeError_(f"'{tok}' is not an integer")
    return int(tok)

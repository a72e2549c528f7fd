"""A loaded program, ready to run many times: `ncc run` and the daemon's Run call.

The execution plan (dependency order, last uses, constants) is built once and kept;
each run only checks and binds its inputs. Inputs are matched to parameters by
position (``arr_0``, ``arr_1``... as ``numpy.savez`` names them) or by parameter
name; anything missing, extra, or of the wrong shape or dtype is one
:class:`InputError` that names the parameter and prints the expected signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..ir.dtypes import numpy_dtype
from ..ir.module import Module
from ..ir.shapes import Shape
from .budget import MemoryBudgetError, format_bytes
from .errors import RuntimeInputError
from .interpreter import ExecutionContext, _checked_arguments, _leaves, unsupported_instructions
from .ops._common import TOKEN

_POSITIONAL = re.compile(r"arr_(\d+)$")


class InputError(RuntimeInputError):
    """Inputs that do not fit the program; the message lists the expected signature."""


@dataclass(frozen=True, slots=True)
class Tensor:
    index: int
    name: str
    shape: Shape

    @property
    def dtype(self):
        return numpy_dtype(self.shape.element_type) if self.shape.is_array else None

    def describe(self) -> str:
        return f"{self.name}: {self.shape.text(False)}"


class Executable:
    def __init__(self, module: Module):
        problems = unsupported_instructions(module)
        if problems:
            from .errors import UnsupportedOp

            inst, reason = problems[0]
            raise UnsupportedOp(reason, inst)
        self.module = module
        entry = module.require_entry()
        self.inputs = [Tensor(p.parameter_number or 0, p.name, p.shape) for p in entry.parameters]
        self.outputs = [Tensor(i, f"out{i}", s) for i, s in enumerate(entry.require_root().shape.leaf_shapes())]
        self._plans: dict = {}
        self._constants: dict = {}

    def signature_text(self) -> str:
        return "(" + ", ".join(t.describe() for t in self.inputs) + ") -> (" + \
            ", ".join(t.shape.text(False) for t in self.outputs) + ")"

    def _fail(self, message: str) -> InputError:
        return InputError(f"{message}\n  the program takes {self.signature_text()}")

    def bind(self, inputs) -> list:
        """Inputs (a sequence in parameter order, or a mapping by ``arr_N`` or name) as a checked list."""
        if isinstance(inputs, dict):
            by_name = {t.name: t for t in self.inputs}
            values: list = [None] * len(self.inputs)
            for key, value in inputs.items():
                m = _POSITIONAL.match(key)
                tensor = self.inputs[int(m.group(1))] if m and int(m.group(1)) < len(self.inputs) else by_name.get(key)
                if tensor is None:
                    raise self._fail(f"unexpected input {key!r}: there is no parameter of that name or position")
                if values[tensor.index] is not None:
                    raise self._fail(f"parameter {tensor.index} ({tensor.name}) is given twice (as {key!r})")
                values[tensor.index] = value
            missing = [t for t, v in zip(self.inputs, values) if v is None]
            if missing:
                raise self._fail("missing input(s): " + ", ".join(f"{t.name} (arr_{t.index}) {t.shape.text(False)}"
                                                               for t in missing))
        else:
            values = list(inputs)
            if len(values) != len(self.inputs):
                raise self._fail(f"got {len(values)} input(s) for {len(self.inputs)} parameter(s)")
        return [self._coerce(t, v) for t, v in zip(self.inputs, values)]

    def _coerce(self, tensor: Tensor, value):
        if not tensor.shape.is_array:
            return value
        array = np.asarray(value)
        want = tensor.dtype
        # numpy.save writes types it does not know (bfloat16, float8...) as raw bytes ('V2')
        if array.dtype.kind == "V" and array.dtype.itemsize == want.itemsize:
            array = array.view(want)
        if array.dtype != want:
            raise self._fail(f"input {tensor.name} (parameter {tensor.index}) must be {want} "
                             f"{tensor.shape.text(False)}, got {array.dtype}{list(array.shape)}")
        if array.shape != tensor.shape.dims:
            raise self._fail(f"input {tensor.name} (parameter {tensor.index}) must have shape "
                             f"{list(tensor.shape.dims)}, got {list(array.shape)}")
        return array

    def check_memory(self, budget: int, *, drawn: bool = False) -> None:
        """Refuse, before allocating, a run whose inputs and outputs do not fit in ``budget`` bytes
        (``drawn``: the inputs are drawn at random, as float64 first for floating-point types)."""
        tensors = [(f"parameter {t.index} ({t.name})", t.shape, drawn) for t in self.inputs]
        tensors += [(f"output {t.index}", t.shape, False) for t in self.outputs]
        sizes = [(name, _bytes(shape, drawn_first)) for name, shape, drawn_first in tensors]
        total = sum(size for _, size in sizes)
        if total <= budget:
            return
        name, size = max(sizes, key=lambda item: item[1])
        alone = size > budget
        raise MemoryBudgetError(
            f"{name} needs {format_bytes(size)}, " + ("over" if alone else
                                                      f"and all inputs and outputs {format_bytes(total)}, over")
            + f" the run's memory budget of {format_bytes(budget)}\n  the program takes {self.signature_text()}")

    def random_inputs(self, seed: int) -> list:
        """Seeded inputs for every parameter: normal floats, small non-negative integers, random bools."""
        rng = np.random.default_rng(seed)
        return [_random_value(t.shape, rng) for t in self.inputs]

    def run(self, inputs) -> list:
        """Execute on ``inputs``; returns the result's leaves (tuples flattened depth first)."""
        values = self.bind(inputs)
        ctx = ExecutionContext(self.module, plans=self._plans, constants=self._constants)
        with np.errstate(all="ignore"):
            entry = self.module.require_entry()
            result = ctx.call(entry, _checked_arguments(entry, values))
        return [leaf if leaf is TOKEN else np.asarray(leaf) for leaf in _leaves(result)]


def _bytes(shape: Shape, drawn: bool) -> int:
    """Bytes of every array leaf of ``shape`` (as float64/complex128 when drawn at random first)."""
    total = 0
    for leaf in shape.leaf_shapes():
        if not leaf.is_array:
            continue
        itemsize = numpy_dtype(leaf.element_type).itemsize
        if drawn and leaf.element_type.is_float:
            itemsize = max(itemsize, 8)
        elif drawn and leaf.element_type.is_complex:
            itemsize = 16 * 2
        total += leaf.num_elements * itemsize
    return total


def _random_value(shape: Shape, rng: np.random.Generator):
    if shape.is_tuple:
        return tuple(_random_value(s, rng) for s in shape.tuple_shapes)
    if shape.is_token:
        return TOKEN
    dtype = numpy_dtype(shape.element_type)
    et = shape.element_type
    if et.is_complex:
        return (rng.standard_normal(shape.dims) + 1j * rng.standard_normal(shape.dims)).astype(dtype)
    if et.is_float:
        return rng.standard_normal(shape.dims).astype(dtype)
    if dtype == np.bool_:
        return rng.random(shape.dims) < 0.5
    return rng.integers(0, 4, size=shape.dims).astype(dtype)

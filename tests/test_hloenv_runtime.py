"""Every runnable module of ../shared/corpus/hloenv runs on seeded random inputs.

A module is runnable unless it calls a CUDA library kernel or has its constants elided
(`{...}`); both are refused at compile time with a reason. With JAX installed (not in
CI), an extra tier runs each module on XLA:CPU with the same inputs and compares.
"""

from __future__ import annotations

import numpy as np
import pytest

from helpers import hloenv_files
from nccd.compiler.compile import compile_module
from nccd.compiler.hlo.loader import load_module
from nccd.compiler.options import CompileOptions
from nccd.compiler.runtime.executable import Executable
from nccd.compiler.runtime.interpreter import unsupported_instructions
from nccd.compiler.runtime.ops._common import TOKEN

pytestmark = pytest.mark.needs_shared
FILES = hloenv_files()
NOT_RUNNABLE_BECAUSE = ("is a CUDA library kernel", "constant data was elided")


def _id(path) -> str:
    return path.name[:60]


def _runnable(module) -> bool:
    problems = unsupported_instructions(module)
    for _, reason in problems:
        assert any(known in reason for known in NOT_RUNNABLE_BECAUSE), reason
    return not problems


def test_most_hloenv_modules_are_runnable():
    runnable = [p for p in FILES if _runnable(load_module(str(p)))]
    assert len(FILES) >= 81 and len(runnable) >= 73


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_runs_on_random_inputs(path):
    module = load_module(str(path))
    if not _runnable(module):
        data, _ = compile_module(module, CompileOptions(target="trn2"))
        assert data is None
        pytest.skip("calls a CUDA kernel or has elided constants (refused at compile time)")
    program = Executable(module)
    outputs = program.run(program.random_inputs(0))
    assert [np.shape(o) for o in outputs if o is not TOKEN] == \
        [t.shape.dims for t in program.outputs if t.shape.is_array]


# -- optional tier: XLA:CPU on the same inputs (needs JAX, which CI does not install) -------------

def _xla_cpu(text: str, inputs: list) -> list:
    jax = pytest.importorskip("jax")
    from jax._src.lib import _jax
    from jaxlib import _hlo

    device = jax.devices("cpu")[0]
    proto = _hlo.hlo_module_from_text(text).as_serialized_hlo_module_proto()
    executable = device.client.compile_and_load(_jax.mlir.hlo_to_stablehlo(proto), _jax.DeviceList((device,)),
                                                _jax.CompileOptions())
    outs = executable.execute_sharded([jax.device_put(a, device) for a in inputs])
    return [np.asarray(o[0]) for o in outs.disassemble_into_single_device_arrays()]


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_matches_xla_cpu_when_jax_is_installed(path):
    pytest.importorskip("jax")
    module = load_module(str(path))
    if not _runnable(module):
        pytest.skip("not runnable")
    program = Executable(module)
    inputs = program.random_inputs(0)
    ours = [o for o in program.run(inputs) if o is not TOKEN]
    try:
        theirs = _xla_cpu(path.read_text(), inputs)
    except Exception as exc:  # an old dump XLA itself no longer compiles
        pytest.skip(f"XLA:CPU cannot run it: {str(exc).splitlines()[0][:120]}")
    assert len(ours) == len(theirs)
    for mine, xla in zip(ours, theirs):
        assert mine.shape == xla.shape and mine.dtype == xla.dtype
        if mine.dtype.kind in "biu":
            np.testing.assert_array_equal(mine, xla)
        else:  # normwise: XLA:CPU solves in f32 where the runtime uses f64, on random (ill-conditioned) data
            a, b = mine.astype(np.complex128), xla.astype(np.complex128)
            assert np.array_equal(np.isnan(a), np.isnan(b))
            finite = np.isfinite(b)
            scale = max(float(np.max(np.abs(b[finite]), initial=0.0)), 1e-30)
            assert float(np.max(np.abs(a[finite] - b[finite]), initial=0.0)) / scale < 1e-3

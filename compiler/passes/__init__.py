"""The optimising pass pipeline: one readable list per --optlevel.

A pass is ``fn(module, ctx) -> bool`` (did it change the module). It edits the module in
place; `run_pipeline` works on a clone unless told otherwise. With ``verify=True`` (the tests)
the verifier runs after every pass and a pass that breaks the module raises PassError naming it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ..ir.module import Module
from ..ir.verifier import verify_module
from ..options import CompileOptions
from .autocast import auto_cast, cast_cleanup
from .cleanup import common_subexpression_elimination, dead_code_elimination, inline_calls
from .context import PassContext
from .fusion import elementwise_fusion
from .idioms import arg_extreme_kernels, boolean_reducers
from .memory import buffer_assignment, memory_schedule
from .patterns import model_type_kernels
from .rewrite import clone_module
from .simplify import algebraic_simplification, constant_folding, transpose_folding

#: -O1: minimise compile time. Auto-cast runs at every level: it decides the numbers.
#: The idioms first at every level: the device runs their kernels, not the framework's spelling.
O1 = [inline_calls, arg_extreme_kernels, boolean_reducers, dead_code_elimination, auto_cast, buffer_assignment]

#: -O2 (default): the clean-ups, folding, model-type kernels and elementwise fusion.
O2 = [
    inline_calls,
    arg_extreme_kernels,
    boolean_reducers,
    algebraic_simplification,
    constant_folding,
    common_subexpression_elimination,
    transpose_folding,
    dead_code_elimination,
    # before the kernels, so the matrix operations inside attention and convolution kernels are
    # cast too (a kernel's fast path only takes FP32, so cast kernels run as written)
    auto_cast,
    cast_cleanup,
    model_type_kernels,
    elementwise_fusion,
    buffer_assignment,
]

#: -O3: -O2, a second round of clean-ups after fusion, and a schedule that lowers peak memory.
O3 = O2[:-1] + [dead_code_elimination, memory_schedule, buffer_assignment]

PIPELINES = {1: O1, 2: O2, 3: O3}


class PassError(RuntimeError):
    """A pass left the module invalid (a compiler bug, reported with the pass's name)."""


@dataclass
class PassRecord:
    name: str
    changed: bool
    ms: float


@dataclass
class PipelineResult:
    module: Module
    passes: list[PassRecord] = field(default_factory=list)
    facts: dict = field(default_factory=dict)

    def to_json(self) -> list[dict]:
        return [{"pass": p.name, "changed": p.changed, "ms": round(p.ms, 3)} for p in self.passes]


def run_pipeline(module: Module, options: CompileOptions, *, passes=None, verify: bool = False,
                 in_place: bool = False, checkpoint: Callable[[str], None] | None = None) -> PipelineResult:
    """Run the passes of ``options``' level (or ``passes``) over ``module`` (a copy unless ``in_place``);
    ``checkpoint(name)`` before each pass lets a caller stop the pipeline by raising."""
    work = module if in_place else clone_module(module)
    ctx = PassContext(options)
    result = PipelineResult(work, facts=ctx.facts)
    for pass_fn in passes if passes is not None else PIPELINES[options.optlevel]:
        if checkpoint is not None:
            checkpoint(pass_fn.__name__)
        started = time.perf_counter()
        changed = bool(pass_fn(work, ctx))
        result.passes.append(PassRecord(pass_fn.__name__, changed, (time.perf_counter() - started) * 1e3))
        if verify:
            errors = [d for d in verify_module(work) if d.is_error]
            if errors:
                raise PassError(f"{pass_fn.__name__} broke the module: {errors[0].format()}")
    return result


__all__ = ["PIPELINES", "O1", "O2", "O3", "PassContext", "PassError", "PipelineResult", "run_pipeline",
           "arg_extreme_kernels", "boolean_reducers", "auto_cast", "cast_cleanup", "model_type_kernels", "inline_calls", "dead_code_elimination",
           "common_subexpression_elimination", "constant_folding", "algebraic_simplification",
           "transpose_folding", "elementwise_fusion", "memory_schedule", "buffer_assignment"]

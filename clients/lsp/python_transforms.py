"""The framework entry points that trace Python functions, as tables.

A callable given to one of these (``jax.jit(f)``, ``lax.scan(body, ...)``,
``torch.compile(fn)``) is compiled; a class deriving from one of the module
bases has its ``forward``/``__call__`` compiled.
"""

from __future__ import annotations

import ast

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda

#: Transformation -> positions of the callables it traces.
TRANSFORMS: dict[str, tuple[int, ...]] = {
    **{f"jax.{t}": (0,) for t in ("jit", "pmap", "vmap", "grad", "value_and_grad", "jacfwd", "jacrev", "hessian",
                                   "checkpoint", "remat", "named_call", "custom_jvp", "custom_vjp", "shard_map",
                                   "linearize", "jvp", "vjp", "eval_shape")},
    "jax.experimental.shard_map.shard_map": (0,), "jax.experimental.pjit.pjit": (0,),
    "jax.lax.scan": (0,), "jax.lax.fori_loop": (2,), "jax.lax.while_loop": (0, 1), "jax.lax.cond": (1, 2),
    "jax.lax.switch": (1,), "jax.lax.map": (0,), "jax.lax.associative_scan": (0,),
    "equinox.filter_jit": (0,), "equinox.filter_vmap": (0,), "equinox.filter_grad": (0,),
    "haiku.transform": (0,), "haiku.transform_with_state": (0,),
    "torch.compile": (0,), "torch.vmap": (0,), "torch.func.vmap": (0,), "torch.func.grad": (0,),
    "torch.func.jacrev": (0,), "torch.cond": (1, 2), "torch.utils.checkpoint.checkpoint": (0,),
}
#: JAX's structured control flow: always compiled, even when called outside ``jit``, so the function that calls
#: it is written to be traced.
CONTROL_FLOW = frozenset({"jax.lax.while_loop", "jax.lax.fori_loop", "jax.lax.scan", "jax.lax.cond",
                          "jax.lax.switch", "jax.lax.map"})
MODULE_BASES = frozenset({
    "torch.nn.Module", "torch.nn.modules.module.Module", "flax.linen.Module", "flax.nnx.Module", "equinox.Module",
    "haiku.Module", "transformers.PreTrainedModel", "transformers.modeling_utils.PreTrainedModel"})
AUTOGRAD_FUNCTION = "torch.autograd.Function"
PARTIAL = frozenset({"functools.partial"})

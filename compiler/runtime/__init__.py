"""nccd's reference runtime: executes HLO on the CPU with numpy and ml_dtypes.

It follows XLA's operation semantics (checked against JAX/XLA:CPU outputs) and
is the definition the compiler's passes are tested against. The op
implementations live in one table (:data:`ops.OP_IMPLEMENTATIONS`) shared with
constant folding.
"""

from .errors import ExecutionError, RuntimeInputError, UnsupportedOp
from .interpreter import (ExecutionContext, can_execute, evaluate, evaluate_computation,
                          supported_opcodes, unsupported_instructions)
from .ops import OP_IMPLEMENTATIONS
from .ops._common import TOKEN

__all__ = [
    "evaluate", "evaluate_computation", "ExecutionContext", "can_execute", "supported_opcodes",
    "unsupported_instructions", "ExecutionError", "UnsupportedOp", "RuntimeInputError",
    "OP_IMPLEMENTATIONS", "TOKEN",
]

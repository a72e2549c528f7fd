"""Errors raised by the reference runtime.

Every failure inside an instruction comes out as an :class:`ExecutionError`
that names the instruction (``%name = shape opcode(operands)``) and its
position in the HLO text. :class:`UnsupportedOp` is the subclass for
instructions the runtime has no implementation for; the compiler turns it into
a compile-time diagnostic, so it carries the reason on its own.
"""

from __future__ import annotations


def describe_instruction(inst) -> str:
    """``%name = f32[2]{0} add(%a, %b) at 12:3`` (the position only when known)."""
    operands = ", ".join("%" + o.name for o in inst.operands)
    text = f"%{inst.name} = {inst.shape.text()} {inst.opcode.text}({operands})"
    if inst.line:
        text += f" at {inst.line}:{inst.column}"
    comp = getattr(inst, "computation", None)
    if comp is not None:
        text += f" in computation {comp.name}"
    return text


class ExecutionError(RuntimeError):
    """A failure while executing one instruction.

    ``reason`` is the bare cause; ``instruction`` the innermost instruction
    that failed (None until the interpreter attaches it); ``call_chain`` the
    instructions that called into the failing computation, innermost first.
    """

    def __init__(self, reason: str, instruction=None):
        self.reason = reason
        self.instruction = None
        self.call_chain: list = []
        super().__init__(reason)
        if instruction is not None:
            self.locate(instruction)

    def locate(self, instruction) -> "ExecutionError":
        """Attach the failing instruction once; outer callers are recorded as the call chain."""
        if self.instruction is None:
            self.instruction = instruction
        elif instruction is not self.instruction and instruction not in self.call_chain:
            self.call_chain.append(instruction)
        self.args = (str(self),)
        return self

    def __str__(self) -> str:
        if self.instruction is None:
            return self.reason
        text = f"while executing {describe_instruction(self.instruction)}: {self.reason}"
        for caller in self.call_chain:
            text += f"\n  called from {describe_instruction(caller)}"
        return text


class UnsupportedOp(ExecutionError):
    """The runtime cannot execute this instruction (no implementation, unknown custom call...)."""


class RuntimeInputError(ValueError):
    """An argument given to :func:`evaluate` does not match the entry parameter it feeds."""

"""What a pass may read besides the module: the compile flags, and a place to leave findings."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..options import CompileOptions


@dataclass
class PassContext:
    options: CompileOptions = field(default_factory=CompileOptions)
    #: Findings for the compile report (peak memory, kernels recognised, casts inserted...).
    facts: dict = field(default_factory=dict)

    def count(self, key: str, n: int = 1) -> None:
        self.facts[key] = self.facts.get(key, 0) + n

"""Import aliases and qualified names for a Python module read with ``ast``.

``import jax.numpy as jnp`` makes ``jnp.nonzero`` mean ``jax.numpy.nonzero``;
``from torch.nn import functional as F`` makes ``F.one_hot`` mean
``torch.nn.functional.one_hot``. Rules are written against the qualified
names, so they match however a file spells its imports. Only imports are
followed (no assignments such as ``np = jnp``), which is what linters that
resolve qualified names without running code do too.
"""

from __future__ import annotations

import ast

#: Modules whose values are tensors when traced (numpy is host code, and not one of them).
TORCH = "torch"
JAX = "jax"


class ImportTable:
    """Local name -> qualified name, from every import statement in the module."""

    def __init__(self, statements):
        """From the module's import statements (``ast.Import`` / ``ast.ImportFrom``, at any depth)."""
        self.aliases: dict[str, str] = {}
        for node in statements:
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.asname:
                        self.aliases[a.asname] = a.name
                    else:  # `import jax.numpy` binds `jax`
                        top = a.name.split(".")[0]
                        self.aliases[top] = top
            elif isinstance(node, ast.ImportFrom) and (node.module or node.level):
                # relative imports keep their dots (`...utils.f`): never a framework name, but still a module path
                module = "." * node.level + (node.module or "")
                for a in node.names:
                    if a.name != "*":
                        self.aliases[a.asname or a.name] = f"{module}.{a.name}" if node.module else f"{module}{a.name}"

    @property
    def signature(self) -> int:
        """A hash of every alias: results computed from qualified names can be reused while it is the same."""
        found = getattr(self, "_signature", None)
        if found is None:
            found = self._signature = hash(tuple(sorted(self.aliases.items())))
        return found

    @property
    def frameworks(self) -> frozenset[str]:
        """Which of torch / jax the module imports."""
        roots = {q.split(".")[0] for q in self.aliases.values()}
        found = set()
        if roots & {"torch", "torch_xla", "torch_neuronx"}:
            found.add(TORCH)
        if roots & {"jax", "flax", "equinox", "haiku", "optax"}:
            found.add(JAX)
        return frozenset(found)

    def qualname(self, node: ast.expr) -> str | None:
        """``jnp.linalg.solve`` -> ``jax.numpy.linalg.solve``; None for anything but a dotted name."""
        if type(node) is ast.Name:  # the common case
            return self.aliases.get(node.id)
        parts: list[str] = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name):
            return None
        base = self.aliases.get(node.id)
        if base is None:
            return None
        parts.append(base)
        return ".".join(reversed(parts))

    def local_name(self, qualified: str) -> str | None:
        """How the module spells ``qualified`` (e.g. ``jnp`` for ``jax.numpy``), or None."""
        best: tuple[int, str] | None = None
        for local, target in self.aliases.items():
            if qualified == target or qualified.startswith(target + "."):
                spelled = local + qualified[len(target):]
                if best is None or len(spelled) < best[0]:
                    best = (len(spelled), spelled)
        return best[1] if best else None

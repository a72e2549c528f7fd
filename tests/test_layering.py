"""The import structure: no import circles, and layers that point one way (issue 12).

Read from the source (every ``import``, function-level ones included, since a circle dodged
inside a function is still a circle): compiler/ imports nothing above it; proto/ (socket paths,
the framed protocol, the wire codec) imports nothing but itself; the daemon and the clients meet
only where KNOWN_CROSSINGS says, a list that may only shrink.
"""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import REPO

TOP_LEVEL = ("compiler", "daemon", "clients", "proto")

#: Imports between the daemon and the clients that the layering of issue 12 still has to remove:
#: the socket paths and the framed protocol belong in a protocol layer both import, the command
#: code in a layer under the servicer. Each one removed comes off this list.
KNOWN_CROSSINGS = {
    ("nccd.clients.cli.backend", "nccd.daemon.diskcache"),
    ("nccd.clients.cli.backend", "nccd.daemon.engine"),
    ("nccd.clients.cli.batch_command", "nccd.daemon.batch"),
    ("nccd.clients.cli.daemon_commands", "nccd.daemon.diskcache"),
    ("nccd.clients.cli.daemon_commands", "nccd.daemon.engine"),
    ("nccd.clients.cli.daemon_commands", "nccd.daemon.watcher"),
    ("nccd.daemon.server", "nccd.clients.cli.common"),
    ("nccd.daemon.servicer", "nccd.clients.cli.artifact_commands"),
    ("nccd.daemon.servicer", "nccd.clients.cli.backend"),
    ("nccd.daemon.servicer", "nccd.clients.cli.commands"),
    ("nccd.daemon.servicer", "nccd.clients.cli.common"),
}


def _modules() -> dict[str, Path]:
    found = {}
    for top in TOP_LEVEL:
        for path in (REPO / top).rglob("*.py"):
            if "_proto" in path.parts:  # generated protobuf code
                continue
            parts = list(path.relative_to(REPO).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(["nccd", *parts])] = path
    return found


def _imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    """module -> the nccd modules it imports (a name imported from a package counts as its module)."""

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join(anchor + ([node.module] if node.module else []))
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                           for alias in node.names]
            else:
                continue
            for target in targets:
                found = owner(target)
                if found is not None and found != name:
                    edges[name].add(found)
    return edges


def _circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles = []
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))
    return circles


EDGES = _imports(_modules())


def test_the_graph_is_read():
    assert "nccd.daemon.entries" in EDGES["nccd.daemon.engine"]
    assert "nccd.compiler.ir.module" in EDGES["nccd.compiler.hlo.parser"]


def test_no_import_circles():
    assert _circles(EDGES) == []


def test_circle_finder_finds_a_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_compiler_imports_nothing_above_it():
    upward = sorted((source, target) for source, targets in EDGES.items() if source.startswith("nccd.compiler.")
                    for target in targets if not target.startswith("nccd.compiler"))
    assert upward == []


def test_the_protocol_layer_imports_only_itself():
    outside = sorted((source, target) for source, targets in EDGES.items() if source.startswith("nccd.proto.")
                     for target in targets if not target.startswith("nccd.proto"))
    assert outside == []


def test_daemon_and_clients_meet_only_where_listed():
    crossings = {(source, target) for source, targets in EDGES.items() for target in targets
                 if {source.split(".")[1], target.split(".")[1]} == {"daemon", "clients"}}
    assert crossings - KNOWN_CROSSINGS == set(), "a new import between the daemon and the clients"
    assert KNOWN_CROSSINGS - crossings == set(), "an import on KNOWN_CROSSINGS is gone: take it off the list"

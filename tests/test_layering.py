"""The import structure: no import circles, and layers that point one way (issue 12).

Read from the source (every ``import``, function-level ones included, since a circle dodged
inside a function is still a circle):

    proto  <-  compiler  <-  engine  <-  commands  <-  servicer        clients -> proto

proto/ (socket paths, the framed protocol, the wire codec, the version) imports nothing but
itself; compiler/ nothing above proto; in daemon/ each floor imports only its own and the ones
below (DAEMON_FLOORS); the clients import nothing of the daemon, and all but the language
server only the protocol layer (the language server checks models with the compiler in the
editor's process). The `ncc` client runs commands in-process by handing its command line to
``python -m nccd.daemon.commands`` (clients/cli/main.py), not by importing them.
"""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import REPO

TOP_LEVEL = ("compiler", "daemon", "clients", "proto")

#: daemon/'s floors, lowest first: the engine and what it keeps (caches, watch sessions, batches),
#: the command layer over it, and the servers that run commands for clients.
DAEMON_FLOORS = (
    ("engine", ("cancel", "entries", "footprint", "memcache", "diskcache", "cache_records", "incremental", "remote_cache",
                "engine", "batch", "watcher")),
    ("commands", ("commands",)),
    ("servers", ("servicer", "frame_server", "server", "typed_api", "_proto")),
)


def _floor(module: str) -> int:
    """The floor of a daemon module (its first name under nccd.daemon)."""
    part = module.split(".")[2] if module.count(".") >= 2 else ""
    return next(i for i, (_, parts) in enumerate(DAEMON_FLOORS) if part in parts)


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
                    for target in targets if not target.startswith(("nccd.compiler", "nccd.proto")))
    assert upward == []


def test_the_protocol_layer_imports_only_itself():
    outside = sorted((source, target) for source, targets in EDGES.items() if source.startswith("nccd.proto.")
                     for target in targets if not target.startswith("nccd.proto"))
    assert outside == []


def test_the_clients_import_nothing_of_the_daemon():
    crossings = sorted((source, target) for source, targets in EDGES.items() if source.startswith("nccd.clients")
                       for target in targets if target.startswith("nccd.daemon"))
    assert crossings == []


def test_the_clients_but_the_language_server_import_only_the_protocol_layer():
    outside = sorted((source, target) for source, targets in EDGES.items()
                     if source.startswith("nccd.clients") and not source.startswith("nccd.clients.lsp")
                     for target in targets if not target.startswith(("nccd.proto", "nccd.clients")))
    assert outside == []
    # ... and `ncc lsp`'s entry is the one way from the command line into the language server
    into_lsp = sorted(source for source, targets in EDGES.items() if source.startswith("nccd.clients.")
                      and not source.startswith("nccd.clients.lsp") for target in targets
                      if target.startswith("nccd.clients.lsp"))
    assert set(into_lsp) <= {"nccd.clients.cli.main"}, into_lsp


def test_the_daemon_imports_no_client():
    crossings = sorted((source, target) for source, targets in EDGES.items() if source.startswith("nccd.daemon")
                       for target in targets if target.startswith("nccd.clients"))
    assert crossings == []


def test_the_daemon_floors_point_down():
    daemon = [name for name in EDGES if name.startswith("nccd.daemon.")]
    assert {_floor(name) for name in daemon} == {0, 1, 2}  # every module is on a floor (else StopIteration)
    upward = sorted((source, target) for source in daemon for target in EDGES[source]
                    if target.startswith("nccd.daemon.") and _floor(target) > _floor(source))
    assert upward == []
    assert "nccd.daemon.commands.command_line" in EDGES["nccd.daemon.servicer"]  # the servicer runs the commands
    assert "nccd.daemon.engine" in EDGES["nccd.daemon.commands.backend"]  # which work on the engine


def test_the_in_process_entry_is_the_command_layer():
    from nccd.clients.cli import main

    assert main.IN_PROCESS_MODULE == "nccd.daemon.commands"
    assert "nccd.daemon.commands.__main__" in _modules()

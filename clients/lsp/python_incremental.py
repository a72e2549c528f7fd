"""Re-analysing a file after an edit without redoing the parts the edit did not touch.

While someone types, one top-level statement (usually one class or function)
changes and the rest of the file is the same text at the same lines. So:

* :class:`ChunkedParser` parses the module as top-level chunks and keeps the
  ``ast`` of every chunk whose text and first line are unchanged;
* :class:`AnalysisCache` keeps each compiled function's findings, keyed by the
  function's node (the same object while its chunk is reused), the kinds its
  parameters were given, the target and the module's outline (imports,
  top-level names, class headers), and recorded with the chunks it consulted
  (callees whose results it used). A result is reused only when all of them are
  the chunks of the current parse.

Both fall back to the full computation whenever in doubt: a chunk that does not
parse on its own is merged with its neighbour, and a file that still does not
parse is parsed whole, exactly as without this module.
"""

from __future__ import annotations

import ast
import re
import threading
from dataclasses import dataclass, field

#: A line that can start a top-level statement: not indented, not a comment, not a continuation.
_NOT_A_START = re.compile(r"^(?:[\s#)\]}]|else\b|elif\b|except\b|finally\b)")

_INDENTED = frozenset(" \t")
ChunkKey = tuple[int, str]  # (first line, text)


class ChunkedParser:
    def __init__(self):
        self._chunks: dict[ChunkKey, list[ast.stmt]] = {}

    @staticmethod
    def _starts(lines: list[str]) -> list[int]:
        starts = []
        decorated = False  # the line after a one-line decorator belongs to it (`@dataclass` / `class X:`)
        for i, line in enumerate(lines):
            # most lines are indented: the first character settles them without the regex
            if line and line[0] not in _INDENTED and not _NOT_A_START.match(line):
                if not decorated:
                    starts.append(i)
                decorated = line[0] == "@"
            elif decorated and line.strip() and not line.lstrip().startswith("#"):
                decorated = False
        return starts

    def parse(self, text: str, lines: list[str]) -> tuple[ast.Module, dict[int, ChunkKey]]:
        """The module, and for each top-level statement (by id) the chunk it came from.

        Raises SyntaxError (or ValueError for NUL bytes) like ``ast.parse`` when the text does not parse.
        """
        starts = self._starts(lines)
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        bounds = list(zip(starts, starts[1:] + [len(lines)]))
        body: list[ast.stmt] = []
        chunk_of: dict[int, ChunkKey] = {}
        used: dict[ChunkKey, list[ast.stmt]] = {}
        i = 0
        while i < len(bounds):
            first = bounds[i][0]
            j = i
            while True:
                key = (first, "\n".join(lines[first:bounds[j][1]]))
                statements = used.get(key) or self._chunks.get(key)
                if statements is None:
                    try:
                        statements = ast.parse("\n" * first + key[1]).body
                    except SyntaxError:
                        if j + 1 < len(bounds):
                            j += 1  # a false start (inside a string, after a decorator): take in the next chunk
                            continue
                        return self._whole(text)
                break
            used[key] = statements
            body.extend(statements)
            for stmt in statements:
                chunk_of[id(stmt)] = key
            i = j + 1
        self._chunks = used
        return ast.Module(body=body, type_ignores=[]), chunk_of

    def _whole(self, text: str) -> tuple[ast.Module, dict[int, ChunkKey]]:
        tree = ast.parse(text)  # raises for a genuinely broken file
        self._chunks = {}
        key = (0, text)
        return tree, {id(stmt): key for stmt in tree.body}


@dataclass
class FunctionResult:
    """What one walk of a function produced, and what it depended on."""

    func: ast.AST                       # held, so the id in the key cannot be reused by another node
    findings: list
    returns: list
    enqueued: list                      # the contexts it handed on (callees, traced callables)
    chunks: frozenset[ChunkKey]         # its own chunk and every chunk it consulted
    eager_called: frozenset = frozenset()  # functions its eager-only code calls (python_analysis.eager_called)


@dataclass
class AnalysisCache:
    """One document's reusable state between analyses (used by one analysis at a time)."""

    parser: ChunkedParser = field(default_factory=ChunkedParser)
    results: dict[tuple, FunctionResult] = field(default_factory=dict)
    #: chunk -> its part of the module index (python_contexts), reused while the chunk's ast is
    index_parts: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def lookup(self, key: tuple, func: ast.AST, current: set[ChunkKey]) -> FunctionResult | None:
        found = self.results.get(key)
        if found is not None and found.func is func and found.chunks <= current:
            return found
        return None

    def keep_only(self, current: set[ChunkKey]) -> None:
        """Forget results that depend on chunks no longer in the file."""
        self.results = {k: r for k, r in self.results.items() if r.chunks <= current}

"""A small driver over pytest-lsp's client: open/change/close documents and get their diagnostics
the way the client profile does (pulled if it supports textDocument/diagnostic, pushed otherwise)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from lsprotocol import types
from pytest_lsp import LanguageClient

#: Clients pushing debounced diagnostics get them within this time, or the test fails.
WAIT_S = 60.0  # generous: a loaded 2-core machine; a passing test never waits this long


async def start_session(client: LanguageClient, profile: str, options: dict, root: Path | None = None) -> None:
    """initialize + initialized with an editor's capabilities, answering registrations as editors do."""
    from pytest_lsp import client_capabilities

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams):  # pytest-lsp's client has no handler for it
        return None

    folders = [types.WorkspaceFolder(root.as_uri(), root.name)] if root else None
    await client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities(profile), initialization_options=options,
        root_uri=root.as_uri() if root else None, workspace_folders=folders))


class Editor:
    def __init__(self, client: LanguageClient):
        self.client = client
        self.versions: dict[str, int] = {}
        self.texts: dict[str, str] = {}
        #: Every publishDiagnostics received: (uri, version, codes), in arrival order.
        self.published: list[tuple[str, int | None, list[str]]] = []
        features = client.protocol.fm._features
        store = features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]
        if not getattr(store, "records", False):  # one recorder per client, whichever Editor made it
            def record(params: types.PublishDiagnosticsParams):
                record.log.append((params.uri, params.version, [d.code for d in params.diagnostics]))
                return store(params)

            record.records, record.log = True, []
            features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = record
        self.published = features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS].log

    @property
    def pulls(self) -> bool:
        caps = self.client.capabilities
        return caps is not None and caps.text_document is not None and caps.text_document.diagnostic is not None

    async def open(self, path: Path | str, text: str | None = None, language: str | None = None):
        path = Path(path)
        uri = path.resolve().as_uri()
        text = path.read_text() if text is None else text
        language = language or ("python" if path.suffix == ".py" else "hlo")
        self.versions[uri] = 1
        self.texts[uri] = text
        self.client.diagnostics.pop(uri, None)
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri, language, 1, text)))
        return uri, await self.diagnostics(uri)

    async def change(self, uri: str, text: str):
        self.versions[uri] += 1
        self.texts[uri] = text
        self.client.diagnostics.pop(uri, None)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            [types.TextDocumentContentChangeWholeDocument(text)]))
        return await self.diagnostics(uri)

    async def close(self, uri: str) -> list[types.Diagnostic] | None:
        """Close; for a pushing client, wait for (and return) the publish that clears the document."""
        self.client.diagnostics.pop(uri, None)
        self.client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
        return None if self.pulls else await self.pushed(uri)

    async def diagnostics(self, uri: str) -> list[types.Diagnostic]:
        if self.pulls:
            report = await self.client.text_document_diagnostic_async(
                types.DocumentDiagnosticParams(types.TextDocumentIdentifier(uri)))
            return list(report.items)
        return await self.pushed(uri)

    async def pushed(self, uri: str, wait_s: float = WAIT_S) -> list[types.Diagnostic]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_s
        while uri not in self.client.diagnostics:
            if loop.time() > deadline:
                raise AssertionError(f"no diagnostics pushed for {uri}")
            await asyncio.sleep(0.01)
        return list(self.client.diagnostics[uri])

    async def wait_until(self, condition, what: str):
        """Until ``condition()`` (a function or coroutine function) returns something true: that value.

        Waits for an event (a publish, a re-check) with a generous deadline, never a fixed time."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT_S
        while True:
            value = condition()
            if asyncio.iscoroutine(value):
                value = await value
            if value:
                return value
            if loop.time() > deadline:
                raise AssertionError(f"waited {WAIT_S:.0f} s for {what}")
            await asyncio.sleep(0.01)

    def text_at(self, uri: str, rng: types.Range) -> str:
        lines = self.texts[uri].splitlines()
        if rng.start.line == rng.end.line:
            return lines[rng.start.line][rng.start.character:rng.end.character]
        return "\n".join([lines[rng.start.line][rng.start.character:], *lines[rng.start.line + 1:rng.end.line],
                          lines[rng.end.line][:rng.end.character]])


def apply_text_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP edits (ASCII documents: UTF-16 units are code points)."""
    from harness import apply_edits

    return apply_edits(text, [(e.range.start.line, e.range.start.character, e.range.end.line,
                               e.range.end.character, e.new_text) for e in edits])

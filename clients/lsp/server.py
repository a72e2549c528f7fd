"""``ncc lsp``: the pygls language server. Handlers are thin; the work is in pure modules.

* Python files -> :mod:`.python_analysis` (``ast`` only) and, on save, :mod:`.deep_check`;
* HLO files -> the compiler through :mod:`.backend`, then :mod:`.hlo_features`;
* findings -> LSP types in :mod:`.lsp_convert`; settings in :mod:`.settings`.

Analysis runs on worker threads (:mod:`.scheduler`); the event loop only
snapshots documents, publishes, and answers from finished results. Clients
that pull diagnostics (LSP 3.17, ``textDocument/diagnostic``) get pulled
ones; the others get them pushed after a per-document debounce.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import zlib
from concurrent.futures import ThreadPoolExecutor

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from . import fast_start
from .documents import HLO, PYTHON, DocumentResult, Snapshot, document_kind
from .findings import Finding, drop_suppressed
from .settings import SECTION, PyprojectSettings, Settings, layer, merge

log = logging.getLogger(__name__)
VERSION = "0.1.0"
#: How long the first check waits for the editor's answer to workspace/configuration.
_SETTINGS_WAIT_S = 2.0
#: Deep-check codes for what the static analysis also finds on its own (a host read, a branch on a tensor).
_SAID_STATICALLY = frozenset({"NCC-W240", "NCC-W241"})  # TORCH_GRAPH_BREAK, TORCH_EXPORT_FAILED


class NccLanguageServer(LanguageServer):
    """Server state: settings layers, per-document results and deep-check findings."""

    def __init__(self):
        super().__init__("ncc", VERSION, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        from .backend import Backend
        from .documents import analyze
        from .scheduler import Scheduler

        self.backend = Backend()
        #: uri -> the incremental-analysis cache of an open Python document
        self.python_caches: dict[str, object] = {}
        self.scheduler = Scheduler(
            lambda snap, settings: analyze(snap, settings, self.backend, self.python_caches.get(snap.uri)))
        self.deep_executor = ThreadPoolExecutor(1, thread_name_prefix="ncc-deep-check")
        self.pyproject = PyprojectSettings()
        self.init_layer: dict = {}
        self.editor_layer: dict = {}
        self.pull = False
        self.kinds: dict[str, str] = {}               # uri -> PYTHON / HLO, for open documents we check
        self.deep: dict[str, list[Finding]] = {}      # uri -> deep-check findings of the last save
        self._deep_runs: dict[str, int] = {}
        self._told: set[str] = set()
        #: Set once the editor's settings are known, so the first check already uses them.
        self.configured = asyncio.Event()

    # -- settings --------------------------------------------------------------------------
    def tell(self, problems: list[str]) -> None:
        """Show each settings problem once (a bad value is ignored, never fatal)."""
        for problem in problems:
            if problem not in self._told:
                self._told.add(problem)
                self.window_show_message(types.ShowMessageParams(types.MessageType.Warning, f"ncc: {problem}"))

    def deep_check_pythons(self, path: str, has_entry: bool = True) -> dict[str, str] | None:
        """The interpreter the deep check runs for each framework on ``path`` (rules in
        deep_check.choose_python), or None in a workspace the editor has not said it trusts: the check
        imports the marked file, and that is the workspace's own code. Says once why it does not run."""
        from .deep_check import choose_python, user_choices

        pyproject, project, _ = self.pyproject.find(path)
        user = merge(self.init_layer, self.editor_layer)
        trusted = bool(self.init_layer.get("workspace_trusted"))  # only the editor's start-up says so
        pythons, refused = {}, []
        for framework, key in (("jax", "python"), ("torch", "torch_python")):
            named = project.get(key) or project.get("python")
            project_python = (named, pyproject) if named else None
            python, why = choose_python(user_choices(framework, user.python, user.torch_python), project_python,
                                        path, trusted)
            pythons[framework] = python
            if why and why not in refused:
                refused.append(why)
        if not trusted:
            if not has_entry:  # an `# ncc: ignore` comment is no reason to talk about the deep check
                return None
            self.tell([f"the deep check does not run in this workspace: it would import {os.path.basename(path)} "
                       "and the workspace is not trusted"
                       + (f" (nor would it run {' or '.join(refused)})" if refused else "")
                       + ". Trust the workspace in your editor (VS Code: Workspaces: Manage Workspace Trust; "
                       "other editors: workspaceTrusted = true in the server's initialization options)"])
            return None
        return pythons

    def settings_for(self, path: str | None) -> Settings:
        _, project, problems = self.pyproject.find(path)
        self.tell(problems)
        return merge(project, self.init_layer, self.editor_layer)

    async def fetch_editor_settings(self) -> None:
        if not getattr(getattr(self.client_capabilities, "workspace", None), "configuration", False):
            return
        try:
            answer = await self.workspace_configuration_async(
                types.ConfigurationParams([types.ConfigurationItem(section=SECTION)]))
        except Exception as exc:  # a client that advertises but fails: keep what we have
            log.info("workspace/configuration failed: %s", exc)
            return
        problems: list[str] = []
        self.editor_layer = layer(answer[0] if answer else None, "workspace/configuration", problems)
        self.tell(problems)

    # -- documents -------------------------------------------------------------------------
    def snapshot(self, uri: str) -> Snapshot | None:
        kind = self.kinds.get(uri)
        doc = self.workspace.text_documents.get(uri)
        if kind is None or doc is None:
            return None
        return Snapshot(uri, to_fs_path(uri), kind, doc.source, doc.version)

    async def current_result(self, uri: str) -> DocumentResult | None:
        if not self.configured.is_set():
            try:  # a client that never answers workspace/configuration must not stall us
                await asyncio.wait_for(self.configured.wait(), _SETTINGS_WAIT_S)
            except asyncio.TimeoutError:
                self.configured.set()
        snap = self.snapshot(uri)
        if snap is None:
            return None
        return await self.scheduler.analyze(snap, self.settings_for(snap.path))

    def deep_findings(self, result: DocumentResult) -> list[Finding]:
        """The last deep check's findings that still fit the text and are not suppressed. A graph break on
        a line the static analysis already flags is the same problem: said once, by the static finding
        (it has the quick fixes)."""
        lines = result.lines
        deep = [f for f in self.deep.get(result.snapshot.uri, []) if f.span.end_line < len(lines)]
        flagged = {f.span.line for f in result.findings if f.severity != "information"}
        deep = [f for f in deep if f.code not in _SAID_STATICALLY or f.span.line not in flagged]
        return drop_suppressed(deep, lines) if deep else []

    def findings_of(self, result: DocumentResult, with_deep: bool = True) -> list[Finding]:
        if not with_deep:
            return result.findings
        return result.findings + self.deep_findings(result)

    def lsp_diagnostics(self, result: DocumentResult, findings: list[Finding] | None = None) -> list[types.Diagnostic]:
        from .hlo_features import python_origin_path
        from .lsp_convert import to_diagnostics

        def related(finding: Finding):
            python = (finding.data or {}).get("python") or {}
            path = python_origin_path(python.get("file", ""), result.snapshot.path) if python.get("file") else None
            if path is None:
                return None
            line = max(int(python.get("line") or 1) - 1, 0)
            return types.Location(from_fs_path(path), types.Range(types.Position(line, 0), types.Position(line, 0)))

        findings = self.findings_of(result) if findings is None else findings
        return to_diagnostics(findings, result.lines, self.workspace.position_encoding,
                              result.settings, related if result.snapshot.kind == HLO else None)

    async def publish_current(self, uri: str) -> None:
        """Push mode: analyse the current version and publish, unless the user typed meanwhile."""
        result = await self.current_result(uri)
        snap = self.snapshot(uri)
        if result is None or snap is None or snap.version != result.snapshot.version:
            return  # closed or stale: a newer run will publish
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri, self.lsp_diagnostics(result), version=result.snapshot.version))

    def refresh_all(self) -> None:
        """Settings or project files changed: recheck every open document."""
        if self.pull:
            if getattr(getattr(getattr(self.client_capabilities, "workspace", None), "diagnostics", None),
                       "refresh_support", False):
                self.workspace_diagnostic_refresh(None)
            return
        for uri in list(self.kinds):
            self.scheduler.after(uri, 0, lambda uri=uri: self.publish_current(uri))

    async def publish_deep(self, uri: str) -> None:
        """New deep-check findings: pushed with the rest, or on their own to a client that pulls.

        A pulling client gets the static findings from its pulls and the deep check's by push, so they
        show up at once even in clients that cannot be asked to pull again, and never twice.
        """
        if not self.pull:
            self.scheduler.after(uri, 0, lambda: self.publish_current(uri))
            return
        result = await self.current_result(uri)
        if result is not None:
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                uri, self.lsp_diagnostics(result, self.deep_findings(result)),
                version=result.snapshot.version))

    # -- deep check ------------------------------------------------------------------------
    def start_deep_check(self, uri: str) -> None:
        snap = self.snapshot(uri)
        if snap is None or snap.kind != PYTHON or not snap.path or "ncc:" not in snap.text:
            return
        settings = self.settings_for(snap.path)
        if not settings.deep_check:
            return
        from .deep_check import deep_check, has_entry

        pythons = self.deep_check_pythons(snap.path, has_entry(snap.text))
        if pythons is None:
            return
        run = self._deep_runs[uri] = self._deep_runs.get(uri, 0) + 1

        def work():
            return deep_check(snap.path, snap.text, pythons["jax"], settings.target, self.backend,
                              settings.deep_check_timeout_s, torch_python=pythons["torch"])

        async def wait():
            try:
                findings = await asyncio.get_running_loop().run_in_executor(self.deep_executor, work)
            except Exception:
                log.exception("deep check of %s failed", uri)
                return
            if self._deep_runs.get(uri) == run and uri in self.kinds:
                self.deep[uri] = findings
                await self.publish_deep(uri)

        asyncio.get_running_loop().create_task(wait())


def _position(result: DocumentResult, position: types.Position, encoding) -> tuple[int, int]:
    """A client position in code points on the result's lines."""
    from .lsp_convert import server_position

    return server_position(result.lines, position, encoding)


def create_server() -> NccLanguageServer:
    server = NccLanguageServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: NccLanguageServer, params: types.InitializeParams):
        problems: list[str] = []
        ls.init_layer = layer(params.initialization_options, "initializationOptions", problems)
        ls.tell(problems)
        ls.backend.use_daemon = merge(ls.init_layer).use_daemon
        ls.pull = getattr(params.capabilities.text_document, "diagnostic", None) is not None
        asyncio.get_running_loop().call_soon(_started, ls)  # after the answer has gone out

    @server.feature(types.INITIALIZED)
    async def initialized(ls: NccLanguageServer, params: types.InitializedParams):
        ls.scheduler.executor.submit(_warm_up)
        ls.scheduler.executor.submit(fast_start.save)  # new generated code since the answer to initialize
        await ls.fetch_editor_settings()
        ls.configured.set()
        watched = getattr(getattr(ls.client_capabilities, "workspace", None), "did_change_watched_files", None)
        if watched is not None and watched.dynamic_registration:
            try:  # re-check open documents when a [tool.ncc] table changes on disk
                await ls.client_register_capability_async(types.RegistrationParams([types.Registration(
                    "ncc-pyproject", types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                    types.DidChangeWatchedFilesRegistrationOptions([types.FileSystemWatcher("**/pyproject.toml")]))]))
            except Exception as exc:  # the settings are still re-read on the next check
                log.info("cannot watch pyproject.toml: %s", exc)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NccLanguageServer, params: types.DidOpenTextDocumentParams):
        doc = params.text_document
        kind = document_kind(doc.uri, doc.language_id, doc.text)
        if kind is None:
            return
        ls.kinds[doc.uri] = kind
        if kind == PYTHON:
            from .python_incremental import AnalysisCache

            ls.python_caches[doc.uri] = AnalysisCache()
        if ls.pull:  # start now so the client's first pull finds the result ready
            ls.scheduler.after(doc.uri, 0, lambda: _prefetch(ls, doc.uri))
        else:
            ls.scheduler.after(doc.uri, 0, lambda: ls.publish_current(doc.uri))

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NccLanguageServer, params: types.DidChangeTextDocumentParams):
        uri = params.text_document.uri
        if uri in ls.kinds:
            delay = ls.settings_for(to_fs_path(uri)).debounce_ms / 1000
            # a pulling client asks right after this notification: the analysis it will wait for starts now
            job = (lambda: _prefetch(ls, uri)) if ls.pull else (lambda: ls.publish_current(uri))
            ls.scheduler.after(uri, delay, job)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NccLanguageServer, params: types.DidSaveTextDocumentParams):
        uri = params.text_document.uri
        if uri in ls.kinds:
            ls.start_deep_check(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NccLanguageServer, params: types.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        ls.scheduler.forget(uri)
        ls.python_caches.pop(uri, None)
        had_deep = ls.deep.pop(uri, None) is not None
        ls._deep_runs.pop(uri, None)
        if ls.kinds.pop(uri, None) is not None and (not ls.pull or had_deep):
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    @server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC, types.DiagnosticOptions(
        identifier="ncc", inter_file_dependencies=False, workspace_diagnostics=False))
    async def pull_diagnostics(ls: NccLanguageServer, params: types.DocumentDiagnosticParams):
        result = await ls.current_result(params.text_document.uri)
        if result is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        result_id = f"{result.snapshot.version}:{zlib.crc32(repr(result.settings).encode())}"
        if params.previous_result_id == result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
        items = ls.lsp_diagnostics(result, ls.findings_of(result, with_deep=False))  # deep ones are pushed
        return types.RelatedFullDocumentDiagnosticReport(items=items, result_id=result_id)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: NccLanguageServer, params: types.HoverParams):
        result = await ls.current_result(params.text_document.uri)
        if result is None:
            return None
        from . import features

        line, col = _position(result, params.position, ls.workspace.position_encoding)
        found = await asyncio.get_running_loop().run_in_executor(
            ls.scheduler.executor, features.hover_markdown, result, ls.findings_of(result), line, col)
        if found is None:
            return None
        from .lsp_convert import to_range

        markdown, span = found
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, markdown),
                           to_range(span, result.lines, ls.workspace.position_encoding))

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    async def definition(ls: NccLanguageServer, params: types.DefinitionParams):
        result = await ls.current_result(params.text_document.uri)
        if result is None or result.snapshot.kind != HLO:
            return None
        from . import features
        from .lsp_convert import to_range

        line, col = _position(result, params.position, ls.workspace.position_encoding)
        span = await asyncio.get_running_loop().run_in_executor(
            ls.scheduler.executor, features.definition_span, result, line, col)
        if span is None:
            return None
        return types.Location(result.snapshot.uri, to_range(span, result.lines, ls.workspace.position_encoding))

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    async def document_symbols(ls: NccLanguageServer, params: types.DocumentSymbolParams):
        result = await ls.current_result(params.text_document.uri)
        if result is None or result.snapshot.kind != HLO:
            return None
        from . import features
        from .lsp_convert import to_symbols

        found = await asyncio.get_running_loop().run_in_executor(ls.scheduler.executor, features.symbol_list, result)
        return to_symbols(found, result.lines, ls.workspace.position_encoding)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix]))
    async def code_action(ls: NccLanguageServer, params: types.CodeActionParams):
        result = await ls.current_result(params.text_document.uri)
        if result is None:
            return None
        from .lsp_convert import code_actions

        return code_actions(params.text_document.uri, ls.findings_of(result), params.context.diagnostics,
                            result.lines, ls.workspace.position_encoding, result.settings, params.context.only,
                            suppressible=result.snapshot.kind == PYTHON) or None

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: NccLanguageServer, params: types.DidChangeConfigurationParams):
        if getattr(getattr(ls.client_capabilities, "workspace", None), "configuration", False):
            await ls.fetch_editor_settings()
        else:  # clients without workspace/configuration send the settings themselves
            problems: list[str] = []
            ls.editor_layer = layer(params.settings, "workspace/didChangeConfiguration", problems)
            ls.tell(problems)
        ls.backend.use_daemon = merge(ls.init_layer, ls.editor_layer).use_daemon
        ls.refresh_all()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: NccLanguageServer, params: types.DidChangeWatchedFilesParams):
        ls.refresh_all()

    return server


def _started(ls: NccLanguageServer) -> None:
    """Start-up is over: collect again (``ncc lsp`` starts with collections off), keep what start-up made
    out of later full collections, and keep the generated code it needed for the next start."""
    gc.enable()
    gc.freeze()
    # an analysis allocates ~100k short-lived nodes; fewer, younger collections keep full ones from landing
    # in the middle of one (tens of milliseconds with the cached trees of a long file)
    gc.set_threshold(10_000, 20, 50)
    ls.scheduler.executor.submit(fast_start.save)


async def _prefetch(ls: NccLanguageServer, uri: str) -> None:
    await ls.current_result(uri)


def _warm_up() -> None:
    """Import the analyzers and load the operator tables before the first document arrives."""
    from . import lsp_convert
    from .backend import Backend
    from .documents import analyze
    from .framework_ops import integer_dot_restriction, refusals

    analyze(Snapshot("file:///warm-up.py", None, PYTHON, "import jax\n@jax.jit\ndef f(x):\n    return x\n", 0),
            Settings(), Backend(use_daemon=False))
    refusals("jax.lax.cond", "trn1")
    integer_dot_restriction("trn1")
    lsp_convert.default_docs_url()

"""The language server checks HLO through a running nccd daemon, and in-process when there is none.

A real daemon on a real socket: the server's answers must be the same either way, a daemon that
dies mid-session must not cost the editor its diagnostics, and the server never starts one itself.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from helpers import REPO
from test_daemon import Daemon
from test_lsp_cli import _frame, _read

SAMPLER = REPO / "examples" / "sampler_step.hlo.txt"


@pytest.fixture
def daemon(tmp_path, monkeypatch):
    d = Daemon(tmp_path)
    for name in ("NCC_RUNTIME_DIR", "NCC_CACHE_DIR", "NCC_IDLE_TIMEOUT"):
        monkeypatch.setenv(name, d.env[name])
    yield d
    d.stop()
    from nccd.clients.lsp.host import stop_hosts

    stop_hosts(d.run_dir)


def _diagnoses(daemon: Daemon) -> int:
    client = daemon.client(autostart=False)
    try:
        return client.status()["engine"]["counters"]["diagnoses"]
    finally:
        client.close()


def _codes(report: dict) -> list[tuple]:
    return [(d["code"], (d.get("hlo") or {}).get("line")) for d in report["diagnostics"]]


def test_backend_uses_a_running_daemon_and_falls_back_when_it_dies(daemon: Daemon):
    from nccd.clients.lsp.backend import Backend

    content = SAMPLER.read_bytes()
    in_process = Backend(use_daemon=False).diagnose(content, str(SAMPLER), "trn1")
    backend = Backend()
    assert backend.diagnose(content, str(SAMPLER), "trn1").via_daemon is False  # none running: never started
    assert not (daemon.run_dir / "daemon.json").exists()

    process = daemon.start_directly()
    backend = Backend()
    through = backend.diagnose(content, str(SAMPLER), "trn1")
    assert through.via_daemon and _codes(through.report) == _codes(in_process.report) != []
    assert _diagnoses(daemon) == 1

    process.kill()
    process.wait()
    after = backend.diagnose(content, str(SAMPLER), "trn1")  # the dead daemon costs nothing but the retry
    assert not after.via_daemon and _codes(after.report) == _codes(in_process.report)


def test_the_server_publishes_the_daemons_findings(daemon: Daemon):
    daemon.start_directly()
    server = subprocess.Popen([sys.executable, "-m", "nccd.clients.lsp"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=daemon.env)
    try:
        send = server.stdin
        send.write(_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "processId": None, "rootUri": None, "capabilities": {}, "initializationOptions": {"debounceMs": 0}}}))
        send.flush()
        assert _read(server.stdout)["id"] == 1
        send.write(_frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        uri = SAMPLER.as_uri()
        send.write(_frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "hlo", "version": 1, "text": SAMPLER.read_text()}}}))
        send.flush()
        while True:
            message = _read(server.stdout)
            if message.get("method") == "textDocument/publishDiagnostics":
                break
        codes = {d["code"] for d in message["params"]["diagnostics"]}
        assert "NCC-E108" in codes  # the sampler's while loop, on trn1
        assert _diagnoses(daemon) >= 1
        send.write(_frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        send.flush()
        while _read(server.stdout).get("id") != 2:
            pass
        send.write(_frame({"jsonrpc": "2.0", "method": "exit"}))
        send.flush()
        assert server.wait(timeout=30) == 0
    finally:
        server.kill()
        server.wait()


def test_the_in_process_and_daemon_reports_agree_on_the_whole_corpus_sample(daemon: Daemon):
    """The LSP shows whichever answered; they must be one report (HLO from every printing style)."""
    from nccd.clients.lsp.backend import Backend

    daemon.start_directly()
    models = sorted((REPO / "tests" / "corpus").rglob("*.hlo.txt"))[:12]
    assert models
    backend, local = Backend(), Backend(use_daemon=False)
    for model in models:
        content = model.read_bytes()
        for target in ("inf1", "trn2"):
            remote = backend.diagnose(content, str(model), target)
            assert remote.via_daemon
            mine = local.diagnose(content, str(model), target).report
            assert json.dumps(remote.report["diagnostics"], sort_keys=True) == \
                json.dumps(mine["diagnostics"], sort_keys=True), model

"""Warm starts: the first `ncc lsp` leaves a host behind, later ones are forked from it (clients/lsp/host.py).

Real processes over real pipes: a forked server must behave like a fresh one (the editor's arguments,
working directory and environment), end when its `ncc lsp` ends, and report its exit status.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_lsp_cli import _frame, _read

NCC = str(Path(sys.executable).parent / "ncc")
SAMPLER_PY = Path(__file__).parent / "lsp" / "deep" / "sampler.py"


@pytest.fixture
def run_dir(tmp_path, monkeypatch):
    from nccd.clients.lsp.host import stop_hosts

    run = tmp_path / "run"
    monkeypatch.setenv("NCC_RUNTIME_DIR", str(run))
    monkeypatch.delenv("NCC_LSP_HOST", raising=False)
    yield run
    stop_hosts(run)


def _host_pid(run: Path, timeout: float = 60) -> int:
    from nccd.proto.paths import lock_held

    deadline = time.monotonic() + timeout
    while True:
        for lock in run.glob("lsp-host-*.lock"):
            text = lock.read_text().strip()
            if text and lock_held(lock) and list(run.glob("lsp-host-*.sock")):
                return int(text)
        assert time.monotonic() < deadline, "no host was left behind"
        time.sleep(0.05)


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.append(int(stat.parent.name))
    return out


def _wait_host_gone(run: Path, timeout: float = 60) -> None:
    """Until no host holds its lock (the kernel drops a dead process's flock)."""
    from nccd.proto.paths import lock_held

    deadline = time.monotonic() + timeout
    while any(lock_held(lock) for lock in run.glob("lsp-host-*.lock")):
        assert time.monotonic() < deadline, "the killed host still holds its lock"
        time.sleep(0.05)


def _wait_no_children(host: int, why: str) -> None:
    deadline = time.monotonic() + 30
    while _children(host):
        assert time.monotonic() < deadline, why
        time.sleep(0.05)


class Session:
    def __init__(self, *args, cwd=None, env=None):
        self.proc = subprocess.Popen([NCC, "lsp", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=cwd, env=env)

    def send(self, message: dict) -> None:
        self.proc.stdin.write(_frame({"jsonrpc": "2.0", **message}))
        self.proc.stdin.flush()

    def wait_for(self, predicate) -> dict:
        while True:
            message = _read(self.proc.stdout)
            if "method" in message and "id" in message:  # a request from the server
                self.send({"id": message["id"], "result": None})
                continue
            if predicate(message):
                return message

    def initialize(self, **options) -> dict:
        self.send({"id": 1, "method": "initialize", "params": {
            "processId": None, "rootUri": None, "capabilities": {},
            "initializationOptions": {"debounceMs": 0, **options}}})
        answer = self.wait_for(lambda m: m.get("id") == 1)
        self.send({"method": "initialized", "params": {}})
        return answer

    def close(self) -> int:
        self.send({"id": 99, "method": "shutdown"})
        self.wait_for(lambda m: m.get("id") == 99)
        self.send({"method": "exit"})
        return self.proc.wait(timeout=30)


def test_the_second_start_is_forked_from_the_host_and_is_a_full_server(run_dir: Path, tmp_path: Path):
    first = Session()
    assert first.initialize()["result"]["serverInfo"]["name"] == "ncc"
    host = _host_pid(run_dir)
    assert first.close() == 0

    marker = tmp_path / "traced-by"
    fake_jax = tmp_path / "fake-python"  # proves the editor's environment reached the forked server
    fake_jax.write_text(f"#!/bin/sh\necho \"$NCC_MARK\" > {marker}\necho '{{\"status\": \"no-jax\"}}'\n")
    fake_jax.chmod(0o755)
    workdir = tmp_path / "project"
    workdir.mkdir()
    env = {**os.environ, "NCC_JAX_PYTHON": str(fake_jax), "NCC_MARK": "the editor's env"}
    second = Session("--log-file", "server.log", "--log-level", "info", cwd=workdir, env=env)
    second.initialize(workspaceTrusted=True)  # the deep check runs only in a trusted workspace
    forked = _children(host)
    assert len(forked) == 1  # the server is the host's child, not a process of its own
    uri = SAMPLER_PY.as_uri()
    second.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "python", "version": 1, "text": SAMPLER_PY.read_text()}}})
    published = second.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    assert published["params"]["uri"] == uri
    second.send({"method": "textDocument/didSave", "params": {"textDocument": {"uri": uri}}})
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert time.monotonic() < deadline, "the deep check never ran the editor's NCC_JAX_PYTHON"
        time.sleep(0.05)
    assert second.close() == 0
    assert marker.read_text().strip() == "the editor's env"
    assert (workdir / "server.log").exists()  # a relative --log-file is the editor's working directory's
    assert _children(host) == []

    from nccd.clients.lsp.host import stop_hosts

    assert stop_hosts(run_dir) == 1
    deadline = time.monotonic() + 30
    while list(run_dir.glob("lsp-host-*.sock")):  # a host that is told to go takes its socket with it
        assert time.monotonic() < deadline, "the host left its socket behind"
        time.sleep(0.05)


def test_killing_ncc_lsp_ends_its_forked_server_and_exit_status_passes_through(run_dir: Path):
    Session().initialize()  # leaves a host (its own server ends when this test's pipes close)
    host = _host_pid(run_dir)
    _wait_no_children(host, "the first session's server never ended")

    session = Session()
    session.initialize()
    [child] = _children(host)
    session.proc.send_signal(signal.SIGTERM)  # forwarded: the server ends, ncc lsp reports how
    assert session.proc.wait(timeout=30) != 0
    _wait_no_children(host, "the forked server outlived its ncc lsp")

    session = Session()
    session.initialize()
    [child] = _children(host)
    session.proc.kill()  # no chance to forward anything: the host ends the server itself
    session.proc.wait()
    _wait_no_children(host, "the forked server outlived a killed ncc lsp")

    session = Session()
    session.initialize()
    session.send({"method": "exit"})  # exit without shutdown: status 1, as the protocol says
    assert session.proc.wait(timeout=30) == 1


def test_no_host_when_turned_off_and_a_dead_hosts_socket_means_a_cold_start(run_dir: Path, tmp_path: Path):
    env = {**os.environ, "NCC_LSP_HOST": "0"}
    session = Session(env=env)
    session.initialize()
    assert session.close() == 0
    # a host is spawned by `ncc lsp` itself, which opens the host's log first: nothing there, no host
    assert not list(run_dir.glob("lsp-host-*"))

    session = Session()
    session.initialize()
    assert session.close() == 0
    host = _host_pid(run_dir)
    os.kill(host, signal.SIGKILL)  # its socket file stays behind, nobody listens
    _wait_host_gone(run_dir)
    session = Session()
    assert session.initialize()["result"]["serverInfo"]["name"] == "ncc"  # cold, and a new host is left
    assert session.close() == 0
    assert _host_pid(run_dir) != host

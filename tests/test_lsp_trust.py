"""The language server cannot be turned against its user: each attack of issue 11, against a real server
process and a client speaking the protocol over its pipes or sockets.

* another local user connects to ``ncc lsp --tcp``: it listens on loopback only and wants a token;
* a client names a document under a directory with its own ``.venv`` (or an untrusted checkout has one, or
  ``[tool.ncc] python``): the deep check never runs it unless the editor says the workspace is trusted;
* ``Content-Length: 1000000000000``: the connection is closed, nothing is allocated;
* a lone surrogate in didChange: diagnostics are still published;
* a request with invalid params: answered with -32602.
"""

from __future__ import annotations

import json
import os
import queue
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

SERVER = [sys.executable, "-m", "nccd.clients.lsp"]
WAIT_S = 60


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class RawClient:
    """A minimal LSP client over any byte stream: frames messages, reads answers on a thread."""

    def __init__(self, send, recv_stream):
        self._send = send
        self.messages: queue.Queue = queue.Queue()
        self._next = 0
        threading.Thread(target=self._read, args=(recv_stream,), daemon=True).start()

    def _read(self, stream):
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                elif not line.strip() and length is not None:
                    break
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: dict) -> None:
        self._send(_frame(message))

    def request(self, method: str, params, **extra) -> int:
        self._next += 1
        self.send({"jsonrpc": "2.0", "id": self._next, "method": method, "params": params, **extra})
        return self._next

    def notify(self, method: str, params) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, match) -> dict | None:
        """The first message ``match`` accepts; None when the stream ends first."""
        while True:
            message = self.messages.get(timeout=WAIT_S)
            if message is None or match(message):
                return message

    def answer(self, msg_id: int) -> dict | None:
        return self.wait(lambda m: m.get("id") == msg_id and "method" not in m)

    def initialize(self, options: dict | None = None, root: Path | None = None) -> dict | None:
        answer = self.answer(self.request("initialize", {
            "processId": None, "rootUri": root.as_uri() if root else None, "capabilities": {},
            "initializationOptions": options or {}}))
        if answer is not None:
            self.notify("initialized", {})
        return answer


@pytest.fixture
def stdio_server():
    procs = []

    def start(*args):
        proc = subprocess.Popen([*SERVER, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        procs.append(proc)

        def send(data):
            proc.stdin.write(data)
            proc.stdin.flush()
        return proc, RawClient(send, proc.stdout)
    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def _listening(proc) -> str:
    """The address of ``ncc lsp --tcp/--socket``, from its 'listening on' line (read as it comes)."""
    for line in proc.stderr:
        text = line.decode()
        if "listening on " in text:
            return text.split("listening on ", 1)[1].strip()
    raise AssertionError("the server never listened")


def _connect_tcp(address: str) -> tuple[socket.socket, RawClient]:
    host, port = address.rsplit(":", 1)
    sock = socket.create_connection((host, int(port)), timeout=WAIT_S)
    return sock, RawClient(sock.sendall, sock.makefile("rb"))


# -- TCP: loopback only, token required -------------------------------------------------------------------
@pytest.mark.parametrize("address", ["0.0.0.0:2087", "192.168.1.5:2087", "example.com:2087"])
def test_tcp_refuses_addresses_other_machines_can_reach(address):
    proc = subprocess.run([*SERVER, "--tcp", address], capture_output=True, text=True, timeout=WAIT_S)
    assert proc.returncode == 2
    assert "loopback only" in proc.stderr and "Traceback" not in proc.stderr


def test_tcp_closes_a_connection_without_the_token_and_serves_the_one_with_it():
    proc = subprocess.Popen([*SERVER, "--tcp", "127.0.0.1:0"], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        address = _listening(proc)
        token_file = Path(os.environ["NCC_RUNTIME_DIR"]) / "lsp-token"
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
        for options in ({}, {"token": "guess"}):  # another local user: nothing answered, connection closed
            sock, client = _connect_tcp(address)
            assert client.initialize(options) is None
            sock.close()
        sock, client = _connect_tcp(address)  # a size bomb from a stranger does not stop it either
        sock.sendall(b"Content-Length: 1000000000000\r\n\r\n")
        assert client.wait(lambda m: True) is None
        sock.close()
        sock, client = _connect_tcp(address)
        answer = client.initialize({"token": token_file.read_text()})
        assert answer["result"]["serverInfo"]["name"] == "ncc"
        assert client.answer(client.request("shutdown", None))["result"] is None
        client.notify("exit", None)
        assert proc.wait(WAIT_S) == 0
        sock.close()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_unix_socket_in_the_private_runtime_directory(tmp_path):
    proc = subprocess.Popen([*SERVER, "--socket"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        path = Path(_listening(proc).removeprefix("unix socket "))
        assert path.parent == Path(os.environ["NCC_RUNTIME_DIR"])
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
        sock = socket.socket(socket.AF_UNIX)
        sock.connect(str(path))
        client = RawClient(sock.sendall, sock.makefile("rb"))
        assert client.initialize()["result"]["serverInfo"]["name"] == "ncc"
        client.answer(client.request("shutdown", None))
        client.notify("exit", None)
        assert proc.wait(WAIT_S) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    open_dir = tmp_path / "open"
    open_dir.mkdir()
    open_dir.chmod(0o777)
    refused = subprocess.run([*SERVER, "--socket", str(open_dir / "lsp.sock")], capture_output=True, text=True,
                             timeout=WAIT_S)
    assert refused.returncode == 2 and "closed to others" in refused.stderr


# -- the deep check runs nothing the workspace names unless it is trusted ---------------------------------
def _planted_workspace(root: Path) -> tuple[Path, Path, Path]:
    """A checkout whose .venv and [tool.ncc] python would leave a mark if they ever ran."""
    marks = root / "marks"
    marks.mkdir()
    for name in ("venv-python", "project-python"):
        script = root / name
        script.write_text(f"#!/bin/sh\ntouch {marks / name}\ncat >/dev/null\n"
                          f"echo '{{\"status\": \"error\", \"error\": \"{name} ran\", \"frames\": []}}'\n")
        script.chmod(0o755)
    (root / ".venv" / "bin").mkdir(parents=True)
    (root / ".venv" / "bin" / "python").symlink_to(root / "venv-python")
    model = root / "pkg" / "model.py"
    model.parent.mkdir()
    model.write_text("import jax\n\n\n# ncc: entry x=f32[8]\ndef f(x):\n    return x * 2\n")
    return model, marks, root / "project-python"


def _open_and_save(client: RawClient, model: Path) -> None:
    uri = model.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "python", "version": 1,
                                                            "text": model.read_text()}})
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})


def _message(client: RawClient, words: str) -> dict:
    return client.wait(lambda m: m.get("method") == "window/showMessage" and words in m["params"]["message"])


@pytest.mark.parametrize("with_pyproject", [False, True], ids=["venv", "tool.ncc-python"])
def test_an_untrusted_workspace_never_gets_its_interpreter_run(stdio_server, tmp_path, with_pyproject):
    model, marks, project_python = _planted_workspace(tmp_path)
    if with_pyproject:
        (tmp_path / "pyproject.toml").write_text(f'[tool.ncc]\npython = "{project_python}"\n')
    env_python = os.environ.pop("NCC_JAX_PYTHON", None)
    try:
        _, client = stdio_server()
    finally:
        if env_python is not None:
            os.environ["NCC_JAX_PYTHON"] = env_python
    client.initialize({"debounceMs": 0}, tmp_path)
    _open_and_save(client, model)
    said = _message(client, "not trusted")["params"]["message"]
    assert ("project-python" if with_pyproject else ".venv") in said
    client.notify("textDocument/didSave", {"textDocument": {"uri": model.as_uri()}})
    answer_id = client.request("shutdown", None)  # said once: nothing more about it before this answer
    later = client.wait(lambda m: m.get("id") == answer_id or "not trusted" in json.dumps(m))
    assert later.get("id") == answer_id
    assert list(marks.iterdir()) == []


def test_a_trusted_workspace_uses_its_venv(stdio_server, tmp_path):
    model, marks, _ = _planted_workspace(tmp_path)
    env_python = os.environ.pop("NCC_JAX_PYTHON", None)
    try:
        _, client = stdio_server()
    finally:
        if env_python is not None:
            os.environ["NCC_JAX_PYTHON"] = env_python
    client.initialize({"debounceMs": 0, "workspaceTrusted": True}, tmp_path)
    _open_and_save(client, model)
    published = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                            and any("venv-python ran" in d["message"] for d in m["params"]["diagnostics"]))
    assert published is not None and (marks / "venv-python").exists()


def test_trust_cannot_come_from_the_workspace_itself(stdio_server, tmp_path):
    model, marks, project_python = _planted_workspace(tmp_path)
    (tmp_path / "pyproject.toml").write_text(f'[tool.ncc]\nworkspace_trusted = true\npython = "{project_python}"\n')
    env_python = os.environ.pop("NCC_JAX_PYTHON", None)
    try:
        _, client = stdio_server()
    finally:
        if env_python is not None:
            os.environ["NCC_JAX_PYTHON"] = env_python
    client.initialize({"debounceMs": 0}, tmp_path)
    _open_and_save(client, model)
    assert _message(client, "not trusted") is not None
    assert list(marks.iterdir()) == []


def test_an_untrusted_workspace_does_not_get_its_model_file_imported(stdio_server, tmp_path):
    """The deep check imports the marked file, the workspace's own code: not even the user's own
    interpreters (JAX's and torch's) run it until the editor says the workspace is trusted."""
    model, marks, _ = _planted_workspace(tmp_path)
    user_python = tmp_path / "user-python"
    user_python.write_text(f"#!/bin/sh\ntouch {marks / 'user-python'}\ncat >/dev/null\necho '{{}}'\n")
    user_python.chmod(0o755)
    torch_model = model.with_name("block.py")
    torch_model.write_text("import torch\n\n\n# ncc: entry x=f32[2]\nclass Block(torch.nn.Module):\n"
                           "    def forward(self, x):\n        return x\n")
    _, client = stdio_server()
    client.initialize({"debounceMs": 0, "python": str(user_python), "torchPython": str(user_python)}, tmp_path)
    for path in (model, torch_model):
        _open_and_save(client, path)
    said = _message(client, "not trusted")["params"]["message"]
    assert "would import" in said and "Manage Workspace Trust" in said
    answer_id = client.request("shutdown", None)
    client.wait(lambda m: m.get("id") == answer_id)
    assert list(marks.iterdir()) == []


def test_an_untrusted_workspace_without_marked_code_hears_nothing_about_the_deep_check(stdio_server, tmp_path):
    model = tmp_path / "model.py"
    model.write_text("import torch\n\n\ndef f(x):\n    return x.item()  # ncc: ignore[NCC-W200]\n")
    _, client = stdio_server()
    client.initialize({"debounceMs": 0}, tmp_path)
    _open_and_save(client, model)
    answer_id = client.request("shutdown", None)
    later = client.wait(lambda m: m.get("id") == answer_id or "not trusted" in json.dumps(m))
    assert later.get("id") == answer_id


# -- malformed input -------------------------------------------------------------------------------------
def test_a_huge_content_length_closes_the_connection_without_reading_it(stdio_server):
    proc, client = stdio_server()
    client.initialize()
    proc.stdin.write(b"Content-Length: 1000000000000\r\n\r\n")
    proc.stdin.flush()
    assert proc.wait(WAIT_S) == 1  # the editor is gone (no shutdown): status 1, as documented
    err = proc.stderr.read().decode()
    assert "1000000000000 bytes" in err and "MemoryError" not in err


def test_invalid_params_are_answered_with_32602(stdio_server):
    _, client = stdio_server()
    client.initialize()
    answer = client.answer(client.request("textDocument/hover", {"bad": 1}))
    assert answer["error"]["code"] == -32602
    answer = client.answer(client.request("textDocument/hover", {"textDocument": {"uri": 5}, "position": "x"}))
    assert answer["error"]["code"] == -32602
    client.send({"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": 3})
    assert client.answer(99)["error"]["code"] in (-32602, -32600)
    client.answer(client.request("shutdown", None))  # and the server still answers


def test_a_lone_surrogate_in_didchange_still_gets_diagnostics(stdio_server, tmp_path):
    _, client = stdio_server()
    client.initialize({"debounceMs": 0})
    uri = (tmp_path / "m.hlo").as_uri()
    text = "HloModule m\n\nENTRY e {\n  p = f32[4] parameter(0)\n  ROOT r = f32[4] bogus(p)\n}\n"
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "hlo", "version": 1,
                                                            "text": text}})
    client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == 1)
    # json.dumps writes the lone surrogate as the escape \ud800, as a buggy or hostile client would
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
        {"text": text.replace("HloModule m", "HloModule m // \ud800")}]})
    published = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                            and m["params"].get("version") == 2)
    assert published["params"]["diagnostics"], "the document with the surrogate is still checked"

"""`ncc lsp` / `python -m nccd.clients.lsp`: help, arguments, transports, exit statuses."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from nccd.clients.lsp import cli as lsp_cli

SERVER = [sys.executable, "-m", "nccd.clients.lsp"]


def _frame(obj: dict) -> bytes:
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _read(stream) -> dict:
    header = b""
    while not header.endswith(b"\r\n\r\n"):
        chunk = stream.read(1)
        assert chunk, "connection closed"
        header += chunk
    length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
    return json.loads(stream.read(length))


def test_help_teaches_what_it_checks_and_how_editors_start_it():
    run = subprocess.run([*SERVER, "--help"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0
    for text in ("--tcp HOST:PORT", "# ncc: entry", "[tool.ncc]", "examples:", "ncc lsp --tcp 127.0.0.1:2087"):
        assert text in run.stdout


def test_a_bad_address_is_a_usage_error_without_traceback():
    run = subprocess.run([*SERVER, "--tcp", "localhost:http"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "invalid --tcp address" in run.stderr and "Traceback" not in run.stderr


def test_ncc_has_the_lsp_subcommand():
    parser = lsp_cli.parser("ncc lsp")
    args = parser.parse_args(["--tcp", "2087", "--log-level", "info"])
    assert (args.tcp, args.log_level) == (("127.0.0.1", 2087), "info")
    assert parser.parse_args(["--stdio"]).tcp is None
    ncc = Path(sys.executable).parent / "ncc"
    run = subprocess.run([str(ncc), "lsp", "--help"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and "usage: ncc lsp" in run.stdout and "[tool.ncc]" in run.stdout
    assert "lsp" in subprocess.run([str(ncc), "--help"], capture_output=True, text=True, timeout=60).stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_tcp_serves_one_editor_and_exits_cleanly():
    proc = subprocess.Popen([*SERVER, "--tcp", "127.0.0.1:0"], stderr=subprocess.PIPE)
    try:
        address = ""
        for raw in proc.stderr:  # the server says where it listens once it does: read until then
            text = raw.decode("utf-8", "replace")
            if "listening on " in text:
                address = text.split("listening on ", 1)[1].strip()
                break
        assert address, "the server never listened"
        host, _, port = address.rpartition(":")
        token = (Path(os.environ["NCC_RUNTIME_DIR"]) / "lsp-token").read_text().strip()
        conn = socket.create_connection((host, int(port)), timeout=30)
        with conn, conn.makefile("rb") as stream:
            conn.sendall(_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                 "params": {"processId": None, "rootUri": None, "capabilities": {},
                                            "initializationOptions": {"token": token}}}))
            assert _read(stream)["result"]["serverInfo"]["name"] == "ncc"
            conn.sendall(_frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
            assert _read(stream)["id"] == 2
            conn.sendall(_frame({"jsonrpc": "2.0", "method": "exit"}))
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        proc.wait()


def test_a_busy_port_is_an_error_message_not_a_traceback():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        run = subprocess.run([*SERVER, "--tcp", f"127.0.0.1:{port}"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1 and "ncc lsp: error:" in run.stderr and "Traceback" not in run.stderr

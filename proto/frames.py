"""The thin `ncc` client's own protocol (standard library only: the client imports it).

`import grpc` alone costs about three times Python's start-up, so the command line does not
speak gRPC: it talks to the daemon over a second Unix socket, ``cli.sock``, in the same
private runtime directory as ``daemon.sock`` (0600 in a 0700 directory, like dmypy's). gRPC
stays the API for services; this protocol carries only what the command line needs.

A frame is a 4-byte big-endian length and that many bytes of UTF-8 JSON (one object). The
client sends one request frame per connection and reads frames until the final one:

* ``{"op": "handshake", "client_version", "protocol", "config"}`` -> ``{"handshake": {"compatible",
  "restart_reason", "daemon_version", "protocol", "pid"}}``
* ``{"op": "command", "argv", "cwd", "env", "progress"}`` -> any number of ``{"progress": {"stage",
  "message", "elapsed_ms"}}``, then ``{"done": {"stdout", "stderr", "exit_status"}}``
* the same with ``"stream": true`` (`ncc compile-many`, whose output is its progress) -> what the
  command prints as it prints it, ``{"output": {"stream": "stdout"|"stderr", "text"}}``, then
  ``{"done": {"stdout": "", "stderr": "", "exit_status"}}``; ``progress`` then says whether the
  client's stderr is a terminal (a progress bar) or not (one line per graph)
* ``{"op": "shutdown", "grace_s"}`` -> ``{"stopping": true}``

Anything the daemon refuses ends in ``{"error": "..."}``.
"""

from __future__ import annotations

import json
import socket
import struct

#: Requests are command lines and settings, never models: anything larger is not ours.
MAX_REQUEST_BYTES = 16 << 20
#: Replies carry what a command printed (an `inspect --hlo` of a large program can be big).
MAX_REPLY_BYTES = 1 << 30
_HEADER = struct.Struct(">I")


class FrameError(OSError):
    """The peer closed the connection, or sent something that is not a frame."""


def send(sock: socket.socket, message: dict) -> None:
    data = json.dumps(message, separators=(",", ":")).encode("utf-8")
    sock.sendall(_HEADER.pack(len(data)) + data)


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise FrameError("the connection closed in the middle of a message" if chunks or size != _HEADER.size
                             else "the connection closed")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def receive(sock: socket.socket, max_bytes: int = MAX_REPLY_BYTES) -> dict:
    (size,) = _HEADER.unpack(_read_exactly(sock, _HEADER.size))
    if size > max_bytes:
        raise FrameError(f"a message of {size} bytes is over the limit of {max_bytes}")
    try:
        message = json.loads(_read_exactly(sock, size))
    except ValueError as exc:
        raise FrameError(f"not a JSON message: {exc}") from None
    if not isinstance(message, dict):
        raise FrameError("a message must be a JSON object")
    return message


def connect(path, timeout: float | None = None) -> socket.socket:
    """A connection to the daemon's ``cli.sock`` (OSError when nobody listens there)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(str(path))
    except OSError:
        sock.close()
        raise
    return sock


def call(path, request: dict, timeout: float | None = None) -> dict:
    """One request with a single reply (handshake, shutdown)."""
    with connect(path, timeout) as sock:
        send(sock, request)
        return receive(sock)

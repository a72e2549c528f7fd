"""The thin `ncc` client's own protocol (standard library only: the client imports it).

`import grpc` alone costs about three times Python's start-up, so the command line does not
speak gRPC: it talks to the daemon over a second Unix socket, ``cli.sock``, in the same
private runtime directory as ``daemon.sock`` (0600 in a 0700 directory, like dmypy's). gRPC
stays the API for services; this protocol carries only what the command line needs.

A frame is a 4-byte big-endian length and that many bytes of one dict in `marshal` format
(version 4, which every Python from 3.4 reads). Not JSON: `import json` costs more than Python's
whole start-up on a slow machine (its decoder pulls in `re`), while marshal is built in. marshal
is not meant for data from strangers; the peer here is never one: the socket is 0600 in a 0700
directory the client checks is its own before connecting, and the daemon checks the peer's uid
(SO_PEERCRED) before reading a byte. Decoded messages are checked to be dicts; their fields are
checked where they are used. For the same start-up reason the module uses ``_socket`` (the C
module under ``socket``, whose Python layer imports enum, selectors and collections). The
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

import _socket
import marshal
import sys

TYPE_CHECKING = False  # not typing's (2 ms to import on every command)
if TYPE_CHECKING:
    import os
    from socket import socket

#: Requests are command lines and settings, never models: anything larger is not ours.
MAX_REQUEST_BYTES = 16 << 20
#: Replies carry what a command printed (an `inspect --hlo` of a large program can be big).
MAX_REPLY_BYTES = 1 << 30
_HEADER_SIZE = 4
_MARSHAL_VERSION = 4


class FrameError(OSError):
    """The peer closed the connection, or sent something that is not a frame."""


def send(sock: socket | _socket.socket, message: dict) -> None:
    data = marshal.dumps(message, _MARSHAL_VERSION)
    sock.sendall(len(data).to_bytes(_HEADER_SIZE, "big") + data)


def _read_exactly(sock: socket | _socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise FrameError("the connection closed in the middle of a message" if chunks or size != _HEADER_SIZE
                             else "the connection closed")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def receive(sock: socket | _socket.socket, max_bytes: int = MAX_REPLY_BYTES) -> dict:
    size = int.from_bytes(_read_exactly(sock, _HEADER_SIZE), "big")
    if size > max_bytes:
        raise FrameError(f"a message of {size} bytes is over the limit of {max_bytes}")
    try:
        message = marshal.loads(_read_exactly(sock, size))
    except (ValueError, EOFError, TypeError) as exc:
        raise FrameError(f"not a message: {exc}") from None
    if not isinstance(message, dict):
        raise FrameError("a message must be a dict")
    return message


def peer_uid(sock: socket) -> int:
    """The uid of the process at the other end of a Unix socket (Linux's SO_PEERCRED)."""
    creds = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, 12)  # struct ucred: pid, uid, gid
    return int.from_bytes(creds[4:8], sys.byteorder)


def connect(path: str | os.PathLike[str], timeout: float | None = None) -> _socket.socket:
    """A connection to the daemon's ``cli.sock`` (OSError when nobody listens there); the caller
    closes it (a ``_socket.socket`` is no context manager)."""
    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(str(path))
    except OSError:
        sock.close()
        raise
    return sock


def call(path: str | os.PathLike[str], request: dict, timeout: float | None = None) -> dict:
    """One request with a single reply (handshake, shutdown)."""
    sock = connect(path, timeout)
    try:
        send(sock, request)
        return receive(sock)
    finally:
        sock.close()

"""How LSP messages reach the server: stdio, loopback TCP with a token, or a Unix socket in the private
runtime directory; and what a message may be.

pygls's own loops read whatever ``Content-Length`` says (``Content-Length: 1000000000000`` is a
MemoryError), drop requests whose params do not fit the protocol without an answer, and pass lone
surrogates on to code that encodes text. This loop reads headers with a line limit and a body only
when it is no larger than :data:`MAX_MESSAGE_BYTES`, answers a request it cannot read with the JSON-RPC
error the protocol names (-32700, -32600, -32602), and replaces lone surrogates with U+FFFD (one UTF-16
unit for one: positions do not move).

Over TCP anyone on the machine can connect, so the first message must be ``initialize`` carrying the
token of ``RUNTIME_DIR/lsp-token`` (0600) as ``initializationOptions.token``; any other connection is
closed without an answer. A Unix socket lives in the private (0700) runtime directory, so only its owner
reaches it. Either way the server serves one editor and exits when it leaves.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import os
import re
import secrets
import stat
import sys
from pathlib import Path

log = logging.getLogger(__name__)

#: The largest message body read (a 5,000-line model is ~250 KB; whole-file changes of far larger files fit).
MAX_MESSAGE_BYTES = 64 << 20
#: The longest header line read.
MAX_HEADER_BYTES = 8 << 10
TOKEN_FILE = "lsp-token"
SOCKET_FILE = "lsp.sock"

PARSE_ERROR, INVALID_REQUEST, INVALID_PARAMS, INTERNAL_ERROR = -32700, -32600, -32602, -32603
_CONTENT_LENGTH = re.compile(rb"^content-length:\s*(\d+)\s*$", re.IGNORECASE)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class ConnectionRefused(Exception):
    """The peer broke a rule the stream cannot recover from (a message too large, no token)."""


# -- addresses ---------------------------------------------------------------------------------------------
def loopback_only(host: str) -> str:
    """``host`` if it is a loopback address; ValueError otherwise (another machine must never reach us)."""
    if host == "localhost":
        return "127.0.0.1"
    try:
        if ipaddress.ip_address(host.strip("[]")).is_loopback:
            return host.strip("[]")
    except ValueError:
        pass
    raise ValueError(f"--tcp listens on loopback only (127.0.0.1, ::1 or localhost), not {host!r}")


def new_token(runtime: Path) -> tuple[str, Path]:
    """A fresh token in ``runtime/lsp-token`` (0600, in the 0700 runtime directory)."""
    from nccd.proto.paths import ensure_private_dir, write_private

    ensure_private_dir(runtime)
    token = secrets.token_hex(32)
    path = runtime / TOKEN_FILE
    write_private(path, token.encode())
    return token, path


def private_socket_path(given: str | None, runtime: Path) -> Path:
    """Where to listen: ``given``, whose directory must be yours and closed to others, or the runtime dir's."""
    from nccd.proto.paths import ensure_private_dir

    if not given:
        return ensure_private_dir(runtime) / SOCKET_FILE
    path = Path(given).absolute()
    info = path.parent.stat()
    if info.st_uid != os.getuid() or stat.S_IMODE(info.st_mode) & 0o077:
        raise ValueError(f"{path.parent} must belong to you and be closed to others (chmod 700) to hold "
                         "the language server's socket; or give no path to use the private runtime directory")
    return path


# -- one message -----------------------------------------------------------------------------------------
def _clean(value):
    """``value`` with lone surrogates in its strings replaced by U+FFFD (valid pairs are joined)."""
    if isinstance(value, str):
        if not _LONE_SURROGATE.search(value):
            return value
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _answer_error(protocol, msg_id, code: int, message: str) -> None:
    from lsprotocol.types import ResponseError

    protocol._send_response(msg_id, error=ResponseError(code=code, message=message))


def handle_body(protocol, body: bytes) -> dict | None:
    """Give one message to the protocol, or answer the error it deserves; the raw message when it was read."""
    from pygls.exceptions import JsonRpcInvalidParams

    text = body.decode("utf-8", "replace")
    try:
        raw = json.loads(text)
    except ValueError as exc:
        _answer_error(protocol, None, PARSE_ERROR, f"the message is not JSON: {exc}")
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("method", ""), str):
        _answer_error(protocol, raw.get("id") if isinstance(raw, dict) else None, INVALID_REQUEST,
                      "a message is a JSON object with a string 'method'")
        return None
    if _SURROGATE_ESCAPE.search(text):
        raw = _clean(raw)
    is_request = "id" in raw and "method" in raw
    try:
        message = protocol.structure_message(raw)
    except JsonRpcInvalidParams:
        if is_request:
            _answer_error(protocol, raw["id"], INVALID_PARAMS, f"invalid params for {raw['method']}")
        else:
            log.warning("ignoring %s: invalid params", raw.get("method"))
        return raw
    except Exception as exc:  # noqa: BLE001 -- anything else the converter raises: the request is unreadable
        if is_request:
            _answer_error(protocol, raw["id"], INTERNAL_ERROR, f"cannot read {raw['method']}: {exc}")
        return raw
    protocol.handle_message(message)
    return raw


# -- the loop --------------------------------------------------------------------------------------------
async def _read_length(readline) -> int | None:
    """The Content-Length of the next message, None at the end of the stream."""
    length = None
    while True:
        line = await readline()
        if not line:
            return None
        if not line.endswith(b"\n"):
            raise ConnectionRefused(f"a header line longer than {MAX_HEADER_BYTES} bytes")
        if not line.strip():
            if length is not None:
                return length
            continue  # blank lines between messages
        match = _CONTENT_LENGTH.match(line)
        if match is not None:
            length = int(match.group(1))
            if length > MAX_MESSAGE_BYTES:
                raise ConnectionRefused(f"a message of {length} bytes (the limit is {MAX_MESSAGE_BYTES})")


async def serve_stream(protocol, readline, readexactly, stop_event, admit=None) -> None:
    """Read messages until the stream ends, the server stops, or the peer breaks a rule.

    ``admit(raw) -> bool`` sees each message before the protocol does; False closes the stream.
    """
    while not stop_event.is_set():
        length = await _read_length(readline)
        if length is None:
            return
        body = await readexactly(length)
        if len(body) < length:
            return
        if admit is not None:
            try:
                raw = json.loads(body.decode("utf-8", "replace"))
            except ValueError:
                raw = None
            if not admit(raw):
                raise ConnectionRefused("the first message was not initialize with the token")
            admit = None
        try:
            handle_body(protocol, body)
        except Exception:  # noqa: BLE001 -- one bad message must not end the session
            log.exception("cannot handle a message")


def token_gate(token: str):
    """``admit`` for TCP: the first message is initialize with ``initializationOptions.token`` == token."""
    def admit(raw) -> bool:
        if not isinstance(raw, dict) or raw.get("method") != "initialize":
            return False
        options = (raw.get("params") or {}).get("initializationOptions")
        given = options.get("token") if isinstance(options, dict) else None
        return isinstance(given, str) and secrets.compare_digest(given.encode(), token.encode())
    return admit


def strip_token(server) -> None:
    """Keep the token out of the settings layer (it is no setting)."""
    protocol = server.protocol
    original = protocol.structure_message

    def structure(data):
        if isinstance(data, dict) and data.get("method") == "initialize":
            options = (data.get("params") or {}).get("initializationOptions")
            if isinstance(options, dict):
                options.pop("token", None)
        return original(data)
    protocol.structure_message = structure


def serve_stdio(server, stdin=None, stdout=None) -> None:
    from threading import Event

    from pygls.io_ import StdoutWriter

    stdin = stdin or sys.stdin.buffer
    server._stop_event = Event()
    server.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))

    async def main():
        loop = asyncio.get_running_loop()
        pool = server.thread_pool
        await serve_stream(server.protocol,
                           lambda: loop.run_in_executor(pool, stdin.readline, MAX_HEADER_BYTES),
                           lambda n: loop.run_in_executor(pool, stdin.read, n), server._stop_event)
    try:
        asyncio.run(main())
    except ConnectionRefused as exc:
        print(f"ncc lsp: closing the connection: {exc}", file=sys.stderr)
    except BrokenPipeError:
        log.error("the editor's connection is lost")
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.shutdown()


def serve_socket(server, *, tcp: tuple[str, int] | None = None, unix: Path | None = None,
                 token: str | None = None) -> None:
    """Serve one editor on loopback TCP (token required) or a Unix socket; other connections are closed."""
    from threading import Event

    server._stop_event = stop_event = Event()
    if token is not None:
        strip_token(server)
    done = asyncio.Event()  # (binds to the loop asyncio.run starts, at its first wait)
    busy = False

    async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        nonlocal busy
        if busy:  # one editor at a time: a second connection gets nothing
            writer.close()
            return
        busy = True
        session = False

        def admit(raw) -> bool:
            nonlocal session
            ok = token_gate(token)(raw) if token is not None else True
            if ok:
                session = True
                server.protocol.set_writer(writer)
            return ok

        async def readline():
            try:
                return await reader.readuntil(b"\n")
            except asyncio.IncompleteReadError as exc:
                return exc.partial if exc.partial.endswith(b"\n") else b""
            except asyncio.LimitOverrunError:
                return b"x"  # no newline within the limit: refused by _read_length

        async def readexactly(n: int):
            try:
                return await reader.readexactly(n)
            except asyncio.IncompleteReadError as exc:
                return exc.partial
        try:
            await serve_stream(server.protocol, readline, readexactly, stop_event, admit)
        except ConnectionRefused as exc:
            print(f"ncc lsp: closing a connection: {exc}", file=sys.stderr, flush=True)
        except (ConnectionError, OSError):
            pass
        finally:
            busy = False
            writer.close()
            if session:  # the editor has gone: so does the server
                done.set()

    async def main():
        if unix is not None:
            try:
                unix.unlink()
            except FileNotFoundError:
                pass
            old = os.umask(0o177)
            try:
                listener = await asyncio.start_unix_server(connection, str(unix), limit=MAX_HEADER_BYTES)
            finally:
                os.umask(old)
            where = f"unix socket {unix}"
        else:
            listener = await asyncio.start_server(connection, tcp[0], tcp[1], limit=MAX_HEADER_BYTES)
            port = listener.sockets[0].getsockname()[1]
            where = f"{tcp[0]}:{port}"
        print(f"ncc lsp: listening on {where}", file=sys.stderr, flush=True)
        async with listener:
            await done.wait()
        if unix is not None:
            unix.unlink(missing_ok=True)
    try:
        asyncio.run(main())
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.shutdown()

"""The daemon's end of the thin client's protocol (proto/frames.py) on ``cli.sock``.

Only a peer of the daemon's own uid is read (SO_PEERCRED; the socket is 0600 as well). One thread
accepts; each connection gets a thread of its own for its one request, and runs
the same handshake and command code as the gRPC servicer (daemon/servicer.py). While a command
runs, another thread waits for the client's end of the connection: the client sends nothing after
its request, so when the read returns the client has closed it (gone, or `ncc watch`'s Ctrl-C) and
the command is cancelled (daemon/cancel.py).
"""

from __future__ import annotations

import logging
import os
import socket
import threading

from nccd.proto import frames
from .cancel import CancelToken
from .servicer import command_events, handshake

log = logging.getLogger("nccd")


class FrameServer:
    def __init__(self, daemon, engine, path):
        self.daemon, self.engine, self.path = daemon, engine, path
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_umask = os.umask(0o177)  # the socket is created 0600: never open to others, not even briefly
        try:
            sock.bind(str(self.path))
        finally:
            os.umask(old_umask)
        sock.listen(64)
        self._sock = sock
        self._thread = threading.Thread(target=self._accept, name="nccd-cli-accept", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._sock is not None:
            try:
                self._sock.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
            except OSError:
                pass
            self._sock.close()
            self._sock = None

    def _accept(self) -> None:
        while True:
            sock = self._sock
            if sock is None:
                return
            try:
                conn, _ = sock.accept()
            except OSError:
                return  # closed: the daemon is stopping
            threading.Thread(target=self._serve, args=(conn,), name="nccd-cli", daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        cancel = CancelToken()
        with conn:
            try:
                uid = frames.peer_uid(conn)
                if uid != os.getuid():  # the socket is 0600, so only root could get here: still, not ours
                    log.warning("cli connection from uid %d refused (the daemon serves uid %d)", uid, os.getuid())
                    return
                request = frames.receive(conn, frames.MAX_REQUEST_BYTES)
                if request.get("op") == "command":
                    threading.Thread(target=_cancel_when_closed, args=(conn, cancel, request.get("argv")),
                                     name="nccd-cli-peer", daemon=True).start()
                for reply in self._replies(request, cancel):
                    frames.send(conn, reply)
            except OSError as exc:  # the client went away (Ctrl-C) or sent garbage: nothing to answer
                log.info("cli connection ended: %s", exc)
            except Exception as exc:  # noqa: BLE001  (reported to the client, which says so)
                log.exception("cli request failed")
                try:
                    frames.send(conn, {"error": f"{type(exc).__name__}: {exc}"})
                except OSError:
                    pass
            finally:
                cancel.finish()  # answered: the peer thread's wake-up below is no cancellation
                try:
                    conn.shutdown(socket.SHUT_RDWR)  # wakes the peer thread (close alone may not)
                except OSError:
                    pass

    def _replies(self, request: dict, cancel: CancelToken):
        op = request.get("op")
        if op == "handshake":
            yield {"handshake": handshake(self.daemon, self.engine, str(request.get("client_version", "")),
                                          int(request.get("protocol", 0)), dict(request.get("config") or {}))}
        elif op == "command":
            argv, env = request.get("argv"), request.get("env") or {}
            if not (isinstance(argv, list) and all(isinstance(a, str) for a in argv) and isinstance(env, dict)):
                yield {"error": "a command request needs argv (a list of strings) and env (an object)"}
                return
            streamed = bool(request.get("stream"))
            with self.daemon.activity():
                yield from command_events(self.daemon, self.engine, argv, str(request.get("cwd") or ""),
                                          {str(k): str(v) for k, v in env.items()}, bool(request.get("progress")),
                                          lambda stage, message, elapsed_ms: {"progress": {
                                              "stage": stage, "message": message, "elapsed_ms": elapsed_ms}},
                                          lambda done: {"done": done},
                                          (lambda stream, text: {"output": {"stream": stream, "text": text}})
                                          if streamed else None, cancel)
        elif op == "shutdown":
            grace = float(request.get("grace_s") or 30.0)
            self.daemon.request_stop("shutdown requested by an ncc client", grace)
            yield {"stopping": True}
        else:
            yield {"error": f"unknown request {op!r}"}


def _cancel_when_closed(conn: socket.socket, cancel: CancelToken, argv) -> None:
    """Cancel the command once the client closes its end (it sends nothing after the request)."""
    try:
        conn.recv(1)
    except OSError:
        pass
    if cancel.cancel("the client closed the connection"):
        log.info("cli command cancelled, the client closed the connection: ncc %s", " ".join(map(str, argv or ())))

"""Where HLO gets checked: the running nccd daemon if there is one, else this process.

This is the only module that knows about the daemon client, so switching the
language server to another transport is a change here. The daemon is never
started by the language server; when none runs (or it fails mid-request),
the in-process compiler gives the same JSON document, ``ncc diagnose --json``'s.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the compiler is imported only when this process parses a module
    from nccd.compiler.ir.module import Module

log = logging.getLogger(__name__)

#: How often to look for a daemon again after finding none.
_RETRY_S = 10.0


@dataclass
class HloCheck:
    """A diagnose report as JSON, and the parsed module when this process parsed it."""

    report: dict
    module: Module | None = None
    via_daemon: bool = False


class Backend:
    def __init__(self, use_daemon: bool = True):
        self.use_daemon = use_daemon
        self._client = None
        self._next_probe = 0.0
        self._lock = threading.Lock()

    def _daemon(self):
        """A connected daemon client, or None (probing at most every few seconds)."""
        if not self.use_daemon:
            return None
        with self._lock:
            if self._client is not None or time.monotonic() < self._next_probe:
                return self._client
            self._next_probe = time.monotonic() + _RETRY_S
            try:
                from nccd.clients.client import Client

                self._client = Client.if_running()
            except Exception as exc:  # not installed yet, or no daemon: fall back silently
                log.debug("no nccd daemon: %s", exc)
                self._client = None
            return self._client

    def _drop_daemon(self) -> None:
        with self._lock:
            self._client = None
            self._next_probe = time.monotonic() + _RETRY_S

    def diagnose(self, content: bytes, name: str, target: str) -> HloCheck:
        client = self._daemon()
        if client is not None:
            try:
                return HloCheck(client.diagnose(content=content, name=name, target=target), via_daemon=True)
            except Exception as exc:  # DaemonUnavailable, a dropped connection: answer in-process
                log.info("nccd daemon failed (%s); checking in-process", exc)
                self._drop_daemon()
        from nccd.compiler.analysis.diagnose import diagnose_bytes

        report = diagnose_bytes(content, name, target)
        return HloCheck(report.to_json(), module=report.module)

"""Every test session gets its own daemon runtime directory and cache (never the user's).

`ncc` commands in tests go through a real daemon by default, as they do for users; the
session's daemon is stopped at the end.
"""

from __future__ import annotations

import os

import pytest

from helpers import SHARED_MISSING, have_shared


def pytest_configure(config):
    config.addinivalue_line("markers", "needs_shared: reads the corpora in ../shared (skipped when it is absent)")


def pytest_report_header(config):
    return None if have_shared() else f"note: {SHARED_MISSING}"


@pytest.hookimpl(tryfirst=True)  # before the skip marks ("got empty parameter set") are read
def pytest_runtest_setup(item):
    if item.get_closest_marker("needs_shared") is not None and not have_shared():
        pytest.skip(SHARED_MISSING)  # raised here, so the summary counts them on one line


@pytest.fixture(scope="session", autouse=True)
def private_daemon(tmp_path_factory):
    root = tmp_path_factory.mktemp("nccd")
    saved = {k: os.environ.get(k) for k in ("NCC_RUNTIME_DIR", "NCC_CACHE_DIR", "NCC_IDLE_TIMEOUT",
                                            "NCC_LSP_HOST_IDLE")}
    os.environ["NCC_RUNTIME_DIR"] = str(root / "run")
    os.environ["NCC_CACHE_DIR"] = str(root / "cache")
    os.environ["NCC_IDLE_TIMEOUT"] = "15m"  # a daemon left behind by a crashed test run goes away by itself
    os.environ["NCC_LSP_HOST_IDLE"] = "5m"  # so does a language-server host (clients/lsp/host.py)
    yield root
    stop_lsp_hosts(root / "run")
    from nccd.clients.client import Client

    client = Client.if_running(root / "run")
    if client is not None:
        try:
            client.shutdown(grace_s=5)
        finally:
            client.close()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def stop_lsp_hosts(run_dir) -> None:
    """End the language-server hosts that `ncc lsp` left in a runtime directory."""
    from nccd.clients.lsp.host import stop_hosts

    stop_hosts(run_dir)

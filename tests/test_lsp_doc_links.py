"""Where a diagnostic's code links to: the source tree's docs/diagnostics.md in a development
install, else the same reference generated from the registry into the user's nccd cache (a
regular install carries no docs/), written only where nobody else can change it."""

from __future__ import annotations

import os
import stat

import pytest

from nccd.clients.lsp import lsp_convert
from nccd.clients.lsp.lsp_convert import default_docs_url, doc_link, generated_reference
from nccd.clients.lsp.settings import Settings
from nccd.compiler.diagnostics import registry_markdown


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A private NCC_CACHE_DIR, and no page remembered from an earlier test."""
    monkeypatch.setenv("NCC_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(lsp_convert, "_generated_page", [])
    return tmp_path / "cache"


def test_the_generated_reference_is_the_registry_page_in_a_private_folder(cache):
    page = generated_reference()
    assert page is not None and page.parent == cache / "docs"
    assert page.read_text() == registry_markdown()
    assert stat.S_IMODE(os.stat(page.parent).st_mode) == 0o700
    assert "## NCC-E210" in page.read_text()
    again = generated_reference()
    assert again == page and os.stat(again).st_ino == os.stat(page).st_ino  # reused, not rewritten


def test_a_changed_or_planted_page_is_replaced_not_followed(cache, tmp_path):
    page = generated_reference()
    page.write_text("# not the reference")
    assert generated_reference().read_text() == registry_markdown()
    elsewhere = tmp_path / "someone_elses.md"
    elsewhere.write_text("keep me")
    page.unlink()
    page.symlink_to(elsewhere)
    assert generated_reference().read_text() == registry_markdown()
    assert not page.is_symlink() and elsewhere.read_text() == "keep me"


def test_a_cache_that_cannot_be_written_gives_no_link_and_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "a_file"
    blocker.write_text("")  # a cache directory below a regular file cannot be made, not even by root
    monkeypatch.setenv("NCC_CACHE_DIR", str(blocker / "cache"))
    assert generated_reference() is None


def test_links_point_at_the_code_and_come_back_after_a_cache_clean(cache):
    url = default_docs_url()
    assert url is not None
    assert doc_link("NCC-E210", Settings()) == f"{url}#ncc-e210"
    assert doc_link("NCC-E210", Settings(docs_url="https://example.test/codes")) == \
        "https://example.test/codes#ncc-e210"
    if url.endswith("/docs/diagnostics.md"):
        return  # a development install links to the source tree's page
    (cache / "docs" / url.rsplit("/", 1)[1]).unlink()  # `ncc cache clean` removes every file
    assert default_docs_url() == url and (cache / "docs" / url.rsplit("/", 1)[1]).exists()

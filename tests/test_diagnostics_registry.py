"""The diagnostic registry and its generated documentation stay in step."""

from __future__ import annotations

import re

from helpers import REPO

from nccd.compiler import diagnostics as D


def test_docs_page_is_generated_from_the_registry():
    page = (REPO / "docs" / "diagnostics.md").read_text()
    assert page == D.registry_markdown(), (
        "docs/diagnostics.md is stale: run `python -m nccd.compiler.diagnostics > docs/diagnostics.md`")


def test_every_code_has_a_heading_its_anchor_resolves_to():
    page = (REPO / "docs" / "diagnostics.md").read_text()
    headings = {h.lower() for h in re.findall(r"^## (NCC-[EWI]\d{3})$", page, re.M)}
    for code in D.REGISTRY.values():
        path, anchor = code.anchor.split("#")
        assert path == "docs/diagnostics.md"
        assert anchor in headings, code.code


def test_every_code_has_a_title_and_an_actionable_hint():
    for code in D.REGISTRY.values():
        assert code.title and not code.title.endswith("."), code.code
        assert len(code.hint) > 20, code.code

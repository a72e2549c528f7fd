"""What a disk cache record must hold before its entry is served (daemon/diskcache.py).

A record is JSON anyone with access to the cache directory can edit, copy or truncate; these
checks turn every such record into a reason (a miss, logged) instead of a wrong answer or an
internal error later: the record names the key it is stored under, the artifact matches its
size and SHA-256, and the stored compile result decodes into a result with known codes.
"""

from __future__ import annotations

import hashlib

from nccd.compiler.compile import CompileResult
from nccd.compiler.diagnostics import REGISTRY
from nccd.compiler.options import CompileOptions


def result_problem(result) -> str | None:
    """Why a stored compile result cannot be served (None: it can)."""
    if not isinstance(result, dict):
        return f"the stored result is a {type(result).__name__}, not an object"
    try:
        decoded = CompileResult.from_json(result, CompileOptions())
        unknown = sorted({str(d.code) for d in decoded.diagnostics if d.code not in REGISTRY})
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return f"the stored result does not decode ({type(exc).__name__}: {exc})"
    if unknown:
        return f"the stored result has unknown diagnostic code(s) {', '.join(unknown)}"
    if not isinstance(result.get("model"), str):
        return "the stored result names no model"
    return None


def record_problem(record, key: str, data: bytes) -> str | None:
    """Why the record stored under ``key``, with artifact ``data``, cannot be served."""
    if not isinstance(record, dict):
        return f"the record is a {type(record).__name__}, not an object"
    if record.get("key") != key:
        return f"the record names key {str(record.get('key'))[:16]}, not its own (copied from another entry?)"
    if len(data) != record.get("size") or hashlib.sha256(data).hexdigest() != record.get("sha256"):
        return "the artifact does not match the record's size and SHA-256"
    if not isinstance(record.get("requests", []), list):
        return "the record's request keys are not a list"
    return result_problem(record.get("result"))

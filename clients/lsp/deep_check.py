"""The deep check: trace a marked JAX function with the user's own JAX and check the real HLO.

A comment right above a module-level function marks it and gives example inputs::

    # ncc: entry x=f32[8,128] w=f32[128,64] n=4
    def layer(x, w, n): ...

``name=dtype[dims]`` is an array (``f32[]`` a scalar; dtypes as HLO or numpy
spell them: f32, bf16, s32/i32, u8, pred/bool...), ``name=4`` / ``name=True`` a
static Python argument. On save, ``trace_entry.py`` runs in a subprocess of the
user's interpreter (``jax.jit(f).lower(...)`` with debug info), the compiler
checks the HLO (through the daemon when it runs), and every error or warning is
reported at the Python line its instruction came from. Without JAX the check
does nothing.
"""

from __future__ import annotations

import ast
import json
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nccd.compiler import diagnostics as D

from .backend import Backend
from .findings import SOURCE_DEEP_CHECK, Finding, Span
from .python_contexts import ENTRY_PRAGMA
from .python_source import PythonSource

_ARRAY = re.compile(r"^([A-Za-z][A-Za-z0-9_]*)\[([0-9,\s]*)\]$")
_TRACER = str(Path(__file__).with_name("trace_entry.py"))
#: Only errors and warnings from the traced program are worth a squiggle in the Python file.
_REPORTED = ("NCC-E", "NCC-W")


@dataclass(frozen=True)
class Entry:
    function: str
    args: tuple[dict, ...]
    pragma_span: Span      # the comment, where problems with the entry itself are reported
    def_span: Span         # the function's name, for findings outside this file


@lru_cache(maxsize=1)
def _dtype_names() -> dict[str, str]:
    """Element-type spellings -> numpy dtype names (what jnp.dtype takes): every HLO element type with a
    numpy counterpart, by its HLO name (f32, bf16, s32, pred, f8e4m3fn...), ``iNN`` for ``sNN``, and by
    its numpy name (float32, bfloat16, int32, bool...)."""
    from nccd.compiler.ir.dtypes import BY_TEXT, numpy_dtype

    names = {}
    for text, element_type in BY_TEXT.items():
        try:
            numpy_name = numpy_dtype(element_type).name
        except (TypeError, ValueError, KeyError, AttributeError, ImportError):  # token, opaque: no array
            continue
        names.update({text: numpy_name, numpy_name: numpy_name})
        if text[0] == "s" and text[1:].isdigit():
            names["i" + text[1:]] = numpy_name
    return names


def _parse_spec(name: str, value: str) -> dict:
    match = _ARRAY.match(value)
    if match is not None:
        dtype = _dtype_names().get(match.group(1).lower())
        if dtype is None:
            raise ValueError(f"unknown element type {match.group(1)!r} for {name} (use f32, bf16, s32, pred...)")
        dims = [int(d) for d in match.group(2).replace(" ", "").split(",") if d]
        return {"kind": "array", "name": name, "dtype": dtype, "dims": dims}
    try:
        literal = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        raise ValueError(f"cannot read {name}={value}: write dtype[dims] (e.g. f32[8,128]) or a Python literal") \
            from None
    return {"kind": "static", "name": name, "value": literal}


def find_entries(text: str) -> tuple[list[Entry], list[Finding]]:
    """Marked functions, and findings for pragmas that cannot be used."""
    if "ncc:" not in text or "entry" not in text:
        return [], []
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return [], []
    source = PythonSource(text)
    functions = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1
            functions[first] = node
    entries, problems = [], []
    for number, line in enumerate(source.lines):
        match = ENTRY_PRAGMA.match(line)
        if match is None:
            continue
        pragma = Span(number, line.index("#"), number, len(line.rstrip()))
        below = number + 1
        while below < len(source.lines) and (not source.lines[below].strip()
                                             or source.lines[below].lstrip().startswith("#")) and below not in functions:
            below += 1
        func = functions.get(below)
        if func is None:
            problems.append(Finding(D.PY_DEEP_CHECK_FAILED.code, "`# ncc: entry` must be right above a module-level "
                                    "function", pragma, source=SOURCE_DEEP_CHECK))
            continue
        try:
            entries.append(_entry(func, match.group(1), pragma, source))
        except ValueError as exc:
            problems.append(Finding(D.PY_DEEP_CHECK_FAILED.code, f"`# ncc: entry`: {exc}", pragma,
                                    source=SOURCE_DEEP_CHECK))
    return entries, problems


def _entry(func: ast.FunctionDef, spec_text: str, pragma: Span, source: PythonSource) -> Entry:
    specs = {}
    for token in spec_text.split():
        name, sep, value = token.partition("=")
        if not sep or not name.isidentifier():
            raise ValueError(f"cannot read {token!r}: write name=dtype[dims], e.g. x=f32[8,128]")
        specs[name] = _parse_spec(name, value)
    params = [a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)]
    unknown = [n for n in specs if n not in params]
    if unknown:
        raise ValueError(f"{func.name}() has no parameter {', '.join(unknown)}")
    n_defaults = len(func.args.defaults)
    positional = [*func.args.posonlyargs, *func.args.args]
    required = [a.arg for a in positional[:len(positional) - n_defaults]] + \
        [a.arg for a, d in zip(func.args.kwonlyargs, func.args.kw_defaults) if d is None]
    missing = [n for n in required if n not in specs]
    if missing:
        raise ValueError(f"give an example input for {', '.join(missing)} (e.g. {missing[0]}=f32[8,128])")
    line = func.lineno - 1
    name = re.search(rf"def\s+({re.escape(func.name)})\b", source.lines[line])
    col = name.start(1) if name else 0
    return Entry(func.name, tuple(specs[n] for n in params if n in specs), pragma,
                 Span(line, col, line, col + len(func.name)))


def jax_python(setting: str | None, document_path: str) -> str:
    """The interpreter to trace with when everything may run: the setting, NCC_JAX_PYTHON, a .venv above
    the file, this one (see :func:`choose_python` for an editor's workspace)."""
    return choose_python(setting, None, document_path, trusted=True)[0]


def _venv_above(document_path: str) -> str | None:
    for folder in Path(document_path).resolve().parents:
        for venv in (".venv", "venv"):
            candidate = folder / venv / "bin" / "python"
            if candidate.exists():
                return str(candidate)
    return None


def choose_python(user_setting: str | None, project_setting: tuple[str, str] | None, document_path: str,
                  trusted: bool, env_var: str = "NCC_JAX_PYTHON") -> tuple[str, str | None]:
    """``(interpreter, why another was refused)``.

    The user's own choices (the editor's user-level ``python`` setting, ``env_var`` in the server's
    environment) always run. What the workspace names (``project_setting``: the value and the
    pyproject.toml that set it; a ``.venv`` above the document) runs only in a trusted workspace: a
    checkout must not get its executable run by opening a file. Otherwise the server's own interpreter.
    """
    if user_setting:
        return user_setting, None
    if os.environ.get(env_var):
        return os.environ[env_var], None
    refused = None
    if project_setting is not None:
        if trusted:
            return project_setting[0], None
        refused = f"python = {project_setting[0]!r} of {project_setting[1]}"
    venv = _venv_above(document_path)
    if venv is not None:
        if trusted:
            return venv, None
        refused = refused or f"the workspace's {venv}"
    if refused is None:
        return sys.executable, None
    return sys.executable, (f"the deep check does not run {refused}: the workspace is not trusted. It uses "
                            f"{sys.executable} instead; trust the workspace in your editor (workspaceTrusted "
                            "in initializationOptions) or set the python setting in your user settings")


def trace(python: str, path: str, entry: Entry, timeout_s: float) -> dict:
    """Run the tracer; its JSON answer, or ``{"status": "failed", "error": ...}``."""
    request = json.dumps({"file": path, "function": entry.function, "args": list(entry.args)})
    try:
        proc = subprocess.Popen([python, _TRACER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=os.path.dirname(path) or None, start_new_session=True)
    except OSError as exc:
        return {"status": "failed", "error": f"cannot run {python}: {exc.strerror or exc}"}
    try:
        out, err = proc.communicate(request.encode(), timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return {"status": "failed", "error": f"tracing took longer than {timeout_s:.0f} s"}
    try:
        return json.loads(out.decode("utf-8", "replace"))
    except json.JSONDecodeError:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        return {"status": "failed", "error": f"the tracer failed: {tail[0]}"}


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _python_span(source: PythonSource, line: int, column: int | None, end_line: int | None,
                 end_column: int | None) -> Span:
    """A span from debug info (1-based lines, 0-based byte columns) on this file."""
    row = min(max(line - 1, 0), max(len(source.lines) - 1, 0))
    text = source.lines[row] if source.lines else ""
    if column is None:
        start = len(text) - len(text.lstrip())
        return Span(row, start, row, max(len(text.rstrip()), start + 1))
    start = source.column(row, column)
    if end_line == line and end_column:
        return Span(row, start, row, max(source.column(row, end_column), start + 1))
    return Span(row, start, row, max(len(text.rstrip()), start + 1))


def _locate(module, diag: dict, path: str):
    """The innermost stack frame of the diagnostic's instruction that lies in ``path``."""
    hlo = diag.get("hlo") or {}
    if module is not None and hlo.get("computation") and hlo.get("instruction"):
        comp = module.computations.get(hlo["computation"])
        inst = comp.instruction(hlo["instruction"]) if comp is not None else None
        md = inst.metadata if inst is not None else None
        if md is not None and md.stack_frame_id:
            for loc in module.stack_frames.stack(md.stack_frame_id):
                if _same_file(loc.file, path):
                    return loc.line, loc.column, loc.end_line, loc.end_column
    source = diag.get("source")
    if source and source.get("file") and _same_file(source["file"], path):
        return source["line"], source.get("column"), None, None
    return None


def deep_check(path: str, text: str, python: str, target: str, backend: Backend,
               timeout_s: float = 120.0) -> list[Finding]:
    """Trace every marked function of the file and report the compiler's findings at their Python lines."""
    entries, findings = find_entries(text)
    source = PythonSource(text)
    for entry in entries:
        answer = trace(python, path, entry, timeout_s)
        status = answer.get("status")
        if status == "no-jax":
            return []  # harmless without JAX: nothing to say
        if status != "ok":
            findings.append(_trace_failure(answer, entry, source, path))
            continue
        check = backend.diagnose(answer["hlo"].encode(), f"{path}:{entry.function}", target)
        for diag in check.report.get("diagnostics", []):
            if not diag["code"].startswith(_REPORTED):
                continue
            where = _locate(check.module, diag, path)
            instruction = (diag.get("hlo") or {}).get("instruction")
            message = f"{diag['message']} (deep check of {entry.function}: HLO instruction '{instruction}')"
            span = _python_span(source, *where) if where else entry.def_span
            findings.append(Finding(diag["code"], message, span, source=SOURCE_DEEP_CHECK,
                                    data={"hint": diag.get("hint"), "instruction": instruction}))
    seen, unique = set(), []
    for f in findings:
        if (f.code, f.span) not in seen:
            seen.add((f.code, f.span))
            unique.append(f)
    return unique


def _trace_failure(answer: dict, entry: Entry, source: PythonSource, path: str) -> Finding:
    frames = [f for f in answer.get("frames", []) if _same_file(f[0], path)]
    span = _python_span(source, frames[-1][1], None, None, None) if frames else entry.pragma_span
    return Finding(D.PY_DEEP_CHECK_FAILED.code, f"deep check of {entry.function}: {answer.get('error')}", span,
                   source=SOURCE_DEEP_CHECK)

"""The deep check: trace a marked JAX or PyTorch function, or a PyTorch module, with the user's own
framework and check what it really makes.

A comment right above a module-level function marks it and gives example inputs::

    # ncc: entry x=f32[8,128] w=f32[128,64] n=4
    def layer(x, w, n): ...

``name=dtype[dims]`` is an array (``f32[]`` a scalar; dtypes as HLO or numpy
spell them: f32, bf16, s32/i32, u8, pred/bool...), ``name=4`` / ``name=True`` a
static Python argument. Above a module-level class (an ``nn.Module``) the names
are ``forward``'s parameters and ``build=`` says how to make one (default: the
class called without arguments)::

    # ncc: entry build=Block(dim=64, heads=4) x=f32[2,16,64]
    class Block(nn.Module): ...

A function is JAX's unless the file imports torch and not jax; a class is
PyTorch's. On save the tracer of its framework runs in a subprocess of the
user's interpreter: ``trace_entry.py`` (``jax.jit(f).lower(...)`` with debug
info) or ``trace_torch.py`` (``torch._dynamo.explain`` for graph breaks,
``torch.export.export(..., strict=True)``, and with torch_xla the HLO of the
output on the XLA CPU device). The compiler checks the HLO (through the daemon
when it runs), and every error or warning is reported at the Python line it came
from. Without the framework the check does nothing.
"""

from __future__ import annotations

import ast
import base64
import binascii
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
#: The tracer each framework's interpreter runs (standard library and the framework only).
_TRACERS = {"jax": str(Path(__file__).with_name("trace_entry.py")),
            "torch": str(Path(__file__).with_name("trace_torch.py"))}
#: The tracer's answer when the interpreter lacks the framework: nothing to say.
_NO_FRAMEWORK = {"jax": "no-jax", "torch": "no-torch"}
#: Only errors and warnings from the traced program are worth a squiggle in the Python file.
_REPORTED = ("NCC-E", "NCC-W")


@dataclass(frozen=True)
class Entry:
    function: str          # the function's or the class's name
    args: tuple[dict, ...]
    pragma_span: Span      # the comment, where problems with the entry itself are reported
    def_span: Span         # the function's name, for findings outside this file
    framework: str = "jax"
    build: str | None = None  # a module class: the expression that makes one


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


def _spec_tokens(text: str) -> list[str]:
    """The pragma's ``name=value`` tokens: split at spaces outside brackets and quotes, so that
    ``build=Block(dim=64, heads=4)`` is one token."""
    tokens: list[str] = []
    current: list[str] = []
    depth = 0
    quote: str | None = None
    for char in text:
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(depth - 1, 0)
        elif char.isspace() and depth == 0:
            if current:
                tokens.append("".join(current))
                current = []
            continue
        current.append(char)
    if current:
        tokens.append("".join(current))
    return tokens


def _imported_roots(tree: ast.Module) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            roots.add(node.module.split(".")[0])
    return roots


def has_entry(text: str) -> bool:
    """The file marks something for the deep check (a cheap look, before anything is parsed)."""
    return "entry" in text and any(ENTRY_PRAGMA.match(line) for line in text.splitlines() if "ncc:" in line)


def find_entries(text: str) -> tuple[list[Entry], list[Finding]]:
    """Marked functions and module classes, and findings for pragmas that cannot be used."""
    if "ncc:" not in text or "entry" not in text:
        return [], []
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return [], []
    source = PythonSource(text)
    roots = _imported_roots(tree)
    # a function is JAX's unless only torch is imported; a class can only be a torch module
    function_framework = "torch" if "torch" in roots and not roots & {"jax", "flax"} else "jax"
    definitions: dict[int, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1
            definitions[first] = node
    entries, problems = [], []
    for number, line in enumerate(source.lines):
        match = ENTRY_PRAGMA.match(line)
        if match is None:
            continue
        pragma = Span(number, line.index("#"), number, len(line.rstrip()))
        below = number + 1
        while below < len(source.lines) and (not source.lines[below].strip()
                                             or source.lines[below].lstrip().startswith("#")) \
                and below not in definitions:
            below += 1
        marked = definitions.get(below)
        if marked is None:
            problems.append(Finding(D.PY_DEEP_CHECK_FAILED.code, "`# ncc: entry` must be right above a module-level "
                                    "function or class", pragma, source=SOURCE_DEEP_CHECK))
            continue
        try:
            framework = "torch" if isinstance(marked, ast.ClassDef) else function_framework
            entries.append(_entry(marked, match.group(1), pragma, source, framework))
        except ValueError as exc:
            problems.append(Finding(D.PY_DEEP_CHECK_FAILED.code, f"`# ncc: entry`: {exc}", pragma,
                                    source=SOURCE_DEEP_CHECK))
    return entries, problems


def _forward(cls: ast.ClassDef) -> ast.FunctionDef | None:
    return next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "forward"), None)


def _entry(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef, spec_text: str, pragma: Span,
           source: PythonSource, framework: str) -> Entry:
    specs, build = {}, None
    for token in _spec_tokens(spec_text):
        name, sep, value = token.partition("=")
        if not sep or not name.isidentifier():
            raise ValueError(f"cannot read {token!r}: write name=dtype[dims], e.g. x=f32[8,128]")
        if name == "build" and isinstance(node, ast.ClassDef):
            try:
                ast.parse(value, mode="eval")
            except SyntaxError:
                raise ValueError(f"cannot read build={value}: write the expression that makes one "
                                 f"{node.name}, e.g. build={node.name}(64)") from None
            build = value
            continue
        specs[name] = _parse_spec(name, value)
    func: ast.FunctionDef | ast.AsyncFunctionDef
    if isinstance(node, ast.ClassDef):
        build = build or f"{node.name}()"
        forward = _forward(node)
        if forward is None:  # forward is inherited: the inputs are passed as written
            return Entry(node.name, tuple(specs.values()), pragma, _name_span(node, source), framework, build)
        func, owner, skip = forward, f"{node.name}.forward()", 1  # self
    else:
        func, owner, skip = node, f"{node.name}()", 0
    positional = [*func.args.posonlyargs, *func.args.args][skip:]
    params = [a.arg for a in (*positional, *func.args.kwonlyargs)]
    unknown = [n for n in specs if n not in params]
    if unknown:
        raise ValueError(f"{owner} has no parameter {', '.join(unknown)}")
    n_defaults = min(len(func.args.defaults), len(positional))
    required = [a.arg for a in positional[:len(positional) - n_defaults]] + \
        [a.arg for a, d in zip(func.args.kwonlyargs, func.args.kw_defaults) if d is None]
    missing = [n for n in required if n not in specs]
    if missing:
        raise ValueError(f"give an example input for {', '.join(missing)} (e.g. {missing[0]}=f32[8,128])")
    return Entry(node.name, tuple(specs[n] for n in params if n in specs), pragma, _name_span(node, source),
                 framework, build)


def _name_span(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef, source: PythonSource) -> Span:
    line = node.lineno - 1
    keyword = "class" if isinstance(node, ast.ClassDef) else "def"
    name = re.search(rf"{keyword}\s+({re.escape(node.name)})\b", source.lines[line])
    col = name.start(1) if name else 0
    return Span(line, col, line, col + len(node.name))


def jax_python(setting: str | None, document_path: str) -> str:
    """The interpreter to trace with when everything may run: the setting, NCC_JAX_PYTHON, a .venv above
    the file, this one (see :func:`choose_python` for an editor's workspace)."""
    return choose_python(user_choices("jax", setting), None, document_path, trusted=True)[0]


def user_choices(framework: str, python: str | None, torch_python: str | None = None) -> list[str | None]:
    """The interpreters the user chose for ``framework``'s tracer, first wins: for PyTorch the
    ``torchPython`` setting, NCC_TORCH_PYTHON, then the ``python`` setting (one environment with both);
    for JAX the ``python`` setting, then NCC_JAX_PYTHON."""
    if framework == "torch":
        return [torch_python, os.environ.get("NCC_TORCH_PYTHON"), python]
    return [python, os.environ.get("NCC_JAX_PYTHON")]


def _venv_above(document_path: str) -> str | None:
    for folder in Path(document_path).resolve().parents:
        for venv in (".venv", "venv"):
            candidate = folder / venv / "bin" / "python"
            if candidate.exists():
                return str(candidate)
    return None


def choose_python(user_choices: list[str | None], project_setting: tuple[str, str] | None, document_path: str,
                  trusted: bool) -> tuple[str, str | None]:
    """``(interpreter, what the workspace named and was not run)``.

    The user's own choices (:func:`user_choices`: the editor's user-level settings, the environment of the
    server) come first. What the workspace names (``project_setting``: the value and the pyproject.toml
    that set it; a ``.venv`` above the document) runs only in a trusted workspace: a checkout must not get
    its executable run by opening a file. Otherwise the server's own interpreter.
    """
    chosen = next((python for python in user_choices if python), None)
    if chosen:
        return chosen, None
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
    return sys.executable, refused


def trace(python: str, path: str, entry: Entry, timeout_s: float) -> dict:
    """Run the entry's tracer; its JSON answer, or ``{"status": "failed", "error": ...}``."""
    return _run_tracer(python, _TRACERS[entry.framework], {"file": path, "function": entry.function,
                                                           "args": list(entry.args)}, path, timeout_s)


def trace_torch(python: str, path: str, entries: list[Entry], timeout_s: float) -> list[dict]:
    """One answer per entry from one run of the PyTorch tracer (loading torch takes seconds)."""
    request = {"file": path, "entries": [{"function": e.function, "build": e.build, "args": list(e.args)}
                                         for e in entries]}
    answer = _run_tracer(python, _TRACERS["torch"], request, path, timeout_s)
    if answer.get("status") == "ok" and len(answer.get("entries", ())) == len(entries):
        return answer["entries"]
    return [answer] * len(entries)  # no torch, or the file failed: the same for every entry


def _run_tracer(python: str, tracer: str, request: dict, path: str, timeout_s: float) -> dict:
    try:
        proc = subprocess.Popen([python, tracer], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=os.path.dirname(path) or None, start_new_session=True)
    except OSError as exc:
        return {"status": "failed", "error": f"cannot run {python}: {exc.strerror or exc}"}
    try:
        out, err = proc.communicate(json.dumps(request).encode(), timeout=timeout_s)
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
               timeout_s: float = 120.0, torch_python: str | None = None) -> list[Finding]:
    """Trace every marked function and module of the file, each with its framework's interpreter
    (``python`` for JAX, ``torch_python`` or else ``python`` for PyTorch), and report what they find at
    their Python lines. An interpreter without the framework says nothing."""
    entries, findings = find_entries(text)
    source = PythonSource(text)
    torch_entries = [e for e in entries if e.framework == "torch"]
    torch_answers = iter(trace_torch(torch_python or python, path, torch_entries, timeout_s) if torch_entries else [])
    for entry in entries:
        answer = next(torch_answers) if entry.framework == "torch" else trace(python, path, entry, timeout_s)
        status = answer.get("status")
        if status == _NO_FRAMEWORK[entry.framework]:
            continue  # harmless without the framework: nothing to say
        if status != "ok":
            findings.append(_trace_failure(answer, entry, source, path))
            continue
        if entry.framework == "torch":
            findings += _torch_findings(answer, entry, source, path, target, backend)
        else:
            findings += _hlo_findings(answer["hlo"].encode("utf-8", "replace"), entry, source, path, target,
                                      backend, "")
    seen, unique = set(), []
    for f in findings:
        if (f.code, f.span) not in seen:
            seen.add((f.code, f.span))
            unique.append(f)
    return unique


def _hlo_findings(hlo: bytes, entry: Entry, source: PythonSource, path: str, target: str, backend: Backend,
                  where_traced: str) -> list[Finding]:
    """The compiler's errors and warnings on the traced HLO (text or HloModuleProto), at the Python lines
    they came from."""
    check = backend.diagnose(hlo, f"{path}:{entry.function}", target)
    findings = []
    for diag in check.report.get("diagnostics", []):
        if not diag["code"].startswith(_REPORTED):
            continue
        where = _locate(check.module, diag, path)
        instruction = (diag.get("hlo") or {}).get("instruction")
        message = (f"{diag['message']} (deep check of {entry.function}{where_traced}: "
                   f"HLO instruction '{instruction}')")
        span = _python_span(source, *where) if where else entry.def_span
        findings.append(Finding(diag["code"], message, span, source=SOURCE_DEEP_CHECK,
                                data={"hint": diag.get("hint"), "instruction": instruction}))
    return findings


def _torch_findings(answer: dict, entry: Entry, source: PythonSource, path: str, target: str,
                    backend: Backend) -> list[Finding]:
    """Graph breaks (one per line), what stopped torch.export where no break explains it, a failure on the
    XLA device, and the compiler's findings on the HLO torch_xla made."""
    findings, break_lines = [], set()
    for graph_break in answer.get("breaks", []):
        span = _innermost(graph_break["frames"], source, path) or entry.def_span
        if span.line in break_lines:
            continue
        break_lines.add(span.line)
        findings.append(Finding(D.TORCH_GRAPH_BREAK.code, f"graph break: {graph_break['reason']} (deep check of "
                                f"{entry.function} with torch._dynamo.explain)", span, source=SOURCE_DEEP_CHECK))
    for failed, how in ((answer.get("explain"), "torch._dynamo.explain"),):
        if failed:
            findings.append(_trace_failure(failed, entry, source, path, f" ({how})"))
    export = answer.get("export")
    if export:
        span = _innermost(export.get("frames", []), source, path) or entry.def_span
        if span.line not in break_lines:
            findings.append(Finding(D.TORCH_EXPORT_FAILED.code, f"torch.export (strict) stops here: "
                                    f"{export['error']} (deep check of {entry.function})", span,
                                    source=SOURCE_DEEP_CHECK))
    xla = answer.get("xla") or {}
    if xla.get("status") == "error":
        findings.append(_trace_failure(xla, entry, source, path, " on the XLA CPU device"))
    elif xla.get("status") == "ok":
        try:
            proto = base64.b64decode(xla["hlo_proto"], validate=True)
        except (KeyError, TypeError, binascii.Error):
            proto = None
        if proto:
            findings += _hlo_findings(proto, entry, source, path, target, backend, " on the XLA CPU device")
    return findings


def _innermost(frames: list, source: PythonSource, path: str) -> Span | None:
    """The line of the innermost frame in this file, or None."""
    mine = [f for f in frames if _same_file(f[0], path)]
    return _python_span(source, mine[-1][1], None, None, None) if mine else None


def _trace_failure(answer: dict, entry: Entry, source: PythonSource, path: str, how: str = "") -> Finding:
    span = _innermost(answer.get("frames", []), source, path) or entry.pragma_span
    return Finding(D.PY_DEEP_CHECK_FAILED.code, f"deep check of {entry.function}{how}: {answer.get('error')}", span,
                   source=SOURCE_DEEP_CHECK)

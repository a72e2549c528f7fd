"""Lower one JAX function to HLO text with debug info; run by the deep check in the user's Python.

Usage: ``python trace_entry.py < request.json``. The request names the file, the
function and its arguments (``{"kind": "array", "name": "x", "dtype": "float32",
"dims": [8, 128]}`` or ``{"kind": "static", "name": "n", "value": 4}``). One JSON
object is written to stdout: ``{"status": "ok", "hlo": TEXT}``, ``{"status":
"no-jax"}`` or ``{"status": "error", "error": MESSAGE, "frames": [[file, line], ...]}``.

This file runs in the interpreter that has the user's JAX, which need not have
nccd: it uses only the standard library and jax, and never imports nccd.
"""

import importlib.util
import json
import os
import sys
import traceback


def _emit(obj) -> None:
    sys.stdout.write(json.dumps(obj))
    sys.stdout.flush()


def _load(path: str):
    spec = importlib.util.spec_from_file_location("_ncc_deep_check_target", path)
    if spec is None or spec.loader is None:  # not a path Python can load a module from
        raise ImportError(f"cannot load a Python module from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    request = json.load(sys.stdin)
    try:
        import jax
        import jax.numpy as jnp
    except ImportError as exc:
        _emit({"status": "no-jax", "error": str(exc)})
        return 0
    path = request["file"]
    for extra in [os.path.dirname(path), *request.get("paths", [])]:
        if extra and extra not in sys.path:
            sys.path.insert(0, extra)
    try:
        fn = getattr(_load(path), request["function"])
        kwargs, static = {}, []
        for arg in request["args"]:
            if arg["kind"] == "array":
                kwargs[arg["name"]] = jax.ShapeDtypeStruct(tuple(arg["dims"]), jnp.dtype(arg["dtype"]))
            else:
                kwargs[arg["name"]] = arg["value"]
                static.append(arg["name"])
        lowered = jax.jit(fn, static_argnames=tuple(static)).lower(**kwargs)
        text = lowered.as_text(dialect="hlo", debug_info=True)
    except Exception as exc:  # the user's code failed to trace: report where
        frames = [[f.filename, f.lineno] for f in traceback.extract_tb(exc.__traceback__)]
        message = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
        _emit({"status": "error", "error": message, "frames": frames})
        return 0
    _emit({"status": "ok", "hlo": text})
    return 0


if __name__ == "__main__":
    sys.exit(main())

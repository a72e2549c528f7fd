"""Capture one PyTorch function or module as torch.compile and torch_xla would; run by the deep check in the
user's Python.

Usage: ``python trace_torch.py < request.json``. The request names the file and its ``entries``: each a
function or a class with the expression that builds it (``"build": "Net(16)"``), and the example inputs in
``forward``'s order (``{"kind": "array", "name": "x", "dtype": "float32", "dims": [2, 16]}`` or
``{"kind": "static", ...}``). One JSON object is written to the original stdout (whatever the user's code
prints goes to stderr):

* ``{"status": "no-torch"}`` without torch;
* ``{"status": "error", "error": MESSAGE, "frames": [[file, line], ...]}`` when the file cannot be loaded;
* ``{"status": "ok", "entries": [...]}``, one answer per entry: the same error form when the module cannot
  be built or the inputs made, otherwise ``{"status": "ok", "breaks": [...], "export": ..., "xla": ...}``:
  every graph break ``torch._dynamo.explain`` found (``{"reason", "frames"}``), the error of
  ``torch.export.export(..., strict=True)`` or None, and, with torch_xla, the HloModuleProto of the output on
  the XLA CPU device (base64, ``"hlo_proto"``; each instruction with its Python stack) or the error that
  stopped it.

This file runs in the interpreter that has the user's torch, which need not have nccd: it uses only the
standard library, torch and torch_xla, and never imports nccd.
"""

import base64
import importlib.util
import json
import os
import re
import sys
import traceback

# torch_xla reads these when it loads: the XLA CPU device, and the Python line of every instruction (with
# XLA_IR_DEBUG the HloModuleProto carries the whole Python stack, so an op inside nn.Linear is found at the
# user's line that called the layer).
os.environ["PJRT_DEVICE"] = "CPU"  # the check never takes an accelerator the user is training on
os.environ["XLA_HLO_DEBUG"] = "1"
os.environ["XLA_IR_DEBUG"] = "1"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

#: ``File "...", line N`` as torch prints the user's stack in its errors ("from user code:").
_USER_FRAME = re.compile(r'File "([^"]+)", line (\d+)')
#: Dynamo's terse reasons, said as a user would understand them.
_PLAIN_REASONS = (
    (re.compile(r"^generic_jump TensorVariable"), "data-dependent branching: Python `if`/`while` on a tensor value"),
)


def _first_line(text: object) -> str:
    text = str(text).strip()
    return text.splitlines()[0].strip() if text else ""


def _error(exc: BaseException) -> dict:
    """The error and the stack that led to it: the traceback's frames, then those torch names in its
    message (Dynamo traces symbolically, so the user's lines are only in the text)."""
    frames = [[f.filename, f.lineno] for f in traceback.extract_tb(exc.__traceback__)]
    frames += [[file, int(line)] for file, line in _USER_FRAME.findall(str(exc))]
    return {"error": f"{type(exc).__name__}: {_first_line(exc)}", "frames": frames}


def _load(path: str):
    spec = importlib.util.spec_from_file_location("_ncc_deep_check_target", path)
    if spec is None or spec.loader is None:  # not a path Python can load a module from
        raise ImportError(f"cannot load a Python module from {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # Dynamo looks the function's module up by name
    spec.loader.exec_module(module)
    return module


def _example(torch, arg: dict):
    if arg["kind"] != "array":
        return arg["value"]
    dtype = getattr(torch, arg["dtype"])
    shape = tuple(arg["dims"])
    if dtype.is_floating_point or dtype.is_complex:
        return torch.randn(shape, dtype=dtype)
    return torch.zeros(shape, dtype=dtype)  # zeros: valid indices for any embedding or gather


def _reason(text: str) -> str:
    line = _first_line(text)
    for pattern, plain in _PLAIN_REASONS:
        if pattern.search(line):
            return plain
    return line


def _graph_breaks(torch, target, args) -> list[dict]:
    import torch._dynamo as dynamo

    dynamo.reset()
    explained = dynamo.explain(target)(*args)
    return [{"reason": _reason(b.reason), "frames": [[f.filename, f.lineno] for f in (b.user_stack or [])]}
            for b in explained.break_reasons]


def _export_error(torch, target, args) -> dict | None:
    if not isinstance(target, torch.nn.Module):
        function = target

        class Wrapped(torch.nn.Module):  # export takes a module: the function as its forward
            def forward(self, *inputs):
                return function(*inputs)
        target = Wrapped()
    import torch._dynamo as dynamo

    dynamo.reset()
    try:
        torch.export.export(target, tuple(args), strict=True)
    except Exception as exc:  # the program torch.export could not capture: where and why
        return _error(exc)
    return None


def _tensors(value, torch) -> list:
    if isinstance(value, torch.Tensor):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [t for item in value for t in _tensors(item, torch)]
    return []


def _xla_hlo(torch, target, args) -> dict:
    """The output's HLO on the XLA CPU device, or why there is none."""
    try:
        import torch_xla
    except ImportError:
        return {"status": "absent"}
    try:
        device = torch_xla.device()
        if isinstance(target, torch.nn.Module):
            target = target.to(device)
        inputs = [a.to(device) if isinstance(a, torch.Tensor) else a for a in args]
        with torch.no_grad():
            outputs = _tensors(target(*inputs), torch)
        outputs = [t for t in outputs if t.device.type == "xla"]
        if not outputs:
            return {"status": "no-output"}
        proto = torch_xla._XLAC._get_xla_tensors_hlo_proto(outputs)
        return {"status": "ok", "hlo_proto": base64.b64encode(proto).decode("ascii")}
    except Exception as exc:  # the user's code failed on the XLA device: report where
        return {"status": "error", **_error(exc)}


def _check(torch, module, entry: dict, with_xla: bool) -> dict:
    try:
        torch.manual_seed(0)
        if entry.get("build"):
            target = eval(entry["build"], vars(module))  # noqa: S307 - the user's own expression
        else:
            target = getattr(module, entry["function"])
        if isinstance(target, torch.nn.Module):
            target.eval()
        args = [_example(torch, a) for a in entry["args"]]
    except Exception as exc:  # the build expression or an input failed: report where
        return {"status": "error", **_error(exc)}
    answer: dict[str, object] = {"status": "ok", "breaks": [], "export": None, "xla": {"status": "skipped"}}
    try:
        answer["breaks"] = _graph_breaks(torch, target, args)
    except Exception as exc:  # explain itself failed (the code raises): report where
        answer["explain"] = _error(exc)
    answer["export"] = _export_error(torch, target, args)
    if with_xla:
        answer["xla"] = _xla_hlo(torch, target, args)
    return answer


def main() -> int:
    answer_fd = os.dup(1)
    os.dup2(2, 1)  # the user's prints and torch's graph dumps go to stderr, never into the answer
    sys.stdout = sys.stderr

    def emit(obj) -> None:
        with os.fdopen(answer_fd, "w") as out:
            out.write(json.dumps(obj))

    request = json.load(sys.stdin)
    try:
        import torch
    except ImportError as exc:
        emit({"status": "no-torch", "error": str(exc)})
        return 0
    path = request["file"]
    for extra in [os.path.dirname(path), *request.get("paths", [])]:
        if extra and extra not in sys.path:
            sys.path.insert(0, extra)
    try:
        module = _load(path)
    except Exception as exc:  # the file itself failed: every entry fails there
        emit({"status": "error", **_error(exc)})
        return 0
    # one process for every entry of the file: torch and torch_xla take seconds to load
    emit({"status": "ok", "entries": [_check(torch, module, entry, request.get("xla", True))
                                      for entry in request["entries"]]})
    return 0


if __name__ == "__main__":
    sys.exit(main())

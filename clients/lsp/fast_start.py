"""Start the server faster by keeping the code that attrs and cattrs generate for lsprotocol.

Importing ``lsprotocol.types`` (which pygls does) defines ~570 attrs classes;
attrs writes the source of each class's ``__init__``/``__eq__``/``__repr__``
and compiles it. The first messages then make cattrs write and compile a
structuring function per message type (``InitializeParams`` alone pulls in the
whole ``ClientCapabilities`` tree). On a 2-core VM the compiling is about
300 ms of a ~800 ms start. The source texts are the same on every start, so
the compiled code objects are kept in a ``marshal`` file (in nccd's cache directory) keyed by file name,
length and two checksums of the source text: a kept code object is what
``compile()`` of that text returns, so behaviour cannot differ. Each is
unmarshalled only when asked for (a start uses a fraction of them).

How: attrs and cattrs call the builtin ``compile`` by its global name; a
``compile`` in their module namespaces shadows the builtin for them alone.
Best-effort by design: the file is per Python build and per installed attrs,
cattrs and lsprotocol; anything unexpected means the normal, uncached path.
``NCC_LSP_NO_CODE_CACHE=1`` turns it off.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
import threading
import zlib
from pathlib import Path

#: The modules whose generated code is kept (they call ``compile`` for nothing else).
_GENERATORS = ("attr._make", "cattrs.gen", "cattrs.gen.typeddicts")

_lock = threading.Lock()
_kept: dict = {}       # key -> marshalled code, loaded from the file
_used: dict = {}       # what this process compiled or reused: the next file's content
_path: Path | None = None
_dirty = False


def _cache_file() -> Path | None:
    # the installed files' size and mtime identify their versions without importlib.metadata's ~25 ms
    try:
        import attr
        import cattrs
        import lsprotocol

        stamps = []
        for module, file in ((attr, "_make.py"), (cattrs, "gen/__init__.py"), (lsprotocol, "types.py")):
            if module.__file__ is None:  # not installed as files: nothing to stamp
                return None
            st = os.stat(os.path.join(os.path.dirname(module.__file__), file))
            stamps.append(f"{st.st_size:x}{st.st_mtime_ns:x}")
    except (ImportError, OSError, TypeError, AttributeError):
        return None
    tag = f"{sys.implementation.cache_tag}-{zlib.crc32('-'.join(stamps).encode()):08x}"
    from nccd.proto.paths import cache_dir  # the daemon's cache directory (NCC_CACHE_DIR, ~/.cache/nccd)

    return cache_dir() / f"lsp-generated-code-{tag}.marshal"


def _compile(source, filename, mode, *args, **kwargs):
    global _dirty
    if args or kwargs or not isinstance(source, str) or "lsprotocol" not in str(filename):
        return builtins.compile(source, filename, mode, *args, **kwargs)
    data = source.encode()
    key = (filename, mode, len(data), zlib.crc32(data), zlib.adler32(data))
    kept = _kept.get(key)
    if kept is not None:
        try:
            code = marshal.loads(kept)
        except (EOFError, ValueError, TypeError):
            kept = None
    if kept is None:
        code = builtins.compile(source, filename, mode)
        kept = marshal.dumps(code)
        _dirty = True
    with _lock:
        _used[key] = kept
    return code


def install() -> None:
    """Shadow ``compile`` in attrs and cattrs; call before pygls is imported."""
    global _path
    if os.environ.get("NCC_LSP_NO_CODE_CACHE") or "lsprotocol.types" in sys.modules:
        return
    _path = _cache_file()
    if _path is None:
        return
    try:
        with open(_path, "rb") as f:
            table = marshal.load(f)
        if isinstance(table, dict):
            _kept.update(table)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    import importlib

    for name in _GENERATORS:
        try:
            # a global of that module: its calls of compile() find ours before the builtin
            vars(importlib.import_module(name))["compile"] = _compile
        except Exception:  # a version without that module: its code is simply compiled as usual
            continue


def save() -> None:
    """Write what this process compiled, when something was new (keeps only what was used)."""
    global _dirty
    if not _dirty or _path is None:
        return
    import tempfile

    with _lock:
        table, _dirty = dict(_used), False
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=_path.parent, prefix=".lsp-code-", delete=False) as f:
            marshal.dump(table, f)
        os.replace(f.name, _path)
    except (OSError, ValueError):
        try:
            os.unlink(f.name)
        except (OSError, NameError):
            pass


def stop_saving() -> None:
    """This process's generated code is not a cold start's: never write it (the warm host, host.py)."""
    global _path
    _path = None

"""The persistent artifact cache: content-addressed, atomic, checked on read, bounded, shared.

Layout under the cache root (``FORMAT`` versions it; another version's files are ignored)::

    v1/objects/ab/<key>.ncx     the artifact
    v1/objects/ab/<key>.json    its record: size, SHA-256, compile time, the compile's JSON;
                                written last, so an entry without it is incomplete and unseen;
                                its mtime is the last access (LRU)
    v1/aliases/ab/<key>         request key (the model's bytes + flags) -> the entry's key, so an
                                unchanged file is found without parsing it
    v1/failures/<key>.json      a failed compile, served until it expires (TTL), never forever
    v1/locks/<key>.lock         held (flock) by the process compiling <key>; holds its pid
    v1/prune.lock               held while entries are deleted

Every write goes to a temporary file and is renamed into place, so a reader (any process)
sees a whole entry or none; a process killed mid-write leaves a temporary file that the next
prune removes. A record whose artifact fails its SHA-256 is deleted and reported as a miss.
A write that fails (disk full, read-only directory) is skipped with a warning: the compile
still answers.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import signal
import time
from contextlib import contextmanager
from pathlib import Path

FORMAT = "v1"
_TMP_PREFIX = ".tmp-"
#: Fault injection for tests/test_daemon.py: the daemon kills itself halfway through an entry.
_KILL_DURING_WRITE = os.environ.get("NCCD_TEST_KILL_DURING") == "cache-write"


class DiskCache:
    def __init__(self, root: Path, max_bytes: int, failure_ttl_s: float = 300.0):
        self.root = Path(root) / FORMAT
        self.max_bytes = max_bytes
        self.failure_ttl_s = failure_ttl_s
        self.hits = self.misses = self.corrupt = self.write_errors = 0
        for sub in ("objects", "aliases", "failures", "locks"):
            (self.root / sub).mkdir(parents=True, exist_ok=True, mode=0o700)

    # -- paths ---------------------------------------------------------------------------------
    def _object(self, key: str, ext: str) -> Path:
        return self.root / "objects" / key[:2] / f"{key}{ext}"

    def _failure(self, key: str) -> Path:
        return self.root / "failures" / f"{key}.json"

    def _lock(self, key: str) -> Path:
        return self.root / "locks" / f"{key}.lock"

    def _alias(self, key: str) -> Path:
        return self.root / "aliases" / key[:2] / key

    @staticmethod
    def _write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{_TMP_PREFIX}{path.name}.{os.getpid()}.{time.monotonic_ns()}")
        try:
            with open(tmp, "wb") as f:
                if _KILL_DURING_WRITE and path.suffix == ".ncx":  # tests: a real SIGKILL mid-write
                    f.write(data[:len(data) // 2])
                    f.flush()
                    os.kill(os.getpid(), signal.SIGKILL)
                f.write(data)
                f.flush()
                if durable:
                    os.fsync(f.fileno())
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()

    # -- entries -------------------------------------------------------------------------------
    def get(self, key: str) -> tuple[bytes, dict] | None:
        record_path = self._object(key, ".json")
        try:
            record = json.loads(record_path.read_text())
            data = self._object(key, ".ncx").read_bytes()
        except (OSError, ValueError):
            self.misses += 1
            return None
        if len(data) != record.get("size") or hashlib.sha256(data).hexdigest() != record.get("sha256"):
            self.corrupt += 1
            self.misses += 1
            self._discard(key)
            return None
        try:
            os.utime(record_path)  # the last access, for LRU
        except OSError:
            pass
        self.hits += 1
        return data, record

    def put(self, key: str, data: bytes, result: dict, compile_ms: float) -> str | None:
        """Store an entry; returns a warning instead of raising when the disk refuses."""
        record = {"key": key, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                  "compile_ms": compile_ms, "created": time.time(), "result": result}
        try:
            self._write_atomic(self._object(key, ".ncx"), data)
            self._write_atomic(self._object(key, ".json"), json.dumps(record).encode())
        except OSError as exc:
            self.write_errors += 1
            self._discard(key)
            return f"cache entry not written ({exc.strerror or exc}); the compile is not cached"
        self._failure(key).unlink(missing_ok=True)
        if self.max_bytes and self.size_bytes() > self.max_bytes:
            self.prune()
        return None

    def _discard(self, key: str) -> None:
        for ext in (".json", ".ncx"):  # the record first: without it the entry is unseen
            try:
                self._object(key, ext).unlink()
            except OSError:
                pass

    # -- aliases -------------------------------------------------------------------------------
    def get_alias(self, request_key: str) -> str | None:
        try:
            canonical = self._alias(request_key).read_text().strip()
        except OSError:
            return None
        return canonical if len(canonical) == 64 and all(c in "0123456789abcdef" for c in canonical) else None

    def put_alias(self, request_key: str, canonical: str) -> None:
        """Best effort (no fsync): a lost or torn alias only costs one parse."""
        try:
            self._write_atomic(self._alias(request_key), canonical.encode(), durable=False)
        except OSError:
            self.write_errors += 1

    # -- failures ------------------------------------------------------------------------------
    def get_failure(self, key: str) -> dict | None:
        path = self._failure(key)
        try:
            record = json.loads(path.read_text())
        except (OSError, ValueError):
            return None
        if record.get("expires", 0) < time.time():
            path.unlink(missing_ok=True)
            return None
        return record

    def put_failure(self, key: str, result: dict) -> str | None:
        record = {"key": key, "expires": time.time() + self.failure_ttl_s, "result": result}
        try:
            self._write_atomic(self._failure(key), json.dumps(record).encode())
        except OSError as exc:
            self.write_errors += 1
            return f"failure not cached ({exc.strerror or exc})"
        return None

    # -- cross-process single flight -------------------------------------------------------------
    @contextmanager
    def compile_lock(self, key: str):
        """Held while this process compiles ``key``; another process waits, then finds the entry."""
        path = self._lock(key)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            yield
        finally:
            try:
                os.unlink(path)
            except OSError:
                pass
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def clear_locks(self) -> int:
        """Remove lock files nobody holds (their process died): the stale locks of a crash."""
        removed = 0
        for path in (self.root / "locks").glob("*.lock"):
            try:
                fd = os.open(path, os.O_RDWR)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue  # held by a live compile
            try:
                path.unlink()
                removed += 1
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
        return removed

    # -- size management -------------------------------------------------------------------------
    def _entries(self) -> list[tuple[float, int, str]]:
        out = []
        for record in (self.root / "objects").glob("*/*.json"):
            try:
                info = record.stat()
                size = info.st_size + self._object(record.stem, ".ncx").stat().st_size
            except OSError:
                continue
            out.append((info.st_mtime, size, record.stem))
        return out

    def size_bytes(self) -> int:
        return sum(size for _, size, _ in self._entries())

    @contextmanager
    def _prune_lock(self):
        fd = os.open(self.root / "prune.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def prune(self, max_bytes: int | None = None) -> dict:
        """Delete least recently used entries down to ``max_bytes``, expired failures and the
        temporary files of interrupted writes."""
        limit = self.max_bytes if max_bytes is None else max_bytes
        removed = freed = 0
        with self._prune_lock():
            for tmp in self.root.rglob(f"{_TMP_PREFIX}*"):
                try:
                    if time.time() - tmp.stat().st_mtime > 60:  # not a write in progress
                        tmp.unlink()
                except OSError:
                    pass
            for failure in (self.root / "failures").glob("*.json"):
                self.get_failure(failure.stem)  # drops it when expired
            for alias in (self.root / "aliases").glob("*/*"):
                target = self.get_alias(alias.name)
                if target is None or not self._object(target, ".json").exists():
                    alias.unlink(missing_ok=True)
            entries = sorted(self._entries())
            total = sum(size for _, size, _ in entries)
            for _, size, key in entries:
                if total <= limit:
                    break
                self._discard(key)
                total -= size
                freed += size
                removed += 1
        return {"removed": removed, "freed_bytes": freed, "bytes": total if entries else 0}

    def clean(self) -> dict:
        removed = 0
        with self._prune_lock():
            for path in list(self.root.rglob("*")):
                if path.is_file() and path.name != "prune.lock" and path.parent.name != "locks":
                    path.unlink(missing_ok=True)
                    removed += 1
        return {"removed_files": removed}

    def stats(self) -> dict:
        entries = self._entries()
        lookups = self.hits + self.misses
        return {"root": str(self.root), "entries": len(entries), "bytes": sum(s for _, s, _ in entries),
                "budget_bytes": self.max_bytes,
                "failures": len(list((self.root / "failures").glob("*.json"))),
                "locks": len(list((self.root / "locks").glob("*.lock"))),
                "hits": self.hits, "misses": self.misses, "corrupt_discarded": self.corrupt,
                "write_errors": self.write_errors,
                "hit_rate": round(self.hits / lookups, 4) if lookups else None}

"""The persistent artifact cache: content-addressed, atomic, checked on read, bounded, shared.

Layout under the cache root (``FORMAT`` versions it; another version's files are ignored)::

    v1/objects/ab/<key>.ncx     the artifact
    v1/objects/ab/<key>.json    its record: its own key, the request keys it answers, size,
                                SHA-256, compile time, the compile's JSON; written last, so an
                                entry without it is incomplete and unseen; its mtime is the last
                                access (LRU)
    v1/aliases/ab/<key>         request key (the model's bytes + flags) -> the entry's key, so an
                                unchanged file is found without parsing it
    v1/failures/<key>.json      a failed compile, served until it expires (TTL), never forever
    v1/locks/<key>.lock         held (flock) by the process compiling <key>; holds its pid
    v1/prune.lock               held while entries are deleted

Every write goes to a temporary file and is renamed into place, so a reader (any process)
sees a whole entry or none; a process killed mid-write leaves a temporary file that the next
prune removes.

Nothing read from the directory is trusted (daemon/cache_records.py): a record must name the
key it is stored under, and the request key it is reached by through an alias; the artifact
must match the record's size and SHA-256; the stored result must decode. Anything else (an
entry copied over another, an alias edited to point elsewhere, a damaged or hand-made record)
is a miss, logged, and the entry is compiled again and replaced. A write that fails (disk
full, read-only directory) is skipped with a warning: the compile still answers.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import signal
import time
from contextlib import contextmanager
from pathlib import Path

from .cache_records import record_problem, result_problem

log = logging.getLogger("nccd")

FORMAT = "v1"
_TMP_PREFIX = ".tmp-"
#: Fault injection for tests/test_daemon.py: the daemon kills itself halfway through an entry.
_KILL_DURING_WRITE = os.environ.get("NCCD_TEST_KILL_DURING") == "cache-write"


class CacheNotWritable(RuntimeError):
    """`cache prune`/`clean`/`clear-locks` on a directory this process cannot change."""


class DiskCache:
    def __init__(self, root: Path, max_bytes: int, failure_ttl_s: float = 300.0):
        self.root = Path(root) / FORMAT
        self.max_bytes = max_bytes
        self.failure_ttl_s = failure_ttl_s
        self.hits = self.misses = self.corrupt = self.write_errors = 0
        #: Why the directory cannot be written (read-only, not ours...), or None: compiles still
        #: answer, nothing is cached, and each compile says so once.
        self.unwritable: str | None = None
        try:
            for sub in ("objects", "aliases", "failures", "locks"):
                (self.root / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            self.unwritable = f"{exc.strerror or exc} ({exc.filename or self.root})"
            log.warning("cache directory %s cannot be written: %s; nothing will be cached", self.root,
                        self.unwritable)

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
    def get(self, key: str, request_key: str | None = None) -> tuple[bytes, dict] | None:
        """The entry stored under ``key`` when every check passes (reached through the alias of
        ``request_key``, when given); a miss otherwise."""
        record_path = self._object(key, ".json")
        try:
            record = json.loads(record_path.read_text())
            data = self._object(key, ".ncx").read_bytes()
        except (OSError, ValueError):
            self.misses += 1
            return None
        problem = record_problem(record, key, data)
        if problem is not None:
            self._reject(key, problem)
            return None
        if request_key is not None and request_key not in record.get("requests", ()):
            # the entry is sound but does not answer this request: the alias points elsewhere
            log.warning("cache: alias %s points to entry %s, which does not answer it: ignored", request_key[:16],
                        key[:16])
            self.corrupt += 1
            self.misses += 1
            _unlink_quietly(self._alias(request_key))
            return None
        try:
            os.utime(record_path)  # the last access, for LRU
        except OSError:
            pass
        self.hits += 1
        return data, record

    def _reject(self, key: str, problem: str) -> None:
        log.warning("cache: entry %s discarded: %s", key[:16], problem)
        self.corrupt += 1
        self.misses += 1
        self._discard(key)

    def put(self, key: str, data: bytes, result: dict, compile_ms: float, requests=()) -> str | None:
        """Store an entry answering the request keys ``requests``; returns a warning instead of
        raising when the disk refuses."""
        if self.unwritable is not None:
            self.write_errors += 1
            return f"cache directory not writable ({self.unwritable}); the compile is not cached"
        record = {"key": key, "requests": sorted(requests), "size": len(data),
                  "sha256": hashlib.sha256(data).hexdigest(), "compile_ms": compile_ms, "created": time.time(),
                  "result": result}
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
        """Best effort (no fsync): a lost or torn alias only costs one parse. The entry's record
        learns the request key first, so the alias is honoured only once the record agrees."""
        if self.unwritable is not None:
            return
        record_path = self._object(canonical, ".json")
        try:
            record = json.loads(record_path.read_text())
            if not isinstance(record, dict) or record.get("key") != canonical:
                return
            requests = record.get("requests")
            requests = list(requests) if isinstance(requests, list) else []
            if request_key not in requests:
                record["requests"] = sorted({*requests, request_key})
                self._write_atomic(record_path, json.dumps(record).encode(), durable=False)
            self._write_atomic(self._alias(request_key), canonical.encode(), durable=False)
        except (OSError, ValueError):
            self.write_errors += 1

    # -- failures ------------------------------------------------------------------------------
    def get_failure(self, key: str) -> dict | None:
        path = self._failure(key)
        try:
            record = json.loads(path.read_text())
        except (OSError, ValueError):
            return None
        expires = record.get("expires") if isinstance(record, dict) else None
        problem = ("not an object" if not isinstance(record, dict)
                   else f"it names key {str(record.get('key'))[:16]}" if record.get("key") != key
                   else "no expiry time" if not isinstance(expires, (int, float))
                   else result_problem(record.get("result")))
        if problem is not None:
            log.warning("cache: failure record %s discarded: %s", key[:16], problem)
            _unlink_quietly(path)
            return None
        if not isinstance(expires, (int, float)) or expires < time.time():
            _unlink_quietly(path)
            return None
        return record

    def put_failure(self, key: str, result: dict) -> str | None:
        if self.unwritable is not None:
            return None  # the compile's own warning already said that nothing is cached
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
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:  # a directory we cannot write: nobody can store the entry, so nothing to share
            yield
            return
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
        if self.unwritable is not None:
            return 0  # nothing could have been locked here
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
    def _prune_lock(self, action: str):
        """Held while entries are deleted; a directory we cannot change is one clear error."""
        try:
            if self.unwritable is not None:
                raise PermissionError(self.unwritable)
            fd = os.open(self.root / "prune.lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise CacheNotWritable(f"cannot {action} the cache {self.root}: {exc.strerror or exc}; "
                                   "it is not writable by this user") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        except OSError as exc:  # the lock file could be opened, but the directory is read-only
            raise CacheNotWritable(f"cannot {action} the cache {self.root}: {exc.strerror or exc}; "
                                   "it is not writable by this user") from None
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def prune(self, max_bytes: int | None = None) -> dict:
        """Delete least recently used entries down to ``max_bytes``, expired failures and the
        temporary files of interrupted writes."""
        limit = self.max_bytes if max_bytes is None else max_bytes
        removed = freed = 0
        with self._prune_lock("prune"):
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
        with self._prune_lock("clean"):
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
                "write_errors": self.write_errors, "unwritable": self.unwritable,
                "hit_rate": round(self.hits / lookups, 4) if lookups else None}


def _unlink_quietly(path: Path) -> None:
    """Remove a file we would rather not serve; a directory we cannot change keeps it (and keeps
    refusing it on every read)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass

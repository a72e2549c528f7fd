"""The remote cache tier: a compile cache shared by a fleet, behind the local disk cache.

The store is an S3 bucket (``s3://bucket/prefix``, any S3-compatible endpoint) or a shared
directory (``file:///shared/dir``, e.g. NFS or FSx). Its layout follows Bazel's remote cache::

    ac/<action key>   a small JSON record: the artifact's SHA-256 and size, format and compiler
                      version, target, producer, time, and the compile's result (diagnostics)
    cas/<sha256>      the .ncx bytes

The action key (:func:`action_key`) covers exactly what decides the artifact: the canonical key
(the program's fingerprint, the semantic flags with the target, the compiler version), the
operator tables, the pass pipelines, the artifact format and the compiler's own code; nothing
machine-specific (no paths, host names or user names).

Reading (every client): AC record, then CAS object; the bytes must match the record's SHA-256
and size and pass the artifact reader's own checks (nothing is executed: the program is a
protobuf, constants are .npy without pickles). Anything else is a miss, logged, never served.

Writing (writers only; a reader issues no writes at all): the CAS object, then the AC record,
each created only if absent (S3 ``If-None-Match: *``; a hard link for a directory): the first
writer wins, nothing is ever overwritten, and a later writer whose program differs is reported
as non-determinism. Only successful compiles are published: failures stay local. There are no
locks in the store: two writers racing on one action both compile, and one of them wins.

Remote trouble never fails a compile: every operation has connect/read timeouts and an overall
deadline, and after repeated failures a circuit breaker stops asking the store for a while.
"""

from __future__ import annotations

import collections
import concurrent.futures
import hashlib
import json
import logging
import os
import socket
import statistics
import threading
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse

log = logging.getLogger("nccd")

SCHEMA = 1
MODES = ("read", "write")
DEFAULT_TIMEOUT_S = 5.0
#: Consecutive failed operations that open the circuit, and how long it stays open.
BREAKER_FAILURES = 3
BREAKER_COOLDOWN_S = 30.0
_STAGING = ".staging"


class RemoteCacheConfigError(ValueError):
    """A remote cache setting that cannot work (bad URL, missing extra): a usage error."""

    def __init__(self, code, message: str):
        super().__init__(message)
        self.code = code


class StoreError(Exception):
    """The store did not answer as it should (unreachable, refused, timed out)."""


@dataclass(frozen=True)
class RemoteSettings:
    url: str
    mode: str = "read"
    timeout_s: float = DEFAULT_TIMEOUT_S

    @property
    def writer(self) -> bool:
        return self.mode == "write"

    @staticmethod
    def from_env(env=None) -> "RemoteSettings | None":
        """NCC_REMOTE_CACHE, NCC_REMOTE_CACHE_MODE, NCC_REMOTE_CACHE_TIMEOUT (None: no remote tier)."""
        env = os.environ if env is None else env
        return settings(env.get("NCC_REMOTE_CACHE"), env.get("NCC_REMOTE_CACHE_MODE"),
                        env.get("NCC_REMOTE_CACHE_TIMEOUT"))


def settings(url: str | None, mode: str | None = None, timeout: str | float | None = None) -> RemoteSettings | None:
    """Checked settings; raises RemoteCacheConfigError with the reason."""
    from nccd.compiler import diagnostics as D

    if not url:
        return None
    mode = (mode or "read").strip().lower()
    if mode not in MODES:
        raise RemoteCacheConfigError(D.REMOTE_CACHE_BAD_SETTING, f"remote cache mode {mode!r}: give read or write")
    try:
        timeout_s = float(timeout) if timeout not in (None, "") else DEFAULT_TIMEOUT_S
    except ValueError:
        timeout_s = -1.0
    if not 0 < timeout_s <= 600:
        raise RemoteCacheConfigError(D.REMOTE_CACHE_BAD_SETTING,
                                     f"remote cache timeout {timeout!r}: give seconds between 0 and 600")
    parse_url(url)
    return RemoteSettings(url, mode, timeout_s)


def parse_url(url: str) -> tuple[str, str, str]:
    """(scheme, bucket or directory, key prefix) of a store URL."""
    from nccd.compiler import diagnostics as D

    parsed = urlparse(url)
    if parsed.scheme == "s3":
        if not parsed.netloc:
            raise RemoteCacheConfigError(D.REMOTE_CACHE_BAD_SETTING, f"remote cache {url!r} names no bucket "
                                         "(give s3://BUCKET/PREFIX)")
        return "s3", parsed.netloc, parsed.path.strip("/")
    if parsed.scheme == "file":
        if parsed.netloc not in ("", "localhost") or not parsed.path.startswith("/"):
            raise RemoteCacheConfigError(D.REMOTE_CACHE_BAD_SETTING, f"remote cache {url!r}: a file URL names "
                                         "an absolute local path (file:///shared/dir)")
        return "file", unquote(parsed.path), ""
    raise RemoteCacheConfigError(D.REMOTE_CACHE_BAD_SETTING, f"remote cache {url!r}: give s3://BUCKET/PREFIX "
                                 "or file:///DIRECTORY")


# -- the action key ----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def compiler_digest() -> str:
    """SHA-256 of what decides an artifact besides the model and flags: the operator tables,
    the pass pipelines (by pass name), the artifact format and the compiler's source files.

    Two machines share entries only when they compile the same way; a patched checkout with the
    same version number does not serve its artifacts to an unpatched one (nor the reverse)."""
    import nccd.compiler as compiler
    from nccd.compiler.artifact import header
    from nccd.compiler.passes import PIPELINES

    h = hashlib.sha256()
    root = Path(compiler.__file__).parent
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json") and path.is_file() and "__pycache__" not in path.parts:
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    pipelines = {level: [getattr(p, "__name__", str(p)) for p in passes] for level, passes in PIPELINES.items()}
    h.update(json.dumps({"format": [header.FORMAT_MAJOR, header.FORMAT_MINOR], "pipelines": pipelines},
                        sort_keys=True).encode())
    return h.hexdigest()


def action_key(canonical_key: str) -> str:
    """The remote key of a compile whose local canonical key is ``canonical_key`` (which already
    covers the fingerprint, semantic flags with the target, and the compiler version)."""
    return hashlib.sha256(f"nccd-action\0{SCHEMA}\0{canonical_key}\0{compiler_digest()}".encode()).hexdigest()


def program_digest(data: bytes) -> str:
    """The canonical fingerprint of the program an artifact holds (names, metadata, creation time
    and UUID ignored), so two compiles of one program on two machines agree, whether they were
    given the text or the proto, and a different program does not."""
    from nccd.compiler.artifact import container
    from nccd.compiler.ir.fingerprint import fingerprint

    return fingerprint(container.unpack(data).module)


# -- stores ------------------------------------------------------------------------------------

class FileStore:
    """A shared directory: write a staging file, then publish it under its name with a hard link,
    which fails when the name exists (someone else published first); nothing is overwritten."""

    def __init__(self, root: str):
        self.root = Path(root)
        self.url = f"file://{root}"

    def get(self, name: str) -> bytes | None:
        try:
            return (self.root / name).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"{exc.strerror or exc} ({self.root / name})") from None

    def put_new(self, name: str, data: bytes) -> bool:
        """True when written, False when the name was already published."""
        target = self.root / name
        staging = self.root / _STAGING / f"{target.name}.{uuid.uuid4().hex}"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            staging.parent.mkdir(parents=True, exist_ok=True)
            with open(staging, "xb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            try:
                os.link(staging, target)
            except FileExistsError:
                return False
            return True
        except OSError as exc:
            raise StoreError(f"{exc.strerror or exc} ({target})") from None
        finally:
            try:
                staging.unlink()
            except OSError:
                pass

    def entries(self, prefix: str):
        """(name, modified time, size) of every object under ``prefix`` ('ac/' or 'cas/')."""
        folder = self.root / prefix
        try:
            paths = sorted(folder.iterdir())
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError(f"{exc.strerror or exc} ({folder})") from None
        for path in paths:
            try:
                info = path.stat()
            except OSError:
                continue
            yield f"{prefix}{path.name}", info.st_mtime, info.st_size

    def delete(self, name: str) -> None:
        try:
            (self.root / name).unlink(missing_ok=True)
        except OSError as exc:
            raise StoreError(f"{exc.strerror or exc} ({self.root / name})") from None

    def staging_leftovers(self, older_than_s: float) -> list[str]:
        """Staging files of writers that died mid-write (gc removes them)."""
        now, out = time.time(), []
        try:
            for path in (self.root / _STAGING).iterdir():
                try:
                    if now - path.stat().st_mtime > older_than_s:
                        out.append(f"{_STAGING}/{path.name}")
                except OSError:
                    pass
        except OSError:
            pass
        return out


class S3Store:
    """An S3 bucket (or any S3-compatible store: NCC_S3_ENDPOINT_URL or AWS_ENDPOINT_URL) through
    boto3 with short timeouts and no retries: the breaker, not botocore, decides when to give up."""

    def __init__(self, bucket: str, prefix: str, timeout_s: float, env=None):
        from nccd.compiler import diagnostics as D

        env = os.environ if env is None else env
        try:
            import boto3
            from botocore.config import Config
        except ImportError:
            raise RemoteCacheConfigError(D.REMOTE_CACHE_NEEDS_EXTRA, "an s3:// remote cache needs boto3: "
                                         "pip install 'nccd[s3]'") from None
        import botocore.exceptions

        self._errors = botocore.exceptions
        self.bucket = bucket
        self.prefix = f"{prefix}/" if prefix else ""
        self.url = f"s3://{bucket}/{prefix}".rstrip("/")
        config = Config(connect_timeout=min(timeout_s, 2.0), read_timeout=timeout_s,
                        retries={"max_attempts": 1, "mode": "standard"}, max_pool_connections=16)
        self.client = boto3.session.Session().client("s3", endpoint_url=env.get("NCC_S3_ENDPOINT_URL") or None,
                                                     config=config)

    def _status(self, exc) -> tuple[str, int]:
        response = getattr(exc, "response", None) or {}
        return (str(response.get("Error", {}).get("Code", "")),
                int(response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0))

    def _fail(self, what: str, exc: Exception) -> StoreError:
        return StoreError(f"{what}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")

    def get(self, name: str) -> bytes | None:
        try:
            response = self.client.get_object(Bucket=self.bucket, Key=self.prefix + name)
            return response["Body"].read()
        except self._errors.ClientError as exc:
            code, status = self._status(exc)
            if code in ("NoSuchKey", "404") or status == 404:
                return None
            raise self._fail(f"GET {name}", exc) from None
        except (self._errors.BotoCoreError, OSError) as exc:
            raise self._fail(f"GET {name}", exc) from None

    def put_new(self, name: str, data: bytes) -> bool:
        try:
            self.client.put_object(Bucket=self.bucket, Key=self.prefix + name, Body=data, IfNoneMatch="*")
            return True
        except self._errors.ClientError as exc:
            code, status = self._status(exc)
            # 412: the object exists; 409: a concurrent conditional write to the same key won
            if status in (409, 412) or code in ("PreconditionFailed", "ConditionalRequestConflict"):
                return False
            raise self._fail(f"PUT {name}", exc) from None
        except (self._errors.BotoCoreError, OSError) as exc:
            raise self._fail(f"PUT {name}", exc) from None

    def entries(self, prefix: str):
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket,
                                                                          Prefix=self.prefix + prefix)
            for page in pages:
                for item in page.get("Contents", ()):
                    yield item["Key"][len(self.prefix):], item["LastModified"].timestamp(), item["Size"]
        except (self._errors.ClientError, self._errors.BotoCoreError, OSError) as exc:
            raise self._fail(f"LIST {prefix}", exc) from None

    def delete(self, name: str) -> None:
        try:
            self.client.delete_object(Bucket=self.bucket, Key=self.prefix + name)
        except (self._errors.ClientError, self._errors.BotoCoreError, OSError) as exc:
            raise self._fail(f"DELETE {name}", exc) from None

    def staging_leftovers(self, older_than_s: float) -> list[str]:
        return []  # a PUT is atomic: S3 never shows half an object


def open_store(remote: RemoteSettings, env=None):
    scheme, where, prefix = parse_url(remote.url)
    if scheme == "file":
        return FileStore(where)
    return S3Store(where, prefix, remote.timeout_s, env)


# -- the circuit breaker -----------------------------------------------------------------------

class CircuitBreaker:
    """Closed: every operation goes to the store. After ``failures`` consecutive failures it opens
    for ``cooldown_s``: operations are skipped (local work answers). Then one probe is let through;
    its success closes the circuit, its failure opens it again."""

    def __init__(self, failures: int = BREAKER_FAILURES, cooldown_s: float = BREAKER_COOLDOWN_S):
        self.failures, self.cooldown_s = failures, cooldown_s
        self._consecutive = 0
        self._open_until = 0.0
        self._probing = False
        self._lock = threading.Lock()
        self.trips = 0

    def allow(self) -> bool:
        with self._lock:
            if self._consecutive < self.failures:
                return True
            if time.monotonic() < self._open_until or self._probing:
                return False
            self._probing = True  # half-open: this one operation decides
            return True

    def success(self) -> None:
        with self._lock:
            self._consecutive, self._probing = 0, False

    def failure(self) -> None:
        with self._lock:
            self._consecutive += 1
            self._probing = False
            if self._consecutive >= self.failures:
                if time.monotonic() >= self._open_until:
                    self.trips += 1
                self._open_until = time.monotonic() + self.cooldown_s

    @property
    def state(self) -> str:
        with self._lock:
            if self._consecutive < self.failures:
                return "closed"
            return "open" if time.monotonic() < self._open_until else "half-open"


# -- the tier ----------------------------------------------------------------------------------

@dataclass
class Lookup:
    """What a remote lookup found: the artifact and its record, or why not (for the answer's notes)."""
    data: bytes | None = None
    record: dict | None = None
    #: "hit", "miss" (not in the store), "rejected" (in the store but wrong), "unavailable"
    outcome: str = "miss"
    reason: str = ""


class RemoteCache:
    def __init__(self, remote: RemoteSettings, store=None, breaker: CircuitBreaker | None = None):
        self.settings = remote
        self.store = store if store is not None else open_store(remote)
        self.breaker = breaker or CircuitBreaker()
        # operations run here so that a hung store costs a compile at most the timeout
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="nccd-remote")
        self._lock = threading.Lock()
        self._latencies: collections.deque[float] = collections.deque(maxlen=1000)
        self.counters = {"hits": 0, "misses": 0, "rejected": 0, "errors": 0, "skipped_open_circuit": 0,
                         "bytes_downloaded": 0, "bytes_uploaded": 0, "published": 0, "already_published": 0,
                         "nondeterministic": 0, "writes": 0}

    @property
    def url(self) -> str:
        return self.settings.url

    def _count(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.counters[name] += n

    def _run(self, operation, *args):
        """``operation(*args)`` within the deadline; StoreError when it fails or takes longer."""
        if not self.breaker.allow():
            self._count("skipped_open_circuit")
            raise StoreError(f"the remote cache {self.url} failed {self.breaker.failures} times in a row; "
                             f"not asked again for {self.breaker.cooldown_s:.0f} s")
        future = self._pool.submit(operation, *args)
        try:
            result = future.result(timeout=self.settings.timeout_s)
        except concurrent.futures.TimeoutError:
            self.breaker.failure()
            self._count("errors")
            raise StoreError(f"the remote cache {self.url} did not answer within {self.settings.timeout_s:g} s") \
                from None
        except StoreError:
            self.breaker.failure()
            self._count("errors")
            raise
        except Exception as exc:  # whatever the client library raises, a compile never fails for it
            log.exception("remote cache: unexpected failure")
            self.breaker.failure()
            self._count("errors")
            raise StoreError(f"{type(exc).__name__}: {exc}") from None
        self.breaker.success()
        return result

    # -- reading -------------------------------------------------------------------------------
    def lookup(self, canonical_key: str) -> Lookup:
        """The verified artifact for a local canonical key, or why there is none. Never raises."""
        started = time.perf_counter()
        key = action_key(canonical_key)
        try:
            found = self._run(self._fetch, key)
        except StoreError as exc:
            log.warning("remote cache: lookup of %s unavailable: %s", key[:16], exc)
            return Lookup(outcome="unavailable", reason=str(exc))
        if found.outcome == "hit":
            self._count("hits")
            self._count("bytes_downloaded", len(found.data))
            with self._lock:
                self._latencies.append((time.perf_counter() - started) * 1e3)
        elif found.outcome == "rejected":
            self._count("rejected")
            self._count("misses")
            log.warning("remote cache: entry %s rejected (a miss): %s", key[:16], found.reason)
        else:
            self._count("misses")
        return found

    def _fetch(self, key: str) -> Lookup:
        raw = self.store.get(f"ac/{key}")
        if raw is None:
            return Lookup(outcome="miss")
        try:
            record = json.loads(raw)
        except ValueError:
            return Lookup(outcome="rejected", reason="the action record is not JSON")
        problem = record_problem(record, key)
        if problem:
            return Lookup(outcome="rejected", reason=problem)
        data = self.store.get(f"cas/{record['sha256']}")
        if data is None:
            return Lookup(outcome="rejected", reason=f"the record names artifact {record['sha256'][:16]}, which "
                                                     "the store does not hold")
        problem = artifact_problem(data, record)
        if problem:
            return Lookup(outcome="rejected", reason=problem)
        return Lookup(data, record, "hit")

    # -- writing -------------------------------------------------------------------------------
    def publish(self, canonical_key: str, data: bytes, result: dict) -> str | None:
        """Upload a successful compile (writers only): CAS object, then AC record, each only if
        absent. Returns a note for the answer (non-determinism, store trouble) or None."""
        if not self.settings.writer or not data:
            return None
        key = action_key(canonical_key)
        try:
            return self._run(self._publish, key, data, result)
        except StoreError as exc:
            log.warning("remote cache: %s not published: %s", key[:16], exc)
            return f"not published to the remote cache: {exc}"

    def _publish(self, key: str, data: bytes, result: dict) -> str | None:
        from nccd.compiler.artifact import container

        digest = hashlib.sha256(data).hexdigest()
        head = container.read_header(data)
        record = {"schema": SCHEMA, "action": key, "sha256": digest, "size": len(data),
                  "program_sha256": program_digest(data), "format_version": head.format_version,
                  "compiler_version": head.compiler_version, "target": head.target,
                  "producer": {"host": socket.gethostname(), "pid": os.getpid()}, "created": time.time(),
                  "result": result}
        self._count("writes")
        if self.store.put_new(f"cas/{digest}", data):
            self._count("bytes_uploaded", len(data))
        self._count("writes")
        if self.store.put_new(f"ac/{key}", json.dumps(record, sort_keys=True).encode()):
            self._count("published")
            return None
        self._count("already_published")
        return self._compare_with_published(key, record)

    def _compare_with_published(self, key: str, ours: dict) -> str | None:
        """The first writer won; a different program under the same action is non-determinism."""
        try:
            theirs = json.loads(self.store.get(f"ac/{key}") or b"null")
        except ValueError:
            theirs = None
        if not isinstance(theirs, dict):
            return None
        if theirs.get("sha256") == ours["sha256"] or theirs.get("program_sha256") == ours["program_sha256"]:
            return None
        self._count("nondeterministic")
        producer = theirs.get("producer")
        host = producer.get("host", "?") if isinstance(producer, dict) else "?"
        message = (f"non-determinism: action {key[:16]} was published by {host} with program "
                   f"{str(theirs.get('program_sha256'))[:16]}; this compile produced {ours['program_sha256'][:16]}")
        log.warning("remote cache: %s", message)
        return message

    # -- administration ------------------------------------------------------------------------
    def gc(self, older_than_s: float, dry_run: bool = False) -> dict:
        """Delete records and artifacts not written for ``older_than_s`` (the only listing of the
        store). Artifacts still named by a kept record stay. Raises StoreError."""
        now = time.time()
        records = list(self.store.entries("ac/"))
        blobs = list(self.store.entries("cas/"))
        keep_digests, removed, freed = set(), [], 0
        for name, mtime, size in records:
            if now - mtime > older_than_s:
                removed.append(name)
                freed += size
                continue
            try:
                record = json.loads(self.store.get(name) or b"null")
                keep_digests.add(record.get("sha256"))
            except (ValueError, AttributeError):
                pass
        for name, mtime, size in blobs:
            if now - mtime > older_than_s and name[len("cas/"):] not in keep_digests:
                removed.append(name)
                freed += size
        removed += self.store.staging_leftovers(max(older_than_s, 3600.0))
        if not dry_run:
            for name in removed:  # records before artifacts: a reader never finds a record without its bytes
                self.store.delete(name)
        return {"url": self.url, "records": len(records), "artifacts": len(blobs), "removed": len(removed),
                "freed_bytes": freed, "dry_run": dry_run}

    def stats(self) -> dict:
        with self._lock:
            counters = dict(self.counters)
            latencies = sorted(self._latencies)
        lookups = counters["hits"] + counters["misses"]
        return {"url": self.url, "mode": self.settings.mode, "timeout_s": self.settings.timeout_s,
                "circuit": self.breaker.state, "circuit_trips": self.breaker.trips, **counters,
                "hit_rate": round(counters["hits"] / lookups, 4) if lookups else None,
                "hit_latency_ms": {"median": round(statistics.median(latencies), 2) if latencies else None,
                                   "p95": round(latencies[int(0.95 * (len(latencies) - 1))], 2) if latencies else None,
                                   "samples": len(latencies)}}

    def close(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=True)


def record_problem(record, key: str) -> str | None:
    """Why an action record cannot be served (None: it can)."""
    from nccd.compiler.artifact import header

    from .cache_records import result_problem

    if not isinstance(record, dict):
        return f"the action record is a {type(record).__name__}, not an object"
    if record.get("schema") != SCHEMA:
        return f"the action record has schema {record.get('schema')!r}, not {SCHEMA}"
    if record.get("action") != key:
        return f"the action record names action {str(record.get('action'))[:16]}, not its own"
    digest = record.get("sha256")
    if not isinstance(digest, str) or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        return "the action record's SHA-256 is not 64 hex digits"
    if not isinstance(record.get("size"), int) or record["size"] <= header.HEADER_SIZE:
        return "the action record's size is not a plausible artifact size"
    return result_problem(record.get("result"))


def artifact_problem(data: bytes, record: dict) -> str | None:
    """Why downloaded bytes are not the artifact the record names (None: they are)."""
    from nccd.compiler.artifact import container
    from nccd.compiler.diagnostics import HloError

    if len(data) != record["size"] or hashlib.sha256(data).hexdigest() != record["sha256"]:
        return "the artifact does not match the record's size and SHA-256 (tampered or damaged)"
    try:
        container.unpack(data, "remote artifact")
    except HloError as exc:
        return f"the artifact does not read: {exc.diagnostics[0].message if exc.diagnostics else exc}"
    return None

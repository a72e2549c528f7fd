"""The remote cache on loopback: a second machine, hit latency, tampering, overwrites, locks.

For each store (S3 through moto's S3 server on 127.0.0.1 with boto3, and a directory):

* **second machine**: machine A (a writer) runs `ncc compile-many` over N distinct BERT-base
  programs with its own local cache; machine B (a reader, another empty local cache) runs the
  same command: how many graphs it found in the store and how many it compiled (target: 100%, 0);
* **hit latency** for a 16 MB artifact (a 2048x2048 f32 constant): AC record + CAS object +
  SHA-256 and artifact checks + backfill into an empty local cache, median and p95 of --repeat
  lookups, each by a fresh engine (the model is parsed before the clock starts);
* **tampered**: every CAS object of the batch with one bit flipped at three places (header,
  payload, last byte), each looked up by a fresh reader: the share rejected (target: 100%);
* **AC overwrite**: a second publication under every existing record name: the share refused;
* **locks**: objects in the store other than ac/ records and cas/ artifacts (target: 0).

    python benchmarks/remote_cache.py [--models 8] [--repeat 20] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from batch import make_models  # noqa: E402  (the same distinct BERT-base programs as the batch figures)

NCC = str(Path(sys.executable).parent / "ncc")
SIDE = 2048  # a SIDE x SIDE f32 constant: a 16 MiB artifact
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench", "AWS_DEFAULT_REGION": "us-east-1"}


def big_model(path: Path) -> None:
    """An HLO proto adding a parameter to a 16 MiB constant (written as a proto: its text would be
    slow to write and to read)."""
    from nccd.compiler.hlo.loader import load_bytes
    from nccd.compiler.hlo.proto_writer import module_to_proto

    small = b"HloModule big_constant\n\nENTRY main {\n  p = f32[2,2] parameter(0)\n" \
            b"  c = f32[2,2] constant({{1,2},{3,4}})\n  ROOT a = f32[2,2] add(p, c)\n}\n"
    proto = module_to_proto(load_bytes(small, "big_constant", None))

    def grow(shape) -> None:
        if list(shape.dimensions) == [2, 2]:
            del shape.dimensions[:]
            shape.dimensions.extend([SIDE, SIDE])

    for computation in proto.computations:
        for instruction in computation.instructions:
            grow(instruction.shape)
            if instruction.opcode == "constant":
                grow(instruction.literal.shape)
                del instruction.literal.f32s[:]
                instruction.literal.f32s.extend(np.random.default_rng(0).standard_normal(SIDE * SIDE)
                                                .astype(np.float32))
        for shape in (*computation.program_shape.parameters, computation.program_shape.result):
            grow(shape)
    for shape in (*proto.host_program_shape.parameters, proto.host_program_shape.result):
        grow(shape)
    path.write_bytes(proto.SerializeToString())


def compile_many(folder: Path, cache: Path, url: str, mode: str, env: dict) -> dict:
    run = subprocess.run([NCC, "--no-daemon", "compile-many", str(folder), "--workers", "2", "--model-type",
                          "transformer", "--json"], capture_output=True, text=True, timeout=1800,
                         env={**os.environ, **env, "NCC_CACHE_DIR": str(cache), "NCC_REMOTE_CACHE": url,
                              "NCC_REMOTE_CACHE_MODE": mode})
    if run.returncode != 0:
        sys.exit(f"compile-many failed ({run.returncode}):\n{run.stderr}")
    return json.loads(run.stdout.splitlines()[-1])


def measure(url: str, env: dict, root: Path, models: Path, big: Path, repeat: int, raw) -> dict:
    from nccd.compiler.options import CompileOptions
    from nccd.daemon.engine import Engine, EngineConfig
    from nccd.daemon.remote_cache import RemoteSettings

    os.environ.update(env)
    count = len(list(models.iterdir()))
    first = compile_many(models, root / "machine-a", url, "write", env)
    second = compile_many(models, root / "machine-b", url, "read", env)

    writer = Engine(EngineConfig(root / "big-writer", remote=RemoteSettings(url, "write", 30.0)))
    published = writer.compile_path(str(big), CompileOptions(), None)
    assert published.ok and writer.remote.counters["published"] == 1, published.diagnostics
    data = big.read_bytes()
    latencies, size = [], 0
    for n in range(repeat):
        reader = Engine(EngineConfig(root / f"big-reader-{n}", remote=RemoteSettings(url, "read", 30.0)))
        keys = reader.cache_keys(data, CompileOptions(), big.name, None)
        started = time.perf_counter()
        found, notes = reader._from_remote(keys.canonical, keys.request)  # AC + CAS + verify + backfill
        latencies.append((time.perf_counter() - started) * 1e3)
        assert found is not None and not notes, notes
        size = len(found.data)
        assert reader.disk.get(keys.canonical) is not None  # backfilled
        reader.remote.close()

    # the batch's artifacts, each tampered with at three places and looked up by a fresh reader
    probe = Engine(EngineConfig(root / "probe"))
    model_of = {_sha_of_published(probe, model, raw): model for model in models.iterdir()}
    trials = rejected = 0
    for digest, model in sorted(model_of.items(), key=lambda item: str(item[1])):
        name = f"cas/{digest}"
        good = raw.read(name)
        for where in (100, len(good) // 2, len(good) - 1):
            damaged = bytearray(good)
            damaged[where] ^= 0x01
            raw.write(name, bytes(damaged))
            reader = Engine(EngineConfig(root / f"tamper-{trials}", remote=RemoteSettings(url, "read", 30.0)))
            result = reader.compile_path(str(model), CompileOptions(model_type="transformer"), None)
            trials += 1
            rejected += result.cache != "remote" and reader.remote.counters["rejected"] == 1
            reader.remote.close()
        raw.write(name, good)

    attempts = refused = 0
    for name in raw.list():
        if name.startswith("ac/"):
            attempts += 1
            refused += writer.remote.store.put_new(name, b'{"forged": true}') is False
    others = [n for n in raw.list() if not n.startswith(("ac/", "cas/"))]
    locks = [n for n in raw.list() if "lock" in n.lower()]
    latencies.sort()
    return {"models": count, "first_machine_compiles": first["compiles"],
            "second_machine_cached": second["summary"]["cached"], "second_machine_compiles": second["compiles"],
            "hit_latency_ms": {"artifact_bytes": size, "median": round(statistics.median(latencies), 1),
                               "p95": round(latencies[int(0.95 * (len(latencies) - 1))], 1), "samples": repeat},
            "tampered_rejected": f"{rejected}/{trials}", "ac_overwrites_refused": f"{refused}/{attempts}",
            "objects_other_than_ac_cas": len(others), "lock_objects": len(locks)}


def _sha_of_published(engine, model: Path, raw) -> str:
    from nccd.compiler.options import CompileOptions
    from nccd.daemon.remote_cache import action_key

    keys = engine.cache_keys(model.read_bytes(), CompileOptions(model_type="transformer"), model.name, None)
    return json.loads(raw.read(f"ac/{action_key(keys.canonical)}"))["sha256"]


class FileRaw:
    def __init__(self, root: Path):
        self.root = root

    def list(self):
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p.is_file())

    def read(self, name):
        return (self.root / name).read_bytes()

    def write(self, name, data):
        (self.root / name).unlink(missing_ok=True)
        (self.root / name).write_bytes(data)


class S3Raw:
    def __init__(self, client, bucket: str, prefix: str):
        self.client, self.bucket, self.prefix = client, bucket, prefix

    def list(self):
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket)
        return sorted(o["Key"][len(self.prefix):] for page in pages for o in page.get("Contents", ()))

    def read(self, name):
        return self.client.get_object(Bucket=self.bucket, Key=self.prefix + name)["Body"].read()

    def write(self, name, data):
        self.client.put_object(Bucket=self.bucket, Key=self.prefix + name, Body=data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", metavar="FILE", help="also write the figures here")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="nccd-remote-bench-", dir="/tmp"))
    models = root / "models"
    models.mkdir()
    make_models(models, args.models)
    big = root / "big_constant.hlo_module.pb"
    big_model(big)
    figures: dict = {"machine": f"{os.cpu_count()} CPUs, loopback"}

    store = root / "shared-dir"
    figures["file"] = measure(f"file://{store}", {}, root / "file", models, big, args.repeat, FileRaw(store))

    try:
        import boto3
        from moto.server import ThreadedMotoServer
    except ImportError:
        print("boto3/moto are not installed: the S3 rows are skipped (pip install -e '.[test]')")
    else:
        import logging

        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's server logs every request
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        try:
            host, port = server.get_host_and_port()
            endpoint = f"http://{host}:{port}"
            env = {**CREDENTIALS, "NCC_S3_ENDPOINT_URL": endpoint}
            os.environ.update(env)
            client = boto3.client("s3", endpoint_url=endpoint)
            client.create_bucket(Bucket="fleet-bench")
            figures["s3"] = measure("s3://fleet-bench/nccd", env, root / "s3", models, big, args.repeat,
                                    S3Raw(client, "fleet-bench", "nccd/"))
        finally:
            server.stop()

    for backend in ("s3", "file"):
        f = figures.get(backend)
        if not f:
            continue
        lat = f["hit_latency_ms"]
        print(f"{backend}: second machine {f['second_machine_cached']}/{f['models']} from the store, "
              f"{f['second_machine_compiles']} compiles (first machine: {f['first_machine_compiles']}); "
              f"hit latency for {lat['artifact_bytes'] / 2**20:.1f} MiB: median {lat['median']} ms, "
              f"p95 {lat['p95']} ms ({lat['samples']} lookups); tampered rejected {f['tampered_rejected']}; "
              f"AC overwrites refused {f['ac_overwrites_refused']}; lock objects {f['lock_objects']}, "
              f"other objects {f['objects_other_than_ac_cas']}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`ncc compile-many --ray` on real Ray clusters on loopback (skipped without the nccd[ray] extra)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import REPO

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'nccd[ray]' to run the Ray tests")

NCC = str(Path(sys.executable).parent / "ncc")
TORCH = REPO / "tests" / "corpus" / "torch"
MODELS = ["mlp", "lstm", "resnet_block", "train_step"]


@pytest.fixture(scope="module")
def cluster_address():
    """One single-node Ray cluster for the module (num_cpus=2, no dashboard)."""
    context = ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield context.address_info["gcs_address"]
    ray.shutdown()


def model_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "models"
    folder.mkdir()
    for name in MODELS:
        shutil.copy(TORCH / name / "module.hlo.txt", folder / f"{name}.hlo")
    (folder / "broken.hlo").write_text("HloModule b\nENTRY e {\n  p = f32[2] parameter(0)\n  ROOT r = f32[2] bogus(p)\n}\n")
    return folder


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def run(args: list[str], cache: Path, env: dict | None = None, **kwargs):
    return subprocess.Popen([NCC, "compile-many", *args, "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "NCC_CACHE_DIR": str(cache), **(env or {})}, **kwargs)


def test_ray_tasks_compile_into_the_cache_and_a_second_batch_compiles_nothing(cluster_address, tmp_path):
    folder, cache = model_folder(tmp_path), tmp_path / "cache"
    proc = run([str(folder), "--ray", cluster_address], cache)
    out, err = proc.communicate(timeout=300)
    assert "Traceback" not in err, err
    stream = [json.loads(line) for line in out.splitlines()]
    assert stream[0]["executor"] == "ray" and stream[-1]["summary"]["ok"] == len(MODELS)
    assert stream[-1]["summary"]["refused"] == 1 and proc.returncode == 1
    # a compile error is an answer: the refused graph ran once, as every other graph did
    assert all(e["attempts"] == 1 for e in stream if e["event"] == "graph")
    assert all(e["worker"] for e in stream if e["event"] == "graph")
    again = run([str(folder), "--ray", cluster_address], cache)
    out, _ = again.communicate(timeout=300)
    done = json.loads(out.splitlines()[-1])
    assert done["compiles"] == 0 and done["summary"]["cached"] == len(MODELS)


def test_a_node_killed_mid_batch_still_completes_the_batch(tmp_path):
    """Two worker nodes of one CPU each; both hold a compile, one node is removed, the batch ends."""
    from ray.cluster_utils import Cluster

    hold = tmp_path / "hold"
    hold.mkdir()
    os.environ["NCCD_TEST_HOLD_BATCH"] = str(hold)  # the nodes' workers inherit it
    try:
        cluster = Cluster(initialize_head=True, connect=False, head_node_args={"num_cpus": 0})
        cluster.add_node(num_cpus=1)
        victim = cluster.add_node(num_cpus=1)
        cluster.wait_for_nodes()
        folder, cache = model_folder(tmp_path), tmp_path / "cache"
        proc = run([str(folder), "--ray", cluster.address], cache)
        deadline = time.monotonic() + 240
        while len(list(hold.glob("started-*"))) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)  # polling for the event (two compiles held), not waiting a fixed time
        assert len(list(hold.glob("started-*"))) >= 2, proc.stderr.read() if proc.poll() is not None else ""
        held = [int(f.read_text() or 0) for f in hold.glob("started-*")]
        cluster.remove_node(victim, allow_graceful=False)
        # the task's worker on the removed node exits once it sees its raylet gone: wait for that
        while all(_alive(pid) for pid in held) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not all(_alive(pid) for pid in held), "no worker of the removed node ended"
        (hold / "release").touch()
        out, err = proc.communicate(timeout=300)
        assert "Traceback" not in err, err
        assert out.endswith("\n") and out.splitlines()[-1].startswith('{"event": "done"'), (out[-2000:], err[-3000:])
        done = json.loads(out.splitlines()[-1])
        assert done["summary"]["ok"] == len(MODELS) and done["summary"]["failed"] == 0
        labels = [f.name.split("-")[1] for f in hold.glob("started-*")]
        assert len(set(labels)) == len(MODELS) + 1  # the driver parses nothing: broken.hlo is a worker's too
        assert done["summary"]["refused"] == 1
        assert max(labels.count(tag) for tag in labels) == 2  # the removed node's task ran again elsewhere
    finally:
        os.environ.pop("NCCD_TEST_HOLD_BATCH", None)
        cluster.shutdown()

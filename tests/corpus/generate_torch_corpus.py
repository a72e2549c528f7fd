#!/usr/bin/env python3
"""Generate the committed PyTorch/XLA HLO test corpus under tests/corpus/torch/.

This is a DEVELOPER tool, the PyTorch counterpart of generate_jax_corpus.py. torch and
torch_xla are used only here, as the producer of the HLO and as the oracle (XLA:CPU); the
product (nccd) and its tests never import them and only read the committed files.

Setup (once, outside the repository):

    python3 -m venv /work/venvs/torch
    /work/venvs/torch/bin/pip install torch==2.9.0 torch_xla==2.9.0

Run (from anywhere; recorded source paths are made repo-relative):

    /work/venvs/torch/bin/python tests/corpus/generate_torch_corpus.py
    /work/venvs/torch/bin/python tests/corpus/generate_torch_corpus.py --only mlp,gpt_block

Each model runs in a fresh process on the XLA CPU device (PJRT_DEVICE=CPU) with
XLA_IR_DEBUG=1 XLA_HLO_DEBUG=1, so every instruction's metadata carries the aten op and the
Python stack it was traced from. Per model, tests/corpus/torch/<model>/ receives (README.md
next to the output has the details):

    module.hlo_module.pb   torch_xla._XLAC._get_xla_tensors_hlo_proto(outputs)
    module.hlo.txt         torch_xla._XLAC._get_xla_tensors_hlo(outputs), the same program as text
    long.hlo.txt           XLA's *.before_optimizations.txt of the graph torch_xla.sync() compiled
    dump.hlo.pb            XLA's *.before_optimizations.hlo.pb (an HloProto) of that graph
    stablehlo.mlir         torch_xla's StableHLO export of the same model (torch.export), when it has one
    inputs.npz             the graph's parameters, in parameter order (arg0, arg1, ...)
    outputs.npz            what XLA:CPU computed for the outputs (out0, out1, ...)

plus tests/corpus/torch/manifest.json for all models. Inputs and weights come from fixed
torch.manual_seed seeds; npz files have fixed zip timestamps; source paths in the metadata are
made relative (everything before tests/corpus/ and up to site-packages/ is removed) so the
output does not depend on where the checkout or the venv lives. Line numbers in the metadata
point into this file, so editing it changes every model's metadata: commit both together.
"""

from __future__ import annotations

import argparse
import copy
# (this line keeps the models' line numbers, which the committed corpus records, where they were)
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib

# The XLA CPU device, with the Python stack in every instruction's metadata; set before torch_xla loads.
os.environ.setdefault("PJRT_DEVICE", "CPU")
os.environ["XLA_IR_DEBUG"] = "1"
os.environ["XLA_HLO_DEBUG"] = "1"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402
import torch_xla  # noqa: E402

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT_ROOT = os.path.join(REPO_ROOT, "tests", "corpus", "torch")
GENERATOR = "tests/corpus/generate_torch_corpus.py"

#: XLA flags for the compile torch_xla.sync() triggers: the pre-optimisation module as text and proto.
DUMP_FLAGS = "--xla_dump_hlo_as_text --xla_dump_hlo_as_proto --xla_dump_large_constants"


# ---------------------------------------------------------------------------------------------
# Models. Each builder returns a Case: the model on the XLA device and its inputs, a function that
# runs one traced step and returns the output tensors, and what torch.export should export.
# Sizes are small on purpose: the committed files stay small and the tests fast.
# ---------------------------------------------------------------------------------------------

class Case:
    def __init__(self, run, export=None, no_export=None):
        self.run = run                # () -> list of XLA tensors: the graph to capture
        self.export = export          # (nn.Module on the CPU, tuple of CPU args) for torch.export
        self.no_export = no_export    # why there is no StableHLO export


def on_device(module: nn.Module, *inputs):
    """A CPU copy for torch.export, and the module and inputs moved to the XLA device."""
    device = torch_xla.device()
    cpu = copy.deepcopy(module)
    return cpu, module.to(device), [t.to(device) for t in inputs]


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(32, 64)
        self.fc2 = nn.Linear(64, 64)
        self.fc3 = nn.Linear(64, 10)

    def forward(self, x):
        x = F.gelu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)


def build_mlp():
    cpu, model, (x,) = on_device(MLP().eval(), torch.randn(8, 32))
    return Case(lambda: [model(x)], (cpu, (x.cpu(),)))


def randomize_batchnorm(module: nn.Module) -> None:
    """Running statistics and affine parameters that are not the identity, so eval mode does something."""
    for bn in module.modules():
        if isinstance(bn, nn.BatchNorm2d):
            bn.running_mean.copy_(torch.randn(bn.num_features) * 0.1)
            bn.running_var.copy_(torch.rand(bn.num_features) + 0.5)
            bn.weight.data.copy_(torch.rand(bn.num_features) + 0.5)
            bn.bias.data.copy_(torch.randn(bn.num_features) * 0.1)


class ConvNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 16, 3, stride=2, padding=1)
        self.bn2 = nn.BatchNorm2d(16)
        self.head = nn.Linear(16, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn1(self.conv1(x))), 2)
        x = F.avg_pool2d(F.relu(self.bn2(self.conv2(x))), 2)
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.head(x)


def build_cnn_batchnorm():
    net = ConvNet().eval()
    randomize_batchnorm(net)
    cpu, model, (x,) = on_device(net, torch.randn(2, 3, 16, 16))
    return Case(lambda: [model(x)], (cpu, (x.cpu(),)))


class BasicBlock(nn.Module):
    """A ResNet basic block that halves the resolution, with a 1x1 projection shortcut."""

    def __init__(self, cin, cout):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=2, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.shortcut = nn.Sequential(nn.Conv2d(cin, cout, 1, stride=2, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        y = F.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return F.relu(y + self.shortcut(x))


def build_resnet_block():
    block = BasicBlock(8, 16).eval()
    randomize_batchnorm(block)
    cpu, model, (x,) = on_device(block, torch.randn(2, 8, 8, 8))
    return Case(lambda: [model(x)], (cpu, (x.cpu(),)))


class GPTBlock(nn.Module):
    """Pre-LN decoder block: causal self-attention through F.scaled_dot_product_attention, tanh-GELU MLP."""

    def __init__(self, d=32, heads=4):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.up = nn.Linear(d, 4 * d)
        self.down = nn.Linear(4 * d, d)

    def forward(self, x):
        b, t, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=-1)
        q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in (q, k, v))
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.proj(y.transpose(1, 2).reshape(b, t, d))
        return x + self.down(F.gelu(self.up(self.ln2(x)), approximate="tanh"))


def build_gpt_block():
    cpu, model, (x,) = on_device(GPTBlock().eval(), torch.randn(2, 8, 32))
    return Case(lambda: [model(x)], (cpu, (x.cpu(),)))


class BertLayer(nn.Module):
    """A BERT encoder layer (post-LN, erf-GELU) with a key padding mask, from nn.TransformerEncoderLayer."""

    def __init__(self):
        super().__init__()
        self.layer = nn.TransformerEncoderLayer(32, 4, dim_feedforward=64, dropout=0.0, activation="gelu",
                                                batch_first=True)

    def forward(self, x, padding):
        return self.layer(x, src_key_padding_mask=padding)


def build_bert_encoder_layer():
    padding = torch.arange(8)[None, :] >= torch.tensor([8, 5])[:, None]  # True = padded position
    cpu, model, (x, pad) = on_device(BertLayer().eval(), torch.randn(2, 8, 32), padding)
    return Case(lambda: [model(x, pad)], (cpu, (x.cpu(), pad.cpu())))


class TwoLayerLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 12, num_layers=2, batch_first=True)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return out, h, c


def build_lstm():
    cpu, model, (x,) = on_device(TwoLayerLSTM().eval(), torch.randn(2, 3, 8))
    return Case(lambda: list(model(x)), (cpu, (x.cpu(),)))


class SmallClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, padding=1)
        self.fc = nn.Linear(4 * 4 * 4, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv(x)), 2)
        return self.fc(x.flatten(1))


def build_train_step():
    device = torch_xla.device()
    model = SmallClassifier().to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    x, labels = torch.randn(4, 1, 8, 8).to(device), torch.randint(0, 10, (4,)).to(device)

    def step():
        optimizer.zero_grad()
        loss = F.cross_entropy(model(x), labels)
        loss.backward()
        optimizer.step()
        return loss

    step()  # the first step creates the momentum buffers; the captured second step uses them
    torch_xla.sync()

    def captured():
        loss = step()
        momentum = [optimizer.state[p]["momentum_buffer"] for p in model.parameters()]
        return [loss, *model.parameters(), *momentum]

    return Case(captured, no_export="torch.export traces a forward graph; a training step (backward and "
                                    "optimizer update) cannot be exported")


class EmbeddingClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(50, 16)
        self.out = nn.Linear(16, 50)

    def forward(self, tokens, targets):
        logits = self.out(self.embed(tokens))
        return F.cross_entropy(logits.flatten(0, 1), targets.flatten(), label_smoothing=0.1)


def build_embedding_cross_entropy():
    cpu, model, (tokens, targets) = on_device(EmbeddingClassifier().eval(), torch.randint(0, 50, (2, 6)),
                                              torch.randint(0, 50, (2, 6)))
    return Case(lambda: [model(tokens, targets)], (cpu, (tokens.cpu(), targets.cpu())))


class IndexOps(nn.Module):
    def forward(self, x, index, src):
        top_values, top_indices = torch.topk(x, 3, dim=-1)
        picked = torch.gather(x, 1, index)
        summed = x.new_zeros(x.shape).scatter_add(1, index, src)
        largest = torch.argmax(x, dim=-1)
        smallest = torch.argmin(x, dim=0)
        best, best_at = torch.max(x, dim=1)
        running = torch.cumsum(x, dim=1)
        return top_values, top_indices, picked, summed, largest, smallest, best, best_at, running


def build_index_ops():
    x = torch.randn(4, 10)
    x[1, 3] = x[1, 7] = x[1].max() + 1.0  # a tie: the first index wins
    index = torch.randint(0, 10, (4, 5))
    src = torch.randn(4, 5)
    cpu, model, (xd, indexd, srcd) = on_device(IndexOps(), x, index, src)
    return Case(lambda: list(model(xd, indexd, srcd)), (cpu, (x, index, src)))


class ArgExtremes(nn.Module):
    """argmax/argmin/max(dim)/min(dim) along both dimensions, on float32, bfloat16 and int32."""

    def forward(self, x, h, i):
        return (x.argmax(1), x.argmin(1), x.max(1).indices, x.min(1).indices, x.argmax(0), x.argmin(0),
                h.argmax(1), h.argmin(0), i.argmax(1), i.argmin(0))


def arg_extreme_rows() -> torch.Tensor:
    """Rows where the first-index rule and NaN handling decide the answer."""
    nan, inf = float("nan"), float("inf")
    rows = [[1, 5, 5, 2, 0], [nan, 1, 2, 3, 3], [1, nan, 2, 3, 3], [1, 2, 3, 3, nan], [3, nan, 1, 0, 0],
            [nan, nan, 1, 2, 2], [nan] * 5, [-inf] * 5, [inf, 1, inf, 2, 2], [0.0, -0.0, 0.0, -0.0, 0.0],
            [-0.0, 0.0, -0.0, 0.0, -0.0], [2] * 5, [5, nan, 7, nan, 7], [nan, -inf, -inf, 1, 1],
            [-inf, nan, -inf, -inf, nan], [4, 4, nan, 4, 4]]
    return torch.tensor(rows)


def build_arg_extremes():
    x = arg_extreme_rows()
    h = torch.randint(-3, 3, (6, 5)).to(torch.bfloat16)  # small integers: many ties
    i = torch.randint(-3, 3, (6, 5), dtype=torch.int32)
    cpu, model, inputs = on_device(ArgExtremes(), x, h, i)
    return Case(lambda: list(model(*inputs)), (cpu, (x, h, i)))


class NonzeroAndMaskedSelect(nn.Module):
    def forward(self, x):
        positive = x > 0
        where = torch.nonzero(positive)  # corpus: dynamic-shape
        values = torch.masked_select(x, positive)  # corpus: dynamic-shape
        return where, values.sum()  # corpus: dynamic-shape


def build_dynamic_shapes():
    cpu, model, (x,) = on_device(NonzeroAndMaskedSelect(), torch.randn(4, 6))
    return Case(lambda: list(model(x)), (cpu, (x.cpu(),)))


def build_bf16_mlp():
    cpu, model, (x,) = on_device(MLP().eval().to(torch.bfloat16), torch.randn(8, 32).to(torch.bfloat16))
    return Case(lambda: [model(x)], (cpu, (x.cpu(),)))


class DropoutMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 32)
        self.fc2 = nn.Linear(32, 8)

    def forward(self, x):
        return self.fc2(F.dropout(F.relu(self.fc1(x)), p=0.5, training=self.training))


def build_dropout_rng():
    cpu, model, (x,) = on_device(DropoutMLP().train(), torch.randn(4, 16))
    return Case(lambda: [model(x)], (cpu, (x.cpu(),)))


#: name -> (builder, description, environment for the worker)
MODELS = {
    "mlp": (build_mlp, "3-layer MLP (Linear, erf-GELU, ReLU), eval.", {}),
    "cnn_batchnorm": (build_cnn_batchnorm, "Conv2d + BatchNorm2d (eval, non-trivial running statistics) + ReLU, "
                      "max_pool2d, strided conv, avg_pool2d, adaptive_avg_pool2d, Linear head.", {}),
    "resnet_block": (build_resnet_block, "ResNet basic block, stride 2, with a 1x1 conv + BatchNorm projection "
                     "shortcut, eval.", {}),
    "gpt_block": (build_gpt_block, "Pre-LN GPT block: fused QKV, causal F.scaled_dot_product_attention, "
                  "tanh-GELU MLP, residuals.", {}),
    "bert_encoder_layer": (build_bert_encoder_layer, "nn.TransformerEncoderLayer (post-LN, GELU, batch_first) with "
                           "a key padding mask, eval (nn.MultiheadAttention inside torch.nn.functional).", {}),
    "lstm": (build_lstm, "2-layer nn.LSTM (hidden 12), batch_first, 3 steps (unrolled by torch_xla); output, h, c.", {}),
    "train_step": (build_train_step, "The second SGD step (lr 0.1, momentum 0.9) of a conv + linear classifier "
                   "with cross-entropy: forward, backward and update; outputs: loss, the 4 updated parameters, "
                   "the 4 momentum buffers.", {}),
    "embedding_cross_entropy": (build_embedding_cross_entropy, "nn.Embedding + Linear + F.cross_entropy with "
                                "label_smoothing=0.1 over int64 targets.", {}),
    "index_ops": (build_index_ops, "torch.topk, gather, scatter_add, argmax, argmin, max(dim) and cumsum; "
                  "x has a tie in row 1.", {}),
    "arg_extremes": (build_arg_extremes, "argmax/argmin/max(dim)/min(dim) on rows with ties, NaN (first, "
                     "middle, last, all), infinities and signed zeros; bfloat16 and int32 with many ties.", {}),
    "dynamic_shapes": (build_dynamic_shapes, "torch.nonzero and torch.masked_select with "
                       "XLA_EXPERIMENTAL=nonzero:masked_select: bounded dynamic shapes.",
                       {"XLA_EXPERIMENTAL": "nonzero:masked_select"}),
    "bf16_mlp": (build_bf16_mlp, "The MLP with bfloat16 weights and inputs.", {}),
    "dropout_rng": (build_dropout_rng, "F.dropout(p=0.5) in training mode: torch_xla's RNG (the seed is a "
                    "parameter).", {}),
}


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------

_SITE_PACKAGES = re.compile(r"^.*/(?:site|dist)-packages/")
_REPO_PREFIX = re.compile(r"^.*/(?=tests/corpus/)")


def canonical_path(path: str) -> str:
    """Repo files relative to the repo, installed packages relative to site-packages."""
    return _REPO_PREFIX.sub("", _SITE_PACKAGES.sub("", path))


def canonical_text(text: str) -> str:
    """The same rewrite inside HLO text (source_file="...") and MLIR locations."""
    return re.sub(r'"(/[^"\n]*)"', lambda m: '"' + canonical_path(m.group(1)) + '"', text)


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    shift = result = 0
    while True:
        byte = buf[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def _encode_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        out.append((value & 0x7F) | (0x80 if value > 0x7F else 0))
        value >>= 7
        if not value:
            return bytes(out)


#: message -> {field number: message kind, or "path" for a string holding a source path}. Field numbers
#: from proto/xla/hlo.proto and xla_data.proto: the only places a proto keeps file names.
_PATH_FIELDS = {
    "HloProto": {1: "HloModuleProto"},
    "HloModuleProto": {3: "HloComputationProto", 17: "StackFrameIndexProto"},
    "HloComputationProto": {2: "HloInstructionProto"},
    "HloInstructionProto": {7: "OpMetadata"},
    "OpMetadata": {3: "path"},
    "StackFrameIndexProto": {1: "path"},
}


def canonical_proto(buf: bytes, kind: str) -> bytes:
    """``buf`` with every source path rewritten by :func:`canonical_path` (lengths re-encoded)."""
    out, i, fields = bytearray(), 0, _PATH_FIELDS.get(kind, {})
    while i < len(buf):
        start = i
        key, i = _varint(buf, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            _, i = _varint(buf, i)
        elif wire in (1, 5):
            i += 8 if wire == 1 else 4
        elif wire == 2:
            size, body = _varint(buf, i)
            i = body + size
            sub = fields.get(number)
            if sub is not None:
                payload = bytes(buf[body:i])
                payload = (canonical_path(payload.decode()).encode() if sub == "path"
                           else canonical_proto(payload, sub))
                out += _encode_varint(key) + _encode_varint(len(payload)) + payload
                continue
        else:
            raise ValueError(f"wire type {wire} in {kind}")
        out += buf[start:i]
    return bytes(out)


def storable(tensor: torch.Tensor) -> tuple[np.ndarray, str, str | None]:
    """(array numpy can save, its real dtype name, what it is stored as when numpy has no such type)."""
    tensor = tensor.detach().cpu().contiguous()
    if tensor.dtype == torch.bfloat16:
        return tensor.view(torch.int16).numpy().view(np.uint16), "bfloat16", "uint16 (raw bits)"
    array = tensor.numpy()
    return array, "bool" if array.dtype == np.bool_ else str(array.dtype), None


def write_npz(path: str, prefix: str, tensors: list[torch.Tensor]) -> list[dict]:
    """A deterministic .npz (fixed zip timestamps) of ``tensors``; returns their manifest entries."""
    entries = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for n, tensor in enumerate(tensors):
            array, dtype, stored_as = storable(tensor)
            entry = {"key": f"{prefix}{n}", "shape": list(array.shape), "dtype": dtype}
            if stored_as:
                entry["stored_as"] = stored_as
            entries.append(entry)
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(entry["key"] + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, buffer.getvalue())
    return entries


_INSTRUCTION = re.compile(r"^\s*(?:ROOT\s+)?%?[^\s=]+ = (.+?) ([a-z][a-z0-9\-]*)\(", re.M)
_CUSTOM_CALL = re.compile(r'custom_call_target="([^"]+)"')
_ENTRY_SIGNATURE = re.compile(r"^ENTRY %\S+ \((.*)\) -> ", re.M)


def entry_parameter_types(text: str) -> list[str]:
    """``['f32[8,16]', 's64[]', ...]`` from the ENTRY line of HLO text."""
    signature = _ENTRY_SIGNATURE.search(text).group(1)
    return re.findall(r"[\w.\-]+: ([a-z0-9]+\[[^\]]*\])", signature)


def hlo_type(tensor: torch.Tensor) -> str:
    names = {torch.float64: "f64", torch.float32: "f32", torch.bfloat16: "bf16", torch.float16: "f16", torch.int64: "s64",
             torch.int32: "s32", torch.bool: "pred", torch.uint8: "u8", torch.int8: "s8"}
    return f"{names[tensor.dtype]}[{','.join(map(str, tensor.shape))}]"


# ---------------------------------------------------------------------------------------------
# Generation (one model per process: XLA numbers modules and instructions with process-wide counters)
# ---------------------------------------------------------------------------------------------

def stablehlo_export(case: Case, out_dir: str, parameters: list[torch.Tensor]) -> dict:
    """torch_xla's StableHLO export of the model, or why there is none."""
    if case.export is None:
        return {"error": case.no_export}
    from torch_xla.stablehlo import StableHLOExportOptions, exported_program_to_stablehlo

    module, args = case.export
    # Without the debug variables: with them torch_xla prints its own export machinery's stack as
    # locations, in a form MLIR parsers do not read. Weights are not exported (torch_xla would convert
    # them to numpy, which has no bfloat16); the inputs are matched to the HLO parameters below.
    debug = {name: os.environ.pop(name) for name in ("XLA_HLO_DEBUG", "XLA_IR_DEBUG")}
    try:
        exported = torch.export.export(module, args)
        program = exported_program_to_stablehlo(exported, StableHLOExportOptions(export_weights=False))
        text = program.get_stablehlo_text()
    except Exception as exc:  # record the reason: the other export's engineer needs it
        return {"error": f"{type(exc).__name__}: {str(exc).strip().splitlines()[0][:400]}"}
    finally:
        os.environ.update(debug)
    with open(os.path.join(out_dir, "stablehlo.mlir"), "w", encoding="utf-8", newline="\n") as f:
        f.write(canonical_text(text))
    meta = program._bundle.stablehlo_funcs[0].meta
    state = exported.state_dict
    arguments, order = [], []
    for location in meta.input_locations:
        kind = location.type_.value
        if kind == "input_arg":
            arguments.append(args[location.position])
            order.append({"kind": "input", "position": location.position})
        elif kind == "parameter":
            arguments.append(state[location.name])
            order.append({"kind": "parameter", "name": location.name})
        else:  # a constant torch_xla lifted out of the graph
            arguments.append(torch.from_numpy(np.asarray(program._bundle.additional_constants[location.position])))
            order.append({"kind": "constant", "position": location.position})
    return {"file": "stablehlo.mlir", "inputs": [
        {**where, "hlo_parameter": same_as(argument, parameters)} for argument, where in zip(arguments, order)]}


def same_as(tensor: torch.Tensor, parameters: list[torch.Tensor]) -> int | None:
    """The number of the HLO parameter holding exactly ``tensor``'s values (None: no parameter does)."""
    for n, parameter in enumerate(parameters):
        if parameter.dtype == tensor.dtype and parameter.shape == tensor.shape and torch.equal(parameter, tensor):
            return n
    return None


def generate_model(name: str, out_dir: str, dump_dir: str, log) -> dict:
    builder, description, env = MODELS[name]
    torch.manual_seed(zlib.crc32(name.encode()))  # a seed per model, whatever the other models are
    case = builder()
    entry = {"description": description, "torch_version": torch.__version__,
             "torch_xla_version": torch_xla.__version__, "environment": env}
    outputs = case.run()
    existing = set(os.listdir(dump_dir))  # tracing may run graphs of its own (sizes of dynamic shapes)
    text = torch_xla._XLAC._get_xla_tensors_hlo(outputs)
    proto = torch_xla._XLAC._get_xla_tensors_hlo_proto(outputs)
    _, parameters = torch_xla._XLAC._get_tensors_xla_device_data_node(outputs)
    want = entry_parameter_types(text)
    got = [hlo_type(t) for t in parameters]
    if got != want:
        raise RuntimeError(f"{name}: device data {got} do not match the ENTRY parameters {want}")
    inputs = [t.cpu() for t in parameters]
    torch_xla._XLAC._xla_sync_multi(outputs, devices=[], wait=True)
    results = [t.cpu() for t in outputs]

    dumped = sorted(set(os.listdir(dump_dir)) - existing)
    long_text = [f for f in dumped if f.endswith(".before_optimizations.txt")]
    long_proto = [f for f in dumped if f.endswith(".before_optimizations.hlo.pb")]
    if len(long_text) != 1 or len(long_proto) != 1:
        raise RuntimeError(f"{name}: expected one compiled graph, XLA dumped {long_text}")
    files = {"module.hlo_module.pb": canonical_proto(proto, "HloModuleProto"),
             "module.hlo.txt": canonical_text(text).encode()}
    with open(os.path.join(dump_dir, long_text[0]), encoding="utf-8") as f:
        files["long.hlo.txt"] = canonical_text(f.read()).encode()
    with open(os.path.join(dump_dir, long_proto[0]), "rb") as f:
        files["dump.hlo.pb"] = canonical_proto(f.read(), "HloProto")
    for file, data in files.items():
        with open(os.path.join(out_dir, file), "wb") as f:
            f.write(data)
    entry["inputs"] = write_npz(os.path.join(out_dir, "inputs.npz"), "arg", inputs)
    entry["outputs"] = write_npz(os.path.join(out_dir, "outputs.npz"), "out", results)
    entry["stablehlo"] = stablehlo_export(case, out_dir, inputs)
    entry["module_name"] = re.match(r"HloModule (\S+),", text).group(1)
    entry["dump_module_name"] = re.match(r"HloModule (\S+),", files["long.hlo.txt"].decode()).group(1)
    entry["opcodes"] = sorted({m.group(2) for m in _INSTRUCTION.finditer(text)})
    entry["instruction_count"] = sum(1 for _ in _INSTRUCTION.finditer(text))
    entry["custom_call_targets"] = sorted(set(_CUSTOM_CALL.findall(text)))
    entry["files"] = sorted(os.listdir(out_dir))
    entry["bytes"] = sum(os.path.getsize(os.path.join(out_dir, f)) for f in entry["files"])
    log(f"  {entry['instruction_count']} instructions, {len(entry['opcodes'])} opcodes, {entry['bytes']} bytes, "
        f"stablehlo: {entry['stablehlo'].get('file') or entry['stablehlo']['error']}")
    return entry


def run_worker(name: str, entry_out: str, dump_dir: str, log) -> None:
    out_dir = os.path.join(OUT_ROOT, name)
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    log(f"[{name}]")
    entry = generate_model(name, out_dir, dump_dir, log)
    with open(entry_out, "w", encoding="utf-8") as f:
        json.dump(entry, f)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="comma-separated model names (others keep their entries)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--entry-out", help=argparse.SUPPRESS)
    parser.add_argument("--dump-dir", help=argparse.SUPPRESS)
    parser.add_argument("-q", "--quiet", action="store_true")
    ns = parser.parse_args(argv)
    log = (lambda *a: None) if ns.quiet else (lambda *a: print(*a, file=sys.stderr, flush=True))
    if ns.worker:
        run_worker(ns.worker, ns.entry_out, ns.dump_dir, log)
        return 0

    only = [n for n in ns.only.split(",") if n]
    unknown = set(only) - set(MODELS)
    if unknown:
        parser.error(f"unknown models: {sorted(unknown)}")
    os.makedirs(OUT_ROOT, exist_ok=True)
    manifest_path = os.path.join(OUT_ROOT, "manifest.json")
    models = {}
    if only and os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            models = json.load(f)["models"]
    for name, (_, _, env) in MODELS.items():
        if only and name not in only:
            continue
        with tempfile.TemporaryDirectory(prefix="nccd_torch_") as work:
            dump_dir = os.path.join(work, "dump")
            os.makedirs(dump_dir)
            entry_out = os.path.join(work, "entry.json")
            worker_env = {**os.environ, **env, "XLA_FLAGS": f"--xla_dump_to={dump_dir} {DUMP_FLAGS}"}
            command = [sys.executable, os.path.abspath(__file__), "--worker", name, "--entry-out", entry_out,
                       "--dump-dir", dump_dir] + (["-q"] if ns.quiet else [])
            code = subprocess.run(command, cwd=REPO_ROOT, env=worker_env).returncode
            if code != 0:
                print(f"model {name} failed (exit {code})", file=sys.stderr)
                return code
            with open(entry_out, encoding="utf-8") as f:
                models[name] = json.load(f)
    manifest = {
        "generator": GENERATOR,
        "torch_version": torch.__version__,
        "torch_xla_version": torch_xla.__version__,
        "device": "PJRT_DEVICE=CPU (XLA:CPU is the oracle)",
        "debug_environment": {"XLA_IR_DEBUG": "1", "XLA_HLO_DEBUG": "1"},
        "dump_flags": DUMP_FLAGS,
        "source_path_canonicalization": "everything before 'tests/corpus/' and up to 'site-packages/' is removed "
                                        "from source paths in texts and protos",
        "models": {name: models[name] for name in MODELS if name in models},
    }
    with open(manifest_path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    log(f"{len(manifest['models'])} models")
    return 0


if __name__ == "__main__":
    sys.exit(main())

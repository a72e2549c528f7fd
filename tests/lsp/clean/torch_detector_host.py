"""A small detector with the host-side and guarded code real models have: nothing here breaks a graph or
synchronises on the device, and the language server must say nothing (tests/test_lsp_rules.py)."""

import math
from typing import Dict, List, Optional

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from PIL import Image
from torch import Tensor

from .kernels import fast_attention, is_proxy

try:
    from flash_attn import flash_attn_func
except ImportError:
    flash_attn_func = None


def default(value, fallback):
    return value if value is not None else fallback


class Backbone(nn.Module):
    def __init__(self, dim, levels=3, layer_drop=0.1):
        super().__init__()
        self.blocks = nn.ModuleList(nn.Conv2d(dim, dim, 3, padding=1) for _ in range(levels))
        self.layer_drop = layer_drop
        self.threshold = 0.5
        self.register_buffer("scale", torch.ones(dim))

    def forward(self, images, length, memories, threshold=None, cache=None):
        if memories:
            images = images + memories[-1]
        if length > images.shape[-1]:
            images = F.pad(images, (0, length - images.shape[-1]))
        images = images[..., :length]
        threshold = default(threshold, self.threshold)
        if threshold > 0:
            images = images * (images.abs() > threshold)
        feats = {}
        for i, block in enumerate(self.blocks):
            if self.training and torch.rand([]) < self.layer_drop:
                continue
            images = block(images) * self.scale[None, :, None, None]
            feats[str(i)] = images
        if isinstance(cache, tuple):
            cache, extra = cache
        else:
            extra = [cache]
        if extra:
            feats["extra"] = images
        if "0" in feats:
            feats["first"] = feats["0"]
        return feats


class Head(nn.Module):
    def __init__(self, dim, classes):
        super().__init__()
        self.cls = nn.Conv2d(dim, classes, 1)
        self.impl = "sdpa"
        self.heads = 4

    def forward(self, feats: Dict[str, Tensor], mask: Optional[Tensor] = None):
        logits = [self.cls(f).flatten(2) for f in feats.values()]
        if not torch.jit.is_tracing():
            assert all(not torch.isnan(x).any() for x in logits), "NaN logits"
        if self.impl == "flash_attention_2":
            if mask is not None and 0.0 in mask:
                return torch.cat(logits, dim=-1)
        if is_proxy(logits[0]):
            return logits[0]
        return torch.cat(logits, dim=-1)

    @torch.compiler.disable
    def describe(self, logits):
        return f"max logit {logits.max().item():.3f}"


class CudaAttention(nn.Module):
    """Only ever built where FlashAttention is installed."""

    def forward(self, q, k, v, lengths):
        longest = int(lengths.max().item())
        return flash_attn_func(q[:, :longest], k[:, :longest], v[:, :longest], causal=True)


class Attention(nn.Module):
    def forward(self, q, k, v):
        if q.device.type == "cuda":
            torch.cuda.synchronize()
            print("attention on", q.device, q.abs().max().item())
            return fast_attention(q, k, v)
        if torch.compiler.is_compiling():
            return F.scaled_dot_product_attention(q, k, v)
        weights = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1]), dim=-1)
        if weights.isnan().any():
            weights = torch.nan_to_num(weights)
        return weights @ v


def _resize(image: Tensor, size: float) -> Tensor:
    if torch.jit.is_tracing():
        return F.interpolate(image[None], scale_factor=size)[0]
    shape = torch.tensor(image.shape[-2:])
    factor = (size / shape.min()).item()
    keep = torch.ones(image.shape[0])
    keep[0] = 0
    image = image[keep.bool()]
    return F.interpolate(image[None], scale_factor=factor)[0]


def window(length):
    bins = torch.from_numpy(np.hanning(length)).float()
    return bins[bins > 0.1]


def to_array(x: Tensor) -> np.ndarray:
    return x.detach().cpu().numpy()


class Postprocess(nn.Module):
    """Turns detections into what a user sees: runs on the host after the model."""

    def forward(self, boxes: Tensor, scores: Tensor, labels: List[str]):
        keep = scores > 0.5
        results = []
        for box, score, label in zip(boxes[keep], scores[keep], labels):
            results.append({"box": box.tolist(), "score": float(score), "label": label})
        return results


class Render(nn.Module):
    def forward(self, image: Tensor):
        pixels = (image.clamp(0, 1) * 255).byte().permute(1, 2, 0).cpu().numpy()
        return Image.fromarray(pixels)


class Detector(nn.Module):
    def __init__(self, dim=32, classes=5):
        super().__init__()
        self.backbone = Backbone(dim)
        self.head = Head(dim, classes)
        self.attention = Attention()

    def forward(self, images, targets: Optional[List[Dict[str, Tensor]]] = None):
        feats = self.backbone(images, images.shape[-1], [])
        logits = self.head(feats)
        if targets is not None:
            for target in targets:
                if "boxes" not in target:
                    raise ValueError("targets need boxes")
        return self.attention(logits, logits, logits)

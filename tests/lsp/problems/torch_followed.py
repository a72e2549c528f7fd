"""Problems found only by following tensors: buffers, containers, submodules, local instances, annotated
helpers, masked stores. `# expect: CODE` marks the line a finding must start on (tests/test_lsp_rules.py)."""

from typing import Dict, List

import torch
import torch.nn as nn
import torchvision
from torch import Tensor


class Gate(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.proj = nn.Linear(dim, 1)

    def forward(self, x):
        return self.proj(x).squeeze(-1) > 0


class Running:
    """A plain object the model keeps statistics in."""

    def __init__(self):
        self.seen = 0

    def update(self, values):
        self.seen += 1
        return values.abs().max().item()  # expect: NCC-W200


class Codebook(nn.Module):
    def __init__(self, size, dim):
        super().__init__()
        self.gate = Gate(dim)
        self.register_buffer("ready", torch.tensor(False))
        self.register_buffer("usage", torch.zeros(size))
        self.decay = 0.99
        self.entries = nn.Parameter(torch.randn(size, dim))

    def forward(self, x, levels: Dict[str, Tensor], labels: Tensor, scores: Tensor):
        if not self.ready:  # expect: NCC-E200
            self.usage.mul_(self.decay)
        chosen = x[self.gate(x)]  # expect: NCC-E211
        feats = list(levels.values())
        self._check_levels(feats)
        first, rest = self._split(x)
        peak = first.item()  # expect: NCC-W200
        tracker = Running()
        largest = tracker.update(rest)
        if 0.0 in scores:  # expect: NCC-E200
            scores = scores + 1e-6
        weights = torch.ones_like(scores)
        weights[labels == 0] = 0.0  # expect: NCC-W202
        weights[labels < 0] += 0.5  # expect: NCC-W202
        refined = scores.clone()
        refined[scores > 1] = weights[scores > 1]  # expect: NCC-E211, NCC-W202
        count = (labels > 0).sum()
        normalised = scores.sum() / max(1, count)  # expect: NCC-E200
        mixed = x.cpu().numpy()  # expect: NCC-W200
        return chosen, peak, largest, weights, refined, normalised, mixed

    def _check_levels(self, feats: List[Tensor]):
        for level in feats:
            if level.abs().max() > 100:  # expect: NCC-E200
                level.clamp_(-100, 100)

    def _split(self, x):
        return x[:1].sum(), x[1:]


def keep_large(boxes: Tensor, min_size: float) -> Tensor:
    widths = boxes[:, 2] - boxes[:, 0]
    keep = widths >= min_size
    return torch.where(keep)[0]  # expect: NCC-E210


def first_over(scores, limit):
    # type: (Tensor, float) -> Tensor
    return torch.nonzero(scores > limit)  # expect: NCC-E210


def suppress(boxes: Tensor, scores: Tensor) -> Tensor:
    keep = torchvision.ops.nms(boxes, scores, 0.5)  # expect: NCC-E210
    if boxes.isnan().any() or scores.isnan().any():  # expect: NCC-E200
        bad = torch.where(boxes.isnan().any(dim=1))[0]
        raise ValueError(f"boxes {boxes[bad].tolist()} are not numbers")
    return keep

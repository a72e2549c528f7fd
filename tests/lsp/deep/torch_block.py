"""A small PyTorch block with what the deep check finds only by running torch: a graph break on a
tensor's value, a host read, a sort the inf1 operator table refuses, and a branch on a value read from
a tensor that torch.export cannot guard. Written for nccd's tests."""

import torch
from torch import nn


# ncc: entry build=Gate(width=16, keep=4) x=f32[2,16]
class Gate(nn.Module):
    def __init__(self, width, keep):
        super().__init__()
        self.proj = nn.Linear(width, width)
        self.keep = keep

    def forward(self, x):
        h = torch.relu(self.proj(x))
        scale = float(h.abs().max().item())
        if h.mean() > 0:
            h = h / (scale + 1.0)
        ranked = torch.sort(h, dim=-1).values
        return ranked[..., : self.keep]


# ncc: entry x=f32[8]
def pick(x):
    count = int((x > 0).sum())
    if count > 3:
        return x * 2
    return x


# ncc: entry x=f32[4,8] w=f32[8,8]
def mix(x, w):
    return torch.tanh(x @ w) * 0.5

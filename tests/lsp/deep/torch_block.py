"""A small PyTorch block with what the deep check finds only by running torch: a graph break on a
tensor's value, a host read, and a sort the inf1 operator table refuses. Written for nccd's tests."""

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


# ncc: entry x=f32[4,8] w=f32[8,8]
def mix(x, w):
    return torch.tanh(x @ w) * 0.5

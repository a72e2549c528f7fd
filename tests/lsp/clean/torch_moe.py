"""A mixture-of-experts layer with static shapes: top-k routing, one-hot dispatch, capacity by masking."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class Expert(nn.Module):
    def __init__(self, d_model, d_ff):
        super().__init__()
        self.w1 = nn.Linear(d_model, d_ff)
        self.w2 = nn.Linear(d_ff, d_model)

    def forward(self, x):
        return self.w2(F.silu(self.w1(x)))


class MoE(nn.Module):
    def __init__(self, d_model=256, d_ff=1024, num_experts=8, top_k=2, capacity_factor=1.25):
        super().__init__()
        self.router = nn.Linear(d_model, num_experts, bias=False)
        self.experts = nn.ModuleList([Expert(d_model, d_ff) for _ in range(num_experts)])
        self.num_experts = num_experts
        self.top_k = top_k
        self.capacity_factor = capacity_factor

    def forward(self, x, aux_loss_weight: float = 0.01):
        batch, seq, d = x.shape
        tokens = x.reshape(-1, d)
        logits = self.router(tokens)
        probs = logits.softmax(dim=-1)
        weights, chosen = torch.topk(probs, self.top_k, dim=-1)
        weights = weights / weights.sum(dim=-1, keepdim=True)
        dispatch = F.one_hot(chosen, num_classes=self.num_experts).to(x.dtype)
        load = torch.bincount(chosen.flatten(), minlength=self.num_experts)
        capacity = int(self.capacity_factor * tokens.shape[0] * self.top_k / self.num_experts)
        position = torch.cumsum(dispatch, dim=0) * dispatch
        keep = (position <= capacity).to(x.dtype) * dispatch
        out = torch.zeros_like(tokens)
        for e, expert in enumerate(self.experts):
            gate = (keep[..., e] * weights).sum(dim=-1, keepdim=True)
            out = out + gate * expert(tokens)
        importance = probs.mean(dim=0)
        aux = (importance * load.to(x.dtype) / tokens.shape[0]).sum() * self.num_experts
        mask = torch.isfinite(out)
        out = torch.where(mask, out, torch.zeros_like(out))
        return out.reshape(batch, seq, d), aux * aux_loss_weight


def route_statistics(model: MoE, x: torch.Tensor):
    """Host-side analysis: unique and nonzero are fine here, this is not compiled."""
    with torch.no_grad():
        chosen = model.router(x.reshape(-1, x.shape[-1])).argmax(-1)
        used = torch.unique(chosen)
        idle = torch.nonzero(torch.bincount(chosen) == 0)
    return used.tolist(), idle.cpu().numpy()

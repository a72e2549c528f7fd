"""Every PyTorch rule once. `# expect: CODE` marks the line a finding must start on (tests/test_lsp_rules.py)."""

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class Router(nn.Module):
    def __init__(self, d, experts):
        super().__init__()
        self.gate = nn.Linear(d, experts)

    def is_empty(self, x):
        return x.sum() == 0

    def scale(self, x, factor):
        if factor.max() > 1:  # expect: NCC-E200
            return x / factor
        return x

    def forward(self, x, mask: torch.Tensor, repeats, lengths: torch.Tensor, training: bool = False):
        logits = self.gate(x)
        if logits.mean() > 0:  # expect: NCC-E200
            logits = logits - 1
        if training and logits.std() > 1:  # expect: NCC-E200
            logits = logits / 2
        if self.is_empty(x):  # expect: NCC-E200
            return x
        y = self.scale(x, lengths)
        while y.norm() > 10:  # expect: NCC-E201
            y = y / 2
        assert (y >= 0).all(), "negative"  # expect: NCC-E202
        flag = bool(mask.any())  # expect: NCC-E200
        both = mask and y  # expect: NCC-E200
        worst = max(y, x)  # expect: NCC-E200
        z = y if y.sum() > 0 else -y  # expect: NCC-E200
        picked = [t for t in y if t.sum() > 0]  # expect: NCC-E200
        count = logits.argmax().item()  # expect: NCC-W200
        rows = y.tolist()  # expect: NCC-W200
        host = y.cpu()  # expect: NCC-W200
        arr = y.detach().numpy()  # expect: NCC-W200
        moved = y.to("cpu")  # expect: NCC-W200
        scalar = float(y.sum())  # expect: NCC-W200
        n = int(lengths.max())  # expect: NCC-W200
        copy = np.asarray(y)  # expect: NCC-W200
        print("logits", logits)  # expect: NCC-W201
        print(f"y={y}")  # expect: NCC-W201
        idx = torch.nonzero(mask)  # expect: NCC-E210
        idx2 = mask.nonzero()  # expect: NCC-E210
        where = torch.argwhere(mask)  # expect: NCC-E210
        sel = torch.masked_select(x, mask)  # expect: NCC-E210
        uniq = torch.unique(idx)  # expect: NCC-E210
        consecutive = idx.unique_consecutive()  # expect: NCC-E210
        cond_idx = torch.where(mask)  # expect: NCC-E210
        pos = x[mask]  # expect: NCC-E211
        neg = x[x < 0]  # expect: NCC-E211
        valid = lengths > 0
        rows2 = x[:, valid]  # expect: NCC-E211
        counts = torch.bincount(idx.flatten())  # expect: NCC-E212
        expanded = torch.repeat_interleave(x, repeats, dim=0)  # expect: NCC-E212
        expanded2 = x.repeat_interleave(lengths)  # expect: NCC-E212
        onehot = F.one_hot(idx)  # expect: NCC-E212
        spectrum = torch.fft.rfft(y)  # expect: NCC-E220
        solved = torch.linalg.solve(y, x)  # expect: NCC-E220
        branch = torch.cond(y.sum() > 0, lambda a: a + 1, lambda a: a - 1, (y,))  # expect: NCC-E220
        ids = torch.arange(16, device=x.device).view(4, 4)
        product = ids @ ids  # expect: NCC-W220
        product2 = torch.matmul(ids, ids.long())  # expect: NCC-W220
        fine = [
            x.shape[0] > 1,
            torch.where(mask, x, 0.0),
            torch.nonzero_static(mask, size=8),
            torch.bincount(idx.flatten(), minlength=8),
            torch.repeat_interleave(x, 2, dim=0),
            x.repeat_interleave(repeats, output_size=32),
            F.one_hot(idx, num_classes=8),
            F.one_hot(idx, 8),
            len(x),
            x.size(0) + 1,
        ]
        ignored = y.item()  # ncc: ignore[NCC-W200]
        also_ignored = y.item()  # ncc: ignore
        return logits, fine

# Is the MSE-optimal output under exposure doubt brighter in the darks? Average y**exp(k) over k ~ N(0, sd).
import os, torch, numpy as np
from llgan.data import dataset_pairs, scene_split, load_pairs
from llgan.models import load_model, run_generator
torch.set_num_threads(1)
LOL = os.environ['LLGAN_LOL']
tr, va = scene_split(dataset_pairs(LOL, 'our485'), 0.1, 42)
m = load_model('default').eval()
sds = [0, 0.1, 0.15, 0.2, 0.25, 0.3]
kk = np.linspace(-3, 3, 13)
for name, pairs in [('valid', va), ('train60', tr[::7])]:
    P = []
    with torch.inference_mode():
        for low, high in load_pairs(pairs, progress=False):
            x = torch.from_numpy(low.copy()).permute(2, 0, 1)[None].float() / 255 * 2 - 1
            y = ((run_generator(m, x) + 1) / 2)[0].clamp(1e-4, 1)
            h = torch.from_numpy(high.copy()).permute(2, 0, 1).float() / 255
            row = []
            for sd in sds:
                w = np.exp(-kk ** 2 / 2); w /= w.sum()
                ys = sum(wi * y ** np.exp(sd * ki) for wi, ki in zip(w, kk)) if sd else y
                row.append(float(10 * torch.log10(1 / ((torch.round(ys * 255) / 255 - h) ** 2).mean())))
            P.append(row)
    print(name, len(P), dict(zip(sds, np.round(np.mean(P, 0), 3))), flush=True)

# Per-image exposure: can cheap input statistics predict the best gamma scale of the shipped default's output, on held-out scenes?
import os, torch, numpy as np, time
from llgan.data import dataset_pairs, scene_split, load_pairs, scene_groups
from llgan.models import load_model, run_generator
torch.set_num_threads(2)
LOL = os.environ['LLGAN_LOL']
m = load_model('default').eval()
ks = np.linspace(-0.8, 0.8, 81)
res = {}
for split in ['our485', 'eval15']:
    pairs = dataset_pairs(LOL, split)
    arrs = load_pairs(pairs, progress=False)
    Y, F, L, Hm = [], [], [], []
    t = time.time()
    rows = []
    with torch.inference_mode():
        for low, high in arrs:
            x = torch.from_numpy(low).permute(2, 0, 1)[None].float() / 255 * 2 - 1
            y = ((run_generator(m, x) + 1) / 2)[0]  # (3,H,W) in [0,1]
            h = torch.from_numpy(high).permute(2, 0, 1).float() / 255
            yc = y.clamp(1e-4, 1)
            mse = torch.stack([((torch.round(yc ** np.exp(k) * 255) / 255 - h) ** 2).mean() for k in ks])
            rows.append(dict(mse=mse.numpy(), ymean=float(y.mean()), hmean=float(h.mean()), lmean=float(x.add(1).div(2).mean())))
    print(split, len(arrs), time.time() - t, flush=True)
    res[split] = dict(rows=rows, names=[os.path.basename(a) for a, _ in pairs], groups=scene_groups(pairs) if split == 'our485' else None, low=[a for a, _ in pairs])
torch.save(res, 'checkpoints/exposure-probe/expo_cv.pt')

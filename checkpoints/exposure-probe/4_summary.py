import os, torch, numpy as np
from llgan.data import dataset_pairs, scene_split, read_image
LOL = os.environ['LLGAN_LOL']
r = torch.load('checkpoints/exposure-probe/expo_cv.pt', weights_only=False)
ks = np.linspace(-0.8, 0.8, 81)
pairs = dataset_pairs(LOL, 'our485'); tr, va = scene_split(pairs, 0.1, 42)
vset = set(a for a, _ in va)
def psnr(m): return 10 * np.log10(1 / m)
for split in ['our485', 'eval15']:
    rows = r[split]['rows']; low = r[split]['low']
    M = np.stack([x['mse'] for x in rows]); kb = ks[M.argmin(1)]
    isv = np.array([a in vset for a in low]) if split == 'our485' else np.ones(len(low), bool)
    for nm, sel in [('train', ~isv), ('valid', isv)] if split == 'our485' else [('eval15', isv)]:
        base = psnr(M[sel, 40]).mean(); orc = psnr(M[sel].min(1)).mean()
        print(split, nm, sel.sum(), 'base %.2f oracle %.2f  k* mean %.3f sd %.3f' % (base, orc, kb[sel].mean(), kb[sel].std()))
rows = r['eval15']['rows']; M = np.stack([x['mse'] for x in rows])
for n, row, x in zip(r['eval15']['names'], M, rows):
    print(n, 'base %.2f oracle %.2f k* %.2f  ymean %.3f hmean %.3f' % (psnr(row[40]), psnr(row.min()), ks[row.argmin()], x['ymean'], x['hmean']))

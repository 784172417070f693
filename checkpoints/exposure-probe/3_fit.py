import os, torch, numpy as np
from llgan.data import dataset_pairs, scene_split
from sklearn.linear_model import RidgeCV
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import GroupKFold
LOL = os.environ['LLGAN_LOL']
r = torch.load('checkpoints/exposure-probe/expo_cv.pt', weights_only=False); Fz = np.load('checkpoints/exposure-probe/expo_feat.npz')
ks = np.linspace(-0.8, 0.8, 81)
pairs = dataset_pairs(LOL, 'our485'); tr, va = scene_split(pairs, 0.1, 42); vset = set(a for a, _ in va)
low = r['our485']['low']; isv = np.array([a in vset for a in low])
M = np.stack([x['mse'] for x in r['our485']['rows']]); kb = ks[M.argmin(1)]
ym = np.log([x['ymean'] for x in r['our485']['rows']])
F = np.c_[Fz['our485'], ym]
gid = np.zeros(485, int)
for g, idx in enumerate(r['our485']['groups']): gid[idx] = g
def psnr_at(Mrow, k): return 10 * np.log10(1 / np.interp(k, ks, Mrow))
def score(sel, kp): return np.mean([psnr_at(M[i], k) for i, k in zip(np.where(sel)[0], kp)])
Xt, yt = F[~isv], kb[~isv]
print('valid base %.3f  oracle %.3f' % (score(isv, np.zeros(isv.sum())), score(isv, kb[isv])))
print('corr of k* with features (train):', np.round([np.corrcoef(F[~isv, j], yt)[0, 1] for j in range(F.shape[1])], 2))
for name, mk in [('ridge', lambda: RidgeCV(alphas=np.logspace(-2, 3, 20))), ('gbr', lambda: GradientBoostingRegressor(n_estimators=100, max_depth=2, learning_rate=0.05, subsample=0.8))]:
    # group CV within train
    cvp = np.zeros((~isv).sum())
    for a, b in GroupKFold(5).split(Xt, yt, gid[~isv]):
        cvp[b] = mk().fit(Xt[a], yt[a]).predict(Xt[b])
    base_tr = score(~isv, np.zeros((~isv).sum()))
    for shrink in [0.5, 1.0]:
        print(name, 'shrink', shrink, 'train-CV %.3f -> %.3f' % (base_tr, score(~isv, cvp * shrink)), end='  ')
        mdl = mk().fit(Xt, yt); print('valid %.3f' % score(isv, mdl.predict(F[isv]) * shrink))

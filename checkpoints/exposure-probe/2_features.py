import os, torch, numpy as np
from llgan.data import dataset_pairs, read_image
LOL = os.environ['LLGAN_LOL']
r = torch.load('checkpoints/exposure-probe/expo_cv.pt', weights_only=False)
qs = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999]
out = {}
for split in ['our485', 'eval15']:
    F = []
    for a in r[split]['low']:
        x = read_image(a).astype(np.float32) / 255
        y = x @ np.array([.299, .587, .114], np.float32)
        ly = np.log(y + 1 / 255)
        f = list(np.quantile(ly, qs)) + [ly.mean(), ly.std(), (x.max(2) > 0.98).mean(), np.log(x.mean((0, 1)) + 1e-3).tolist()[0] - np.log(x.mean() + 1e-3),
             np.log(x.mean((0, 1)) + 1e-3).tolist()[2] - np.log(x.mean() + 1e-3)]
        # spatial: mean of 3x3 cells relative to global mean
        h, w = y.shape; c = [np.log(y[i*h//3:(i+1)*h//3, j*w//3:(j+1)*w//3].mean() + 1e-3) - np.log(y.mean() + 1e-3) for i in range(3) for j in range(3)]
        F.append(f + c)
    out[split] = np.array(F, np.float32)
np.savez('checkpoints/exposure-probe/expo_feat.npz', **out)
print({k: v.shape for k, v in out.items()})

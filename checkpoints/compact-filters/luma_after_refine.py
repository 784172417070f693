# Stage 10's sweep: does a second luma filter after the refinement win back the demos' cleanliness without costing
# validation? Run on stage 9's file: python checkpoints/compact-filters/luma_after_refine.py stage9.pt
import sys, numpy as np, torch, skimage.data
from llgan.models import load_model, run_generator, smooth_luma
from llgan.data import dataset_pairs, scene_split, read_image
from llgan.eval import psnr, ssim
torch.set_num_threads(2)
m = load_model(sys.argv[1]).eval()
va = scene_split(dataset_pairs('../shared/data/LOL-v1', 'our485'), 0.1, 42)[1]
def out(img):
    with torch.inference_mode(): return (run_generator(m, torch.from_numpy(img.copy()).permute(2, 0, 1)[None].float() / 127.5 - 1) + 1) / 2
def u8(y): return (y.clamp(0, 1)[0].permute(1, 2, 0).numpy() * 255).round().astype(np.uint8)
settings = [None, (2, 5e-5), (2, 1e-4), (2, 2e-4), (2, 4e-4), (1, 1e-4), (1, 2e-4), (3, 5e-5), (3, 1e-4)] # (radius, eps); None: as it is
sets = {'valid': [(read_image(a), read_image(b)) for a, b in va]}
demo = []
for n in ['astronaut', 'camera', 'chelsea', 'coffee', 'rocket']:
    ref = getattr(skimage.data, n)()
    if ref.ndim == 2: ref = np.repeat(ref[..., None], 3, 2)
    demo.append((read_image(f'data/{n}.jpg'), ref))
sets['demos'] = demo
for name, pairs in sets.items():
    S = []
    for lo, hi in pairs:
        y = out(lo)
        outs = [u8(y if e is None else smooth_luma(y, *e)) for e in settings]
        S.append([(psnr(o, hi), ssim(o, hi)) for o in outs])
    S = np.array(S).mean(0)
    print(name, ' '.join(f'{e}: {p:.3f}/{s:.4f}' for e, (p, s) in zip(settings, S)), flush=True)

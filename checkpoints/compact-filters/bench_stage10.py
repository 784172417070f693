# Interleaved: stage 9 with the code of c6adfa7 (avg_pool box, out of place) against stage 10, the shipped default, with the new code.
import torch, statistics, torch.nn as nn, torch.nn.functional as F
import llgan.models as M
from llgan.models import load_model, cpu_ms
new = (M.box_mean, M.CompactBlock.forward, M.FullResRefine.forward)
def old_box(x, r): return F.avg_pool2d(F.pad(x, (r, r, r, r), mode='reflect'), 2 * r + 1, stride=1)
def old_cb(self, x): return x + self.conv2(F.leaky_relu(self.conv1(x), 0.2))
def old_fr(self, y, x):
    h = F.leaky_relu(self.conv2(F.leaky_relu(self.conv1(torch.cat([y, x], 1)), 0.2)), 0.2)
    return y + self.conv3(h)
a, b = load_model('stage9.pt'), load_model('default') # stage9.pt: git show e2ec816:llgan/weights/default.pt > stage9.pt
def use(code, m):
    M.box_mean, M.CompactBlock.forward, M.FullResRefine.forward = code
    for mod in m.modules():
        if isinstance(mod, nn.LeakyReLU): mod.inplace = code is new
R = {'stage 9, old code': [], 'stage 10, new code': [], 'stage 9, new code': []}
for _ in range(6):
    use((old_box, old_cb, old_fr), a); R['stage 9, old code'].append(cpu_ms(a, n=20))
    use(new, b); R['stage 10, new code'].append(cpu_ms(b, n=20))
    use(new, a); R['stage 9, new code'].append(cpu_ms(a, n=20))
for k, v in R.items(): print(f'{k:20s} median {statistics.median(v):6.1f}  min {min(v):6.1f}  all', [round(x) for x in v])

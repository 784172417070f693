"""torch.hub entry points: `torch.hub.load('llgan/llgan', 'default')` gives the model llgan ships, ready for `llgan.enhance`.

Tested in nbs/03_models.ipynb ("Loading through torch.hub")."""
dependencies = ['torch', 'torchvision', 'numpy', 'PIL', 'fastai']

def default():
    "The shipped default model (`llgan.models.load_model('default')`), in eval mode."
    from llgan.models import load_model
    return load_model('default').eval()

__version__ = "0.0.1"

def __getattr__(name):
    "`llgan.load_model` and `llgan.enhance`, imported on first use so that `import llgan` (and the CLI) stay fast."
    if name == 'load_model':
        from .models import load_model
        return load_model
    if name == 'enhance':
        from .inference import enhance
        return enhance
    raise AttributeError(f"module 'llgan' has no attribute {name!r}")

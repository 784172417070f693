__version__ = "0.0.1"

def __getattr__(name):
    "`llgan.load_model` and `llgan.enhance`, imported on first use so that `import llgan` (and the CLI) stay fast."
    if name in ('load_model', 'enhance'):
        from . import inference
        return getattr(inference, name)
    raise AttributeError(f"module 'llgan' has no attribute {name!r}")

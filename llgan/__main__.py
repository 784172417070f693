"Run `llgan` as `python -m llgan`, so launchers that start modules (`torchrun -m`, `accelerate launch -m`) can start it."
import sys
from llgan.cli import main

if __name__ == "__main__": sys.exit(main())

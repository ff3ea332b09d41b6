"""``python -m game``: the same entry point as the ``judgment-day`` command and the desktop build."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""One entry point for newcomers: set up a local .venv on first use, then play or test.

    python tools/dev.py play [game args...]   # install (first time) and start the game
    python tools/dev.py test [pytest args...] # install (first time) and run the tests

Only the Python standard library is used here, so it runs on a fresh machine.
The virtual environment is reinstalled whenever pyproject.toml or the pinned versions in
packaging/constraints.txt change, so every machine runs the same libraries.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".judgment-day-installed"
CONSTRAINTS = ROOT / "packaging" / "constraints.txt"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv() -> Path:
    """Create .venv and install the project with its dev extras at the pinned versions,
    once per change of pyproject.toml or the constraints."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + CONSTRAINTS.read_bytes()).hexdigest()
    py = venv_python()
    if not py.exists():
        print(f"Creating virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing judgment-day and its dependencies ...", flush=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             "-c", str(CONSTRAINTS), "-e", f"{ROOT}[dev]"],
            check=True,
        )
        STAMP.write_text(wanted)
    return py


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"play", "test", "setup"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    py = ensure_venv()
    if command == "setup":
        return 0
    if command == "play":
        return subprocess.call([str(py), "-m", "game", *rest], cwd=ROOT)
    return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

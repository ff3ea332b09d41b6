"""Build the desktop app with PyInstaller and prove it runs.

    python tools/build_dist.py            # one-folder app and one-file executable in dist/
    python tools/build_dist.py --onedir   # only the one-folder app (what CI builds)
    python tools/build_dist.py --onedir --smoke   # ...then finish Freeway headless with it

The smoke run starts the built program with ``--headless --level freeway
--autopilot`` and checks its exit code and result line.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "judgment_day.spec"
DIST = ROOT / "dist"
EXE_NAME = "judgment-day.exe" if os.name == "nt" else "judgment-day"


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build(onefile: bool) -> Path:
    workpath = ROOT / "build" / ("onefile" if onefile else "onedir")
    distpath = DIST / ("onefile" if onefile else "onedir")
    shutil.rmtree(distpath, ignore_errors=True)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--workpath", str(workpath), "--distpath", str(distpath), str(SPEC)]
    if onefile:
        cmd += ["--", "--onefile"]
    subprocess.run(cmd, check=True, cwd=ROOT)
    target = distpath / EXE_NAME if onefile else distpath / "judgment-day"
    print(f"built {target.relative_to(ROOT)}: {size_of(target) / 1e6:.1f} MB")
    return target


def smoke(app_dir: Path) -> int:
    exe = app_dir / EXE_NAME if app_dir.is_dir() else app_dir
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
               JUDGMENT_DAY_HOME=str(ROOT / "build" / "smoke-home"))
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env)
    print(version.stdout.strip())
    result = subprocess.run([str(exe), "--headless", "--level", "freeway", "--autopilot", "--frames", "18000"],
                            capture_output=True, text=True, env=env)
    line = (result.stdout.strip().splitlines() or [""])[-1]
    print(f"built app: exit {result.returncode}: {line}")
    if result.returncode != 0 or "outcome=completed" not in line:
        print(result.stderr[-2000:], file=sys.stderr)
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--onedir", action="store_true", help="only the one-folder app")
    parser.add_argument("--onefile", action="store_true", help="only the one-file executable")
    parser.add_argument("--smoke", action="store_true", help="run the built app through Freeway headless")
    args = parser.parse_args()
    both = not (args.onedir or args.onefile)
    app_dir = None
    if args.onedir or both:
        app_dir = build(onefile=False)
    if args.onefile or both:
        exe = build(onefile=True)
        app_dir = app_dir or exe
    if args.smoke:
        return smoke(app_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())

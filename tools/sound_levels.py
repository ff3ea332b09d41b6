"""Print the level of every built sound and music loop, grouped by mix category.

    python tools/sound_levels.py                 # assets/sounds and assets/music
    python tools/sound_levels.py path/to/dir ... # any folders of WAVs (e.g. an old build)

Why: the balance of the mix (tools/assetgen/sound/mix.py) should be checkable by anyone,
on the files the game actually plays, without a sound editor. Columns, all dBFS (a
full-scale sine reads -3): ``rms`` of the whole file, ``loud`` (RMS of the loudest 300 ms,
what the mastering step aims at), ``peak``; ``target`` is the category's loudness.
"""

from __future__ import annotations

import argparse
import sys
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.assetgen.sound import mix  # noqa: E402


def read_wav(path: Path) -> np.ndarray:
    """Samples of a 16-bit PCM WAV in -1..1 (channels averaged)."""
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: not 16-bit PCM")
        channels = w.getnchannels()
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)
    return x.reshape(-1, channels).mean(axis=1) / 32768.0


def measure(path: Path) -> dict:
    x = read_wav(path)
    return {
        "name": path.stem,
        "category": mix.CATEGORY.get(path.stem, "?"),
        "rms": mix.rms_db(x),
        "loud": mix.loudness_db(x),
        "peak": mix.peak_db(x),
        "seconds": len(x) / mix.SR,
    }


def table(folders: list[Path]) -> str:
    rows = [measure(p) for folder in folders for p in sorted(Path(folder).glob("*.wav"))]
    order = list(mix.LOUDNESS) + ["?"]
    rows.sort(key=lambda r: (order.index(r["category"]), -r["rms"]))
    lines = [f"{'sound':16} {'rms':>6} {'loud':>6} {'peak':>6} {'secs':>6}"]
    current = None
    for r in rows:
        if r["category"] != current:
            current = r["category"]
            target = mix.LOUDNESS.get(current)
            aim = f"  (target loud {target:+.0f})" if target is not None else "  (not in the mix table)"
            lines.append(f"-- {current}{aim}")
        lines.append(
            f"{r['name']:16} {r['rms']:6.1f} {r['loud']:6.1f} {r['peak']:6.1f} {r['seconds']:6.1f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, help="folders of WAVs (default: the game's)")
    args = parser.parse_args(argv)
    folders = args.folders or [ROOT / "assets" / "sounds", ROOT / "assets" / "music"]
    print(table(folders))
    return 0


if __name__ == "__main__":
    sys.exit(main())

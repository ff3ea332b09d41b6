"""Sound builder: synthesises every effect and music loop from ``assets/src/sound/``.

* ``assets/src/sound/sfx.txt``: one ``[sfx name]`` section per effect
  -> ``assets/sounds/<name>.wav`` (see ``sfx``).
* ``assets/src/sound/music/<name>.trk``: tracker-style songs
  -> ``assets/music/<name>.wav``, rendered as seamless loops (see ``tracker``).

Output is 16-bit mono PCM at 22050 Hz, written with the stdlib ``wave`` module.
All randomness is seeded from the effect/song names, so rebuilds are byte-identical.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from . import sfx, tracker
from .synth import SR, to_pcm16
from .textfmt import read_sections


def write_wav(path: Path, samples: np.ndarray) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(to_pcm16(samples))
    return path


def build(src: Path, out: Path) -> list[Path]:
    root = Path(src) / "sound"
    out = Path(out)
    written: list[Path] = []
    for section in read_sections(root / "sfx.txt"):
        if section.kind != "sfx":
            raise ValueError(f"sfx.txt: unexpected section [{section.kind} {section.name}]")
        written.append(write_wav(out / "sounds" / f"{section.name}.wav", sfx.render(section)))
    for song in sorted((root / "music").glob("*.trk")):
        samples = tracker.render(song.stem, read_sections(song))
        written.append(write_wav(out / "music" / f"{song.stem}.wav", samples))
    return written

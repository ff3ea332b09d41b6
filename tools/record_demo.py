"""Record the attract-mode demo: the scripted player on Freeway, saved to assets/demo/freeway.json.

    python tools/record_demo.py

Replays are exact only for the code that recorded them, so the file keeps
the final-state hash; a test replays the demo and fails (pointing here) when
a change to the simulation has made it drift.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

from game.headless import run_level  # noqa: E402
from game.input.autopilot import Autopilot  # noqa: E402
from game.input.replay import Recording  # noqa: E402

DEMO = ROOT / "assets" / "demo" / "freeway.json"
FRAMES = 60 * 60


def record() -> Recording:
    recording = Recording("freeway", seed=1995)
    result = run_level("freeway", seed=1995, frames=FRAMES, source=Autopilot, recording=recording)
    recording.meta = {"frames": result.frames, "hash": result.state_hash,
                      "made_by": "tools/record_demo.py (the scripted player)"}
    return recording


def main() -> int:
    recording = record()
    recording.save(DEMO)
    print(f"wrote {DEMO.relative_to(ROOT)}: {recording.meta['frames']} frames, hash {recording.meta['hash']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

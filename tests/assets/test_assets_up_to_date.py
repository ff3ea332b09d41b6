"""Committed assets match a fresh build from assets/src (run tools/build_assets.py if this fails)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def test_assets_up_to_date() -> None:
    from tools.build_assets import stale_files

    stale = stale_files()
    assert not stale, f"out of date (run python tools/build_assets.py): {[str(p) for p in stale]}"

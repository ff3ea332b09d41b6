"""The built art uses only palette colours, and every sprite sheet's JSON matches its PNG."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
CHECKED = ["sprites", "tiles", "ui", "backgrounds", "story", "font"]


def palette() -> set[tuple[int, int, int]]:
    data = json.loads((ASSETS / "palette.json").read_text(encoding="utf-8"))
    return {tuple(int(h[i:i + 2], 16) for i in (1, 3, 5)) for h in data.values()}


def pngs() -> list[Path]:
    return sorted(p for folder in CHECKED for p in (ASSETS / folder).glob("*.png"))


def test_palette_size() -> None:
    assert 32 <= len(palette()) <= 48


@pytest.mark.parametrize("path", pngs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_png_uses_only_palette_colours(path: Path) -> None:
    allowed = palette()
    img = pygame.image.load(str(path))
    raw = pygame.image.tobytes(img, "RGBA")
    seen = {tuple(raw[i:i + 3]) for i in range(0, len(raw), 4) if raw[i + 3] != 0}
    stray = seen - allowed
    assert not stray, f"{path.name}: colours outside the palette: {sorted(stray)[:5]}"
    alphas = {raw[i + 3] for i in range(0, len(raw), 4)}
    assert alphas <= {0, 255}, f"{path.name}: partial transparency"


@pytest.mark.parametrize("path", sorted((ASSETS / "sprites").glob("*.json")), ids=lambda p: p.stem)
def test_sprite_json_matches_png(path: Path) -> None:
    meta = json.loads(path.read_text(encoding="utf-8"))
    fw, fh = meta["frame_size"]
    img = pygame.image.load(str(path.with_suffix(".png")))
    anims = meta["animations"]
    assert anims, path.name
    rows = sorted(a["row"] for a in anims.values())
    assert rows == list(range(len(anims))), f"{path.name}: rows must be 0..n-1"
    width = fw * max(a["frames"] for a in anims.values())
    assert img.get_size() == (width, fh * len(anims)), path.name
    ox, oy = meta["origin"]
    assert 0 <= ox < fw and 0 <= oy < fh
    for name, a in anims.items():
        assert a["frames"] >= 1 and len(a["durations_ms"]) == a["frames"], (path.name, name)
        assert all(isinstance(d, int) and d > 0 for d in a["durations_ms"]), (path.name, name)
        assert isinstance(a["loop"], bool)
        # every frame has something in it
        for i in range(a["frames"]):
            frame = img.subsurface(pygame.Rect(i * fw, a["row"] * fh, fw, fh))
            assert frame.get_bounding_rect().width > 0, f"{path.name}: {name} frame {i} is empty"


REQUIRED = {
    "t800": ["idle", "run", "jump", "fall", "shoot", "pump", "melee", "hurt", "climb", "crawl", "thumbs_up", "dead"],
    "thug": ["walk", "attack", "hurt", "down", "idle"],
    "cop": ["walk", "aim", "shoot", "wounded", "disarmed", "idle"],
    "t1000_cop": ["idle", "walk", "run", "blade", "mask"],
    "pickups": ["shells", "health", "life", "nitrogen", "score", "launcher", "sedative", "rifle", "minigun", "chip"],
    "fx": ["muzzle_flash", "spark", "smoke", "explosion", "dust", "frost_mist", "molten_splash", "fire",
           "shell_casing", "hit", "glass", "gas"],
    "projectiles": ["pellet", "bullet", "grenade"],
    "traffic": ["car_a", "car_b", "truck"],
    "john": ["idle", "run"],
    "john_bike": ["ride"],
    **{sheet: ["idle", "run", "jump", "fall", "roll", "crouch", "creep", "punch", "hurt", "down", "climb"]
       + (["aim_" + a for a in ("f", "uf", "u", "df", "d")] + ["shoot_" + a for a in ("f", "uf", "u", "df", "d")]
          if "rifle" in sheet else ["jab"])
       for sheet in ("sarah", "sarah_p2", "sarah_rifle", "sarah_rifle_p2")},
    "swat": ["walk", "aim", "wounded", "disarmed", "idle", "shoot", "throw", "hurt", "choke"],
    "night_guard": ["idle", "walk", "alert", "held", "hurt", "down"],
    "dyson_lab": ["idle", "walk", "run", "work", "duck", "choke", "hurt", "down"],
    "t800_minigun": ["idle", "run", "jump", "fall", "shoot", "melee", "hurt", "dead"],
    "dyson": ["idle", "walk", "sit", "lean", "wounded", "dead"],
    **{sheet: ["idle", "walk", "run", "plead", "hurt", "down"] for sheet in ("dyson_wife", "dyson_son")},
    **{vehicle: ["drive", "idle"] for vehicle in ("dirt_bike", "motorcycle", "tow_truck", "police_car", "tanker")},
}


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_required_animations(name: str) -> None:
    meta = json.loads((ASSETS / "sprites" / f"{name}.json").read_text(encoding="utf-8"))
    missing = set(REQUIRED[name]) - set(meta["animations"])
    assert not missing, f"{name}: missing {sorted(missing)}"


def test_tileset_matches_image() -> None:
    from xml.etree import ElementTree

    root = ElementTree.parse(ASSETS / "tiles" / "freeway.tsx").getroot()
    assert root.get("version") == "1.10"
    image = root.find("image")
    img = pygame.image.load(str(ASSETS / "tiles" / image.get("source")))
    assert img.get_size() == (int(image.get("width")), int(image.get("height")))
    cols, count = int(root.get("columns")), int(root.get("tilecount"))
    assert img.get_width() == cols * 16 and img.get_height() * cols >= count * 16
    names = {}
    for tile in root.findall("tile"):
        props = {p.get("name"): p.get("value") for p in tile.iter("property")}
        names[int(tile.get("id"))] = props["name"]
    assert len(names) == count
    assert names[0] == "concrete_top" and names[22] == "bars" and names[31] == "concrete_slope_dummy"


def test_font_metadata() -> None:
    meta = json.loads((ASSETS / "font" / "font.json").read_text(encoding="utf-8"))
    assert meta["cell"] == [8, 8] and meta["first"] == 32 and meta["columns"] == 16
    assert len(meta["advance"]) == 95 and all(1 <= a <= 8 for a in meta["advance"])

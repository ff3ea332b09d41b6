"""Maps that are huge, or not files at all, load quickly or are refused in one line; never a hang."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from game.level import LevelError, load_level
from game.level.loader import MAX_MAP_TILES, level_title, merge_cells
from game.world import geometry
from game.world.physics import TILE, new_space
from tests.maps import tmx_text

START = '<object id="1" type="player_start" x="8" y="8"><point/></object>'
EXIT = '<object id="2" type="exit" x="40" y="16" width="16" height="16"/>'
SOLID = 2  # concrete_fill in freeway.tsx
POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and symlink loops as POSIX has them")


def _solid_map(tmp_path: Path, w: int, h: int) -> Path:
    row = ",".join([str(SOLID)] * w)
    path = tmp_path / f"solid_{w}x{h}.tmx"
    path.write_text(tmx_text(w, h, ",\n".join([row] * h), START + EXIT))
    return path


def _static_shapes(level) -> int:
    space = new_space()
    geometry.build_static(space, level)
    return len(space.shapes)


def _one_line(exc: pytest.ExceptionInfo, name: str) -> str:
    message = str(exc.value)
    assert "\n" not in message and name in message
    return message


@pytest.mark.parametrize(("w", "h"), [(1000, 1000), (40, 25_000)])
def test_a_million_solid_tiles_load_as_a_few_shapes(tmp_path, w, h):
    """Once minutes (cells were merged row by row over the whole set): now one rectangle."""
    assert w * h <= MAX_MAP_TILES
    level = load_level(_solid_map(tmp_path, w, h))
    assert len(level.solids) == 1 and level.solids[0].w == w * TILE and level.solids[0].h == h * TILE
    assert _static_shapes(level) < 100


def test_a_map_over_the_tile_limit_is_refused_in_one_line(tmp_path):
    path = tmp_path / "huge.tmx"
    path.write_text(tmx_text(4, 3, "0,0,0,0,\n0,0,0,0,\n2,2,2,2", START + EXIT)
                    .replace('width="4" height="3" tilewidth', f'width="{MAX_MAP_TILES + 1}" height="1" tilewidth'))
    with pytest.raises(LevelError) as info:
        load_level(path)
    assert f"at most {MAX_MAP_TILES} tiles" in _one_line(info, "huge.tmx")


def test_merged_rectangles_cover_exactly_the_cells_without_overlap():
    rng = random.Random(5)
    for _ in range(300):
        cells = {(rng.randrange(12), rng.randrange(12)) for _ in range(rng.randrange(80))}
        covered: list[tuple[int, int]] = []
        for r in merge_cells(cells):
            covered += [(int(r.x // TILE) + i, int(r.y // TILE) + j)
                        for i in range(int(r.w // TILE)) for j in range(int(r.h // TILE))]
        assert len(covered) == len(set(covered)) and set(covered) == cells


def test_equal_runs_in_consecutive_rows_merge_and_a_gap_splits_them():
    rows = {(x, y) for x in range(2, 6) for y in (0, 1, 2, 5, 6)} | {(x, 3) for x in range(2, 5)}
    assert [(r.x // TILE, r.y // TILE, r.w // TILE, r.h // TILE) for r in merge_cells(rows)] == [
        (2, 0, 4, 3), (2, 3, 3, 1), (2, 5, 4, 2)]


# --- not a regular file ------------------------------------------------------------------------

@pytest.fixture
def fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    path = tmp_path / "pipe.tmx"
    os.mkfifo(path)
    return path


@pytest.fixture
def loop(tmp_path):
    a, b = tmp_path / "a.tmx", tmp_path / "b.tmx"
    try:
        a.symlink_to(b)
        b.symlink_to(a)
    except OSError:
        pytest.skip("cannot make symlinks here")
    return a


def _without_hanging(fifo: Path, call):
    """``call()``'s result or exception; a call still blocked on the FIFO after 30 s fails the test
    (and is released by a writer opening and closing the pipe, so the run goes on)."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(30)
    if thread.is_alive():
        os.close(os.open(fifo, os.O_WRONLY))
        thread.join(5)
        pytest.fail(f"reading {fifo.name} blocked, waiting for a writer")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@POSIX
def test_a_fifo_is_refused_not_waited_on(fifo):
    with pytest.raises(LevelError) as info:
        _without_hanging(fifo, lambda: load_level(fifo))
    assert "not a regular file (a FIFO)" in _one_line(info, "pipe.tmx")
    assert _without_hanging(fifo, lambda: level_title(fifo)) is None  # nor does a menu listing levels


@POSIX
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused():
    with pytest.raises(LevelError) as info:
        load_level(Path("/dev/zero"))
    assert "not a regular file (a device)" in _one_line(info, "/dev/zero")


def test_a_symlink_loop_is_one_line(loop):
    with pytest.raises(LevelError) as info:
        load_level(loop)
    assert "symbolic link loop" in _one_line(info, "a.tmx")


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "folder.tmx"
    folder.mkdir()
    with pytest.raises(LevelError) as info:
        load_level(folder)
    assert "folder" in _one_line(info, "folder.tmx")


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True, timeout=60, env=env)


def _cli_cases(path: Path) -> list[tuple[list[str], int]]:
    return [(["check-levels", str(path)], 1),
            (["--headless", "--level", str(path), "--frames", "1"], 2),
            (["--headless", "--level-file", str(path), "--frames", "1"], 2)]


@POSIX
@pytest.mark.parametrize("which", ["fifo", "loop", "device"])
def test_the_command_line_refuses_them_in_one_line(request, which):
    if which == "device":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero")
        path, problem = Path("/dev/zero"), "not a regular file (a device)"
    else:
        path = request.getfixturevalue(which)
        problem = "not a regular file (a FIFO)" if which == "fifo" else "symbolic link loop"
    for args, code in _cli_cases(path):
        result = _run(*args)
        out = result.stdout + result.stderr
        assert result.returncode == code, (args, out)
        assert "Traceback" not in out
        lines = [line for line in out.splitlines() if problem in line]
        assert len(lines) == 1 and path.name in lines[0], (args, out)

"""Files the player cares about (settings, progress, replays): atomic writes, safe reads.

A crash or power cut in the middle of a save must never leave a half-written
file in place of a good one, so every write goes to a temporary file in the
same folder, is flushed to disk, and then renamed over the old file in one
step.  A file that cannot be read is moved aside (so nothing the player had is
lost) and the caller gets defaults and a one-line warning.

Damaged files are kept under the first free name of ``settings.json.bak``,
``settings.json.1.bak``, ``settings.json.2.bak``, ...: a backup is never
overwritten, and the highest number is the most recent.  "Cannot be read"
includes what ``json`` itself chokes on (nesting too deep for the parser, an
integer of more digits than Python converts) and what the callers' checks
refuse: numbers that are not finite (``1e400`` reads as infinity, ``NaN``)
or outside the range the game uses (``finite_number``).
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


def atomic_write_text(path: Path, text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, sort_keys=True) + "\n")


def read_json_or_backup(path: Path, what: str) -> tuple[Any | None, str | None]:
    """Read JSON from ``path``.

    Returns ``(data, None)`` on success, ``(None, None)`` when there is no file,
    and ``(None, warning)`` when the file was unreadable: it has then been moved
    to ``<name>.bak`` and the warning is one line naming the file and the problem.
    """
    path = Path(path)
    if not path.exists():
        return None, None
    if not path.is_file():  # a FIFO would block the start-up forever, a folder cannot be read
        return None, keep_as_backup(path, what, "not a regular file")
    try:
        return json.loads(path.read_text(encoding="utf-8")), None
    except RecursionError:
        return None, keep_as_backup(path, what, "not valid JSON (nested too deeply)")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, keep_as_backup(path, what, f"not valid JSON ({_short(exc)})")
    except ValueError as exc:  # Python's limit on integer digits (int_max_str_digits), and the like
        problem = "a number with too many digits" if "digits" in str(exc) else _short(exc)
        return None, keep_as_backup(path, what, f"not valid JSON ({problem})")


def load_or_defaults(path: Path, what: str, from_json: Callable[[Any], T], default: Callable[[], T]) -> tuple[T, str | None]:
    """Load a player's document: (value, None), or defaults and a one-line warning if it was bad.

    ``from_json`` raises ValueError for content that parses but makes no
    sense; such a file is kept as a backup just like one that does not parse
    (so is one whose numbers overflow or whose nesting is too deep for it).
    """
    data, warning = read_json_or_backup(path, what)
    if data is None:
        return default(), warning
    try:
        return from_json(data), None
    except (ValueError, OverflowError) as exc:
        return default(), keep_as_backup(path, what, _short(exc))
    except RecursionError:
        return default(), keep_as_backup(path, what, "nested too deeply")


def finite_number(value: Any, name: str, low: float, high: float) -> int | float:
    """``value`` if it is a JSON number (not a bool) that is finite and within [low, high];
    else ValueError naming ``name`` and the range (never the value: it may be 4,000 digits)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{name} is not a finite number")
    if not low <= value <= high:
        raise ValueError(f"{name} is outside {low}-{high}")
    return value


def backup_path(path: Path) -> Path:
    """Where a damaged ``path`` is kept: the first free name of ``<name>.bak``, ``<name>.1.bak``, ..."""
    candidate, n = path.with_name(path.name + ".bak"), 0
    while os.path.lexists(candidate):
        n += 1
        candidate = path.with_name(f"{path.name}.{n}.bak")
    return candidate


def keep_as_backup(path: Path, what: str, problem: str) -> str:
    """Move a bad file aside under a new backup name (``backup_path``) and return the one-line warning."""
    backup = backup_path(path)
    try:
        shutil.move(str(path), str(backup))
        kept = f"; kept as {backup.name}"
    except OSError:
        kept = ""
    message = f"{path}: {what} unreadable, {problem}; using defaults{kept}"
    log.warning(message)
    return message


def _short(exc: BaseException) -> str:
    lines = str(exc).splitlines()
    return (lines[0] if lines else type(exc).__name__)[:120]

"""Files the player cares about (settings, progress, replays): atomic writes, safe reads.

A crash or power cut in the middle of a save must never leave a half-written
file in place of a good one, so every write goes to a temporary file in the
same folder, is flushed to disk, and then renamed over the old file in one
step.  A file that cannot be read is moved aside as ``.bak`` (so nothing the
player had is lost) and the caller gets defaults and a one-line warning.
"""

from __future__ import annotations

import json
import logging
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
    try:
        return json.loads(path.read_text(encoding="utf-8")), None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, keep_as_backup(path, what, f"not valid JSON ({_short(exc)})")


def load_or_defaults(path: Path, what: str, from_json: Callable[[Any], T], default: Callable[[], T]) -> tuple[T, str | None]:
    """Load a player's document: (value, None), or defaults and a one-line warning if it was bad.

    ``from_json`` raises ValueError for content that parses but makes no
    sense; such a file is kept as .bak just like one that does not parse.
    """
    data, warning = read_json_or_backup(path, what)
    if data is None:
        return default(), warning
    try:
        return from_json(data), None
    except ValueError as exc:
        return default(), keep_as_backup(path, what, str(exc))


def keep_as_backup(path: Path, what: str, problem: str) -> str:
    """Move a bad file aside as .bak and return the one-line warning to show."""
    backup = path.with_name(path.name + ".bak")
    try:
        shutil.move(str(path), str(backup))
        kept = f"; kept as {backup.name}"
    except OSError:
        kept = ""
    message = f"{path}: {what} unreadable, {problem}; using defaults{kept}"
    log.warning(message)
    return message


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120]

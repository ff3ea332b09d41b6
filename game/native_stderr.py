"""Keep C libraries' chatter (ALSA, SDL) out of the player's terminal, and in the log instead.

Why: on a Linux machine with no sound card, opening the audio device makes libasound print
a screenful of ``ALSA lib confmisc.c:...`` lines straight to file descriptor 2, bypassing
Python entirely, before the game can say the one line that matters ("no audio device,
playing silently"). No SDL hint turns them off. So around the calls that may open the
device, fd 2 is pointed at a temporary file; afterwards the real stderr is put back and
whatever the libraries wrote is logged at DEBUG (visible with ``--verbose`` and in the log
file), so nothing is lost for a bug report.

POSIX only: on Windows and macOS those libraries are not used, and the guard does nothing.
It also does nothing where fd 2 cannot be duplicated (closed, or no console).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
from collections.abc import Iterator

log = logging.getLogger(__name__)

MAX_LOGGED_LINES = 40


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            if stream is not None:
                stream.flush()


@contextlib.contextmanager
def native_stderr_to_log(what: str = "native") -> Iterator[None]:
    """Inside the block, anything written to fd 2 goes to the log at DEBUG, not the terminal."""
    if os.name != "posix":
        yield
        return
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    with tempfile.TemporaryFile() as sink:
        _flush()
        try:
            os.dup2(sink.fileno(), 2)
        except OSError:
            os.close(saved)
            yield
            return
        try:
            yield
        finally:
            _flush()  # what Python wrote inside the block belongs to the block
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            lines = sink.read().decode("utf-8", "replace").splitlines()
            lines = [line for line in lines if line.strip()]
            for line in lines[:MAX_LOGGED_LINES]:
                log.debug("%s: %s", what, line)
            if len(lines) > MAX_LOGGED_LINES:
                log.debug("%s: ... %d more lines", what, len(lines) - MAX_LOGGED_LINES)

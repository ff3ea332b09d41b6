"""The small hand-editable text format shared by the effect and music sources.

A file is a list of sections ``[kind name]``. Inside a section every non-blank line is a
list of whitespace-separated tokens; ``key=value`` tokens are parameters (see ``synth``
for the layer keys). ``#`` starts a comment at the start of a line or after a space
(so ``C#4`` is still a note).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .synth import parse_value

COMMENT_RE = re.compile(r"(^|\s)#.*$")
PAIR_KEYS = {"vib", "am", "uni", "rep", "echo"}
TEXT_KEYS = {"wave", "lfo"}


@dataclass
class Section:
    kind: str
    name: str
    lines: list[list[str]] = field(default_factory=list)


def read_sections(path: Path) -> list[Section]:
    sections: list[Section] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = COMMENT_RE.sub("", raw).strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            kind, _, name = line[1:-1].strip().partition(" ")
            sections.append(Section(kind.strip(), name.strip()))
            continue
        if not sections:
            raise ValueError(f"{path}:{lineno}: line outside a [section]")
        sections[-1].lines.append(line.split())
    return sections


def parse_params(tokens: list[str]) -> dict:
    """``["f=80>40@0.2", "vib=5:0.3", "wave=saw"]`` -> parameter dict."""
    params: dict = {}
    for tok in tokens:
        key, sep, val = tok.partition("=")
        if not sep:
            raise ValueError(f"expected key=value, got {tok!r}")
        if key in TEXT_KEYS:
            params[key] = val
        elif key == "partials":
            params[key] = tuple(float(v) for v in val.split(","))
        elif key == "fm":
            ratio, _, index = val.partition(":")
            params[key] = (float(ratio), parse_value(index))
        elif key in PAIR_KEYS:
            params[key] = tuple(float(v) for v in val.split(":"))
        else:
            params[key] = parse_value(val)
    return params


def layer_params(tokens: list[str]) -> dict:
    """``layer <wave> key=value ...`` (tokens after ``layer``)."""
    params = parse_params(tokens[1:])
    params["wave"] = tokens[0]
    return params

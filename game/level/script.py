"""Set pieces as data: the conditions and actions an ``event`` object carries, and their grammar.

An ``event`` object in Tiled (an area or a point) has numbered properties
``cond1`` ... ``cond8`` and ``act1`` ... ``act8``.  Each holds one line::

    line   = [ "not" ] word { argument }      (a condition; "not" turns it round)
    line   = word { argument }                (an action)
    argument = a bare word | "text in double quotes" | 'text in single quotes'

for example ``players_inside``, ``timer_done alarm``, ``not flag_set door_open``,
``caption "Get down!" 3``, ``start_timer alarm 10``, ``wake bruiser``.  When
every condition holds (none: at once), the actions run in number order;
an event fires once, or, with ``repeat = true``, each time its conditions
come to hold again.

Each condition and action is a small class (``Condition`` / ``Action``)
registered under its word, declaring its typed arguments with the specs
of game/level/kinds.py, so the loader checks every line when the map
loads: an unknown word, a wrong number of arguments, a value of the wrong
type, a name no object has, a timer nobody starts, a flag nobody sets.  The
classes themselves, and what they do in play, are in
game/entities/setpiece.py; this module holds only what loading needs.
"""

from __future__ import annotations

import difflib
import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from game.level.kinds import KINDS, Spec, Text

if TYPE_CHECKING:
    from game.level.data import LevelObject

SLOTS = 8  # cond1..cond8 and act1..act8 (one digit keeps them in order in Tiled's property list)
CONDITION_PROPS = tuple(f"cond{i}" for i in range(1, SLOTS + 1))
ACTION_PROPS = tuple(f"act{i}" for i in range(1, SLOTS + 1))


class ScriptError(ValueError):
    """A line that cannot run; the message is one line (the loader adds file, layer and object)."""


@dataclass(frozen=True)
class Ref(Text):
    """Text that names something of the map.

    ``space`` "object": the name of an object (of one of ``kinds`` if given;
    only ``dormant`` ones, only ``area`` ones with a size, only ``boss``
    T-1000s, when asked).  "timer" and "flag": a timer or flag that some
    action of the map starts or sets (``defines``: this argument is that
    action's), so a condition can never wait for one nobody starts.
    """

    space: str = "object"
    kinds: tuple[str, ...] = ()
    dormant: bool = False
    area: bool = False
    boss: bool = False
    defines: bool = False

    @property
    def expected(self) -> str:
        return f"the name of {'an object' if self.space == 'object' else 'a ' + self.space}"

    def parse(self, value: object) -> str:
        text = super().parse(value).strip()
        if not text:
            raise ValueError(value)
        return text


@dataclass(frozen=True)
class Arg:
    """One argument of a condition or action: its name (for messages), its spec, and whether it
    may be left out (then ``default`` is used)."""

    name: str
    spec: Spec
    optional: bool = False
    default: object = None


class Step:
    """A condition or an action: a word, typed arguments and, once parsed, their values as attributes."""

    word: ClassVar[str] = ""
    args: ClassVar[tuple[Arg, ...]] = ()
    noun: ClassVar[str] = "step"

    def __init__(self, values: dict[str, object], *, negated: bool = False) -> None:
        self.values = values
        self.negated = negated
        for name, value in values.items():
            setattr(self, name, value)

    @classmethod
    def usage(cls) -> str:
        return " ".join([cls.word] + [f"[{a.name}]" if a.optional else a.name for a in cls.args])

    def problem(self, event: LevelObject) -> str | None:
        """What keeps this line from running on ``event`` beyond its arguments (None: nothing)."""
        return None

    def __repr__(self) -> str:
        return f"{'not ' if self.negated else ''}{self.word} {self.values}"


class Condition(Step):
    noun = "condition"

    def holds(self, world, event) -> bool:
        raise NotImplementedError


class Action(Step):
    noun = "action"

    def run(self, world, event) -> None:
        raise NotImplementedError


_CONDITIONS: dict[str, type[Condition]] = {}
_ACTIONS: dict[str, type[Action]] = {}


def condition(cls: type[Condition]) -> type[Condition]:
    """Register a condition class under its ``word``."""
    return _register(_CONDITIONS, cls)


def action(cls: type[Action]) -> type[Action]:
    """Register an action class under its ``word``."""
    return _register(_ACTIONS, cls)


def _register(table: dict, cls: type[Step]) -> type[Step]:
    if not cls.word or (cls.word in table and table[cls.word] is not cls):
        raise ValueError(f"{cls.noun} '{cls.word}' has no word or is registered twice")
    optional = False
    for arg in cls.args:
        if optional and not arg.optional:
            raise ValueError(f"{cls.noun} '{cls.word}': a required argument follows an optional one")
        optional = optional or arg.optional
    table[cls.word] = cls
    return cls


def conditions() -> dict[str, type[Condition]]:
    len(KINDS)  # the first look-up imports game.entities, where the conditions and actions live
    return _CONDITIONS


def actions() -> dict[str, type[Action]]:
    len(KINDS)
    return _ACTIONS


def parse_condition(text: object) -> Condition:
    return _parse(text, conditions(), negatable=True)


def parse_action(text: object) -> Action:
    return _parse(text, actions(), negatable=False)


def _parse(text: object, table: dict[str, type[Step]], *, negatable: bool) -> Step:
    noun = "condition" if negatable else "action"
    if not isinstance(text, str):
        raise ScriptError(f"is {_shown(text)}, expected a {noun} as text")
    try:
        words = shlex.split(text)
    except ValueError:
        raise ScriptError("has a quote that is never closed") from None
    negated = negatable and bool(words) and words[0] == "not"
    if negated:
        words = words[1:]
    if not words:
        raise ScriptError(f"is empty, expected a {noun}")
    word, raw = words[0], words[1:]
    cls = table.get(word)
    if cls is None:
        other, where = (_ACTIONS, "an act") if negatable else (_CONDITIONS, "a cond")
        close = difflib.get_close_matches(word, list(table), n=1)
        if word in other:
            hint = f"'{word}' is {'an action' if negatable else 'a condition'}: it belongs in {where} property"
        elif close:
            hint = f"did you mean '{close[0]}'?"
        else:
            hint = f"known: {', '.join(sorted(table))}"
        raise ScriptError(f"unknown {noun} {_shown(word)} ({hint})")
    required = sum(1 for a in cls.args if not a.optional)
    if not required <= len(raw) <= len(cls.args):
        if required == len(cls.args):
            wanted = f"{required} argument{'s' if required != 1 else ''}"
        else:
            wanted = f"{required} to {len(cls.args)} arguments"
        hint = "; put text with spaces in quotes" if len(raw) > len(cls.args) and any(
            type(a.spec) is Text for a in cls.args) else ""
        raise ScriptError(f"'{word}' takes {wanted} ({cls.usage()}), got {len(raw)}{hint}")
    values: dict[str, object] = {}
    for arg, token in zip(cls.args, raw):
        try:
            values[arg.name] = arg.spec.parse(token)
        except ValueError:
            raise ScriptError(f"'{word}' {arg.name} is {_shown(token)}, expected {arg.spec.expected}") from None
    for arg in cls.args[len(raw):]:
        values[arg.name] = arg.default
    return cls(values, negated=negated)


def event_lines(obj: LevelObject) -> tuple[list[tuple[str, Condition]], list[tuple[str, Action]]]:
    """An event object's conditions and actions in number order, each with its property name.
    Raises ``ScriptError`` (its message starting with the property) on the first bad line."""
    conds: list[tuple[str, Condition]] = []
    acts: list[tuple[str, Action]] = []
    for props, parse, out in ((CONDITION_PROPS, parse_condition, conds), (ACTION_PROPS, parse_action, acts)):
        for prop in props:
            if prop in obj.props:
                try:
                    out.append((prop, parse(obj.props[prop])))
                except ScriptError as exc:
                    raise ScriptError(f"property '{prop}': {exc}") from None
    return conds, acts


class MapScripts:
    """Every event of a map parsed at load, with what its lines may name; ``problem(obj)`` is the
    first thing wrong with one event (None: it can run).  Built once per map by the loader."""

    def __init__(self, objects: Iterable[LevelObject]) -> None:
        self.objects = list(objects)
        self.by_name: dict[str, list[LevelObject]] = {}
        for o in self.objects:
            if o.name:
                self.by_name.setdefault(o.name, []).append(o)
        self.parsed: dict[int, tuple[list, list] | str] = {}
        self.defined: dict[str, set[str]] = {"timer": set(), "flag": set()}
        for o in self.objects:
            if o.kind != "event":
                continue
            try:
                lines = event_lines(o)
            except ScriptError as exc:
                self.parsed[id(o)] = str(exc)
                continue
            self.parsed[id(o)] = lines
            for _prop, step in lines[0] + lines[1]:
                for arg in step.args:
                    if isinstance(arg.spec, Ref) and arg.spec.defines:
                        self.defined[arg.spec.space].add(step.values[arg.name])

    def ends_level(self) -> bool:
        """Does some event end the level (``end_level``)?  Such a level needs no exit object."""
        return any(step.word == "end_level" for lines in self.parsed.values() if not isinstance(lines, str)
                   for _prop, step in lines[1])

    def problem(self, obj: LevelObject) -> str | None:
        lines = self.parsed.get(id(obj))
        if lines is None:
            return None
        if isinstance(lines, str):
            return lines
        conds, acts = lines
        if not acts:
            return f"an event needs at least one action ({', '.join(ACTION_PROPS[:2])}, ...)"
        for prop, step in conds + acts:
            for arg in step.args:
                value = step.values[arg.name]
                if isinstance(arg.spec, Ref) and value is not None:
                    wrong = self._reference(arg.spec, str(value))
                    if wrong:
                        return f"property '{prop}': {wrong}"
            wrong = step.problem(obj)
            if wrong:
                return f"property '{prop}': '{step.word}' {wrong}"
        return None

    def _reference(self, ref: Ref, name: str) -> str | None:
        shown = _shown(name)
        if ref.space != "object":
            if name in self.defined[ref.space] or ref.defines:
                return None
            verb = {"timer": "started", "flag": "set"}[ref.space]
            doer = {"timer": "start_timer", "flag": "set_flag"}[ref.space]
            return f"{ref.space} {shown} is never {verb} (no {doer} of it in this map)"
        named = self.by_name.get(name, [])
        if not named:
            return f"target {shown} names no object"
        if ref.kinds and not any(o.kind in ref.kinds for o in named):
            return f"target {shown} is not a {' or '.join(ref.kinds)}"
        if ref.dormant and not any(o.prop("dormant", False) for o in named):
            return f"target {shown} is not dormant (set dormant = true on it)"
        if ref.area and not any(o.rect.w > 0 and o.rect.h > 0 for o in named):
            return f"target {shown} is not an area (a rectangle with a size)"
        if ref.boss and not any(o.kind == "t1000" and o.prop("boss", False) for o in named):
            return f"target {shown} is not a boss (set boss = true on its t1000)"
        return None


def _shown(value: object, limit: int = 40) -> str:
    """A designer's text quoted for a one-line message (line breaks as \\n, long text cut short)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "empty"
    text = str(value).replace("\r", "").replace("\n", "\\n")
    return "'" + (text if len(text) <= limit else text[:limit - 3] + "...") + "'"

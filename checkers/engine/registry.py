"""The rule catalogue: one record per rule, the single source for the CLI,
the handbook's rule reference and the browser checker.

A rule is a detector function plus its documentation, in the style of ruff's
rule pages (What it flags / Why / Example / Instead / Sources).  Register one
with the :func:`rule` decorator in a module under ``checkers/rules/<area>/``.
"""

from __future__ import annotations

from collections import namedtuple

from .model import AREAS, SEVERITIES

__all__ = ["Hit", "Rule", "rule", "registered_rules"]


Hit = namedtuple("Hit", "start end severity message", defaults=(None, None))
Hit.__doc__ = """One piece of evidence found by a detector, in *folded* text offsets.

``severity`` and ``message`` override the rule's defaults for this hit,
e.g. a client story that also names the client's town becomes critical.
"""

_RULE_FIELDS = ("id", "title", "severity", "flags", "why", "example", "fine",
                "instead", "sources", "message", "detect", "fallback")


class Rule(namedtuple("Rule", _RULE_FIELDS, defaults=(False,))):
    """A rule: its documentation (ruff style) and its detector ``detect(post)``.

    A ``fallback`` rule reports only when no other rule of its area found
    anything in the same check (the learned rules).
    """

    __slots__ = ()

    @property
    def area(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def anchor(self) -> str:
        """HTML id of the rule's entry in its chapter's rule reference."""
        return self.id.replace("/", "-")

    @property
    def doc(self) -> str:
        return f"guidelines/{self.area}.html#{self.anchor}"

    def to_dict(self) -> dict:
        return {
            "id": self.id, "area": self.area, "title": self.title,
            "severity": self.severity, "flags": self.flags, "why": self.why,
            "example": self.example, "fine": self.fine, "instead": self.instead,
            "sources": self.sources, "doc": self.doc, "fallback": self.fallback,
        }


_REGISTRY: list[Rule] = []


def rule(*, id: str, title: str, severity: str, flags: str, why: str,
         example: str, fine: str, instead: str, sources: str, message: str, fallback: bool = False):
    """Register the decorated detector ``fn(post) -> Iterable[Hit]`` as a rule."""
    area = id.split("/", 1)[0]
    if area not in AREAS:
        raise ValueError(f"rule {id!r}: unknown area {area!r}")
    if severity not in SEVERITIES:
        raise ValueError(f"rule {id!r}: unknown severity {severity!r}")
    if any(r.id == id for r in _REGISTRY):
        raise ValueError(f"rule {id!r} registered twice")

    def register(fn):
        _REGISTRY.append(Rule(id=id, title=title, severity=severity, flags=flags,
                              why=why, example=example, fine=fine, instead=instead,
                              sources=sources, message=message, detect=fn, fallback=fallback))
        return fn

    return register


def registered_rules() -> tuple[Rule, ...]:
    """Every registered rule, in area order then registration order."""
    return tuple(sorted(_REGISTRY, key=lambda r: AREAS.index(r.area)))

"""The data a check returns: findings and the report that holds them.

Plain classes rather than dataclasses: importing ``dataclasses`` (and with it
``inspect``) would cost a quarter of the import-time budget.
"""

from __future__ import annotations

__all__ = ["AREAS", "SEVERITIES", "Finding", "Report"]

# The six guidance areas, in handbook order.  Ids are stable: findings, corpus
# labels, chapter file names and URLs all use them.
AREAS = ("privacy", "boundaries", "accuracy", "consent", "safety", "language")

# "info" is a tip that does not claim the guidance applies; "warning" and
# "critical" do.  "critical" is reserved for what regulators have acted on or
# what risks harm.
SEVERITIES = ("info", "warning", "critical")


class Finding:
    """One piece of evidence that a rule applies, with offsets into the original text."""

    __slots__ = ("rule", "guideline", "severity", "start", "end", "message", "suggestion", "reference", "doc")

    def __init__(self, rule, guideline, severity, start, end, message, suggestion, reference, doc):
        self.rule, self.guideline, self.severity = rule, guideline, severity
        self.start, self.end = start, end
        self.message, self.suggestion, self.reference, self.doc = message, suggestion, reference, doc

    @property
    def applies(self) -> bool:
        """True when the finding claims the guidance applies (warning or above)."""
        return self.severity != "info"

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}

    def __eq__(self, other):
        return isinstance(other, Finding) and self.to_dict() == other.to_dict()

    def __hash__(self):
        return hash((self.rule, self.start, self.end))

    def __repr__(self):
        return f"Finding({self.rule!r}, {self.severity!r}, {self.start}, {self.end})"


class Report:
    """The findings for one post, sorted by start offset."""

    __slots__ = ("text", "findings")

    def __init__(self, text: str, findings=()):
        self.text = text
        self.findings = tuple(findings)

    @property
    def guidelines(self) -> list[str]:
        """Areas with at least one warning or critical finding, in handbook order."""
        hit = {f.guideline for f in self.findings if f.applies}
        return [a for a in AREAS if a in hit]

    @property
    def worst(self) -> str | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITIES.index)

    def to_dict(self) -> dict:
        return {
            "guidelines": self.guidelines,
            "findings": [f.to_dict() for f in self.findings],
        }

    def __repr__(self):
        return f"Report(guidelines={self.guidelines!r}, findings={len(self.findings)})"

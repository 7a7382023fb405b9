"""The data a check returns: findings and the report that holds them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

__all__ = ["AREAS", "SEVERITIES", "Finding", "Report"]

# The six guidance areas, in handbook order.  Ids are stable: findings, corpus
# labels, chapter file names and URLs all use them.
AREAS = ("privacy", "boundaries", "accuracy", "consent", "safety", "language")

# "info" is a tip that does not claim the guidance applies; "warning" and
# "critical" do.  "critical" is reserved for what regulators have acted on or
# what risks harm.
SEVERITIES = ("info", "warning", "critical")


@dataclass(frozen=True)
class Finding:
    rule: str
    guideline: str
    severity: str
    start: int
    end: int
    message: str
    suggestion: str
    reference: str
    doc: str

    @property
    def applies(self) -> bool:
        """True when the finding claims the guidance applies (warning or above)."""
        return self.severity != "info"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Report:
    text: str
    findings: tuple[Finding, ...] = field(default_factory=tuple)

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

"""Run the catalogue over a post and turn hits into findings."""

from __future__ import annotations



from .model import AREAS, Finding, Report
from .post import Post
from .registry import Rule

__all__ = ["check_with", "resolve_selection", "MAX_FINDINGS_PER_RULE"]

# A single pathological text (1 MB of one trigger word) would otherwise yield
# a finding per occurrence.  Past this many a reader learns nothing new, and
# capping keeps the cost of building findings bounded.
MAX_FINDINGS_PER_RULE = 200


def resolve_selection(rules: tuple[Rule, ...], select: Iterable[str] | None,
                      ignore: Iterable[str] | None) -> tuple[Rule, ...]:
    """Filter ``rules`` by area ids or rule ids; unknown ids raise ValueError."""
    known = set(AREAS) | {r.id for r in rules}

    def normalise(ids, what):
        if ids is None:
            return None
        if isinstance(ids, str):
            ids = [ids]
        out = set()
        for i in ids:
            if not isinstance(i, str):
                raise TypeError(f"{what} ids must be strings, got {type(i).__name__}")
            for part in i.split(","):
                part = part.strip()
                if not part:
                    continue
                if part not in known:
                    raise ValueError(f"unknown rule or area id in {what}: {part!r}")
                out.add(part)
        return out

    chosen, dropped = normalise(select, "select"), normalise(ignore, "ignore") or set()
    return tuple(
        r for r in rules
        if (chosen is None or r.id in chosen or r.area in chosen)
        and r.id not in dropped and r.area not in dropped
    )


_ORDER: dict = {}


def _fallbacks_last(rules: tuple[Rule, ...]) -> tuple:
    """``(rule, area)`` for each of ``rules``, with the fallback rules last, so they
    can see what the others found (cached: the same catalogue tuple is checked
    again and again, and ``Rule.area`` is computed on each read)."""
    entry = _ORDER.get(id(rules))
    if entry is None or entry[0] is not rules:
        order = tuple((r, r.area) for r in sorted(rules, key=lambda r: r.fallback))
        entry = _ORDER[id(rules)] = (rules, order)
        if len(_ORDER) > 64:  # selections made per call (select=/ignore=) must not pile up
            _ORDER.clear()
            _ORDER[id(rules)] = entry
    return entry[1]


def check_with(rules: tuple[Rule, ...], text: str) -> Report:
    if not isinstance(text, str):
        raise TypeError(f"check() expects the post as str, got {type(text).__name__}")
    post = Post(text)
    findings: list[Finding] = []
    areas_found: set[str] = set()
    span = post.offsets.span
    for rule, area in _fallbacks_last(rules):
        if rule.fallback and area in areas_found:
            continue
        seen: list[tuple[int, int]] = []
        for hit in rule.detect(post):
            start, end = span(hit.start, hit.end)
            if any(s < end and start < e for s, e in seen) or start == end:
                continue  # one finding per piece of evidence and rule
            seen.append((start, end))
            severity = hit.severity or rule.severity
            # Any finding, a tip included, means a rule written for this
            # situation has judged it; the fallback does not second-guess it.
            areas_found.add(area)
            findings.append(Finding(
                rule=rule.id, guideline=area,
                severity=severity,
                start=start, end=end,
                message=hit.message or rule.message,
                suggestion=rule.instead, reference=rule.sources, doc=rule.doc,
            ))
            if len(seen) >= MAX_FINDINGS_PER_RULE:
                break
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return Report(text=text, findings=tuple(findings))

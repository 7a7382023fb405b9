"""Checkers: which social-media guidance applies to a post by a mental-health
professional.  Pure standard-library Python; runs in CPython 3.11+ and Pyodide.

    >>> import checkers
    >>> report = checkers.check("My 3pm client, a pilot from Dayton, cried today.")
    >>> report.guidelines
    ['privacy', 'consent']
"""

from __future__ import annotations



from .engine.model import AREAS, SEVERITIES, Finding, Report
from .engine.registry import Rule
from .engine.runner import check_with, resolve_selection
from .rules import RULES

__all__ = ["AREAS", "SEVERITIES", "RULES", "Finding", "Report", "Rule", "check", "__version__"]
__version__ = "0.1.0"


def check(text: str, select: Iterable[str] | None = None,
          ignore: Iterable[str] | None = None) -> Report:
    """Check one post.  ``select``/``ignore`` take area ids or rule ids.

    Raises TypeError for a non-str post and ValueError for an unknown id.
    """
    if not isinstance(text, str):
        raise TypeError(f"check() expects the post as str, got {type(text).__name__}")
    rules = RULES if select is None and ignore is None else resolve_selection(RULES, select, ignore)
    return check_with(rules, text)

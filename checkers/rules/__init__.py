"""Rules, one package per guidance area, one small module per rule.

Importing an area package registers its rules.  ``RULES`` is the catalogue.
"""

from __future__ import annotations

from ..engine.registry import registered_rules
from . import privacy, boundaries, accuracy, consent, safety, language  # noqa: F401  (registers)

RULES = registered_rules()

__all__ = ["RULES"]

"""Adversarial inputs shared by the robustness tests and the benchmark."""

from __future__ import annotations

import sys
import unicodedata

MB = 1_000_000


def _repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def every_unicode_category(size: int = 200_000) -> str:
    """One sample code point of every general category, repeated to ``size``."""
    seen: dict[str, str] = {}
    for cp in range(0, sys.maxunicode + 1, 7):
        cat = unicodedata.category(chr(cp))
        if cat not in seen and cat != "Cs":  # lone surrogates are not valid text
            seen[cat] = chr(cp)
    return _repeat_to("".join(seen.values()) + " ", size)


def cases(size: int = MB) -> dict[str, str]:
    return {
        "trigger words": _repeat_to("my client told me today committed suicide so psycho OCD cures 100% DM me ", size),
        "single char": "a" * size,
        "single space": " " * size,
        "single dot": "." * size,
        "spaced letters": _repeat_to("a ", size),
        "quotes": _repeat_to("'\"", size),
        "zero width": _repeat_to("c\u200b", size),
        "digits": _repeat_to("1", size),
        "unicode categories": every_unicode_category(size // 5),
        "html payload": _repeat_to('<img src=x onerror=alert(1)><script>alert("client")</script>', size),
        "no spaces words": _repeat_to("clientpatienttoday", size),
    }

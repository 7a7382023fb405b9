"""Regular expressions compiled on first use.

Why: a catalogue of rules holds dozens of large patterns, and compiling them
all at import would cost more than the 50 ms import budget (and more still in
Pyodide).  A rule module declares ``PATTERN = lazy_re(r"...")`` and uses it
like a compiled pattern; it is compiled the first time a check needs it.
"""

from __future__ import annotations

import re

__all__ = ["lazy_re"]


class lazy_re:  # noqa: N801  (reads like re.compile at the call site)
    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self._source, self._flags, self._compiled = pattern, flags, None

    # The methods below read the slot before the property: rules call them tens of
    # thousands of times on a long text, and a property call costs more than the lookup.
    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self._source

    def search(self, *args):
        return (self._compiled or self.compiled).search(*args)

    def match(self, *args):
        return (self._compiled or self.compiled).match(*args)

    def fullmatch(self, *args):
        return (self._compiled or self.compiled).fullmatch(*args)

    def finditer(self, *args):
        return (self._compiled or self.compiled).finditer(*args)

    def findall(self, *args):
        return (self._compiled or self.compiled).findall(*args)

    def sub(self, *args):
        return (self._compiled or self.compiled).sub(*args)

    def split(self, *args):
        return (self._compiled or self.compiled).split(*args)

    def __repr__(self):
        return f"lazy_re({self._source[:40]!r}...)"

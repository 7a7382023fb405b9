"""Helpers the language rules share (not a rule).

Every language rule is keyword-first: the shared keyword gate
(``lexicon.gate_words``/``gate_hits``) finds where its words start, an
anchored pattern is matched there, and the words *before* a keyword are
checked with small end-anchored patterns over a bounded slice.  A post with
none of the keywords costs one shared scan.
"""

from __future__ import annotations

# People, for "schizophrenic patients", "mentally ill people", "alcoholic father".
PERSON = (r"(?:people|persons?|patients?|clients?|man|woman|men|women|guy|guys|lady|ladies|kids?|children|"
          r"adults?|teens?|individuals?|folks|population|father|mother|dad|mom|parents?|husband|wife|spouse|"
          r"partner|brother|sister|son|daughter|uncle|aunt|boss|friend|ex|neighbou?r|roommate|coworker)s?")


def ends_with(pattern, text: str, pos: int, reach: int = 60):
    """Match of an end-anchored ``pattern`` ("...$") in the ``reach`` chars before ``pos``."""
    return pattern.search(text, max(0, pos - reach), pos)

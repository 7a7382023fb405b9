"""Respectful, non-stigmatizing language: diagnoses as casual adjectives,
slurs and labels, and "suffers from" / "confined to a wheelchair" framing."""

from . import diagnosis_as_adjective, stigmatizing_label, suffers_from  # noqa: F401

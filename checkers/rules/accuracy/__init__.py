"""Accuracy and evidence: claims that are false, unsupported or misleading."""

from . import (  # noqa: F401  (registers)
    cure_guarantee,
    unsourced_statistic,
    medication_change,
    self_diagnosis,
    debunked_claim,
    diagnosis_without_exam,
    inflated_credentials,
    resembles_flagged_posts,  # the learned fallback: keep last
)

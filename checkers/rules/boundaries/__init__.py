"""Professional boundaries: posts that blur the professional relationship."""

from . import (  # noqa: F401  (registers)
    client_connection,
    individual_diagnosis,
    individual_treatment_advice,
    therapy_in_comments,
    solicited_testimonials,
    disparaging_clients,
    personal_contact_anytime,
    unprofessional_conduct,
    resembles_flagged_posts,  # the learned fallback: keep last
)

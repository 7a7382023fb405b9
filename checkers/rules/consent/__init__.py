"""Informed consent: client material or clients featured in content, recorded
or streamed sessions, services offered over consumer social platforms, and
social media made part of treatment without a stated policy."""

from . import (  # noqa: F401  (registers)
    client_material,
    session_recording,
    client_story_consent,
    services_over_social,
    social_media_in_treatment,
    resembles_flagged_posts,  # the learned fallback: keep last
)

"""Privacy and confidentiality: posts that could reveal that a particular
person is or was a client, or reveal clinical details about someone."""

from . import (  # noqa: F401  (registers)
    client_story,
    review_reply,
    client_material,
    client_photo,
    client_search,
    solicit_client_stories,
    resembles_flagged_posts,  # the learned fallback: keep last
)

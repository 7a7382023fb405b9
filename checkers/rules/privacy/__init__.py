"""Privacy and confidentiality: posts that could reveal that a particular
person is or was a client, or reveal clinical details about someone."""

from . import client_story  # noqa: F401

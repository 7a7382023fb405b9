"""Safe messaging about suicide and self-harm: method and location details,
"committed suicide", suicide framed as a solution or an epidemic, and
invitations to people in crisis to DM instead of contacting crisis services."""

from . import committed_suicide, method_or_location, crisis_dm, solution_or_epidemic, missing_crisis_resources  # noqa: F401

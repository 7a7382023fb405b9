"""Rules for the consent area."""

"""Rules for the boundaries area."""

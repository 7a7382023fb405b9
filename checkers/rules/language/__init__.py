"""Rules for the language area."""

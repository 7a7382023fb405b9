"""Rules for the accuracy area."""

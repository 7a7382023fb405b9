"""Rules for the safety area."""

"""Engine: folding, the post context, the rule registry and the runner.

Nothing here knows about a particular area; rules live in ``checkers.rules``.
"""

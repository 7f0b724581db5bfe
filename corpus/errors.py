"""The error every layer raises for bad input: one line, naming the thing at fault.

The CLI and the app catch ``FactscopeError`` in one place each and show its
message without a traceback; anything else is a bug and keeps its traceback.
"""


class FactscopeError(Exception):
    """A user-facing failure; ``str(err)`` is the one-line message."""

    exit_code = 1

"""Storage errors, split by what the user can do about them."""

from __future__ import annotations


class StorageUnavailable(Exception):
    """The data cannot be read or written (missing, read-only, locked, full, damaged).

    The message is meant for the user; the text they typed stays in the window.
    """


class NotFound(LookupError):
    """A family, meeting or item asked for does not exist (any more)."""

"""Storage errors, split by what the user can do about them."""

from __future__ import annotations

from chair_app.core.language import translate


class StorageUnavailable(Exception):
    """The data cannot be read or written (missing, read-only, locked, full, damaged).

    The message is meant for the user; the text they typed stays in the window.
    """


class WrongPassphrase(StorageUnavailable):
    """An encrypted data file that the passphrase given does not open; nothing was changed."""


class NewerSchema(StorageUnavailable):
    """The data file was written by a newer version of Chair; it is left as it is."""


class NeedsUpgrade(StorageUnavailable):
    """The data file was written by an earlier version of Chair, and the command only reads: the
    window (or a command that writes) brings it up to date after a backup; it is left as it is."""


class FolderReadOnly(StorageUnavailable):
    """The data folder (or its data file) cannot be written; nothing was opened or changed, and
    nothing that writes (a backup put back, a restore) is offered."""


class DowngradeRefused(Exception):
    """Chair never takes a data file back to an older schema (an older Chair refuses a newer
    file instead, unchanged: see NewerSchema)."""


class NotFound(LookupError):
    """A family, meeting or item asked for does not exist (any more)."""


class MeetingClosed(Exception):
    """The meeting is closed: its record can no longer be changed."""

    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "This meeting is closed, so its record can no longer be changed.")
        )


class PersonInRecord(Exception):
    """A person named in a meeting's record cannot be removed from the network."""


class ActionCarried(Exception):
    """A carried action is reviewed, not removed: nothing leaves the plan silently."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Errors",
                "This action was carried from the last meeting, so it cannot be removed. Review "
                "it instead: done, partly done, not done, or no longer needed, with what "
                "difference it made for the child.",
            )
        )


class MinutesAgreed(Exception):
    """The minutes are agreed and locked: only an addendum can be added."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Errors",
                "These minutes are agreed, so they can no longer be changed. Add an addendum "
                "instead: it is printed after the agreed minutes and does not alter them.",
            )
        )

"""The minutes after the meeting: one draft, circulated, commented on, corrected, then agreed
and locked; after that, only addenda. Plain data and the rules between the states."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from dataclasses import dataclass

from chair_app.core.agenda import StepKey
from chair_app.core.language import translate
from chair_app.core.minutes import (
    BulletList,
    FieldList,
    Figure,
    MinutesDocument,
    Paragraph,
    Subheading,
    Table,
)


class MinutesStatus(enum.Enum):
    DRAFT = "draft"
    CIRCULATED = "circulated"
    AGREED = "agreed"

    @property
    def label(self) -> str:
        if self is MinutesStatus.DRAFT:
            return translate("Lifecycle", "Draft")
        if self is MinutesStatus.CIRCULATED:
            return translate("Lifecycle", "Draft, circulated")
        return translate("Lifecycle", "Agreed")


class SendMethod(enum.Enum):
    EMAIL = "email"
    SECURE_EMAIL = "secure_email"
    POST = "post"
    BY_HAND = "by_hand"

    @property
    def label(self) -> str:
        if self is SendMethod.EMAIL:
            return translate("Lifecycle", "Email")
        if self is SendMethod.SECURE_EMAIL:
            return translate("Lifecycle", "Secure email")
        if self is SendMethod.POST:
            return translate("Lifecycle", "Post")
        return translate("Lifecycle", "By hand")


class CommentStatus(enum.Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        if self is CommentStatus.PENDING:
            return translate("Lifecycle", "Waiting")
        if self is CommentStatus.ACCEPTED:
            return translate("Lifecycle", "Accepted")
        return translate("Lifecycle", "Declined")


@dataclass(frozen=True, slots=True)
class Distribution:
    person_id: int
    method: SendMethod
    sent_on: dt.date
    version: int
    # Which copy was sent: "full" (the full record), "person" (the person's own copy) or
    # "family_summary".
    copy: str = "full"


@dataclass(frozen=True, slots=True)
class ExportedFile:
    """A file of the minutes as it left the app: the SHA-256 of its bytes, written when it was
    exported, lets ``verify`` certify that exact file and nothing else."""

    meeting_id: int
    version: int
    # Which copy: "full", "person" (with person_id) or "family_summary", as Distribution.copy.
    copy: str
    person_id: int | None
    format: str  # "docx" or "pdf"
    sha256: str
    exported_on: dt.date
    agreed: bool  # drawn as the agreed version (a draft whose words were agreed later is not)
    signed: bool  # a PDF of the agreed version carries Chair's digital signature
    protected: bool  # opens only with a password


@dataclass(frozen=True, slots=True)
class Comment:
    """A member's comment on a part of the draft, and the chair's ruling on it."""

    id: int
    person_id: int
    received_on: dt.date
    step: StepKey
    text: str
    status: CommentStatus = CommentStatus.PENDING
    reason: str = ""  # why it was declined
    resolved_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Correction:
    """A change to the draft after the meeting closed: what, before and after, by whom."""

    id: int
    made_at: dt.datetime
    by_person_id: int | None
    field: str
    before: str
    after: str
    comment_id: int | None = None


@dataclass(frozen=True, slots=True)
class Addendum:
    id: int
    added_on: dt.date
    by_person_id: int | None
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A person kept out of part of the meeting; their copy leaves those parts out."""

    id: int
    person_id: int
    steps: tuple[StepKey, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class MinutesVersion:
    """A version of the minutes as it left the app: its fingerprint and whether it is the
    agreed one."""

    number: int
    fingerprint: str
    agreed: bool
    created_on: dt.date
    agreed_on: dt.date | None = None
    agreed_by_person_id: int | None = None


@dataclass(frozen=True, slots=True)
class MinutesRecord:
    """Everything about a meeting's minutes after the meeting."""

    status: MinutesStatus
    versions: tuple[MinutesVersion, ...] = ()
    distribution: tuple[Distribution, ...] = ()
    comments: tuple[Comment, ...] = ()
    corrections: tuple[Correction, ...] = ()
    addenda: tuple[Addendum, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()

    @property
    def agreed_version(self) -> MinutesVersion | None:
        return next((v for v in self.versions if v.agreed), None)

    @property
    def is_agreed(self) -> bool:
        return self.status is MinutesStatus.AGREED

    def sent_to(self) -> frozenset[int]:
        return frozenset(d.person_id for d in self.distribution)


# The words that stand for the fingerprint in a file's footer; verify reads them back.
FINGERPRINT_LABEL = "SHA-256"
VERSION_LABEL = "Version"


def canonical_content(document: MinutesDocument) -> str:
    """The minutes' content as canonical JSON: every word and number, in order. The chart's
    pixels are left out (the same numbers are in the tables next to it, and a picture may be
    drawn a little differently by another version of the drawing library)."""

    def block(b: object) -> object:
        match b:
            case Paragraph(text=text, emphasis=emphasis):
                return ["p", text, emphasis]
            case Subheading(text=text):
                return ["h", text]
            case FieldList(items=items):
                return ["fields", [list(item) for item in items]]
            case Table(headers=headers, rows=rows):
                return ["table", list(headers), [list(row) for row in rows]]
            case BulletList(items=items):
                return ["bullets", list(items)]
            case Figure(caption=caption):
                return ["figure", caption]
        raise TypeError(f"unknown block {type(b).__name__}")

    content = {
        "title": document.title,
        "marking": document.marking,
        "heading": [list(item) for item in document.heading.items],
        "sections": [
            {"title": s.title, "blocks": [block(b) for b in s.blocks]} for s in document.sections
        ],
    }
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def fingerprint(document: MinutesDocument) -> str:
    """SHA-256 of the canonical content, as 64 hex digits."""
    return hashlib.sha256(canonical_content(document).encode("utf-8")).hexdigest()


def footer_note(version: MinutesVersion) -> str:
    state = (
        f"agreed {version.agreed_on.strftime('%d/%m/%Y')}"
        if version.agreed and version.agreed_on
        else "draft"
    )
    return f"{VERSION_LABEL} {version.number} ({state}) · {FINGERPRINT_LABEL} {version.fingerprint}"

"""The address of one fact, part or item of a meeting's record: a typed value with one text form.

A correction, a comment's ruling and a withholding each name what they change. In the UI and
the services that name is a `FactRef`; in the database (the corrections log) and in record
packages it is kept as text, so files written before stay readable:

    attendance:<person id>                       how someone took part (a fact)
    score:<person id>:<statement id>             someone's score on a danger statement (a fact)
    score:<person id>:overall                    someone's score on the overall scale (a fact)
    action:<action id>:owner|due|status|what     one attribute of an action (a fact)
    reasons | worries | working_well | needs_to_happen | contingency | chair_summary
                                                 a part of the draft's wording
    update:<person id>                           an update from the family or an agency
    child_views:<child id>                       a child's wishes and feelings
    report:<person id>                           a written report (an item that can be withheld)
    statement_notes:<statement id>               the notes behind a danger statement
    vote_reason:<decision id>:<person id>        what someone said on a decision
    columns:worries|working_well|needs_to_happen one of the three columns
    contingency_part:<part id>                   a further part of the contingency plan

`FactRef.parse` is the only reader of that text and `FactRef.format` the only writer.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from chair_app.core.language import translate


class FactKind(enum.Enum):
    """What kind of thing a reference names; the value is the first word of its text form."""

    # Facts recorded in the meeting's steps, which the chair may correct.
    ATTENDANCE = "attendance"
    SCORE = "score"
    ACTION = "action"
    # Parts of the draft whose wording may be corrected.
    REASONS = "reasons"
    WORRIES = "worries"
    WORKING_WELL = "working_well"
    NEEDS_TO_HAPPEN = "needs_to_happen"
    CONTINGENCY = "contingency"
    CHAIR_SUMMARY = "chair_summary"
    UPDATE = "update"
    CHILD_VIEWS = "child_views"
    # Items that can be withheld (with UPDATE, CHILD_VIEWS and CONTINGENCY).
    REPORT = "report"
    STATEMENT_NOTES = "statement_notes"
    VOTE_REASON = "vote_reason"
    COLUMNS = "columns"
    CONTINGENCY_PART = "contingency_part"


ACTION_ATTRIBUTES = ("owner", "due", "status", "what")
COLUMN_NAMES = ("worries", "working_well", "needs_to_happen")
OVERALL = "overall"

# The facts recorded in the meeting's steps (MinutesService.correct_fact).
FACT_KINDS = frozenset({FactKind.ATTENDANCE, FactKind.SCORE, FactKind.ACTION})
# The parts of the draft that are one text of the meeting, with no id.
TEXT_KINDS = frozenset(
    {
        FactKind.REASONS,
        FactKind.WORRIES,
        FactKind.WORKING_WELL,
        FactKind.NEEDS_TO_HAPPEN,
        FactKind.CONTINGENCY,
        FactKind.CHAIR_SUMMARY,
    }
)

# Each kind's shapes: (how many ids, the attributes it takes after them or None for none).
_SHAPES: dict[FactKind, tuple[tuple[int, tuple[str, ...] | None], ...]] = {
    FactKind.ATTENDANCE: ((1, None),),
    FactKind.SCORE: ((2, None), (1, (OVERALL,))),
    FactKind.ACTION: ((1, ACTION_ATTRIBUTES),),
    **{kind: ((0, None),) for kind in TEXT_KINDS},
    FactKind.UPDATE: ((1, None),),
    FactKind.CHILD_VIEWS: ((1, None),),
    FactKind.REPORT: ((1, None),),
    FactKind.STATEMENT_NOTES: ((1, None),),
    FactKind.VOTE_REASON: ((2, None),),
    FactKind.COLUMNS: ((0, COLUMN_NAMES),),
    FactKind.CONTINGENCY_PART: ((1, None),),
}

_KINDS = {kind.value: kind for kind in FactKind}


# Reading and writing the ids of a text form: (kind, position among the ids, piece or id).
IdReader = Callable[["FactKind", int, str], "int | None"]
IdWriter = Callable[["FactKind", int, int], str]


def _read_id(_kind: FactKind, _position: int, piece: str) -> int | None:
    """An id as stored: a whole number in ASCII digits, written the one way (no leading 0)."""
    return int(piece) if piece.isascii() and piece.isdigit() and str(int(piece)) == piece else None


def _write_id(_kind: FactKind, _position: int, id_: int) -> str:
    return str(id_)


class BadFactRef(ValueError):
    """Text (or values) that name no fact, part or item of a meeting's record."""


def _fits(kind: FactKind, ids: tuple[int, ...], attribute: str | None) -> bool:
    return any(
        len(ids) == count and (attribute is None if names is None else attribute in names)
        for count, names in _SHAPES[kind]
    )


def _shapes_text(kind: FactKind) -> str:
    """How the text of a kind is written, for a message: "action:<id>:owner|due|status|what"."""
    forms = []
    for count, names in _SHAPES[kind]:
        pieces = [kind.value, *(["<id>"] * count)]
        if names is not None:
            pieces.append("|".join(names))
        forms.append(":".join(pieces))
    return translate("Facts", " or ").join(forms)


@dataclass(frozen=True, slots=True)
class FactRef:
    """One fact, part or item of a meeting's record.

    Attributes:
        kind: what it is.
        ids: the record ids it needs, in the order of the text form (the person and the
            statement of a score; the decision and the person of a vote's reason).
        attribute: an action's attribute, a column's name, or "overall" for a score on the
            overall scale; None for the others.

    Raises:
        BadFactRef: the ids or attribute do not fit the kind.
    """

    kind: FactKind
    ids: tuple[int, ...] = ()
    attribute: str | None = None

    def __post_init__(self) -> None:
        if any(type(i) is not int or i < 0 for i in self.ids):
            raise BadFactRef(
                translate("Facts", "The ids of a {kind} are whole numbers, 0 or more.").format(
                    kind=self.kind.value
                )
            )
        if not _fits(self.kind, self.ids, self.attribute):
            raise BadFactRef(
                translate("Facts", "A {kind} is written {shapes}, not with ids {ids} and {name}.")
                .format(
                    kind=self.kind.value,
                    shapes=_shapes_text(self.kind),
                    ids=self.ids,
                    name=repr(self.attribute),
                )
            )

    @classmethod
    def parse(cls, text: str, read_id: IdReader | None = None) -> FactRef:
        """The reference a text form names ("action:12:due").

        ``read_id(kind, position, piece)`` reads the ids of another form of the text (a record
        package names rows by UUID): the id, or None when the piece is not one.

        Raises:
            BadFactRef: the text names nothing: an unknown kind, missing or extra parts, or an
                id that is not a whole number.
        """
        kind_text, *rest = text.split(":")
        kind = _KINDS.get(kind_text)
        if kind is None:
            raise BadFactRef(
                translate("Facts", "{text} names no fact or part of the record.").format(
                    text=repr(text)
                )
            )
        for count, names in _SHAPES[kind]:
            if len(rest) != count + (names is not None):
                continue
            attribute = rest[count] if names is not None else None
            if names is not None and attribute not in names:
                continue
            ids = [(read_id or _read_id)(kind, i, piece) for i, piece in enumerate(rest[:count])]
            if all(i is not None for i in ids):
                return cls(kind, tuple(i for i in ids if i is not None), attribute)
        raise BadFactRef(
            translate(
                "Facts", "{text} names no fact or part of the record: a {kind} is written {shapes}."
            ).format(text=repr(text), kind=kind.value, shapes=_shapes_text(kind))
        )

    def format(self, write_id: IdWriter | None = None) -> str:
        """The text form, as stored: FactRef.parse(ref.format()) == ref.

        ``write_id(kind, position, id)`` writes the ids in another form (FactRef.parse's
        ``read_id`` reads it back)."""
        pieces = [self.kind.value]
        pieces += [(write_id or _write_id)(self.kind, n, i) for n, i in enumerate(self.ids)]
        if self.attribute is not None:
            pieces.append(self.attribute)
        return ":".join(pieces)

    def __str__(self) -> str:
        return self.format()

    @property
    def is_fact(self) -> bool:
        """A fact recorded in the meeting's steps (attendance, a score, an action's attribute)."""
        return self.kind in FACT_KINDS

    @property
    def statement_id(self) -> int | None:
        """A score's danger statement; None for the overall scale (and for other kinds)."""
        return self.ids[1] if self.kind is FactKind.SCORE and len(self.ids) == 2 else None

    # Constructors for the kinds with ids, so no caller writes the shapes by hand.

    @classmethod
    def attendance(cls, person_id: int) -> FactRef:
        return cls(FactKind.ATTENDANCE, (person_id,))

    @classmethod
    def score(cls, person_id: int, statement_id: int | None) -> FactRef:
        if statement_id is None:
            return cls(FactKind.SCORE, (person_id,), OVERALL)
        return cls(FactKind.SCORE, (person_id, statement_id))

    @classmethod
    def action(cls, action_id: int, attribute: str) -> FactRef:
        return cls(FactKind.ACTION, (action_id,), attribute)

    @classmethod
    def text(cls, kind: FactKind) -> FactRef:
        """A part of the draft that is one text of the meeting (reasons, a column...)."""
        return cls(kind)

    @classmethod
    def of(cls, kind: FactKind, *ids: int) -> FactRef:
        """A kind whose text form is its ids only (update, child_views, report...)."""
        return cls(kind, ids)

    @classmethod
    def column(cls, name: str) -> FactRef:
        return cls(FactKind.COLUMNS, (), name)


def fact_ref(value: FactRef | str) -> FactRef:
    """A reference given as one or as its text form (the services take either).

    Raises:
        BadFactRef: text that names nothing.
    """
    return value if isinstance(value, FactRef) else FactRef.parse(value)

"""The address of a fact, part or item of the record: one typed value, one text form."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chair_app.core.facts import (
    ACTION_ATTRIBUTES,
    COLUMN_NAMES,
    BadFactRef,
    FactKind,
    FactRef,
)
from chair_app.core.withholding import BadItemKey, item_ref

ids = st.integers(min_value=0, max_value=10**12)


def _refs() -> st.SearchStrategy[FactRef]:
    one_id = [
        FactKind.ATTENDANCE, FactKind.UPDATE, FactKind.CHILD_VIEWS, FactKind.REPORT,
        FactKind.STATEMENT_NOTES, FactKind.CONTINGENCY_PART,
    ]
    no_id = [
        FactKind.REASONS, FactKind.WORRIES, FactKind.WORKING_WELL, FactKind.NEEDS_TO_HAPPEN,
        FactKind.CONTINGENCY, FactKind.CHAIR_SUMMARY,
    ]
    return st.one_of(
        st.builds(FactRef.of, st.sampled_from(one_id), ids),
        st.builds(FactRef.text, st.sampled_from(no_id)),
        st.builds(FactRef.score, ids, st.none() | ids),
        st.builds(FactRef.action, ids, st.sampled_from(ACTION_ATTRIBUTES)),
        st.builds(lambda d, p: FactRef.of(FactKind.VOTE_REASON, d, p), ids, ids),
        st.builds(FactRef.column, st.sampled_from(COLUMN_NAMES)),
    )


@given(_refs())
def test_every_reference_reads_back_from_its_text(ref: FactRef) -> None:
    text = ref.format()
    assert FactRef.parse(text) == ref
    assert FactRef.parse(text).format() == text


@given(st.text(alphabet="actionscore:0123456789_-x ", max_size=30))
def test_any_text_is_a_reference_or_a_clear_refusal(text: str) -> None:
    try:
        ref = FactRef.parse(text)
    except BadFactRef as error:
        assert repr(text) in str(error)
    else:
        assert ref.format() == text  # one text form per reference


def test_the_stored_forms_read_as_before() -> None:
    assert FactRef.parse("attendance:7") == FactRef.attendance(7)
    assert FactRef.parse("action:12:due") == FactRef.action(12, "due")
    assert FactRef.parse("score:3:overall") == FactRef.score(3, None)
    assert FactRef.parse("score:3:41").statement_id == 41
    assert FactRef.parse("reasons").kind is FactKind.REASONS
    assert FactRef.parse("columns:working_well") == FactRef.column("working_well")
    assert FactRef.parse("vote_reason:5:9").ids == (5, 9)
    assert FactRef.score(3, None).format() == "score:3:overall"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("venue", "names no fact or part"),
        ("", "names no fact or part"),
        ("action:12", "action:<id>:owner|due|status|what"),
        ("action:12:colour", "action:<id>:owner|due|status|what"),
        ("action:x:due", "action:<id>:owner|due|status|what"),
        ("attendance:7:8", "attendance:<id>"),
        ("attendance:-7", "attendance:<id>"),
        ("attendance:007", "attendance:<id>"),
        ("attendance:٣", "attendance:<id>"),  # an Arabic-Indic digit is not an id
        ("score:3", "score:<id>:<id> or score:<id>:overall"),
        ("reasons:1", "reasons"),
        ("columns:colour", "columns:worries|working_well|needs_to_happen"),
    ],
)
def test_a_malformed_address_is_refused_with_how_it_is_written(text: str, says: str) -> None:
    with pytest.raises(BadFactRef) as raised:
        FactRef.parse(text)
    assert isinstance(raised.value, ValueError)
    assert repr(text) in str(raised.value)
    assert says in str(raised.value)


def test_a_reference_cannot_be_built_in_a_shape_its_kind_does_not_have() -> None:
    with pytest.raises(BadFactRef, match="action:<id>:owner"):
        FactRef.action(3, "colour")
    with pytest.raises(BadFactRef, match="whole numbers"):
        FactRef.attendance(-1)
    with pytest.raises(BadFactRef):
        FactRef(FactKind.REASONS, (1,))


def test_withholding_keys_are_references_of_items_that_can_be_withheld() -> None:
    assert item_ref("vote_reason:5:9") == FactRef.of(FactKind.VOTE_REASON, 5, 9)
    assert item_ref("columns:worries") == FactRef.column("worries")
    assert item_ref("contingency") == FactRef.text(FactKind.CONTINGENCY)
    for key in ("attendance:7", "reasons", "report:x", "columns:colour"):
        with pytest.raises(BadItemKey, match="can be withheld"):
            item_ref(key)

"""Finding a family by anyone's name: a child, an adult in the network, or the family's own name.

Every name here is made up.
"""

from __future__ import annotations

import unicodedata

import pytest

from chair_app.core.domain import Child, Person, PlanType
from chair_app.models.db import SessionFactory
from chair_app.services.families import FamilyService, name_matches


@pytest.fixture
def families(factory: SessionFactory) -> FamilyService:
    service = FamilyService(factory)
    data = {
        "Pritchard family": (
            ["Elis Pritchard"],
            [("Bryn Ŵyn Pritchard", "Father", False), ("Nerys Ap Ifan", "Social worker", True)],
        ),
        "Okonkwo family": (
            ["Ada Okonkwo"],
            [("Wyn Davies", "Health visitor", True), ("Grace O’Neill", "Class teacher", True)],
        ),
        "Marsh family": (
            ["Zoë Marsh"],
            [("José Ruiz", "Police officer", True), ("Kit Marsh", "Mother", False)],
        ),
    }
    for family_name, (children, people) in data.items():
        family_id = service.create_family(family_name)
        for child in children:
            service.save_child(family_id, Child(0, child, None, PlanType.CHILD_IN_NEED))
        for name, role, professional in people:
            service.save_person(family_id, Person(0, name, role, "", professional))
    return service


def _names(found: tuple[object, ...]) -> list[str]:
    return [summary.name for summary in found]  # type: ignore[attr-defined]


def test_search_welsh_letter_typed_finds_only_the_name_with_it(families: FamilyService) -> None:
    # "ŵyn" is typed with its accent: Bryn Ŵyn matches, Wyn Davies (a plain w) does not.
    assert _names(families.search_families("ŵyn")) == ["Pritchard family"]


def test_search_ignores_case_of_accented_letters(families: FamilyService) -> None:
    assert _names(families.search_families("ŴYN")) == ["Pritchard family"]
    assert _names(families.search_families("bryn ŵYN")) == ["Pritchard family"]


def test_search_decomposed_accent_as_some_keyboards_type_it_matches(
    families: FamilyService,
) -> None:
    decomposed = unicodedata.normalize("NFD", "ŵyn")
    assert decomposed != "ŵyn"
    assert _names(families.search_families(decomposed)) == ["Pritchard family"]


def test_search_plain_letters_also_find_accented_names(families: FamilyService) -> None:
    # Without a Welsh keyboard the chair types "wyn": both families have a "Wyn".
    assert _names(families.search_families("wyn")) == ["Okonkwo family", "Pritchard family"]
    assert _names(families.search_families("zoe")) == ["Marsh family"]
    assert _names(families.search_families("jose")) == ["Marsh family"]


def test_search_a_different_accent_does_not_match(families: FamilyService) -> None:
    assert _names(families.search_families("Zoë")) == ["Marsh family"]
    assert families.search_families("zoé") == ()


def test_search_finds_children_and_every_adult_in_the_network(families: FamilyService) -> None:
    assert _names(families.search_families("ada")) == ["Okonkwo family"]
    assert _names(families.search_families("ruiz")) == ["Marsh family"]  # a professional
    assert _names(families.search_families("ap ifan")) == ["Pritchard family"]
    assert _names(families.search_families("MARSH")) == ["Marsh family"]


def test_search_words_must_all_be_in_one_name(families: FamilyService) -> None:
    assert _names(families.search_families("davies wyn")) == ["Okonkwo family"]
    # Ada is in the Okonkwo family and Ruiz in the Marsh family: nobody is called both.
    assert families.search_families("ada ruiz") == ()


def test_search_straight_apostrophe_finds_curly_one(families: FamilyService) -> None:
    assert _names(families.search_families("o'neill")) == ["Okonkwo family"]


def test_search_no_match_is_empty(families: FamilyService) -> None:
    assert families.search_families("Quintrell") == ()


def test_search_empty_text_lists_every_family_in_order(families: FamilyService) -> None:
    everyone = families.list_families()
    assert families.search_families("") == everyone
    assert families.search_families("   ") == everyone
    assert _names(everyone) == ["Marsh family", "Okonkwo family", "Pritchard family"]


def test_search_reports_which_names_matched(families: FamilyService) -> None:
    (match,) = families.search("ŵyn")
    assert match.summary.name == "Pritchard family"
    assert match.matched_names == ("Bryn Ŵyn Pritchard",)
    (marsh,) = families.search("marsh")
    assert marsh.matched_names == ("Marsh family", "Zoë Marsh", "Kit Marsh")


def test_search_sees_a_person_added_later(families: FamilyService) -> None:
    assert families.search_families("Tamsin") == ()
    marsh = families.search_families("marsh")[0]
    families.save_person(marsh.id, Person(0, "Tamsin Hale", "Advocate", "", False))
    assert _names(families.search_families("tamsin")) == ["Marsh family"]


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("ŵyn", "Bryn Ŵyn Pritchard", True),
        ("ŵyn", "Wyn Davies", False),
        ("wyn", "Bryn Ŵyn Pritchard", True),
        ("ll", "Llinos Ellis", True),
        ("siân", "Sian Lloyd", False),
        ("sian", "Siân Lloyd", True),
        ("", "Anyone", True),
    ],
    ids=[
        "accent-typed",
        "accent-typed-plain-name",
        "plain-typed",
        "welsh-ll",
        "accent-vs-plain",
        "plain-vs-accent",
        "empty",
    ],
)
def test_name_matches(query: str, name: str, expected: bool) -> None:
    assert name_matches(query, name) is expected

"""The timescale policies: one bundled default per nation plus a local authority's own files.

Bundled defaults live in ``resources/policies/<nation>.json``; a local folder may add any number
of ``*.json`` files in the same format (see ``chair_app.core.timescales.parse_policy``), and so
may ``policies/`` in IT's configuration folder (services.site_config); a local file with the name
of one of IT's policies replaces it.
Loading never raises for bad data: each unreadable or invalid file is reported in
``PolicyCatalogue.problems`` and skipped, so one typo in a local file cannot stop the app. If a
nation's bundled file is broken, the built-in copy defined below is used instead, so every nation
always has a default.

A policy file may carry Welsh (or another language) beside the English: ``"translations":
{"cy": {"description": ...}}`` for the policy and ``{"cy": {"title", "anchor", "source"}}`` for
each rule (see core.translated_data). ``PolicyCatalogue.in_language`` reads them; a file without
them (a local policy, say) shows its English in every language.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from chair_app.core.language import Language
from chair_app.core.timescales import Nation, Policy, PolicyError, Unit, parse_policy
from chair_app.paths import resources_dir, site_config_dir

logger = logging.getLogger(__name__)

POLICIES_DIR = Path("policies")

BUNDLED_FILES: Mapping[Nation, str] = MappingProxyType(
    {
        Nation.ENGLAND: "england.json",
        Nation.WALES: "wales.json",
        Nation.SCOTLAND: "scotland.json",
        Nation.NORTHERN_IRELAND: "northern-ireland.json",
    }
)


class UnknownPolicy(LookupError):
    """No policy has the name asked for; the message lists the names there are."""


@dataclass(frozen=True, slots=True)
class PolicyCatalogue:
    """Every policy that loaded, each nation's default, and what went wrong with the rest.

    Attributes:
        policies: the policies in load order: bundled defaults first, then local files by name.
        defaults: each nation's default (the bundled file, or the built-in copy if it is broken).
        problems: one message per file that could not be used, naming the file and the problem.
    """

    policies: tuple[Policy, ...]
    defaults: Mapping[Nation, Policy]
    problems: tuple[str, ...]

    def names(self) -> tuple[str, ...]:
        """The policies' names, in load order."""
        return tuple(policy.name for policy in self.policies)

    def get(self, name: str) -> Policy:
        """The policy called ``name`` (case and spacing do not matter).

        Raises:
            UnknownPolicy: there is none; the message lists the names there are.
        """
        wanted = _name_key(name)
        for policy in self.policies:
            if _name_key(policy.name) == wanted:
                return policy
        known = ", ".join(repr(known_name) for known_name in self.names())
        raise UnknownPolicy(f"there is no policy called {name!r} (the policies are: {known})")

    def default_for(self, nation: Nation) -> Policy:
        """The nation's default policy; every nation has one."""
        return self.defaults[nation]

    def in_language(self, language: Language) -> PolicyCatalogue:
        """The same catalogue with its descriptions and rules in ``language`` (names and
        problems unchanged)."""
        translated = {id(policy): policy.in_language(language) for policy in self.policies}
        return PolicyCatalogue(
            policies=tuple(translated[id(policy)] for policy in self.policies),
            defaults=MappingProxyType(
                {
                    nation: translated.get(id(policy)) or policy.in_language(language)
                    for nation, policy in self.defaults.items()
                }
            ),
            problems=self.problems,
        )


def load_policies(
    local_folder: Path | None = None,
    *,
    bundled_folder: Path | None = None,
    site_folder: Path | None = None,
) -> PolicyCatalogue:
    """Read the bundled policies and any ``*.json`` policies in ``local_folder``.

    Args:
        local_folder: a local authority's own policies, or None for the bundled ones only.
        bundled_folder: where the bundled files are; defaults to ``resources/policies``
            (tests point it elsewhere to try broken files).
        site_folder: IT's policies, read before the local ones; ``policies`` in the site
            configuration folder unless given. Skipped when it does not exist.

    Returns:
        The catalogue. Problems are collected in it, never raised: a broken file is skipped,
        and a broken bundled default is replaced by its built-in copy.
    """
    bundled = resources_dir() / POLICIES_DIR if bundled_folder is None else bundled_folder
    policies: list[Policy] = []
    defaults: dict[Nation, Policy] = {}
    problems: list[str] = []
    for nation, file_name in BUNDLED_FILES.items():
        path = bundled / file_name
        try:
            policy = _read_policy(path, f"{file_name} (bundled)")
            if policy.nation is not nation:
                raise PolicyError(
                    f"{file_name} (bundled): the nation is {policy.nation.value!r}, "
                    f"but this file is the default for {nation.value!r}"
                )
        except PolicyError as error:
            problems.append(f"{error}; the built-in {nation.label} default is used instead.")
            policy = built_in_default(nation)
        policies.append(policy)
        defaults[nation] = policy
    site = site_config_dir() / POLICIES_DIR if site_folder is None else site_folder
    added = _read_local_folder(site, policies, problems) if site.is_dir() else []
    if local_folder is not None:
        for policy in _read_local_folder(local_folder, policies, problems):
            # The user's own file of the same name replaces IT's.
            added = [p for p in added if _name_key(p.name) != _name_key(policy.name)]
            added.append(policy)
    policies.extend(added)
    for problem in problems:
        logger.warning("policy not loaded: %s", problem)
    return PolicyCatalogue(
        policies=tuple(policies),
        defaults=MappingProxyType(defaults),
        problems=tuple(problems),
    )


def policy_folder_problems(folder: Path) -> list[str]:
    """What is wrong with the policy files in ``folder``, one message per file."""
    problems: list[str] = []
    bundled = [built_in_default(nation) for nation in Nation]
    _read_local_folder(folder, bundled, problems)
    return problems


def _read_local_folder(folder: Path, loaded: list[Policy], problems: list[str]) -> list[Policy]:
    if not folder.is_dir():
        problems.append(f"{folder}: there is no policy folder here.")
        return []
    found: list[Policy] = []
    taken = {_name_key(policy.name): policy.name for policy in loaded}
    for path in sorted(folder.glob("*.json")):
        try:
            policy = _read_policy(path, str(path))
        except PolicyError as error:
            problems.append(f"{error}; this file is skipped.")
            continue
        if _name_key(policy.name) in taken:
            problems.append(
                f"{path}: the name {policy.name!r} is already used by another policy; "
                "this file is skipped (give it a name of its own)."
            )
            continue
        taken[_name_key(policy.name)] = policy.name
        found.append(policy)
    return found


def _read_policy(path: Path, source_name: str) -> Policy:
    """Read and validate one file; every failure becomes a PolicyError naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError(f"{source_name}: the file is missing") from None
    except UnicodeDecodeError:
        raise PolicyError(f"{source_name}: the file is not UTF-8 text") from None
    except OSError as error:
        raise PolicyError(f"{source_name}: the file cannot be read ({error.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PolicyError(
            f"{source_name}: not valid JSON at line {error.lineno}, column {error.colno} "
            f"({error.msg})"
        ) from None
    return parse_policy(data, source_name)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def built_in_default(nation: Nation) -> Policy:
    """The copy of the nation's bundled default kept in code, for when the file is broken.

    It must match ``resources/policies/<nation>.json`` (a test compares them).
    """
    policy = parse_policy(_BUILT_IN_DEFAULTS[nation], f"built-in {nation.label} default")
    return policy


_WD = Unit.WORKING_DAYS.value
_DAYS = Unit.CALENDAR_DAYS.value
_WEEKS = Unit.WEEKS.value
_MONTHS = Unit.MONTHS.value

_RuleRow = tuple[str, str, int, str, str]

WELSH_POLICY_TEXTS: dict[str, str] = {
    # Titles
    "Initial Child Protection Conference": "Cynhadledd Amddiffyn Plant Gychwynnol",
    "First Core Group": "Grŵp Craidd cyntaf",
    "Next Core Group": "Grŵp Craidd nesaf",
    "First Review Child Protection Conference": "Cynhadledd Adolygu Amddiffyn Plant gyntaf",
    "Next Review Child Protection Conference": "Cynhadledd Adolygu Amddiffyn Plant nesaf",
    "Next Child in Need meeting": "Cyfarfod plentyn mewn angen nesaf",
    "First Looked After Child review": "Adolygiad cyntaf plentyn sy'n derbyn gofal",
    "Second Looked After Child review": "Ail adolygiad plentyn sy'n derbyn gofal",
    "Next Looked After Child review": "Adolygiad nesaf plentyn sy'n derbyn gofal",
    "Minutes to the social worker": "Cofnodion i'r gweithiwr cymdeithasol",
    "Next care and support plan meeting": "Cyfarfod cynllun gofal a chymorth nesaf",
    "Initial Child Protection Planning Meeting": "Cyfarfod Cynllunio Amddiffyn Plant Cychwynnol",
    "First Review Child Protection Planning Meeting": (
        "Cyfarfod Adolygu Cynllunio Amddiffyn Plant cyntaf"
    ),
    "Next Review Child Protection Planning Meeting": (
        "Cyfarfod Adolygu Cynllunio Amddiffyn Plant nesaf"
    ),
    "Next child's plan meeting": "Cyfarfod cynllun y plentyn nesaf",
    "Initial Child Protection Case Conference": "Cynhadledd Achos Amddiffyn Plant Gychwynnol",
    "First Review Child Protection Case Conference": (
        "Cynhadledd Achos Adolygu Amddiffyn Plant gyntaf"
    ),
    "Next Review Child Protection Case Conference": (
        "Cynhadledd Achos Adolygu Amddiffyn Plant nesaf"
    ),
    "First Review Child Protection Conference (pre-birth)": (
        "Cynhadledd Adolygu Amddiffyn Plant gyntaf (cyn geni)"
    ),
    "Review Child Protection Planning Meeting (pre-birth)": (
        "Cyfarfod Adolygu Cynllunio Amddiffyn Plant (cyn geni)"
    ),
    "First Review Child Protection Case Conference (pre-birth)": (
        "Cynhadledd Achos Adolygu Amddiffyn Plant gyntaf (cyn geni)"
    ),
    # Anchors
    "the strategy discussion that started the section 47 enquiry": (
        "y drafodaeth strategaeth a ddechreuodd yr ymholiad adran 47"
    ),
    "the Initial Child Protection Conference": "y Gynhadledd Amddiffyn Plant Gychwynnol",
    "the previous Core Group": "y Grŵp Craidd blaenorol",
    "the previous Review Conference": "y Gynhadledd Adolygu flaenorol",
    "the previous Child in Need meeting": "y cyfarfod plentyn mewn angen blaenorol",
    "the day the child became looked after": "y diwrnod y dechreuodd y plentyn dderbyn gofal",
    "the first review": "yr adolygiad cyntaf",
    "the previous review": "yr adolygiad blaenorol",
    "the meeting": "y cyfarfod",
    "the strategy discussion": "y drafodaeth strategaeth",
    "the previous care and support plan meeting": "y cyfarfod cynllun gofal a chymorth blaenorol",
    "the start of the child protection investigation": "dechrau'r ymchwiliad amddiffyn plant",
    "the Child Protection Planning Meeting": "y Cyfarfod Cynllunio Amddiffyn Plant",
    "the initial Child Protection Planning Meeting": "y Cyfarfod Cynllunio Amddiffyn Plant cychwynnol",
    "the previous review Child Protection Planning Meeting": (
        "y Cyfarfod Adolygu Cynllunio Amddiffyn Plant blaenorol"
    ),
    "the previous child's plan meeting": "cyfarfod blaenorol cynllun y plentyn",
    "the Initial Child Protection Case Conference": "y Gynhadledd Achos Amddiffyn Plant Gychwynnol",
    "the previous Review Case Conference": "y Gynhadledd Achos Adolygu flaenorol",
    "the pre-birth Initial Child Protection Conference": (
        "y Gynhadledd Amddiffyn Plant Gychwynnol cyn geni"
    ),
    "the birth": "yr enedigaeth",
    "the pre-birth Child Protection Planning Meeting": "y Cyfarfod Cynllunio Amddiffyn Plant cyn geni",
    "the pre-birth Initial Child Protection Case Conference": (
        "y Gynhadledd Achos Amddiffyn Plant Gychwynnol cyn geni"
    ),
    # Sources: the names of documents and places are kept; the words around them translated.
    "Barnsley core group guidance": "canllawiau grŵp craidd Barnsley",
    "Barnsley core group guidance (5, unit not given: working days assumed)": (
        "canllawiau grŵp craidd Barnsley (5, heb uned: tybir mai diwrnodau gwaith ydynt)"
    ),
    "Barnsley core group guidance (5, unit not given: working days assumed, as in the Wales "
    "Safeguarding Procedures)": (
        "canllawiau grŵp craidd Barnsley (5, heb uned: tybir mai diwrnodau gwaith ydynt, fel yng "
        "Ngweithdrefnau Diogelu Cymru)"
    ),
    "Barnsley core group guidance (England; not checked for Northern Ireland)": (
        "canllawiau grŵp craidd Barnsley (Lloegr; heb eu gwirio ar gyfer Gogledd Iwerddon)"
    ),
    "Barnsley core group guidance (England; not checked for Scotland)": (
        "canllawiau grŵp craidd Barnsley (Lloegr; heb eu gwirio ar gyfer yr Alban)"
    ),
    "Barnsley core group guidance (England; not checked for Wales)": (
        "canllawiau grŵp craidd Barnsley (Lloegr; heb eu gwirio ar gyfer Cymru)"
    ),
    "Barnsley core group guidance; Bolton": "canllawiau grŵp craidd Barnsley; Bolton",
    "Barnsley core group guidance; Norfolk; Sefton; Nottinghamshire": (
        "canllawiau grŵp craidd Barnsley; Norfolk; Sefton; Swydd Nottingham"
    ),
    "England and Wales procedures (not checked for Northern Ireland)": (
        "gweithdrefnau Cymru a Lloegr (heb eu gwirio ar gyfer Gogledd Iwerddon)"
    ),
    "England care planning regulations (not checked for Northern Ireland)": (
        "rheoliadau cynllunio gofal Lloegr (heb eu gwirio ar gyfer Gogledd Iwerddon)"
    ),
    "England care planning regulations (not checked for Scotland)": (
        "rheoliadau cynllunio gofal Lloegr (heb eu gwirio ar gyfer yr Alban)"
    ),
    "England care planning regulations (not checked for Wales)": (
        "rheoliadau cynllunio gofal Lloegr (heb eu gwirio ar gyfer Cymru)"
    ),
    "England care planning regulations; Childhood First": (
        "rheoliadau cynllunio gofal Lloegr; Childhood First"
    ),
    "NHS Scotland child protection procedures": "gweithdrefnau amddiffyn plant GIG yr Alban",
    "NHS Scotland child protection procedures (4-weekly)": (
        "gweithdrefnau amddiffyn plant GIG yr Alban (bob 4 wythnos)"
    ),
    "NHS Scotland child protection procedures; at most 6 months in all nations": (
        "gweithdrefnau amddiffyn plant GIG yr Alban; 6 mis ar y mwyaf ym mhob gwlad"
    ),
    "National Guidance for Child Protection in Scotland 2021, 3.143 (the timing after the birth "
    "is left to professional judgement)": (
        "Canllawiau Cenedlaethol ar gyfer Amddiffyn Plant yn yr Alban 2021, 3.143 (barn "
        "broffesiynol sy'n pennu'r amseru ar ôl yr enedigaeth)"
    ),
    "SBNI procedures": "gweithdrefnau SBNI",
    "SBNI procedures; at most 6 months in all nations": (
        "gweithdrefnau SBNI; 6 mis ar y mwyaf ym mhob gwlad"
    ),
    "Scottish Government National Guidance 2021": "Canllawiau Cenedlaethol Llywodraeth yr Alban 2021",
    "Scottish Government National Guidance appendix (NHS Scotland: 15 calendar days)": (
        "atodiad Canllawiau Cenedlaethol Llywodraeth yr Alban (GIG yr Alban: 15 diwrnod calendr)"
    ),
    "South Ayrshire procedures (plan within 5 working days)": (
        "gweithdrefnau De Swydd Ayr (cynllun o fewn 5 diwrnod gwaith)"
    ),
    "Tees pre-birth procedures": "gweithdrefnau cyn geni Tees",
    "Tees pre-birth procedures (England; not checked for Northern Ireland)": (
        "gweithdrefnau cyn geni Tees (Lloegr; heb eu gwirio ar gyfer Gogledd Iwerddon)"
    ),
    "Tees pre-birth procedures (England; not checked for Wales)": (
        "gweithdrefnau cyn geni Tees (Lloegr; heb eu gwirio ar gyfer Cymru)"
    ),
    "Wales Safeguarding Procedures": "Gweithdrefnau Diogelu Cymru",
    "Wales Safeguarding Procedures (circulate within 5 working days)": (
        "Gweithdrefnau Diogelu Cymru (eu dosbarthu o fewn 5 diwrnod gwaith)"
    ),
    "Wales Safeguarding Procedures (monthly, never more than 6-weekly)": (
        "Gweithdrefnau Diogelu Cymru (bob mis, byth yn hwy na bob 6 wythnos)"
    ),
    "Wales Safeguarding Procedures; Conwy": "Gweithdrefnau Diogelu Cymru; Conwy",
    "Working Together 2023 via local safeguarding partnerships; Family Rights Group; Devon; "
    "Sussex": (
        "Working Together 2023 drwy bartneriaethau diogelu lleol; Family Rights Group; Dyfnaint; "
        "Sussex"
    ),
    "advocacy leaflet on Social Services meetings; Family Rights Group": (
        "taflen eiriolaeth am gyfarfodydd y Gwasanaethau Cymdeithasol; Family Rights Group"
    ),
    "advocacy leaflet on Social Services meetings; Oxfordshire procedures": (
        "taflen eiriolaeth am gyfarfodydd y Gwasanaethau Cymdeithasol; gweithdrefnau Swydd "
        "Rydychen"
    ),
    "advocacy leaflet on Social Services meetings; Oxfordshire procedures (England; not checked "
    "for Northern Ireland)": (
        "taflen eiriolaeth am gyfarfodydd y Gwasanaethau Cymdeithasol; gweithdrefnau Swydd "
        "Rydychen (Lloegr; heb eu gwirio ar gyfer Gogledd Iwerddon)"
    ),
    "advocacy leaflet on Social Services meetings; Oxfordshire procedures (England; not checked "
    "for Scotland)": (
        "taflen eiriolaeth am gyfarfodydd y Gwasanaethau Cymdeithasol; gweithdrefnau Swydd "
        "Rydychen (Lloegr; heb eu gwirio ar gyfer yr Alban)"
    ),
    "advocacy leaflet on Social Services meetings; Oxfordshire procedures (England; not checked "
    "for Wales)": (
        "taflen eiriolaeth am gyfarfodydd y Gwasanaethau Cymdeithasol; gweithdrefnau Swydd "
        "Rydychen (Lloegr; heb eu gwirio ar gyfer Cymru)"
    ),
    "at most 6 months in all nations: advocacy leaflet on Social Services meetings; Tees": (
        "6 mis ar y mwyaf ym mhob gwlad: taflen eiriolaeth am gyfarfodydd y Gwasanaethau "
        "Cymdeithasol; Tees"
    ),
}
"""The Welsh of the bundled policies' rule titles, anchors and sources (the bundled files carry
the same in their "translations"), waiting for review by a Welsh speaker."""


def _rule_data(row: _RuleRow) -> dict[str, Any]:
    rule: dict[str, Any] = dict(
        zip(("title", "anchor", "limit", "unit", "source"), row, strict=True)
    )
    welsh = {field: WELSH_POLICY_TEXTS[rule[field]] for field in ("title", "anchor", "source")}
    rule["translations"] = {Language.WELSH.value: welsh}
    return rule


def _policy_data(name: str, nation: Nation, rows: dict[str, _RuleRow]) -> dict[str, Any]:
    """A policy document from compact rows (title, anchor, limit, unit, source)."""
    return {
        "name": name,
        "nation": nation.value,
        "description": (
            f"Built-in copy of the {nation.label} default, used because the bundled file could "
            "not be read."
        ),
        "rules": {key: _rule_data(row) for key, row in rows.items()},
    }


# Generated from resources/policies/*.json; keep the two in step.
_BUILT_IN_DEFAULTS: dict[Nation, dict[str, Any]] = {
    Nation.ENGLAND: _policy_data(
        "England default",
        Nation.ENGLAND,
        {
            "initial-conference": (
                "Initial Child Protection Conference",
                "the strategy discussion that started the section 47 enquiry",
                15,
                _WD,
                "Working Together 2023 via local safeguarding partnerships; Family Rights Group; Devon; Sussex",
            ),
            "first-core-group": (
                "First Core Group",
                "the Initial Child Protection Conference",
                10,
                _WD,
                "Barnsley core group guidance; Norfolk; Sefton; Nottinghamshire",
            ),
            "core-group": (
                "Next Core Group",
                "the previous Core Group",
                28,
                _DAYS,
                "Barnsley core group guidance",
            ),
            "first-review-conference": (
                "First Review Child Protection Conference",
                "the Initial Child Protection Conference",
                3,
                _MONTHS,
                "advocacy leaflet on Social Services meetings; Family Rights Group",
            ),
            "review-conference": (
                "Next Review Child Protection Conference",
                "the previous Review Conference",
                6,
                _MONTHS,
                "at most 6 months in all nations: advocacy leaflet on Social Services meetings; Tees",
            ),
            "cin-meeting": (
                "Next Child in Need meeting",
                "the previous Child in Need meeting",
                6,
                _WEEKS,
                "Barnsley core group guidance; Bolton",
            ),
            "first-lac-review": (
                "First Looked After Child review",
                "the day the child became looked after",
                20,
                _WD,
                "England care planning regulations; Childhood First",
            ),
            "second-lac-review": (
                "Second Looked After Child review",
                "the first review",
                3,
                _MONTHS,
                "advocacy leaflet on Social Services meetings; Oxfordshire procedures",
            ),
            "lac-review": (
                "Next Looked After Child review",
                "the previous review",
                6,
                _MONTHS,
                "advocacy leaflet on Social Services meetings; Oxfordshire procedures",
            ),
            "minutes": (
                "Minutes to the social worker",
                "the meeting",
                5,
                _WD,
                "Barnsley core group guidance (5, unit not given: working days assumed, as in the Wales Safeguarding Procedures)",
            ),
        },
    ),
    Nation.WALES: _policy_data(
        "Wales default",
        Nation.WALES,
        {
            "initial-conference": (
                "Initial Child Protection Conference",
                "the strategy discussion",
                15,
                _WD,
                "Wales Safeguarding Procedures; Conwy",
            ),
            "first-core-group": (
                "First Core Group",
                "the Initial Child Protection Conference",
                10,
                _WD,
                "Wales Safeguarding Procedures",
            ),
            "core-group": (
                "Next Core Group",
                "the previous Core Group",
                6,
                _WEEKS,
                "Wales Safeguarding Procedures (monthly, never more than 6-weekly)",
            ),
            "first-review-conference": (
                "First Review Child Protection Conference",
                "the Initial Child Protection Conference",
                3,
                _MONTHS,
                "Wales Safeguarding Procedures",
            ),
            "review-conference": (
                "Next Review Child Protection Conference",
                "the previous Review Conference",
                6,
                _MONTHS,
                "at most 6 months in all nations: advocacy leaflet on Social Services meetings; Tees",
            ),
            "cin-meeting": (
                "Next care and support plan meeting",
                "the previous care and support plan meeting",
                6,
                _WEEKS,
                "Barnsley core group guidance (England; not checked for Wales)",
            ),
            "first-lac-review": (
                "First Looked After Child review",
                "the day the child became looked after",
                20,
                _WD,
                "England care planning regulations (not checked for Wales)",
            ),
            "second-lac-review": (
                "Second Looked After Child review",
                "the first review",
                3,
                _MONTHS,
                "advocacy leaflet on Social Services meetings; Oxfordshire procedures (England; not checked for Wales)",
            ),
            "lac-review": (
                "Next Looked After Child review",
                "the previous review",
                6,
                _MONTHS,
                "advocacy leaflet on Social Services meetings; Oxfordshire procedures (England; not checked for Wales)",
            ),
            "minutes": (
                "Minutes to the social worker",
                "the meeting",
                5,
                _WD,
                "Wales Safeguarding Procedures (circulate within 5 working days)",
            ),
        },
    ),
    Nation.SCOTLAND: _policy_data(
        "Scotland default",
        Nation.SCOTLAND,
        {
            "initial-conference": (
                "Initial Child Protection Planning Meeting",
                "the start of the child protection investigation",
                28,
                _DAYS,
                "Scottish Government National Guidance 2021",
            ),
            "first-core-group": (
                "First Core Group",
                "the Child Protection Planning Meeting",
                15,
                _WD,
                "Scottish Government National Guidance appendix (NHS Scotland: 15 calendar days)",
            ),
            "core-group": (
                "Next Core Group",
                "the previous Core Group",
                4,
                _WEEKS,
                "NHS Scotland child protection procedures (4-weekly)",
            ),
            "first-review-conference": (
                "First Review Child Protection Planning Meeting",
                "the initial Child Protection Planning Meeting",
                6,
                _MONTHS,
                "NHS Scotland child protection procedures",
            ),
            "review-conference": (
                "Next Review Child Protection Planning Meeting",
                "the previous review Child Protection Planning Meeting",
                6,
                _MONTHS,
                "NHS Scotland child protection procedures; at most 6 months in all nations",
            ),
            "cin-meeting": (
                "Next child's plan meeting",
                "the previous child's plan meeting",
                6,
                _WEEKS,
                "Barnsley core group guidance (England; not checked for Scotland)",
            ),
            "first-lac-review": (
                "First Looked After Child review",
                "the day the child became looked after",
                20,
                _WD,
                "England care planning regulations (not checked for Scotland)",
            ),
            "second-lac-review": (
                "Second Looked After Child review",
                "the first review",
                3,
                _MONTHS,
                "advocacy leaflet on Social Services meetings; Oxfordshire procedures (England; not checked for Scotland)",
            ),
            "lac-review": (
                "Next Looked After Child review",
                "the previous review",
                6,
                _MONTHS,
                "advocacy leaflet on Social Services meetings; Oxfordshire procedures (England; not checked for Scotland)",
            ),
            "minutes": (
                "Minutes to the social worker",
                "the meeting",
                5,
                _WD,
                "South Ayrshire procedures (plan within 5 working days)",
            ),
        },
    ),
    Nation.NORTHERN_IRELAND: _policy_data(
        "Northern Ireland default",
        Nation.NORTHERN_IRELAND,
        {
            "initial-conference": (
                "Initial Child Protection Case Conference",
                "the strategy discussion",
                15,
                _WD,
                "England and Wales procedures (not checked for Northern Ireland)",
            ),
            "first-core-group": (
                "First Core Group",
                "the Initial Child Protection Case Conference",
                10,
                _WD,
                "England and Wales procedures (not checked for Northern Ireland)",
            ),
            "core-group": (
                "Next Core Group",
                "the previous Core Group",
                28,
                _DAYS,
                "Barnsley core group guidance (England; not checked for Northern Ireland)",
            ),
            "first-review-conference": (
                "First Review Child Protection Case Conference",
                "the Initial Child Protection Case Conference",
                3,
                _MONTHS,
                "SBNI procedures",
            ),
            "review-conference": (
                "Next Review Child Protection Case Conference",
                "the previous Review Case Conference",
                6,
                _MONTHS,
                "SBNI procedures; at most 6 months in all nations",
            ),
            "cin-meeting": (
                "Next Child in Need meeting",
                "the previous Child in Need meeting",
                6,
                _WEEKS,
                "Barnsley core group guidance (England; not checked for Northern Ireland)",
            ),
            "first-lac-review": (
                "First Looked After Child review",
                "the day the child became looked after",
                20,
                _WD,
                "England care planning regulations (not checked for Northern Ireland)",
            ),
            "second-lac-review": (
                "Second Looked After Child review",
                "the first review",
                3,
                _MONTHS,
                "advocacy leaflet on Social Services meetings; Oxfordshire procedures (England; not checked for Northern Ireland)",
            ),
            "lac-review": (
                "Next Looked After Child review",
                "the previous review",
                6,
                _MONTHS,
                "advocacy leaflet on Social Services meetings; Oxfordshire procedures (England; not checked for Northern Ireland)",
            ),
            "minutes": (
                "Minutes to the social worker",
                "the meeting",
                5,
                _WD,
                "Barnsley core group guidance (5, unit not given: working days assumed)",
            ),
        },
    ),
}


# The optional pre-birth rules of each bundled file (resources/policies/*.json, "pre-birth").
_BUILT_IN_PRE_BIRTH: dict[Nation, dict[str, _RuleRow]] = {
    Nation.ENGLAND: {
        "pre-birth-review-conference": (
            "First Review Child Protection Conference (pre-birth)",
            "the pre-birth Initial Child Protection Conference",
            3,
            _MONTHS,
            "Tees pre-birth procedures",
        ),
        "review-after-birth": (
            "First Review Child Protection Conference (pre-birth)",
            "the birth",
            10,
            _WD,
            "Tees pre-birth procedures",
        ),
    },
    Nation.WALES: {
        "pre-birth-review-conference": (
            "First Review Child Protection Conference (pre-birth)",
            "the pre-birth Initial Child Protection Conference",
            3,
            _MONTHS,
            "Tees pre-birth procedures (England; not checked for Wales)",
        ),
        "review-after-birth": (
            "First Review Child Protection Conference (pre-birth)",
            "the birth",
            10,
            _WD,
            "Tees pre-birth procedures (England; not checked for Wales)",
        ),
    },
    Nation.SCOTLAND: {
        "pre-birth-review-conference": (
            "Review Child Protection Planning Meeting (pre-birth)",
            "the pre-birth Child Protection Planning Meeting",
            3,
            _MONTHS,
            (
                "National Guidance for Child Protection in Scotland 2021, 3.143 (the "
                "timing after the birth is left to professional judgement)"
            ),
        ),
    },
    Nation.NORTHERN_IRELAND: {
        "pre-birth-review-conference": (
            "First Review Child Protection Case Conference (pre-birth)",
            "the pre-birth Initial Child Protection Case Conference",
            3,
            _MONTHS,
            "Tees pre-birth procedures (England; not checked for Northern Ireland)",
        ),
        "review-after-birth": (
            "First Review Child Protection Case Conference (pre-birth)",
            "the birth",
            10,
            _WD,
            "Tees pre-birth procedures (England; not checked for Northern Ireland)",
        ),
    },
}
for _nation, _rows in _BUILT_IN_PRE_BIRTH.items():
    _BUILT_IN_DEFAULTS[_nation]["pre-birth"] = {key: _rule_data(row) for key, row in _rows.items()}

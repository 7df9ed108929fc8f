"""Where the user is changes what Vetted leads with, and whether a vendor restricted only in some places
is flagged — on a small knowledge base written here, so each rule of the wording is pinned down."""

import csv
import shutil

import pytest

from app.core.domain import Device
from app.core.kb.build import TABLES, build
from app.core.kb.knowledge import KnowledgeBase
from app.core.kb.paths import DB_DIR
from app.core.matching import Matcher
from app.core.where import Where

SOURCES = [
    # id, short, jurisdiction, applies_to, kind
    ("us-law", "US federal ban", "US", "public", "law"),
    ("us-fcc", "US import ban", "US", "everyone", "law"),
    ("tx-list", "Texas list", "US-TX", "public", "law"),
    ("qc-decision", "Quebec decision", "CA-QC", "public", "purchasing"),
    ("uk-direction", "UK direction", "UK", "public", "purchasing"),
    ("us-el", "US Entity List", "US", "everyone", "sanctions"),
    ("petition", "Canadian petition", "CA", "", "called_for"),
    ("registry", "Registry", "INT", "", "evidence"),
]
VENDORS = [
    ("bigcam", "BigCam", "CN", "listed"),
    ("smallcam", "SmallCam", "CN", "listed"),
    ("netgear", "NetGear", "CN", "regional"),
]
RESTRICTIONS = [
    ("bigcam", "us-law"),
    ("bigcam", "us-fcc"),
    ("bigcam", "tx-list"),
    ("bigcam", "qc-decision"),
    ("bigcam", "uk-direction"),
    ("smallcam", "us-el"),
    ("smallcam", "petition"),
    ("netgear", "tx-list"),
]


def _write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


@pytest.fixture(scope="module")
def tiny_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("db")
    shutil.copy(DB_DIR / "schema.sql", folder)
    columns = "id,short,title,publisher,date,jurisdiction,applies_to,url,quote,kind,review_note".split(",")
    _write(
        folder / "sources.csv",
        columns,
        [
            (i, short, short, "Issuer", "2024-01-01", j, a, "https://example.gov", "Quote.", k, "")
            for i, short, j, a, k in SOURCES
        ],
    )
    _write(
        folder / "vendors.csv", ["id", "name", "country", "status", "source_id"], [(*v, "registry") for v in VENDORS]
    )
    _write(folder / "restrictions.csv", ["vendor_id", "source_id", "scope"], [(*r, "scope") for r in RESTRICTIONS])
    _write(
        folder / "aliases.csv",
        ["alias", "vendor_id", "kind", "source_id"],
        [(v[1], v[0], "name", "registry") for v in VENDORS],
    )
    for name in set(TABLES) - {"sources", "vendors", "restrictions", "aliases"}:
        with open(DB_DIR / f"{name}.csv", encoding="utf-8") as handle:
            _write(folder / f"{name}.csv", next(csv.reader(handle)), [])
    return KnowledgeBase(build(folder / "kb.sqlite", folder))


def explain(kb, make, where=None):
    match = Matcher(kb, where or Where()).match(Device(manufacturer=make))
    return match.verdict.value, match.explanation, [s.id for s in match.sources]


def test_without_a_place_the_first_measures_are_named(tiny_kb):
    verdict, sentence, _ = explain(tiny_kb, "BigCam")
    assert verdict == "flagged"
    assert (
        sentence
        == "The make is BigCam; BigCam equipment is restricted by US federal ban, US import ban and 3 more measures."
    )


def test_a_quebec_public_body_reads_its_own_rules_first(tiny_kb):
    verdict, sentence, sources = explain(tiny_kb, "BigCam", Where.parse("CA-QC", "public"))
    assert verdict == "flagged"
    assert "where you are (Quebec, Canada), BigCam equipment is restricted by Quebec decision;" in sentence
    assert sentence.endswith("also restricted in the US, Texas and the UK.")
    assert sources[0] == "qc-decision"


def test_a_texas_state_agency_reads_texas_and_federal_rules_first(tiny_kb):
    _, sentence, sources = explain(tiny_kb, "BigCam", Where.parse("US-TX", "public"))
    assert "where you are (Texas, United States), BigCam equipment is restricted by" in sentence
    assert sources[:3] == ["tx-list", "us-law", "us-fcc"]  # the state's own first
    assert "also restricted in Quebec and the UK" in sentence


def test_a_uk_council_reads_the_uk_direction_first(tiny_kb):
    _, sentence, sources = explain(tiny_kb, "BigCam", Where.parse("UK", "public"))
    assert "where you are (United Kingdom), BigCam equipment is restricted by UK direction;" in sentence
    assert sources[0] == "uk-direction"


def test_a_private_company_sees_binding_rules_before_public_purchasing_ones(tiny_kb):
    _, _, sources = explain(tiny_kb, "BigCam", Where.parse("US", "private"))
    assert sources[0] == "us-fcc"  # binds everyone; the federal purchasing ban binds public bodies


def test_a_sanctions_listing_is_not_called_a_restriction_on_equipment(tiny_kb):
    verdict, sentence, _ = explain(tiny_kb, "SmallCam")
    assert verdict == "flagged"  # the seven listed vendors stay flagged everywhere
    assert sentence == "The make is SmallCam; SmallCam is on the US Entity List."
    _, in_canada, _ = explain(tiny_kb, "SmallCam", Where.parse("CA", "public"))
    assert in_canada.endswith("no rule Vetted knows restricts it in Canada, but it is restricted in the US.")


def test_a_regional_vendor_is_flagged_only_where_a_rule_binds_the_user(tiny_kb):
    texas_agency = explain(tiny_kb, "NetGear", Where.parse("US-TX", "public"))
    assert texas_agency[0] == "flagged"
    for where in (Where.parse("US-TX", "private"), Where.parse("CA-QC", "public"), Where()):
        verdict, sentence, sources = explain(tiny_kb, "NetGear", where)
        assert verdict == "clear", where
        assert "restricted" in sentence and "Texas" in sentence  # the detail still says where
        assert "tx-list" in sources


@pytest.mark.parametrize("code", ["XX", "US-ZZ", "CA-TX"])
def test_an_unknown_place_is_one_sentence(code):
    with pytest.raises(ValueError, match=r"^Vetted does not know .*\.$"):
        Where.parse(code)


def test_the_sentence_in_quebec_french_names_places_with_their_prepositions(tiny_kb):
    match = Matcher(tiny_kb, Where.parse("CA-QC", "public"), "fr").match(Device(manufacturer="BigCam"))
    assert match.explanation == (
        "Le fabricant est BigCam; là où vous êtes (Québec, Canada), l'équipement BigCam est restreint par "
        "« Quebec decision »; il est aussi restreint aux États-Unis, au Texas et au Royaume-Uni."
    )


def test_a_regional_vendor_in_french_says_whom_no_rule_binds(tiny_kb):
    match = Matcher(tiny_kb, Where.parse("US", "private"), "fr").match(Device(manufacturer="NetGear"))
    assert match.verdict.value == "clear"
    assert "ne lie une organisation privée aux États-Unis, bien qu'il soit restreint au Texas" in match.explanation

"""The knowledge base rebuilds from db/ and keeps its rules: every fact sourced, every source cited."""

import re
import shutil
import sqlite3
from urllib.parse import urlparse

import pytest

from app.core.kb.build import build, read_tables
from app.core.kb.integrity import MEASURE_KINDS, check_tables
from app.core.kb.paths import DB_DIR

LISTED = {"hikvision", "dahua", "uniview", "tiandy", "huawei", "zte", "hytera"}


@pytest.fixture(scope="module")
def tables():
    return read_tables()


def test_the_text_files_have_no_problems(tables):
    assert check_tables(tables) == []


def test_it_rebuilds_into_sqlite_with_ouis_from_the_ieee_registry(tmp_path):
    path = build(tmp_path / "kb.sqlite")
    conn = sqlite3.connect(path)
    ouis = dict(conn.execute("SELECT vendor_id, count(*) FROM ouis GROUP BY vendor_id"))
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert ouis["hikvision"] >= 60 and ouis["dahua"] >= 25 and ouis["huawei"] > 1000
    assert "netaddr" in meta["oui_registry"] and "2024" in meta["oui_registry"]  # the edition, dated
    # "zte" is inside "Aztech": registrants are matched whole, so Aztech's blocks stay Aztech's.
    assert {v for (v,) in conn.execute("SELECT vendor_id FROM ouis WHERE registrant LIKE '%aztech%'")} == {"aztech"}


def test_exactly_the_seven_vendors_are_listed(tables):
    assert {v["id"] for v in tables["vendors"] if v["status"] == "listed"} == LISTED


def test_tp_link_and_xiaomi_are_regional_with_their_measures(tables):
    status = {v["id"]: v["status"] for v in tables["vendors"]}
    kinds = {s["id"]: s["kind"] for s in tables["sources"]}
    for vendor in ("tp_link", "xiaomi"):
        assert status[vendor] == "regional"
        measures = {r["source_id"] for r in tables["restrictions"] if r["vendor_id"] == vendor}
        assert measures and all(kinds[m] in MEASURE_KINDS for m in measures)


def test_every_listed_vendor_has_a_measure_and_uniview_and_tiandy_are_sanctioned(tables):
    kinds = {s["id"]: s["kind"] for s in tables["sources"]}

    def vendor_kinds(vendor):
        return {kinds[r["source_id"]] for r in tables["restrictions"] if r["vendor_id"] == vendor}

    for vendor in ("uniview", "tiandy"):
        assert "sanctions" in vendor_kinds(vendor)
    for vendor in ("hikvision", "dahua", "huawei", "zte", "hytera"):
        assert "law" in vendor_kinds(vendor)


def test_the_five_name_ndaa_889_and_the_covered_list_first(tables):
    for vendor in ("hikvision", "dahua", "huawei", "zte", "hytera"):
        first = [r["source_id"] for r in tables["restrictions"] if r["vendor_id"] == vendor][:2]
        assert first == ["us-ndaa-889", "fcc-covered-list"]
    for vendor, measure in (("uniview", "bis-el-2024-unv"), ("tiandy", "bis-el-2022-tiandy")):
        assert next(r["source_id"] for r in tables["restrictions"] if r["vendor_id"] == vendor) == measure


# What users read of a source (app, PDF, Excel); reviewer notes belong in review_note.
USER_VISIBLE = ("short", "title", "publisher", "quote")
REVIEWER_PHRASES = re.compile(
    r"graded|seed copy|not captured|header date|\[mem\]|research file|reviewer|\bTODO\b"
    r"|unverified(?! list)|not verified|verify against|via .*mirror|\bmirror\b"
    r"|reported by|\(via |as quoted|as listed by|fact.?check",
    re.IGNORECASE,
)


def test_user_visible_source_text_carries_no_reviewer_notes(tables):
    found = [
        f"{s['id']}.{column}: {REVIEWER_PHRASES.search(s[column]).group(0)!r}"
        for s in tables["sources"]
        for column in USER_VISIBLE
        if REVIEWER_PHRASES.search(s[column])
    ]
    assert found == []


def test_the_reviewer_note_check_catches_a_note(tables):
    assert REVIEWER_PHRASES.search("Graded called_for: a resolution")
    assert REVIEWER_PHRASES.search("Hikvision (Wikipedia, IPFS mirror)")
    assert not REVIEWER_PHRASES.search("Adds 36 entities to the Entity List")


# Where a measure's text is published by the government, legislature or court itself.
OFFICIAL_DOMAINS = (
    ".gov",  # US federal and state: govinfo.gov, federalregister.gov, acquisition.gov, fcc.gov, bis.gov, texas.gov ...
    ".mil",
    "legis.la.gov",
    "parliament.uk",
    ".gov.uk",
    ".gc.ca",  # decisions.fct-cf.gc.ca, gazette.gc.ca
    "canada.ca",
    "quebec.ca",
    ".gouv.qc.ca",
    "newswire.ca",  # the Quebec government's own releases are published through CNW
    ".gov.au",
    ".gov.tw",
    "nttu.edu.tw",  # a national university relaying the Executive Yuan letters; no gov.tw copy was read
    "europa.eu",
)


def _is_official(url: str) -> bool:
    host = urlparse(url).hostname or ""
    domains = [d.lstrip(".") for d in OFFICIAL_DOMAINS]
    return bool(host) and any(host == d or host.endswith("." + d) for d in domains)


def test_every_measure_cites_an_official_url(tables):
    unofficial = [
        f"{s['id']}: {s['url'] or '(no url)'}"
        for s in tables["sources"]
        if s["kind"] in MEASURE_KINDS and not _is_official(s["url"])
    ]
    assert unofficial == []


def test_the_official_url_check_tells_government_sites_from_others():
    assert _is_official("https://www.federalregister.gov/d/2022-27151")
    assert _is_official("https://media.defense.gov/2026/Jun/08/x.PDF")
    assert _is_official("https://decisions.fct-cf.gc.ca/fc-cf/decisions/en/item/528994/index.do")
    assert _is_official("https://www.gov.uk/government/publications/x")
    assert not _is_official("https://legalclarity.org/ndaa-compliance-list-banned-companies-and-requirements/")
    assert not _is_official("https://wikimili.com/en/Executive_Order_14032")
    assert not _is_official("https://notgov.com/x")
    assert not _is_official("")


def test_the_seed_articles_are_cited(tables):
    ids = {s["id"] for s in tables["sources"]}
    assert {f"seed-00{n}" for n in range(5)} <= ids


def test_every_rule_compiles_and_urls_look_like_urls(tables):
    for rule in tables["model_rules"]:
        re.compile(rule["pattern"])
    assert all(s["url"].startswith(("https://", "http://")) for s in tables["sources"] if s["url"])


@pytest.mark.parametrize(
    ("table", "change", "problem"),
    [
        ("aliases", lambda rows: rows[0].update(source_id="nowhere"), "unknown source"),
        ("model_rules", lambda rows: rows[0].update(pattern="DS-(2CD"), "does not compile"),
        ("aliases", lambda rows: rows.append(dict(rows[0])), "duplicates"),
        ("sources", lambda rows: rows.append({**rows[0], "id": "orphan"}), "never cited"),
    ],
)
def test_a_broken_row_is_caught(tables, table, change, problem):
    broken = {name: [dict(row) for row in rows] for name, rows in tables.items()}
    change(broken[table])
    assert any(problem in p for p in check_tables(broken))


def test_the_build_refuses_a_broken_base(tmp_path):
    copy = tmp_path / "db"
    shutil.copytree(DB_DIR, copy)
    with open(copy / "aliases.csv", "a", encoding="utf-8") as handle:
        handle.write("Hikvision,hikvision,name,no-such-source\n")
    with pytest.raises(ValueError, match="no-such-source"):
        build(tmp_path / "kb.sqlite", copy)
    assert not (tmp_path / "kb.sqlite").exists()

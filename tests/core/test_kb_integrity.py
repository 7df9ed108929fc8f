"""The knowledge base rebuilds from db/ and keeps its rules: every fact sourced, every source cited."""

import re
import shutil
import sqlite3

import pytest

from app.core.kb.build import build, read_tables
from app.core.kb.integrity import check_tables
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


def test_the_seven_vendors_are_listed_and_uniview_and_tiandy_are_only_called_for(tables):
    listed = {v["id"] for v in tables["vendors"] if v["status"] == "listed"}
    assert listed == LISTED
    kinds = {s["id"]: s["kind"] for s in tables["sources"]}
    for vendor in ("uniview", "tiandy"):
        assert {kinds[r["source_id"]] for r in tables["restrictions"] if r["vendor_id"] == vendor} == {"called_for"}
    for vendor in ("hikvision", "dahua", "huawei", "zte", "hytera"):
        assert "law" in {kinds[r["source_id"]] for r in tables["restrictions"] if r["vendor_id"] == vendor}


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

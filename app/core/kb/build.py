"""Build resources/vendors.sqlite from the reviewable files in db/.

Run `python -m app.core.kb.build`. The OUI table is read from the IEEE MA-L registry that netaddr
ships, keeping only the registrants that db/oui_registrants.csv names, matched exactly after
normalisation (never by substring: "zte" is inside "Aztech").
"""

import csv
import sys
from datetime import UTC, datetime
from importlib import metadata, resources
from pathlib import Path

import sqlite_utils

from app.core.kb.integrity import check_tables
from app.core.kb.paths import DB_DIR, KB_FILE
from app.core.normalise import compact_key, text_key

TABLES = ("sources", "vendors", "restrictions", "aliases", "oem_brands", "model_rules", "oui_registrants")


def read_tables(db_dir: Path = DB_DIR) -> dict[str, list[dict[str, str]]]:
    """Every CSV of the knowledge base as a list of rows, values stripped."""
    tables = {}
    for name in TABLES:
        with open(db_dir / f"{name}.csv", encoding="utf-8", newline="") as handle:
            tables[name] = [
                {k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)
            ]
    return tables


def read_ieee_registry() -> list[tuple[str, str]]:
    """(prefix 'AABBCC', registrant) for every MA-L block in netaddr's copy of the IEEE file."""
    text = resources.files("netaddr.eui").joinpath("oui.txt").read_text(encoding="utf-8", errors="replace")
    blocks = []
    for line in text.splitlines():
        if "(base 16)" in line:
            prefix, _, registrant = line.partition("(base 16)")
            blocks.append((prefix.strip().upper(), registrant.strip()))
    return blocks


def oui_rows(registrants: list[dict[str, str]]) -> list[dict[str, str]]:
    """The registry blocks whose registrant is one the knowledge base names."""
    wanted = {text_key(r["registrant"]): r for r in registrants}
    rows = []
    for prefix, registrant in read_ieee_registry():
        fact = wanted.get(text_key(registrant))
        if fact:
            rows.append(
                {
                    "prefix": prefix,
                    "registrant": registrant,
                    "vendor_id": fact["vendor_id"],
                    "source_id": fact["source_id"],
                }
            )
    return rows


def build(target: Path = KB_FILE, db_dir: Path = DB_DIR) -> Path:
    """Check the text files and write a fresh knowledge base to `target`; raise ValueError if broken."""
    tables = read_tables(db_dir)
    problems = check_tables(tables)
    if problems:
        raise ValueError("The knowledge base has problems:\n- " + "\n- ".join(problems))
    ouis = oui_rows(tables["oui_registrants"])
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = sqlite_utils.Database(partial)
    with db.conn:
        db.executescript((db_dir / "schema.sql").read_text(encoding="utf-8"))
        rows = {
            **{name: tables[name] for name in ("sources", "vendors", "restrictions", "model_rules")},
            "aliases": [{**r, "key": compact_key(r["alias"])} for r in tables["aliases"]],
            "oem_brands": [{**r, "key": compact_key(r["brand"])} for r in tables["oem_brands"]],
            "ouis": ouis,
            "meta": [
                {"key": "built", "value": datetime.now(UTC).strftime("%Y-%m-%d")},
                {"key": "oui_registry", "value": _registry_edition(tables["sources"])},
                {"key": "sources", "value": str(len(tables["sources"]))},
            ],
        }
        for name, table_rows in rows.items():
            db[name].insert_all(table_rows)
    db.close()
    partial.replace(target)
    return target


def _registry_edition(sources: list[dict[str, str]]) -> str:
    """'IEEE MA-L registry of 2024-05-20, as shipped with netaddr 1.3.0'. The file carries no date of its
    own, so the date is the one its source row (id ieee-oui) records."""
    dated = next((s["date"] for s in sources if s["id"] == "ieee-oui"), "")
    edition = f" of {dated}" if dated else ""
    return f"IEEE MA-L registry{edition}, as shipped with netaddr {metadata.version('netaddr')}"


if __name__ == "__main__":
    try:
        print(f"Built {build()}")
    except ValueError as error:
        sys.exit(str(error))

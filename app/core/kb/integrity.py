"""Rules every knowledge-base row must keep; the build refuses to write a base that breaks one."""

import re
from datetime import date

from app.core.normalise import compact_key

SOURCE_KINDS = {"law", "purchasing", "sanctions", "called_for", "evidence"}
MEASURE_KINDS = {"law", "purchasing", "sanctions"}  # what a government did, as opposed to called for
APPLIES_TO = {"everyone", "public", "industry"}
VENDOR_STATUSES = {"listed", "regional", "clear"}
ALIAS_KINDS = {"name", "parent", "legal_name", "sub_brand", "subsidiary", "chinese_name", "abbreviation", "former_name"}
RELATIONS = {"oem", "former_subsidiary", "relabel"}
CERTAINTIES = {"high", "medium", "low"}
CATEGORIES = {
    "fixed_camera",
    "ptz_camera",
    "multi_sensor_camera",
    "thermal_camera",
    "analogue_camera",
    "nvr",
    "dvr",
    "encoder",
    "access_control",
    "intercom",
    "two_way_radio",
    "network_switch",
    "other",
}
SOURCED_TABLES = ("vendors", "restrictions", "aliases", "oem_brands", "model_rules", "oui_registrants")


def check_tables(tables: dict[str, list[dict[str, str]]]) -> list[str]:
    """Every problem found, one sentence each; an empty list means the base is sound."""
    problems: list[str] = []
    sources = {row["id"] for row in tables["sources"]}
    vendors = {row["id"]: row for row in tables["vendors"]}
    problems += _check_sources(tables["sources"])
    problems += _check_references(tables, sources, vendors)
    problems += _check_unique_names(tables)
    problems += _check_rules(tables["model_rules"])
    problems += _check_enums(tables)
    listed_with_restriction = {row["vendor_id"] for row in tables["restrictions"]}
    for vendor_id, row in vendors.items():
        if row["status"] in ("listed", "regional") and vendor_id not in listed_with_restriction:
            problems.append(f"Listed vendor {vendor_id} has no restriction row.")
    return problems


def _check_sources(rows: list[dict[str, str]]) -> list[str]:
    problems = []
    seen = set()
    for row in rows:
        if row["id"] in seen:
            problems.append(f"Source {row['id']} appears twice.")
        seen.add(row["id"])
        for column in ("short", "title", "publisher", "date", "jurisdiction", "quote"):
            if not row.get(column):
                problems.append(f"Source {row['id']} has no {column}.")
        if row["kind"] not in SOURCE_KINDS:
            problems.append(f"Source {row['id']} has unknown kind {row['kind']!r}.")
        if (row["kind"] in MEASURE_KINDS) != (row.get("applies_to", "") in APPLIES_TO):
            problems.append(f"Source {row['id']}: a measure says whom it binds (applies_to), nothing else does.")
        if row.get("date") and not _is_partial_iso_date(row["date"]):
            problems.append(f"Source {row['id']} date {row['date']!r} is not YYYY[-MM[-DD]].")
    return problems


def _check_references(tables, sources: set[str], vendors: dict) -> list[str]:
    problems = []
    cited = set()
    for table in SOURCED_TABLES:
        for number, row in enumerate(tables[table], start=2):
            source = row.get("source_id", "")
            cited.add(source)
            if source not in sources:
                problems.append(f"{table}.csv line {number} cites unknown source {source!r}.")
            vendor = row.get("vendor_id", row.get("id"))
            if table != "vendors" and vendor not in vendors:
                problems.append(f"{table}.csv line {number} names unknown vendor {vendor!r}.")
    for source in sorted(sources - cited):
        problems.append(f"Source {source} is never cited.")
    return problems


def _check_unique_names(tables) -> list[str]:
    problems = []
    owners: dict[str, str] = {}
    for table, column in (("aliases", "alias"), ("oem_brands", "brand")):
        for row in tables[table]:
            key = compact_key(row[column])
            if not key:
                problems.append(f"{table}.csv has an empty {column}.")
            elif key in owners:
                problems.append(f"{row[column]!r} in {table}.csv duplicates {owners[key]}.")
            else:
                owners[key] = f"{row[column]!r} in {table}.csv"
    return problems


def _check_rules(rows: list[dict[str, str]]) -> list[str]:
    problems = []
    ids = set()
    for row in rows:
        if row["id"] in ids:
            problems.append(f"Model rule {row['id']} appears twice.")
        ids.add(row["id"])
        try:
            re.compile(row["pattern"])
        except re.error as error:
            problems.append(f"Model rule {row['id']} does not compile: {error}.")
        if row["category"] not in CATEGORIES:
            problems.append(f"Model rule {row['id']} has unknown category {row['category']!r}.")
        if row["in_serial"] not in {"0", "1"}:
            problems.append(f"Model rule {row['id']} in_serial must be 0 or 1.")
    return problems


def _check_enums(tables) -> list[str]:
    checks = (
        ("vendors", "status", VENDOR_STATUSES),
        ("aliases", "kind", ALIAS_KINDS),
        ("oem_brands", "relation", RELATIONS),
        ("oem_brands", "certainty", CERTAINTIES),
    )
    return [
        f"{table}.csv has unknown {column} {row[column]!r}."
        for table, column, allowed in checks
        for row in tables[table]
        if row[column] not in allowed
    ]


def _is_partial_iso_date(text: str) -> bool:
    parts = text.split("-")
    padded = parts + ["01"] * (3 - len(parts))
    try:
        date(*(int(p) for p in padded))
    except (TypeError, ValueError):
        return False
    return 1 <= len(parts) <= 3 and len(parts[0]) == 4

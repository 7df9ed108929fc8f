"""Combining site projects: every figure against a hand computation, each site's own decisions and prices,
damaged and foreign files skipped with their sentence, and not one byte of a site file written."""

import csv
import hashlib
import sqlite3

import openpyxl
import pytest

from app.core.rollup.combine import CURRENT, NEWER, OLDER, RECHECKED, checked_with, combine
from app.core.rollup.org_csv import write_org_csv
from app.core.rollup.org_xlsx import write_org_xlsx
from app.core.store.project import Cancelled, Project
from tests.core.rollup.sites import device, flat_book, make_project
from tests.core.rollup.workbook_formulas import Workbook

# All-in per device = (unit + hours × rate + disposal) × (1 + contingency) × (1 + tax), by hand:
NORTH = flat_book((100, 200, 400), hours=2, rate=50, disposal=20, contingency=10, tax=0)  # 242 / 352 / 572
SOUTH = flat_book((50, 100, 150), hours=1, rate=40, disposal=10, contingency=0, tax=20)  # 120 / 180 / 240
EAST = flat_book((1000, 1000, 1000), hours=0, rate=0, disposal=0, contingency=0, tax=0)  # 1000 each


@pytest.fixture
def sites(tmp_path, matcher):
    folder = tmp_path / "district"
    folder.mkdir()
    north = [
        device("Hikvision", "DS-2CD2143G0-I", serial="N1", site="North School", location="Gym"),  # flagged
        device("Dahua", "IPC-HDW2431T", serial="N2", site="North School", location="Hall"),  # flagged
        device("Dahua", "IPC-HDW2431T", serial="N3", site="North School", location="Car park"),  # flagged, dismissed
        device("Axis", "P3245", serial="N4", site="North School"),  # clear, marked replace
        device("Lorex", "LNB8921", serial="N5", site="North School"),  # review: not counted here
        device("Acme", "X1", serial="N6", site="North School"),  # unknown
    ]
    make_project(
        folder / "north.vetted",
        matcher,
        north,
        decisions={2: "dismiss", 3: "replace"},
        categories={0: "fixed_camera"},
        book=NORTH,
    )
    south = [
        device("Hytera", "PD785", serial="S1", site="South School"),  # flagged
        device("Lorex", "LNB8921", serial="S2", site="South School"),  # review: counted, as this site asks
        device("Hikvision", "DS-2CD2143G0-I", serial="S3", site="South School"),  # flagged, dismissed
    ]
    make_project(folder / "south.vetted", matcher, south, decisions={2: "dismiss"}, book=SOUTH, include_review=True)
    east = [
        device("Hikvision", "DS-7608NI-K2", serial="E1", site="East School"),
        device("Hikvision", "DS-7608NI-K2", serial="E2", site="East School"),
        device("Axis", "P3245", serial="E3", site="East School"),
    ]
    make_project(folder / "east.vetted", matcher, east, book=EAST, kb_version="2020.01.15")
    (folder / "broken.vetted").write_bytes(b"this is not a database " * 200)
    foreign = sqlite3.connect(folder / "foreign.vetted")
    foreign.execute("CREATE TABLE recipes (name TEXT)")
    foreign.commit()
    foreign.close()
    newer = folder / "newer.vetted"
    make_project(newer, matcher, east[:1])
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    return folder


def test_the_verdicts_the_hand_computation_rests_on(sites):
    with sqlite3.connect(sites / "north.vetted") as conn:
        assert [v for (v,) in conn.execute("SELECT verdict FROM devices ORDER BY id")] == [
            "flagged",
            "flagged",
            "flagged",
            "clear",
            "review",
            "unknown",
        ]
    conn.close()


def test_every_figure_matches_a_hand_computation(sites, kb):
    org = combine([sites], kb)
    by_name = {s.project: s for s in org.sites}
    assert list(by_name) == ["east", "north", "south"]
    north, south, east = by_name["north"], by_name["south"], by_name["east"]
    assert (north.devices, north.flagged, north.review, north.decided, north.replacing) == (6, 3, 1, 2, 3)
    assert (south.devices, south.flagged, south.review, south.decided, south.replacing) == (3, 2, 1, 1, 2)
    assert (east.devices, east.flagged, east.review, east.decided, east.replacing) == (3, 2, 0, 0, 2)
    assert north.sites == "North School"
    assert (north.estimate.low, north.estimate.typical, north.estimate.high) == pytest.approx((726, 1056, 1716))
    assert (south.estimate.low, south.estimate.typical, south.estimate.high) == pytest.approx((240, 360, 480))
    assert (east.estimate.low, east.estimate.typical, east.estimate.high) == pytest.approx((2000, 2000, 2000))
    overall = org.totals.overall
    assert overall.devices == 7
    assert (overall.cost.low, overall.cost.typical, overall.cost.high) == pytest.approx((2966, 3416, 4196))
    vendors = {name: (s.devices, round(s.cost.typical, 6)) for name, s in org.totals.by_vendor.items()}
    assert vendors == {"Hikvision": (3, 2352), "Dahua": (2, 532), "Axis Communications": (1, 352), "Hytera": (1, 180)}
    assert list(vendors) == ["Hikvision", "Dahua", "Axis Communications", "Hytera"]  # costliest first
    categories = {code: s.devices for code, s in org.totals.by_category.items()}
    assert sum(categories.values()) == 7
    assert categories["fixed_camera"] >= 2  # north's corrected Hikvision and the Axis camera
    assert org.counts() == {"devices": 12, "flagged": 7, "review": 2, "decided": 3, "replacing": 7}
    assert (north.kb_status, east.kb_status) == (CURRENT, OLDER)
    assert org.older == [east]


def test_damaged_foreign_and_newer_projects_are_skipped_with_their_sentence(sites, kb):
    org = combine([sites], kb)
    reasons = {s.path.name: s.reason for s in org.skipped}
    assert reasons == {
        "broken.vetted": "broken.vetted is damaged or is not a Vetted project.",
        "foreign.vetted": "foreign.vetted is not a Vetted project.",
        "newer.vetted": "newer.vetted was saved by a newer version of Vetted; update Vetted to include it.",
    }
    assert len(org.sites) == 3


def test_combining_never_writes_a_byte_to_the_site_files(sites, kb, tmp_path):
    def state():
        return {
            p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in sorted(sites.iterdir())
        }

    before = state()
    org = combine([sites], kb, recheck=True)
    write_org_xlsx(org, tmp_path / "org.xlsx")
    assert state() == before  # the same files, byte for byte, and no journal beside them


def test_a_project_open_in_vetted_right_now_is_read_with_its_latest_changes(sites, kb):
    project = Project(sites / "north.vetted")  # the window has it open: its changes sit in the -wal journal
    project.set_decision(1, "dismiss")  # the Hikvision camera
    try:
        org = combine([sites / "north.vetted"], kb)
        assert org.sites[0].replacing == 2
    finally:
        project.close()


def test_older_projects_can_be_checked_again_in_memory(sites, kb):
    with sqlite3.connect(sites / "east.vetted") as conn:  # as if an older knowledge base missed one
        conn.execute("UPDATE devices SET verdict = 'clear', vendor_name = '' WHERE id = 1")
    conn.close()
    stored = combine([sites / "east.vetted"], kb).sites[0]
    assert (stored.flagged, stored.replacing, stored.kb_status) == (1, 1, OLDER)
    before = (sites / "east.vetted").read_bytes()
    rechecked = combine([sites / "east.vetted"], kb, recheck=True).sites[0]
    assert (rechecked.flagged, rechecked.replacing, rechecked.kb_status) == (2, 2, RECHECKED)
    assert (sites / "east.vetted").read_bytes() == before
    current = combine([sites / "north.vetted"], kb, recheck=True).sites[0]
    assert current.kb_status == CURRENT  # already checked with this knowledge base: nothing to do


def test_a_project_priced_in_another_currency_is_skipped(sites, kb, matcher):
    make_project(
        sites / "zurich.vetted",
        matcher,
        [device("Hikvision", "DS-7608NI-K2")],
        book=flat_book((1, 2, 3), 0, 0, 0, 0, 0, currency="CHF"),
    )
    org = combine([sites], kb)
    assert {s.path.name: s.reason for s in org.skipped}["zurich.vetted"] == (
        "zurich.vetted prices in CHF, the other projects in USD."
    )


def test_combining_can_be_cancelled(sites, kb):
    with pytest.raises(Cancelled):
        combine([sites], kb, cancelled=lambda: True)


def test_progress_is_reported_per_project(sites, kb):
    seen = []
    combine([sites], kb, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)


def _summary(path) -> dict[str, list]:
    sheet = openpyxl.load_workbook(path, data_only=True)["Summary"]
    return {row[0]: list(row[1:5]) for row in sheet.iter_rows(values_only=True) if row[0]}


def test_the_organisation_workbook_totals_are_live_formulas_that_recompute_to_the_hand_figures(sites, kb, tmp_path):
    org = combine([sites], kb)
    write_org_xlsx(org, tmp_path / "org.xlsx")
    cached = _summary(tmp_path / "org.xlsx")
    assert cached["All sites"] == pytest.approx([7, 2966, 3416, 4196])
    assert cached["Hikvision"] == pytest.approx([3, 242 + 2000, 352 + 2000, 572 + 2000])
    workbook = Workbook(tmp_path / "org.xlsx")
    formulas = openpyxl.load_workbook(tmp_path / "org.xlsx")["Summary"]
    rows = {row[0].value: row for row in formulas.iter_rows() if row[0].value}
    for name in ("All sites", "Hikvision", "Dahua", "Hytera", "Axis Communications"):
        cells = rows[name][1:5]
        assert all(str(c.value).startswith("=") for c in cells), name
        recomputed = [workbook.value("Summary", c.coordinate) for c in cells]
        assert recomputed == pytest.approx(cached[name]), name
    sites_sheet = openpyxl.load_workbook(tmp_path / "org.xlsx")["Sites"]
    total = next(r for r in sites_sheet.iter_rows() if r[0].value == "All sites")
    assert [workbook.value("Sites", c.coordinate) for c in total[2:10]] == pytest.approx(
        [12, 7, 2, 3, 7, 2966, 3416, 4196]
    )


def test_a_price_changed_in_the_workbook_flows_into_every_total(sites, kb, tmp_path):
    org = combine([sites], kb)
    write_org_xlsx(org, tmp_path / "org.xlsx")
    workbook = Workbook(tmp_path / "org.xlsx")
    rates = openpyxl.load_workbook(tmp_path / "org.xlsx")["Rates"]
    north_row = next(r[0].row for r in rates.iter_rows() if r[0].value == "north")
    workbook.set("Rates", f"B{north_row}", 100)  # north's labour rate 50 -> 100: +2 h × 50 × 1.1 = +110 a device
    total = next(
        r for r in openpyxl.load_workbook(tmp_path / "org.xlsx")["Sites"].iter_rows() if r[0].value == "All sites"
    )
    assert workbook.value("Sites", total[8].coordinate) == pytest.approx(3416 + 3 * 110)


def test_hostile_names_stay_text(tmp_path, kb, matcher):
    folder = tmp_path / "x"
    folder.mkdir()
    make_project(folder / "=cmd.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", site='=HYPERLINK("x")')])
    org = combine([folder], kb)
    write_org_xlsx(org, tmp_path / "org.xlsx")
    write_org_csv(org, tmp_path / "org.csv")
    sites_sheet = openpyxl.load_workbook(tmp_path / "org.xlsx")["Sites"]
    assert sites_sheet["A2"].value == "=cmd" and sites_sheet["A2"].data_type == "s"
    assert sites_sheet["B2"].data_type == "s"
    with open(tmp_path / "org.csv", encoding="utf-8-sig") as handle:
        row = list(csv.reader(handle))[1]
    assert row[:2] == ["'=cmd", '\'=HYPERLINK("x")']


def test_a_workbook_with_nothing_to_replace_still_opens(tmp_path, kb, matcher):
    make_project(tmp_path / "clean.vetted", matcher, [device("Axis", "P3245")])
    org = combine([tmp_path / "clean.vetted"], kb)
    write_org_xlsx(org, tmp_path / "org.xlsx")
    assert _summary(tmp_path / "org.xlsx")["All sites"] == [0, 0, 0, 0]


def test_a_project_checked_with_a_newer_knowledge_base_is_marked_so(tmp_path, kb, matcher):
    make_project(tmp_path / "later.vetted", matcher, [device("Axis", "P3245")], kb_version="9999.1")
    site = combine([tmp_path / "later.vetted"], kb).sites[0]
    assert site.kb_status == NEWER
    assert checked_with(site) == "newer (9999.1)"

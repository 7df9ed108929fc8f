"""Comparing an earlier snapshot of a site with the current project: replaced, removed, remaining and new."""

import os
from datetime import datetime

import openpyxl
import pytest

from app.core.rollup.compare import (
    CLEARED,
    DISMISSED,
    NEW,
    REMAINS,
    REMOVED,
    REPLACED,
    CompareError,
    compare,
)
from app.core.rollup.compare_xlsx import write_compare_xlsx
from tests.core.rollup.sites import device, make_project
from tests.core.rollup.workbook_formulas import Workbook

SITE = "North School"


@pytest.fixture
def snapshots(tmp_path, matcher):
    before = [
        device("Hikvision", "DS-2CD2143G0-I", serial="SER-0001", site=SITE, location="Gym"),  # 0 remains (serial)
        device("Dahua", "IPC-HDW2431T", asset_tag="T-2", site=SITE, location="Hall"),  # 1 replaced by an Axis
        device("Hikvision", "DS-2CD2143G0-I", mac="44:19:b6:00:00:03", site=SITE, location="Office"),  # 2 removed
        device("Hikvision", "DS-7608NI-K2", site=SITE, location="Server room"),  # 3 dismissed since
        device("Hytera", "PD785", serial="RADIO-5", site=SITE),  # 4 remains, found by MAC after a new serial
        device("Axis", "P3245", serial="AX-6", site=SITE, location="Gate"),  # clear: not in the comparison
    ]
    before[4].mac = "00:11:22:33:44:55"
    old = make_project(tmp_path / "march.vetted", matcher, before)
    noon = datetime(2026, 3, 1, 12).timestamp()
    os.utime(old, (noon, noon))
    now = [
        device("Hikvision", "DS-2CD2143G0-I", serial="SER-0001", site=SITE, location="Gym 2"),
        device("Axis", "P3245", asset_tag="t-2", site=SITE, location="Hall"),
        device("Hikvision", "DS-7608NI-K2", site=SITE, location="server room"),
        device("Hytera", "PD785", serial="RADIO-5B", mac="00-11-22-33-44-55", site=SITE),
        device("Axis", "P3245", serial="AX-6", site=SITE, location="Gate"),
        device("Dahua", "IPC-HDW2431T", serial="NEW-7", site=SITE, location="Library"),  # new
    ]
    new = make_project(tmp_path / "now.vetted", matcher, now, decisions={2: "dismiss"})
    return old, new


def test_each_flagged_device_is_followed_by_serial_mac_asset_tag_then_make_model_location(snapshots):
    comparison = compare(*snapshots)
    found = {(c.old or c.new).serial or (c.old or c.new).location: (c.status, c.matched_by) for c in comparison.changes}
    assert found == {
        "SER-0001": (REMAINS, "serial"),
        "Hall": (REPLACED, "asset tag"),
        "Office": (REMOVED, ""),
        "Server room": (DISMISSED, "make, model and location"),
        "RADIO-5": (REMAINS, "MAC address"),
        "NEW-7": (NEW, ""),
    }
    assert comparison.summary() == "2 of 5 flagged devices replaced or removed since 2026-03-01; 1 new flagged device."
    assert comparison.details() == "1 replaced, 1 removed, 2 remain, 1 dismissed."
    assert comparison.warning == ""


def test_a_device_no_longer_flagged_is_counted_apart(tmp_path, matcher):
    old = make_project(tmp_path / "a.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", serial="X-1")])
    new = make_project(tmp_path / "b.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", serial="X-1")])
    import sqlite3

    with sqlite3.connect(new) as conn:
        conn.execute("UPDATE devices SET verdict = 'clear'")
    conn.close()
    assert [c.status for c in compare(old, new).changes] == [CLEARED]


def test_different_sites_are_pointed_out_and_unreadable_files_say_why(tmp_path, matcher):
    a = make_project(tmp_path / "a.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", site="North")])
    b = make_project(tmp_path / "b.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", site="South")])
    assert "different sites" in compare(a, b).warning
    (tmp_path / "bad.vetted").write_bytes(b"x" * 5000)
    with pytest.raises(CompareError, match=r"^bad\.vetted is damaged or is not a Vetted project\.$"):
        compare(a, tmp_path / "bad.vetted")
    with pytest.raises(CompareError, match="two different projects"):
        compare(a, a)


def test_the_progress_workbook_counts_live_from_its_changes(snapshots, tmp_path):
    comparison = compare(*snapshots)
    write_compare_xlsx(comparison, tmp_path / "progress.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "progress.xlsx", data_only=True)["Progress"]
    assert sheet["A2"].value == comparison.summary()
    workbook = Workbook(tmp_path / "progress.xlsx")
    formulas = openpyxl.load_workbook(tmp_path / "progress.xlsx")["Progress"]
    counted = {
        row[0].value: workbook.value("Progress", row[1].coordinate) for row in formulas.iter_rows(min_row=8, max_row=14)
    }
    assert counted == {
        "To replace in the earlier snapshot": 5,
        REPLACED: 1,
        REMOVED: 1,
        REMAINS: 2,
        DISMISSED: 1,
        CLEARED: 0,
        NEW: 1,
    }


def test_a_removed_device_is_not_mistaken_for_its_dismissed_twin(tmp_path, matcher):
    twins = [
        device("Hikvision", "DS-7608NI-K2", serial="AAA-1", location="Rack"),
        device("Hikvision", "DS-7608NI-K2", serial="BBB-2", location="Rack"),
    ]
    old = make_project(tmp_path / "old.vetted", matcher, twins, decisions={1: "dismiss"})
    new = make_project(tmp_path / "new.vetted", matcher, twins[1:], decisions={0: "dismiss"})
    assert [(c.status, c.old.serial) for c in compare(old, new).changes] == [(REMOVED, "AAA-1")]


def test_a_device_flagged_only_now_is_new(tmp_path, matcher):
    old = make_project(tmp_path / "old.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", serial="Z-9")])
    new = make_project(tmp_path / "new.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", serial="Z-9")])
    import sqlite3

    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE devices SET verdict = 'clear'")
    conn.close()
    assert [c.status for c in compare(old, new).changes] == [NEW]

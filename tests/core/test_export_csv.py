"""Every device as a CSV row with its estimate, and the same exports from `vetted scan` with no window."""

import csv

import pytest

from app.cli import main
from app.core.export.csv_report import COLUMNS, write_csv
from app.core.kb.paths import SAMPLE_INVENTORY
from app.core.pricing.estimate import unit_estimate
from tests.core.test_export_xlsx import HOSTILE, sample_report


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_every_device_with_verdict_vendor_reason_decision_and_estimate(tmp_path):
    report = sample_report()
    path = tmp_path / "devices.csv"
    write_csv(report, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the accents right
    rows = _rows(path)
    assert list(rows[0]) == list(COLUMNS)
    assert len(rows) == len(report.devices)
    first, dismissed, replaced, review = rows[0], rows[4], rows[5], rows[6]
    assert (first["Verdict"], first["Vendor"], first["Category"]) == ("Flagged", "Hikvision", "Fixed camera")
    assert first["Why"] == report.devices[0].explanation
    assert float(first["Estimate typical"]) == pytest.approx(unit_estimate(report.price_book, "fixed_camera").typical)
    assert first["Currency"] == "USD"
    assert (dismissed["Decision"], dismissed["Decided on"], dismissed["Estimate typical"]) == (
        "Dismissed",
        "2026-11-20",
        "",
    )
    assert (replaced["Verdict"], replaced["Decision"], replaced["Note"]) == ("Clear", "Replace", "end of life")
    assert replaced["Estimate low"] != ""
    assert review["Estimate typical"] == ""  # review devices count only when the manager asks


def test_review_devices_are_estimated_when_asked(tmp_path):
    path = tmp_path / "devices.csv"
    write_csv(sample_report(include_review=True), path)
    assert _rows(path)[6]["Estimate typical"] != ""


def test_hostile_cells_start_with_a_quote_and_nothing_else_does(tmp_path):
    path = tmp_path / "devices.csv"
    write_csv(sample_report(), path)
    rows = _rows(path)
    hostile = rows[8]
    cells = [hostile[c] for c in ("Site", "Model", "Serial", "MAC address", "Location", "Name", "Note")]
    assert cells == ["'" + text for text in HOSTILE] + ["'" + HOSTILE[0]]
    assert not any(value.startswith("'") for row in rows[:8] for value in row.values())


def test_scan_writes_the_reports_and_prints_what_it_printed_before(tmp_path, capsys):
    assert main(["scan", str(SAMPLE_INVENTORY)]) == 0
    plain = capsys.readouterr().out
    out = tmp_path / "out"
    out.mkdir()
    code = main(
        ["scan", str(SAMPLE_INVENTORY), "--csv", str(out / "devices.csv"), "--report", str(out / "report.xlsx")]
    )
    assert code == 0
    assert capsys.readouterr().out == plain
    rows = _rows(out / "devices.csv")
    assert rows and any(r["Verdict"] == "Flagged" and r["Estimate typical"] for r in rows)
    assert (out / "report.xlsx").stat().st_size > 0


def test_scan_says_in_one_sentence_when_a_report_cannot_be_written(tmp_path, capsys):
    code = main(["scan", str(SAMPLE_INVENTORY), "--csv", str(tmp_path / "no such folder" / "devices.csv")])
    assert code == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("vetted: Vetted could not write devices.csv: the folder ")
    assert error.endswith("does not exist.") and "\n" not in error

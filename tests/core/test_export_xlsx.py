"""The Excel report a manager hands on: live totals that Excel (here LibreOffice) recomputes to the same figures."""

import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest

from app.core.domain import Source
from app.core.export.output import ExportError
from app.core.export.report import CitedSource, Report
from app.core.export.xlsx_report import write_xlsx
from app.core.pricing.estimate import totals
from app.core.pricing.price_book import category_name, default_price_book
from app.core.pricing.price_book_xlsx import read_price_book
from app.core.where import Where
from tests.core.test_pricing import stored_device

HOSTILE = ['=HYPERLINK("http://x","y")', "@SUM(A1)", "+1", "-1+1", "\t=1+1", "\r=1+1"]
SOURCE = Source(
    "us-ndaa-889",
    "US NDAA §889",
    "NDAA for FY2019, section 889",
    "US Congress",
    "2018-08-13",
    "US",
    "public",
    "https://www.congress.gov/bill/115th-congress/house-bill/5515",
    "video surveillance equipment produced by Hikvision or Dahua",
    "law",
)


def sample_report(**changes) -> Report:
    """Sites, vendors, a dismissal, a clear device marked replace, a review, and hostile text."""
    devices = [
        stored_device(1, site="North School", category="fixed_camera"),
        stored_device(2, site="North School", category="nvr", install_date="2019-06-30 00:00:00"),
        stored_device(3, site="north school", vendor_name="Dahua", category="ptz_camera"),
        stored_device(4, site="Depot", vendor_name="Dahua", category="dvr", install_date="March 2018"),
        stored_device(5, site="Depot", decision="dismiss", decided_at="2026-11-20T09:30:00"),
        stored_device(
            6,
            site="Depot",
            verdict="clear",
            vendor_name="Axis",
            decision="replace",
            decided_at="2026-11-21T10:00:00",
            note="end of life",
        ),
        stored_device(7, site="Clinic", verdict="review", vendor_name="Dahua", category="intercom"),
        stored_device(8, site="", vendor_name="Hytera", category="two_way_radio"),
        stored_device(
            9,
            site=HOSTILE[0],
            model=HOSTILE[1],
            serial=HOSTILE[2],
            mac=HOSTILE[3],
            location=HOSTILE[4],
            name=HOSTILE[5],
            note=HOSTILE[0],
            category="access_control",
        ),
        stored_device(10, verdict="unknown", vendor_name="", category="other"),
        stored_device(11, site="Block *", vendor_name="Dahua", category="thermal_camera"),  # not a wildcard
    ]
    values = dict(
        title="Estate inventory.xlsx",
        devices=devices,
        price_book=default_price_book(),
        sources=[CitedSource(SOURCE, ("Hikvision", "Dahua"))],
        created=datetime(2026, 11, 24, 9, 0),
    )
    values.update(changes)
    return Report(**values)


@pytest.fixture
def report_file(tmp_path):
    report = sample_report()
    path = tmp_path / "report.xlsx"
    write_xlsx(report, path)
    return report, path


def _summary_rows(path, data_only: bool) -> dict[str, list]:
    """Summary rows keyed by their first cell, section by section ('Vendor: Dahua', 'Total')."""
    sheet = openpyxl.load_workbook(path, data_only=data_only)["Summary"]
    rows, section = {}, ""
    for cells in sheet.iter_rows(min_row=1, max_col=5, values_only=True):
        if cells[1] == "Devices":
            section = cells[0] or ""
        elif cells[0] is not None and cells[1] is not None:
            rows[f"{section}: {cells[0]}" if section else cells[0]] = list(cells[1:])
    return rows


def _expected(report: Report) -> dict[str, list]:
    result = totals(report.devices, report.price_book, report.include_review)
    expected = {"Total": result.overall}
    expected |= {f"Vendor: {k}": v for k, v in result.by_vendor.items()}
    expected |= {f"Site: {k}": v for k, v in result.by_site.items()}
    expected |= {f"Category: {category_name(k)}": v for k, v in result.by_category.items()}
    return {k: [v.devices, v.cost.low, v.cost.typical, v.cost.high] for k, v in expected.items()}


def test_the_workbook_has_the_five_sheets_a_manager_expects(report_file):
    _, path = report_file
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Summary", "Flagged devices", "All devices", "Price book", "Sources"]
    assert workbook.active.title == "Summary"


def test_totals_are_formulas_whose_values_are_the_apps(report_file):
    report, path = report_file
    formulas = _summary_rows(path, data_only=False)
    values = _summary_rows(path, data_only=True)
    expected = _expected(report)
    for key, numbers in expected.items():
        assert all(str(f).startswith("=") for f in formulas[key]), key
        assert values[key] == pytest.approx(numbers, abs=0.005), key
    assert "SUMPRODUCT(('Flagged devices'!$C$2:$C$9=$A" in formulas["Vendor: Dahua"][2]
    assert (
        "SUMIF('Price book'!$A$2:$A$14,'Flagged devices'!$D$2:$D$9,'Price book'!$G$2:$G$14)"
        in formulas["Vendor: Dahua"][1]
    )
    found = {k.removeprefix("Devices found: "): v[0] for k, v in values.items() if k.startswith("Devices found")}
    assert found == {"Flagged": 8, "To review": 1, "Clear": 1, "Unknown": 1, "Marked replace": 1, "Dismissed": 1}


def test_each_device_cost_is_a_lookup_on_the_price_book(report_file):
    report, path = report_file
    workbook = openpyxl.load_workbook(path)
    flagged = workbook["Flagged devices"]
    assert flagged["M1"].value == "Estimated cost (typical)"
    assert flagged["M2"].value == "=VLOOKUP($D2,'Price book'!$A$2:$I$14,8,FALSE)"
    assert flagged.max_row == len(report.replaced) + 1 == 9  # dismissed and clear devices are left out
    assert [c.value for c in flagged["A"][1:4]] == ["North School"] * 3  # 'north school' counted with them
    prices = workbook["Price book"]
    assert prices["H2"].value == "=(D2+F2*LabourRate+Disposal)*(1+Contingency)*(1+Tax)"
    assert set(workbook.defined_names) >= {"LabourRate", "Disposal", "Contingency", "Tax"}
    assert read_price_book(path) == report.price_book  # the report's price book can be shared as it is


def test_headers_filters_widths_dates_and_money_are_set(report_file):
    _, path = report_file
    workbook = openpyxl.load_workbook(path)
    for name in ("Flagged devices", "All devices"):
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet["A1"].font.bold and sheet["A1"].fill.fgColor.rgb.endswith("1F3864")
        assert sheet.column_dimensions["A"].width > 10
    flagged = workbook["Flagged devices"]
    assert flagged["I2"].is_date and flagged["I2"].value == datetime(2021, 3, 4)
    assert flagged["I3"].is_date and flagged["I5"].value == "March 2018"  # not a date: kept as written
    assert "$" in flagged["M2"].number_format
    everything = workbook["All devices"]
    decided = next(row for row in everything.iter_rows(min_row=2) if row[18].value == "Dismissed")
    assert decided[20].is_date
    summary = workbook["Summary"]
    total = next(row for row in summary.iter_rows() if row[0].value == "Total")
    assert total[3].number_format.startswith('"$"#,##0') and total[3].font.bold
    sources = workbook["Sources"]
    assert sources["A2"].value == "US NDAA §889" and sources["D2"].is_date
    assert sources["I2"].hyperlink.target == SOURCE.url


def test_the_device_sheets_print_one_page_wide_with_the_header_on_every_page(report_file):
    _, path = report_file
    workbook = openpyxl.load_workbook(path)
    for name, last in (("Flagged devices", "O9"), ("All devices", "U12")):
        sheet = workbook[name]
        assert sheet.page_setup.orientation == "landscape", name
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        # fitToWidth left out means 1, its default in the file format (xlsxwriter writes only a 0 height)
        assert (sheet.page_setup.fitToWidth or 1, sheet.page_setup.fitToHeight) == (1, 0), name
        assert sheet.print_title_rows == "$1:$1", name
        assert sheet.print_area == f"'{name}'!$A$1:${last[0]}${last[1:]}", name
        assert sheet.print_options.gridLines, name
        assert sheet.page_margins.left < 0.5, name
        assert sheet.page_setup.paperSize is None, name  # no place set: the printer's own paper


@pytest.mark.parametrize(("place", "paper"), [("CA-QC", 1), ("US", 1), ("FR", 9)])
def test_the_device_sheets_print_on_letter_in_the_us_and_canada_and_a4_elsewhere(tmp_path, place, paper):
    path = tmp_path / "report.xlsx"
    write_xlsx(sample_report(where=Where.parse(place)), path)
    workbook = openpyxl.load_workbook(path)
    assert [int(workbook[n].page_setup.paperSize) for n in ("Flagged devices", "All devices")] == [paper] * 2


def test_the_summary_has_a_chart_of_devices_and_cost_by_vendor(report_file):
    _, path = report_file
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        xml = archive.read(charts[0]).decode()
    assert len(charts) == 1
    assert "<c:barChart>" in xml and "<c:lineChart>" in xml
    assert "Summary!$A$" in xml and "Typical cost" in xml and "Devices" in xml


def test_hostile_cells_stay_inert_text(report_file):
    _, path = report_file
    workbook = openpyxl.load_workbook(path)
    found = []
    for name in ("Flagged devices", "All devices", "Summary"):
        for row in workbook[name].iter_rows():
            for cell in row:
                # Excel writes a carriage return as _x000D_; openpyxl leaves inline strings escaped.
                text = cell.value.replace("_x000D_", "\r") if isinstance(cell.value, str) else cell.value
                if text in HOSTILE:
                    assert cell.data_type == "s", (name, cell.coordinate)
                    assert cell.quotePrefix, (name, cell.coordinate)
                    found.append(text)
    assert set(found) == set(HOSTILE)


def test_a_report_with_nothing_to_replace_still_opens(tmp_path):
    report = sample_report(devices=[stored_device(1, verdict="clear", vendor_name="Axis")], sources=[])
    path = tmp_path / "clear.xlsx"
    write_xlsx(report, path)
    values = _summary_rows(path, data_only=True)
    assert values["Total"] == [0, 0, 0, 0]


def test_a_report_that_cannot_be_written_says_why_in_one_sentence(tmp_path):
    with pytest.raises(ExportError, match=r"could not write report\.xlsx: the folder .*missing does not exist\.$"):
        write_xlsx(sample_report(), tmp_path / "missing" / "report.xlsx")
    (tmp_path / "taken.xlsx").mkdir()
    with pytest.raises(ExportError, match="that name is a folder"):
        write_xlsx(sample_report(), tmp_path / "taken.xlsx")
    assert list(tmp_path.iterdir()) == [tmp_path / "taken.xlsx"]  # no half-written file left behind


def _recalculate(path, out_dir):
    """Open and save the workbook in LibreOffice, which recalculates every formula first."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = out_dir / "profile"
    (profile / "user").mkdir(parents=True)
    # By default LibreOffice keeps the values cached in an xlsx; this makes it recalculate on load.
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">'
        "<value>0</value></prop></item></oor:items>"
    )
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out_dir / "recalculated"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / "recalculated" / path.name


def test_libreoffice_recomputes_the_same_totals_as_the_app(report_file, tmp_path):
    report, path = report_file
    recalculated = _recalculate(path, tmp_path)
    values = _summary_rows(recalculated, data_only=True)
    for key, numbers in _expected(report).items():
        assert values[key] == pytest.approx(numbers, abs=0.005), key


def test_changing_a_price_in_the_spreadsheet_changes_every_total(report_file, tmp_path):
    report, path = report_file
    workbook = openpyxl.load_workbook(path)  # openpyxl drops the cached values: LibreOffice must compute them
    prices = workbook["Price book"]
    prices["D2"] = 900  # typical fixed camera
    prices["E7"] = 9000  # high NVR
    prices["B17"] = 110  # labour rate
    prices["B19"] = 0.25  # contingency
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)
    book = report.price_book
    book = replace(
        book,
        labour_rate=110,
        contingency_pct=25,
        categories={
            **book.categories,
            "fixed_camera": replace(book.categories["fixed_camera"], typical=900),
            "nvr": replace(book.categories["nvr"], high=9000),
        },
    )
    values = _summary_rows(_recalculate(edited, tmp_path), data_only=True)
    for key, numbers in _expected(replace(report, price_book=book)).items():
        assert values[key] == pytest.approx(numbers, abs=0.005), key

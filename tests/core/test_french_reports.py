"""Reports in Quebec French: sheet names, headers, labels and amounts in French, formulas still live."""

import csv
import shutil

import openpyxl
import pytest

from app.cli import main
from app.core.export.csv_report import write_csv
from app.core.export.xlsx_report import write_xlsx
from app.core.language import language_from_environment, words
from app.core.pricing.money import excel_money_format, format_money
from app.core.pricing.price_book_xlsx import read_price_book
from tests.conftest import DATA
from tests.core.test_export_xlsx import _recalculate, sample_report

NBSP = "\u00a0"
FRENCH_SHEETS = ["Sommaire", "Appareils signalés", "Tous les appareils", "Grille de prix", "Sources"]


def test_amounts_and_counts_are_written_the_french_canadian_way():
    assert format_money(1234567.4, "CAD", "fr") == f"1{NBSP}234{NBSP}567{NBSP}$"
    assert format_money(1234.5, "USD", "fr") == f"1{NBSP}235{NBSP}${NBSP}US"
    assert format_money(1234.5, "USD") == "$1,235"
    assert words("fr").number(1234) == f"1{NBSP}234"
    assert excel_money_format("CAD", 2, "fr") == '#,##0.00 "$"'


def test_the_report_language_follows_the_locale():
    assert language_from_environment({"LANG": "fr_CA.UTF-8"}) == "fr"
    assert language_from_environment({"LC_ALL": "en_US.UTF-8", "LANG": "fr_CA.UTF-8"}) == "en"
    assert language_from_environment({}) == "en"


@pytest.fixture
def french_workbook(tmp_path):
    report = sample_report(lang="fr")
    path = tmp_path / "rapport.xlsx"
    write_xlsx(report, path)
    return report, path


def test_the_french_workbook_names_its_sheets_and_headers_in_french(french_workbook):
    _, path = french_workbook
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == FRENCH_SHEETS
    flagged = workbook["Appareils signalés"]
    headers = [cell.value for cell in flagged[1]]
    assert headers[:4] == ["Site", "Emplacement", "Fournisseur", "Catégorie"]
    assert "Fabricant" in headers and "Numéro de série" not in headers and "N° de série" in headers
    assert flagged["D2"].value in {"Caméra fixe", "Enregistreur vidéo réseau", "Caméra PTZ"}
    # Each device's cost is still a live lookup, on the French price-book sheet.
    assert flagged.cell(2, headers.index("Coût estimé (typique)") + 1).value.startswith(
        "=VLOOKUP($D2,'Grille de prix'!"
    )
    assert flagged.cell(2, headers.index("Coût estimé (typique)") + 1).number_format.startswith('#,##0 "$')
    summary = workbook["Sommaire"]
    assert summary["A1"].value == "Estimation du remplacement"
    formulas = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] == "="]
    assert any("'Tous les appareils'!" in f and '"Signalé"' in f for f in formulas)
    assert any("'Appareils signalés'!" in f for f in formulas)
    chart = summary._charts[0]
    assert chart is not None


def test_libreoffice_recomputes_the_french_totals_as_the_app(french_workbook, tmp_path):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice is not installed")
    report, path = french_workbook
    values = openpyxl.load_workbook(_recalculate(path, tmp_path), data_only=True)["Sommaire"]
    rows = {r[0]: r[1:] for r in values.iter_rows(min_row=1, max_col=5, values_only=True) if r[0]}
    cost = report.totals.overall.cost
    assert rows["Total"][0] == report.totals.overall.devices
    assert rows["Total"][1:4] == pytest.approx([cost.low, cost.typical, cost.high], abs=0.005)
    assert rows["Signalé"][0] == sum(d.verdict == "flagged" for d in report.devices)


def test_the_price_book_of_a_french_report_imports(french_workbook):
    report, path = french_workbook
    assert read_price_book(path) == report.price_book


def test_the_french_csv_has_french_headers_semicolons_and_decimal_commas(tmp_path):
    path = tmp_path / "appareils.csv"
    write_csv(sample_report(lang="fr"), path)
    rows = list(csv.reader(path.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0][:3] == ["Feuille d'inventaire", "Ligne", "Site"]
    assert rows[0][-4:] == ["Estimation basse", "Estimation typique", "Estimation élevée", "Devise"]
    header = rows[0]
    flagged = next(r for r in rows[1:] if r[header.index("Verdict")] == "Signalé")
    assert "," in flagged[header.index("Estimation typique")] or flagged[header.index("Estimation typique")].isdigit()


def test_the_command_line_writes_french_reports_under_a_french_locale_or_with_lang_fr(tmp_path, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    inventory = DATA / "evaluation_inventory.csv"
    assert main(["scan", str(inventory), "--csv", str(tmp_path / "fr.csv")]) == 0
    assert (tmp_path / "fr.csv").read_text(encoding="utf-8-sig").startswith("Feuille d'inventaire;")
    assert main(["scan", str(inventory), "--csv", str(tmp_path / "en.csv"), "--lang", "en"]) == 0
    assert (tmp_path / "en.csv").read_text(encoding="utf-8-sig").startswith("Inventory sheet,")
    monkeypatch.setenv("LANG", "C")
    assert main(["scan", str(inventory), "--report", str(tmp_path / "fr.xlsx"), "--lang", "fr"]) == 0
    assert openpyxl.load_workbook(tmp_path / "fr.xlsx").sheetnames == FRENCH_SHEETS

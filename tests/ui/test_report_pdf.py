"""The PDF a manager gives their boss: totals first, then the chart, devices by site, sources and assumptions."""

import os
import re
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from app.core.export.output import ExportError
from app.core.kb.paths import ROOT, SAMPLE_INVENTORY
from app.core.pricing.money import format_money
from app.core.where import Where
from app.ui.report_pdf import page_size, write_pdf
from tests.core.test_export_xlsx import HOSTILE, SOURCE, sample_report


def _text(path) -> list[str]:
    """The text of each page, as pdftotext reads it."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True)
    return text.stdout.split("\f")


def test_the_title_page_gives_the_totals_and_the_rest_follows_in_order(qapp, tmp_path):
    report = sample_report()
    path = tmp_path / "summary.pdf"
    write_pdf(report, path)
    assert path.read_bytes().startswith(b"%PDF")
    pages = _text(path)
    cost = report.totals.overall.cost
    title = " ".join(pages[0].split())
    assert "Replacement estimate" in title and "Estate inventory.xlsx" in title
    assert (
        f"Replacing the {report.totals.overall.devices} devices in scope would cost about "
        f"{format_money(cost.typical, 'USD')}" in title
    )
    assert "An estimate, not a quote" in title
    rest = " ".join(" ".join(pages[1:]).split())
    order = [
        "Where the money goes",
        "Flagged devices by site",
        "North School",
        "the sources",
        SOURCE.quote,
        "Assumptions",
        "Prices per category",
    ]
    positions = [rest.find(words) for words in order]
    assert -1 not in positions and positions == sorted(positions), dict(zip(order, positions, strict=True))
    assert HOSTILE[0] in rest  # shown as the text it is


def test_the_pdf_renders_to_pages(qapp, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    path = tmp_path / "summary.pdf"
    write_pdf(sample_report(), path)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 4  # title, chart, sites, sources and assumptions
    assert all(page.stat().st_size > 1000 for page in pages)


def test_a_pdf_that_cannot_be_written_says_why(qapp, tmp_path):
    with pytest.raises(ExportError, match=r"the folder .* does not exist"):
        write_pdf(sample_report(), tmp_path / "gone" / "summary.pdf")


def test_the_command_line_writes_a_pdf_with_no_display(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    path = tmp_path / "summary.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "app", "scan", str(SAMPLE_INVENTORY), "--pdf", str(path)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert path.read_bytes().startswith(b"%PDF")


def _page_points(path) -> tuple[float, float]:
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", path.read_bytes())
    return round(float(box.group(1))), round(float(box.group(2)))


@pytest.mark.parametrize(
    ("place", "points"), [("US-TX", (612, 792)), ("CA-QC", (612, 792)), ("FR", (595, 842)), ("UK", (595, 842))]
)
def test_the_page_is_letter_in_the_us_and_canada_and_a4_elsewhere(qapp, tmp_path, place, points):
    path = tmp_path / "summary.pdf"
    write_pdf(sample_report(where=Where.parse(place, "public")), path)
    assert _page_points(path) == points


def test_with_no_place_set_the_page_follows_the_system_locale():
    assert page_size(Where(), QLocale.Country.Canada) == QPageSize.PageSizeId.Letter
    assert page_size(Where(), QLocale.Country.UnitedStates) == QPageSize.PageSizeId.Letter
    assert page_size(None, QLocale.Country.Germany) == QPageSize.PageSizeId.A4
    assert page_size(Where.parse("FR"), QLocale.Country.Canada) == QPageSize.PageSizeId.A4  # the place decides


def test_the_title_page_is_filled_with_the_vendor_chart_and_a_site_heading_stays_with_its_table(qapp, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    path = tmp_path / "summary.pdf"
    write_pdf(sample_report(), path)
    subprocess.run(["pdftoppm", "-r", "20", "-gray", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True)
    page = next(tmp_path.glob("p-*.pgm")).read_bytes()
    width, height = (int(n) for n in page.split(b"\n")[1].split())
    pixels = page[-width * height :]
    body = range(int(height * 0.85))  # above the page number
    inked = [row for row in body if min(pixels[row * width : (row + 1) * width]) < 200]
    assert inked[-1] > height * 0.5  # four vendors' chart and table reach past the middle of the page
    for text in _text(path)[1:]:
        lines = [line for line in text.splitlines() if line.strip()]
        if lines and re.search(r": \d+ devices?, about", lines[-2] if len(lines) > 1 else ""):
            raise AssertionError(f"a site's heading is alone at the foot of a page: {lines[-2]}")


def test_the_french_pdf_has_every_heading_in_french(qapp, tmp_path):
    path = tmp_path / "sommaire.pdf"
    write_pdf(sample_report(lang="fr"), path)
    text = " ".join(" ".join(_text(path)).split())
    for heading in ("Estimation du remplacement", "Où va l'argent", "Appareils signalés par site", "Hypothèses"):
        assert heading in text, heading
    for english in ("Where the money goes", "Flagged devices by site", "Assumptions", "By vendor"):
        assert english not in text, english

"""The PDF a manager gives their boss: totals first, then the chart, devices by site, sources and assumptions."""

import os
import shutil
import subprocess
import sys

import pytest

from app.core.export.output import ExportError
from app.core.kb.paths import ROOT, SAMPLE_INVENTORY
from app.core.pricing.money import format_money
from app.ui.report_pdf import write_pdf
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

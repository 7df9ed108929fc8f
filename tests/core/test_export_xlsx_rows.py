"""The device sheets written row by row as XML (app/core/export/xlsx_rows.py) are byte for byte what
xlsxwriter itself writes, for ordinary cells and for every cell that takes xlsxwriter's own path."""

import zipfile

import pytest

from app.core.export import xlsx_rows
from app.core.export.xlsx_report import write_xlsx
from tests.core.test_export_xlsx import HOSTILE, sample_report
from tests.core.test_pricing import stored_device

AWKWARD = [
    "R&D <lab> \"quoted\" 'single'",
    " leading space",
    "trailing space ",
    "bell\x07 and tab\tinside",
    "already _x0041_ escaped",
    "line\nbreak",
    "Ünïcödé 海康威视 ✓",
    "x" * 20_000,  # cut to Excel's limit by xlsxwriter
    "1899-12-29",
    "2024-02-30",
    "2024-03-01T08:00:00",
]


def _sheets(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as book:
        return {name: book.read(name) for name in book.namelist() if name.startswith("xl/worksheets/")}


def _xlsxwriter_only(monkeypatch) -> None:
    original = xlsx_rows.DeviceRows.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.direct = False

    monkeypatch.setattr(xlsx_rows.DeviceRows, "__init__", init)


@pytest.mark.parametrize("awkward", [False, True])
def test_direct_rows_are_the_bytes_xlsxwriter_writes(tmp_path, monkeypatch, awkward):
    report = sample_report()
    if awkward:
        extra = [
            stored_device(
                20 + number,
                site=text,
                location=text,
                model=text,
                serial=text,
                name=text,
                install_date=text,
                explanation=text,
                decision="dismiss",
                note=text,
                decided_at=text,
                verdict=("flagged", "review", "clear", "unknown")[number % 4],
            )
            for number, text in enumerate(AWKWARD + HOSTILE)
        ]
        report = sample_report(devices=report.devices + extra)
    direct = tmp_path / "direct.xlsx"
    write_xlsx(report, direct)
    _xlsxwriter_only(monkeypatch)
    plain = tmp_path / "plain.xlsx"
    write_xlsx(sample_report(devices=report.devices), plain)
    written, expected = _sheets(direct), _sheets(plain)
    assert written.keys() == expected.keys()
    for name in expected:
        assert written[name] == expected[name], name

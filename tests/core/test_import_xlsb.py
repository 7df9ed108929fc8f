"""Binary workbooks (.xlsb), written record by record (no .xlsb writer ships with Vetted)."""

import struct
import subprocess
import sys
import zipfile

import pytest

from app.core.importing.errors import InventoryError
from app.core.importing.inventory import open_inventory

_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


def _record(kind: int, payload: bytes = b"") -> bytes:
    """A BIFF12 record: its type and size as variable-length integers (7 bits a byte), then its payload."""
    head = bytearray()
    for number, most in ((kind, 2), (len(payload), 4)):
        for _ in range(most):
            head.append((number & 0x7F) | (0x80 if number > 0x7F else 0))
            number >>= 7
            if not number:
                break
    return bytes(head) + payload


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def _sheet(cells: dict[tuple[int, int], str]) -> bytes:
    """Sheet data as Excel writes it: BrtWsDim, BrtBeginSheetData, a BrtRowHdr before each row's BrtCellSt."""
    last_row = max(row for row, _ in cells)
    last_column = max(column for _, column in cells)
    records = [_record(0x81), _record(0x94, struct.pack("<4I", 0, last_row, 0, last_column)), _record(0x91)]
    for row in sorted({row for row, _ in cells}):
        records.append(_record(0x00, struct.pack("<I", row) + bytes(13)))
        for (at, column), text in sorted(cells.items()):
            if at == row:
                records.append(_record(0x06, struct.pack("<II", column, 0) + _wide(text)))
    records += [_record(0x92), _record(0x82)]
    return b"".join(records)


def _xlsb(path, cells: dict[tuple[int, int], str], sheet: str = "Cameras", cut: int = 0):
    """A workbook of one sheet with these (row, column) → text cells, counted from 0; its last cut bytes dropped."""
    workbook = b"".join(
        [
            _record(0x83),
            _record(0x8F),
            _record(0x9C, struct.pack("<II", 0, 1) + _wide("rId1") + _wide(sheet)),
            _record(0x90),
            _record(0x84),
        ]
    )
    data = _sheet(cells)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.'
            'main"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" '
            f'Type="{_RELS}/officeDocument" Target="xl/workbook.bin"/></Relationships>',
        )
        archive.writestr("xl/workbook.bin", workbook)
        archive.writestr(
            "xl/_rels/workbook.bin.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" '
            f'Type="{_RELS}/worksheet" Target="worksheets/sheet1.bin"/></Relationships>',
        )
        archive.writestr("xl/worksheets/sheet1.bin", data[: len(data) - cut])
    return path


_TABLE = {
    (0, 0): "Make",
    (0, 1): "Model",
    (1, 0): "Hikvision",
    (1, 1): "DS-2CD2143G2-I",
    (2, 0): "Axis",
    (2, 1): "P3245-V",
}


def test_an_ordinary_binary_workbook_is_read(tmp_path):
    devices = list(open_inventory(_xlsb(tmp_path / "inventaire.xlsb", _TABLE)).devices())
    assert [(d.sheet, d.row, d.manufacturer, d.model) for d in devices] == [
        ("Cameras", 2, "Hikvision", "DS-2CD2143G2-I"),
        ("Cameras", 3, "Axis", "P3245-V"),
    ]


def test_a_binary_workbook_asking_for_a_huge_grid_is_refused_without_aborting(tmp_path):
    path = _xlsb(tmp_path / "stray.xlsb", {**_TABLE, (1_048_575, 16_383): "x"})  # a 512 GB grid for calamine
    done = subprocess.run([sys.executable, "-m", "app", "scan", str(path)], capture_output=True, text=True)
    assert done.returncode == 2, done.stderr[-300:]
    assert done.stderr.startswith("vetted: stray.xlsb has cells spread over 1,048,576 rows and 16,384 columns")
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("cut", [3, 24, 27])  # into the last cell's text, its column, its record's head
def test_a_binary_sheet_cut_short_is_called_damaged(tmp_path, cut):
    path = _xlsb(tmp_path / "cut.xlsb", _TABLE, cut=4 + cut)  # BrtEndSheetData and BrtEndSheet are 2 bytes each
    with pytest.raises(InventoryError) as raised:
        list(open_inventory(path).devices())
    assert str(raised.value) == "cut.xlsb is damaged or not a complete spreadsheet."

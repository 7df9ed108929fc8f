"""A big .xlsx sheet is streamed row by row instead of read whole by calamine: the rows must be the same."""

import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.importing.errors import InventoryError
from app.core.importing.inventory import open_inventory
from app.core.importing.readers import workbook, xlsx_book, xlsx_stream
from tests.conftest import ROOT, SHARED_SAMPLES


def _tables(path: Path, stream: bool, monkeypatch) -> list[tuple[str, list]]:
    """Every sheet's rows as the reader yields them, each cell as its type and repr (so NaN equals NaN)."""
    monkeypatch.setattr(xlsx_stream, "STREAM_BYTES", 0 if stream else 2**62)
    tables = workbook.read(path, path.read_bytes()[:4096])
    return [(t.name, [(n, [(type(c).__name__, repr(c)) for c in row]) for n, row in t.rows]) for t in tables]


def _same_both_ways(path: Path, monkeypatch) -> list:
    read = _tables(path, False, monkeypatch)
    streamed = _tables(path, True, monkeypatch)
    assert [name for name, _ in streamed] == [name for name, _ in read]
    for (name, expected), (_, got) in zip(read, streamed, strict=True):
        assert len(got) == len(expected), name
        for want, have in zip(expected, got, strict=True):
            assert have == want, (name, want, have)
    return read


def _fixtures() -> list[Path]:
    """Every .xlsx and .xlsm of the tests, the resources and ../shared/real-samples (beside this clone or in it)."""
    places = [ROOT / "tests", ROOT / "resources", SHARED_SAMPLES, ROOT / "shared" / "real-samples"]
    return sorted({path.resolve() for place in places for path in place.rglob("*.xls[xm]")})


@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: p.name)
def test_every_workbook_fixture_streams_as_calamine_reads_it(path, monkeypatch):
    _same_both_ways(path, monkeypatch)


def test_every_kind_of_cell_xlsxwriter_writes_streams_alike(tmp_path, monkeypatch):
    for date_1904 in (False, True):
        path = tmp_path / f"kinds-{date_1904}.xlsx"
        book = xlsxwriter.Workbook(path, {"date_1904": date_1904})
        sheet = book.add_worksheet("Kinds & more")
        formats = {
            code: book.add_format({"num_format": code})
            for code in ("yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss", "hh:mm:ss", "[h]:mm:ss", '"Due" 0', "0.00", "mmm-yy")
        }
        blank = book.add_format({"bold": True})
        sheet.write_blank("A1", None, blank)  # a formatted empty cell before the range starts
        rows = [
            ["Make", "Model", "Serial", "MAC", "Installed", "Count", "Notes", "Flag", "Total"],
            ["Hikvision", "DS-2CD2143G2-I", "  padded  ", "a&b<c>", 45000, 3, "line\r\nbreak", True, None],
            ["Dahua", "IPC-HFW", "", "x_x000D_y", 45000.75, -2.5, "é ü 中文 😀", False, None],
            ["Axis", 1e20, 0.1, "tab\there", 0.25, 1234567890123, "_x0041_ and _x00zz_", None, None],
        ]
        for r, values in enumerate(rows, start=2):
            for c, value in enumerate(values, start=2):
                if value is not None:
                    sheet.write(r, c, value)
        sheet.write_datetime(3, 6, datetime(2024, 3, 1), formats["yyyy-mm-dd"])
        sheet.write_datetime(4, 6, datetime(2024, 3, 1, 13, 45, 30), formats["yyyy-mm-dd hh:mm:ss"])
        sheet.write_number(5, 6, 0.5, formats["hh:mm:ss"])
        sheet.write_number(3, 7, 1.75, formats["[h]:mm:ss"])
        sheet.write_number(4, 7, 12, formats['"Due" 0'])
        sheet.write_number(5, 7, 3.14159, formats["0.00"])
        sheet.write_number(6, 6, 45292, formats["mmm-yy"])
        sheet.write_number(6, 7, 59.5, formats["yyyy-mm-dd hh:mm:ss"])  # before Excel's false 1900-02-29
        sheet.write_formula(3, 10, "=G4*2", None, 6)
        sheet.write_formula(4, 10, '="a"&"b"', None, "ab")
        sheet.write_formula(5, 10, "=NA()", None, "#N/A")
        sheet.write_formula(6, 10, "=1/0", None, "#DIV/0!")
        sheet.write_formula(7, 10, '=""', None, "")
        sheet.write_rich_string(7, 2, "rich ", book.add_format({"bold": True}), "text", " end")
        sheet.write_string(7, 3, " lead and trail ")
        sheet.write_boolean(9, 3, False)  # a gap of one row above
        sheet.write_blank(12, 14, None, blank)  # formatted, empty, outside the range
        sheet.write("AB9", "far column")
        second = book.add_worksheet("Second")
        second.write_row(0, 0, ["Make", "Model"])
        second.write_row(1, 0, ["Axis", "P3245-V"])
        book.add_chart({"type": "line"})
        book.close()
        read = _same_both_ways(path, monkeypatch)
        kinds = {kind for _, rows_ in read for _, row in rows_ for kind, _ in row}
        assert kinds >= {"datetime", "date", "time", "timedelta", "bool", "float", "str"}


def test_openpyxl_workbooks_stream_alike(tmp_path, monkeypatch):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Devices"
    sheet.append([])
    sheet.append([None, "Make", "Model", "Installed", "Note"])
    sheet.append([None, "Hikvision", "DS-2CD2143G2-I", datetime(2021, 5, 6), "  spaces  "])
    sheet.append([None, "Uniview", 42, date(1999, 12, 31), "=1+1"])
    sheet["F10"] = time(6, 30)
    sheet["B12"] = timedelta(hours=30)
    book.create_sheet("Empty")
    chart = book.create_chartsheet("Chart")
    chart.title = "Chart"
    path = tmp_path / "openpyxl.xlsx"
    book.save(path)
    _same_both_ways(path, monkeypatch)


# Cells as other programs and hands write them: inline strings with runs and phonetic text, spaces kept
# or trimmed, entities and character references, CDATA, Excel's _xHHHH_ escapes, every t="", formulas
# after their value, blank styled cells around the values, elements on lines of their own.
_RAW_CELLS = """
<row r="1"><c r="A1" s="1"/><c r="B1" t="inlineStr"><is><t></t></is></c></row>
<row r="2"><c r="B2" t="inlineStr"><is><t>Make</t></is></c><c r="C2" t="inlineStr"><is><t>Model</t></is></c>
<c r="D2" t="s"><v>0</v></c><c r="E2" t="s"><v>1</v></c><c r="F2" t="s"><v>2</v></c></row>
<row r="3"><c r="B3" t="inlineStr"><is><r><rPr><b/></rPr><t>Hik</t></r><r><t xml:space="preserve"> vision </t></r>
<rPh sb="0" eb="1"><t>ハイク</t></rPh></is></c><c r="C3" t="inlineStr"><is><t xml:space="preserve">  kept  </t></is></c>
<c r="D3" t="inlineStr"><is><t>a&amp;b &lt;c&gt; &#233;&#x4E2D;&quot;&apos;</t></is></c>
<c r="E3" t="inlineStr"><is><t><![CDATA[<raw> & text]]></t></is></c>
<c r="F3" t="inlineStr"><is><t>cr&#13;lf_x000D_x_x000a_ and _x0041__x00+9_</t></is></c></row>
<row r="4"><c r="B4" t="str"><v>formula text</v></c><c r="C4" t="str"><v></v></c><c r="D4" t="e"><v>#N/A</v></c>
<c r="E4" t="b"><v>1</v></c><c r="F4" t="b"><v>0</v></c><c r="G4" t="n"><v>1.5e3</v></c>
<c r="H4"><v>not a number</v></c><c r="I4"><v>-0.25</v></c><c r="J4" s="2"><v>45000.5</v></c></row>
<row r="5"><c r="B5"><f>1+1</f><v>2</v></c><c r="C5"><v>2</v><f>1+1</f></c><c r="D5" t="inlineStr"><v>5</v></c>
<c r="E5" s="3"><v>0.75</v></c><c r="F5" s="4"><v>1.5</v></c><c r="G5" s="5"><v>45000</v></c>
<c r="H5" s="99"><v>45000</v></c><c r="I5" t="s"><v>3</v></c><c r="J5" t="d"><v>2024-03-01T10:20:30</v></c></row>
<row r="6">
  <c r="B6" t="inlineStr">
    <is>
      <t>  indented  </t>
    </is>
  </c>
  <c r="C6" s="2">
    <v>45000</v>
  </c>
  <c r="D6" t="d"><v>2024-03-01</v></c><c r="E6" t="str"><v>a&amp;b</v></c><c r="F6" t="inlineStr"><is/></c>
  <c r="G6" t="s"><v>4</v></c><c r="H6" s="2"><v>-1</v></c><c r="I6" s="2"><v>3000000</v></c>
</row>
<row r="7"><c r="B7"><v>+1</v></c><c r="C7"><v>.5</v></c><c r="D7"><v>5.</v></c><c r="E7"><v>inf</v></c>
<c r="F7"><v>-Infinity</v></c><c r="G7"><v>nan</v></c><c r="H7"><v>1_0</v></c><c r="I7"><v> 1</v></c>
<c r="J7" s="2"><v>1e400</v></c></row>
<row r="08"><c r="B08" t="inlineStr"><is><t>after a gap</t></is></c><c r="K8" s="1"/><c r="C8" s=""><v>7</v></c>
<c r="D8" s="x"><v>8</v></c><c r="E8" t="s"><v>1.0</v></c><c r="F8" t="b"><v>TRUE</v></c><c r="G8" s="2"><v>0</v></c>
<c r="H8" s="2"><v>2958466</v></c><c r="I8" s="4"><v>-0.5</v></c></row>
<row r="9"><c r="C9" s="1"/></row>
"""
_RAW_STRINGS = """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<si><t>Serial</t></si><si><t xml:space="preserve"> MAC </t></si><si><r><t>Rich</t></r><r><t>Run</t></r></si>
<si><t>one&#10;two</t></si><si/></sst>"""
_RAW_STYLES = """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;Week&quot; 0"/><numFmt numFmtId="165" formatCode="[h]:mm"/>
</numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="21"/>
<xf numFmtId="165"/><xf numFmtId="164"/></cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="yyyy"/></dxf></dxfs></styleSheet>"""


def _raw_workbook(path: Path, cells: str, strings: str | None = _RAW_STRINGS, styles: str = _RAW_STYLES) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Raw"
    source = path.with_suffix(".source.xlsx")
    book.save(source)
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                head = data[: data.index(b"<sheetData")]
                data = head + b"<sheetData>" + cells.encode() + b"</sheetData></worksheet>"
            elif info.filename == "xl/styles.xml":
                data = styles.encode()
            elif info.filename == "[Content_Types].xml" and strings is not None:
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            elif info.filename == "xl/_rels/workbook.xml.rels" and strings is not None:
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
                )
            target.writestr(info, data)
        if strings is not None:
            target.writestr("xl/sharedStrings.xml", strings)
    return path


def test_hand_written_cells_of_every_kind_stream_alike(tmp_path, monkeypatch):
    read = _same_both_ways(_raw_workbook(tmp_path / "raw.xlsx", _RAW_CELLS), monkeypatch)
    (_, rows) = read[0]
    assert rows[0][0] == 1 and len(rows[0][1]) == 9  # from row 1 (an empty string is a value), B to J
    assert len(rows) == 8  # to row 8: row 9 holds only a formatted blank


@pytest.mark.parametrize(
    "cells",
    [
        '<row r="1"><c r="A1" t="e"><v>#WHAT?</v></c></row>',
        '<row r="1"><c r="A1" t="s"><v>7</v></c></row>',
        '<row r="1"><c r="A1" t="s"><v>42</v><f>A1</f></c></row>',  # refused though its formula empties it
        '<row r="1"><c r="A1" t="n"><v>abc</v></c></row>',
        '<row r="1"><c r="A1" t="q"><v>1</v></c></row>',
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>',
    ],
)
def test_a_cell_calamine_refuses_is_refused_streamed_too(tmp_path, monkeypatch, cells):
    path = _raw_workbook(tmp_path / "bad.xlsx", cells)
    for stream in (False, True):
        monkeypatch.setattr(xlsx_stream, "STREAM_BYTES", 0 if stream else 2**62)
        with pytest.raises(InventoryError, match="damaged"):
            for table in workbook.read(path, b"PK\x03\x04"):
                list(table.rows)


def test_a_cell_the_survey_does_not_know_leaves_the_sheet_to_calamine(tmp_path, monkeypatch):
    cells = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Make</t></is></c><c t="inlineStr"><is><t>Model</t></is></c></row>'
    )
    path = _raw_workbook(tmp_path / "loose.xlsx", cells)
    with zipfile.ZipFile(path) as archive, archive.open("xl/worksheets/sheet1.xml") as part:
        assert xlsx_stream.survey(part) is None
    _same_both_ways(path, monkeypatch)


def test_a_sheet_cut_short_while_streamed_is_called_damaged(tmp_path, monkeypatch):
    path = tmp_path / "whole.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["Make", "Model", "Serial"])
    for row in range(1, 3000):
        sheet.write_row(row, 0, ["Hikvision", f"DS-{row}", f"SN{row * 7919}"])
    book.close()
    monkeypatch.setattr(xlsx_stream, "STREAM_BYTES", 0)
    devices = list(open_inventory(path).devices())
    assert len(devices) == 2999
    cut = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(cut, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(info, data)
    with pytest.raises(InventoryError, match=r"^Sheet “Sheet1” of cut\.xlsx is damaged \(.*\)\.$"):
        list(open_inventory(cut).devices())


def test_number_formats_are_dates_as_calamine_decides():
    for code, kind in [
        ("DD/MM/YY", 1),
        ("H:MM:SS;@", 1),
        ("#,##0\\ [$\\u20bd-46D]", 0),
        ('m"M"d"D";@', 1),
        ("[h]:mm:ss", 2),
        ('"Y: "0.00"m";"Y: "-0.00"m";"Y: <num>m";@', 0),
        ('"$"#,##0_);[Red]("$"#,##0)', 0),
        ('[$-404]e"\\xfc"m"\\xfc"d"\\xfc"', 1),
        ("0_ ;[Red]\\-0\\ ", 0),
        ("\\Y000000", 0),
        ('#,##0.0####" YMD"', 0),
        ("[ss]", 2),
        ("[Blue]\\+[h]:mm;[Red]\\-[h]:mm;[Green][h]:mm", 2),
        ("[>=100][Magenta].00", 0),
        ("ha/p\\\\m", 1),
        ("#,##0*y", 0),
        ("*-yyyy-mm-dd", 1),
    ]:
        assert xlsx_book.format_kind(code) == kind, code


_TEXTS = ["42", "-0.25", "1e3", "+1", " 1", "abc", "#N/A", "#WHAT?", "1.0", "", "a&amp;b", "&#65;", "0", "1", "3"]
_TEXTS += ["2024-03-01", "2024-03-01T10:00:00", "12:30:00", "45000.5", "x_x000D_y", "  pad  ", "é中", "7&#10;8"]
_TEXTS += ["TRUE", " false ", "<![CDATA[ c ]]>", "&#x41;", "&nbsp;", "-1", "0.999", "2958466", "1&#13;&#10;2"]
_CONTENT = st.one_of(
    st.just(""),
    st.sampled_from(_TEXTS).map(lambda text: f"<v>{text}</v>"),
    st.sampled_from(_TEXTS).map(lambda text: f"<is><t>{text}</t></is>"),
    st.sampled_from(_TEXTS).map(
        lambda text: f'<is><r><t>{text}</t></r><r><t xml:space="preserve"> {text} </t></r></is>'
    ),
    st.sampled_from(_TEXTS).map(lambda text: f"<f>A1</f><v>{text}</v>"),
    st.sampled_from(_TEXTS).map(lambda text: f"<v>{text}</v><f>A1</f>"),
    st.sampled_from(
        ["<v/>", "<is/>", "<f/>", "\n  <v>5</v>\n", '<is><t>k</t><rPh sb="0"><t>p</t></rPh></is>', "<v>2<!--x-->1</v>"]
    ),
)
_CELL = st.tuples(
    st.sampled_from("ABCDEF"),
    st.sampled_from(["", ' s="0"', ' s="2"', ' s="3"', ' s="4"', ' s="5"', ' s="99"', ' s="x"']),
    st.sampled_from(["", ' t="n"', ' t="s"', ' t="str"', ' t="b"', ' t="e"', ' t="inlineStr"', ' t="d"']),
    _CONTENT,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.integers(1, 3), st.lists(_CELL, max_size=5)), min_size=1, max_size=6))
def test_any_sheet_of_such_cells_streams_as_calamine_reads_it_or_both_refuse_it(tmp_path, monkeypatch, rows):
    xml, number = [], 0
    for step, cells in rows:
        number += step
        xml.append(f'<row r="{number}">')
        for column, style, kind, content in cells:
            reference = f' r="{column}{number}"'
            xml.append(f"<c{reference}{style}{kind}/>" if not content else f"<c{reference}{style}{kind}>{content}</c>")
        xml.append("</row>")
    path = _raw_workbook(tmp_path / "fuzz.xlsx", "".join(xml))
    outcomes = []
    for stream in (False, True):
        try:
            outcomes.append(_tables(path, stream, monkeypatch))
        except InventoryError as error:
            outcomes.append(type(error))
    assert outcomes[1] == outcomes[0]


@pytest.mark.parametrize("piece", [1, 97, 4096])
def test_rows_read_in_pieces_of_any_size_are_calamines(tmp_path, monkeypatch, piece):
    """The rows are read a piece at a time so that a window importing in the background waits little for the
    GIL; a piece's end falls anywhere among rows, cells, blanks and shared strings."""
    path = tmp_path / "pieces.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Cameras")
    for row in range(400):
        if row % 7 != 3:  # some blank rows
            sheet.write_row(row, 0, [f"Make {row % 11}", row * 1.5, "" if row % 5 else "x", f"SN-{row:05d}"])
    book.close()
    monkeypatch.setattr(xlsx_stream, "ROWS_PIECE", piece)
    _same_both_ways(path, monkeypatch)

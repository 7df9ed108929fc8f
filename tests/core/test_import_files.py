"""Files as managers have them: title rows, French headers, odd encodings, several sheets, scan exports."""

import codecs
import contextlib
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.importing.errors import InventoryError
from app.core.importing.inventory import open_inventory
from tests.conftest import DATA, real_sample


def _devices(path, sheet=None):
    return list(open_inventory(path, sheet).devices())


def test_header_under_title_rows_and_row_numbers_as_excel_shows_them(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Cameras"
    sheet["A1"] = "Site survey — North School"
    sheet["A2"] = "Printed 2024-05-02"
    sheet.append([])
    sheet.append(["Fabricant", "Modèle", "Numéro de série", "Adresse MAC", "Emplacement"])
    sheet.append(["Hikvision", "DS-2CD2143G2-I", "F123", "44:19:b6:00:00:01", "Gymnase"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Axis", "P3245-V", "ACC1", "", "Entrée"])
    book.create_sheet("Notes")["A1"] = "Nothing to see here"
    path = tmp_path / "inventaire.xlsx"
    book.save(path)

    inventory = open_inventory(path)
    devices = list(inventory.devices())
    assert [(d.sheet, d.row, d.manufacturer, d.model) for d in devices] == [
        ("Cameras", 5, "Hikvision", "DS-2CD2143G2-I"),
        ("Cameras", 7, "Axis", "P3245-V"),
    ]
    assert devices[0].location == "Gymnase" and devices[0].serial == "F123"
    assert devices[0].original()["Numéro de série"] == "F123"
    assert inventory.skipped == ["Notes"]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1252", ";")],
)
def test_csv_encodings_and_delimiters_are_found(tmp_path, encoding, delimiter):
    text = delimiter.join(["Marque", "Modèle", "Localisation"]) + "\r\n"
    text += delimiter.join(["Dahua", "IPC-HFW2831T-ZS", "Façade"]) + "\r\n"
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode(encoding))
    (device,) = _devices(path)
    assert (device.manufacturer or device.brand, device.model, device.location) == (
        "Dahua",
        "IPC-HFW2831T-ZS",
        "Façade",
    )
    assert device.sheet == "export.csv" and device.row == 2


def test_misspelt_headers_still_map(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Manufaturer,Modle Number,Serail Number\nHikvision,DS-7608NI-K2,X1\n", encoding="utf-8")
    (device,) = _devices(path)
    assert (device.manufacturer, device.model, device.serial) == ("Hikvision", "DS-7608NI-K2", "X1")


def test_a_type_column_of_model_numbers_is_the_model_and_one_of_words_the_device_type(tmp_path):
    models = tmp_path / "netbox.csv"
    models.write_text("Name,Manufacturer,Type\ncam1,Hikvision,DS-2CD2143G2-I\n", encoding="utf-8")
    words = tmp_path / "plain.csv"
    words.write_text("Make,Type\nAxis,Dome camera\n", encoding="utf-8")
    assert _devices(models)[0].model == "DS-2CD2143G2-I"
    assert _devices(words)[0].device_type == "Dome camera"


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("missing.xlsx", None, "does not exist"),
        ("empty.csv", b"", "is empty"),
        ("notes.xlsx", b"this is just text, not a workbook", "not a spreadsheet"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "not a spreadsheet"),
        ("columns.csv", b"Colour,Weight\nred,3\n", "no column of makes"),
    ],
)
def test_bad_files_get_one_clear_sentence(tmp_path, name, content, says):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InventoryError, match=says):
        open_inventory(path)


def test_a_truncated_workbook_is_called_damaged(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Make", "Model"])
    book.active.append(["Hikvision", "DS-2CD2143G2-I"])
    whole = tmp_path / "whole.xlsx"
    book.save(whole)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(InventoryError, match="damaged"):
        _devices(cut)


def test_an_encrypted_workbook_is_called_password_protected(tmp_path):
    # Excel stores a password-protected .xlsx inside an OLE compound file.
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000))
    with pytest.raises(InventoryError, match="password-protected"):
        open_inventory(path)


def test_an_unknown_sheet_name_lists_the_sheets(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Devices"
    book.active.append(["Make", "Model"])
    path = tmp_path / "b.xlsx"
    book.save(path)
    with pytest.raises(InventoryError, match="Devices"):
        open_inventory(path, sheet="Cameras")


def test_hikvision_sadp_export_maps_without_help():
    devices = _devices(real_sample("hikvision-sadp/sadp-export-73-devices.csv"))
    assert len(devices) == 73
    first = devices[0]
    assert first.model.startswith(("DS-", "IPC-")) and first.serial and first.mac and first.ip
    assert all(d.device_type == "" for d in devices)  # SADP's "Device Type" is the model


def test_snipe_it_export_prefers_the_model_number():
    devices = _devices(real_sample("snipe-it/assets-sample.csv"))
    assert devices and all(d.asset_tag for d in devices)
    assert any(d.model and '"' not in d.model for d in devices)


def test_netbox_exports_map_manufacturer_and_type():
    for name in ("netbox/netbox4-devices-export-all-columns.csv", "netbox/netbox-devices-export-chosen-columns.csv"):
        devices = _devices(real_sample(name))
        assert devices and all(d.manufacturer for d in devices)


def test_nmap_xml_keeps_hosts_that_answered():
    devices = _devices(real_sample("nmap-xml/full_sudo6.xml"))
    assert devices and any(d.mac for d in devices)
    assert all(d.ip for d in devices)


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("dnsmasq-leases/dnsmasq-3-leases.leases", 3),  # one MAC on three lines: three rows
        ("isc-dhcpd-leases/pfsense-isc-dhcp-4.2.8.leases", 2),
        ("arp-table/linux-centos7-arp-a.out", 3),
        ("arp-table/linux-ubuntu18-arp-table.out", 2),
        ("arp-table/macos-10.14-arp-a.out", 15),  # broadcast and multicast entries are not devices
    ],
)
def test_address_tables_from_network_tools(name, count):
    devices = _devices(real_sample(name))
    assert len(devices) == count
    assert all(d.mac for d in devices)


def test_hostile_xml_entities_are_refused(tmp_path):
    path = tmp_path / "bomb.xml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE nmaprun [<!ENTITY a "aaaa">]><nmaprun>&a;</nmaprun>')
    with pytest.raises(InventoryError):
        _devices(path)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(InventoryError):
        _devices(path)


def test_utf16_without_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Make\tModel\nTiandy\tTC-C32GN\n".encode("utf-16-le"))
    assert _devices(path)[0].model == "TC-C32GN"
    assert codecs.BOM_UTF16_LE not in path.read_bytes()[:2]


def _ods(path, rows):
    """A minimal OpenDocument spreadsheet, written by hand (no ODS writer ships with Vetted)."""
    cells = "".join(
        "<table:table-row>"
        + "".join(f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>' for v in row)
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Caméras">{cells}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def test_opendocument_spreadsheets_are_read(tmp_path):
    path = _ods(tmp_path / "inventaire.ods", [["Marque", "Modèle"], ["Uniview", "IPC2122LB-SF28-A"]])
    (device,) = _devices(path)
    assert (device.sheet, device.row, device.model) == ("Caméras", 2, "IPC2122LB-SF28-A")


def test_a_file_too_big_to_import_is_refused_with_its_size(tmp_path, monkeypatch):
    from app.core.importing import readers

    monkeypatch.setitem(readers.MAX_BYTES, "text", 1000)
    path = tmp_path / "huge.csv"
    path.write_text("Make,Model\n" + "Axis,P3245-V\n" * 200)
    with pytest.raises(InventoryError, match="larger than Vetted can import"):
        open_inventory(path)


def test_legacy_excel_xls_is_read(tmp_path):
    """.xls written by LibreOffice from an .xlsx (Debian's libreoffice-calc); skipped where it is absent."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed")
    book = openpyxl.Workbook()
    book.active.title = "Old list"
    book.active.append(["Manufacturer", "Model"])
    book.active.append(["Hytera", "PD785"])
    book.save(tmp_path / "old.xlsx")
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    subprocess.run(
        [soffice, profile, "--headless", "--convert-to", "xls", "--outdir", str(tmp_path), str(tmp_path / "old.xlsx")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    (device,) = _devices(tmp_path / "old.xls")
    assert (device.sheet, device.row, device.manufacturer, device.model) == ("Old list", 2, "Hytera", "PD785")


def test_an_integrator_schedule_with_several_tables_in_one_sheet():
    """Hand-made in the shape FORMATS.md §4 describes (the real file held passwords): Windows-1252,
    semicolons, a title and five blank rows, three tables each under its own section title and header,
    a header with a line break, duplicate header names, model numbers with a trailing space."""
    devices = _devices(DATA / "integrator-schedule-cp1252.csv")
    assert [(d.row, d.model) for d in devices] == [
        (9, "DS-2CD1127G2H-LIU(F)"),
        (10, "DS-2CD1127G2H-LIU(F)"),
        (14, "DS-K1T671M"),
        (17, "DS-7616NXI-K2"),
    ]
    assert devices[0].location == "PORTARIA" and devices[0].original()["SENHA HI (2)"] == "x"


def test_a_workbook_that_expands_to_gigabytes_is_refused(tmp_path, monkeypatch):
    from app.core.importing.readers import workbook

    book = openpyxl.Workbook()
    book.active.append(["Make", "Model"])
    path = tmp_path / "bomb.xlsx"
    book.save(path)
    monkeypatch.setattr(workbook, "MAX_EXPANDED_BYTES", 1000)  # the real limit is 2 GB
    with pytest.raises(InventoryError, match="expands to"):
        open_inventory(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".ods", ".xml"]))
def test_any_bytes_give_devices_or_one_clear_error(tmp_path, content, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    try:
        devices = list(open_inventory(path).devices())
    except InventoryError as error:
        assert str(error).endswith(".") and "\n" not in str(error)
    else:
        assert all(d.row >= 1 for d in devices)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=5), max_size=8))
def test_any_csv_text_gives_devices_or_one_clear_error(tmp_path, rows):
    import csv as csv_module
    import io

    text = io.StringIO()
    csv_module.writer(text).writerows([["Make", "Model", "MAC"], *rows])
    path = tmp_path / "fuzz.csv"
    path.write_text(text.getvalue(), encoding="utf-8")
    with contextlib.suppress(InventoryError):
        list(open_inventory(path).devices())


def test_a_pipe_or_a_device_is_not_called_a_folder(tmp_path):
    import os

    fifo = tmp_path / "inventory.csv"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        with pytest.raises(InventoryError, match="not a file but a device or a pipe"):
            open_inventory(path)
    with pytest.raises(InventoryError, match="is a folder"):
        open_inventory(tmp_path)


def test_a_loop_of_links_is_not_called_missing(tmp_path):
    (tmp_path / "a.csv").symlink_to(tmp_path / "b.csv")
    (tmp_path / "b.csv").symlink_to(tmp_path / "a.csv")
    with pytest.raises(InventoryError, match="link that leads back to itself"):
        open_inventory(tmp_path / "a.csv")


def test_a_file_vetted_may_not_read_is_one_sentence(tmp_path, monkeypatch):
    import builtins

    path = tmp_path / "locked.csv"
    path.write_text("Make,Model\nHikvision,DS-2CD2143G2-I\n")
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(InventoryError, match=r"^Vetted is not allowed to read locked\.csv; .*\.$"):
        _devices(path)


def test_a_file_name_that_is_not_utf8_or_holds_a_newline_shows_as_one_line(tmp_path):
    import os

    for raw, shown in ((b"caf\xe9.csv", "caf\ufffd.csv"), (b"two\nlines.csv", "two lines.csv")):
        path = tmp_path / os.fsdecode(raw)
        path.write_text("Make,Model\nHikvision,DS-2CD2143G2-I\n")
        (device,) = _devices(path)
        assert device.sheet == shown
        path.write_text("Colour\nred\n")
        with pytest.raises(InventoryError) as refused:
            open_inventory(path)
        assert shown in str(refused.value) and "\n" not in str(refused.value)
        str(refused.value).encode("utf-8")  # no lone surrogate left to break a terminal, a CSV or SQLite


def test_a_dtd_in_an_nmap_file_is_refused_in_words_not_a_python_repr(tmp_path):
    path = tmp_path / "scan.xml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE nmaprun><nmaprun><host></host></nmaprun>')
    with pytest.raises(InventoryError) as refused:
        _devices(path)
    message = str(refused.value)
    assert "document type" in message and "DTDForbidden" not in message and "=" not in message


def test_a_megabyte_of_notes_in_one_cell_is_kept_up_to_excels_cell_limit(tmp_path):
    from app.core.importing.cells import CELL_LIMIT

    path = tmp_path / "long-notes.csv"
    notes = "pasted manual " * 80_000  # 1.1 MB
    path.write_text(f'Make,Model,Notes\nHikvision,DS-2CD2143G2-I,"{notes}"\nAxis,P3245-V,short\n')
    first, second = _devices(path)
    assert first.model == "DS-2CD2143G2-I" and len(first.cells[2]) == CELL_LIMIT == 32_767
    assert first.description == notes[:CELL_LIMIT].strip() and second.description == "short"


def test_headers_without_a_device_under_them_say_so(tmp_path):
    path = tmp_path / "template.csv"
    path.write_text("Make,Model,Serial\n,,\n")
    with pytest.raises(InventoryError, match=r"^template\.csv has column headers but no devices under them\.$"):
        _devices(path)


def test_a_sheet_wider_than_z_or_without_cell_references_is_read(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Make", "Model", *[f"Extra {n}" for n in range(40)]])
    book.active.append(["Hikvision", "DS-2CD2143G2-I", *range(40)])
    wide = tmp_path / "wide.xlsx"
    book.save(wide)
    assert _devices(wide)[0].model == "DS-2CD2143G2-I"
    # The same sheet without r="" references, as some writers save it: calamine places cells in order.
    loose = tmp_path / "loose.xlsx"
    with zipfile.ZipFile(wide) as source, zipfile.ZipFile(loose, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/worksheets/"):
                import re

                data = re.sub(rb' r="[A-Z]*\d+"', b"", data)
            target.writestr(info, data)
    assert _devices(loose)[0].model == "DS-2CD2143G2-I"


@pytest.mark.parametrize("streamed", [False, True], ids=["read whole", "streamed"])
def test_a_workbook_whose_grid_would_not_fit_in_memory_is_refused_before_it_is_read(tmp_path, monkeypatch, streamed):
    """The streaming reader of big sheets (xlsx_stream) keeps the check and its sentence too."""
    from app.core.importing.readers import workbook, xlsx_stream

    if streamed:
        monkeypatch.setattr(xlsx_stream, "STREAM_BYTES", 0)

    book = openpyxl.Workbook()
    book.active["A1"] = "Make"
    book.active["AB40"] = "far away"
    path = tmp_path / "stray.xlsx"
    book.save(path)
    monkeypatch.setattr(workbook, "MAX_CELLS", 1000)  # 40 rows x 28 columns; the real limit is 30 million
    with pytest.raises(InventoryError, match="spread over 40 rows and 28 columns, more than Vetted can read"):
        open_inventory(path)


def test_a_million_row_sheet_is_ordinary_for_the_grid_check_and_wider_ones_are_followed(tmp_path):
    import zipfile

    from app.core.importing.readers import workbook

    assert workbook.MAX_CELLS >= 26 * 1_099_999  # what the one-search check may let through unfollowed
    sizes = {}
    for name, far in (("long", "K1048576"), ("wide", "AA3")):
        book = openpyxl.Workbook()
        book.active["A1"] = "Make"
        book.active[far] = "far away"
        path = tmp_path / f"{name}.xlsx"
        book.save(path)
        with zipfile.ZipFile(path) as archive:
            sizes[name] = workbook._grid(archive, archive.getinfo("xl/worksheets/sheet1.xml"))
    assert sizes == {"long": (0, 0), "wide": (3, 27)}

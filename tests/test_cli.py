"""`vetted scan` as a user runs it: a readable summary, or JSON; bad input is one sentence and exit 2."""

import json
import subprocess
import sys

import openpyxl
import pytest

from app.cli import main
from app.core.kb.paths import SAMPLE_INVENTORY
from tests.conftest import DATA, real_sample


def test_summary_of_the_sample_inventory(capsys):
    assert main(["scan", str(SAMPLE_INVENTORY)]) == 0
    out = capsys.readouterr().out
    assert "flagged" in out and "FLAGGED" in out and "Hikvision" in out
    assert "Cameras & recorders row 5" in out


def test_json_lists_every_device_of_every_sheet_once_with_its_row(capsys, tmp_path):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Cameras"
    first.append(["Inventory 2025"])
    first.append(["Make", "Model", "MAC"])
    first.append(["Hikvision", "DS-2CD2143G2-I", "44:19:b6:00:00:01"])
    first.append(["Axis", "P3245-V", ""])
    second = book.create_sheet("Radios")
    second.append(["Manufacturer", "Model"])
    second.append(["Hytera", "PD785"])
    path = tmp_path / "site.xlsx"
    book.save(path)

    assert main(["scan", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    rows = [(d["sheet"], d["row"], d["verdict"]) for d in result["devices"]]
    assert rows == [("Cameras", 3, "flagged"), ("Cameras", 4, "clear"), ("Radios", 2, "flagged")]
    hikvision = result["devices"][0]
    assert hikvision["vendor"] == "Hikvision" and hikvision["explanation"]
    assert {"id", "title", "kind", "jurisdiction", "date", "url"} <= set(hikvision["sources"][0])
    assert hikvision["evidence"][0]["field"] in {"manufacturer", "model", "mac"}
    assert result["summary"]["by_verdict"]["flagged"] == 2


def test_csv_sheet_is_named_after_the_file(capsys):
    assert main(["scan", str(DATA / "evaluation_inventory.csv"), "--json"]) == 0
    devices = json.loads(capsys.readouterr().out)["devices"]
    assert {d["sheet"] for d in devices} == {"evaluation_inventory.csv"} and devices[0]["row"] == 2


def test_the_sheet_option_reads_one_sheet(capsys):
    assert main(["scan", str(SAMPLE_INVENTORY), "--sheet", "Network & radios", "--json"]) == 0
    devices = json.loads(capsys.readouterr().out)["devices"]
    assert devices and {d["sheet"] for d in devices} == {"Network & radios"}


def test_sadp_export_is_all_hikvision(capsys):
    assert main(["scan", str(real_sample("hikvision-sadp/sadp-export-73-devices.csv")), "--json"]) == 0
    devices = json.loads(capsys.readouterr().out)["devices"]
    assert len(devices) == 73 and all(d["vendor"] == "Hikvision" and d["verdict"] == "flagged" for d in devices)


def test_netbox_data_centre_raises_no_flags(capsys):
    assert main(["scan", str(real_sample("netbox/netbox-devices-export-chosen-columns.csv")), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["by_verdict"]["flagged"] == 0 and summary["by_verdict"]["review"] == 0


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.xlsx", None), ("empty.csv", b""), ("fake.xlsx", b"hello"), ("cols.csv", b"A,B\n1,2\n")],
)
def test_bad_input_is_one_sentence_and_exit_2_without_traceback(tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    done = subprocess.run([sys.executable, "-m", "app", "scan", str(path)], capture_output=True, text=True)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("vetted: ") and done.stderr.count("\n") == 1


def test_where_you_are_leads_the_explanation_and_is_printed_on_the_report(capsys, tmp_path):
    report = tmp_path / "quebec.xlsx"
    assert main(["scan", str(SAMPLE_INVENTORY), "--where", "CA-QC", "--sector", "public", "--report", str(report)]) == 0
    assert "where you are (Quebec, Canada), Hikvision equipment is restricted by" in capsys.readouterr().out
    summary = openpyxl.load_workbook(report)["Summary"]
    assert ["Where you are", "Quebec, Canada — public body"] in [
        [c.value for c in row[:2]] for row in summary.iter_rows()
    ]


def test_an_unknown_place_is_one_sentence_and_exit_2(capsys):
    assert main(["scan", str(SAMPLE_INVENTORY), "--where", "Narnia"]) == 2
    assert capsys.readouterr().err.startswith("vetted: Vetted does not know the country code")

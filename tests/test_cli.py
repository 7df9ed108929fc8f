"""`vetted scan` as a user runs it: a readable summary, or JSON; bad input is one sentence and exit 2."""

import json
import os
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
    match = result["matches"][hikvision["match"]]
    assert match["vendor"] == "Hikvision" and match["explanation"] and hikvision["file"] == 0
    source = result["sources"][match["sources"][0]]
    assert {"id", "title", "kind", "jurisdiction", "date", "url", "quote"} <= set(source)
    assert match["evidence"][0]["field"] in {"manufacturer", "model", "mac"}
    assert result["summary"]["by_verdict"]["flagged"] == 2 and result["files"] == ["site.xlsx"]


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
    result = json.loads(capsys.readouterr().out)
    devices, matches = result["devices"], result["matches"]
    assert len(devices) == 73 and all(d["verdict"] == "flagged" for d in devices)
    assert {matches[d["match"]]["vendor"] for d in devices} == {"Hikvision"}


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


def _csv(path, rows):
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def test_json_is_one_document_with_each_source_once_and_shared_matches(capsys, tmp_path):
    rows = [["Make", "Model"]] + [["Hikvision", "DS-2CD2143G2-I"]] * 50 + [["Axis", "P3245-V"]] * 50
    assert main(["scan", str(_csv(tmp_path / "site.csv", rows)), "--json"]) == 0
    out = capsys.readouterr().out
    result = json.loads(out)
    assert list(result) == ["version", "files", "sources", "matches", "devices", "summary"]
    assert result["version"] == 3 and len(result["devices"]) == 100
    # A device is its own fields, a verdict and a reference: what it shares is said once, in its match.
    assert set(result["devices"][0]) == {
        "sheet",
        "row",
        "manufacturer",
        "model",
        "serial",
        "mac",
        "file",
        "verdict",
        "match",
    }
    assert out.count("\n{") == 100  # one device a line
    assert len(result["matches"]) == 2  # one per distinct verdict, shared by the 50 devices that have it
    cited = {source for match in result["matches"].values() for source in match["sources"]}
    assert cited == set(result["sources"]) and out.count('"quote"') == len(result["sources"])


def test_json_of_a_scan_that_fails_partway_prints_nothing_and_one_sentence(capfd, tmp_path):
    good = _csv(tmp_path / "good.csv", [["Make", "Model"]] + [["Hikvision", "DS-2CD2143G2-I"]] * 3000)
    empty = _csv(tmp_path / "template.csv", [["Make", "Model"]])  # read second: fails after 3,000 devices
    assert main(["scan", str(good), str(empty), "--json"]) == 2
    out, err = capfd.readouterr()
    assert out == ""
    assert err == "vetted: template.csv has column headers but no devices under them.\n"


def test_control_characters_in_cells_are_never_printed_raw(capsys, tmp_path):
    hostile = "DS-2CD2143G2-I\x1b[2J\u202egnp.exe\x9b31m"
    path = tmp_path / "evil.csv"
    path.write_text(f"Make,Model\nHikvision,{hostile}\n", encoding="utf-8")
    for extra in ([], ["--json"]):
        assert main(["scan", str(path), *extra]) == 0
        out = capsys.readouterr().out
        assert not any(c in out for c in "\x1b\u202e\x9b"), extra
        assert "\\u001b" in out and "\\u202e" in out
    result = json.loads(out)  # still valid JSON, meaning the same text
    assert result["devices"][0]["model"] == hostile


def test_a_file_with_headers_and_no_devices_is_exit_2(capsys, tmp_path):
    path = _csv(tmp_path / "template.csv", [["Make", "Model", "Serial"]])
    assert main(["scan", str(path)]) == 2
    assert capsys.readouterr().err == "vetted: template.csv has column headers but no devices under them.\n"


def test_a_name_that_is_not_utf8_scans_and_exports(capsys, tmp_path):
    import os

    path = tmp_path / os.fsdecode(b"caf\xe9.csv")
    _csv(path, [["Make", "Model"], ["Hikvision", "DS-2CD2143G2-I"]])
    args = ["scan", str(path), "--csv", str(tmp_path / "o.csv"), "--report", str(tmp_path / "o.xlsx")]
    assert main(args) == 0
    assert "caf\ufffd.csv row 2" in capsys.readouterr().out


def test_a_damaged_or_empty_vendor_database_is_one_sentence(capsys, tmp_path, monkeypatch):
    from app.core.kb import knowledge

    monkeypatch.setattr(knowledge, "DB_DIR", tmp_path / "no-sources")  # no rebuilding from db/
    sample = _csv(tmp_path / "site.csv", [["Make", "Model"], ["Axis", "P3245-V"]])
    for content in (b"", b"SQLite format 3\x00" + bytes(200), b"not a database at all" * 100):
        broken = tmp_path / "vendors.sqlite"
        broken.write_bytes(content)
        monkeypatch.setattr(knowledge, "KB_FILE", broken)
        knowledge.load.cache_clear()
        try:
            assert main(["scan", str(sample)]) == 2
        finally:
            knowledge.load.cache_clear()
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.startswith("vetted: Vetted's vendor database (vendors.sqlite) is ")
        assert captured.err.count("\n") == 1 and "reinstall Vetted." in captured.err


def test_a_workbook_asking_for_a_huge_grid_is_refused_without_aborting(tmp_path):
    book = openpyxl.Workbook()
    book.active["A1"] = "Make"
    book.active["XFD1048576"] = "x"  # 1.7 KB on disk, a 512 GB grid for calamine
    path = tmp_path / "stray.xlsx"
    book.save(path)
    done = subprocess.run([sys.executable, "-m", "app", "scan", str(path)], capture_output=True, text=True)
    assert done.returncode == 2, done.stderr[-300:]
    assert done.stderr.startswith("vetted: stray.xlsx has cells spread over 1,048,576 rows and 16,384 columns")
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("kind", ["pipe", "device", "loop", "newline"])
def test_odd_paths_are_named_for_what_they_are_on_one_line(capsys, tmp_path, kind):
    import os

    if kind == "pipe":
        path, says = tmp_path / "list.csv", "device or a pipe"
        os.mkfifo(path)
    elif kind == "device":
        path, says = "/dev/zero", "device or a pipe"
    elif kind == "loop":
        path, says = tmp_path / "list.csv", "link that leads back to itself"
        path.symlink_to(path)
    else:
        path, says = _csv(tmp_path / "two\nlines.csv", [["Colour"], ["red"]]), "two lines.csv"
    assert main(["scan", str(path)]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1 and "does not exist" not in err and "folder" not in err


def _summary_in_memory(paths) -> str:
    """The plain summary as it was made before it streamed: every flagged and review device kept in memory."""
    from app.cli import _label, _report, neutralise
    from app.core.domain import Verdict
    from app.core.kb.knowledge import load
    from app.core.scan import Summary, scan

    summary = Summary()
    groups = {Verdict.FLAGGED: [], Verdict.REVIEW: []}
    for device, match in scan(paths, load(), None, summary, lang="en"):
        if match.verdict in groups:
            groups[match.verdict].append(f"  {device.sheet} row {device.row}: {_label(device)} — {match.explanation}")
    lines = []
    for verdict, group in groups.items():
        if group:
            lines += ["", f"{verdict.value.upper()} ({len(group)})", *group]
    return _report(summary) + "".join(neutralise(line) + "\n" for line in lines)


def test_the_streamed_summary_is_the_one_made_in_memory(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    inventory = tmp_path / "odd.csv"
    inventory.write_text(
        "Make,Model,MAC\nHikvision,DS-2CD2143G2-I,44:19:b6:00:00:01\nLorex,\u202eLNB\x1b[31m,\nAxis,P3245-V,\n"
        "Dahua,IPC-HDW2431T,\nHikvison,DS-7608NI-K2,\n",
        encoding="utf-8",
    )
    paths = [SAMPLE_INVENTORY, inventory]
    assert main(["scan", *map(str, paths), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out == _summary_in_memory(paths)
    assert "FLAGGED (" in out and "REVIEW (" in out


def test_one_device_is_singular_and_file_is_described(tmp_path, capsys):
    import pytest

    from app.cli import main

    one = tmp_path / "one.csv"
    one.write_text("Manufacturer,Model\nHikvision,DS-2CD2043G0-I\n", encoding="utf-8")
    main(["scan", str(one)])
    assert capsys.readouterr().out.startswith("1 device: 1 flagged")
    with pytest.raises(SystemExit):
        main(["scan", "--help"])
    assert "an inventory to check" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["kb", "info"], ["scan", str(SAMPLE_INVENTORY)]])
def test_every_command_stops_quietly_when_the_reader_closes_the_pipe(command):
    read_end, write_end = os.pipe()
    os.close(read_end)  # a reader that has gone (`vetted kb info | head -1` once head has its line)
    writer = subprocess.run([sys.executable, "-m", "app", *command], stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    assert writer.returncode == 0 and b"Traceback" not in writer.stderr

"""`vetted combine` and `vetted compare` from a terminal: a summary, the reports, one sentence on failure."""

from app.cli import main
from tests.core.rollup.sites import device, make_project


def _folder(tmp_path, matcher):
    folder = tmp_path / "district"
    folder.mkdir()
    make_project(folder / "north.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", site="North")])
    make_project(folder / "south.vetted", matcher, [device("Dahua", "IPC-HDW2431T", site="South")], kb_version="")
    (folder / "broken.vetted").write_bytes(b"not a project" * 100)
    return folder


def test_combine_prints_the_organisation_and_writes_the_reports(tmp_path, matcher, capsys, qapp):
    """(qapp: the PDF needs a Qt application; the tests after this one need it to be a QApplication.)"""
    folder = _folder(tmp_path, matcher)
    out = tmp_path / "out"
    out.mkdir()
    code = main(
        [
            "combine",
            str(folder),
            "--report",
            str(out / "org.xlsx"),
            "--csv",
            str(out / "org.csv"),
            "--pdf",
            str(out / "org.pdf"),
        ]
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert printed.out.startswith("Combined 2 projects (1 skipped): 2 devices, 2 flagged, 0 to review, 0 decided.")
    assert "broken.vetted: broken.vetted is damaged or is not a Vetted project." in printed.out
    assert "1 project was checked with another knowledge base" in printed.out
    assert (out / "org.xlsx").stat().st_size > 0 and (out / "org.csv").stat().st_size > 0
    assert (out / "org.pdf").read_bytes().startswith(b"%PDF")


def test_combine_with_recheck_marks_nothing_older(tmp_path, matcher, capsys):
    folder = _folder(tmp_path, matcher)
    assert main(["combine", str(folder), "--recheck"]) == 0
    printed = capsys.readouterr().out
    assert "re-checked now" in printed and "checked with another knowledge base" not in printed


def test_combine_problems_are_one_sentence(tmp_path, capsys):
    assert main(["combine", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == f"vetted: {tmp_path / 'nowhere'} does not exist.\n"
    assert main(["combine", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"vetted: there is no .vetted project in {tmp_path}.\n"
    (tmp_path / "a.vetted").write_bytes(b"junk" * 100)
    assert main(["combine", str(tmp_path)]) == 2
    assert capsys.readouterr().err == "vetted: no project could be combined.\n"


def test_compare_prints_progress_and_writes_it(tmp_path, matcher, capsys):
    old = make_project(tmp_path / "old.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", serial="A1")] * 1)
    new = make_project(tmp_path / "new.vetted", matcher, [device("Axis", "P3245", serial="B1")])
    assert main(["compare", str(old), str(new), "--report", str(tmp_path / "p.xlsx")]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("1 of 1 flagged device replaced or removed since ")
    assert printed[1] == "0 replaced, 1 removed, 0 remain."
    assert (tmp_path / "p.xlsx").exists()
    assert main(["compare", str(old), str(tmp_path / "missing.vetted")]) == 2
    assert capsys.readouterr().err == f"vetted: {tmp_path / 'missing.vetted'} is not a file.\n"


def test_names_from_the_files_cannot_drive_the_terminal(tmp_path, matcher, capsys):
    make_project(tmp_path / "x.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", site="\x1b[2JEvil\x07")])
    assert main(["combine", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    assert "\x1b" not in printed and "\x07" not in printed and "\\u001b[2JEvil\\u0007" in printed

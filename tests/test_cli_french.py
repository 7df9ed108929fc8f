"""The command line speaks the locale's language (LANG=fr_CA…), or the one --lang names: its summary, its
counts and the one sentence of an error raised deep in the core."""

import os
import subprocess
import sys

import pytest

from app.cli import main
from app.core import language
from app.core.importing.errors import InventoryError
from app.core.kb.paths import ROOT, SAMPLE_INVENTORY


def _vetted(*args: str, lang: str = "fr_CA.UTF-8") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def headers_only(tmp_path):
    path = tmp_path / "vide.csv"
    path.write_text("Make,Model,Serial\n", encoding="utf-8")
    return path


def test_a_french_locale_gets_french_errors(tmp_path, headers_only):
    missing = _vetted("scan", str(tmp_path / "absent.xlsx"))
    assert missing.returncode == 2 and missing.stdout == ""
    assert missing.stderr == f"vetted: Le fichier {tmp_path / 'absent.xlsx'} n'existe pas.\n"
    empty = _vetted("scan", str(headers_only))
    assert (empty.returncode, empty.stderr) == (
        2,
        "vetted: vide.csv a des en-têtes de colonnes, mais aucun appareil en dessous.\n",
    )


def test_a_french_locale_gets_a_french_summary():
    out = _vetted("scan", str(SAMPLE_INVENTORY))
    assert out.returncode == 0, out.stderr
    head = out.stdout.splitlines()
    assert head[0] == "29 appareils\u00a0: 13 signalés, 3 à vérifier, 11 sans problème, 2 inconnus."
    assert head[1].startswith("Signalés ou à vérifier, par fournisseur\u00a0: Dahua 6")
    assert "SIGNALÉS (13)" in head and "À VÉRIFIER (3)" in head
    assert "  Cameras & recorders ligne 5\u00a0: Hikvision DS-2CD2143G2-I" in out.stdout
    assert "Le fabricant est Hikvision" in out.stdout  # the explanations follow the same language
    assert "flagged" not in out.stdout and " row " not in out.stdout


def test_lang_overrides_the_locale(tmp_path, headers_only, capsys):
    english = _vetted("scan", "--lang", "en", str(tmp_path / "absent.xlsx"))
    assert english.stderr == f"vetted: The file {tmp_path / 'absent.xlsx'} does not exist.\n"

    assert main(["scan", "--lang", "fr", str(headers_only)]) == 2
    assert capsys.readouterr().err == "vetted: vide.csv a des en-têtes de colonnes, mais aucun appareil en dessous.\n"
    assert main(["scan", "--lang", "fr", str(SAMPLE_INVENTORY)]) == 0
    assert capsys.readouterr().out.startswith("29 appareils\u00a0: 13 signalés")
    assert language.current_language() == "en"  # main() leaves the process's language as it found it


def test_an_english_locale_gets_english(tmp_path, headers_only):
    out = _vetted("scan", str(SAMPLE_INVENTORY), lang="en_CA.UTF-8")
    assert out.stdout.startswith("29 devices: 13 flagged, 3 to review, 11 clear, 2 unknown.\n")
    assert "FLAGGED (13)" in out.stdout and "  Cameras & recorders row 5: Hikvision" in out.stdout
    empty = _vetted("scan", str(headers_only), lang="C.UTF-8")
    assert empty.stderr == "vetted: vide.csv has column headers but no devices under them.\n"


def test_an_error_says_its_sentence_in_the_language_of_the_moment_it_is_shown():
    error = InventoryError(
        language.QT_TRANSLATE_NOOP("Errors", "{name} has column headers but no devices under them."), name="a.csv"
    )
    assert str(error) == "a.csv has column headers but no devices under them."
    language.set_language("fr")
    try:
        assert str(error) == "a.csv a des en-têtes de colonnes, mais aucun appareil en dessous."
        # Under another class, and nested as a reason inside another sentence, it stays one sentence.
        assert str(ValueError(str(InventoryError(error)))) == str(error)
        assert str(InventoryError("Un texte déjà prêt {x}.")) == "Un texte déjà prêt {x}."
    finally:
        language.set_language("en")


def test_a_french_kb_update_of_a_damaged_file_says_why_in_french(tmp_path):
    damaged = tmp_path / "abîmé.vetted-kb"
    damaged.write_bytes(b"PK\x03\x04 not a whole zip")
    out = _vetted("kb", "update", str(damaged), "--data-dir", str(tmp_path / "data"))
    assert (out.returncode, out.stdout) == (2, "")
    assert out.stderr == (
        "vetted: abîmé.vetted-kb est endommagé ou incomplet; demandez de nouveau le fichier de mise à jour.\n"
    )
    nothing = _vetted("kb", "undo", "--data-dir", str(tmp_path / "data"))
    assert nothing.stderr == "vetted: Il n'y a aucune mise à jour de la base de connaissances à annuler.\n"
    english = _vetted("kb", "update", str(damaged), "--data-dir", str(tmp_path / "data"), lang="en_US.UTF-8")
    assert english.stderr == "vetted: abîmé.vetted-kb is damaged or incomplete; ask for the update file again.\n"


def test_a_french_compare_summary(tmp_path, matcher, capsys):
    from tests.core.rollup.sites import device, make_project

    old = make_project(
        tmp_path / "avant.vetted",
        matcher,
        [device("Hikvision", "DS-7608NI-K2", serial="A1"), device("Dahua", "IPC-HDW2431T", serial="A2")],
    )
    new = make_project(tmp_path / "après.vetted", matcher, [device("Axis", "P3245", serial="A1")])
    assert main(["compare", "--lang", "fr", str(old), str(new)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("2 des 2 appareils signalés remplacés ou retirés depuis le ")
    assert printed[0].endswith("; 0 nouveaux appareils signalés.")
    assert printed[1] == "0 remplacés, 2 retirés, 0 restent."
    assert main(["compare", "--lang", "fr", str(old), str(old)]) == 2
    assert capsys.readouterr().err == (
        "vetted: Choisissez deux projets différents\u00a0: un instantané antérieur et le projet actuel.\n"
    )
    assert main(["compare", str(old), str(new)]) == 0  # English stays as it was
    assert capsys.readouterr().out.splitlines()[1] == "0 replaced, 2 removed, 0 remain."


def test_a_french_combine_summary(tmp_path, matcher, capsys):
    from tests.core.rollup.sites import device, make_project

    folder = tmp_path / "district"
    folder.mkdir()
    make_project(folder / "nord.vetted", matcher, [device("Hikvision", "DS-7608NI-K2", site="Nord")])
    make_project(folder / "sud.vetted", matcher, [device("Dahua", "IPC-HDW2431T", site="Sud")], kb_version="")
    (folder / "abîmé.vetted").write_bytes(b"not a project" * 100)
    assert main(["combine", "--lang", "fr", str(folder)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == (
        "Regroupement de 2 projets (1 laissés de côté)\u00a0: 2 appareils, 2 signalés, 0 à vérifier, 0 décidés."
    )
    assert lines[1].startswith("À remplacer\u00a0: 2 appareils, environ ") and lines[1].endswith("\u00a0$\u00a0US).")
    assert "Par site\u00a0:" in lines and "Par fournisseur\u00a0:" in lines and "Laissés de côté\u00a0:" in lines
    assert any(
        line.startswith("  sud (Sud)\u00a0: 1 signalés") and "; base de connaissances " in line for line in lines
    )
    assert "  abîmé.vetted\u00a0: abîmé.vetted est endommagé ou n'est pas un projet Vetted." in lines
    assert "  Dahua\u00a0: 1, 542\u00a0$\u00a0US" in lines
    assert "1 projet a été vérifié avec une autre base de connaissances" in out
    assert "flagged" not in out and "Skipped" not in out

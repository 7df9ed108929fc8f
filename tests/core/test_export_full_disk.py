"""Every export on a full disk: one sentence, the previous report kept, nothing left behind, no tracebacks.

Each export runs in a process of its own on a full disk: a tiny file system where one can be mounted,
otherwise a limit on file size (RLIMIT_FSIZE), which fails writes as a full disk does.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_EXPORT = """
import resource, sys
from pathlib import Path
from app.core.export.output import ExportError
from tests.core.test_export_xlsx import sample_report

kind, target, limit = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
if kind == "pdf":
    from app.ui.report_pdf import write_pdf as write
elif kind == "xlsx":
    from app.core.export.xlsx_report import write_xlsx as write
elif kind == "csv":
    from app.core.export.csv_report import write_csv as write
else:
    from app.core.pricing.price_book import default_price_book
    from app.core.pricing.price_book_xlsx import write_price_book

    def write(report, path):
        write_price_book(default_price_book(), path)
report = sample_report()
if kind == "pdf":
    from app.ui.report_pdf import _gui_application
    _gui_application()  # Qt's own start-up files are not the report
if limit >= 0:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
try:
    write(report, target)
except ExportError as error:
    print(error)
else:
    print("written")
"""


@pytest.fixture
def full_disk(tmp_path):
    """(folder, size limit or -1): a folder whose disk is full, holding a previous report."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = (
        os.geteuid() == 0
        and not subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True
        ).returncode
    )
    yield folder, -1 if mounted else 0
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill(folder: Path) -> None:
    with (folder / "filler").open("wb", buffering=0) as filler:
        try:
            while filler.write(b"\0" * 4096):
                pass
        except OSError:
            pass


@pytest.mark.parametrize("kind", ["pdf", "xlsx", "csv", "price-book.xlsx"])
def test_an_export_to_a_full_disk_keeps_the_previous_report_and_says_so(full_disk, kind):
    folder, limit = full_disk
    target = folder / f"report.{kind.rsplit('.', 1)[-1]}"
    previous = b"the previous report, which must survive" * 100
    target.write_bytes(previous)
    if limit < 0:
        _fill(folder)
    environment = {**os.environ, "TMPDIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _EXPORT, kind, str(target), str(limit)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Vetted could not write {target.name}: "), result
    assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert target.read_bytes() == previous
    assert sorted(p.name for p in folder.iterdir() if p.name != "filler") == [target.name]

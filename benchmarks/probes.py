"""One measured job per process, for bench_table.py: each prints one JSON line with its own figures.

    python benchmarks/probes.py bare-xlsx FILE          # python-calamine reads every row (the floor)
    python benchmarks/probes.py bare-csv FILE           # the csv module reads every row
    python benchmarks/probes.py import FILE PROJECT     # core import into a new project, then the table columns
    python benchmarks/probes.py window-import FILE      # import in the window: time to the shown table, stalls
    python benchmarks/probes.py open PROJECT            # open a project in the window; search at once; filter, sort
    python benchmarks/probes.py report PROJECT OUT      # the Excel report of a project's devices, as File > Export

Run the window probes offscreen (QT_QPA_PLATFORM=offscreen). Peak memory is measured from outside.
"""

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def bare_xlsx(path: str) -> dict:
    import python_calamine as calamine

    book = calamine.CalamineWorkbook.from_path(path)
    return {"rows": sum(1 for _ in book.get_sheet_by_index(0).iter_rows())}


def bare_csv(path: str) -> dict:
    import csv

    with open(path, newline="", encoding="utf-8") as handle:
        return {"rows": sum(1 for _ in csv.reader(handle))}


def core_import(path: str, project_path: str) -> dict:
    from app.core.importing.inventory import open_inventory
    from app.core.kb.knowledge import load
    from app.core.matching import Matcher
    from app.core.store.imports import import_inventory
    from app.core.store.project import Project

    Path(project_path).unlink(missing_ok=True)
    start = time.perf_counter()
    project = Project(project_path)
    result = import_inventory(project, open_inventory(path), Matcher(load()))
    imported = time.perf_counter()
    # What the window's import job does next: read the table's columns, which saves their copy in the project.
    project.device_columns()
    project.close()
    end = time.perf_counter()
    return {
        "seconds": end - start,
        "import_seconds": imported - start,
        "columns_seconds": end - imported,
        "added": result.added,
    }


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _window():
    """The application and a main window shown at 1366 x 768, settled."""
    from app.core.kb.knowledge import load
    from app.ui.main_window import MainWindow

    app = _app()
    window = MainWindow(load())
    window.resize(1366, 768)
    window.show()
    _settle(app)
    return app, window


def _gap_probe():
    """A running 10 ms timer and the list of gaps (ms) between its ticks: the event loop's stalls."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(tick)
    probe.start()
    return probe, gaps


def window_import(path: str) -> dict:
    """Import in the window as a user does (a new project, the import in the background) while a 10 ms
    timer records the longest gap in the event loop; the time runs until the table shows the devices."""
    import tempfile

    app, window = _window()
    folder = Path(tempfile.mkdtemp(prefix="vetted-probe-"))
    window.open_project(folder / "window.vetted")
    _settle(app)
    probe, gaps = _gap_probe()
    start = time.perf_counter()
    window.import_directly(Path(path))
    while window.job is not None:
        app.processEvents()
        time.sleep(0.002)
    _settle(app)
    took = time.perf_counter() - start
    for _ in range(10):  # the probe ticks again after the table took the devices
        app.processEvents()
        time.sleep(0.01)
    probe.stop()
    shown = window.view.model.rowCount()
    window.close()
    return {
        "seconds": took,
        "stall_ms": max(gaps or [0]),
        "median_gap_ms": statistics.median(gaps or [0]),
        "shown": shown,
    }


def open_project(project_path: str) -> dict:
    """Open a project in the window until the table is shown; then, at once, a search (its text is still being
    read in the background: the time until its rows show, and the longest event-loop gap meanwhile); then
    filters and sorts, each timed the first time (sorts with the event loop's longest stall)."""
    from PySide6.QtCore import Qt

    from app.ui.device_filter import DeviceFilter
    from app.ui.device_model import COLUMN

    app, window = _window()
    start = time.perf_counter()
    window.open_project(Path(project_path))
    _settle(app)
    window.view.table.viewport().repaint()
    opened = time.perf_counter() - start
    figures: dict[str, object] = {"seconds": opened, "shown": window.view.proxy.rowCount()}
    view = window.view

    applied: list[float] = []  # when the waiting search starts to apply (the filter itself, timed apart)
    view.model.modelAboutToBeReset.connect(lambda: applied.append(time.perf_counter()))
    probe, gaps = _gap_probe()
    begin = time.perf_counter()
    view.proxy.set_filter(DeviceFilter(text="loading"))
    waited = [gaps[:]]
    while view.model._waiting:
        waited[0] = gaps[:]  # the gaps before the search text was read
        app.processEvents()
        time.sleep(0.002)
    _settle(app, 2)
    view.table.viewport().repaint()
    end = time.perf_counter()
    probe.stop()
    figures["first search ms"] = round((end - begin) * 1000)
    figures["first search applying ms"] = round((end - applied[0]) * 1000) if applied else 0
    figures["stall while waiting ms"] = max(waited[0] or [0])
    figures["first search shown"] = view.proxy.rowCount()

    def timed(action) -> float:
        begin = time.perf_counter()
        action()
        _settle(app, 2)
        view.table.viewport().repaint()
        return round((time.perf_counter() - begin) * 1000)

    for name, criteria in {
        "all": DeviceFilter(),
        "flagged": DeviceFilter(verdict="flagged"),
        "vendor Dahua": DeviceFilter(vendor="Dahua"),
        "text 'loading'": DeviceFilter(text="loading"),
        "text 'a'": DeviceFilter(text="a"),
        "text MAC": DeviceFilter(text="44:19:b6"),
        "flagged + text 'ds-2cd'": DeviceFilter(verdict="flagged", text="ds-2cd"),
    }.items():
        timed(lambda: view.proxy.set_filter(DeviceFilter()))
        figures[f"filter {name} ms"] = timed(lambda c=criteria: view.proxy.set_filter(c))
    # A large table sorts in the background: the time until the rows are in order, and the longest stall.
    for column in ("verdict", "manufacturer", "serial", "mac", "row"):
        probe, gaps = _gap_probe()
        begin = time.perf_counter()
        view.table.sortByColumn(COLUMN[column], Qt.SortOrder.AscendingOrder)
        while view.model._sort_job is not None:
            app.processEvents()
            time.sleep(0.002)
        _settle(app, 2)
        view.table.viewport().repaint()
        figures[f"sort {column} ms"] = round((time.perf_counter() - begin) * 1000)
        probe.stop()
        figures[f"sort {column} stall ms"] = round(max(gaps or [0]))
    window.close()
    return figures


def report(project_path: str, out: str) -> dict:
    """File > Export > Excel report on a project, as the window's export job runs it (devices read, then written)."""
    from app.core.kb.knowledge import load
    from app.core.pricing.price_book import default_price_book
    from app.core.store.project import Project
    from app.core.where import Where
    from app.ui.exports import export_report

    kb = load()
    start = time.perf_counter()
    project = Project(project_path)
    devices = project.devices()
    reports: list[int] = []
    progress = lambda done, total: reports.append(done)  # noqa: E731
    export_report("xlsx", Path(out), "bench", devices, default_price_book(), False, kb, Where(), progress)
    project.close()
    return {"seconds": time.perf_counter() - start, "devices": len(devices), "progress_reports": len(reports)}


PROBES = {
    "bare-xlsx": bare_xlsx,
    "bare-csv": bare_csv,
    "import": core_import,
    "window-import": window_import,
    "open": open_project,
    "report": report,
}

if __name__ == "__main__":
    print(json.dumps(PROBES[sys.argv[1]](*sys.argv[2:])))

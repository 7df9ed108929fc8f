"""Start the desktop app: `python -m app [PROJECT.vetted | SPREADSHEET]`."""

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.core.kb.paths import RESOURCES


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    parser = argparse.ArgumentParser(prog="vetted", description="Open Vetted, or `vetted scan FILE` for the CLI.")
    parser.add_argument("file", nargs="?", type=Path, help="a .vetted project to open or a spreadsheet to import")
    parser.add_argument(
        "--check-startup",
        action="store_true",
        help="open the window, print how long it took, and quit (for smoke tests)",
    )
    parser.add_argument("--lang", choices=("en", "fr"), help="speak this language instead of the one chosen in View")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Vetted")
    app.setOrganizationName("Vetted")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(RESOURCES / "icon.png")))

    from app.core.kb.installed import load_installed
    from app.core.kb.knowledge import KnowledgeBaseError
    from app.ui import app_settings, i18n
    from app.ui.kb_actions import data_dir
    from app.ui.main_window import MainWindow

    i18n.install(args.lang or i18n.preferred_language())

    try:
        kb = load_installed(data_dir())  # the shipped base, or a newer signed update, plus local facts
    except KnowledgeBaseError as error:  # one sentence, as the command line says it too
        print(f"vetted: {error}", file=sys.stderr)
        QMessageBox.critical(None, "Vetted", str(error))
        return 2
    except (OSError, ValueError) as error:
        message = QCoreApplication.translate("Start", "Vetted's vendor knowledge base could not be loaded (%1).")
        QMessageBox.critical(None, "Vetted", message.replace("%1", str(error)))
        return 1
    window = MainWindow(kb)
    window.show()
    if args.check_startup:
        app.processEvents()
        first_menu = window.menuBar().actions()[0].text()  # tells a smoke test which language it speaks
        print(f"window shown in {time.perf_counter() - started:.2f} s; first menu {first_menu}")
        QTimer.singleShot(0, window.close)
        return app.exec()
    window.ask_where_once()  # before a project opens, so its devices are checked with the user's rules
    if args.file and args.file.suffix.lower() == ".vetted":
        window.open_project(args.file)
    elif args.file:
        window.import_directly(args.file)
    elif last := app_settings.last_project():
        window.open_project(last)
    return app.exec()

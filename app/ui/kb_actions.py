"""The knowledge base from the window: Tools > Knowledge base, local facts, Help > Update knowledge base, Undo.

Mixed into MainWindow, whose kb, matcher, details, project, view and check_again these methods use. Every
change to the base ends in `_use_kb`: the window, the detail panel and the knowledge-base window all
follow, and the open project can be checked again (which says how many verdicts changed).
"""

import os
import shutil
from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.kb import overlay
from app.core.kb.browse import Ref, touches
from app.core.kb.installed import (
    DATA_FOLDER,
    ENV,
    as_device,
    can_undo,
    describe,
    load_base,
    load_installed,
    verdict_changes,
)
from app.core.kb.knowledge import KnowledgeBase
from app.core.kb.overlay import OverlayError, read_facts, with_overlay
from app.core.language import words
from app.core.matching import Matcher
from app.ui import i18n
from app.ui.kb_window import KnowledgeBaseWindow
from app.ui.local_fact_dialog import LocalFactDialog

FACTS_FILTER = "Vetted local facts (*.json)"
UPDATE_FILTER = "Vetted knowledge-base updates (*.vetted-kb)"  # update.SUFFIX


def data_dir() -> Path:
    """Vetted's per-user data folder (QStandardPaths' AppDataLocation), or $VETTED_DATA_DIR."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


class KbActions:
    kb_window: KnowledgeBaseWindow | None = None

    def _use_kb(self, kb: KnowledgeBase, check_again: bool = False) -> None:
        self.kb = kb
        self.matcher = Matcher(kb, self.where, i18n.current_language())
        self.details.kb = kb
        if self.kb_window:
            self.kb_window.set_kb(kb, self.matcher)
        self.refresh_undo_update()
        if check_again and self.project:
            self.check_again()

    def _reload_kb(self, ask: str = "") -> None:
        """Load the base and local facts again; with `ask`, offer to check the open project with them."""
        kb = load_installed(data_dir())
        again = bool(ask and self.project) and (
            QMessageBox.question(self, self.tr("Check again?"), ask) == QMessageBox.StandardButton.Yes
        )
        self._use_kb(kb, again)

    # --- the window --------------------------------------------------------------------------------------
    def show_knowledge_base(self) -> None:
        if self.kb_window is None:
            self.kb_window = KnowledgeBaseWindow(self.kb, self.matcher, self)
            self.kb_window.show_devices.connect(self.show_devices_touched)
            self.kb_window.add_fact.connect(self.add_local_fact)
            self.kb_window.set_fact_enabled.connect(self.set_local_fact_enabled)
            self.kb_window.export_facts.connect(self.export_local_facts)
            self.kb_window.import_facts.connect(self.import_local_facts)
        else:
            self.kb_window.matcher = self.matcher  # where you are may have changed
            self.kb_window.refresh_answer()
        self.kb_window.set_has_project(self.project is not None)
        self.kb_window.show()
        self.kb_window.raise_()
        self.kb_window.activateWindow()

    def show_devices_touched(self, ref: Ref, label: str) -> None:
        if not self.project:
            return
        devices = self.project.devices()
        ids = [d.id for d in devices if touches(self.kb, ref, self.matcher.match(as_device(d)))]
        self.view.proxy.show_only(ids)
        count = self.tr("1 device") if len(ids) == 1 else self.tr("%1 devices").replace("%1", f"{len(ids):,}")
        self.statusBar().showMessage(
            self.tr("Showing the %1 that “%2” touches; change a filter to show all again.")
            .replace("%1", count)
            .replace("%2", label)
        )
        self.raise_()
        self.activateWindow()

    # --- local facts -------------------------------------------------------------------------------------
    def add_local_fact(self, kind: str = "alias", value: str = "") -> None:
        parent = self.kb_window if self.kb_window and self.kb_window.isVisible() else self
        dialog = LocalFactDialog(self.kb, parent=parent, kind=kind or "alias", value=value or "")
        if not dialog.exec() or dialog.fact is None:
            return
        try:
            overlay.add_fact(data_dir(), self.kb, dialog.fact)
        except (OverlayError, OSError) as error:
            QMessageBox.warning(parent, self.tr("Not saved"), str(error))
            return
        self._reload_kb(
            self.tr("Saved: %1. Check the open project again with it?").replace("%1", dialog.fact.describe(self.kb))
        )

    def set_local_fact_enabled(self, fact_id: str, enabled: bool) -> None:
        try:
            overlay.set_enabled(data_dir(), fact_id, enabled)
        except (OverlayError, OSError) as error:
            QMessageBox.warning(self, self.tr("Not changed"), str(error))
            return
        state = self.tr("switched on") if enabled else self.tr("switched off")
        self._reload_kb(self.tr("The local fact is %1. Check the open project again?").replace("%1", state))

    def export_local_facts(self, path: Path | None = None) -> None:
        facts = overlay.local_facts(self.kb)
        if not facts:
            QMessageBox.information(self, self.tr("Export local facts"), self.tr("There are no local facts yet."))
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export local facts"), "local-facts.json", FACTS_FILTER)
            if not name:
                return
            path = Path(name)
        try:
            count = overlay.export_facts(facts, path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not exported"), str(error))
            return
        self.statusBar().showMessage(
            self.tr("Exported %1 local facts to %2.").replace("%1", str(count)).replace("%2", str(path)), 8000
        )

    def import_local_facts(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import local facts"), "", FACTS_FILTER)
            if not name:
                return
            path = Path(name)
        try:
            added, skipped = overlay.import_facts(data_dir(), self.kb, path)
        except (OverlayError, OSError) as error:
            QMessageBox.warning(self, self.tr("Not imported"), str(error))
            return
        message = self.tr("Imported %1 local facts.").replace("%1", str(added))
        if skipped:
            left_out = self.tr("Left out %1: %2").replace("%1", str(len(skipped)))
            message += " " + left_out.replace("%2", " ".join(skipped))
        if added:
            self._reload_kb(message + " " + self.tr("Check the open project again with them?"))
            if not self.project:
                QMessageBox.information(self, self.tr("Import local facts"), message)
        else:
            QMessageBox.information(self, self.tr("Import local facts"), message)

    # --- signed updates ----------------------------------------------------------------------------------
    def update_knowledge_base(self, path: Path | None = None) -> None:
        # Signature checking (cryptography) is loaded when asked for, not at start.
        from app.core.kb.update import UpdateError, apply_update, diff_bases, open_payload, read_update

        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Update knowledge base"), "", UPDATE_FILTER)
            if not name:
                return
            path = Path(name)
        folder = data_dir()
        try:
            update = read_update(path, folder)
            new_base, payload = open_payload(update)
        except UpdateError as error:
            QMessageBox.warning(self, self.tr("Update refused"), str(error))
            return
        try:
            changes = diff_bases(load_base(folder)[1], payload)
            text = (
                self.tr("Knowledge base %1 of %2, signed by Vetted (in use now: %3).")
                .replace("%1", update.manifest.version)
                .replace("%2", update.manifest.date)
                .replace("%3", update.current_version)
            )
            text += "\n\n" + self.tr("Changes: %1.").replace("%1", changes.summary())
            if self.project:
                changed = verdict_changes(
                    self.project.devices(),
                    Matcher(with_overlay(new_base, read_facts(folder)), self.where, self.matcher.lang),
                )
                text += "\n" + self.tr("In this project, %1 would change verdict.").replace(
                    "%1", self.tr("1 device") if changed == 1 else self.tr("%1 devices").replace("%1", f"{changed:,}")
                )
        except (OverlayError, OSError) as error:
            QMessageBox.warning(self, self.tr("Update refused"), str(error))
            return
        finally:
            shutil.rmtree(payload.parent, ignore_errors=True)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Update knowledge base"), text, parent=self)
        box.setDetailedText(
            "\n".join(
                [f"+ {line}" for line in changes.added]
                + [f"- {line}" for line in changes.removed]
                + [f"~ {line}" for line in changes.changed]
            )
        )
        apply = box.addButton(self.tr("Apply update"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not apply:
            return
        try:
            apply_update(folder, update)
        except (UpdateError, OSError) as error:
            QMessageBox.warning(self, self.tr("Update not applied"), str(error))
            return
        self._use_kb(load_installed(folder), check_again=True)
        self.statusBar().showMessage(
            self.tr("Knowledge base %1 is in use; Help > Undo knowledge-base update goes back.").replace(
                "%1", update.manifest.version
            ),
            10000,
        )

    def undo_update(self) -> None:
        from app.core.kb.update import UpdateError
        from app.core.kb.update import undo_update as undo_kb_update

        try:
            version = undo_kb_update(data_dir())
        except (UpdateError, OSError) as error:
            QMessageBox.warning(self, self.tr("Nothing undone"), str(error))
            return
        self._use_kb(load_installed(data_dir()), check_again=True)
        self.statusBar().showMessage(self.tr("Knowledge base %1 is in use again.").replace("%1", version), 10000)

    def refresh_undo_update(self) -> None:
        self.undo_update_action.setEnabled(can_undo(data_dir()))

    def knowledge_base_html(self) -> str:
        """Help > About: the knowledge base in use, as `vetted kb info` says it."""
        lang = i18n.current_language()
        folder = words(lang).translate("KbInfo", DATA_FOLDER)
        colon = "\u00a0:" if lang == "fr" else ":"
        rows = "".join(
            f"<tr><td>{escape(label)}{colon}&nbsp;</td><td>{escape(value)}</td></tr>"
            for label, value in describe(self.kb, data_dir(), lang)
            if label != folder
        )
        heading = self.tr("Knowledge base")
        return f"<p><b>{escape(heading)}</b></p><table>{rows}</table>"

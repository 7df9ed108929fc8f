"""Tools > Knowledge base: every fact Vetted decides with, one search box across them, and "Why is this not flagged?"

Five tables (vendors and names, model rules, MAC prefixes, sources, local facts), each a FactTableModel
behind a QSortFilterProxyModel that the one search box filters on every column. Beside them, type a make,
model or MAC address to see the verdict and the very sentence the device table would show, and the facts
behind it. A selected fact can show the devices of the open project it touches; local facts can be added,
switched off, exported and imported. The window asks its owner (the main window) to do anything that
changes the knowledge base, so the table and the open project follow.
"""

from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Device
from app.core.kb.browse import FactTable, Ref, tables
from app.core.kb.knowledge import KnowledgeBase
from app.core.kb.overlay import fact_of_source
from app.core.matching import Matcher
from app.ui.detail_panel import rule_words
from app.ui.i18n import number
from app.ui.verdict_style import verdict_color, verdict_word

_WIDTHS = {
    "Vendor": 150,
    "Name": 210,
    "What it is": 150,
    "Status": 80,
    "Certainty": 80,
    "Dates": 110,
    "Pattern": 200,
    "Category": 130,
    "Brand": 90,
    "Examples and notes": 330,
    "Prefix": 110,
    "Registered to": 330,
    "Source": 190,
    "Kind": 200,
    "Where": 60,
    "Date": 90,
    "Binds": 100,
    "Title": 300,
    "Quote": 420,
    "What": 120,
    "Fact": 170,
    "Maker": 120,
    "Note": 340,
    "Added by": 90,
    "On": 90,
}
_LOCAL_COLOUR = QColor("#1a5fb4")
_OFF_COLOUR = QColor("#8a8a8a")


class FactTableModel(QAbstractTableModel):
    """Rows of text from `app.core.kb.browse`; local facts in blue, switched-off ones in grey."""

    def __init__(self, table: FactTable, parent=None):
        super().__init__(parent)
        self.table = table

    def set_table(self, table: FactTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.table.rows[row][index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 30 else None
        if role == Qt.ItemDataRole.ForegroundRole and self.table.local[row]:
            return _LOCAL_COLOUR if self.table.enabled[row] else _OFF_COLOUR
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.table.columns[section]
        return None

    def ref(self, row: int) -> Ref:
        return self.table.refs[row]


class KnowledgeBaseWindow(QWidget):
    """Not modal: it stays open beside the main window, which calls `set_kb` when the base changes."""

    show_devices = Signal(object, str)  # Ref, a label for the status bar
    add_fact = Signal(str, str)  # kind, value to start the dialog with
    set_fact_enabled = Signal(str, bool)  # local fact id, on
    export_facts = Signal()
    import_facts = Signal()

    def __init__(self, kb: KnowledgeBase, matcher: Matcher, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Knowledge base — Vetted"))
        self.resize(1280, 720)
        self.kb, self.matcher = kb, matcher
        self.has_project = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search every name, model rule, MAC prefix, source and local fact…"))
        self.search.setClearButtonEnabled(True)
        self.tabs = QTabWidget()
        self.models: dict[str, FactTableModel] = {}
        self.proxies: dict[str, QSortFilterProxyModel] = {}
        self.views: dict[str, QTableView] = {}
        for key, table in tables(kb).items():
            self._add_tab(key, table)
        self.facts_info = QTextBrowser()
        self.facts_info.setOpenExternalLinks(True)
        self.facts_info.setMaximumHeight(110)
        self.touch_button = QPushButton(self.tr("Show devices in this project it touches"))
        self.add_button = QPushButton(self.tr("Add a local fact…"))
        self.switch_button = QPushButton(self.tr("Switch off"))
        self.export_button = QPushButton(self.tr("Export local facts…"))
        self.import_button = QPushButton(self.tr("Import local facts…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.touch_button)
        buttons.addStretch(1)
        for button in (self.add_button, self.switch_button, self.export_button, self.import_button):
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(self.facts_info)
        left_layout.addLayout(buttons)

        self.why_box = QGroupBox(self.tr("Why is this (not) flagged?"))
        self.make = QLineEdit()
        self.model = QLineEdit()
        self.mac = QLineEdit()
        self.make.setPlaceholderText(self.tr("make or brand, as written in your list"))
        self.model.setPlaceholderText(self.tr("model number"))
        self.mac.setPlaceholderText(self.tr("MAC address (optional)"))
        self.answer = QTextBrowser()
        self.answer.setOpenExternalLinks(True)
        self.add_from_answer = QPushButton(self.tr("Vetted is wrong here: add a local fact…"))
        form = QFormLayout()
        form.addRow(self.tr("Make:"), self.make)
        form.addRow(self.tr("Model:"), self.model)
        form.addRow(self.tr("MAC:"), self.mac)
        why_layout = QVBoxLayout(self.why_box)
        why_layout.addLayout(form)
        why_layout.addWidget(self.answer, 1)
        why_layout.addWidget(self.add_from_answer)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.why_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._search)
        self.tabs.currentChanged.connect(lambda *_: self._selection_changed())
        for field in (self.make, self.model, self.mac):
            field.textChanged.connect(self._explain)
        self.touch_button.clicked.connect(self._show_devices)
        self.add_button.clicked.connect(lambda: self.add_fact.emit("alias", ""))
        self.add_from_answer.clicked.connect(self._add_from_answer)
        self.switch_button.clicked.connect(self._switch)
        self.export_button.clicked.connect(self.export_facts.emit)
        self.import_button.clicked.connect(self.import_facts.emit)
        self._explain()
        self._selection_changed()

    def _add_tab(self, key: str, table: FactTable) -> None:
        model = FactTableModel(table, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, name in enumerate(table.columns):
            header.resizeSection(column, _WIDTHS.get(name, 120))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.models[key], self.proxies[key], self.views[key] = model, proxy, view
        self.tabs.addTab(view, "")
        self._title(key)

    def _title(self, key: str) -> None:
        shown, total = self.proxies[key].rowCount(), self.models[key].rowCount()
        count = (
            number(total)
            if shown == total
            else self.tr("%1 of %2").replace("%1", number(shown)).replace("%2", number(total))
        )
        self.tabs.setTabText(list(self.models).index(key), f"{self.models[key].table.title} ({count})")

    # --- the base changes ------------------------------------------------------------------------------
    def set_kb(self, kb: KnowledgeBase, matcher: Matcher) -> None:
        self.kb, self.matcher = kb, matcher
        for key, table in tables(kb).items():
            self.models[key].set_table(table)
            self._title(key)
        self._explain()
        self._selection_changed()

    def set_has_project(self, has_project: bool) -> None:
        self.has_project = has_project
        self._selection_changed()

    # --- search ------------------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        for key, proxy in self.proxies.items():
            proxy.setFilterFixedString(text.strip())
            self._title(key)
        if self.proxies[self.current_key()].rowCount() == 0:  # show the first tab that has something
            first = next((i for i, p in enumerate(self.proxies.values()) if p.rowCount()), None)
            if first is not None:
                self.tabs.setCurrentIndex(first)

    def current_key(self) -> str:
        return list(self.models)[self.tabs.currentIndex()]

    def selected_ref(self) -> Ref | None:
        key = self.current_key()
        index = self.views[key].currentIndex()
        if not index.isValid():
            return None
        return self.models[key].ref(self.proxies[key].mapToSource(index).row())

    def _selected_row(self) -> tuple[FactTableModel, int] | None:
        key = self.current_key()
        index = self.views[key].currentIndex()
        if not index.isValid():
            return None
        return self.models[key], self.proxies[key].mapToSource(index).row()

    def _selection_changed(self) -> None:
        found = self._selected_row()
        ref = self.selected_ref()
        self.touch_button.setEnabled(bool(ref) and self.has_project)
        local_id = self._local_id(ref)
        self.switch_button.setEnabled(local_id is not None)
        fact = next((f for f in getattr(self.kb, "facts", ()) if f.id == local_id), None)
        self.switch_button.setText(self.tr("Switch on") if fact and not fact.enabled else self.tr("Switch off"))
        if not found:
            self.facts_info.setHtml(
                self.tr("<p>Select a fact to read it in full. Blue rows were added locally, grey ones are off.</p>")
            )
            return
        model, row = found
        values = model.table.rows[row]
        self.facts_info.setHtml(
            "".join(
                f"<b>{escape(column)}:</b> {_linked(value)}<br>"
                for column, value in zip(model.table.columns, values, strict=True)
                if value
            )
        )

    def _local_id(self, ref: Ref | None) -> str | None:
        if ref is None:
            return None
        if ref.kind == "local":
            return ref.key
        source = {
            "name": lambda: self.kb.aliases.get(ref.key) or self.kb.oem_brands.get(ref.key),
            "rule": lambda: next((r for r in self.kb.model_rules if r.id == ref.key), None),
            "source": lambda: None,
        }.get(ref.kind, lambda: None)()
        source_id = ref.key if ref.kind == "source" else getattr(source, "source_id", "")
        if ref.kind == "oui":
            source_id = self.kb.ouis.get(ref.key, ("", ""))[1]
        fact = fact_of_source(self.kb, source_id or "")
        return fact.id if fact else None

    def _show_devices(self) -> None:
        ref = self.selected_ref()
        found = self._selected_row()
        if ref and found:
            model, row = found
            values = model.table.rows[row]
            label = values[1] if model.table.title in ("Vendors and names", "Model rules", "Local facts") else values[0]
            self.show_devices.emit(ref, label)

    def _switch(self) -> None:
        local_id = self._local_id(self.selected_ref())
        fact = next((f for f in getattr(self.kb, "facts", ()) if f.id == local_id), None)
        if fact:
            self.set_fact_enabled.emit(fact.id, not fact.enabled)

    def _add_from_answer(self) -> None:
        if self.model.text().strip() and not self.make.text().strip():
            self.add_fact.emit("model_rule", self.model.text().strip())
        elif self.mac.text().strip() and not self.make.text().strip():
            self.add_fact.emit("oui", self.mac.text().strip()[:8])
        else:
            self.add_fact.emit("alias", self.make.text().strip())

    # --- why (not) flagged -------------------------------------------------------------------------------
    def refresh_answer(self) -> None:
        self._explain()

    def device(self) -> Device:
        return Device(manufacturer=self.make.text().strip(), model=self.model.text().strip(), mac=self.mac.text())

    def _explain(self) -> None:
        device = self.device()
        if not (device.manufacturer or device.model or device.mac.strip()):
            self.answer.setHtml(
                self.tr(
                    "<p>Type a make, a model or a MAC address as your list has it to see what Vetted concludes, "
                    "in the words the device table would use, and from which facts.</p>"
                )
            )
            return
        match = self.matcher.match(device)
        colour = verdict_color(match.verdict.value)
        parts = [
            f"<p><b style='color:{colour.name()}'>{escape(verdict_word(match.verdict.value))}"
            f"</b>{' — ' + escape(match.vendor_name) if match.vendor_name else ''}</p>",
            f"<p>{escape(match.explanation)}</p>",
        ]
        if match.evidence:
            heading = self.tr("From these facts")
            parts.append(f"<p><b>{escape(heading)}</b></p><ul>")
            for e in match.evidence:
                source = self.kb.sources.get(e.source_id)
                cited = f" — {escape(source.short)}" if source else ""
                parts.append(
                    f"<li>{escape(rule_words(e.rule))}: “{escape(e.matched)}” → "
                    f"{escape(_vendor(self.kb, e.vendor_id))}{cited}</li>"
                )
            parts.append("</ul>")
        else:
            parts.append(
                "<p>"
                + escape(self.tr("No fact in the knowledge base matches. If your site knows better, add a local fact."))
                + "</p>"
            )
        self.answer.setHtml("".join(parts))


def _vendor(kb: KnowledgeBase, vendor_id: str) -> str:
    vendor = kb.vendors.get(vendor_id)
    return vendor.name if vendor else vendor_id


def _linked(value: str) -> str:
    if value.startswith(("http://", "https://")):
        return f"<a href='{escape(value)}'>{escape(value)}</a>"
    return escape(value)

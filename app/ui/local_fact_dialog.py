"""Add what your site knows: a name, a relabel brand, a model pattern or a MAC prefix, with a note.

The dialog checks the fact as the core would (`check_fact`) and shows the one sentence saying what is wrong;
it closes only on a fact that can be saved. The caller saves it.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.core.category import CATEGORY_LABELS
from app.core.kb.integrity import CATEGORIES
from app.core.kb.knowledge import KnowledgeBase
from app.core.kb.overlay import LocalFact, check_fact, current_user, new_fact

_KINDS = (
    (
        "alias",
        QT_TRANSLATE_NOOP("LocalFactDialog", "A name for a maker"),
        QT_TRANSLATE_NOOP("LocalFactDialog", "Name"),
        "HV cams",
    ),
    (
        "oem_brand",
        QT_TRANSLATE_NOOP("LocalFactDialog", "A brand that relabels a maker's products"),
        QT_TRANSLATE_NOOP("LocalFactDialog", "Brand"),
        "Acme Secure",
    ),
    (
        "model_rule",
        QT_TRANSLATE_NOOP("LocalFactDialog", "A model-number pattern"),
        QT_TRANSLATE_NOOP("LocalFactDialog", "Pattern"),
        "HV-IPC[0-9]  (a regular expression, from the start)",
    ),
    (
        "oui",
        QT_TRANSLATE_NOOP("LocalFactDialog", "A MAC address prefix"),
        QT_TRANSLATE_NOOP("LocalFactDialog", "Prefix"),
        "4C:BD:8F",
    ),
)


class LocalFactDialog(QDialog):
    def __init__(self, kb: KnowledgeBase, author: str = "", parent=None, kind: str = "alias", value: str = ""):
        super().__init__(parent)
        self.kb = kb
        self.fact: LocalFact | None = None
        self.setWindowTitle(self.tr("Add a local fact"))
        self.setMinimumWidth(520)
        self.kind = QComboBox()
        for code, label, _, _ in _KINDS:
            self.kind.addItem(self.tr(label), code)
        self.value = QLineEdit(value)
        self.value_label = QLabel()
        self.maker = QComboBox()
        for vendor in sorted(kb.vendors.values(), key=lambda v: (not v.listed, v.name.casefold())):
            self.maker.addItem(vendor.name, vendor.id)
        self.maker.setCurrentIndex(max(0, self.maker.findData("hikvision")))
        self.certainty = QComboBox()
        for level in (
            QT_TRANSLATE_NOOP("LocalFactDialog", "high"),
            QT_TRANSLATE_NOOP("LocalFactDialog", "medium"),
            QT_TRANSLATE_NOOP("LocalFactDialog", "low"),
        ):
            self.certainty.addItem(self.tr(level), level)
        self.certainty.setCurrentIndex(1)
        self.category = QComboBox()
        for code in sorted(CATEGORIES, key=lambda c: CATEGORY_LABELS.get(c, c)):
            self.category.addItem(CATEGORY_LABELS.get(code, code), code)
        self.category.setCurrentIndex(max(0, self.category.findData("fixed_camera")))
        self.example = QLineEdit()
        self.example.setPlaceholderText(self.tr("a model number the pattern must match (optional)"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why: how your site knows (a label, an invoice, the integrator…)"))
        self.note.setFixedHeight(self.fontMetrics().height() * 4)
        self.author = QLineEdit(author or current_user())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = QFormLayout()
        self.form.addRow(self.tr("What:"), self.kind)
        self.form.addRow(self.value_label, self.value)
        self.form.addRow(self.tr("Maker:"), self.maker)
        self.form.addRow(self.tr("Certainty:"), self.certainty)
        self.form.addRow(self.tr("Category:"), self.category)
        self.form.addRow(self.tr("Example model:"), self.example)
        self.form.addRow(self.tr("Note:"), self.note)
        self.form.addRow(self.tr("Added by:"), self.author)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._kind_changed()

    def _kind_changed(self) -> None:
        code = self.kind.currentData()
        _, _, label, example = next(k for k in _KINDS if k[0] == code)
        self.value_label.setText(self.tr(label) + ":")
        self.value.setPlaceholderText(self.tr("for example %1").replace("%1", example))
        for widget, kinds in (
            (self.certainty, ("oem_brand",)),
            (self.category, ("model_rule",)),
            (self.example, ("model_rule",)),
        ):
            self.form.setRowVisible(widget, code in kinds)
        maker_label = self.tr("Relabels products of:") if code == "oem_brand" else self.tr("Maker:")
        self.form.labelForField(self.maker).setText(maker_label)
        self.problem.clear()

    def candidate(self) -> LocalFact:
        code = self.kind.currentData()
        return new_fact(
            code,
            self.value.text(),
            self.maker.currentData(),
            self.note.toPlainText(),
            self.author.text(),
            certainty=self.certainty.currentData() if code == "oem_brand" else "",
            category=self.category.currentData() if code == "model_rule" else "",
            example=self.example.text() if code == "model_rule" else "",
        )

    def accept(self) -> None:
        fact = self.candidate()
        problem = check_fact(self.kb, fact)
        if problem:
            self.problem.setText(problem)
            return
        self.fact = fact
        super().accept()

"""Add or edit one device by hand; the verdict updates as the user types."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.core.domain import Device
from app.core.matching import Matcher
from app.ui.verdict_style import verdict_color, verdict_word

_TYPES = [
    "",
    QT_TRANSLATE_NOOP("DeviceDialog", "Fixed camera"),
    QT_TRANSLATE_NOOP("DeviceDialog", "Dome camera"),
    QT_TRANSLATE_NOOP("DeviceDialog", "Bullet camera"),
    QT_TRANSLATE_NOOP("DeviceDialog", "PTZ camera"),
    QT_TRANSLATE_NOOP("DeviceDialog", "Thermal camera"),
    QT_TRANSLATE_NOOP("DeviceDialog", "NVR"),
    QT_TRANSLATE_NOOP("DeviceDialog", "DVR"),
    QT_TRANSLATE_NOOP("DeviceDialog", "Encoder"),
    QT_TRANSLATE_NOOP("DeviceDialog", "Access control"),
    QT_TRANSLATE_NOOP("DeviceDialog", "Intercom"),
    QT_TRANSLATE_NOOP("DeviceDialog", "Two-way radio"),
    QT_TRANSLATE_NOOP("DeviceDialog", "Network switch"),
    QT_TRANSLATE_NOOP("DeviceDialog", "Router"),
]


class DeviceDialog(QDialog):
    def __init__(self, matcher: Matcher, device: Device | None = None, parent=None):
        super().__init__(parent)
        self.matcher = matcher
        self.original = device or Device()
        self.setWindowTitle(self.tr("Edit device") if device else self.tr("Add device"))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in (
            ("manufacturer", self.tr("Make")),
            ("model", self.tr("Model")),
            ("serial", self.tr("Serial number")),
            ("mac", self.tr("MAC address")),
            ("site", self.tr("Site")),
            ("location", self.tr("Location")),
        ):
            edit = QLineEdit(getattr(self.original, name))
            edit.textChanged.connect(self._update_verdict)
            self.fields[name] = edit
            form.addRow(label, edit)
        completer = QCompleter(matcher.kb.names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.fields["manufacturer"].setCompleter(completer)
        self.fields["mac"].setPlaceholderText("AA:BB:CC:DD:EE:FF")
        self.device_type = QComboBox()
        self.device_type.setEditable(True)
        self.device_type.addItems([QCoreApplication.translate("DeviceDialog", t) if t else "" for t in _TYPES])
        self.device_type.setCurrentText(self.original.device_type)
        self.device_type.currentTextChanged.connect(self._update_verdict)
        form.insertRow(4, self.tr("Type"), self.device_type)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(60)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._update_verdict()

    def device(self) -> Device:
        values = {name: edit.text().strip() for name, edit in self.fields.items()}
        base = self.original
        return Device(
            sheet=base.sheet,
            row=base.row,
            brand=base.brand,
            description=base.description,
            name=base.name,
            ip=base.ip,
            asset_tag=base.asset_tag,
            install_date=base.install_date,
            headers=base.headers,
            cells=base.cells,
            device_type=self.device_type.currentText().strip(),
            **values,
        )

    def _update_verdict(self) -> None:
        match = self.matcher.match(self.device())
        color = verdict_color(match.verdict.value).name()
        self.verdict.setText(f"<b style='color:{color}'>{verdict_word(match.verdict.value)}</b> — {match.explanation}")

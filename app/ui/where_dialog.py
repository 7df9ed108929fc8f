"""'Where you are': the country, state or province, and sector whose rules Vetted leads with."""

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from app.core.where import COUNTRIES, REGIONS, Where


def _locale_country() -> str:
    """'CA' for a fr_CA or en_CA system, 'UK' for en_GB; '' when the locale names no country Vetted knows."""
    country = QLocale.system().name().partition("_")[2].upper()
    country = "UK" if country == "GB" else country
    return country if country in COUNTRIES else ""


class WhereDialog(QDialog):
    def __init__(self, where: Where, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where you are"))
        intro = QLabel(
            self.tr(
                "A school board in Quebec, a Texas state agency and a UK council are bound by different rules. "
                "Vetted explains each flag with the rules in force where you are first, and flags a vendor "
                "restricted only in some places (such as TP-Link) only where one of its rules binds you."
            )
        )
        intro.setWordWrap(True)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self.country.addItem(self.tr("Not set"), "")
        countries = {code: QCoreApplication.translate("Where", name) for code, name in COUNTRIES.items()}
        for code, name in sorted(countries.items(), key=lambda item: item[1]):
            self.country.addItem(name, code)
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("State or province"))
        self.public = QRadioButton(self.tr("A public body (government, school, hospital, council)"))
        self.private = QRadioButton(self.tr("A private organisation"))
        self.sector = QButtonGroup(self)
        for button in (self.public, self.private):
            self.sector.addButton(button)
        sector = QVBoxLayout()
        sector.addWidget(self.public)
        sector.addWidget(self.private)
        form = QFormLayout()
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("State or province"), self.region)
        form.addRow(self.tr("You work for"), sector)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.country.currentIndexChanged.connect(self._fill_regions)
        # Not said yet: start from the country of the computer's locale (fr_CA: Canada), for the user to confirm.
        self.country.setCurrentIndex(max(0, self.country.findData(where.country or _locale_country())))
        self._fill_regions()
        self.region.setCurrentIndex(max(0, self.region.findData(where.region)))
        (self.private if where.sector == "private" else self.public).setChecked(True)
        self.resize(520, self.sizeHint().height())

    def _fill_regions(self) -> None:
        regions = REGIONS.get(self.country.currentData(), {})
        self.region.clear()
        self.region.addItem(self.tr("All of the country") if regions else self.tr("—"), "")
        regions = {code: QCoreApplication.translate("Where", name) for code, name in regions.items()}
        for code, name in sorted(regions.items(), key=lambda item: item[1]):
            self.region.addItem(name, code)
        self.region.setEnabled(bool(regions))

    def where(self) -> Where:
        country = self.country.currentData() or ""
        if not country:
            return Where()
        return Where(country, self.region.currentData() or "", "public" if self.public.isChecked() else "private")

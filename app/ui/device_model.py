"""The device table: a QAbstractTableModel over the project's devices, sorted in Python for speed."""

from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app.core.category import CATEGORY_LABELS
from app.core.pricing.estimate import Estimate, in_estimate, unit_estimate
from app.core.pricing.money import format_money
from app.core.pricing.price_book import PriceBook
from app.core.store.project import StoredDevice
from app.ui.verdict_style import verdict_icon, verdict_tint, verdict_word

DEVICE_ROLE = Qt.ItemDataRole.UserRole + 1

_DECISION_WORDS = {"replace": "Confirmed — replace", "dismiss": "Dismissed"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviceModel", text)


# (attribute, header); the verdict column comes first because it is what the manager scans for.
COLUMNS = [
    ("verdict", _tr("Verdict")),
    ("vendor_name", _tr("Vendor")),
    ("manufacturer", _tr("Make")),
    ("model", _tr("Model")),
    ("serial", _tr("Serial")),
    ("mac", _tr("MAC address")),
    ("device_type", _tr("Type")),
    ("site", _tr("Site")),
    ("location", _tr("Location")),
    ("decision", _tr("Decision")),
    ("estimate", _tr("Est. cost")),
    ("explanation", _tr("Why")),
    ("sheet", _tr("Sheet")),
    ("row", _tr("Row")),
    ("category", _tr("Category")),
    ("ip", _tr("IP address")),
    ("name", _tr("Name")),
    ("asset_tag", _tr("Asset tag")),
]
COLUMN = {attribute: index for index, (attribute, _) in enumerate(COLUMNS)}
_VERDICT_RANK = {"flagged": 0, "review": 1, "unknown": 2, "clear": 3}


class DeviceTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.devices: list[StoredDevice] = []
        self.original_names: list[str] = []  # the user's own columns, shown after Vetted's on demand
        self.original: dict[int, dict[str, str]] = {}
        self.book: PriceBook | None = None
        self.include_review = False
        self._units: dict[str, Estimate] = {}

    def set_original(self, names: list[str], values: dict[int, dict[str, str]]) -> None:
        """Show the imported files' own columns after Vetted's (names [] hides them again)."""
        self.beginResetModel()
        self.original_names, self.original = names, values
        self.endResetModel()

    def set_pricing(self, book: PriceBook, include_review: bool) -> None:
        """The price book behind the estimate column."""
        self.book, self.include_review, self._units = book, include_review, {}
        column = COLUMN["estimate"]
        if self.devices:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.devices) - 1, column))

    def estimate(self, device: StoredDevice) -> float | None:
        """Typical cost of replacing the device, or None when it is not to be replaced."""
        if self.book is None or not in_estimate(device, self.include_review):
            return None
        unit = self._units.get(device.category)
        if unit is None:
            unit = self._units[device.category] = unit_estimate(self.book, device.category)
        return unit.typical

    def set_devices(self, devices: list[StoredDevice]) -> None:
        self.beginResetModel()
        self.devices = devices
        self.endResetModel()

    def replace_device(self, device: StoredDevice) -> None:
        for row, current in enumerate(self.devices):
            if current.id == device.id:
                self.devices[row] = device
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.devices)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + len(self.original_names)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1] if section < len(COLUMNS) else self.original_names[section - len(COLUMNS)]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        device = self.devices[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return verdict_tint(device.verdict) if device.decision != "dismiss" else None
        if index.column() >= len(COLUMNS):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return self.original.get(device.id, {}).get(self.original_names[index.column() - len(COLUMNS)], "")
        attribute = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if attribute == "estimate":
                cost = self.estimate(device)
                return "" if cost is None else format_money(cost, self.book.currency)
            value = getattr(device, attribute)
            if attribute == "verdict":
                return verdict_word(value)
            if attribute == "decision":
                return _tr(_DECISION_WORDS[value]) if value else ""
            if attribute == "category":
                return CATEGORY_LABELS.get(value, value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and attribute == "estimate":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and attribute == "verdict":
            return verdict_icon(device.verdict)
        if role == Qt.ItemDataRole.ToolTipRole and attribute in ("verdict", "explanation"):
            return device.explanation
        if role == DEVICE_ROLE:
            return device
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        """Sort the Python list with one key per row: far faster than Qt comparing cells one by one."""
        if column >= len(COLUMNS):
            name = self.original_names[column - len(COLUMNS)]
            key = lambda d: self.original.get(d.id, {}).get(name, "").casefold()  # noqa: E731
        elif (attribute := COLUMNS[column][0]) == "verdict":
            key = lambda d: _VERDICT_RANK.get(d.verdict, 9)  # noqa: E731 - one-line sort keys
        elif attribute == "row":
            key = attrgetter("row")
        elif attribute == "estimate":
            key = lambda d: self.estimate(d) or 0.0  # noqa: E731
        else:
            key = lambda d: str(getattr(d, attribute)).casefold()  # noqa: E731
        self.layoutAboutToBeChanged.emit()
        # Keep the selection on the same devices: note which device each persistent index shows.
        persistent = self.persistentIndexList()
        shown = [self.devices[p.row()] if p.isValid() else None for p in persistent]
        self.devices.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        if persistent:
            wanted = {id(d) for d in shown if d is not None}
            rows = {id(d): row for row, d in enumerate(self.devices) if id(d) in wanted}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(rows[id(d)], p.column()) if d is not None else QModelIndex()
                    for p, d in zip(persistent, shown, strict=True)
                ],
            )
        self.layoutChanged.emit()

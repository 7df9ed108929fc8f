"""The device table: a QAbstractTableModel over a project's devices held as columns, not objects.

A project of a million devices keeps, per device, an id and one small code per repeating field (see
app.core.store.columns); filters and sorts work on those arrays, and the rows on screen are read
from the project file as they are painted. The model itself filters and sorts: `shown` lists, in
display order, the positions of the devices that pass the filter.
"""

import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import compress

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from app.core.category import CATEGORY_LABELS
from app.core.pricing.estimate import Estimate, in_estimate, unit_estimate
from app.core.pricing.price_book import PriceBook
from app.core.store.columns import DeviceColumns, order_of, ranked_order, tally
from app.core.store.project import StoredDevice
from app.ui.decision_words import decision_text, local_date
from app.ui.device_filter import SEARCHED, DeviceFilter, search_needles
from app.ui.i18n import money
from app.ui.jobs import Job, run_job
from app.ui.search_text import DEVICES, SearchText, device_text
from app.ui.verdict_style import verdict_icon, verdict_tint, verdict_word

DEVICE_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviceModel", text)


# (attribute, header); the verdict column comes first because it is what the manager scans for.
COLUMNS = [
    ("verdict", QT_TRANSLATE_NOOP("DeviceModel", "Verdict")),
    ("vendor_name", QT_TRANSLATE_NOOP("DeviceModel", "Vendor")),
    ("manufacturer", QT_TRANSLATE_NOOP("DeviceModel", "Make")),
    ("model", QT_TRANSLATE_NOOP("DeviceModel", "Model")),
    ("serial", QT_TRANSLATE_NOOP("DeviceModel", "Serial")),
    ("mac", QT_TRANSLATE_NOOP("DeviceModel", "MAC address")),
    ("device_type", QT_TRANSLATE_NOOP("DeviceModel", "Type")),
    ("site", QT_TRANSLATE_NOOP("DeviceModel", "Site")),
    ("location", QT_TRANSLATE_NOOP("DeviceModel", "Location")),
    ("decision", QT_TRANSLATE_NOOP("DeviceModel", "Decision")),
    ("estimate", QT_TRANSLATE_NOOP("DeviceModel", "Est. cost")),
    ("explanation", QT_TRANSLATE_NOOP("DeviceModel", "Why")),
    ("sheet", QT_TRANSLATE_NOOP("DeviceModel", "Sheet")),
    ("row", QT_TRANSLATE_NOOP("DeviceModel", "Row")),
    ("category", QT_TRANSLATE_NOOP("DeviceModel", "Category")),
    ("ip", QT_TRANSLATE_NOOP("DeviceModel", "IP address")),
    ("name", QT_TRANSLATE_NOOP("DeviceModel", "Name")),
    ("asset_tag", QT_TRANSLATE_NOOP("DeviceModel", "Asset tag")),
]
COLUMN = {attribute: index for index, (attribute, _) in enumerate(COLUMNS)}
_VERDICT_RANK = {"flagged": 0, "review": 1, "unknown": 2, "clear": 3}
_BLOCK = 200  # rows read from the project at once when the view paints one that is not in memory
_CACHE_LIMIT = 20_000  # devices kept read; beyond, the cache starts again
_COUNTED = ("site", "vendor_name", "category", "verdict", "decision")  # what tallies and estimates read (CostGroup)
# Devices under which the search text is read when first searched (a few ms); a larger project's is read in
# the background as soon as it is shown (a million devices: about 4 s), and a search typed before waits for it.
_SEARCH_NOW_UNDER = 10_000
# ... a moment after, so that the window paints the table first: reading every row of a project not in the
# system's file cache, the search text's reader would otherwise take the disk from under the first rows' reads.
_SEARCH_AFTER_MS = 500
_LOW_BYTE = 0 if sys.byteorder == "little" else -1  # where a code under 256 is in its array item's bytes
_STOPPING: set[Job] = set()  # workers told to stop, until they have (see _stop)
# From this many devices a column's order is worked out on a worker thread (a million: 0.1-2 s).
_SORT_LATER_FROM = 50_000


def _stop(job: Job) -> None:
    """Tell a worker to stop; the job is kept until its thread has said it stopped (a deleted job cannot say so)."""
    job.cancel()
    _STOPPING.add(job)
    for signal in (job.finished, job.failed, job.cancelled):
        signal.connect(lambda *_, job=job: _STOPPING.discard(job))


@dataclass(frozen=True, slots=True)
class CostGroup:
    """Devices alike in everything an estimate reads (see app.core.pricing.estimate.CostRow)."""

    site: str
    vendor_name: str
    category: str
    verdict: str
    decision: str


def _or(masks: list[bytes], size: int) -> bytes:
    total = 0
    for mask in masks:
        total |= int.from_bytes(mask, "little")
    return total.to_bytes(size, "little")


def _and(first: bytes | None, second: bytes, size: int) -> bytes:
    if first is None:
        return second
    return (int.from_bytes(first, "little") & int.from_bytes(second, "little")).to_bytes(size, "little")


class DeviceRows(Sequence):
    """The devices as shown (filtered and sorted), as StoredDevice objects read on demand."""

    def __init__(self, model: "DeviceTableModel"):
        self.model = model

    def __len__(self) -> int:
        return len(self.model.shown)

    def __getitem__(self, row: int) -> StoredDevice:
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        return self.model.device_at(row)

    def __iter__(self) -> Iterator[StoredDevice]:
        model = self.model
        for start in range(0, len(model.shown), 2000):
            ids = [model.columns.ids[p] for p in model.shown[start : start + 2000]]
            found = model.fetch(ids)
            yield from (found[i] for i in ids if i in found)

    def index(self, device, start: int = 0, stop: int | None = None) -> int:
        row = self.model.row_of(device.id)
        if row is None:
            raise ValueError(device)
        return row


def counted(columns: DeviceColumns) -> Counter:
    """What the model counts per change of the columns (see _counted), for a job to count in the background."""
    return tally(columns, _COUNTED)


class DeviceTableModel(QAbstractTableModel):
    searching = Signal(bool)  # a search waits for the search text to be read (True), or no longer (False)
    sorting = Signal(bool)  # a new order is worked out in the background (True), or no longer (False)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = DeviceColumns()
        self.fetch: Callable[[list[int]], dict[int, StoredDevice]] = lambda ids: {}
        # positions in `columns`, in display order, of the devices that pass the filter (a range when all, unsorted)
        self.shown: array | range = array("I")
        self.criteria = DeviceFilter()  # as asked for
        self._applied = DeviceFilter()  # what `shown` follows: the criteria, but a search waiting for its text
        self._waiting = False
        self.devices = DeviceRows(self)
        self.original_names: list[str] = []  # the user's own columns, shown after Vetted's on demand
        self.fetch_original: Callable[[list[int]], dict[int, dict[str, str]]] = lambda ids: {}
        self.order_original: Callable[[str], array] | None = None
        self._original_cache: dict[int, dict[str, str]] = {}
        self.book: PriceBook | None = None
        self.include_review = False
        self.searchable: Callable[[tuple[str, ...]], Iterator[tuple[int, str]]] | None = None
        self.order_by: Callable[[str], array] | None = None
        self._units: dict[str, Estimate] = {}
        self._cache: dict[int, StoredDevice] = {}
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._orders: dict[int, array] = {}  # ascending order of every position, per column sorted on
        self._followed: tuple[array, Qt.SortOrder] | None = None  # the order `shown` follows (see _order)
        self._sort_job: Job | None = None
        self._masked: tuple[DeviceFilter, bytes | None] | None = None  # the filter's mask, kept for sorting again
        self._search: SearchText | None = None
        self._search_job: Job | None = None
        self._edited: dict[int, StoredDevice] = {}  # by position: devices edited while the search text is read
        self._counts: Counter | None = None  # see _counted
        self._narrow: dict[str, bytes] = {}  # per column of at most 256 values, its codes as bytes (see _in)

    # --- contents ----------------------------------------------------------------------------------
    def set_columns(
        self,
        columns: DeviceColumns,
        fetch: Callable[[list[int]], dict[int, StoredDevice]],
        searchable: Callable[[tuple[str, ...]], Iterator[tuple[int, str]]] | None = None,
        order_by: Callable[[str], array] | None = None,
        counts: Counter | None = None,
    ) -> None:
        """Show these devices. `fetch(ids)` reads devices by id; `searchable(fields)` gives the searched fields
        the columns lack (see app.core.store.columns.search_texts), from any thread; `order_by(field)` every id
        sorted on one; `counts`, if given, is `counted(columns)`."""
        self.beginResetModel()
        self.stop_search()
        self._stop_sorting()
        self.columns, self.fetch, self.searchable, self.order_by = columns, fetch, searchable, order_by
        self._cache, self._orders, self._followed, self._counts, self._narrow = {}, {}, None, counts, {}
        self._masked, self._original_cache = None, {}
        if searchable is not None and len(columns) >= _SEARCH_NOW_UNDER:
            self._read_search_text()
        self._waiting = self._must_wait(self.criteria)
        self._applied = replace(self.criteria, text="") if self._waiting else self.criteria
        self.shown = self._arrange()
        self.endResetModel()
        self.searching.emit(self._waiting)

    def set_devices(self, devices: list[StoredDevice]) -> None:
        """Show a list of devices already read (small projects, tests)."""
        from app.core.store.columns import CODED, DECISION, Column

        columns = DeviceColumns(array("q", (d.id for d in devices)), {n: Column() for n in (*CODED, DECISION)})
        for name, column in columns.coded.items():
            column.extend([getattr(d, name) for d in devices])
        by_id = {d.id: d for d in devices}
        self.set_columns(columns, lambda ids: {i: by_id[i] for i in ids if i in by_id})

    def set_original(
        self,
        names: list[str],
        fetch: Callable[[list[int]], dict[int, dict[str, str]]] = lambda ids: {},
        order_by: Callable[[str], array] | None = None,
    ) -> None:
        """Show the imported files' own columns after Vetted's (names [] hides them again): `fetch(ids)` reads
        devices' values by id, for the rows on screen; `order_by(name)` every id sorted on one of them."""
        self.beginResetModel()
        self.original_names, self.fetch_original, self.order_original = names, fetch, order_by
        self._original_cache = {}
        self._orders = {c: o for c, o in self._orders.items() if c < len(COLUMNS)}
        self.endResetModel()

    def set_pricing(self, book: PriceBook, include_review: bool) -> None:
        """The price book behind the estimate column."""
        self.book, self.include_review, self._units = book, include_review, {}
        self._orders.pop(COLUMN["estimate"], None)
        column = COLUMN["estimate"]
        if self.shown:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.shown) - 1, column))

    def estimate(self, device) -> float | None:
        """Typical cost of replacing the device, or None when it is not to be replaced."""
        if self.book is None or not in_estimate(device, self.include_review):
            return None
        unit = self._units.get(device.category)
        if unit is None:
            unit = self._units[device.category] = unit_estimate(self.book, device.category)
        return unit.typical

    def replace_device(self, device: StoredDevice) -> None:
        """A device changed (edited, decided): update its columns and its row."""
        position = self.columns.position(device.id)
        if position is None:
            return
        counted_before = self._counted_key(position)
        for name, column in self.columns.coded.items():
            column.set(position, getattr(device, name))
        if self._counts is not None:  # moved from its group to its new one, not counted again (0.13 s at 1M)
            self._counts[counted_before] -= 1
            self._counts[self._counted_key(position)] += 1
            self._counts += Counter()  # drops a group left empty
        self._cache[device.id] = device
        self._orders.clear()  # the order shown stays until the next is worked out (see _order)
        self._stop_sorting()  # its order may have read the device before the change
        self._narrow, self._masked = {}, None
        if self._search is not None:
            self._search.replace(position, self._searched_values(device))
        elif self._search_job is not None:
            self._edited[position] = device
        row = self.row_of(device.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- reading -------------------------------------------------------------------------------------
    def device_at(self, row: int) -> StoredDevice:
        device_id = self.columns.ids[self.shown[row]]
        device = self._cache.get(device_id)
        if device is None:
            self._cache = self._read_around(row, self._cache, self.fetch)
            device = self._cache[device_id]
        return device

    def _original_at(self, row: int) -> dict[str, str]:
        """The files' own values of the device at `row`, read with the rows around it."""
        device_id = self.columns.ids[self.shown[row]]
        values = self._original_cache.get(device_id)
        if values is None:
            self._original_cache = self._read_around(row, self._original_cache, self.fetch_original)
            values = self._original_cache.setdefault(device_id, {})
        return values

    def _read_around(self, row: int, cache: dict, fetch: Callable[[list[int]], dict]) -> dict:
        """`cache` with what `fetch(ids)` gives for the rows around `row` (the view paints its neighbours next),
        started afresh once it holds _CACHE_LIMIT devices."""
        if len(cache) > _CACHE_LIMIT:
            cache = {}
        start = max(0, row - _BLOCK // 4)
        ids = [self.columns.ids[p] for p in self.shown[start : start + _BLOCK]]
        cache.update(fetch([i for i in ids if i not in cache]))
        return cache

    def row_of(self, device_id: int) -> int | None:
        position = self.columns.position(device_id)
        if position is None:
            return None
        try:
            return self.shown.index(position)
        except ValueError:
            return None

    def sorted_ids(self) -> array:
        """Every device's id (the filter aside) in the order the table is sorted."""
        order = self._order()
        return array("q", self.columns.ids) if order is None else array("q", map(self.columns.ids.__getitem__, order))

    def verdict_counts(self) -> tuple[Counter, Counter]:
        """(devices per verdict, with dismissed devices counted as "dismissed" and devices to replace also as
        "replace"; flagged or to-review devices per vendor, not dismissed) of every device."""
        verdicts: Counter = Counter()
        vendors: Counter = Counter()
        if not len(self.columns):
            return verdicts, vendors
        coded = self.columns.coded
        for (_, vendor, _, verdict, decision), n in self._counted().items():
            word, value = coded["decision"].values[decision], coded["verdict"].values[verdict]
            if word == "dismiss":
                verdicts["dismissed"] += n
                continue
            verdicts[value] += n
            if word == "replace":
                verdicts["replace"] += n
            if value in ("flagged", "review"):
                vendors[coded["vendor_name"].values[vendor]] += n
        return verdicts, vendors

    def choices(self, name: str) -> list[str]:
        """The distinct non-blank values of a coded column that some device has, sorted."""
        column = self.columns.coded.get(name)
        if column is None:
            return []
        # read off the counts rather than a pass over every device
        used = {key[_COUNTED.index(name)] for key in self._counted()} if name in _COUNTED else set(column.codes)
        return sorted(v for c, v in enumerate(column.values) if v and c in used)

    def cost_groups(self) -> Iterator[tuple[CostGroup, int]]:
        """Every device, grouped by what its estimate depends on: (group, device count)."""
        if not len(self.columns):
            return
        columns = [self.columns.coded[n] for n in _COUNTED]
        for codes, count in self._counted().items():
            yield CostGroup(*(c.values[code] for c, code in zip(columns, codes, strict=True))), count

    def _counted_key(self, position: int, columns: DeviceColumns | None = None) -> tuple[int, ...]:
        """The device's group in _counted: its codes in the _COUNTED columns (the model's, or `columns`)."""
        coded = (columns or self.columns).coded
        return tuple(coded[name].codes[position] for name in _COUNTED)

    def counts_after(self, columns: DeviceColumns, ids: Iterable[int]) -> Counter:
        """What counted(columns) gives, for `columns` that differ from the model's in these devices only: the
        model's counts with those devices taken out and put back as they are now (no count of a million)."""
        counts = Counter(self._counted())
        for device_id in ids:
            if (before := self.columns.position(device_id)) is not None:
                counts[self._counted_key(before)] -= 1
            if (after := columns.position(device_id)) is not None:
                counts[self._counted_key(after, columns)] += 1
        return +counts

    def _counted(self) -> Counter:
        """Devices per combination of the codes in _COUNTED: one pass over the columns (a tenth of a second for
        a million devices) serves the tallies and the estimate until the columns change."""
        if self._counts is None:
            self._counts = counted(self.columns)
        return self._counts

    # --- Qt ------------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + len(self.original_names)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1]) if section < len(COLUMNS) else self.original_names[section - len(COLUMNS)]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if role == Qt.ItemDataRole.BackgroundRole:  # from the columns: no read of the project
            position = self.shown[row]
            verdict = self.columns.value("verdict", position)
            return verdict_tint(verdict) if self.columns.value("decision", position) != "dismiss" else None
        if index.column() >= len(COLUMNS):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return self._original_at(row).get(self.original_names[index.column() - len(COLUMNS)], "")
        attribute = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            device = self.device_at(row)
            if attribute == "estimate":
                cost = self.estimate(device)
                return "" if cost is None else money(cost, self.book.currency)
            value = getattr(device, attribute)
            if attribute == "verdict":  # a dismissed device no longer reads "Flagged" where people look
                return verdict_word("dismissed" if device.decision == "dismiss" else value)
            if attribute == "decision":
                return decision_text(value, device.note)
            if attribute == "category":
                return QCoreApplication.translate("Category", CATEGORY_LABELS.get(value, value))
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and attribute == "estimate":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and attribute == "verdict":
            position = self.shown[row]
            dismissed = self.columns.value("decision", position) == "dismiss"
            return verdict_icon("dismissed" if dismissed else self.columns.value("verdict", position))
        if role == Qt.ItemDataRole.ToolTipRole and attribute in ("verdict", "explanation"):
            return self.columns.value("explanation", self.shown[row])
        if role == Qt.ItemDataRole.ToolTipRole and attribute == "decision":
            device = self.device_at(row)
            if device.decision:
                return (
                    _tr("%1 (decided %2)")
                    .replace("%1", decision_text(device.decision, device.note))
                    .replace("%2", local_date(device.decided_at))
                )
        if role == Qt.ItemDataRole.ToolTipRole and attribute not in ("decision", "estimate"):
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None  # the whole text of an elided cell
        if role == DEVICE_ROLE:
            return self.device_at(row)
        return None

    # --- filter and sort -------------------------------------------------------------------------------
    def set_filter(self, criteria: DeviceFilter) -> None:
        """Show the devices passing `criteria`; a search asked for while the search text is still being read
        keeps the rows as they are, says so (`searching`), and applies once the text is read."""
        self.criteria = criteria
        if self._must_wait(criteria):
            if not self._waiting:
                self._waiting = True
                self.searching.emit(True)
            return
        self._apply()

    def _apply(self) -> None:
        waited, self._waiting = self._waiting, False
        self._applied = self.criteria
        self.refilter()
        if waited:
            self.searching.emit(False)

    def refilter(self) -> None:
        """Decide again which devices are shown (after a filter change or an edit), keeping the sort."""
        self._masked = None
        self.beginResetModel()
        self.shown = self._arrange()
        self.endResetModel()

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        """Sort on a column (-1: as imported). A large table's order not worked out yet is worked out on a
        worker thread: the rows stay as they are meanwhile (`sorting`), and take the order once it is known."""
        self._sorted = (column, order) if column >= 0 else None
        if self._sorted is not None and column not in self._orders and len(self.columns) >= _SORT_LATER_FROM:
            self._sort_later(column)  # nothing moves until the order is known (see _sort_known)
            return
        self._rearrange()

    def _rearrange(self) -> None:
        """Put the rows in the order asked for, keeping the selection on the same devices."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        shown = [self.shown[p.row()] if p.isValid() and p.row() < len(self.shown) else None for p in persistent]
        self.shown = self._arrange()
        if persistent:
            wanted = set(shown)
            rows = {position: row for row, position in enumerate(self.shown) if position in wanted}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(rows[s], p.column()) if s is not None and s in rows else QModelIndex()
                    for p, s in zip(persistent, shown, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def _order(self) -> array | None:
        """Every position in the order shown; None when unsorted (id order). While a large table's new order is
        worked out (see _sort_later), the order shown before stays."""
        if self._sorted is None:
            self._followed = None
            return None
        column, order = self._sorted
        ascending = self._orders.get(column)
        if ascending is None and len(self.columns) < _SORT_LATER_FROM:
            ascending = self._orders[column] = self._ascending(column)
        if ascending is None:
            self._sort_later(column)
        else:
            self._followed = (ascending, order)
        if self._followed is None:
            return None
        ascending, order = self._followed
        return ascending if order == Qt.SortOrder.AscendingOrder else ascending[::-1]

    def _sort_later(self, column: int) -> None:
        """Work out a column's order on a worker thread, unless it is being worked out already."""
        if self._sort_job is not None:
            if self._sort_job.column == column:
                return
            self._stop_sorting()
        job = self._sort_job = run_job(lambda job: (job, self._ascending(column)))
        job.column = column
        job.finished.connect(self._sort_known)
        job.failed.connect(self._sort_failed)
        self.sorting.emit(True)

    def _sort_known(self, outcome: tuple[Job, array]) -> None:
        job, ascending = outcome
        if job is not self._sort_job:  # the columns changed, or another sort was asked for, since
            return
        self._sort_job = None
        self._orders[job.column] = ascending
        self._rearrange()
        self.sorting.emit(False)

    def _sort_failed(self, _message: str) -> None:
        if self.sender() is self._sort_job:  # the rows keep the order they had
            self._sort_job = None
            self.sorting.emit(False)

    def _stop_sorting(self) -> None:
        job, self._sort_job = self._sort_job, None
        if job is not None:
            _stop(job)
            self.sorting.emit(False)

    def _ascending(self, column: int) -> array:
        """Every position in the column's ascending order (see ranked_order: it may run on a worker thread)."""
        if column >= len(COLUMNS):
            name = self.original_names[column - len(COLUMNS)]
            if self.order_original is not None:
                return self.columns.positions(self.order_original(name))
            everything = self.fetch_original(list(self.columns.ids))  # devices given as a list
            return order_of([everything.get(i, {}).get(name, "").casefold() for i in self.columns.ids])
        attribute = COLUMNS[column][0]
        coded = self.columns.coded.get(attribute)
        if attribute == "estimate":
            groups = {"verdict", "decision", "category"}
            cols = [self.columns.coded[n] for n in sorted(groups)]
            cost: dict[tuple, float] = {}
            for codes in set(zip(*(c.codes for c in cols), strict=True)):
                row = dict(zip(sorted(groups), (c.values[x] for c, x in zip(cols, codes, strict=True)), strict=True))
                cost[codes] = self.estimate(CostGroup("", "", row["category"], row["verdict"], row["decision"])) or 0.0
            return order_of(list(map(cost.__getitem__, zip(*(c.codes for c in cols), strict=True))))
        if coded is None:  # not coded (serial, MAC, ...): the project sorts its ids
            return self.columns.positions(self.fetch_order(attribute))
        if attribute == "verdict":
            rank = [_VERDICT_RANK.get(v, len(_VERDICT_RANK)) for v in coded.values]
        else:
            if attribute == "category":
                words = [str(CATEGORY_LABELS.get(v, v)).casefold() for v in coded.values]
            else:
                words = [v.casefold() for v in coded.values]
            rank = [0] * len(words)
            for place, code in enumerate(sorted(range(len(words)), key=words.__getitem__)):
                rank[code] = place
        return ranked_order(array("I", map(rank.__getitem__, coded.codes)), max(rank, default=0) + 1)

    def fetch_order(self, attribute: str) -> array:
        """Every device id sorted on a column the model does not keep: the project sorts (see `order_by`)."""
        if self.order_by is not None:
            return self.order_by(attribute)
        everything = self.fetch(list(self.columns.ids))
        by_value = sorted(everything.values(), key=lambda d: (str(getattr(d, attribute)).casefold(), d.id))
        return array("q", (d.id for d in by_value))

    def _arrange(self) -> array | range:
        """The positions to show: those passing the filter, in the sort order."""
        count = len(self.columns)
        if self._masked is None or self._masked[0] != self._applied:  # sorting again reuses it
            self._masked = (replace(self._applied), self._mask(count))
        mask = self._masked[1]
        order = self._order()
        if mask is None:  # every device: as they come, no million ints made
            return order[:] if order is not None else range(count)
        if order is None:
            return array("I", compress(range(count), mask))
        return array("I", compress(order, map(mask.__getitem__, order)))

    def _mask(self, count: int) -> bytes | None:
        """One byte a position, 1 for a device that passes the filter; None when everything passes."""
        criteria, coded = self._applied, self.columns.coded
        mask = None
        if criteria.verdict and "decision" in coded:  # dismissed devices are their own group, not their verdict's
            dismissed = {c for c, v in enumerate(coded["decision"].values) if v == "dismiss"}
            wanted = (
                dismissed if criteria.verdict == "dismissed" else set(range(len(coded["decision"].values))) - dismissed
            )
            mask = self._in("decision", wanted)
        for name, wanted in (("verdict", criteria.verdict), ("vendor_name", criteria.vendor), ("site", criteria.site)):
            if name == "verdict" and wanted == "dismissed":
                continue
            if wanted and name in coded:
                codes = {c for c, v in enumerate(coded[name].values) if v == wanted}
                mask = _and(mask, self._in(name, codes), count)
        if criteria.ids is not None:
            mask = _and(mask, bytes(map(criteria.ids.__contains__, self.columns.ids)), count)
        if criteria.text:
            needles = search_needles(criteria.text)  # a MAC address matches however it is written
            hits = []
            for name in SEARCHED:
                column = coded.get(name)
                if column is not None:
                    codes = {c for c, v in enumerate(column.values) if any(n in v.casefold() for n in needles)}
                    if codes:
                        hits.append(self._in(name, codes))
            hits.append(self._searched_rest().mask(needles, count))
            mask = _and(mask, _or(hits, count), count)
        return mask

    def _in(self, name: str, codes: set[int]) -> bytes:
        """One byte a position, 1 where the column's code is one of `codes`. A column of at most 256 values (verdict,
        vendor, site...) is kept as one byte a device, and bytes.translate tests a million in a millisecond."""
        column = self.columns.coded[name]
        if len(column.values) > 256:
            return bytes(map(codes.__contains__, column.codes))
        narrow = self._narrow.get(name)
        if narrow is None:
            itemsize = column.codes.itemsize
            narrow = self._narrow[name] = column.codes.tobytes()[_LOW_BYTE % itemsize :: itemsize]
        return narrow.translate(bytes(code in codes for code in range(256)))

    # --- the search text -------------------------------------------------------------------------------
    def _rest(self) -> tuple[str, ...]:
        """The searched fields the columns do not keep."""
        return tuple(name for name in SEARCHED if name not in self.columns.coded)

    def _searched_values(self, device: StoredDevice) -> list[object]:
        return [getattr(device, name) for name in self._rest()]

    def _must_wait(self, criteria: DeviceFilter) -> bool:
        return bool(criteria.text) and self._search is None and self._search_job is not None

    def _read_search_text(self) -> None:
        """Read the search text on a worker thread; `_search_read` takes it on the window's."""
        texts, fields = self.searchable, self._rest()
        job = self._search_job = run_job(
            lambda job: (job, SearchText.build(texts(fields), job.is_cancelled)), after_ms=_SEARCH_AFTER_MS
        )
        job.finished.connect(self._search_read)
        job.failed.connect(self._search_failed)

    def _search_read(self, outcome: tuple[Job, SearchText]) -> None:
        job, search = outcome
        if job is not self._search_job:  # columns shown since
            return
        for position, device in self._edited.items():
            search.replace(position, self._searched_values(device))
        self._search, self._search_job, self._edited = search, None, {}
        if self._waiting:
            self._apply()

    def _search_failed(self, _message: str) -> None:
        if self.sender() is self._search_job:  # read it here then, as a search asks
            self._search_job, self._edited = None, {}
            if self._waiting:
                self._apply()

    def stop_search(self) -> None:
        """Forget the search text, and stop reading it (the columns change, the window closes)."""
        if self._search_job is not None:
            _stop(self._search_job)
        self._search, self._search_job, self._edited = None, None, {}

    def _searched_rest(self) -> SearchText:
        if self._search is None:
            fields = self._rest()
            if self.searchable is not None:
                texts = self.searchable(fields)
            else:  # devices given as a list: read them all once
                everything = self.fetch(list(self.columns.ids))
                joined = DEVICES.join(
                    device_text(getattr(everything[i], n) for n in fields) if i in everything else ""
                    for i in self.columns.ids
                )
                texts = iter([(0, joined)])
            self._search = SearchText.build(texts)
        return self._search

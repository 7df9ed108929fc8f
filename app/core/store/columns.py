"""A project's devices as columns, for a table of a million rows: no Python object per device per column.

The fields a table filters, sorts and counts on repeat across devices (verdict, vendor, make, model,
site, ...): each is kept as an array of small integer codes into its distinct values. Everything else
(serials, MAC addresses, notes) stays in the project file and is read for the rows on screen only.
Rows are read in id ranges, each as one string per column that SQLite joins and Python splits in C:
a full pass over the file, with memory bounded by the range, not by the project.
"""

import sqlite3
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial

from app.core.domain import DEVICE_FIELDS

# Stored expression of each coded column (decision comes from its own table, see `load`).
CODED = {
    "verdict": "verdict",
    "vendor_name": "vendor_name",
    "manufacturer": "manufacturer",
    "model": "model",
    "device_type": "device_type",
    "site": "site",
    "location": "location",
    "explanation": "explanation",
    "category": "CASE category_override WHEN '' THEN category ELSE category_override END",
    "sheet": "sheet",
}
DECISION = "decision"
_SEPARATOR = "\x1f"
_SORTABLE = frozenset((*DEVICE_FIELDS, "row", "sheet"))
# ids per query: bounds the joined strings (an explanation is ~150 characters), and so how long a read in
# the background holds the GIL in one C call (splitting them), which the window waits for
_RANGE = 20_000


class _Codes(dict):
    """value -> code, a new code for each new value."""

    def __missing__(self, value: str) -> int:
        code = self[value] = len(self)
        return code


@dataclass
class Column:
    """One coded column: `values[codes[position]]` is the value of the device at `position`."""

    values: list[str] = field(default_factory=list)
    codes: array = field(default_factory=lambda: array("I"))
    _lookup: _Codes = field(default_factory=_Codes, repr=False)

    @classmethod
    def saved(cls, values: list[str], codes: array) -> "Column":
        """A column as saved: distinct `values` and the code of each device."""
        return cls(values, codes, _Codes((value, code) for code, value in enumerate(values)))

    def copy(self) -> "Column":
        """A column to change apart from this one (its codes replaced, new values added); their lookup is shared,
        which only ever gains values."""
        return Column(self.values, self.codes, self._lookup)

    def encode(self, texts: list[str]) -> array:
        """The codes of these values, adding those not seen yet."""
        codes = array("I", map(self._lookup.__getitem__, texts))
        if len(self._lookup) != len(self.values):
            self.values = list(self._lookup)
        return codes

    def extend(self, texts: list[str]) -> None:
        self.codes.extend(self.encode(texts))

    def code(self, value: str) -> int:
        """The code of `value`, adding it if new."""
        code = self._lookup[value]
        if len(self._lookup) != len(self.values):
            self.values = list(self._lookup)
        return code

    def set(self, position: int, value: str) -> None:
        self.codes[position] = self.code(value)

    def value(self, position: int) -> str:
        return self.values[self.codes[position]]


@dataclass
class DeviceColumns:
    """Every device of a project: `ids` in id order (a device's position is its index there) and the
    coded columns by field name."""

    ids: array = field(default_factory=lambda: array("q"))
    coded: dict[str, Column] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, device_id: int) -> int | None:
        """Where a device is in `ids` (None if it is not there); ids are ascending, so a binary search."""
        at = bisect_left(self.ids, device_id)
        return at if at < len(self.ids) and self.ids[at] == device_id else None

    def positions(self, ids: Sequence[int]) -> array:
        """Where each of these devices (all present) is, a slice at a time (see ranked_order for why)."""
        found, locate = array("I"), partial(bisect_left, self.ids)
        for start in range(0, len(ids), _RANGE):
            found.extend(map(locate, ids[start : start + _RANGE]))
        return found

    def value(self, name: str, position: int) -> str:
        return self.coded[name].value(position)


def load(conn: sqlite3.Connection) -> DeviceColumns:
    """Read the coded columns of every device, in id order."""
    return with_decisions(conn, coded_from_rows(conn))


def coded_from_rows(conn: sqlite3.Connection) -> DeviceColumns:
    """The CODED columns of every device, read from its row (a full pass over the file)."""
    found = DeviceColumns(coded={name: Column() for name in CODED})
    joined = ", ".join(f"group_concat({expression}, char(31))" for expression in CODED.values())
    query = f"SELECT count(*), group_concat(id), {joined} FROM devices WHERE id >= ? AND id < ?"
    low, high = conn.execute("SELECT min(id), max(id) FROM devices").fetchone()
    if low is None:
        return found
    for start in range(low, high + 1, _RANGE):
        count, ids, *texts = conn.execute(query, (start, start + _RANGE)).fetchone()
        if not count:
            continue
        found.ids.extend(map(int, ids.split(",")))
        for (name, expression), text in zip(CODED.items(), texts, strict=True):
            parts = text.split(_SEPARATOR)
            if len(parts) != count:  # a value holding the separator itself: read that column row by row
                rows = conn.execute(
                    f"SELECT {expression} FROM devices WHERE id >= ? AND id < ? ORDER BY id", (start, start + _RANGE)
                )
                parts = [value for (value,) in rows]
            found.coded[name].extend(parts)
    return found


def with_decisions(conn: sqlite3.Connection, found: DeviceColumns) -> DeviceColumns:
    """`found` with the decision column, read from the decisions table."""
    decisions = found.coded[DECISION] = Column.saved([""], array("I", [0]) * len(found.ids))  # none yet: code 0
    for device_id, decision in conn.execute("SELECT device_id, decision FROM decisions"):
        position = found.position(device_id)
        if position is not None:
            decisions.set(position, decision)
    return found


def tally(columns: DeviceColumns, names: tuple[str, ...]) -> Counter:
    """Devices per combination of their codes in these columns, counted _RANGE devices at a time: one count of a
    million (a C loop, ~0.15 s) would hold the GIL, and the window wait for it, as long when run in the background."""
    counts: Counter = Counter()
    codes = [columns.coded[name].codes for name in names]
    for start in range(0, len(columns), _RANGE):
        counts.update(zip(*(c[start : start + _RANGE] for c in codes), strict=True))
    return counts


def ranked_order(ranks: Sequence[int], distinct: int) -> array:
    """Positions 0..n-1 ordered by their rank (each in range(distinct)), ties in position order: a counting sort.
    Its loop runs in Python on purpose: on a worker thread it lets the window's thread in every few milliseconds,
    where sorted() would hold the GIL for the whole sort (0.15-0.35 s for a million). It is quicker too."""
    buckets = [array("I") for _ in range(distinct)]
    appends = [bucket.append for bucket in buckets]
    for position, rank in enumerate(ranks):
        appends[rank](position)
    order = array("I")
    for bucket in buckets:
        order += bucket
    return order


def order_of(keys: list) -> array:
    """Positions ordered by their key (any comparable values), ties in position order."""
    distinct = sorted(set(keys))
    rank = {key: place for place, key in enumerate(distinct)}
    return ranked_order(array("I", map(rank.__getitem__, keys)), len(distinct))


def sorted_ids(conn: sqlite3.Connection, field_name: str) -> array:
    """Every device id, sorted on a stored field (letter case ignored; ties in id order)."""
    if field_name not in _SORTABLE:
        raise ValueError(field_name)
    return ids_ordered(conn, field_name if field_name == "row" else f"{field_name} COLLATE NOCASE")


def ids_ordered(conn: sqlite3.Connection, key: str) -> array:
    """Every device id, in the order of the SQL expression `key` (ties in id order)."""
    (joined,) = conn.execute(f"SELECT group_concat(id) FROM (SELECT id FROM devices ORDER BY {key}, id)").fetchone()
    ids, start, end = array("q"), 0, len(joined or "")
    while start < end:  # split a slice at a time (see ranked_order): a million at once holds the GIL ~0.1 s
        cut = joined.find(",", start + 8 * _RANGE)
        cut = end if cut < 0 else cut
        ids.extend(map(int, joined[start:cut].split(",")))
        start = cut + 1
    return ids


def search_texts(conn: sqlite3.Connection, fields: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(position of the first device, its devices' `fields` joined) per range of ids, in id order:
    fields are separated by \\x1f, devices by \\x1e."""
    if set(fields) - _SORTABLE:
        raise ValueError(fields)
    text = "||char(31)||".join(f"replace(replace({f}, char(30), ' '), char(31), ' ')" for f in fields)
    query = f"SELECT count(*), group_concat({text}, char(30)) FROM devices WHERE id >= ? AND id < ?"
    low, high = conn.execute("SELECT min(id), max(id) FROM devices").fetchone()
    position = 0
    for start in range(low or 0, (high or -1) + 1, _RANGE):
        count, joined = conn.execute(query, (start, start + _RANGE)).fetchone()
        if count:
            yield position, joined
            position += count

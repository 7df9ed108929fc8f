"""From a file to devices: read every table, find its layout, build one Device per non-blank row."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from app.core.domain import DEVICE_FIELDS, Device
from app.core.importing.cells import cell_text
from app.core.importing.columns import is_header_word
from app.core.importing.errors import InventoryError, display_name, file_problem
from app.core.importing.layout import Layout, detect
from app.core.importing.readers import read_tables
from app.core.language import QT_TRANSLATE_NOOP


@dataclass
class Inventory:
    """An opened file: the layout of each table and a way to stream its devices."""

    path: Path
    layouts: list[Layout]
    skipped: list[str] = field(default_factory=list)  # sheets with no device columns, by name
    _rows: dict[str, Iterator[tuple[int, list[object]]]] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        """The file's name as Vetted shows and stores it (see display_name)."""
        return display_name(self.path)

    def devices(self, mappings: dict[str, dict[str, int]] | None = None) -> Iterator[Device]:
        """Every device of every usable table, in file order; `mappings` override a sheet's mapping.

        A file with headers but not one device under them raises InventoryError once read to the end.
        """
        found = False
        with _reading(self.path):
            for layout in self.layouts:
                mapping = (mappings or {}).get(layout.sheet, layout.mapping)
                for device in _devices(layout, mapping, self._rows.pop(layout.sheet, iter(()))):
                    found = True
                    yield device
        if not found:
            raise InventoryError(
                QT_TRANSLATE_NOOP("Errors", "{name} has column headers but no devices under them."), name=self.name
            )

    def preview(self, sheet: str, mapping: dict[str, int]) -> list[Device]:
        """Devices from the first rows of a sheet under a mapping, to show before importing."""
        layout = next(layout for layout in self.layouts if layout.sheet == sheet)
        return list(_devices(layout, mapping, iter(layout.samples)))


def open_inventory(path: Path | str, sheet: str | None = None) -> Inventory:
    """Open a file and find its tables' layouts; raises InventoryError with a sentence for the user."""
    path = Path(path)
    inventory = Inventory(path, [])
    with _reading(path):
        for table in read_tables(path, sheet):
            layout, rows = detect(table)
            if layout.usable:
                inventory.layouts.append(layout)
                inventory._rows[layout.sheet] = rows
            else:
                inventory.skipped.append(table.name)
    if not inventory.layouts:
        raise InventoryError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Vetted found no column of makes, models, serial numbers or MAC addresses in {name}; "
                "give the columns headers such as Manufacturer, Model, Serial or MAC.",
            ),
            name=inventory.name,
        )
    return inventory


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """The operating system's refusals while a file is read (no permission, a disk error) as one sentence."""
    try:
        yield
    except OSError as error:
        raise file_problem(path, error) from None


def _devices(layout: Layout, mapping: dict[str, int], rows: Iterator[tuple[int, list[object]]]) -> Iterator[Device]:
    headers = tuple(layout.headers)
    width = len(headers)
    # One itemgetter pulls every device field at once; unmapped fields read a blank cell kept at `width`.
    pick = itemgetter(*(mapping.get(name, width) for name in DEVICE_FIELDS))
    header_values = [cell_text(v) for v in pick([*headers, ""])]
    sheet = layout.sheet
    # The field whose value tells a header row from a device row: model words ("MODELO") have no digits.
    check = next((DEVICE_FIELDS.index(f) for f in ("model", "manufacturer", "mac", "serial") if f in mapping), None)
    texts: dict[object, str] = {}  # numbers and dates repeat (install dates, counts): convert each once
    for number, cells in rows:
        if len(cells) != width:
            cells = [*cells[:width], *[""] * (width - len(cells))]
        values = [
            v.strip() if v.__class__ is str else texts.get(v) or texts.setdefault(v, cell_text(v))
            for v in pick([*cells, ""])
        ]
        if not any(values):
            continue  # a blank row, or one with nothing in any column Vetted reads
        if values == header_values or (check is not None and is_header_word(values[check])):
            continue  # a header again: printed page breaks, or the next table of a sheet that holds several
        yield Device(sheet, number, *values, headers, cells)

"""Find where a table's header row is (under any title rows) and what its columns mean."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from app.core.importing.cells import cell_text
from app.core.importing.columns import fields_for, map_columns
from app.core.importing.table import Table

HEADER_SEARCH_ROWS = 30  # title rows, logos and blank lines above the header fit in this
SAMPLE_ROWS = 20
KEY_FIELDS = frozenset({"manufacturer", "brand", "model", "serial", "mac"})


@dataclass
class Layout:
    """Where one table's header is and which column holds which device field."""

    sheet: str
    header_row: int  # as the file shows it; 0 when the reader supplied the headers
    headers: list[str]
    mapping: dict[str, int] = field(default_factory=dict)
    samples: list[tuple[int, list[object]]] = field(default_factory=list)  # the first data rows, numbered

    @property
    def usable(self) -> bool:
        return bool(KEY_FIELDS & self.mapping.keys())


def detect(table: Table) -> tuple[Layout, Iterator[tuple[int, list[object]]]]:
    """The table's layout, and its data rows (those under the header) still to be read."""
    if table.headers is not None:
        head = list(islice(table.rows, SAMPLE_ROWS))
        layout = Layout(table.name, 0, table.headers, map_columns(table.headers, [c for _, c in head]), head)
        return layout, chain(head, table.rows)
    head = list(islice(table.rows, HEADER_SEARCH_ROWS + SAMPLE_ROWS))
    position = _header_position(head[:HEADER_SEARCH_ROWS])
    if position is None:
        return Layout(table.name, 0, []), iter(())
    number, cells = head[position]
    headers = _unique([cell_text(c) for c in cells])
    rest = head[position + 1 :]
    samples = [(n, c) for n, c in rest if any(cell_text(v) for v in c)][:SAMPLE_ROWS]
    layout = Layout(table.name, number, headers, map_columns(headers, [c for _, c in samples]), samples)
    return layout, chain(rest, table.rows)


def _header_position(rows: list[tuple[int, list[object]]]) -> int | None:
    """The first row naming two or more device fields, one of them a key field (make, model, serial,
    MAC); else the row naming a single key field such as 'MAC'. The first, not the fullest: a sheet may
    hold several tables one under the other, and rows under the first header are devices too."""
    fallback = None
    for position, (_, cells) in enumerate(rows):
        named = set()
        for cell in cells:
            if isinstance(cell, str) and cell.strip() and len(cell) < 60:
                named.update(fields_for(cell)[:1])
        if len(named) >= 2 and named & KEY_FIELDS:
            return position
        if fallback is None and named & KEY_FIELDS:
            fallback = position
    return fallback


def _unique(headers: list[str]) -> list[str]:
    """Duplicate and blank headers get a number, so every original column keeps its own name."""
    seen: dict[str, int] = {}
    out = []
    for index, header in enumerate(headers):
        name = header or f"Column {index + 1}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out

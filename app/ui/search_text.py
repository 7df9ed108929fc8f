"""The searched fields the table does not keep coded (serials, MACs, names, ...), folded to lower case, in
memory: one string per range of devices, each device's text starting at an offset, so a search is str.find.

Built from app.core.store.columns.search_texts, which a worker thread can run: reading a million devices
takes seconds, nearly all of it in SQLite (which lets go of the GIL), the rest in pieces of one range.
"""

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, count, repeat
from operator import add, contains

DEVICES = "\x1e"  # between devices' texts (see search_texts)
FIELDS = "\x1f"  # between a device's fields
_DENSE = 4  # a needle in more than 1/_DENSE of a range's devices: test each device's text, not find after find
_SAMPLE = 16  # the share of a range's text that estimates how many devices hold a needle


def device_text(values: Iterable[object]) -> str:
    """One device's text as search_texts joins it: its fields, the separators in them made spaces."""
    return FIELDS.join(str(v).replace(DEVICES, " ").replace(FIELDS, " ") for v in values)


class SearchText:
    def __init__(self) -> None:
        self.firsts: list[int] = []  # position of each range's first device
        self.texts: list[str] = []  # each range's devices' folded texts, joined by DEVICES
        self.starts: list[array] = []  # where each device's text starts in its range's, and one past the end

    @classmethod
    def build(cls, texts: Iterator[tuple[int, str]], cancelled: Callable[[], bool] = lambda: False) -> "SearchText":
        """From (position of the first device, joined texts) per range; stops between ranges once `cancelled`."""
        found = cls()
        for first, text in texts:
            if cancelled():
                break
            found._add(first, text.casefold())
        return found

    def _add(self, first: int, folded: str) -> None:
        self.firsts.append(first)
        self.texts.append(folded)
        self.starts.append(_starts(folded))

    def replace(self, position: int, values: Iterable[object]) -> None:
        """A device's searched fields changed (an edit): its range is joined again, a few ms."""
        chunk = bisect_right(self.firsts, position) - 1
        if chunk < 0:
            return
        parts = self.texts[chunk].split(DEVICES)
        row = position - self.firsts[chunk]
        if row < len(parts):
            parts[row] = device_text(values).casefold()
            self.texts[chunk] = DEVICES.join(parts)
            self.starts[chunk] = _starts(self.texts[chunk])

    def mask(self, needles: list[str], size: int) -> bytearray:
        """One byte a position, 1 where the device's text holds one of `needles` (already folded): one pass of a
        regular expression over the text whatever their number (a MAC address is looked for written 5 ways)."""
        found = bytearray(size)
        pattern = re.compile("|".join(map(re.escape, needles)))
        for first, text, starts in zip(self.firsts, self.texts, self.starts, strict=True):
            devices = len(starts) - 1
            if len(pattern.findall(text, 0, len(text) // _SAMPLE)) * _SAMPLE * _DENSE > devices:
                hits = 0  # most devices hold one: a test a device beats a Python step a hit
                parts = text.split(DEVICES)
                for needle in needles:
                    hits |= int.from_bytes(bytes(map(contains, parts, repeat(needle))), "little")
                found[first : first + devices] = hits.to_bytes(devices, "little")[: max(0, size - first)]
                continue
            at = pattern.search(text)
            while at is not None:
                row = bisect_right(starts, at.start()) - 1
                if first + row < size:
                    found[first + row] = 1
                at = pattern.search(text, starts[row + 1])
        return found


def _starts(folded: str) -> array:
    """Where each device's text starts, and one past the last: the lengths before it, plus one separator each.
    Iterators of C functions only, so no Python step a device: a thread building these while the window reads
    the project holds the GIL a short while, not a switch interval per row the window reads."""
    lengths = accumulate(map(len, folded.split(DEVICES)), initial=0)
    return array("q", map(add, lengths, count()))

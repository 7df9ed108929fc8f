"""The search text finds a device whatever the needles' density, and follows edits."""

import random

from app.ui.search_text import DEVICES, SearchText, device_text


def _built(texts: list[str], per_range: int) -> SearchText:
    ranges = [(first, DEVICES.join(texts[first : first + per_range])) for first in range(0, len(texts), per_range)]
    return SearchText.build(iter(ranges))


def test_every_device_holding_a_needle_is_found_sparse_or_dense():
    rng = random.Random(7)
    texts = [
        device_text("".join(rng.choice("ab1:-") for _ in range(rng.randint(0, 9))) for _ in range(3))
        for _ in range(500)
    ]
    search = _built(texts, 64)
    for needles in (["a"], ["ab"], ["zz"], ["1:a", "1-a"], ["b", "a:"], ["aaaa"]):
        expected = bytes(any(n in text.casefold() for n in needles) for text in texts)
        assert bytes(search.mask(needles, len(texts))) == expected, needles


def test_an_edit_changes_only_that_devices_text():
    search = _built([device_text(["SN-1", "x"]), device_text(["SN-2", "y"]), device_text(["SN-3", "z"])], 2)
    search.replace(1, ["NEW\x1e9", "y"])  # a separator in a value is a space, as search_texts makes it
    assert list(search.mask(["new 9"], 3)) == [0, 1, 0]
    assert list(search.mask(["sn-"], 3)) == [1, 0, 1]
    assert list(search.mask(["sn-3"], 3)) == [0, 0, 1]

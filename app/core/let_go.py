"""Emptying large dicts a key at a time, for work done in the background of the window.

Freeing a dict in one go (a function returning, `del`, `clear()`) holds the GIL until every value is freed:
the matcher's caches and an import's encoded matches after a million rows take tens of milliseconds, which the
window's thread waits for. Between two keys the interpreter lets other threads run.
"""


def let_go(*mappings: dict) -> None:
    for mapping in mappings:
        while mapping:
            mapping.popitem()

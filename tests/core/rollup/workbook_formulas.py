"""A small evaluator for the formulas the organisation workbook writes, so tests can recompute it without Excel.

It knows cell and range references (on this sheet or another), + - * / and parentheses, comparison with =,
SUM, SUMPRODUCT, COUNTA and COUNTIF: what org_xlsx and compare_xlsx use, and nothing else.
"""

import re
from functools import cache

import openpyxl
from openpyxl.utils import column_index_from_string

_REFERENCE = re.compile(r"(?:'([^']+)'!|([A-Za-z][\w ]*)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?")
_STRING = re.compile(r'"[^"]*"')


class Range(list):
    """Cells of a range, so arithmetic works element by element as in SUMPRODUCT."""

    def _map(self, other, op):
        if isinstance(other, list):
            return Range(op(a, b) for a, b in zip(self, other, strict=True))
        return Range(op(a, other) for a in self)

    def __mul__(self, other):
        return self._map(other, lambda a, b: _num(a) * _num(b))

    __rmul__ = __mul__

    def __eq__(self, other):
        return self._map(other, lambda a, b: str(a or "").casefold() == str(b or "").casefold())

    def __neg__(self):
        return Range(-_num(a) for a in self)

    __hash__ = None


def _num(value) -> float:
    if value is None or value == "":
        return 0
    return float(value)


class Workbook:
    """Formulas from `path` (as openpyxl reads them); cells may be changed with `set` before evaluating."""

    def __init__(self, path):
        self.book = openpyxl.load_workbook(path)
        self.evaluated: dict[tuple[str, str], object] = {}

    def set(self, sheet: str, cell: str, value) -> None:
        self.book[sheet][cell] = value
        self.evaluated.clear()

    def value(self, sheet: str, cell: str):
        key = (sheet, cell)
        if key not in self.evaluated:
            raw = self.book[sheet][cell].value
            self.evaluated[key] = (
                self._evaluate(sheet, raw[1:]) if isinstance(raw, str) and raw.startswith("=") else raw
            )
        return self.evaluated[key]

    def _evaluate(self, sheet: str, formula: str):
        strings = _STRING.findall(formula)
        formula = _STRING.sub("__S__", formula)
        values: list = []

        def reference(match: re.Match) -> str:
            target = match.group(1) or match.group(2) or sheet
            first = (match.group(3), int(match.group(4)))
            last = (match.group(5), int(match.group(6))) if match.group(5) else None
            if last is None:
                values.append(self.value(target, f"{first[0]}{first[1]}"))
            else:
                columns = range(column_index_from_string(first[0]), column_index_from_string(last[0]) + 1)
                values.append(
                    Range(
                        self.value(target, f"{openpyxl.utils.get_column_letter(c)}{r}")
                        for r in range(first[1], last[1] + 1)
                        for c in columns
                    )
                )
            return f"_v[{len(values) - 1}]"

        python = _REFERENCE.sub(reference, formula)
        for text in strings:
            python = python.replace("__S__", repr(text[1:-1]), 1)
        python = re.sub(r"(?<![=<>!])=(?!=)", "==", python)
        return eval(python, {"_v": values, **_FUNCTIONS})  # test-only: formulas this app wrote


@cache
def _functions():
    def total(*args):
        return sum(_num(v) for a in args for v in (a if isinstance(a, list) else [a]))

    def sumproduct(values):
        return sum(_num(v) for v in values)

    def counta(values):
        return sum(v not in (None, "") for v in values)

    def countif(values, wanted):
        return sum(str(v or "").casefold() == str(wanted).casefold() for v in values)

    return {"SUM": total, "SUMPRODUCT": sumproduct, "COUNTA": counta, "COUNTIF": countif}


_FUNCTIONS = _functions()

"""The prices an estimate is built from: per category, plus labour, disposal, contingency and tax.

Every figure is an estimate the organisation is expected to replace with its own; each carries the
source it came from so a reader can judge it.
"""

import math
from dataclasses import dataclass, fields, replace
from functools import cache

from app.core import language
from app.core.category import CATEGORY_LABELS
from app.core.language import QT_TRANSLATE_NOOP, PlainError, Sentence
from app.core.pricing.defaults import DEFAULT_PRICES, DEFAULT_RATES

CATEGORIES = tuple(CATEGORY_LABELS)


_OTHER = QT_TRANSLATE_NOOP("Category", "other")


def category_label(code: str) -> str:
    """The category inside a sentence: 'PTZ camera', 'network video recorder', 'other devices'."""
    return CATEGORY_LABELS[code] if code in CATEGORY_LABELS and code != "other" else _OTHER_DEVICES


@cache  # reports ask once a row
def category_name(code: str, lang: str = "en") -> str:
    """The category as a table shows it: 'PTZ camera', 'Network video recorder', 'Other' (or in French)."""
    label = CATEGORY_LABELS[code] if code in CATEGORY_LABELS and code != "other" else _OTHER
    label = language.words(lang).translate("Category", label)
    return label[0].upper() + label[1:]


@dataclass(frozen=True, slots=True)
class CategoryPrice:
    """Replacing one device of a category: the new unit's price range and the hours to install it."""

    low: float
    typical: float
    high: float
    labour_hours: float
    source: str = ""  # where the figures come from, in words
    dated: str = ""  # when that source published them


@dataclass(frozen=True, slots=True)
class PriceBook:
    """Unit prices per category and the rates every device shares; percentages are 0-100."""

    categories: dict[str, CategoryPrice]
    labour_rate: float  # per hour
    disposal: float  # per device removed
    contingency_pct: float
    tax_pct: float
    currency: str = "USD"
    rates_source: str = ""  # where the labour rate, disposal, contingency and tax come from
    rates_dated: str = ""

    def __post_init__(self) -> None:
        check(self)

    def price(self, category: str) -> CategoryPrice:
        """The prices of a category; a category the book does not know is priced as 'other'."""
        return self.categories.get(category) or self.categories["other"]

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-able values, for Project.set_setting('price_book', ...)."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "categories"}
        data["categories"] = {
            code: {f.name: getattr(price, f.name) for f in fields(price)} for code, price in self.categories.items()
        }
        return data

    @classmethod
    def from_dict(cls, data: object) -> "PriceBook":
        """A price book from `to_dict` output; what it lacks (an older file, a new category) is the default."""
        defaults = default_price_book()
        if not isinstance(data, dict):
            raise PriceBookError(QT_TRANSLATE_NOOP("Errors", "The saved price book is damaged."))
        rates = {f.name: data[f.name] for f in fields(cls) if f.name != "categories" and f.name in data}
        saved = data.get("categories") or {}
        categories = dict(defaults.categories)
        known = {f.name for f in fields(CategoryPrice)}
        for code, values in saved.items() if isinstance(saved, dict) else ():
            if code in categories and isinstance(values, dict):
                categories[code] = replace(categories[code], **{k: v for k, v in values.items() if k in known})
        return replace(defaults, categories=categories, **rates)


def default_price_book() -> PriceBook:
    """Vetted's own estimates, each with its public source and date (see pricing/defaults.py)."""
    return PriceBook(
        categories={code: CategoryPrice(*values) for code, values in DEFAULT_PRICES.items()}, **DEFAULT_RATES
    )


class PriceBookError(PlainError, ValueError):
    """A price book that cannot give a sensible estimate, with one sentence saying why."""


_RATE_NAMES = {
    "labour_rate": QT_TRANSLATE_NOOP("Errors", "The labour rate"),
    "disposal": QT_TRANSLATE_NOOP("Errors", "The disposal cost"),
    "contingency_pct": QT_TRANSLATE_NOOP("Errors", "The contingency"),
    "tax_pct": QT_TRANSLATE_NOOP("Errors", "The tax rate"),
}
_PRICE_NAMES = {
    "low": QT_TRANSLATE_NOOP("Errors", "The low unit cost of {category}"),
    "typical": QT_TRANSLATE_NOOP("Errors", "The typical unit cost of {category}"),
    "high": QT_TRANSLATE_NOOP("Errors", "The high unit cost of {category}"),
    "labour_hours": QT_TRANSLATE_NOOP("Errors", "The install labour hours of {category}"),
}
_OTHER_DEVICES = QT_TRANSLATE_NOOP("Category", "other devices")


def _category(code: str) -> Sentence:
    """The category inside a sentence, in the language the sentence is said in."""
    return Sentence(category_label(code), context="Category")


def price_name(field: str, code: str) -> Sentence:
    """'The low unit cost of PTZ camera', in the language it is said in."""
    return Sentence(_PRICE_NAMES[field], category=_category(code))


def check(book: PriceBook) -> None:
    """Raise PriceBookError (a ValueError) with one plain sentence if the price book cannot give a sensible
    estimate."""
    if not (
        isinstance(book.currency, str)
        and len(book.currency) == 3
        and book.currency.isalpha()
        and book.currency.isupper()
    ):
        raise PriceBookError(
            QT_TRANSLATE_NOOP(
                "Errors", "The currency must be a three-letter code such as USD, EUR or GBP, not “{currency}”."
            ),
            currency=str(book.currency),
        )
    for name, what in _RATE_NAMES.items():
        _check_amount(getattr(book, name), Sentence(what))
    for name in ("contingency_pct", "tax_pct"):
        if getattr(book, name) > 100:
            raise PriceBookError(
                QT_TRANSLATE_NOOP("Errors", "{what} must be a percentage between 0 and 100."),
                what=Sentence(_RATE_NAMES[name]),
            )
    missing = [code for code in CATEGORIES if code not in book.categories]
    if missing:
        raise PriceBookError(
            QT_TRANSLATE_NOOP("Errors", "The price book has no prices for {category}."), category=_category(missing[0])
        )
    for code, price in book.categories.items():
        for name in _PRICE_NAMES:
            _check_amount(getattr(price, name), price_name(name, code))
        if not price.low <= price.typical <= price.high:
            raise PriceBookError(
                QT_TRANSLATE_NOOP("Errors", "The unit costs of {category} must run low ≤ typical ≤ high."),
                category=_category(code),
            )


def _check_amount(value: object, what: Sentence) -> None:
    # bool is an int to Python, but True is never a price someone meant.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise PriceBookError(QT_TRANSLATE_NOOP("Errors", "{what} must be a number."), what=what)
    if value < 0:
        raise PriceBookError(QT_TRANSLATE_NOOP("Errors", "{what} cannot be negative."), what=what)

"""The prices an estimate is built from: per category, plus labour, disposal, contingency and tax.

Every figure is an estimate the organisation is expected to replace with its own; each carries the
source it came from so a reader can judge it.
"""

import math
from dataclasses import dataclass, fields, replace
from functools import cache

from app.core import language
from app.core.category import CATEGORY_LABELS
from app.core.language import QT_TRANSLATE_NOOP
from app.core.pricing.defaults import DEFAULT_PRICES, DEFAULT_RATES

CATEGORIES = tuple(CATEGORY_LABELS)


_OTHER = QT_TRANSLATE_NOOP("Category", "other")


def category_label(code: str) -> str:
    """The category inside a sentence: 'PTZ camera', 'network video recorder', 'other devices'."""
    return CATEGORY_LABELS[code] if code in CATEGORY_LABELS and code != "other" else "other devices"


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
            raise ValueError("The saved price book is damaged.")
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


_RATE_NAMES = {
    "labour_rate": "The labour rate",
    "disposal": "The disposal cost",
    "contingency_pct": "The contingency",
    "tax_pct": "The tax rate",
}
_PRICE_NAMES = {
    "low": "low unit cost",
    "typical": "typical unit cost",
    "high": "high unit cost",
    "labour_hours": "install labour hours",
}


def check(book: PriceBook) -> None:
    """Raise ValueError with one plain sentence if the price book cannot give a sensible estimate."""
    if not (
        isinstance(book.currency, str)
        and len(book.currency) == 3
        and book.currency.isalpha()
        and book.currency.isupper()
    ):
        raise ValueError(f"The currency must be a three-letter code such as USD, EUR or GBP, not “{book.currency}”.")
    for name, words in _RATE_NAMES.items():
        _check_amount(getattr(book, name), words)
    for name in ("contingency_pct", "tax_pct"):
        if getattr(book, name) > 100:
            raise ValueError(f"{_RATE_NAMES[name]} must be a percentage between 0 and 100.")
    missing = [code for code in CATEGORIES if code not in book.categories]
    if missing:
        raise ValueError(f"The price book has no prices for {category_label(missing[0])}.")
    for code, price in book.categories.items():
        label = category_label(code)
        for name, words in _PRICE_NAMES.items():
            _check_amount(getattr(price, name), f"The {words} of {label}")
        if not price.low <= price.typical <= price.high:
            raise ValueError(f"The unit costs of {label} must run low ≤ typical ≤ high.")


def _check_amount(value: object, words: str) -> None:
    # bool is an int to Python, but True is never a price someone meant.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{words} must be a number.")
    if value < 0:
        raise ValueError(f"{words} cannot be negative.")

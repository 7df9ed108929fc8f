"""Real-looking site projects for the rollup tests, built through the app's own import path."""

from dataclasses import replace
from pathlib import Path

from app.core.domain import Device
from app.core.matching import Matcher
from app.core.pricing.price_book import CATEGORIES, CategoryPrice, PriceBook, default_price_book
from app.core.store.imports import KB_VERSION_SETTING
from app.core.store.project import Project


def device(make: str, model: str, serial: str = "", mac: str = "", site: str = "", location: str = "", **more):
    return Device(manufacturer=make, model=model, serial=serial, mac=mac, site=site, location=location, **more)


def flat_book(
    unit: tuple[float, float, float],
    hours: float,
    rate: float,
    disposal: float,
    contingency: float,
    tax: float,
    currency: str = "USD",
) -> PriceBook:
    """A price book with the same prices for every category, easy to compute by hand."""
    low, typical, high = unit
    categories = {code: CategoryPrice(low, typical, high, hours, "test", "2026") for code in CATEGORIES}
    return replace(
        default_price_book(),
        categories=categories,
        labour_rate=rate,
        disposal=disposal,
        contingency_pct=contingency,
        tax_pct=tax,
        currency=currency,
    )


def make_project(
    path: Path,
    matcher: Matcher,
    devices: list[Device],
    decisions: dict[int, str] | None = None,
    categories: dict[int, str] | None = None,
    book: PriceBook | None = None,
    include_review: bool = False,
    kb_version: str | None = None,
) -> Path:
    """A project whose devices are `devices` (ids 1, 2, … in order), with decisions and categories by position."""
    project = Project(path)
    project.import_devices(((d, matcher.match(d)) for d in devices), "inventory.xlsx")
    for index, decision in (decisions or {}).items():
        project.set_decision(index + 1, decision, "test")
    for index, code in (categories or {}).items():
        project.set_category(index + 1, code)
    if book is not None:
        project.set_setting("price_book", book.to_dict())
    if include_review:
        project.set_setting("include_review", True)
    project.set_setting(KB_VERSION_SETTING, matcher.kb.version if kb_version is None else kb_version)
    project.close()
    return path

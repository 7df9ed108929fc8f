"""The organisation view: every site project's counts and estimate, per site, per vendor, per category, in total.

Each project is read with a few aggregate queries (one pass over its devices), so combining 500
projects of 2,000 devices never holds their devices in memory. Each site keeps its own decisions,
price book and "count devices to review" choice: its figures here are those of its own report.
"""

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from app.core.domain import DEVICE_FIELDS, Device
from app.core.kb.installed import version_of
from app.core.kb.knowledge import KnowledgeBase
from app.core.language import QT_TRANSLATE_NOOP, say, words
from app.core.matching import Matcher
from app.core.pricing.estimate import NO_VENDOR, Estimate, GroupNames, Subtotal, in_estimate, unit_estimate
from app.core.pricing.price_book import CATEGORIES, PriceBook
from app.core.rollup.site_file import DAMAGED_DEVICES, SiteFile, SkippedFile, open_site, project_files
from app.core.store.project import Cancelled
from app.core.where import Where

CURRENT, OLDER, NEWER, RECHECKED = "current", "older", "newer", "rechecked"
_MOST_SITE_NAMES = 3


class _Group(NamedTuple):
    """Devices that count alike: what in_estimate and the breakdowns read."""

    verdict: str
    vendor_name: str
    category: str
    decision: str
    site: str = ""


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str  # one sentence


@dataclass(frozen=True)
class SiteTotals:
    """One project's figures, as its own report would give them."""

    path: Path
    project: str  # the file's name without .vetted
    sites: str  # the site names its devices carry, most devices first
    devices: int
    flagged: int
    review: int
    decided: int  # marked replace or dismissed
    to_replace: dict[tuple[str, str], int]  # (vendor, category code): devices in the estimate
    book: PriceBook
    include_review: bool
    kb_version: str  # the knowledge base that checked it ('' if not recorded)
    kb_status: str  # CURRENT, OLDER, NEWER or RECHECKED

    @property
    def replacing(self) -> int:
        return sum(self.to_replace.values())

    @cached_property
    def estimate(self) -> Estimate:
        return sum(
            (unit_estimate(self.book, category).times(n) for (_, category), n in self.to_replace.items()), Estimate()
        )


@dataclass(frozen=True)
class OrgTotals:
    overall: Subtotal
    by_vendor: dict[str, Subtotal]
    by_category: dict[str, Subtotal]  # by category code


@dataclass
class Organisation:
    sites: list[SiteTotals]
    skipped: list[Skipped]
    kb_version: str  # the running Vetted's knowledge base
    currency: str
    rechecked: bool = False  # older projects were re-checked with the running knowledge base
    created: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))

    @cached_property
    def totals(self) -> OrgTotals:
        devices: dict[int, Counter[str]] = {0: Counter(), 1: Counter()}
        cost: dict[int, dict[str, Estimate]] = {0: {}, 1: {}}
        for site in self.sites:
            for key, count in site.to_replace.items():
                unit = unit_estimate(site.book, key[1]).times(count)
                for position in (0, 1):
                    devices[position][key[position]] += count
                    cost[position][key[position]] = cost[position].get(key[position], Estimate()) + unit

        def breakdown(position: int) -> dict[str, Subtotal]:
            order = sorted(devices[position], key=lambda n: (-cost[position][n].typical, n.casefold()))
            return {n: Subtotal(devices[position][n], cost[position][n]) for n in order}

        overall = Subtotal(sum(s.replacing for s in self.sites), sum((s.estimate for s in self.sites), Estimate()))
        return OrgTotals(overall, breakdown(0), breakdown(1))

    @property
    def older(self) -> list[SiteTotals]:
        """Sites checked with another knowledge base than the running one, and not re-checked."""
        return [s for s in self.sites if s.kb_status in (OLDER, NEWER)]

    def counts(self) -> dict[str, int]:
        return {
            "devices": sum(s.devices for s in self.sites),
            "flagged": sum(s.flagged for s in self.sites),
            "review": sum(s.review for s in self.sites),
            "decided": sum(s.decided for s in self.sites),
            "replacing": sum(s.replacing for s in self.sites),
        }


def combine(
    paths: Iterable[Path],
    kb: KnowledgeBase,
    recheck: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Organisation:
    """Combine the projects at `paths` (files, or folders of .vetted files), reading each read-only.

    With `recheck`, a project checked with another knowledge base is decided again, in memory, with `kb` (and
    the project's own "where you are");
    its decisions and category corrections stay. A file that cannot be combined is listed as skipped.
    Raises Cancelled if `cancelled()` turns true.
    """
    files = project_files(list(paths))
    vendors = GroupNames()
    matchers: dict[str, Matcher] = {}  # one per place the projects were checked for
    sites: list[SiteTotals] = []
    skipped: list[Skipped] = []
    for done, path in enumerate(files):
        if cancelled and cancelled():
            raise Cancelled
        if progress:
            progress(done, len(files))
        try:
            site = open_site(path)
        except SkippedFile as reason:
            skipped.append(Skipped(path, str(reason)))
            continue
        try:
            status = _kb_status(site.kb_version, kb.version)
            if recheck and status != CURRENT:
                where = Where.from_setting(site.where)
                matcher = matchers.get(repr(where)) or matchers.setdefault(repr(where), Matcher(kb, where))
                groups = _rechecked_groups(site, matcher.match)
                status = RECHECKED
            else:
                groups = _stored_groups(site)
            sites.append(_site_totals(site, groups, status, vendors))
        except sqlite3.Error:
            skipped.append(Skipped(path, say("Errors", DAMAGED_DEVICES, name=path.name)))
        finally:
            site.close()
    if progress:
        progress(len(files), len(files))
    currency = _usual_currency(sites)
    others = [s for s in sites if s.book.currency != currency]
    skipped += [
        Skipped(
            s.path,
            say(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "{name} prices in {currency}, the other projects in {usual}."),
                name=s.path.name,
                currency=s.book.currency,
                usual=currency,
            ),
        )
        for s in others
    ]
    kept = [s for s in sites if s.book.currency == currency]
    return Organisation(kept, skipped, kb.version, currency, recheck)


_CHECKED_WITH = {
    CURRENT: QT_TRANSLATE_NOOP("Rollup", "this Vetted's ({version})"),
    OLDER: QT_TRANSLATE_NOOP("Rollup", "older ({version})"),
    NEWER: QT_TRANSLATE_NOOP("Rollup", "newer ({version})"),
    RECHECKED: QT_TRANSLATE_NOOP("Rollup", "re-checked now (was {version})"),
}


def checked_with(site: SiteTotals, lang: str = "en") -> str:
    """Which knowledge base a site's figures come from, in a few words (in `lang`)."""
    w = words(lang)
    version = site.kb_version or w.translate("Rollup", QT_TRANSLATE_NOOP("Rollup", "not recorded"))
    return w.translate("Rollup", _CHECKED_WITH[site.kb_status]).format(version=version)


def _kb_status(version: str, running: str) -> str:
    if version and version == running:
        return CURRENT
    if version and running and version_of({"version": version}) > version_of({"version": running}):
        return NEWER
    return OLDER


def _stored_groups(site: SiteFile) -> Counter[_Group]:
    """Devices grouped by verdict, vendor, category, decision and site, counted by SQLite in one pass."""
    rows = site.conn.execute(
        f"SELECT d.verdict, trim(d.vendor_name), {site.category_sql}, coalesce(x.decision, ''), trim(d.site), "
        "count(*) FROM devices d LEFT JOIN decisions x ON x.device_id = d.id GROUP BY 1, 2, 3, 4, lower(trim(d.site))"
    )
    return Counter({_Group(*key): count for *key, count in rows})


def _rechecked_groups(site: SiteFile, match: Callable[[Device], object]) -> Counter[_Group]:
    """The same groups, each device decided again by `match`; the devices stream through one at a time."""
    override = "d.category_override" if site.schema >= 2 else "''"
    names = ("sheet", "row", *DEVICE_FIELDS)
    columns, at_site = ", ".join(f"d.{c}" for c in names), names.index("site")
    rows = site.conn.execute(
        f"SELECT {columns}, {override}, coalesce(x.decision, '') "
        "FROM devices d LEFT JOIN decisions x ON x.device_id = d.id"
    )
    groups: Counter[_Group] = Counter()
    for *values, category_override, decision in rows:
        found = match(Device(*values))
        category = category_override or found.category
        groups[_Group(found.verdict.value, found.vendor_name.strip(), category, decision, values[at_site].strip())] += 1
    return groups


def _site_totals(site: SiteFile, groups: Counter[_Group], status: str, vendors: GroupNames) -> SiteTotals:
    verdicts: Counter[str] = Counter()
    decided = 0
    to_replace: Counter[tuple[str, str]] = Counter()
    for group, count in groups.items():
        verdicts[group.verdict] += count
        decided += count if group.decision else 0
        if in_estimate(group, site.include_review):
            category = group.category if group.category in CATEGORIES else "other"  # priced as 'other' anyway
            to_replace[vendors.vendor(group.vendor_name or NO_VENDOR), category] += count
    return SiteTotals(
        site.path,
        site.name,
        _site_names(groups),
        sum(verdicts.values()),
        verdicts["flagged"],
        verdicts["review"],
        decided,
        dict(to_replace),
        site.book,
        site.include_review,
        site.kb_version,
        status,
    )


def _site_names(groups: Counter[_Group]) -> str:
    """'North School, Annex and 2 more': the sites a project's devices name, most devices first."""
    devices: Counter[str] = Counter()
    spelt: dict[str, str] = {}
    for group, count in groups.items():
        if group.site:
            devices[spelt.setdefault(group.site.lower(), group.site)] += count
    names = sorted(devices, key=lambda name: (-devices[name], name.lower()))
    shown = ", ".join(names[:_MOST_SITE_NAMES])
    more = len(names) - _MOST_SITE_NAMES
    return f"{shown} and {more} more" if more > 0 else shown


def _usual_currency(sites: list[SiteTotals]) -> str:
    """The currency most projects price in (the first one's, on a tie); USD with none."""
    counts = Counter(s.book.currency for s in sites)
    if not counts:
        return "USD"
    best = max(counts.values())
    return next(s.book.currency for s in sites if counts[s.book.currency] == best)

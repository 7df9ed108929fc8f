"""The organisation PDF for head office: totals, cost by vendor, then every site, category and skipped file."""

from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from app.core.pricing.estimate import Subtotal
from app.core.pricing.money import format_money
from app.core.pricing.price_book import category_name
from app.core.rollup.combine import Organisation, checked_with
from app.ui.cost_chart import cost_chart_image
from app.ui.report_pdf import CHART_PIXELS, CHART_WIDTH, GAP, new_document, print_document

_CHART_LINES = 12


def write_org_pdf(org: Organisation, path: Path) -> None:
    """Write the organisation summary; ExportError with one sentence if it cannot be written."""
    document = new_document()
    vendors = list(org.totals.by_vendor.items())[:_CHART_LINES]
    if vendors:
        image = cost_chart_image("Typical replacement cost by vendor", vendors, org.currency, CHART_PIXELS)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:vendors"), image)
    document.setHtml(_html(org, CHART_WIDTH))
    print_document(document, path, "Organisation replacement estimate")


def _money(org: Organisation, amount: float) -> str:
    return format_money(amount, org.currency)


def _html(org: Organisation, chart_width: int) -> str:
    counts, overall = org.counts(), org.totals.overall
    projects = f"{len(org.sites):,} site project{'s' * (len(org.sites) != 1)}"
    parts = [
        "<h1>Organisation replacement estimate</h1>",
        f"<p class='lead'>{projects} combined"
        + (f", {len(org.skipped)} skipped" if org.skipped else "")
        + f"<br>Prepared with Vetted on {org.created:%d %B %Y}</p>",
        f"<p class='lead'>Replacing the <b>{overall.devices:,} devices</b> in scope would cost about "
        f"<b>{_money(org, overall.cost.typical)}</b>, within a range of {_money(org, overall.cost.low)} to "
        f"{_money(org, overall.cost.high)}.</p>",
        f"<p>Of {counts['devices']:,} devices checked, {counts['flagged']:,} flagged and {counts['review']:,} to "
        f"review; {counts['decided']:,} have a decision. Each site is counted and priced as its own report "
        "counts and prices it: its decisions, its price book.</p>",
    ]
    if org.older:
        parts.append(
            f"<p><b>{len(org.older)} project{'s were' if len(org.older) != 1 else ' was'} checked with another "
            "knowledge base</b> than this Vetted's; their figures may change when checked again.</p>"
        )
    parts.append(_breakdown(org, "By vendor", org.totals.by_vendor))
    if org.totals.by_vendor:
        parts.append(f"<p><img src='chart:vendors' width='{chart_width}'></p>")
    by_category = {category_name(c): s for c, s in org.totals.by_category.items()}
    parts.append(_breakdown(org, "By category", by_category))
    parts.append(_sites(org))
    if org.skipped:
        rows = "".join(
            f"<tr class='{'odd' if n % 2 else ''}'><td>{escape(s.path.name)}</td><td>{escape(s.reason)}</td></tr>"
            for n, s in enumerate(org.skipped)
        )
        parts.append(
            f"{GAP}<h3>Skipped</h3><table width='100%' cellspacing='0' cellpadding='4'>"
            f"<thead><tr><th>File</th><th>Why</th></tr></thead>{rows}</table>"
        )
    parts.append(
        "<p class='note'>An estimate, not a quote. The Excel report has each site's prices and rates, and its "
        "totals follow any price changed there.</p>"
    )
    return "".join(parts)


def _breakdown(org: Organisation, title: str, lines: dict[str, Subtotal]) -> str:
    def row(name: str, s: Subtotal, css: str) -> str:
        money = "".join(f"<td class='n'>{_money(org, getattr(s.cost, b))}</td>" for b in ("low", "typical", "high"))
        return f"<tr class='{css}'><td>{escape(name)}</td><td class='n'>{s.devices:,}</td>{money}</tr>"

    rows = "".join(row(name, s, "odd" if n % 2 else "") for n, (name, s) in enumerate(lines.items()))
    rows += row("Total", org.totals.overall, "total")
    return (
        f"{GAP}<h3>{escape(title)}</h3><table width='100%' cellspacing='0' cellpadding='4'>"
        f"<thead><tr><th>{escape(title.removeprefix('By ').capitalize())}</th><th class='n'>Devices</th>"
        f"<th class='n'>Low</th><th class='n'>Typical</th><th class='n'>High</th></tr></thead>{rows}</table>"
    )


def _sites(org: Organisation) -> str:
    rows = []
    for n, site in enumerate(org.sites):
        name = escape(site.project) + (
            f"<br><span style='color:#595959'>{escape(site.sites)}</span>" if site.sites else ""
        )
        older = "" if site.kb_status == "current" else f"<br><i>knowledge base {escape(checked_with(site))}</i>"
        rows.append(
            f"<tr class='{'odd' if n % 2 else ''}'><td>{name}{older}</td><td class='n'>{site.devices:,}</td>"
            f"<td class='n'>{site.flagged:,}</td><td class='n'>{site.decided:,}</td>"
            f"<td class='n'>{site.replacing:,}</td><td class='n'>{_money(org, site.estimate.typical)}</td></tr>"
        )
    return (
        f"{GAP}<h3>By site</h3><table width='100%' cellspacing='0' cellpadding='4'><thead><tr><th>Project</th>"
        "<th class='n'>Devices</th><th class='n'>Flagged</th><th class='n'>Decided</th><th class='n'>To replace</th>"
        f"<th class='n'>Typical</th></tr></thead>{''.join(rows)}</table>"
    )

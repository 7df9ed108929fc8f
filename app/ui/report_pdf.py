"""The PDF summary a manager hands to their boss: totals, a chart, flagged devices by site, sources, assumptions.

Qt's QPdfWriter and QTextDocument are the only PDF tools Vetted ships, so this lives in the UI layer;
it needs a QGuiApplication and makes one on the offscreen platform when the CLI has none.
"""

from collections import Counter
from functools import cache
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.core.export.output import ends_with, report_file
from app.core.export.report import Report
from app.core.kb.kinds import KIND_LABELS
from app.core.pricing import sheet
from app.core.pricing.estimate import GroupNames, Subtotal, site_name, unit_estimate, vendor_label
from app.core.pricing.money import format_money
from app.core.pricing.price_book import CATEGORIES, category_name
from app.ui.cost_chart import cost_chart_image

_RESOLUTION = 300  # dots per inch of the PDF's layout: sharp text and charts, small files
# QTextDocument.print_ keeps 2 cm margins of its own (and numbers the pages in them), so the page
# layout has none: an A4 page then has 17 cm of text width, 6.6 in.
_TEXT_WIDTH_INCHES = 6.6
_CSS_DPI = 96  # QTextDocument sizes images in CSS pixels
_GAP = "<p style='font-size: 4pt'>&nbsp;</p>"  # Qt drops a heading's top margin after a table; this keeps it
_CHART_LINES = 12  # bars beyond this get too thin to read; the tables list everything
_LINES_PER_SITE = 25  # kinds of device listed per site; the Excel report has every device
_SITES = 40
_STYLE = """
body { font-size: 9pt; color: #262626; }
h1 { font-size: 22pt; color: #1F3864; margin-bottom: 2pt; }
h2 { font-size: 14pt; color: #1F3864; margin-top: 14pt; margin-bottom: 4pt; }
h3 { font-size: 11pt; color: #1F3864; margin-top: 16pt; margin-bottom: 4pt; }
p.lead { font-size: 11pt; }
p.note { color: #595959; font-size: 8pt; }
th { background-color: #1F3864; color: white; font-weight: bold; text-align: left; }
td.n, th.n { text-align: right; }
tr.total td { font-weight: bold; border-top: 1px solid #1F3864; }
tr.odd td { background-color: #F2F4F8; }
p.quote { font-style: italic; color: #404040; margin-left: 12pt; }
"""


def write_pdf(report: Report, path: Path) -> None:
    """Write the PDF summary of `report`; ExportError with one sentence if it cannot be written."""
    _gui_application()
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    lines = list(report.totals.by_vendor.items())[:_CHART_LINES]
    sites = list(report.totals.by_site.items())[:_CHART_LINES]
    currency = report.price_book.currency
    width = round(_TEXT_WIDTH_INCHES * _RESOLUTION)  # the chart image: as many pixels as the page prints
    for name, chart_lines, title in (
        ("vendors", lines, "Typical replacement cost by vendor"),
        ("sites", sites, "Typical replacement cost by site"),
    ):
        if chart_lines:
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"chart:{name}"),
                cost_chart_image(title, chart_lines, currency, width),
            )
    document.setHtml(_html(report, round(_TEXT_WIDTH_INCHES * _CSS_DPI)))
    # QPdfWriter reports no write error: a full disk leaves a truncated PDF, known by its missing end.
    with report_file(path, complete=ends_with(b"%%EOF")) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(_RESOLUTION)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(f"Replacement estimate: {report.title}")
        writer.setCreator("Vetted")
        document.print_(writer)  # ends the PDF and closes the file, so report_file can move it into place


@cache
def _gui_application() -> QGuiApplication:
    """The running application, or an offscreen one (kept alive by the cache) for the command line."""
    existing = QGuiApplication.instance()
    return existing if existing is not None else QGuiApplication(["vetted", "-platform", "offscreen"])


def _html(report: Report, chart_width: int) -> str:
    currency = report.price_book.currency
    return "".join(
        [
            _title_page(report),
            "<h2 style='page-break-before: always'>Where the money goes</h2>",
            *(
                f"<p><img src='chart:{n}' width='{chart_width}'></p>"
                for n, lines in (("vendors", report.totals.by_vendor), ("sites", report.totals.by_site))
                if lines
            ),
            _breakdown(
                "By category",
                {category_name(c): s for c, s in report.totals.by_category.items()},
                report.totals.overall,
                currency,
            ),
            _by_site(report),
            _sources(report),
            _assumptions(report),
        ]
    )


def _where(report: Report) -> str:
    label = report.where.label()
    return f"<br>Rules of {escape(label)} first" if label else ""


def _title_page(report: Report) -> str:
    totals, currency = report.totals, report.price_book.currency
    verdicts = Counter(d.verdict for d in report.devices)
    cost = totals.overall.cost
    parts = [
        "<h1>Replacement estimate</h1>",
        f"<p class='lead'>{escape(report.title)}<br>Prepared with Vetted on {report.created:%d %B %Y}"
        f"{_where(report)}</p>",
        f"<p class='lead'>Replacing the <b>{_devices(totals.overall.devices)}</b> in scope would cost about "
        f"<b>{format_money(cost.typical, currency)}</b>, within a range of {format_money(cost.low, currency)} "
        f"to {format_money(cost.high, currency)}.</p>",
        f"<p>Of {_devices(len(report.devices))} checked, {verdicts['flagged']:,} flagged and "
        f"{verdicts['review']:,} to review. In scope: {_scope(report)}</p>",
        _breakdown("By vendor", report.totals.by_vendor, totals.overall, currency),
        "<p class='note'>An estimate, not a quote: unit prices, labour and rates are the assumptions listed at the "
        "end of this report, and each can be changed in Vetted's price book.</p>",
    ]
    return "".join(parts)


def _scope(report: Report) -> str:
    review = "and those to review, " if report.include_review else ""
    return f"flagged devices {review}plus any marked for replacement, less any dismissed."


def _breakdown(title: str, lines: dict[str, Subtotal], total: Subtotal, currency: str) -> str:
    rows = "".join(_cost_row(name, s, currency, _stripe(n)) for n, (name, s) in enumerate(lines.items()))
    rows += _cost_row("Total", total, currency, "total") if len(lines) > 1 else ""
    return (
        f"{_GAP}<h3>{escape(title)}</h3><table width='100%' cellspacing='0' cellpadding='4'>"
        f"<thead><tr><th>{escape(title.removeprefix('By ').capitalize())}</th><th class='n'>Devices</th>"
        f"<th class='n'>Low</th><th class='n'>Typical</th><th class='n'>High</th></tr></thead>{rows}</table>"
    )


def _devices(count: int) -> str:
    return f"{count:,} device" + "s" * (count != 1)


def _stripe(number: int) -> str:
    return "odd" if number % 2 else ""


def _cost_row(name: str, subtotal: Subtotal, currency: str, css: str = "") -> str:
    money = [format_money(v, currency) for v in (subtotal.cost.low, subtotal.cost.typical, subtotal.cost.high)]
    return (
        f"<tr class='{css}'><td>{escape(name)}</td><td class='n'>{subtotal.devices:,}</td>"
        + "".join(f"<td class='n'>{m}</td>" for m in money)
        + "</tr>"
    )


def _by_site(report: Report) -> str:
    """Per site, the kinds of device to replace (vendor, category, model) with counts and typical cost."""
    currency = report.price_book.currency
    typical = {code: unit_estimate(report.price_book, code).typical for code in CATEGORIES}
    groups = GroupNames()  # the same grouping as the totals, so each site's lines add up to its total
    kinds: dict[str, Counter] = {}
    for device in report.replaced:
        category = device.category if device.category in typical else "other"
        key = (groups.vendor(vendor_label(device)), category, device.model.strip() or "(no model)")
        kinds.setdefault(groups.site(site_name(device)), Counter())[key] += 1
    parts = ["<h2 style='page-break-before: always'>Flagged devices by site</h2>"]
    for site, subtotal in list(report.totals.by_site.items())[:_SITES]:
        lines = sorted(kinds[site].items(), key=lambda item: -item[1] * typical[item[0][1]])
        rows = "".join(
            f"<tr class='{_stripe(n)}'><td>{escape(vendor)}</td><td>{escape(category_name(category))}</td>"
            f"<td>{escape(model)}</td><td class='n'>{count:,}</td>"
            f"<td class='n'>{format_money(count * typical[category], currency)}</td></tr>"
            for n, ((vendor, category, model), count) in enumerate(lines[:_LINES_PER_SITE])
        )
        more = len(lines) - _LINES_PER_SITE
        rows += (
            f"<tr><td colspan='5'><i>and {more:,} more kinds of device: see the Excel report</i></td></tr>"
            if more > 0
            else ""
        )
        parts.append(
            f"{_GAP}<h3>{escape(site)}: {_devices(subtotal.devices)}, about "
            f"{format_money(subtotal.cost.typical, currency)}</h3>"
            "<table width='100%' cellspacing='0' cellpadding='3'><thead><tr><th width='20%'>Vendor</th>"
            f"<th width='28%'>Category</th><th width='28%'>Model</th><th class='n' width='10%'>Devices</th>"
            f"<th class='n' width='14%'>Typical cost</th></tr></thead>{rows}</table>"
        )
    if len(report.totals.by_site) > _SITES:
        parts.append(f"<p class='note'>{len(report.totals.by_site) - _SITES:,} more sites are in the Excel report.</p>")
    if not report.replaced:
        parts.append("<p>No device is to be replaced.</p>")
    return "".join(parts)


def _sources(report: Report) -> str:
    parts = ["<h2 style='page-break-before: always'>Why these devices are flagged: the sources</h2>"]
    for cited in report.sources:
        s = cited.source
        facts = " · ".join(
            escape(f) for f in (KIND_LABELS.get(s.kind, s.kind), s.jurisdiction, s.date, s.publisher) if f
        )
        parts.append(
            f"{_GAP}<h3>{escape(s.title or s.short)}</h3><p>{facts}<br>Concerns: {escape(', '.join(cited.vendors))}"
            + (f"<br><a href='{escape(s.url, quote=True)}'>{escape(s.url)}</a>" if s.url else "")
            + "</p>"
            + (f"<p class='quote'>“{escape(s.quote)}”</p>" if s.quote else "")
        )
    if not report.sources:
        parts.append("<p>No source is cited: no device in this report is flagged.</p>")
    return "".join(parts)


def _assumptions(report: Report) -> str:
    book, currency = report.price_book, report.price_book.currency
    rows = "".join(
        f"<tr class='{_stripe(n)}'><td>{escape(category_name(code))}</td>"
        + "".join(
            f"<td class='n'>{format_money(getattr(book.categories[code], band), currency)}</td>"
            for band in sheet.UNIT_COLUMNS
        )
        + f"<td class='n'>{book.categories[code].labour_hours:g}</td>"
        f"<td class='n'>{format_money(unit_estimate(book, code).typical, currency)}</td>"
        f"<td><small>{_sourced(book.categories[code].source, book.categories[code].dated)}</small></td></tr>"
        for n, code in enumerate(CATEGORIES)
    )
    return (
        "<h2 style='page-break-before: always'>Assumptions</h2>"
        f"<p>Every figure is an estimate, not a quote. One device costs (unit price + install hours × labour rate "
        f"+ disposal) × (1 + contingency) × (1 + tax). Labour is {format_money(book.labour_rate, currency)} an hour, "
        f"disposal {format_money(book.disposal, currency)} a device, contingency {book.contingency_pct:g} %, tax "
        f"{book.tax_pct:g} %, in {escape(currency)}.</p>"
        f"<p class='note'>{_sourced(book.rates_source, book.rates_dated)}</p>"
        f"<p>In scope: {_scope(report)}</p>"
        "<h3>Prices per category</h3>"
        "<table width='100%' cellspacing='0' cellpadding='3'><thead><tr><th width='16%'>Category</th>"
        "<th class='n' width='9%'>Unit low</th><th class='n' width='9%'>Unit typical</th>"
        "<th class='n' width='9%'>Unit high</th><th class='n' width='8%'>Hours</th>"
        f"<th class='n' width='10%'>All in, typical</th><th width='39%'>Source</th></tr></thead>{rows}</table>"
    )


def _sourced(source: str, dated: str) -> str:
    return escape(f"{source} ({dated})" if dated else source)

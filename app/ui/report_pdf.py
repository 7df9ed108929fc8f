"""The PDF summary a manager hands to their boss: totals, a chart, flagged devices by site, sources, assumptions.

Qt's QPdfWriter and QTextDocument are the only PDF tools Vetted ships, so this lives in the UI layer;
it needs a QGuiApplication and makes one on the offscreen platform when the CLI has none.
"""

from collections import Counter
from functools import cache
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.core.export.output import ends_with, report_file
from app.core.export.report import Report
from app.core.kb.kinds import KIND_LABELS
from app.core.language import QT_TRANSLATE_NOOP, Words
from app.core.pricing import sheet
from app.core.pricing.defaults import sourced
from app.core.pricing.estimate import GroupNames, Subtotal, site_name, unit_estimate, vendor_label
from app.core.pricing.money import format_money
from app.core.pricing.price_book import CATEGORIES, category_name
from app.core.where import LETTER_COUNTRIES, Where
from app.ui.cost_chart import cost_chart_image

_RESOLUTION = 300  # dots per inch of the PDF's layout: sharp text and charts, small files
# QTextDocument.print_ keeps 2 cm margins of its own (and numbers the pages in them), so the page
# layout has none: an A4 page then has 17 cm of text width, 6.6 in (Letter 6.9 in).
_TEXT_WIDTH_INCHES = 6.6
_LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
_CSS_DPI = 96  # QTextDocument sizes images in CSS pixels
CHART_WIDTH = round(_TEXT_WIDTH_INCHES * _CSS_DPI)  # a chart across the text, in the document's pixels
CHART_PIXELS = round(_TEXT_WIDTH_INCHES * _RESOLUTION)  # the chart image: as many pixels as the page prints
GAP = "<p style='font-size: 4pt'>&nbsp;</p>"  # Qt drops a heading's top margin after a table; this keeps it
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
td.n { white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 1px solid #1F3864; }
tr.odd td { background-color: #F2F4F8; }
td.site { font-size: 11pt; font-weight: bold; color: #1F3864; padding-left: 0; padding-top: 10pt; }
p.quote { font-style: italic; color: #404040; margin-left: 12pt; }
"""


def write_pdf(report: Report, path: Path) -> None:
    """Write the PDF summary of `report`; ExportError with one sentence if it cannot be written."""
    document = new_document()
    lines = list(report.totals.by_vendor.items())[:_CHART_LINES]
    sites = list(report.totals.by_site.items())[:_CHART_LINES]
    currency = report.price_book.currency
    w = report.words
    for name, chart_lines, title in (
        ("vendors", lines, w.translate("Report", "Typical replacement cost by vendor")),
        ("sites", sites, w.translate("Report", "Typical replacement cost by site")),
    ):
        if chart_lines:
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"chart:{name}"),
                cost_chart_image(title, chart_lines, currency, CHART_PIXELS, w),
            )
    document.setHtml(_html(report, CHART_WIDTH))
    title = w.translate("Report", "Replacement estimate: %1").replace("%1", report.title)
    print_document(document, path, title, report.where)


def page_size(where: Where | None = None, territory: QLocale.Country | None = None) -> QPageSize.PageSizeId:
    """Letter in the United States and Canada, A4 elsewhere: the country the user said they are in, else the
    system's."""
    if where and where.country:
        letter = where.country in LETTER_COUNTRIES
    else:
        letter = (QLocale.system().territory() if territory is None else territory) in _LETTER_TERRITORIES
    return QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4


def new_document() -> QTextDocument:
    """An empty document in the reports' style and font (made with the application Qt needs to lay it out)."""
    _gui_application()
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    return document


def print_document(document: QTextDocument, path: Path, title: str, where: Where | None = None) -> None:
    """Print `document` to a PDF at `path` on the paper used `where` the user is (page_size), written beside
    and swapped in only when complete."""
    # QPdfWriter reports no write error: a full disk leaves a truncated PDF, known by its missing end.
    with report_file(path, complete=ends_with(b"%%EOF")) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(_RESOLUTION)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(page_size(where)),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(title)
        writer.setCreator("Vetted")
        document.print_(writer)  # ends the PDF and closes the file, so report_file can move it into place


@cache
def _gui_application() -> QGuiApplication:
    """The running application, or an offscreen one (kept alive by the cache) for the command line."""
    existing = QGuiApplication.instance()
    return existing if existing is not None else QGuiApplication(["vetted", "-platform", "offscreen"])


def _html(report: Report, chart_width: int) -> str:
    currency, w = report.price_book.currency, report.words
    return "".join(
        [
            _title_page(report, chart_width),
            _new_page(w.translate("Report", "Where the money goes")),
            f"<p><img src='chart:sites' width='{chart_width}'></p>" if report.totals.by_site else "",
            _breakdown(
                w,
                _CATEGORY,
                {category_name(c, report.lang): s for c, s in report.totals.by_category.items()},
                report.totals.overall,
                currency,
            ),
            _by_site(report),
            _sources(report),
            _assumptions(report),
        ]
    )


_VENDOR = (QT_TRANSLATE_NOOP("Report", "By vendor"), QT_TRANSLATE_NOOP("Report", "Vendor"))
_CATEGORY = (QT_TRANSLATE_NOOP("Report", "By category"), QT_TRANSLATE_NOOP("Report", "Category"))
# Table headers looked up from a list below; marked here so lupdate finds them.
_HEADERS = (
    QT_TRANSLATE_NOOP("Report", "Devices"),
    QT_TRANSLATE_NOOP("Report", "Low"),
    QT_TRANSLATE_NOOP("Report", "Typical"),
    QT_TRANSLATE_NOOP("Report", "High"),
    QT_TRANSLATE_NOOP("Report", "Model"),
    QT_TRANSLATE_NOOP("Report", "Typical cost"),
    QT_TRANSLATE_NOOP("Report", "Unit low"),
    QT_TRANSLATE_NOOP("Report", "Unit typical"),
    QT_TRANSLATE_NOOP("Report", "Unit high"),
    QT_TRANSLATE_NOOP("Report", "Hours"),
    QT_TRANSLATE_NOOP("Report", "All in, typical"),
    QT_TRANSLATE_NOOP("Report", "Source"),
)


def _where(report: Report) -> str:
    label = report.where.label(report.lang)
    text = report.words.translate("Report", "Rules of %1 first")
    return f"<br>{escape(text.replace('%1', label))}" if label else ""


def _money(report: Report, amount: float) -> str:
    return format_money(amount, report.price_book.currency, report.lang)


def _count(report: Report, count: int) -> str:
    return report.words.number(count)


def _date(report: Report) -> str:
    return f"{report.created:%Y-%m-%d}" if report.lang == "fr" else f"{report.created:%d %B %Y}"


def _title_page(report: Report, chart_width: int) -> str:
    """The totals, and by vendor as a chart and a table: a page a manager can read alone, filled."""
    totals, currency, w = report.totals, report.price_book.currency, report.words
    verdicts = Counter(d.verdict for d in report.devices)
    cost = totals.overall.cost
    parts = [
        "<h1>" + escape(w.translate("Report", "Replacement estimate")) + "</h1>",
        f"<p class='lead'>{escape(report.title)}<br>"
        + escape(w.translate("Report", "Prepared with Vetted on %1").replace("%1", _date(report)))
        + f"{_where(report)}</p>",
        "<p class='lead'>"
        + w.translate(
            "Report",
            "Replacing the <b>%1</b> in scope would cost about <b>%2</b>, within a range of %3 to %4.",
        )
        .replace("%1", _devices(w, totals.overall.devices))
        .replace("%2", _money(report, cost.typical))
        .replace("%3", _money(report, cost.low))
        .replace("%4", _money(report, cost.high))
        + "</p>",
        "<p>"
        + escape(
            w.translate("Report", "Of %1 checked, %2 flagged and %3 to review. In scope: %4")
            .replace("%1", _devices(w, len(report.devices)))
            .replace("%2", _count(report, verdicts["flagged"]))
            .replace("%3", _count(report, verdicts["review"]))
            .replace("%4", _scope(report))
        )
        + "</p>",
        f"<p><img src='chart:vendors' width='{chart_width}'></p>" if report.totals.by_vendor else "",
        _breakdown(w, _VENDOR, report.totals.by_vendor, totals.overall, currency),
        "<p class='note'>"
        + escape(
            w.translate(
                "Report",
                "An estimate, not a quote: unit prices, labour and rates are the assumptions listed at the "
                "end of this report, and each can be changed in Vetted's price book.",
            )
        )
        + "</p>",
    ]
    return "".join(parts)


def _scope(report: Report) -> str:
    if report.include_review:
        return report.words.translate(
            "Report", "flagged devices and those to review, plus any marked for replacement, less any dismissed."
        )
    return report.words.translate("Report", "flagged devices plus any marked for replacement, less any dismissed.")


def _breakdown(w: Words, titles: tuple[str, str], lines: dict[str, Subtotal], total: Subtotal, currency: str) -> str:
    """A cost table; `titles` are its heading and its first column's header, in English."""
    rows = "".join(_cost_row(w, name, s, currency, _stripe(n)) for n, (name, s) in enumerate(lines.items()))
    rows += _cost_row(w, w.translate("Report", "Total"), total, currency, "total") if len(lines) > 1 else ""
    heading, column = (w.translate("Report", t) for t in titles)
    th = [escape(w.translate("Report", t)) for t in ("Devices", "Low", "Typical", "High")]
    return (
        f"{GAP}<h3>{escape(heading)}</h3><table width='100%' cellspacing='0' cellpadding='4'>"
        f"<thead><tr><th>{escape(column)}</th>"
        + "".join(f"<th class='n'>{t}</th>" for t in th)
        + f"</tr></thead>{rows}</table>"
    )


def _devices(w: Words, count: int) -> str:
    text = w.translate("Report", "1 device") if count == 1 else w.translate("Report", "%1 devices")
    return text.replace("%1", w.number(count))


def _stripe(number: int) -> str:
    return "odd" if number % 2 else ""


def _cost_row(w: Words, name: str, subtotal: Subtotal, currency: str, css: str = "") -> str:
    cost = subtotal.cost
    money = [format_money(v, currency, w.lang) for v in (cost.low, cost.typical, cost.high)]
    return (
        f"<tr class='{css}'><td>{escape(name)}</td><td class='n'>{w.number(subtotal.devices)}</td>"
        + "".join(f"<td class='n'>{m}</td>" for m in money)
        + "</tr>"
    )


def _by_site(report: Report) -> str:
    """Per site, the kinds of device to replace (vendor, category, model) with counts and typical cost."""
    w = report.words
    typical = {code: unit_estimate(report.price_book, code).typical for code in CATEGORIES}
    groups = GroupNames()  # the same grouping as the totals, so each site's lines add up to its total
    kinds: dict[str, Counter] = {}
    for device in report.replaced:
        category = device.category if device.category in typical else "other"
        model = device.model.strip() or w.translate("Report", "(no model)")
        key = (groups.vendor(vendor_label(device)), category, model)
        kinds.setdefault(groups.site(site_name(device)), Counter())[key] += 1
    # Continues the costs' page: a small report's sites fill it, a large one's flow on.
    heading = w.translate("Report", "Flagged devices by site")
    parts = [f"{GAP}<h2>{escape(heading)}</h2>"]
    headers = [escape(w.translate("Report", t)) for t in ("Vendor", "Category", "Model", "Devices", "Typical cost")]
    for site, subtotal in list(report.totals.by_site.items())[:_SITES]:
        lines = sorted(kinds[site].items(), key=lambda item: -item[1] * typical[item[0][1]])
        rows = "".join(
            f"<tr class='{_stripe(n)}'><td>{escape(vendor)}</td><td>{escape(category_name(category, report.lang))}</td>"
            f"<td>{escape(model)}</td><td class='n'>{w.number(count)}</td>"
            f"<td class='n'>{_money(report, count * typical[category])}</td></tr>"
            for n, ((vendor, category, model), count) in enumerate(lines[:_LINES_PER_SITE])
        )
        more = len(lines) - _LINES_PER_SITE
        rows += (
            "<tr><td colspan='5'><i>"
            + escape(
                w.translate("Report", "and %1 more kinds of device: see the Excel report").replace("%1", w.number(more))
            )
            + "</i></td></tr>"
            if more > 0
            else ""
        )
        # The site's heading is a header row of its table: never left alone at the foot of a page, and
        # repeated above the rest of the table on the next.
        parts.append(
            f"{GAP}<table width='100%' cellspacing='0' cellpadding='3'><thead><tr><td colspan='5' class='site'>"
            + escape(
                w.translate("Report", "%1: %2, about %3")
                .replace("%1", site)
                .replace("%2", _devices(w, subtotal.devices))
                .replace("%3", _money(report, subtotal.cost.typical))
            )
            + "</td></tr><tr>"
            f"<th width='18%'>{headers[0]}</th><th width='27%'>{headers[1]}</th><th width='27%'>{headers[2]}</th>"
            f"<th class='n' width='12%'>{headers[3]}</th><th class='n' width='16%'>{headers[4]}</th>"
            f"</tr></thead>{rows}</table>"
        )
    if len(report.totals.by_site) > _SITES:
        more = w.translate("Report", "%1 more sites are in the Excel report.")
        parts.append(f"<p class='note'>{escape(more.replace('%1', w.number(len(report.totals.by_site) - _SITES)))}</p>")
    if not report.replaced:
        parts.append("<p>" + escape(w.translate("Report", "No device is to be replaced.")) + "</p>")
    return "".join(parts)


def _sources(report: Report) -> str:
    w = report.words
    parts = [_new_page(w.translate("Report", "Why these devices are flagged: the sources"))]
    for cited in report.sources:
        s = cited.source
        kind = w.translate("Kind", KIND_LABELS.get(s.kind, s.kind))
        facts = " · ".join(escape(f) for f in (kind, s.jurisdiction, s.date, s.publisher) if f)
        concerns = w.translate("Report", "Concerns: %1").replace("%1", ", ".join(cited.vendors))
        parts.append(
            f"{GAP}<h3>{escape(s.title or s.short)}</h3><p>{facts}<br>{escape(concerns)}"
            + (f"<br><a href='{escape(s.url, quote=True)}'>{escape(s.url)}</a>" if s.url else "")
            + "</p>"
            + (f"<p class='quote'>“{escape(s.quote)}”</p>" if s.quote else "")
        )
    if not report.sources:
        parts.append(
            "<p>" + escape(w.translate("Report", "No source is cited: no device in this report is flagged.")) + "</p>"
        )
    return "".join(parts)


def _assumptions(report: Report) -> str:
    book, currency, w = report.price_book, report.price_book.currency, report.words
    rows = "".join(
        f"<tr class='{_stripe(n)}'><td>{escape(category_name(code, report.lang))}</td>"
        + "".join(
            f"<td class='n'>{_money(report, getattr(book.categories[code], band))}</td>" for band in sheet.UNIT_COLUMNS
        )
        + f"<td class='n'>{_decimal(report, book.categories[code].labour_hours)}</td>"
        f"<td class='n'>{_money(report, unit_estimate(book, code).typical)}</td>"
        f"<td><small>{_sourced(book.categories[code], report.lang)}</small></td></tr>"
        for n, code in enumerate(CATEGORIES)
    )
    assumptions = (
        w.translate(
            "Report",
            "Every figure is an estimate, not a quote. One device costs (unit price + install hours × labour rate "
            "+ disposal) × (1 + contingency) × (1 + tax). Labour is %1 an hour, disposal %2 a device, "
            "contingency %3 %, tax %4 %, in %5.",
        )
        .replace("%1", _money(report, book.labour_rate))
        .replace("%2", _money(report, book.disposal))
        .replace("%3", _decimal(report, book.contingency_pct))
        .replace("%4", _decimal(report, book.tax_pct))
        .replace("%5", currency)
    )
    th = [
        escape(w.translate("Report", t))
        for t in ("Category", "Unit low", "Unit typical", "Unit high", "Hours", "All in, typical", "Source")
    ]
    return (
        _new_page(w.translate("Report", "Assumptions")) + f"<p>{escape(assumptions)}</p>"
        f"<p class='note'>{escape(sourced(book.rates_source, book.rates_dated, report.lang))}</p>"
        + "<p>"
        + escape(w.translate("Report", "In scope: %1").replace("%1", _scope(report)))
        + "</p><h3>"
        + escape(w.translate("Report", "Prices per category"))
        + "</h3>"
        f"<table width='100%' cellspacing='0' cellpadding='3'><thead><tr><th width='16%'>{th[0]}</th>"
        f"<th class='n' width='9%'>{th[1]}</th><th class='n' width='9%'>{th[2]}</th>"
        f"<th class='n' width='9%'>{th[3]}</th><th class='n' width='8%' style='white-space: nowrap'>{th[4]}</th>"
        f"<th class='n' width='10%'>{th[5]}</th><th width='39%'>{th[6]}</th></tr></thead>{rows}</table>"
    )


def _decimal(report: Report, value: float) -> str:
    """8.5 or 8,5: hours and percentages as written, with the language's decimal mark."""
    text = f"{value:g}"
    return text.replace(".", ",") if report.lang == "fr" else text


def _new_page(heading: str) -> str:
    return f"<h2 style='page-break-before: always'>{escape(heading)}</h2>"


def _sourced(price, lang: str) -> str:
    """A category's note and its date, in the reader's language while they are the ones Vetted shipped."""
    return escape(sourced(price.source, price.dated, lang))

"""A bar chart of replacement cost: one bar a vendor (or site) at its typical cost, a line from low to high.

Drawn with QPainter so it needs nothing beyond QtGui: the PDF report paints it into an image, and a
widget can paint it in its paintEvent.
"""

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen

from app.core.language import Words, words
from app.core.pricing.estimate import Subtotal
from app.core.pricing.money import format_money

BAR = QColor("#1F3864")
RANGE = QColor("#C55A11")
GRID = QColor("#D9D9D9")
TEXT = QColor("#262626")
MUTED = QColor("#595959")
_EXTRA_SLOTS = 3.2


@dataclass(frozen=True)
class ChartColors:
    """The chart's colours: printed on white, or following the window's palette (a dark mode too)."""

    bar: QColor = field(default_factory=lambda: QColor(BAR))
    range: QColor = field(default_factory=lambda: QColor(RANGE))
    grid: QColor = field(default_factory=lambda: QColor(GRID))
    text: QColor = field(default_factory=lambda: QColor(TEXT))
    muted: QColor = field(default_factory=lambda: QColor(MUTED))

    @classmethod
    def from_palette(cls, palette: QPalette) -> "ChartColors":
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        return cls(
            bar=QColor("#6FA8DC") if dark else QColor(BAR),
            range=QColor("#F4A261") if dark else QColor(RANGE),
            grid=palette.color(QPalette.ColorRole.Mid),
            text=palette.color(QPalette.ColorRole.Text),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
        )


def paint_cost_chart(
    painter: QPainter,
    area: QRectF,
    title: str,
    lines: list[tuple[str, Subtotal]],
    currency: str,
    language: Words | None = None,
    colors: ChartColors | None = None,
) -> None:
    """Horizontal bars, largest first as given, filling `area`; text in the painter's font and `language`;
    printed colours unless `colors` (the window's palette) are given."""
    c = colors or ChartColors()
    language = language or words("en")
    lang = language.lang
    unit = area.height() / (len(lines) + _EXTRA_SLOTS)  # one slot a bar, plus the title, scale and legend
    font = painter.font()
    metrics = QFontMetricsF(font)
    title_font = QFont(font)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(c.text)
    painter.drawText(
        QRectF(area.left(), area.top(), area.width(), unit * 1.2),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
    )
    painter.setFont(font)
    names = [_elide(metrics, name, area.width() * 0.24) for name, _ in lines]
    labels = [f"{format_money(s.cost.typical, currency, lang)}  ({_devices(language, s.devices)})" for _, s in lines]
    left = area.left() + max((metrics.horizontalAdvance(n) for n in names), default=0) + unit * 0.4
    right = area.right() - max((metrics.horizontalAdvance(t) for t in labels), default=0) - unit * 0.4
    top = area.top() + unit * 1.6
    highest = max((s.cost.high for _, s in lines), default=0) or 1
    scale = (right - left) / highest
    _grid(painter, metrics, left, right, top, top + unit * len(lines), highest, currency, lang, c)
    for number, ((_, subtotal), name, label) in enumerate(zip(lines, names, labels, strict=True)):
        y = top + unit * number
        bar = QRectF(left, y + unit * 0.18, subtotal.cost.typical * scale, unit * 0.64)
        painter.fillRect(bar, c.bar)
        painter.setPen(QPen(c.range, max(1.0, unit * 0.06)))
        middle = bar.center().y()
        low, high = left + subtotal.cost.low * scale, left + subtotal.cost.high * scale
        painter.drawLine(QPointF(low, middle), QPointF(high, middle))
        for x in (low, high):
            painter.drawLine(QPointF(x, middle - unit * 0.16), QPointF(x, middle + unit * 0.16))
        painter.setPen(c.text)
        painter.drawText(
            QRectF(area.left(), y, left - area.left() - unit * 0.3, unit),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        label_x = max(bar.right(), high) + unit * 0.3
        painter.drawText(
            QRectF(label_x, y, area.right() - label_x, unit),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    # Under the amounts of the scale, however small the slots (the scale's text is as tall as the font).
    legend = top + unit * len(lines) + max(unit * 0.9, metrics.height() * 1.4 - unit * 0.35)
    _legend(painter, metrics, area, legend, unit, language, c)


def cost_chart_image(
    title: str, lines: list[tuple[str, Subtotal]], currency: str, width: int, language: Words | None = None
) -> QImage:
    """The chart as an image `width` pixels wide, its text 1/60 of that: 8 pt when printed 16 cm wide."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(width / 60))
    slot = QFontMetricsF(font).height() * 2.1
    height = round(slot * (len(lines) + _EXTRA_SLOTS))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    margin = width * 0.01
    area = QRectF(margin, margin, width - 2 * margin, height - 2 * margin)
    paint_cost_chart(painter, area, title, lines, currency, language)
    painter.end()
    return image


def _grid(
    painter: QPainter,
    metrics: QFontMetricsF,
    left: float,
    right: float,
    top: float,
    bottom: float,
    highest: float,
    currency: str,
    lang: str = "en",
    c: ChartColors | None = None,
) -> None:
    """Vertical lines at round amounts, labelled under the bars; fewer lines when the labels would touch
    (a narrow panel, or French amounts such as "10 000 $ US", longer than "$10,000")."""
    step = _round_step(highest / 4)
    c = c or ChartColors()
    widest = metrics.horizontalAdvance(format_money(highest, currency, lang)) * 1.3
    while step < highest and (right - left) * step / highest < widest:
        step = _round_step(step * 1.5)
    painter.setPen(QPen(c.grid, 1))
    amount = 0.0
    while amount <= highest:
        x = left + (right - left) * amount / highest
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        text = format_money(amount, currency, lang)
        painter.setPen(c.muted)
        painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, bottom + metrics.height()), text)
        painter.setPen(QPen(c.grid, 1))
        amount += step


def _legend(
    painter: QPainter, metrics: QFontMetricsF, area: QRectF, y: float, unit: float, language: Words, c: ChartColors
) -> None:
    x = area.left()
    painter.fillRect(QRectF(x, y + unit * 0.25, unit * 0.5, unit * 0.4), c.bar)
    painter.setPen(c.text)
    text = language.translate("Chart", "typical cost")
    painter.drawText(QPointF(x + unit * 0.7, y + unit * 0.6), text)
    x += unit * 0.7 + metrics.horizontalAdvance(text) + unit
    painter.setPen(QPen(c.range, max(1.0, unit * 0.06)))
    painter.drawLine(QPointF(x, y + unit * 0.45), QPointF(x + unit * 0.6, y + unit * 0.45))
    painter.setPen(c.text)
    painter.drawText(QPointF(x + unit * 0.8, y + unit * 0.6), language.translate("Chart", "low to high estimate"))


def _devices(language: Words, count: int) -> str:
    text = language.translate("Chart", "1 device") if count == 1 else language.translate("Chart", "%1 devices")
    return text.replace("%1", language.number(count))


def _round_step(rough: float) -> float:
    """1, 2 or 5 times a power of ten, at least `rough`."""
    power = 10 ** max(0, len(str(int(rough))) - 1)
    return next(power * m for m in (1, 2, 5, 10) if power * m >= rough)


def _elide(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)

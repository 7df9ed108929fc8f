"""How each verdict looks: a word, an icon shape and a tint, so no one depends on colour alone."""

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap

# Tints are translucent so they read on light and dark palettes alike.
_STYLE = {
    "flagged": ("#d32f2f", 70, "!"),
    "review": ("#ef8f00", 60, "?"),
    "clear": ("#2e7d32", 0, "✓"),
    "unknown": ("#757575", 0, "–"),
    "dismissed": ("#9e9e9e", 0, "×"),  # the manager's decision, shown in place of the verdict
}


def verdict_word(verdict: str) -> str:
    words = {
        "flagged": QCoreApplication.translate("Verdict", "Flagged"),
        "review": QCoreApplication.translate("Verdict", "Review"),
        "clear": QCoreApplication.translate("Verdict", "Clear"),
        "unknown": QCoreApplication.translate("Verdict", "Unknown"),
        "dismissed": QCoreApplication.translate("Verdict", "Dismissed"),
    }
    return words.get(verdict, verdict)


def verdict_color(verdict: str) -> QColor:
    return QColor(_STYLE.get(verdict, _STYLE["unknown"])[0])


def verdict_tint(verdict: str) -> QColor | None:
    color, alpha, _ = _STYLE.get(verdict, _STYLE["unknown"])
    if not alpha:
        return None
    tint = QColor(color)
    tint.setAlpha(alpha)
    return tint


@cache
def verdict_icon(verdict: str, size: int = 16) -> QIcon:
    """A flagged triangle, a review diamond, a clear disc, an unknown ring: shapes differ, not just colours."""
    color, _, glyph = _STYLE.get(verdict, _STYLE["unknown"])
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size * 2
    path = QPainterPath()
    if verdict == "flagged":
        path.moveTo(s / 2, 1)
        path.lineTo(s - 1, s - 2)
        path.lineTo(1, s - 2)
        path.closeSubpath()
    elif verdict == "review":
        path.moveTo(s / 2, 1)
        path.lineTo(s - 1, s / 2)
        path.lineTo(s / 2, s - 1)
        path.lineTo(1, s / 2)
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(s / 2, s / 2), s / 2 - 1, s / 2 - 1)
    painter.fillPath(path, QColor(color))
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(s * 0.55))
    painter.setFont(font)
    text_box = QRectF(0, s * 0.12 if verdict == "flagged" else 0, s, s)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    pixmap.setDevicePixelRatio(2)
    return QIcon(pixmap)

"""The detail panel: the selected device's verdict in plain words, why, the evidence and the sources."""

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.core.domain import Source
from app.core.kb.kinds import KIND_LABELS
from app.core.kb.knowledge import KnowledgeBase
from app.core.matching.decide import NOTEWORTHY, STRONG
from app.core.store.project import StoredDevice
from app.core.where import Where, place_name
from app.ui.decision_words import decision_text, local_date
from app.ui.i18n import current_language
from app.ui.verdict_style import verdict_color

_HEADLINES = {
    "flagged": QT_TRANSLATE_NOOP("DetailPanel", "Flagged: this device comes from a listed vendor"),
    "review": QT_TRANSLATE_NOOP("DetailPanel", "Needs a look: this device may come from a listed vendor"),
    "clear": QT_TRANSLATE_NOOP("DetailPanel", "Clear: no source names this maker"),
    "unknown": QT_TRANSLATE_NOOP("DetailPanel", "Unknown: Vetted could not tell who made this device"),
}
_RULE_WORDS = {
    "alias": QT_TRANSLATE_NOOP("DetailPanel", "make or brand name"),
    "fuzzy_alias": QT_TRANSLATE_NOOP("DetailPanel", "name spelt like"),
    "name_inside": QT_TRANSLATE_NOOP("DetailPanel", "name inside a longer name"),
    "oem_brand": QT_TRANSLATE_NOOP("DetailPanel", "brand that relabels"),
    "model_rule": QT_TRANSLATE_NOOP("DetailPanel", "model-number pattern"),
    "serial_model": QT_TRANSLATE_NOOP("DetailPanel", "serial begins with a model"),
    "oui": QT_TRANSLATE_NOOP("DetailPanel", "MAC address prefix (IEEE registry)"),
    "description": QT_TRANSLATE_NOOP("DetailPanel", "mentioned in the notes"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailPanel", text)


def rule_words(rule: str) -> str:
    """What kind of evidence a rule is, in the window's language ('model-number pattern')."""
    return _tr(_RULE_WORDS.get(rule, rule))


class _ButtonRow(QWidget):
    """Buttons side by side when they fit whole, else one above the other: the panel can be as narrow as its
    widest button, so the table keeps its room on a 1024-pixel screen."""

    def __init__(self, *buttons: QPushButton):
        super().__init__()
        self._buttons = buttons
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            self._layout.addWidget(button)

    def _side_by_side_width(self) -> int:
        return sum(b.sizeHint().width() for b in self._buttons) + self._layout.spacing() * (len(self._buttons) - 1)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(b.minimumSizeHint().width() for b in self._buttons), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self.updateGeometry()


class DetailPanel(QWidget):
    decide = Signal(int, str)  # device id, "replace" | "dismiss" | "" to undo the decision

    def __init__(self, kb: KnowledgeBase, parent=None):
        super().__init__(parent)
        self.kb = kb
        self.where = Where()
        self.device: StoredDevice | None = None
        self._shown = ((), (), None)  # evidence, source ids, original row of the device shown
        self.all_sources = False  # the sources of other places are shown on demand
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Why this verdict"))
        self.browser.setAccessibleDescription(self.tr("The selected device's verdict, evidence and sources"))
        self.browser.anchorClicked.connect(self._link)
        self.replace = QPushButton(self.tr("Confirm — replace"))
        self.dismiss = QPushButton(self.tr("Not a listed vendor…"))
        self.undo = QPushButton(self.tr("Undo decision"))
        self.replace.setToolTip(self.tr("Mark this device to be replaced"))
        self.dismiss.setToolTip(self.tr("Dismiss the flag, with a note saying why"))
        self.buttons = _ButtonRow(self.replace, self.dismiss, self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.replace.clicked.connect(lambda: self._decide("replace"))
        self.dismiss.clicked.connect(lambda: self._decide("dismiss"))
        self.undo.clicked.connect(lambda: self._decide(""))
        self.show_device(None)

    def show_device(self, device: StoredDevice | None, evidence=(), source_ids=(), original=None) -> None:
        self.device = device
        for button in (self.replace, self.dismiss, self.undo):
            button.setEnabled(device is not None)
        if device is None:
            hint = self.tr("Select a device to see why it got its verdict.")
            self.browser.setHtml(f"<p style='color:gray'>{escape(hint)}</p>")
            return
        self.undo.setEnabled(bool(device.decision))
        if self._shown[1] != tuple(source_ids):
            self.all_sources = False
        self._shown = (evidence, tuple(source_ids), original)
        self.browser.setHtml(self._html(device, evidence, source_ids, original or {}))

    def _link(self, url: QUrl) -> None:
        if url.toString() == "#more-sources":
            self.all_sources = True
            self.show_device(self.device, *self._shown)
        else:
            QDesktopServices.openUrl(url)

    def _decide(self, decision: str) -> None:
        if self.device is not None:
            self.decide.emit(self.device.id, decision)

    def _html(self, device: StoredDevice, evidence, source_ids, original: dict[str, str]) -> str:
        color = verdict_color(device.verdict).name()
        parts = [
            f"<h3 style='color:{color}'>{escape(_tr(_HEADLINES.get(device.verdict, device.verdict)))}</h3>",
            f"<p style='font-size:larger'>{escape(device.explanation)}</p>",
        ]
        if device.decision:
            your_decision = self.tr("Your decision:")
            parts.append(
                f"<p><b>{escape(your_decision)}</b> {escape(decision_text(device.decision, device.note))} "
                f"<span style='color:gray'>({escape(local_date(device.decided_at))})</span></p>"
            )
        if evidence:
            evidence_heading = self.tr("Evidence")
            parts.append(f"<h4>{escape(evidence_heading)}</h4><ul>")
            for item in evidence:
                vendor = self.kb.vendors.get(item["vendor"])
                parts.append(
                    f"<li>{escape(_tr(_RULE_WORDS.get(item['rule'], item['rule'])))}: "
                    f"<b>{escape(str(item['matched']))}</b> → {escape(vendor.name if vendor else item['vendor'])} "
                    f"<span style='color:gray'>({escape(_tr(_strength(item['score'])))})</span></li>"
                )
            parts.append("</ul>")
        sources = [self.kb.sources[s] for s in source_ids if s in self.kb.sources]
        parts += self._sources_html(sources)
        details = [
            (self.tr("Make"), device.manufacturer),
            (self.tr("Model"), device.model),
            (self.tr("Serial"), device.serial),
            (self.tr("MAC address"), device.mac),
            (self.tr("Site"), device.site),
            (self.tr("Location"), device.location),
            (
                self.tr("From"),
                self.tr("%1, row %2").replace("%1", device.sheet).replace("%2", str(device.row))
                if device.sheet
                else "",
            ),
        ]
        rows = "".join(f"<tr><td style='color:gray'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in details if v)
        extra = "".join(
            f"<tr><td style='color:gray'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in original.items() if v
        )
        device_heading, original_heading = self.tr("Device"), self.tr("Original row")
        parts.append(f"<h4>{escape(device_heading)}</h4><table cellspacing=4>{rows}</table>")
        if extra:
            parts.append(f"<h4>{escape(original_heading)}</h4><table cellspacing=4>{extra}</table>")
        return "".join(parts)

    def _sources_html(self, sources: list[Source]) -> list[str]:
        """The measures in force where the user is, and the evidence, first; other places' on demand."""
        evidence = [s for s in sources if s.kind == "evidence"]
        measures = [s for s in sources if s.kind != "evidence"]
        if self.where:
            first = [s for s in measures if self.where.covers(s.jurisdiction)]
            heading = self.tr("Where you are (%1)").replace("%1", self.where.place(current_language()))
        else:
            first, heading = measures[:3], self.tr("Rules and calls for a ban")
        rest = [s for s in measures if s not in first]
        parts = []
        if first:
            parts.append(f"<h4>{escape(heading)}</h4>" + "".join(self._source_html(s) for s in first))
        elif self.where and measures:
            none_here = self.tr("No rule Vetted knows applies here.")
            parts.append(f"<h4>{escape(heading)}</h4><p>{escape(none_here)}</p>")
        if evidence:
            evidence_heading = self.tr("Evidence")
            parts.append(f"<h4>{escape(evidence_heading)}</h4>" + "".join(self._source_html(s) for s in evidence))
        if rest and self.all_sources:
            title = self.tr("Elsewhere") if self.where else self.tr("More rules and calls")
            parts.append(f"<h4>{escape(title)}</h4>" + "".join(self._source_html(s) for s in rest))
        elif rest:
            more = self.tr("Show %1 more sources (other places)") if self.where else self.tr("Show %1 more sources")
            parts.append(f"<p><a href='#more-sources'>{escape(more.replace('%1', str(len(rest))))}</a></p>")
        return parts

    def _source_html(self, source: Source) -> str:
        link = f"<a href='{escape(source.url)}'>{escape(source.url)}</a>" if source.url else ""
        place = (
            place_name(source.jurisdiction, current_language())
            if source.jurisdiction != "INT"
            else self.tr("International")
        )
        return (
            f"<p><b>{escape(source.title)}</b><br>{escape(source.publisher)}, {escape(source.date)}, "
            f"{escape(place)} — <i>{escape(QCoreApplication.translate('Kind', KIND_LABELS.get(source.kind, '')))}</i>"
            f"<br>{escape(_quoted(source.quote))}<br>{link}</p>"
        )


def _strength(score: float) -> str:
    """Evidence strength in words: a person reads 'strong', not 'score 95'."""
    if score >= STRONG:
        return QT_TRANSLATE_NOOP("DetailPanel", "strong")
    return (
        QT_TRANSLATE_NOOP("DetailPanel", "likely") if score >= NOTEWORTHY else QT_TRANSLATE_NOOP("DetailPanel", "weak")
    )


def _quoted(quote: str) -> str:
    """A verbatim quote (in quotation marks in db/sources.csv) gets typographic quotes; a summary stays as it is."""
    quote = quote.strip()
    if quote.startswith('"'):
        return "“" + quote[1:].replace('"', "”", 1) if quote.count('"') >= 2 else "“" + quote[1:] + "”"
    return quote

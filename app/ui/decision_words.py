"""How a manager's decision reads in the table, the counts and the detail panel: words and local dates."""

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt


def _tr(text: str) -> str:
    return QCoreApplication.translate("Decision", text)


def decision_text(decision: str, note: str = "") -> str:
    """'Replace', 'Dismissed — checked the label', or '' when the manager has not decided."""
    if decision == "replace":
        return _tr("Replace")
    if decision == "dismiss":
        return _tr("Dismissed — %1").replace("%1", note) if note.strip() else _tr("Dismissed")
    return ""


def local_date(iso: str) -> str:
    """An ISO timestamp as this computer's locale writes a date and time ('' stays '')."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

"""What each kind of source is, in the words a facility manager reads (app, reports and PDF)."""

from app.core.language import QT_TRANSLATE_NOOP

KIND_LABELS = {
    "law": QT_TRANSLATE_NOOP("Kind", "Law or regulation in force"),
    "purchasing": QT_TRANSLATE_NOOP("Kind", "Government purchasing or use decision"),
    "sanctions": QT_TRANSLATE_NOOP("Kind", "Sanctions or export listing"),
    "called_for": QT_TRANSLATE_NOOP("Kind", "Called for, not law"),
    "evidence": QT_TRANSLATE_NOOP("Kind", "Evidence"),
}

"""What each kind of source is, in the words a facility manager reads (app, reports and PDF)."""

KIND_LABELS = {
    "law": "Law or regulation in force",
    "purchasing": "Government purchasing or use decision",
    "sanctions": "Sanctions or export listing",
    "called_for": "Called for, not law",
    "evidence": "Evidence",
}

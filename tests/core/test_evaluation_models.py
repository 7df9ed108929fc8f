"""The matcher on model numbers alone and on relabel brands, against sheets written from public sources by
someone who had not read the matcher (tests/data/EVAL_SOURCES.md): Vetted is judged on lists nobody here
has seen, so these figures say how well its rules generalise.
"""

import csv

import pytest

from app.core.domain import Device
from tests.conftest import DATA

MODEL_CATCH = 0.95  # of listed-vendor models (make blank), share flagged or sent to review
CLEAN_TO_REVIEW = 0.02  # of clean models, share sent to review
RELABEL_CATCH = 0.95  # of relabel-brand devices, share flagged or sent to review with the true maker


def _rows(name):
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _verdicts(matcher, rows, make_column=None):
    results = []
    for row in rows:
        match = matcher.match(Device(manufacturer=row[make_column] if make_column else "", model=row["model"]))
        results.append((row, match.verdict.value, match.vendor_id))
    return results


@pytest.fixture(scope="module")
def models(kb):
    from app.core.matching import Matcher

    return _verdicts(Matcher(kb), _rows("eval_models.csv"))


@pytest.fixture(scope="module")
def relabels(kb):
    from app.core.matching import Matcher

    return _verdicts(Matcher(kb), _rows("eval_relabels.csv"), "make")


def test_the_sheets_are_big_enough(models, relabels):
    assert sum(row["expected"] == "flagged" for row, _, _ in models) >= 300
    assert sum(row["expected"] == "clear" for row, _, _ in models) >= 300
    assert sum(row["expected"] != "clear" for row, _, _ in relabels) >= 60


def test_listed_vendor_models_are_caught_with_the_make_blank(models):
    listed = [(row, verdict, vendor) for row, verdict, vendor in models if row["expected"] == "flagged"]
    caught = [
        row["model"] for row, verdict, vendor in listed if verdict in ("flagged", "review") and vendor == row["vendor"]
    ]
    missed = sorted({row["model"] for row, _, _ in listed} - set(caught))
    assert len(caught) / len(listed) >= MODEL_CATCH, f"missed {len(missed)}: {missed[:40]}"


def test_no_clean_model_is_flagged_and_few_are_sent_to_review(models):
    clean = [(row, verdict) for row, verdict, _ in models if row["expected"] == "clear"]
    flagged = [row["model"] for row, verdict in clean if verdict == "flagged"]
    review = [row["model"] for row, verdict in clean if verdict == "review"]
    assert flagged == []
    assert len(review) / len(clean) <= CLEAN_TO_REVIEW, review


def test_relabels_reach_at_least_review_with_the_true_maker(relabels):
    expected = [(row, verdict, vendor) for row, verdict, vendor in relabels if row["expected"] != "clear"]
    caught = [
        row for row, verdict, vendor in expected if verdict in ("flagged", "review") and vendor == row["true_vendor"]
    ]
    missed = [f"{row['make']} {row['model']}" for row, verdict, vendor in expected if row not in caught]
    assert len(caught) / len(expected) >= RELABEL_CATCH, missed
    clean_flagged = [
        f"{row['make']} {row['model']}"
        for row, verdict, _ in relabels
        if row["expected"] == "clear" and verdict == "flagged"
    ]
    assert clean_flagged == []

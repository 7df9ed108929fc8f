"""A manager asks what replacing the flagged devices will cost, and where the prices come from."""

from dataclasses import replace

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.domain import Device, Match, Verdict
from app.core.export.report import devices_from_scan
from app.core.pricing.estimate import NO_SITE, Estimate, device_estimate, in_estimate, totals, unit_estimate
from app.core.pricing.price_book import CATEGORIES, PriceBook, default_price_book
from app.core.pricing.price_book_xlsx import read_price_book, write_price_book
from app.core.store.project import Project, StoredDevice


def stored_device(number: int = 1, **values) -> StoredDevice:
    """A device as a project stores it; flagged Hikvision fixed camera unless told otherwise."""
    fields = dict(
        id=number,
        sheet="Cameras",
        row=number + 1,
        manufacturer="Hikvision",
        brand="",
        model="DS-2CD2143G2-I",
        serial=f"SN{number:04d}",
        mac="",
        device_type="Dome camera",
        description="",
        site="HQ",
        location="Gate",
        name="",
        ip="",
        asset_tag="",
        install_date="2021-03-04",
        verdict="flagged",
        vendor_id="hikvision",
        vendor_name="Hikvision",
        explanation="The make is Hikvision; Hikvision equipment is restricted.",
        category="fixed_camera",
        decision="",
        note="",
        decided_at="",
    )
    fields.update(values)
    return StoredDevice(**fields)


def test_default_prices_cover_every_category_and_say_they_are_estimates():
    book = default_price_book()
    assert set(book.categories) == set(CATEGORIES)
    for code, price in book.categories.items():
        assert 0 < price.low <= price.typical <= price.high, code
        assert price.labour_hours > 0, code
        assert price.source.startswith("Estimate"), code
    assert book.currency == "USD" and book.rates_source.startswith("Estimate")


def test_one_device_costs_unit_plus_labour_plus_disposal_then_contingency_and_tax():
    book = replace(default_price_book(), labour_rate=100, disposal=20, contingency_pct=10, tax_pct=5)
    price = book.categories["ptz_camera"]
    expected = (price.typical + price.labour_hours * 100 + 20) * 1.10 * 1.05
    assert unit_estimate(book, "ptz_camera").typical == pytest.approx(expected)
    assert unit_estimate(book, "no such category") == unit_estimate(book, "other")


def test_what_is_counted_flagged_marked_replace_and_review_only_when_asked():
    book = default_price_book()
    assert in_estimate(stored_device(verdict="flagged"))
    assert not in_estimate(stored_device(verdict="flagged", decision="dismiss"))
    assert in_estimate(stored_device(verdict="clear", decision="replace"))
    assert not in_estimate(stored_device(verdict="review"))
    assert in_estimate(stored_device(verdict="review"), include_review=True)
    assert not in_estimate(stored_device(verdict="unknown"), include_review=True)
    assert device_estimate(stored_device(verdict="clear"), book) is None


def test_totals_by_site_vendor_and_category_add_up_to_the_whole():
    book = default_price_book()
    devices = [
        stored_device(1, site="HQ", category="fixed_camera"),
        stored_device(2, site="hq", category="nvr"),  # the same site, typed differently
        stored_device(3, site="", vendor_name="Dahua", category="ptz_camera"),
        stored_device(4, site="Depot", verdict="review", vendor_name="Dahua"),
        stored_device(5, site="Depot", decision="dismiss"),
    ]
    result = totals(devices, book)
    assert result.overall.devices == 3
    assert list(result.by_site) == ["HQ", NO_SITE]  # costliest first
    assert result.by_site["HQ"].devices == 2
    expected = unit_estimate(book, "fixed_camera") + unit_estimate(book, "nvr") + unit_estimate(book, "ptz_camera")
    assert result.overall.cost.typical == pytest.approx(expected.typical)
    assert {name: s.devices for name, s in result.by_vendor.items()} == {"Hikvision": 2, "Dahua": 1}
    with_review = totals(devices, book, include_review=True)
    assert with_review.overall.devices == 4 and with_review.by_site["Depot"].devices == 1


def test_a_scan_without_a_project_is_estimated_the_same_way():
    match = Match(Verdict.FLAGGED, "dahua", "Dahua", "Dahua equipment is restricted.", (), (), "nvr")
    device = Device(sheet="Recorders", row=4, manufacturer="Dahua", site="Depot")
    (stored,) = devices_from_scan([(device, match)])
    assert (stored.site, stored.vendor_name, stored.category, stored.verdict, stored.decision) == (
        "Depot",
        "Dahua",
        "nvr",
        "flagged",
        "",
    )
    assert totals([stored], default_price_book()).overall.cost == unit_estimate(default_price_book(), "nvr")


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["HQ", "hq", "Depot", "", "Clinic"]),
            st.sampled_from(["Hikvision", "Dahua", "hikvision", ""]),
            st.sampled_from([*CATEGORIES, "unheard-of"]),
            st.sampled_from(["flagged", "review", "clear", "unknown"]),
            st.sampled_from(["", "replace", "dismiss"]),
        ),
        max_size=40,
    )
)
def test_every_breakdown_sums_to_the_overall_total(rows):
    devices = [
        stored_device(n, site=s, vendor_name=v, category=c, verdict=verdict, decision=d)
        for n, (s, v, c, verdict, d) in enumerate(rows)
    ]
    result = totals(devices, default_price_book(), include_review=True)
    for breakdown in (result.by_site, result.by_vendor, result.by_category):
        assert sum(s.devices for s in breakdown.values()) == result.overall.devices
        summed = sum((s.cost for s in breakdown.values()), Estimate())
        assert summed.typical == pytest.approx(result.overall.cost.typical)
        assert summed.high == pytest.approx(result.overall.cost.high)


def test_price_book_is_saved_in_the_project_and_comes_back_unchanged(tmp_path):
    book = replace(default_price_book(), labour_rate=120, currency="EUR", tax_pct=20)
    project = Project(tmp_path / "site.vetted")
    project.set_setting("price_book", book.to_dict())
    project.close()
    reopened = Project(tmp_path / "site.vetted")
    assert PriceBook.from_dict(reopened.setting("price_book")) == book
    reopened.close()


def test_a_price_book_from_an_older_version_keeps_defaults_for_what_it_lacks():
    book = PriceBook.from_dict({"labour_rate": 70, "categories": {"nvr": {"typical": 2000}}})
    assert book.labour_rate == 70 and book.categories["nvr"].typical == 2000
    assert book.categories["intercom"] == default_price_book().categories["intercom"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"labour_rate": "lots"}, "labour rate must be a number"),
        ({"currency": "dollars"}, "three-letter code"),
        ({"tax_pct": 150}, "between 0 and 100"),
        ({"disposal": -5}, "cannot be negative"),
        ({"categories": {"nvr": {"low": 9000}}}, "low ≤ typical ≤ high"),
        ([], "damaged"),
    ],
)
def test_a_bad_price_book_is_refused_with_one_plain_sentence(data, words):
    with pytest.raises(ValueError, match=words) as error:
        PriceBook.from_dict(data)
    assert str(error.value).count(".") <= 2 and "\n" not in str(error.value)


def test_an_organisation_shares_its_prices_as_a_workbook(tmp_path):
    path = tmp_path / "our prices.xlsx"
    write_price_book(default_price_book(), path)
    assert read_price_book(path) == default_price_book()

    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Price book"]
    assert sheet["B3"].value == "ptz_camera" and sheet["H3"].value.startswith("=(D3+F3*LabourRate")
    sheet["D3"] = 2500  # typical PTZ camera
    sheet["B17"] = 95  # labour rate
    sheet["B19"] = 0.15  # contingency, shown as 15 %
    sheet["B21"] = "GBP"
    workbook.save(path)
    book = read_price_book(path)
    assert book.categories["ptz_camera"].typical == 2500
    assert (book.labour_rate, book.contingency_pct, book.currency) == (95, 15, "GBP")


def test_a_workbook_that_is_not_a_price_book_is_refused_with_one_sentence(tmp_path):
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    other = tmp_path / "inventory.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Site", "Model"])
    workbook.save(other)
    broken = tmp_path / "broken.xlsx"
    write_price_book(default_price_book(), broken)
    workbook = openpyxl.load_workbook(broken)
    workbook["Price book"]["C2"] = "cheap"
    workbook.save(broken)

    for path, words in [
        (text, "not an Excel workbook"),
        (other, "has no price book"),
        (broken, "The low unit cost of fixed camera in broken.xlsx is not a number"),
        (tmp_path / "missing.xlsx", "does not exist"),
    ]:
        with pytest.raises(ValueError, match=words) as error:
            read_price_book(path)
        assert "\n" not in str(error.value)

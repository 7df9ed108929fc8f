"""What the matcher says about devices a facility manager really has, and the look-alikes it must not flag."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.core.domain import Device
from app.core.matching.hardware import HardwareEvidence, mac_prefix


def verdict(matcher, **fields):
    match = matcher.match(Device(**fields))
    return match.verdict.value, match.vendor_id


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"manufacturer": "Hikvision"}, ("flagged", "hikvision")),
        ({"manufacturer": "ＨＩＫＶＩＳＩＯＮ"}, ("flagged", "hikvision")),
        ({"manufacturer": "\u00a0hikvision\u00a0"}, ("flagged", "hikvision")),
        ({"manufacturer": "Hangzhou Hikvision Digital Technology Co., Ltd."}, ("flagged", "hikvision")),
        ({"manufacturer": "海康威视"}, ("flagged", "hikvision")),
        ({"manufacturer": "EZVIZ"}, ("flagged", "hikvision")),
        ({"manufacturer": "Hikvision dome camera"}, ("flagged", "hikvision")),
        ({"manufacturer": "Imou"}, ("flagged", "dahua")),
        ({"model": "DS-2CD2143G2-I"}, ("flagged", "hikvision")),
        ({"model": "ds-2cd2143g2-i /2.8mm"}, ("flagged", "hikvision")),
        ({"model": "IPC-HFW2831T-ZS"}, ("flagged", "dahua")),
        ({"model": "IPC2122LB-SF28-A"}, ("flagged", "uniview")),
        ({"model": "TC-C32GN"}, ("flagged", "tiandy")),
        ({"serial": "DS-2CD1323G2-LIUF/SL20250331AAWRL58705579"}, ("flagged", "hikvision")),
        ({"mac": "4419.b64c.3de6"}, ("flagged", "hikvision")),
        ({"mac": "90:2:a9:ed:f4:3f"}, ("flagged", "dahua")),  # macOS drops leading zeros
        ({"manufacturer": "LTS", "model": "DS-2CD2143G2-I"}, ("flagged", "hikvision")),
    ],
)
def test_listed_vendor_equipment_is_flagged_however_it_is_written(matcher, fields, expected):
    assert verdict(matcher, **fields) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"manufacturer": "Hikvison"}, ("review", "hikvision")),  # a misspelling: likely, not certain
        ({"manufacturer": "Lorex"}, ("review", "dahua")),  # Dahua-owned 2018 to 2022
        ({"manufacturer": "Amcrest"}, ("review", "dahua")),
        ({"manufacturer": "Axis", "mac": "44:19:b6:00:00:01"}, ("review", "hikvision")),  # evidence conflicts
    ],
)
def test_uncertain_devices_go_to_review(matcher, fields, expected):
    assert verdict(matcher, **fields) == expected


@pytest.mark.parametrize(
    "fields",
    [
        {"manufacturer": "Bosch", "model": "DS150i"},  # a Bosch request-to-exit detector, not Hikvision DS-
        {"manufacturer": "Digiever", "model": "DS-1200"},
        {"manufacturer": "Dahle", "model": "41334"},  # a shredder maker, one letter from Dahua
        {"manufacturer": "Aztech"},  # "zte" is inside the name
        {"manufacturer": "Honor"},  # sold by Huawei in 2020
        {"manufacturer": "Milesight"},  # Chinese, but no source names it
        {"manufacturer": "Reolink"},
        {"manufacturer": "Axis", "model": "P3245-V", "mac": "ac:cc:8e:12:34:56"},
    ],
)
def test_look_alikes_and_unnamed_makers_are_clear(matcher, fields):
    assert verdict(matcher, **fields)[0] == "clear"


@pytest.mark.parametrize("make", ["", "N/A", "see notes", "Acme Security", "Shenzhen Sunrise Technology Co Ltd"])
def test_unrecognisable_makes_are_unknown_not_flagged(matcher, make):
    assert verdict(matcher, manufacturer=make)[0] == "unknown"


def test_the_explanation_is_one_plain_sentence_naming_the_law(matcher):
    match = matcher.match(Device(model="DS-2CD2143G2-I"))
    assert match.explanation.startswith("The model number DS-2CD2143G2-I is a Hikvision")
    assert "NDAA" in match.explanation and match.explanation.count(". ") == 0
    assert match.sources[0].kind == "law"


def test_no_vendor_is_said_to_be_restricted_by_more_than_its_sources_say(kb, matcher):
    for vendor in ("uniview", "tiandy", "hikvision", "huawei"):
        match = matcher.match(Device(manufacturer=kb.vendors[vendor].name))
        kinds = {s.kind for s in kb.measures(vendor)}
        assert match.verdict.value == "flagged"
        if not kinds:
            assert "no law restricts" in match.explanation and "calls for a ban" in match.explanation
        elif kinds == {"sanctions"}:
            assert " is on the " in match.explanation and "restricted by" not in match.explanation
        else:
            assert "equipment is restricted by" in match.explanation


def test_a_review_says_what_to_check(matcher):
    match = matcher.match(Device(manufacturer="Lorex"))
    assert "2018" in match.explanation and "2022" in match.explanation
    assert "check" in match.explanation


def test_identical_devices_share_one_decision(matcher):
    first = matcher.match(Device(manufacturer="Hikvision", model="DS-2CD2143G2-I"))
    second = matcher.match(Device(manufacturer="Hikvision", model="DS-2CD2143G2-I", site="Depot"))
    assert first is second  # decided once per distinct evidence, which is what keeps 100k rows fast


_OCTETS = st.text(alphabet="0123456789abcdefABCDEFxZ:-. ", min_size=0, max_size=20)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(beginning="44:19:B6", rest=":00:11:22")
@example(beginning="44:19:B6", rest="::B6:00:11:2")  # 44:19::B6:00:11:2 reads as 44:19:B6:00:11:02
@given(beginning=st.sampled_from(["44:19:B6", "44-19-b6", "3C:EF:8C", "00:0F:7C", "12:34:56"]), rest=_OCTETS)
def test_a_mac_address_falls_in_a_known_block_exactly_when_its_digits_say_so(kb, beginning, rest):
    # The quick reading of the usual notation must agree with reading every digit (mac_prefix).
    hardware = HardwareEvidence(kb)
    for mac in (beginning + rest, beginning[:5] + rest, rest):
        prefix = mac_prefix(mac)
        assert hardware.known_block(mac) == (prefix if prefix in kb.ouis else ""), mac

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.normalise import compact_key, mac_digits, model_key, text_key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Zhejiang Dahua Technology Co., Ltd.", "zhejiang dahua technology"),
        ("ＨＩＫＶＩＳＩＯＮ", "hikvision"),  # full-width letters, as typed on a Chinese keyboard
        ("\u00a0 Hikvision\u00a0Inc. ", "hikvision"),  # non-breaking spaces and a legal suffix
        ("HIKVISION   USA, INC", "hikvision usa"),
        ("海康威视", "海康威视"),
    ],
)
def test_names_written_differently_get_the_same_key(written, key):
    assert text_key(written) == key


def test_spacing_inside_a_name_does_not_matter():
    assert compact_key("Hik Vision") == compact_key("HikVision") == "hikvision"


@pytest.mark.parametrize(
    "written",
    ["44:19:b6:4c:3d:e6", "44-19-B6-4C-3D-E6", "4419.b64c.3de6", "4419B64C3DE6", " 44:19:B6:4C:3D:E6 "],
)
def test_mac_addresses_in_every_notation_mean_the_same(written):
    assert mac_digits(written) == "4419B64C3DE6"


def test_macos_drops_leading_zeros_in_mac_addresses():
    assert mac_digits("0:90:a9:ed:f4:3f") == "0090A9EDF43F"


@pytest.mark.parametrize(
    "junk", ["", "N/A", "unknown", "2448454351", "00:11:22:33:44", "see notes", "zz:zz:zz:zz:zz:zz"]
)
def test_things_that_are_not_mac_addresses_are_refused(junk):
    assert mac_digits(junk) == ""


def test_model_numbers_ignore_case_and_spaces():
    assert model_key(" ds-2cd2143g2-i ") == "DS-2CD2143G2-I"
    assert model_key(12345.0) == "12345"


@given(st.text())
def test_keys_never_fail_on_any_text(text):
    assert isinstance(text_key(text), str)
    digits = mac_digits(text)
    assert digits == "" or len(digits) == 12


def test_common_mac_notations_and_near_misses_read_as_the_general_rules_say():
    assert {mac_digits(v) for v in ("4419b6000001", "44:19:B6:00:00:01", "44-19-b6-00-00-01")} == {"4419B6000001"}
    assert mac_digits("44:19:b6:00:00:1") == "4419B6000001"  # macOS drops leading zeros
    for near_miss in ("44:19-b6:00:00:01x", "44:19:b6:00:00:01:02", "4419b600000"):
        assert mac_digits(near_miss) == ""
    assert mac_digits(" 44:19:b6:00:00:01\n") == mac_digits("44:19:-b6:00:00:01".replace("-", "")) == "4419B6000001"


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_a_model_key_drops_every_kind_of_white_space_and_folds_width_and_case(text):
    import re
    import unicodedata

    assert model_key(text) == re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).upper()

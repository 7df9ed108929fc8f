"""A device's category, and so its price, from the device-type text of English and French inventories."""

import pytest

from app.core.category import category_from_type
from app.core.domain import Device
from app.core.pricing.estimate import unit_estimate
from app.core.pricing.price_book import default_price_book


@pytest.mark.parametrize(
    ("device_type", "category"),
    [
        ("Caméra dôme", "fixed_camera"),
        ("Camera dome", "fixed_camera"),
        ("Caméra tourelle", "fixed_camera"),
        ("Caméra PTZ", "ptz_camera"),
        ("Caméra dôme motorisée", "ptz_camera"),
        ("Caméra thermique", "thermal_camera"),
        ("Caméra panoramique", "multi_sensor_camera"),
        ("Caméra analogique", "analogue_camera"),
        ("Enregistreur vidéo réseau", "nvr"),
        ("Enregistreur", "nvr"),
        ("Enregistreur numérique", "dvr"),
        ("Encodeur vidéo", "encoder"),
        ("Interphone", "intercom"),
        ("Lecteur de cartes", "access_control"),
        ("Contrôle d'accès", "access_control"),
        ("Commutateur réseau", "network_switch"),
        ("Point d'accès sans fil", "network_switch"),
        ("Radio bidirectionnelle", "two_way_radio"),
        ("Thermal camera", "thermal_camera"),
        ("NVR", "nvr"),
        ("", "other"),
    ],
)
def test_french_and_english_device_types_name_their_category(device_type, category):
    assert category_from_type(device_type) == category


def test_a_french_device_type_gets_its_categorys_price(matcher):
    book = default_price_book()
    for device_type, category in (
        ("Caméra dôme", "fixed_camera"),
        ("Caméra PTZ", "ptz_camera"),
        ("Caméra thermique", "thermal_camera"),
        ("Enregistreur vidéo réseau", "nvr"),
        ("Enregistreur", "nvr"),
    ):
        match = matcher.match(Device(manufacturer="Hikvision", model="DS-0000", device_type=device_type))
        assert match.category == category, device_type
        assert unit_estimate(book, match.category) == unit_estimate(book, category)
    thermal = unit_estimate(book, "thermal_camera").typical
    dome = unit_estimate(book, "fixed_camera").typical
    assert thermal > dome  # the French word was not priced as an ordinary camera

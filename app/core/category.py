"""Which kind of device a row is, from its model rule or its device-type text."""

import re

from app.core.language import QT_TRANSLATE_NOOP

CATEGORY_LABELS = {
    "fixed_camera": QT_TRANSLATE_NOOP("Category", "fixed camera"),
    "ptz_camera": QT_TRANSLATE_NOOP("Category", "PTZ camera"),
    "multi_sensor_camera": QT_TRANSLATE_NOOP("Category", "multi-sensor camera"),
    "thermal_camera": QT_TRANSLATE_NOOP("Category", "thermal camera"),
    "analogue_camera": QT_TRANSLATE_NOOP("Category", "analogue camera"),
    "nvr": QT_TRANSLATE_NOOP("Category", "network video recorder"),
    "dvr": QT_TRANSLATE_NOOP("Category", "digital video recorder"),
    "encoder": QT_TRANSLATE_NOOP("Category", "video encoder"),
    "access_control": QT_TRANSLATE_NOOP("Category", "access-control device"),
    "intercom": QT_TRANSLATE_NOOP("Category", "intercom"),
    "two_way_radio": QT_TRANSLATE_NOOP("Category", "two-way radio"),
    "network_switch": QT_TRANSLATE_NOOP("Category", "network switch or router"),
    "other": QT_TRANSLATE_NOOP("Category", "device"),
}

# Checked in order: the first pattern found in the device-type text wins ("PTZ dome" is a PTZ).
_TYPE_WORDS = [
    ("thermal_camera", r"thermal|thermographic|thermique|thermographique"),
    ("ptz_camera", r"\bptz\b|pan.?tilt|speed ?dome|positioning|motoris[ée]e|orientable"),
    ("multi_sensor_camera", r"multi.?sensor|panoramic|fish.?eye|360|multi.?capteurs?|panoramique"),
    ("analogue_camera", r"analog|analogue|analogique|hd-?tvi|hd-?cvi|\bahd\b|turbo ?hd"),
    ("nvr", r"\bnvr\b|network video recorder|enregistreur (?:vid[ée]o )?r[ée]seau|enregistreur (?:vid[ée]o )?ip"),
    ("dvr", r"\bdvr\b|\bxvr\b|digital video recorder|enregistreur (?:vid[ée]o )?num[ée]rique"),
    ("encoder", r"encoder|video server|encodeur|serveur vid[ée]o"),
    (
        "intercom",
        r"intercom|door ?station|doorbell|indoor station|\bvto\b|\bvth\b"
        r"|interphone|sonnette|poste (?:de porte|int[ée]rieur)",
    ),
    (
        "access_control",
        r"access|card reader|reader|door controller|turnstile|face terminal|contr[ôo]le d.acc[èe]s|lecteur|tourniquet",
    ),
    ("two_way_radio", r"radio|walkie|\bdmr\b|repeater|handset|r[ée]p[ée]teur|émetteur-récepteur"),
    (
        "network_switch",
        r"switch|router|\bont\b|\bonu\b|gateway|firewall|access point|modem"
        r"|commutateur|routeur|passerelle|pare-feu|point d.acc[èe]s",
    ),
    ("fixed_camera", r"camera|cam[ée]ra|\bcam\b|\bipc\b|bullet|dome|d[ôo]me|turret|tourelle|eyeball|cctv|box"),
    # A recorder named by the French word alone is, in today's inventories, a network video recorder.
    ("nvr", r"enregistreur"),
]
_TYPE_PATTERNS = [(category, re.compile(pattern, re.IGNORECASE)) for category, pattern in _TYPE_WORDS]


def category_from_type(device_type: str) -> str:
    """The category a free-text device type names, or 'other'."""
    if device_type:
        for category, pattern in _TYPE_PATTERNS:
            if pattern.search(device_type):
                return category
    return "other"

"""Which kind of device a row is, from its model rule or its device-type text."""

import re

CATEGORY_LABELS = {
    "fixed_camera": "fixed camera",
    "ptz_camera": "PTZ camera",
    "multi_sensor_camera": "multi-sensor camera",
    "thermal_camera": "thermal camera",
    "analogue_camera": "analogue camera",
    "nvr": "network video recorder",
    "dvr": "digital video recorder",
    "encoder": "video encoder",
    "access_control": "access-control device",
    "intercom": "intercom",
    "two_way_radio": "two-way radio",
    "network_switch": "network switch or router",
    "other": "device",
}

# Checked in order: the first pattern found in the device-type text wins ("PTZ dome" is a PTZ).
_TYPE_WORDS = [
    ("thermal_camera", r"thermal|thermographic"),
    ("ptz_camera", r"\bptz\b|pan.?tilt|speed ?dome|positioning"),
    ("multi_sensor_camera", r"multi.?sensor|panoramic|fish.?eye|360"),
    ("analogue_camera", r"analog|analogue|hd-?tvi|hd-?cvi|\bahd\b|turbo ?hd"),
    ("nvr", r"\bnvr\b|network video recorder"),
    ("dvr", r"\bdvr\b|\bxvr\b|digital video recorder"),
    ("encoder", r"encoder|video server"),
    ("intercom", r"intercom|door ?station|doorbell|indoor station|\bvto\b|\bvth\b"),
    ("access_control", r"access|card reader|reader|door controller|turnstile|face terminal"),
    ("two_way_radio", r"radio|walkie|\bdmr\b|repeater|handset"),
    ("network_switch", r"switch|router|\bont\b|\bonu\b|gateway|firewall|access point|modem"),
    ("fixed_camera", r"camera|\bcam\b|\bipc\b|bullet|dome|turret|eyeball|cctv|box"),
]
_TYPE_PATTERNS = [(category, re.compile(pattern, re.IGNORECASE)) for category, pattern in _TYPE_WORDS]


def category_from_type(device_type: str) -> str:
    """The category a free-text device type names, or 'other'."""
    if device_type:
        for category, pattern in _TYPE_PATTERNS:
            if pattern.search(device_type):
                return category
    return "other"

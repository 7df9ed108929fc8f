"""Turn the ways people write makes, models and MAC addresses into comparable keys."""

import re
import unicodedata

# Legal-form words say nothing about who made a device, and fuzzy scores latch onto them.
_LEGAL_WORDS = frozenset(
    "co company corp corporation inc incorporated ltd limited llc plc gmbh ag sa sas srl bv nv ab oy "
    "pty pvt private kk as spa".split()
)
_NON_WORD = re.compile(r"[^\w]+")
_MODEL_DROP = re.compile(r"[\s\u00a0]+")
_HEX = re.compile(r"[0-9A-Fa-f]+")
# The usual notations, which the general path below reads the same way: colons, hyphens or bare digits.
_PLAIN_MAC = re.compile(r"[0-9A-Fa-f]{2}([:-]?)[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}")


def text_key(value: object) -> str:
    """Fold case, width and punctuation: 'ＨＩＫＶＩＳＩＯＮ  Co., Ltd.' -> 'hikvision'."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    words = [w for w in _NON_WORD.sub(" ", text).replace("_", " ").split() if w not in _LEGAL_WORDS]
    return " ".join(words)


def compact_key(value: object) -> str:
    """A name key without spaces, so 'Hik Vision' and 'HikVision' meet."""
    return text_key(value).replace(" ", "")


def model_key(value: object) -> str:
    """Upper-case model number without white space: ' ds-2cd2143g2-i ' -> 'DS-2CD2143G2-I'."""
    if value is None:
        return ""
    if value.__class__ is str and value.isascii():  # most are: nothing for NFKC to do, white space is ASCII
        return "".join(value.split()).upper()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _MODEL_DROP.sub("", unicodedata.normalize("NFKC", str(value))).upper()


def mac_digits(value: object) -> str:
    """Twelve upper-case hex digits of a MAC address in any common notation, or '' if it is not one.

    Accepts colon, hyphen, Cisco dots, bare digits and the macOS form that drops leading zeros
    (0:90:a9:ed:f4:3f). A bare number is only taken when it has exactly twelve hex digits.
    """
    if value is None:
        return ""
    if value.__class__ is str and (plain := _PLAIN_MAC.fullmatch(value)):
        separator = plain[1]
        return (value.replace(separator, "") if separator else value).upper()
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return ""
    groups = _HEX.findall(text)
    separators = _HEX.sub("", text)
    if separators.strip(":-. ") or not groups:
        return ""
    if len(groups) == 6 and all(len(g) <= 2 for g in groups):
        digits = "".join(g.zfill(2) for g in groups)
    elif len(groups) == 3 and all(len(g) == 4 for g in groups):
        digits = "".join(groups)
    elif len(groups) == 1 and len(groups[0]) == 12:
        digits = groups[0]
    else:
        return ""
    return digits.upper()


def format_mac(digits: str) -> str:
    """'AABBCCDDEEFF' -> 'AA:BB:CC:DD:EE:FF'."""
    return ":".join(digits[i : i + 2] for i in range(0, len(digits), 2))

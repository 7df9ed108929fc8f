"""Cell values of .xlsx XML decoded as python-calamine decodes them, for the streaming reader.

Each rule follows calamine's xlsx reader (quick-xml events, read_v, read_string) and python-calamine's
conversion to Python, so a sheet streamed here gives the rows calamine would: the streaming reader's
test reads the same workbooks both ways and compares every cell. No DTD or entity declaration is ever
processed: only XML's five named entities and character references are known, as in calamine.
"""

import math
import re
from collections.abc import Sequence
from datetime import datetime, timedelta

EMPTY = None  # calamine's Empty: no value, and it does not widen the sheet's range

# quick-xml's events: CDATA, comments and processing instructions, tags, entity references, text.
_EVENT = re.compile(
    rb"<!\[CDATA\[(.*?)\]\]>|<!--.*?-->|<\?.*?\?>"
    rb"|<(/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>"
    rb"|&([^;<&\s]*);|([^<&]+)",
    re.S,
)
_ATTRIBUTE = re.compile(rb"([^\s=]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_NAMED = {b"lt": "<", b"gt": ">", b"amp": "&", b"apos": "'", b"quot": '"'}
_ESCAPE = re.compile(r"_x00([0-9A-Fa-f]{2}|\+[0-9A-Fa-f])_")  # Excel's _x00HH_; from_str_radix takes a '+'
_FLOAT = re.compile(rb"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)", re.I)
_ERRORS = frozenset((b"#DIV/0!", b"#N/A", b"#NAME?", b"#NULL!", b"#NUM!", b"#REF!", b"#VALUE!"))
_BOOLEANS = {b"1": True, b"true": True, b"0": False, b"false": False}
_ISO = re.compile(r"([+-]?\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?)?")
_ISO_TIME = re.compile(r"(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?")
_EPOCH = datetime(1899, 12, 30)
_DAY_MS = 86_400_000
DATETIME, DURATION = 1, 2  # a style's number format: a date or time, or an elapsed time ([h]:mm)


class Damaged(ValueError):
    """What calamine would refuse the sheet for; the reason is shown to the user."""


def events(data: bytes) -> list[tuple]:
    """quick-xml's events for a fragment: ('start'|'end', name, attributes), ('text'|'cdata', bytes), ('ref', name),
    ('other',).

    An empty element gives a start and an end, as calamine asks quick-xml to.
    """
    out: list[tuple] = []
    position = 0
    for match in _EVENT.finditer(data):
        if match.start() != position:
            break
        position = match.end()
        cdata, slash, name, attributes, empty, reference, text = match.groups()
        if text is not None:
            out.append(("text", text))
        elif name is not None:
            if slash:
                out.append(("end", name, b""))
            else:
                out.append(("start", name, attributes))
                if empty:
                    out.append(("end", name, b""))
        elif reference is not None:
            out.append(("ref", reference))
        elif cdata is not None:
            out.append(("cdata", cdata))
        else:
            out.append(("other",))  # a comment or processing instruction: it still ends a <v>'s first text
    if position != len(data):
        raise Damaged(f"ill-formed XML near {data[position : position + 20]!r}")
    return out


def attributes(raw: bytes) -> dict[bytes, bytes]:
    return {m[1]: m[2] if m[2] is not None else m[3] for m in _ATTRIBUTE.finditer(raw)}


def local(name: bytes) -> bytes:
    return name.rpartition(b":")[2]


def xml_text(raw: bytes) -> str:
    """Text as quick-xml's xml10_content gives it: UTF-8, line ends normalised to \\n."""
    try:
        text = raw.decode()
    except UnicodeDecodeError:
        raise Damaged("text that is not UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def entity(name: bytes) -> str:
    if name in _NAMED:
        return _NAMED[name]
    try:
        code = int(name[2:], 16) if name[:2] in (b"#x", b"#X") else int(name[1:]) if name[:1] == b"#" else -1
        if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000:
            return chr(code)
    except ValueError:
        pass
    raise Damaged(f"unknown entity &{name.decode(errors='replace')};")


def unescape(text: str) -> str:
    """Excel's _x000D_ escapes, only those of the form _x00HH_, as calamine's unescape_xml."""
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)), text) if "_x00" in text else text


def rich_text(stream: list[tuple]) -> str:
    """A shared string (<si>) or an inline string (<is>) from its inner events: every <t> outside
    phonetic runs (<rPh>), each trimmed of ASCII spaces unless xml:space="preserve", then unescaped."""
    parts: list[str] = []
    phonetic = False
    position, end = 0, len(stream)
    while position < end:
        event = stream[position]
        position += 1
        if event[0] == "start":
            name = local(event[1])
            if name == b"rPh":
                phonetic = True
            elif name == b"t" and not phonetic:
                preserve = attributes(event[2]).get(b"xml:space") == b"preserve"
                text = []
                while position < end and not (stream[position][0] == "end" and stream[position][1] == event[1]):
                    kind = stream[position][0]
                    if kind in ("text", "cdata"):
                        text.append(xml_text(stream[position][1]))
                    elif kind == "ref":
                        text.append(entity(stream[position][1]))
                    position += 1
                position += 1
                value = "".join(text)
                parts.append(unescape(value if preserve else value.strip(" \t\r\n")))
        elif event[0] == "end" and local(event[1]) == b"rPh":
            phonetic = False
    return "".join(parts)


def style_format(style: bytes | None, formats: list[int]) -> int:
    """A cell's number format kind from its s="" (atoi, 0 when it is not a plain number)."""
    if style is None:
        return 0
    index = int(style) if style.isdigit() and len(style) < 20 else 0
    return formats[index] if index < len(formats) else 0


def number(raw: bytes, kind: int, is_1904: bool) -> object:
    value = float(raw)
    return excel_date(value, kind, is_1904) if kind else value


def read_v(raw: bytes | str, kind_t: bytes | None, style: int, strings: Sequence[str], is_1904: bool) -> object:
    """The value of a <v>, as calamine's read_v and then python-calamine's conversion."""
    if kind_t == b"s":
        if not raw:
            return EMPTY
        index = int(raw) if raw.isdigit() and len(raw) < 20 else 0
        if index >= len(strings):
            raise Damaged("Cell string index not found in shared strings table")
        return strings[index]
    if kind_t == b"b":
        word = raw.strip(b" \t\n\r\x0c").lower()
        if word not in _BOOLEANS:
            raise Damaged(f"Unrecognized boolean cell value: {raw.decode(errors='replace')}")
        return _BOOLEANS[word]
    if kind_t == b"e":
        if raw not in _ERRORS:
            raise Damaged(f"Unsupported cell error value '{raw.decode(errors='replace')}'")
        return ""  # python-calamine gives an error cell as an empty one
    if kind_t == b"str":
        return unescape(xml_text(raw) if isinstance(raw, bytes) else raw)
    if kind_t == b"d":
        return iso_date(xml_text(raw) if isinstance(raw, bytes) else raw)
    if kind_t in (b"n", None):
        if not raw:
            return EMPTY
        if _FLOAT.fullmatch(raw):
            return number(raw, style, is_1904)
        if kind_t is None:
            return xml_text(raw)
        raise Damaged("invalid float literal")
    raise Damaged(f"Unknown cell 't' attribute: {kind_t.decode(errors='replace')!r}")


def cell(kind_t: bytes | None, style: int, inner: bytes, strings: Sequence[str], is_1904: bool) -> object:
    """A cell from the XML between <c ...> and </c>: its last child <v>, <is> or <f> decides (calamine's read_value)."""
    stream = events(inner)
    value = EMPTY
    position, end = 0, len(stream)
    while position < end:
        event = stream[position]
        position += 1
        if event[0] != "start":
            continue
        closing = position
        while closing < end and not (stream[closing][0] == "end" and stream[closing][1] == event[1]):
            closing += 1
        if closing == end:
            raise Damaged(f"unclosed <{event[1].decode(errors='replace')}>")
        inside = stream[position:closing]
        position = closing + 1
        name = local(event[1])
        if name == b"is":
            value = rich_text(inside)
        elif name == b"f":
            value = EMPTY
        elif name != b"v":
            raise Damaged("Unexpected node: 'v, f, or is'")
        elif kind_t in (b"inlineStr", b"is"):
            value = EMPTY
        elif kind_t in (b"n", b"s", b"b", b"e", None):
            # Only the text before any reference or CDATA counts, undecoded, as calamine reads it.
            value = (
                read_v(inside[0][1], kind_t, style, strings, is_1904)
                if inside[:1] and inside[0][0] == "text"
                else EMPTY
            )
        else:
            text = "".join(
                xml_text(e[1]) if e[0] == "text" else entity(e[1]) for e in inside if e[0] in ("text", "ref")
            )
            value = read_v(text, kind_t, style, strings, is_1904)
    return value


def _milliseconds(days: float) -> int:
    """Rust's f64::round (halves away from zero) of the milliseconds in `days`, saturated to an i64."""
    ms = days * _DAY_MS
    if math.isnan(ms):
        return 0
    whole = math.floor(abs(ms)) if math.isfinite(ms) else 2**63
    whole += abs(ms) - whole >= 0.5 if math.isfinite(ms) else 0
    return int(math.copysign(min(whole, 2**63 - 1), ms))


def excel_date(value: float, kind: int, is_1904: bool) -> object:
    """A serial date under a date or duration style as python-calamine gives it: timedelta for elapsed
    time, time below 1, date for whole days, datetime otherwise, the float when out of years 1-9999."""
    if kind == DURATION:
        try:
            return timedelta(milliseconds=_milliseconds(value))
        except OverflowError:
            return value
    days = value + 1462 if is_1904 else value
    ms = _milliseconds(days if days >= 60 else days + 1)
    if value < 1.0:
        return (_EPOCH + timedelta(milliseconds=ms % _DAY_MS)).time()
    try:
        moment = _EPOCH + timedelta(milliseconds=ms)
    except OverflowError:
        return value
    whole = value <= 2**64 and value == float(int(value))
    return moment.date() if whole else moment


def iso_date(text: str) -> object:
    """A t="d" cell (an ISO 8601 date): datetime, time or date as python-calamine gives it, else the text."""
    try:
        if "T" in text:
            match = _ISO.fullmatch(text)
            if match and match[4]:
                moment = datetime(*map(int, match.groups()[:6]), int((match[7] or "0").ljust(6, "0")[:6]))
                return moment
        elif ":" in text:
            match = _ISO_TIME.fullmatch(text)
            if match:
                return datetime(
                    2000, 1, 1, *map(int, match.groups()[:3]), int((match[4] or "0").ljust(6, "0")[:6])
                ).time()
        else:
            match = _ISO.fullmatch(text)
            if match and not match[4]:
                return datetime(*map(int, match.groups()[:3])).date()
    except ValueError:
        pass
    return text

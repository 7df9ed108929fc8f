"""What the streaming .xlsx reader needs besides the sheet: the sheets' names and parts, the 1904 date
system, which cell styles are dates, and the shared strings, found as calamine finds them."""

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from app.core.importing.readers import xlsx_values as xv

CHUNK = 2**20
_RELATIONSHIP = re.compile(rb"<(?:[\w.-]+:)?Relationship\s([^>]*)>")
_SHEET = re.compile(rb"<(?:[\w.-]+:)?sheet\s([^>]*)>")
_WORKBOOK_PR = re.compile(rb"<(?:[\w.-]+:)?workbookPr\s([^>]*)>")
_NUMBER_FORMATS = re.compile(rb"<(?:[\w.-]+:)?numFmts[\s>].*?</(?:[\w.-]+:)?numFmts>", re.S)
_NUMBER_FORMAT = re.compile(rb"<(?:[\w.-]+:)?numFmt\s([^>]*)>")
_CELL_XFS = re.compile(rb"<(?:[\w.-]+:)?cellXfs[\s>].*?</(?:[\w.-]+:)?cellXfs>", re.S)
_XF = re.compile(rb"<(?:[\w.-]+:)?xf(\s[^>]*)?>")
_STRING = re.compile(rb"<si><t>([^<&\r]*)</t></si>|<si(?:\s[^>]*)?(?:/>|>(.*?)</si>)", re.S)
_REFERENCE = re.compile(rb"&([^;<&\s]*);")
_BUILTIN = {b"14", b"15", b"16", b"17", b"18", b"19", b"20", b"21", b"22", b"45", b"47"}  # dates and times
_ELAPSED = b"46"  # [h]:mm:ss
_SHEET_TYPES = {"worksheet": True, "chartsheet": False, "dialogsheet": False}


class Unsupported(Exception):
    """A workbook the streaming reader does not read the way calamine does; calamine reads it instead."""


@dataclass
class Book:
    sheets: list[tuple[str, str, bool]]  # name, zip member, whether a worksheet (not a chart or dialog sheet)
    is_1904: bool = False
    formats: list[int] = field(default_factory=list)  # per cell style (s=""): 0, xv.DATETIME or xv.DURATION
    strings: list[str] = field(default_factory=list)


def load(archive: zipfile.ZipFile) -> Book:
    """The workbook's parts as calamine reads them; Unsupported when they hold what it is not sure to read alike."""
    members = {name.replace("\\", "/").lower(): name for name in archive.namelist()}

    def member(path: str) -> str | None:
        return members.get(path.lower())

    def read(path: str) -> bytes:
        name = member(path)
        if name is None:
            raise Unsupported(path)
        return archive.read(name)

    package = _relationships(read("_rels/.rels"))
    office = [target for target, kind in package.values() if kind.endswith("/relationships/officeDocument")]
    if not office:
        raise Unsupported("no officeDocument")
    target = office[-1]
    base = target[: target.rfind("/") + 1].removeprefix("/") if "/" in target else ""
    relationships = _relationships(read(f"{base}_rels/workbook.xml.rels"))
    workbook = read(f"{base}workbook.xml")
    book = Book([])
    for match in _SHEET.finditer(workbook):
        attributes = xv.attributes(match[1])
        ids = [value for key, value in attributes.items() if xv.local(key) == b"id"]
        if attributes.get(b"state", b"visible") not in (b"visible", b"hidden", b"veryHidden") or not ids:
            raise Unsupported("sheet")
        target, kind = relationships.get(ids[-1].decode(), (None, ""))
        sheet_type = _SHEET_TYPES.get(kind.rsplit("/", 1)[-1])
        if target is None or sheet_type is None:
            raise Unsupported("sheet relationship")
        path = target[1:] if target.startswith("/") else base + target
        book.sheets.append((_decoded(attributes.get(b"name", b"")), member(path) or path, sheet_type))
    for match in _WORKBOOK_PR.finditer(workbook):
        book.is_1904 = xv.attributes(match[1]).get(b"date1904") in (b"1", b"true")
    if styles := member(f"{base}styles.xml"):
        book.formats = _formats(archive.read(styles))
    if strings := member(f"{base}sharedStrings.xml"):
        with archive.open(strings) as part:
            book.strings = list(_strings(part))
    return book


def _relationships(data: bytes) -> dict[str, tuple[str, str]]:
    found = {}
    for match in _RELATIONSHIP.finditer(data):
        attributes = xv.attributes(match[1])
        if b"Id" in attributes:
            found[attributes[b"Id"].decode()] = (
                attributes.get(b"Target", b"").decode(),
                attributes.get(b"Type", b"").decode(),
            )
    return found


def _decoded(value: bytes) -> str:
    return _REFERENCE.sub(lambda m: xv.entity(m[1]).encode(), value).decode()


def _formats(styles: bytes) -> list[int]:
    """Each cell style's number format: a date or time, an elapsed time, or neither (calamine's read_styles)."""
    codes = {}
    for section in _NUMBER_FORMATS.finditer(styles):
        for match in _NUMBER_FORMAT.finditer(section[0]):
            attributes = xv.attributes(match[1])
            if b"numFmtId" in attributes and b"formatCode" in attributes:
                codes[attributes[b"numFmtId"]] = _decoded(attributes[b"formatCode"])
    formats = []
    for section in _CELL_XFS.finditer(styles):
        for xf in _XF.finditer(section[0]):
            number_format = xv.attributes(xf[1] or b"").get(b"numFmtId")
            if number_format is None:
                formats.append(0)
            elif number_format in codes:
                formats.append(format_kind(codes[number_format]))
            else:
                formats.append(
                    xv.DATETIME if number_format in _BUILTIN else xv.DURATION if number_format == _ELAPSED else 0
                )
    return formats


def format_kind(code: str) -> int:
    """calamine's detect_custom_number_format: date/time letters outside quotes, escapes and [brackets]
    of the first section make a date; [h], [m] or [s] an elapsed time."""
    escaped = quoted = ampm = hms = False
    brackets = 0
    previous = " "
    for char in code:
        if escaped:
            escaped = False
        elif char in "_\\*":
            escaped = True
        elif quoted:
            quoted = char != '"'
        elif char == '"':
            quoted = True
        elif char == ";":
            return 0
        elif char == "[":
            brackets += 1
        elif char == "]" and brackets == 1 and hms:
            return xv.DURATION
        elif char == "]":
            brackets = max(brackets - 1, 0)
        elif char in "aA" and not ampm and not brackets:
            ampm = True
        elif (char in "pm/PM" and ampm and not brackets) or (char in "dmhysDMHYS" and not ampm and not brackets):
            return xv.DATETIME
        elif not (hms and char.lower() == previous.lower()):
            hms = previous == "[" and char in "mhsMHS"
        previous = char
    return 0


def complete(part: IO[bytes], end: bytes, size: int = CHUNK) -> Iterator[bytes]:
    """The part in pieces of about `size` bytes, each ending just after an `end` tag (the last piece: the rest)."""
    carry = b""
    while chunk := part.read(size):
        data = carry + chunk
        cut = data.rfind(end)
        if cut < 0:
            carry = data
            continue
        cut += len(end)
        carry = data[cut:]
        yield data[:cut]
    if carry:
        yield carry


def _strings(part: IO[bytes]) -> Iterator[str]:
    for piece in complete(part, b"</si>"):
        if b"<si" not in piece and b":si" in piece:
            raise Unsupported("prefixed shared strings")
        items = _STRING.findall(piece)
        if len(items) != piece.count(b"<si"):
            raise Unsupported("a shared string in an unusual form")
        for plain, inner in items:
            if inner:
                yield xv.rich_text(xv.events(inner))
            else:
                text = plain.strip(b" \t\n").decode()
                yield xv.unescape(text)

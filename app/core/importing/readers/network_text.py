"""Address tables that network tools print: DHCP leases (ISC, dnsmasq), `arp` and arp-scan output.

They carry no make or model, only MAC addresses, which is enough to find a listed vendor's hardware.
Rows are found by their shape, not by header text, because Windows translates `arp -a` headers.
"""

import re
from collections.abc import Iterator
from pathlib import Path

from app.core.importing.errors import display_name
from app.core.importing.readers.delimited import detect_encoding
from app.core.importing.table import Table
from app.core.normalise import mac_digits

HEADERS = ["IP Address", "MAC Address", "Hostname"]

_IP = r"(\d{1,3}(?:\.\d{1,3}){3})"
_MAC = r"([0-9A-Fa-f]{1,2}(?:[:-][0-9A-Fa-f]{1,2}){5})"
_SIGNATURES = [
    re.compile(r"^\s*lease\s+\d[\d.]*\s*\{", re.M),  # ISC dhcpd.leases
    re.compile(rf"^\d{{9,11}} {_MAC} {_IP} \S+", re.M),  # dnsmasq.leases
    re.compile(rf"\({_IP}\) at ", re.M),  # arp -a (Linux, macOS)
    re.compile(r"^Address\s+HWtype\s+HWaddress", re.M),  # arp (Linux table)
    re.compile(rf"^\s*{_IP}\s+{_MAC}\s+(dynamic|static|\w+)\s*$", re.M),  # arp -a (Windows), Get-NetNeighbor
    re.compile(rf"^{_IP}\t{_MAC}\t", re.M),  # arp-scan
]
_LINE = re.compile(rf"{_IP}|{_MAC}")
_ISC_LEASE = re.compile(r"lease\s+(?P<ip>[\d.]+)\s*\{(?P<body>.*?)\}", re.S)
_ISC_MAC = re.compile(r"hardware ethernet\s+([0-9A-Fa-f:]+)")
_ISC_HOST = re.compile(r'client-hostname\s+"([^"]*)"')
_HOST_BEFORE_IP = re.compile(rf"^(\S+)\s+\({_IP}\)")
_NOT_DEVICES = ("FFFFFFFFFFFF", "000000000000")


def recognises(path: Path, head: str) -> bool:
    return any(signature.search(head) for signature in _SIGNATURES)


def read(path: Path) -> Table:
    raw = path.read_bytes()
    text = raw.decode(detect_encoding(raw[:4096]), errors="replace")
    rows = _isc_rows(text) if _SIGNATURES[0].search(text) else _line_rows(text)
    return Table(display_name(path), _numbered(rows), headers=HEADERS)


def _numbered(rows: Iterator[list[object]]) -> Iterator[tuple[int, list[object]]]:
    yield from enumerate(rows, start=2)  # row 1 is the header the reader supplies


def _isc_rows(text: str) -> Iterator[list[object]]:
    for lease in _ISC_LEASE.finditer(text):
        mac = _ISC_MAC.search(lease["body"])
        host = _ISC_HOST.search(lease["body"])
        if mac:
            yield [lease["ip"], mac.group(1), host.group(1) if host else ""]


def _line_rows(text: str) -> Iterator[list[object]]:
    for line in text.splitlines():
        ip = mac = ""
        for found in _LINE.finditer(line):
            ip = ip or found.group(1) or ""
            mac = mac or found.group(2) or ""
        digits = mac_digits(mac)
        if not digits or digits in _NOT_DEVICES or int(digits[:2], 16) & 1:  # broadcast and multicast
            continue
        host = _HOST_BEFORE_IP.match(line)
        name = host.group(1) if host and host.group(1) != "?" else ""
        if not name and re.match(r"^\d{9,11} ", line):  # dnsmasq: expiry MAC IP hostname client-id
            fields = line.split()
            name = fields[3] if len(fields) > 3 and fields[3] != "*" else ""
        yield [ip, mac, name]

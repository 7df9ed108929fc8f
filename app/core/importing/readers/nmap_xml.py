"""nmap XML scan results (`nmap -oX`): one row per host that has a MAC address or a name."""

from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import iterparse

from app.core.importing.errors import InventoryError, display_name
from app.core.importing.table import Table
from app.core.language import QT_TRANSLATE_NOOP, Sentence

HEADERS = ["IP Address", "MAC Address", "Vendor (nmap)", "Hostname", "Status", "Device type (nmap)"]


def recognises(path: Path, head: str) -> bool:
    return "<nmaprun" in head


def read(path: Path) -> Table:
    return Table(display_name(path), _rows(path), headers=HEADERS)


def _rows(path: Path) -> Iterator[tuple[int, list[object]]]:
    number = 1  # the header row
    try:
        # defusedxml refuses entity expansion and external entities: scan files come from outside.
        for _, element in iterparse(str(path), events=("end",), forbid_dtd=True):
            if element.tag != "host":
                continue
            cells = _host_cells(element)
            element.clear()
            if cells[1] or cells[4] != "down":  # hosts that did not answer are not devices
                number += 1
                yield number, cells
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
        raise InventoryError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} declares a document type or entities, which Vetted refuses in scan files for safety; "
                "save the scan again with nmap -oX.",
            ),
            name=display_name(path),
        ) from None
    except DefusedXmlException:
        raise InventoryError(
            QT_TRANSLATE_NOOP("Errors", "{name} holds XML that Vetted refuses for safety."), name=display_name(path)
        ) from None
    except ParseError as error:
        reason = (
            str(error).splitlines()[0]
            if str(error).strip()
            else Sentence(QT_TRANSLATE_NOOP("Errors", "it is cut short"))
        )
        raise InventoryError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a complete nmap XML file ({reason})."),
            name=display_name(path),
            reason=reason,
        ) from None


def _host_cells(host) -> list[object]:
    ip = mac = vendor = ""
    for address in host.iter("address"):
        kind = address.get("addrtype")
        if kind in ("ipv4", "ipv6") and not ip:
            ip = address.get("addr", "")
        elif kind == "mac":
            mac, vendor = address.get("addr", ""), address.get("vendor", "")
    names = [h.get("name", "") for h in host.iter("hostname")]
    status = host.find("status")
    osclass = host.find("os/osmatch/osclass")
    return [
        ip,
        mac,
        vendor,
        names[0] if names else "",
        status.get("state", "") if status is not None else "",
        osclass.get("type", "") if osclass is not None else "",
    ]

"""Which of the user's columns holds the make, the model, the MAC...: found from header words."""

import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

from app.core.normalise import text_key

# Header words per device field, in English, French, and a little Portuguese and Spanish. Compared after
# folding case, accents and punctuation; a header a few letters off ("Manufaturer") still matches.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "manufacturer": (
        "manufacturer",
        "make",
        "vendor",
        "maker",
        "fabricant",
        "constructeur",
        "fabricante",
        "hersteller",
        "manufacturer name",
        "oem",
        "producer",
        "mfr",
        "mfg",
        "vendor nmap",
    ),
    "brand": ("brand", "marque", "marca", "brand name", "nom de marque"),
    "model": (
        "model",
        "model no",
        "model number",
        "model nr",
        "model num",
        "model #",
        "modele",
        "modelo",
        "numero de modele",
        "no de modele",
        "reference",
        "part number",
        "part no",
        "product code",
        "device model",
        "product model",
        "sku",
        "type",
        "device type",
        "type appareil",
    ),
    "serial": (
        "serial",
        "serial number",
        "serial no",
        "serial num",
        "s n",
        "sn",
        "device serial number",
        "device serial no",
        "numero de serie",
        "no de serie",
        "n de serie",
        "serie",
        "numero serie",
        "num serie",
        "numero de serie do equipamento",
    ),
    "mac": (
        "mac",
        "mac address",
        "mac addr",
        "mac adress",
        "hardware address",
        "physical address",
        "hwaddress",
        "ethernet address",
        "adresse mac",
        "adresse physique",
        "endereco mac",
        "direccion mac",
        "link layer address",
        "linklayeraddress",
    ),
    "device_type": (
        "device type",
        "type",
        "category",
        "role",
        "device role",
        "equipment type",
        "asset type",
        "type d appareil",
        "type appareil",
        "type d equipement",
        "categorie",
        "tipo",
        "tipo de equipamento",
        "kind",
        "device type nmap",
        "equipment",
    ),
    "description": (
        "description",
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "commentaire",
        "commentaires",
        "remarques",
        "observations",
        "observacoes",
        "details",
    ),
    "site": (
        "site",
        "building",
        "facility",
        "campus",
        "batiment",
        "etablissement",
        "site name",
        "branch",
        "property",
        "premises",
    ),
    "location": (
        "location",
        "emplacement",
        "localisation",
        "room",
        "area",
        "zone",
        "lieu",
        "localizacao",
        "ubicacion",
        "position",
        "installed at",
        "where",
        "placement",
        "location description",
        "local",
        "localizacao da camera",
    ),
    "name": (
        "name",
        "device name",
        "hostname",
        "host name",
        "nom",
        "nom de l appareil",
        "camera name",
        "label",
        "tag",
        "nomenclatura",
        "asset name",
        "nickname",
    ),
    "ip": ("ip", "ip address", "ipv4 address", "ipv4", "adresse ip", "endereco ip", "direccion ip"),
    "asset_tag": (
        "asset tag",
        "asset id",
        "asset number",
        "asset no",
        "inventory number",
        "inventory no",
        "tag number",
        "numero d inventaire",
        "no d inventaire",
        "etiquette",
        "asset",
        "patrimonio",
    ),
    "install_date": (
        "install date",
        "installed",
        "installation date",
        "date installed",
        "purchase date",
        "date of purchase",
        "date d installation",
        "date de mise en service",
        "commissioning date",
        "in service date",
        "data de instalacao",
    ),
}

# Where both exist, the part number is the better model ("Model Number" beats Snipe-IT's "Model" name),
# and a column named for one field beats one that merely could be it ("Type" is a device type or a model).
_PREFERENCE = {
    "model": ("model number", "model no", "model nr", "model num", "model #", "part number", "device model"),
}
_AMBIGUOUS = frozenset({"type", "device type"})
FUZZY_HEADER_CUTOFF = 88

_LOOKUP: dict[str, list[str]] = {}
for _field, _words in SYNONYMS.items():
    for _word in _words:
        _LOOKUP.setdefault(_word, []).append(_field)
_WORDS = list(_LOOKUP)


def header_key(value: object) -> str:
    """'Numéro de série' -> 'numero de serie'; 'S/N' -> 's n'."""
    text = unicodedata.normalize("NFKD", str(value or ""))
    return text_key("".join(c for c in text if not unicodedata.combining(c)))


@lru_cache(maxsize=4096)  # makes repeat down a column; each is looked up once
def is_header_word(value: str) -> bool:
    """True for a cell that is a header word ('MODELO', 'MAC'): a later table's header row, not a device."""
    return value.isalpha() and header_key(value) in _LOOKUP


def fields_for(header: object) -> list[str]:
    """The device fields a header could name, most likely first; [] if it names none."""
    key = header_key(header)
    if not key:
        return []
    if key in _LOOKUP:
        return _LOOKUP[key]
    if len(key) >= 5:
        best = process.extractOne(key, _WORDS, scorer=fuzz.ratio, score_cutoff=FUZZY_HEADER_CUTOFF)
        if best:
            return _LOOKUP[best[0]]
    return []


def map_columns(headers: list[str], samples: list[list[object]] | None = None) -> dict[str, int]:
    """{device field: column index} for the headers given, each field at most once.

    `samples` (a few data rows) settle the ambiguous 'Type' header: model numbers have digits,
    device types ("Dome camera", "NVR") mostly do not.
    """
    candidates: dict[str, list[tuple[int, int]]] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        for rank, field in enumerate(fields_for(header)):
            preferred = key in _PREFERENCE.get(field, ())
            ambiguous = key in _AMBIGUOUS
            candidates.setdefault(field, []).append((rank * 2 + ambiguous - 4 * preferred, index))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for field in sorted(candidates, key=lambda f: min(candidates[f])):
        for _, index in sorted(candidates[field]):
            if index not in used:
                mapping[field] = index
                used.add(index)
                break
    return _settle_type_column(headers, mapping, samples or [])


def _settle_type_column(headers: list[str], mapping: dict[str, int], samples: list[list[object]]) -> dict[str, int]:
    """A 'Type' column full of model numbers (SADP, NetBox) is the model; one of words is the device type."""
    for field, other in (("model", "device_type"), ("device_type", "model")):
        index = mapping.get(field)
        if index is None or header_key(headers[index]) not in _AMBIGUOUS:
            continue
        wants_model = _looks_like_models([row[index] for row in samples if index < len(row)])
        if (field == "model") != wants_model and other not in mapping:
            mapping[other] = mapping.pop(field)
    return mapping


def _looks_like_models(values: list[object]) -> bool:
    texts = [str(v).strip() for v in values if str(v or "").strip()]
    if not texts:
        return False
    with_digits = sum(any(c.isdigit() for c in t) and len(t.split()) <= 2 for t in texts)
    return with_digits * 2 >= len(texts)

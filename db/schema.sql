-- The vendor knowledge base, built from the CSV files beside this one.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, short TEXT NOT NULL, title TEXT NOT NULL, publisher TEXT NOT NULL,
    date TEXT NOT NULL, jurisdiction TEXT NOT NULL,
    applies_to TEXT NOT NULL CHECK (applies_to IN ('', 'everyone', 'public', 'industry')),
    url TEXT NOT NULL, quote TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('law', 'purchasing', 'sanctions', 'called_for', 'evidence')),
    review_note TEXT NOT NULL  -- for reviewers of db/ only: never shown to users
);
CREATE TABLE vendors (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('listed', 'regional', 'clear')),
    source_id TEXT NOT NULL REFERENCES sources(id)
);
CREATE TABLE restrictions (
    vendor_id TEXT NOT NULL REFERENCES vendors(id), source_id TEXT NOT NULL REFERENCES sources(id),
    scope TEXT NOT NULL, PRIMARY KEY (vendor_id, source_id)
);
CREATE TABLE aliases (
    alias TEXT NOT NULL, key TEXT PRIMARY KEY, vendor_id TEXT NOT NULL REFERENCES vendors(id),
    kind TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id)
);
CREATE TABLE oem_brands (
    brand TEXT NOT NULL, key TEXT PRIMARY KEY, vendor_id TEXT NOT NULL REFERENCES vendors(id),
    relation TEXT NOT NULL CHECK (relation IN ('oem', 'former_subsidiary', 'relabel')),
    certainty TEXT NOT NULL CHECK (certainty IN ('high', 'medium', 'low')),
    valid_from TEXT NOT NULL, valid_to TEXT NOT NULL, note TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id)
);
CREATE TABLE model_rules (
    id TEXT PRIMARY KEY, vendor_id TEXT NOT NULL REFERENCES vendors(id), pattern TEXT NOT NULL,
    category TEXT NOT NULL, brand TEXT NOT NULL, in_serial INTEGER NOT NULL, note TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id)
);
CREATE TABLE ouis (
    prefix TEXT PRIMARY KEY, registrant TEXT NOT NULL, vendor_id TEXT NOT NULL REFERENCES vendors(id),
    source_id TEXT NOT NULL REFERENCES sources(id)
);

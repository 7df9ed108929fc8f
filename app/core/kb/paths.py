"""Where the knowledge base and the resources live: in a source checkout, an installed package, the frozen app.

- A checkout (or an editable install) reads the repository: db/ holds the knowledge base as text, built
  into resources/vendors.sqlite when it is missing or older than db/.
- An installed wheel (`pip install .`) carries app/resources/ with the knowledge base already built by
  setup.py, and no db/, so it never tries to rebuild inside site-packages.
- PyInstaller unpacks the same resources/ beside the code under sys._MEIPASS, also without db/.
"""

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]  # app/
_CHECKOUT = _PACKAGE.parent


def _root() -> Path:
    if hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS)
    if (_CHECKOUT / "db").is_dir() and (_CHECKOUT / "resources").is_dir():
        return _CHECKOUT
    return _PACKAGE


ROOT = _root()
DB_DIR = ROOT / "db"
RESOURCES = ROOT / "resources"
KB_FILE = RESOURCES / "vendors.sqlite"
SAMPLE_INVENTORY = RESOURCES / "sample-inventory.xlsx"
UPDATE_SUFFIX = ".vetted-kb"  # a signed knowledge-base update file (app/core/kb/update.py)

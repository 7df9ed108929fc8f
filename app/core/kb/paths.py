"""Where the knowledge base lives, from a source checkout and inside the frozen app."""

import sys
from pathlib import Path

# PyInstaller unpacks data beside the code under sys._MEIPASS; a checkout has it in the repository.
ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3]))
DB_DIR = ROOT / "db"
RESOURCES = ROOT / "resources"
KB_FILE = RESOURCES / "vendors.sqlite"
SAMPLE_INVENTORY = RESOURCES / "sample-inventory.xlsx"

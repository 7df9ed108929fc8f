"""Packaging hook: a wheel (and so `pip install .`) carries the built knowledge base and the resources.

The repository keeps the knowledge base as reviewable text in db/ and the resources in resources/, beside
the app/ package. Building a wheel puts the sample inventory and the icon under app/resources/ and builds
app/resources/vendors.sqlite from db/ there, so an installed Vetted has everything app/core/kb/paths.py
looks for. An editable install reads the checkout itself and needs none of this.
"""

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCES = ("sample-inventory.xlsx", "icon.png", "guide_en.html", "guide_fr.html")


class BuildWithKnowledgeBase(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "app" / "resources"
        target.mkdir(parents=True, exist_ok=True)
        for name in RESOURCES:
            shutil.copy2(HERE / "resources" / name, target / name)
        # The French catalogue; Vetted compiles it with PySide6's lrelease into the user's cache on first use.
        (target / "i18n").mkdir(exist_ok=True)
        for catalogue in (HERE / "resources" / "i18n").glob("*.ts"):
            shutil.copy2(catalogue, target / "i18n" / catalogue.name)
        sys.path.insert(0, str(HERE))
        try:
            from app.core.kb.build import build

            build(target / "vendors.sqlite", HERE / "db")
        finally:
            sys.path.remove(str(HERE))
        (target / "vendors.partial").unlink(missing_ok=True)


setup(cmdclass={"build_py": BuildWithKnowledgeBase})

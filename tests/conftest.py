import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SHARED_SAMPLES = ROOT.parent / "shared" / "real-samples"


@pytest.fixture(scope="session")
def kb():
    from app.core.kb.knowledge import load

    return load()


@pytest.fixture
def matcher(kb):
    from app.core.matching import Matcher

    return Matcher(kb)


def real_sample(relative: str) -> Path:
    """A real export from ../shared/real-samples; the test is skipped where that folder is absent."""
    path = SHARED_SAMPLES / relative
    if not path.exists():
        pytest.skip(f"real sample {relative} is not beside this clone")
    return path

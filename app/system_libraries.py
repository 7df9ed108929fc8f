"""The Linux system libraries Qt needs to open Vetted's window, and the Debian packages that bring them.

dev.sh asks which packages are missing (`python3 -m app.system_libraries`, standard library only) and
installs just those; app/gui.py names a missing one in a sentence before Qt would fail with its own
misleading hint about platform plugins.
"""

import ctypes
import os
import sys
from pathlib import Path

# soname (or file) -> Debian package. The xcb ones only matter for a window on X11 (or XWayland).
CORE = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
XCB = {
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
FONTS = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf": "fonts-dejavu-core"}


def _present(library: str) -> bool:
    if library.startswith("/"):
        return Path(library).exists()
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing(libraries: dict[str, str]) -> dict[str, str]:
    """The libraries of `libraries` this system cannot load, with their packages."""
    return {library: package for library, package in libraries.items() if not _present(library)}


def window_problem() -> str | None:
    """One sentence naming a library the window needs that is missing, or None (also off Linux, and in
    the standalone app, which carries its own)."""
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    needed = {**CORE, **XCB} if platform in ("", "xcb") else CORE
    absent = missing(needed)
    if not absent:
        return None
    library = next(iter(absent))
    packages = " ".join(dict.fromkeys(absent.values()))
    return (
        f"Vetted cannot open its window: the system library {library} is missing"
        f" (on Debian or Ubuntu: sudo apt-get install {packages})."
    )


if __name__ == "__main__":
    # The Debian packages dev.sh should install, one a line.
    print("\n".join(dict.fromkeys(missing({**CORE, **XCB, **FONTS}).values())))

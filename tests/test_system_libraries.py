"""When Qt's system libraries are missing, Vetted names the one missing instead of Qt's misleading hint."""

import sys

import pytest

from app import system_libraries


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux system libraries")
def test_a_missing_xcb_library_is_named_in_one_sentence(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(system_libraries, "XCB", {**system_libraries.XCB, "libxcb-nothing.so.9": "libxcb-nothing9"})
    problem = system_libraries.window_problem()
    assert problem == (
        "Vetted cannot open its window: the system library libxcb-nothing.so.9 is missing"
        " (on Debian or Ubuntu: sudo apt-get install libxcb-nothing9)."
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux system libraries")
def test_offscreen_needs_no_xcb_library(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(system_libraries, "XCB", {"libxcb-nothing.so.9": "libxcb-nothing9"})
    assert system_libraries.window_problem() is None


def test_the_program_says_it_and_stops_before_starting_qt(monkeypatch, capsys):
    from app.__main__ import main

    monkeypatch.setattr(system_libraries, "window_problem", lambda: "Vetted cannot open its window: …")
    monkeypatch.setattr(sys, "argv", ["vetted"])
    assert main() == 1
    assert capsys.readouterr().err == "Vetted cannot open its window: …\n"

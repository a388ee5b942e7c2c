"""An unexpected error in the GUI is logged with its traceback and shown in a short
message with the log's path; the program goes on."""

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rapporteur_app.ui.application import install_excepthook


def test_an_error_in_a_slot_is_logged_and_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    previous = sys.excepthook
    install_excepthook(str(tmp_path / "rapporteur.log"))
    hook = sys.excepthook
    monkeypatch.setattr(sys, "excepthook", previous)

    def broken_slot() -> None:
        raise ZeroDivisionError("a bug in a slot")

    try:
        broken_slot()
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR):
            hook(*sys.exc_info())  # what Qt calls for an exception escaping a slot
    assert shown and str(tmp_path / "rapporteur.log") in shown[0]
    assert "nothing you saved is lost" in shown[0]
    assert "ZeroDivisionError: a bug in a slot" in caplog.text
    assert "broken_slot" in caplog.text  # the traceback is in the log
    # The event loop still runs.
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: ticked == [True])

"""The Qt binding does not lose references to None in the calls the console makes
thousands of times in a session (PySide6 6.12.0 did, on Python 3.11: after a few
thousand refreshes the program died with "deallocating None")."""

import gc
import sys

from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot


def test_no_reference_to_none_is_lost(qtbot: QtBot) -> None:
    combo = QComboBox()
    items = QListWidget()
    qtbot.addWidget(combo)
    qtbot.addWidget(items)
    # Garbage left by earlier tests, collected half-way, would drop references to
    # None too: collect it first, and not during the count.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(3000):
            combo.addItems(["1. Austria"])
            combo.addItem("2. France")
            items.addItem(QListWidgetItem("Austria"))
        combo.clear()
        items.clear()
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert after >= before - 50

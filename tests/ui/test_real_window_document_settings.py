"""The Document settings dialog in a real window (Xvfb, keys typed with xdotool):
opened from the Meeting menu with the keyboard, typed into at once (the cursor
starts in the first field), the issuing office's second line made bold with
Ctrl+B, saved with Enter; the database holds what was typed."""

import time
from pathlib import Path

import pytest

from rapporteur_app.services.app_services import Services
from tests.realwindow import missing_tools, real_window

pytestmark = [
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}"),
    pytest.mark.timeout(300),
]


def test_the_document_settings_typed_in_the_real_window(db_path: Path) -> None:
    services = Services.open(db_path)
    meeting = services.meetings.add("Human Dimension Meeting", "Vienna")
    services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    services.close()
    with real_window(["--db", str(db_path)], window_name=db_path.name) as window:
        time.sleep(1.0)
        window.key("alt+m")
        time.sleep(0.5)
        window.key("d")
        window.focus(window.wait_for_window("Document settings"))
        window.type("Organization for Security and Co-operation in Europe")
        window.key("Return", "ctrl+b")
        window.type("Office of the Special Representative")
        window.key("ctrl+b", "Tab")
        window.type("PC.SHDM.GAL/3/22")
        window.key("Tab", "Tab")
        window.type("ENGLISH only")
        window.key("Return")  # Save, the dialog's default button

        def saved() -> bool:
            opened = Services.open(db_path, backup=False)
            try:
                return opened.meetings.document_settings(meeting.id).symbol != ""
            finally:
                opened.close()

        window.wait_until(saved, timeout_s=20, what="the settings saved")
    services = Services.open(db_path, backup=False)
    try:
        settings = services.meetings.document_settings(meeting.id)
    finally:
        services.close()
    assert settings.issuer == (
        "Organization for Security and Co-operation in Europe\n"
        "**Office of the Special Representative**"
    )
    assert (settings.symbol, settings.issued, settings.distribution) == (
        "PC.SHDM.GAL/3/22",
        "",
        "ENGLISH only",
    )

"""The year view in the real program: a real X window, real keys through xdotool.
Ctrl+Shift+Y opens it on the newest year; the year is chosen with the keyboard, the
Follow-up tab reached with its Alt key, and Escape closes it; a screenshot shows it."""

import subprocess
from pathlib import Path

import pytest

from rapporteur_app.services.app_services import Services
from tests.realwindow import missing_tools, real_window
from tests.services.year_builder import build_year

pytestmark = [
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}"),
    pytest.mark.timeout(240),
]


def _window_names(display: str) -> list[str]:
    done = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "."], capture_output=True, text=True,
        env={"DISPLAY": display}, check=False,
    )  # fmt: skip
    names = []
    for window_id in done.stdout.split():
        name = subprocess.run(["xdotool", "getwindowname", window_id], capture_output=True,
                              text=True, env={"DISPLAY": display}, check=False)  # fmt: skip
        names.append(name.stdout.strip())
    return names


def test_the_year_view_opens_with_its_key_in_the_real_window(tmp_path: Path, db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        build_year(services)
    finally:
        services.close()
    with real_window(["--db", str(db_path), "gui"], window_name=db_path.name) as window:
        window.key("ctrl+shift+y")
        year_id = window.wait_for_window("The year")
        window.focus(year_id)
        window.key("alt+y", "Down")  # the year: from 2017 (the newest) to 2016
        window.key("alt+f")  # the Follow-up tab
        shot = window.shot(tmp_path / "year-view.png")
        assert shot.stat().st_size > 10_000
        window.key("Escape")
        window.wait_until(
            lambda: "The year" not in _window_names(window.display),
            15,
            "the year view closed by Escape",
        )
    assert window.process.returncode is not None

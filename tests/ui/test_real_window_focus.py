"""The keys land where the rapporteur types next, whatever held the focus: the real
program in a real X window (Xvfb), real key presses and clicks (xdotool).

The paths a user's focus wanders along during a speech — a menu opened and closed
with one Esc or with a click elsewhere, the menu bar left in keyboard mode by a tap
of Alt, the projector shown and clicked, a click on the log or the tally, the
search window opened and closed, a second program's window and back — each
followed by typing without a pause and by F5 (and F6, Enter in the quick entry):
every word must reach the notes of the speaker on the floor, and no letter may
become a menu's mnemonic. One path ends with kill -9 and the notes read back from
the SQLite file.
"""

import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from rapporteur_app.services.app_services import Services
from tests.realwindow import RealWindow, missing_tools, real_window

pytestmark = [
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}"),
    pytest.mark.timeout(240),
]

PROJECTOR_TITLE = "Rapporteur — floor"


def _session(db: str | Path) -> int:
    services = Services.open(db)
    try:
        meeting = services.meetings.add("Alliance against Trafficking in Persons")
        return services.sessions.add(meeting.id, "Working Session 1", "Prevention").id
    finally:
        services.close()


def _queue(window: RealWindow, typed: str) -> None:
    window.key("ctrl+l")
    window.type(typed)
    window.key("Return")


def _notes(seen: dict[str, Any]) -> dict[str, str]:
    """Each statement's notes as saved (the log shows them once they are)."""
    return {row[2]: row[6] for row in seen["console"]["log"]}


def _saved(window: RealWindow, report: Path, expected: dict[str, str]) -> dict[str, Any]:
    """The view report once the notes expected are saved (at most 0.8 s after a key),
    or after 10 s: then the assertion shows what was."""
    deadline = time.monotonic() + 10
    while True:
        seen = window.views(report)
        if _notes(seen) == expected or time.monotonic() > deadline:
            return seen
        time.sleep(0.3)


def _centre(seen: dict[str, Any], name: str) -> tuple[int, int]:
    x, y, width, height = seen["console"]["where"][name]
    return x + width // 2, y + height // 2


def _shown(window: RealWindow, window_id: str) -> bool:
    done = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "."],
        env=window.env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    return window_id in done.stdout.split()


def _keys_at(seen: dict[str, Any]) -> str:
    keyboard = seen["keyboard"]
    return f"{keyboard['focus_class']}#{keyboard['focus_name']} in {keyboard['active_window']}"


def test_one_esc_out_of_a_menu_then_f5_and_the_notes_survive_kill_9(
    tmp_path: Path, db_path: Path
) -> None:
    """The path found on main: the projector open, the Session menu opened with Alt+S
    and closed with a single Esc, then F5 and France's notes (nothing reached them)."""
    session_id = _session(db_path)
    report = tmp_path / "views.json"
    with real_window(
        ["--db", str(db_path), "gui", "--session", str(session_id)],
        window_name=db_path.name, extra_env={"RAPPORTEUR_VIEW_REPORT": str(report)},
    ) as window:  # fmt: skip
        time.sleep(1.0)
        _queue(window, "Austria")
        window.key("F5")
        window.type("Referral mechanisms work.")
        _queue(window, "France")
        window.key("Escape")
        window.type(" More.")
        window.key("ctrl+p")
        window.wait_for_window(PROJECTOR_TITLE)
        # Typing on at once after one Esc: no letter opens a menu (" Still" has an "S",
        # "t", "i", "l" …: mnemonics of the Session menu's entries).
        window.key("alt+s")
        window.key("Escape")
        window.type(" Still Austria.")
        # At a person's pace: a look at the menu, Esc, a moment, F5, then France.
        window.key("alt+s")
        time.sleep(0.8)
        window.key("Escape")
        time.sleep(0.8)
        window.shot(tmp_path / "after-one-esc.png")
        window.key("F5")
        time.sleep(0.5)
        window.type("Labour exploitation rising.")
        typed = {
            "Austria": "Referral mechanisms work. More. Still Austria.",
            "France": "Labour exploitation rising.",
        }
        seen = _saved(window, report, typed)
        window.shot(tmp_path / "france-typed.png")
        assert seen["keyboard"]["focus_name"] == "notes", _keys_at(seen)
        assert seen["console"]["notes_text"] == typed["France"]
        assert seen["keyboard"]["popup"] == "", "a menu was opened by the typing"
        assert seen["keyboard"]["active_window"] != "QFileDialog"
        assert _notes(seen) == typed
        window.process.send_signal(signal.SIGKILL)
        window.process.wait(timeout=15)
        assert window.process.returncode == -signal.SIGKILL
    with sqlite3.connect(db_path) as connection:
        saved = dict(connection.execute("SELECT on_behalf_of, notes FROM statements"))
    assert saved == typed


def test_the_keys_land_after_every_wandering_of_the_focus(tmp_path: Path, db_location: str) -> None:
    session_id = _session(db_location)
    report = tmp_path / "views.json"
    args = ["--db", db_location, "gui", "--session", str(session_id)]
    # The title names the database once it is open: its file, or the end of its URL.
    title = db_location.rsplit("/", 1)[-1].split("?", maxsplit=1)[0]
    with real_window(
        args, window_name=title, extra_env={"RAPPORTEUR_VIEW_REPORT": str(report)}
    ) as window:
        time.sleep(1.0)
        _queue(window, "Austria")
        window.key("F5")
        window.type("Opening.")
        # The projector on the right-hand side, as on a second screen (no window manager
        # here: it would open over the console).
        window.key("ctrl+p")
        projector = window.wait_for_window(PROJECTOR_TITLE)
        window.xdotool("windowmove", "--sync", projector, "1150", "0")
        window.xdotool("windowsize", "--sync", projector, "440", "300")
        seen = window.views(report)
        window.click(1150 + 220, 150)  # the projector clicked
        window.type(" p1.")
        window.click(*_centre(seen, "log"))  # the log clicked: it cannot take text
        window.type(" p2.")
        window.click(*_centre(seen, "tally"))
        window.type(" p3.")
        window.click(*_centre(seen, "meetings"))  # the meetings list, outside the console
        window.type(" p4.")
        # A menu opened, then closed by a click elsewhere (on the log).
        window.key("alt+s")
        time.sleep(0.3)
        window.click(*_centre(seen, "log"))
        window.type(" p5.")
        window.key("alt")  # a tap of Alt: the menu bar in keyboard mode
        window.type(" p6.")
        # The search window opened, used, closed with Esc.
        window.key("ctrl+shift+f")
        search = window.wait_for_window("Search all meetings")
        window.type("Referral")
        window.key("Escape")
        window.wait_until(lambda: not _shown(window, search), 5, "the search window closed")
        window.type(" p7.")
        after_search = window.views(report)
        assert after_search["keyboard"]["focus_name"] == "notes", _keys_at(after_search)
        window.shot(tmp_path / "wandered.png")
        # A second program on the same database: its window gets the keys (as after
        # Alt+Tab), then ours again.
        other, other_window = window.another(args, title)
        try:
            time.sleep(1.0)  # a program just started takes the keys once it is up
            window.focus(other_window)
            window.key("ctrl+l")
            window.type("Norway")
            # Its completion list closed, as Alt+Tab would under a window manager (here it
            # would keep the keyboard grabbed after the focus moved).
            window.key("Escape")
            time.sleep(0.5)
            window.focus()
            window.type(" p8.")
        finally:
            other.terminate()
            other.communicate(timeout=15)
        # France queued while Austria speaks, Esc, type on, F5: without any pause.
        _queue(window, "France")
        window.key("Escape")
        window.type(" End.")
        window.key("alt+s")
        window.key("Escape", "F5")
        window.type("France speaks.")
        window.click(*_centre(seen, "meetings"))
        window.key("F6")  # ended from outside the console: the keys go to the quick entry
        window.type("Italy")
        window.key("Return", "F5")
        window.type("Italy speaks.")
        typed = {
            "Austria": "Opening. p1. p2. p3. p4. p5. p6. p7. p8. End.",
            "France": "France speaks.",
            "Italy": "Italy speaks.",
        }
        seen = _saved(window, report, typed)
        window.shot(tmp_path / "three-speakers.png")
        assert seen["keyboard"]["focus_name"] == "notes", _keys_at(seen)
        assert _notes(seen) == typed
        window.focus()
        window.key("ctrl+q")
        window.wait_until(lambda: window.process.poll() is not None, 15, "the program closed")
    services = Services.open(db_location)
    try:
        saved = {s.on_behalf_of: s.notes for s in services.statements.of_session(session_id)}
    finally:
        services.close()
    assert saved == _notes(seen)

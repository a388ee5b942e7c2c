"""F5 is one unit of work, and so are its undo and its redo: one transaction each,
whether someone was already on the floor or not."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Connection

from rapporteur_app.services.app_services import Services
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import CTRL, SHIFT, click_button, key, queue, type_text


@contextmanager
def commits(services: Services) -> Iterator[list[int]]:
    """Count the transactions committed while the block runs."""
    counted: list[int] = []

    def one(_connection: Connection) -> None:
        counted.append(1)

    event.listen(services.db.engine, "commit", one)
    try:
        yield counted
    finally:
        event.remove(services.db.engine, "commit", one)


@pytest.mark.parametrize("someone_on_the_floor", [False, True])
def test_undo_and_redo_of_f5_are_one_transaction_each(
    qtbot: QtBot, services: Services, console: OpenConsole, someone_on_the_floor: bool
) -> None:
    view, session_id = console.view, console.session_id
    if someone_on_the_floor:
        queue(qtbot, "Austria")
        key(qtbot, Qt.Key.Key_F5)
        type_text("Austria's notes.")
    queue(qtbot, "France")
    waiting = services.queue.of_session(session_id)[0]
    before = services.statements.of_session(session_id)
    with commits(services) as counted:
        key(qtbot, Qt.Key.Key_F5)
    assert len(counted) == 1
    type_text("France said a little.")
    given = services.statements.of_session(session_id)[-1]
    assert given.on_behalf_of == "France"

    with commits(services) as counted:
        # (Ctrl+Z in the notes would first undo the typing there.)
        click_button(qtbot, view, "undo")
    # The notes typed are saved first (their own small write), then one for the undo.
    assert len(counted) == 2
    assert services.queue.of_session(session_id) == [waiting]  # under its own id
    assert services.statements.of_session(session_id) == before
    if someone_on_the_floor:
        on_floor = services.floor.on_floor(session_id)
        assert on_floor is not None and on_floor.on_behalf_of == "Austria"
        assert on_floor.notes == "Austria's notes."
        assert view.floor.speaker.text() == "Austria"
    else:
        assert services.floor.on_floor(session_id) is None

    with commits(services) as counted:
        key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(counted) == 1
    again = services.statements.of_session(session_id)
    assert again[-1] == replace(given, notes="France said a little.")
    assert services.queue.of_session(session_id) == []
    if someone_on_the_floor:
        assert again[0].end == services.statements.get(before[0].id).end is not None
    assert view.floor.speaker.text() == "France"

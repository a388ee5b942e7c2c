"""Enter (a speaker queued) and F5 (the floor to the first of them) cost the same with
two speakers waiting and with a hundred: inside the write they issue the same SQL
statements whatever the queue's length, and read the queue they show once, after the
commit. The list on the screen keeps its rows: a key rewrites the rows whose text
changed and adds or takes away at the end. Counted, not timed, on both engines.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services.app_services import Services
from rapporteur_app.store.models import Base
from rapporteur_app.ui.console.console_view import ConsoleView
from tests.sql_sent import COMMITTED, sent_with_commits
from tests.ui.console_driver import CTRL, key, type_text
from tests.ui.key_cost import shown_console

SHORT = 2
LONG = 100


def _waiting(services: Services, session_id: int, count: int) -> None:
    """``count`` speakers in the session's queue, written at once."""
    rows = [
        {"session_id": session_id, "position": n, "speaker_name": f"Delegate {n}",
         "on_behalf_of": "Austria", "category": Category.DELEGATION.value,
         "kind": StatementKind.STATEMENT.value, "anonymous": False}
        for n in range(1, count + 1)
    ]  # fmt: skip
    with services.db.engine.begin() as connection:
        connection.execute(insert(Base.metadata.tables["queue_entries"]), rows)


def _queue_speaker(qtbot: QtBot, text: str) -> None:
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text(text)
    if QApplication.activePopupWidget() is not None:
        key(qtbot, Qt.Key.Key_Escape)  # the completions closed: queued as typed
    key(qtbot, Qt.Key.Key_Return)


def _written_and_read(sent: list[str]) -> tuple[list[str], list[str]]:
    """The statements of the key's write transaction, and those sent after its commit."""
    assert COMMITTED in sent, sent
    last = len(sent) - 1 - sent[::-1].index(COMMITTED)
    # Enter's read of the organization comes before its write: it commits nothing on
    # SQLite and a read-only transaction on the server; the write is the last commit.
    begun = max((n for n, sql in enumerate(sent[:last]) if sql == COMMITTED), default=-1)
    return sent[begun + 1 : last], sent[last + 1 :]


def _keys(qtbot: QtBot, services: Services, session_id: int) -> dict[str, list[str]]:
    view = shown_console(qtbot, services, session_id)
    _queue_speaker(qtbot, "Warm Up, Austria")  # names and organization known from here
    sent: dict[str, list[str]] = {}
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text("Anna Schmidt, Austria")
    if QApplication.activePopupWidget() is not None:
        key(qtbot, Qt.Key.Key_Escape)
    with sent_with_commits(services.db.engine) as sent["Enter"]:
        key(qtbot, Qt.Key.Key_Return)
    with sent_with_commits(services.db.engine) as sent["F5"]:
        key(qtbot, Qt.Key.Key_F5)
    view.close()
    return sent


def test_enter_and_f5_write_the_same_statements_whatever_the_queue_s_length(
    qtbot: QtBot, services: Services
) -> None:
    # A meeting each: the speakers are the meeting's, so each key meets them anew.
    short = services.sessions.add(services.meetings.add("Short queue").id, "WS 1", "Few").id
    long = services.sessions.add(services.meetings.add("Long queue").id, "WS 1", "Many").id
    _waiting(services, short, SHORT)
    _waiting(services, long, LONG)

    at_short, at_long = _keys(qtbot, services, short), _keys(qtbot, services, long)

    for what in ("Enter", "F5"):
        written_short, read_short = _written_and_read(at_short[what])
        written_long, read_long = _written_and_read(at_long[what])
        assert written_long == written_short, what
        assert read_long == read_short, what
        # After the commit: the queue read once, in one statement.
        queue_reads = [sql for sql in read_short if "FROM queue_entries" in sql]
        assert len(queue_reads) == 1, (what, read_short)
    # Both sessions as the keys left them: the warm-up and Anna queued, one given the floor.
    assert len(services.queue.of_session(short)) == SHORT + 1
    assert len(services.queue.of_session(long)) == LONG + 1


def test_the_list_keeps_its_rows_and_numbers_them_again_after_the_floor(
    qtbot: QtBot, services: Services
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session_id = services.sessions.add(meeting.id, "WS 1", "Tolerance").id
    _waiting(services, session_id, 5)
    view: ConsoleView = shown_console(qtbot, services, session_id)
    shown = view.queue.list
    assert shown.uniformItemSizes()
    items = [shown.item(n) for n in range(shown.count())]
    texts = [item.text() for item in items]

    _queue_speaker(qtbot, "Anna Schmidt, Austria")
    assert shown.count() == 6
    # The rows already there are the same items, their texts untouched.
    assert [shown.item(n) for n in range(5)] == items
    assert [shown.item(n).text() for n in range(5)] == texts
    assert shown.item(5).text().startswith("6. Anna Schmidt")

    key(qtbot, Qt.Key.Key_F5)  # Delegate 1 speaks: the others move up one
    assert shown.count() == 5
    assert [shown.item(n).text().split("\n")[0] for n in range(5)] == [
        "1. Delegate 2", "2. Delegate 3", "3. Delegate 4", "4. Delegate 5",
        "5. Anna Schmidt",
    ]  # fmt: skip
    assert [e.speaker for e in view.queue.entries] == [
        e.speaker for e in services.queue.of_session(session_id)
    ]
    view.close()

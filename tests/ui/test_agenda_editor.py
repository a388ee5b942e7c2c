"""The agenda editor driven as a secretariat drives it: keys and clicks.

Problems are expected beside their field, never in a message box: any message
box opened during these tests fails them (see the ``no_message_box`` fixture).
"""

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category, IntroducerRole, SessionKind, SessionList
from rapporteur_app.domain.model import Introducer
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def no_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a problem was shown in a message box, not in place")

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def editor(qtbot: QtBot, services: Services, no_message_box: None) -> Iterator[AgendaEditor]:
    meeting = services.meetings.add(
        "Human Dimension Meeting", start=date(2022, 7, 18), end=date(2022, 7, 19)
    )
    services.sessions.add(
        meeting.id, "Working Session 1", "Tolerance", day=date(2022, 7, 18),
        start=time(10, 0), end=time(13, 0), room="Neuer Saal", rapporteur="Mr. Pavel Novák",
    )  # fmt: skip
    dialog = AgendaEditor(services, meeting.id)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    yield dialog
    dialog.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_into(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    """Click into a field, replace its text by typing (any script), press Return."""
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    line.selectAll()
    if not text:
        qtbot.keyClick(line, Qt.Key.Key_Delete)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(line, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.keyClick(line, Qt.Key.Key_Return)


def last_session(services: Services, editor: AgendaEditor) -> int:
    return max(s.id for s in services.sessions.of_meeting(editor.meeting_id))


def test_add_a_session_and_fill_its_form_with_the_keyboard(
    qtbot: QtBot, services: Services, editor: AgendaEditor
) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    session_id = last_session(services, editor)
    added = services.sessions.get(session_id)
    # On the chosen day, after the day's last session, numbered after the others.
    assert (added.label, added.day, added.start, added.end) == (
        "Working Session 2",
        date(2022, 7, 18),
        time(13, 0),
        time(15, 0),
    )
    form = editor.form
    assert focused() is form.title
    type_into(qtbot, form.title, "Защита детей: child victims of trafficking")
    type_into(qtbot, form.start, "15.00")
    type_into(qtbot, form.end, "18h30")
    assert form.start.text() == "15:00" and form.end.text() == "18:30"
    type_into(qtbot, form.room, "Ratsaal")
    type_into(qtbot, form.moderator, "Ms. Valiant Richey, OSCE Special Representative")
    type_into(qtbot, form.rapporteur, "Ms. Olena Kovalenko, Delegation of Ukraine")
    # Day 2, by keyboard in the day list.
    qtbot.mouseClick(form.day, Qt.MouseButton.LeftButton)
    form.day.hidePopup()
    qtbot.keyClick(form.day, Qt.Key.Key_Down)
    # Questions: saved when typing pauses.
    qtbot.mouseClick(form.questions.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.questions, "How can guardianship be improved?")
    qtbot.keyClick(form.questions, Qt.Key.Key_Return)
    qtbot.keyClicks(form.questions, "Who speaks for the ")
    # Emphasis in a question, as in the narrative (Ctrl+I).
    qtbot.keyClick(form.questions, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.questions, "child")
    qtbot.keyClick(form.questions, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.questions, "?")
    qtbot.waitUntil(
        lambda: (
            services.sessions.get_list(session_id, SessionList.QUESTIONS_FOR_DISCUSSION)[-1:]
            == ["Who speaks for the *child*?"]
        )
    )
    saved = services.sessions.get(session_id)
    assert saved.title == "Защита детей: child victims of trafficking"
    assert (saved.day, saved.start, saved.end, saved.room) == (
        date(2022, 7, 19),
        time(15),
        time(18, 30),
        "Ratsaal",
    )
    assert saved.rapporteur == "Ms. Olena Kovalenko, Delegation of Ukraine"
    assert saved.questions == ("How can guardianship be improved?", "Who speaks for the *child*?")
    # The list shows it under Day 2, without a warning.
    item = editor.tree.session_item(session_id)
    assert item is not None and item.parent().text(0).startswith("Day 2")
    assert item.text(0) == "15:00–18:30  Working Session 2: " + saved.title


def test_introducers_added_reordered_and_removed_with_clicks(
    qtbot: QtBot, services: Services, editor: AgendaEditor
) -> None:
    table = editor.form.introducers
    session_id = editor.shown_session_id
    assert session_id is not None
    for name, function, organization in (
        ("Dr. Sofía Ramírez", "Senior Adviser", "ODIHR"),
        ("Prof. Zoe Papadopoulou", "Professor", "University of Athens"),
    ):
        qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        for text in (name, function, organization):
            for char in text:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                    QApplication.sendEvent(focused(), event)
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
            if text != organization:
                table.table.editItem(table.table.currentItem())
    people = services.sessions.get(session_id).introducers
    assert people == (
        Introducer("Dr. Sofía Ramírez", "Senior Adviser", "ODIHR"),
        Introducer("Prof. Zoe Papadopoulou", "Professor", "University of Athens"),
    )
    role = table.table.cellWidget(1, 3)
    role.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Down)  # Panellist
    table.table.setCurrentCell(1, 0)
    qtbot.mouseClick(table.up_button, Qt.MouseButton.LeftButton)
    people = services.sessions.get(session_id).introducers
    assert [(p.name, p.role) for p in people] == [
        ("Prof. Zoe Papadopoulou", IntroducerRole.PANELLIST),
        ("Dr. Sofía Ramírez", IntroducerRole.INTRODUCER),
    ]
    table.table.setCurrentCell(1, 0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in services.sessions.get(session_id).introducers] == [
        "Prof. Zoe Papadopoulou"
    ]


def test_problems_are_shown_beside_their_field(
    qtbot: QtBot, services: Services, editor: AgendaEditor
) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    form = editor.form
    session_id = last_session(services, editor)
    # A working session without a rapporteur: said beside the rapporteur.
    assert form.problems["rapporteur"].problems() == ["A working session needs a rapporteur."]
    # The same room at the same time as Working Session 1: said beside the room, in both.
    type_into(qtbot, form.start, "12.00")
    type_into(qtbot, form.room, "neuer saal")
    assert form.problems["room"].problems() == [
        "Neuer Saal is also taken by Working Session 1 (10:00–13:00)."
    ]
    first = editor.tree.session_item(services.sessions.of_meeting(editor.meeting_id)[0].id)
    assert first is not None and first.text(0).startswith("⚠ ")
    # Ending before it starts: refused, said beside the end, the stored times kept.
    type_into(qtbot, form.end, "11.00")
    assert form.problems["end"].problems() == ["The session ends (11:00) before it starts (12:00)."]
    assert form.end.text() == "11:00"  # what was typed stays, to be corrected
    assert services.sessions.get(session_id).end == time(15, 0)
    # A time that is no time: said beside it, nothing saved.
    type_into(qtbot, form.start, "noon")
    assert form.problems["start"].problems() == [
        "'noon' is not a time of day: write it as 10:30 or 10.30."
    ]
    # Correcting the times clears both; a rapporteur clears the last problem.
    type_into(qtbot, form.start, "13.30")
    type_into(qtbot, form.end, "15.00")
    assert not form.problems["start"].isVisible() and not form.problems["end"].isVisible()
    assert not form.problems["room"].isVisible()
    type_into(qtbot, form.rapporteur, "Ms. A. B., Delegation of Malta")
    assert all(not label.isVisible() for label in form.problems.values())
    assert services.sessions.get(session_id).start == time(13, 30)
    # A side event needs no rapporteur.
    qtbot.mouseClick(form.rapporteur, Qt.MouseButton.LeftButton)
    form.rapporteur.clear()
    qtbot.keyClick(form.rapporteur, Qt.Key.Key_Return)
    assert form.problems["rapporteur"].isVisible()
    form.kind.setFocus()
    for _ in range(3):
        qtbot.keyClick(form.kind, Qt.Key.Key_Down)
    assert services.sessions.get(session_id).kind is SessionKind.SIDE_EVENT
    assert not form.problems["rapporteur"].isVisible()


def test_meeting_dates_typed_cleared_and_refused_in_place(
    qtbot: QtBot, services: Services, editor: AgendaEditor
) -> None:
    meeting_form = editor.meeting_form
    type_into(qtbot, meeting_form.last_day, "17.07.2022")
    assert meeting_form.dates_problem.problems() == [
        "The meeting ends (2022-07-17) before it starts (2022-07-18)."
    ]
    type_into(qtbot, meeting_form.last_day, "20.07.2022")
    assert services.meetings.get(editor.meeting_id).end == date(2022, 7, 20)
    assert editor.tree.topLevelItemCount() == 3  # every day of the meeting, even empty ones
    assert editor.form.day.count() == 4  # three days and "No day yet"
    type_into(qtbot, meeting_form.title, "Supplementary Human Dimension Meeting")
    type_into(qtbot, meeting_form.venue, "Vienna, Hofburg")
    meeting = services.meetings.get(editor.meeting_id)
    assert (meeting.title, meeting.venue) == (
        "Supplementary Human Dimension Meeting",
        "Vienna, Hofburg",
    )
    assert editor.meeting_choice.currentText() == meeting.title
    type_into(qtbot, meeting_form.first_day, "")
    assert meeting_form.dates_problem.problems() == [
        "Give the meeting's first day before its last."
    ]
    type_into(qtbot, meeting_form.last_day, "")
    assert services.meetings.get(editor.meeting_id).start is None
    assert not meeting_form.dates_problem.isVisible()
    # Without dates the session keeps its day; the list shows that day alone.
    assert [editor.tree.topLevelItem(0).text(0)] == ["Monday 18 July 2022"]
    # A session outside the meeting's dates is pointed out beside its day.
    type_into(qtbot, meeting_form.first_day, "2022-07-19")
    assert editor.form.problems["day"].problems() == ["Outside the meeting's dates (19 July 2022)."]


def test_reorder_with_alt_arrows_and_buttons_exchanges_places(
    qtbot: QtBot, services: Services, editor: AgendaEditor
) -> None:
    first_id = services.sessions.of_meeting(editor.meeting_id)[0].id
    second = services.sessions.add(
        editor.meeting_id, "Working Session 2", "Access to justice", day=date(2022, 7, 19),
        start=time(15, 0), end=time(18, 0), room="Ratsaal", rapporteur="X",
    )  # fmt: skip
    editor.reload(second.id)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, ALT)
    moved = services.sessions.get(second.id)
    assert (moved.day, moved.start, moved.room) == (date(2022, 7, 18), time(10, 0), "Neuer Saal")
    assert [s.id for s in services.sessions.of_meeting(editor.meeting_id)] == [second.id, first_id]
    assert editor.current_id() == second.id  # the moved session stays chosen
    qtbot.mouseClick(editor.later_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in services.sessions.of_meeting(editor.meeting_id)] == [first_id, second.id]


def test_delete_asks_only_when_statements_were_logged(
    qtbot: QtBot, services: Services, editor: AgendaEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = services.sessions.of_meeting(editor.meeting_id)[0].id
    services.statements.add(session_id, "Anna", "Austria", Category.DELEGATION)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert services.sessions.of_meeting(editor.meeting_id)[0].id == session_id
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert services.sessions.of_meeting(editor.meeting_id) == []
    assert asked[0] == (
        "Working Session 1: Tolerance has 1 statements logged. "
        "Delete it with everything logged in it?"
    )
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)  # nothing logged: no question
    assert services.sessions.of_meeting(editor.meeting_id) == [] and len(asked) == 2


def test_a_new_meeting_from_the_editor(
    qtbot: QtBot, services: Services, editor: AgendaEditor
) -> None:
    first = editor.meeting_id
    qtbot.mouseClick(editor.new_meeting_button, Qt.MouseButton.LeftButton)
    assert editor.meeting_id != first and editor.tree.current_session_id() is None
    assert editor.right.currentWidget() is editor.hint
    type_into(qtbot, editor.meeting_form.title, "Working group on labour exploitation")
    type_into(qtbot, editor.meeting_form.first_day, "2023-03-01")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    added = services.sessions.of_meeting(editor.meeting_id)
    assert [(s.label, s.day) for s in added] == [("Working Session 1", date(2023, 3, 1))]
    editor.meeting_choice.setCurrentIndex(editor.meeting_choice.findData(first))
    editor.meeting_choice.activated.emit(editor.meeting_choice.currentIndex())
    assert editor.meeting_id == first
    assert editor.form.title.text() == "Tolerance"

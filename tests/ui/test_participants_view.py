"""Participants and organizations: added, corrected in place and merged with clicks and keys."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.participants import merge_choice
from rapporteur_app.ui.participants.participants_view import ParticipantsView
from rapporteur_app.ui.participants.table_models import PeopleModel


@pytest.fixture
def meeting_session(services: Services) -> tuple[int, int]:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    services.statements.add(session.id, "Anna Smirnova", "Austria", Category.DELEGATION)
    services.statements.add(session.id, "A. Smirnova", "Austria")
    services.statements.add(session.id, "X", "La Strada Intl", Category.MEDIA)
    services.statements.add(session.id, "Y", "La Strada International", Category.CIVIL_SOCIETY)
    return meeting.id, session.id


@pytest.fixture
def view(
    qtbot: QtBot, services: Services, meeting_session: tuple[int, int]
) -> Iterator[ParticipantsView]:
    dialog = ParticipantsView(services, meeting_session[0])
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


def type_text(text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(focused(), event)


def type_into(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    type_text(text)


def texts(table: QAbstractItemView, column: int) -> list[str]:
    model = table.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def select_rows(table: QAbstractItemView, rows: list[int]) -> None:
    table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags)


def edit_cell(qtbot: QtBot, table: QAbstractItemView, row: int, column: int, text: str) -> None:
    """Click a cell, F2 to edit it, replace its text by typing, press Return."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view hands the text over when idle


def test_add_a_person_on_the_fly_and_say_what_is_missing_in_place(
    qtbot: QtBot, services: Services, view: ParticipantsView, meeting_session: tuple[int, int]
) -> None:
    people = view.people
    assert texts(people.table, 0) == ["A. Smirnova", "Anna Smirnova", "X", "Y"]
    type_into(qtbot, people.new_name, "Олена Коваленко")
    type_into(qtbot, people.new_organization, "Fondation Espoir")
    qtbot.keyClick(people.new_organization, Qt.Key.Key_Return)
    assert people.message.problems() == [
        "'Fondation Espoir' is not a known organization: give its category (delegation, "
        "civil-society, osce-institution, international-organization, media)."
    ]
    people.new_category.setFocus()
    qtbot.keyClick(people.new_category, Qt.Key.Key_Down)
    qtbot.keyClick(people.new_category, Qt.Key.Key_Down)  # Civil society
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert not people.message.isVisible() and people.new_name.text() == ""
    added = [
        p
        for p in services.participants.of_meeting(meeting_session[0])
        if p.name.startswith("Олена")
    ]
    assert [(p.organization, p.category) for p in added] == [
        ("Fondation Espoir", Category.CIVIL_SOCIETY)
    ]
    assert "Олена Коваленко" in texts(people.table, 0)


def test_correct_a_person_in_place(
    qtbot: QtBot, services: Services, view: ParticipantsView, meeting_session: tuple[int, int]
) -> None:
    people = view.people
    row = texts(people.table, 0).index("X")
    edit_cell(qtbot, people.table, row, 0, "Mr. Dragan Ilić")
    qtbot.waitUntil(lambda: "Mr. Dragan Ilić" in texts(people.table, 0))
    statements = services.statements.of_session(meeting_session[1])
    assert "Mr. Dragan Ilić" in {s.speaker for s in statements}
    row = texts(people.table, 0).index("Mr. Dragan Ilić")
    edit_cell(qtbot, people.table, row, 4, "dragan(at)birn")
    qtbot.waitUntil(people.message.isVisible)
    assert people.message.problems() == ["'dragan(at)birn' is not an e-mail address."]
    assert texts(people.table, 4)[row] == ""


def test_merge_two_spellings_of_a_person(
    qtbot: QtBot,
    services: Services,
    view: ParticipantsView,
    meeting_session: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, str]] = []

    def keep_second(_parent: object, first: str, second: str) -> int:
        asked.append((first, second))
        return 1

    monkeypatch.setattr(merge_choice, "ask_which_to_keep", keep_second)
    people = view.people
    select_rows(people.table, [0])
    qtbot.mouseClick(people.merge_button, Qt.MouseButton.LeftButton)
    assert people.message.problems() == ["Select the two spellings of one person."]
    select_rows(people.table, [0, 1])
    qtbot.mouseClick(people.merge_button, Qt.MouseButton.LeftButton)
    assert asked == [("A. Smirnova", "Anna Smirnova")]
    assert texts(people.table, 0) == ["Anna Smirnova", "X", "Y"]
    speakers = [s.speaker for s in services.statements.of_session(meeting_session[1])]
    assert speakers[:2] == ["Anna Smirnova", "Anna Smirnova"]


def test_organizations_filtered_renamed_recategorised_and_merged(
    qtbot: QtBot,
    services: Services,
    view: ParticipantsView,
    meeting_session: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    monkeypatch.setattr(merge_choice, "ask_which_to_keep", lambda _p, _a, _b: 1)
    qtbot.keyClick(view.tabs, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    organizations = view.organizations
    assert view.tabs.currentWidget() is organizations
    qtmodeltester.check(organizations.model)
    assert texts(organizations.table, 0) == ["Austria", "La Strada International", "La Strada Intl"]
    # With the reference lists, and only the delegations: the 57, the 11 and the EU.
    qtbot.mouseClick(organizations.with_reference, Qt.MouseButton.LeftButton)
    organizations.category.setFocus()
    qtbot.keyClick(organizations.category, Qt.Key.Key_Down)
    assert organizations.model.rowCount() == 57 + 11 + 1
    assert texts(organizations.table, 4).count("yes") == 1  # Austria is in use
    qtbot.keyClick(organizations.category, Qt.Key.Key_Home)
    qtbot.mouseClick(organizations.with_reference, Qt.MouseButton.LeftButton)
    # The wrong category of a spelling logged on the fly, corrected in its cell.
    row = texts(organizations.table, 0).index("La Strada Intl")
    index = organizations.table.model().index(row, 2)
    organizations.table.setCurrentIndex(index)
    organizations.table.edit(index)
    combo = focused()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # Media -> International organization
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # -> OSCE institution
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # -> Civil society
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    # The table is read again once the edit is saved.
    qtbot.waitUntil(lambda: texts(organizations.table, 2)[row] == "Civil society")
    assert services.tally.for_session(meeting_session[1]).media == 0
    # Merged into the right spelling: one organization, statements re-pointed.
    select_rows(organizations.table, [1, 2])
    qtbot.mouseClick(organizations.merge_button, Qt.MouseButton.LeftButton)
    assert texts(organizations.table, 0) == ["Austria", "La Strada Intl"]
    # ... and given its right name in place.
    edit_cell(qtbot, organizations.table, 1, 0, "La Strada International")
    qtbot.waitUntil(lambda: texts(organizations.table, 0)[1] == "La Strada International")
    behalf = {s.on_behalf_of for s in services.statements.of_session(meeting_session[1])}
    assert behalf == {"Austria", "La Strada International"}
    assert services.tally.for_session(meeting_session[1]).civil_society == 2
    # A new organization, with its category.
    type_into(qtbot, organizations.new_name, "Survivors' Voices Network")
    organizations.new_category.setFocus()
    qtbot.keyClick(organizations.new_category, Qt.Key.Key_Down)
    qtbot.keyClick(organizations.new_category, Qt.Key.Key_Down)
    qtbot.mouseClick(organizations.add_button, Qt.MouseButton.LeftButton)
    assert "Survivors' Voices Network" in texts(organizations.table, 0)


def test_mark_a_person_not_to_be_named_and_describe_her(
    qtbot: QtBot, services: Services, view: ParticipantsView, meeting_session: tuple[int, int]
) -> None:
    people = view.people
    model = people.table.model()
    row = texts(people.table, 0).index("Y")
    index = model.index(row, PeopleModel.NOT_NAMED)
    people.table.scrollTo(index)
    rect = people.table.visualRect(index)
    # A click on the box, at the cell's left.
    box = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(people.table.viewport(), Qt.MouseButton.LeftButton, pos=box)

    def ticked() -> bool:
        row = texts(people.table, 0).index("Y")
        state = model.index(row, PeopleModel.NOT_NAMED).data(Qt.ItemDataRole.CheckStateRole)
        return state in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)

    qtbot.waitUntil(ticked)  # saved, and the table read again
    statements = services.statements.of_session(meeting_session[1])
    assert [s.anonymous for s in statements] == [False, False, False, True]
    row = texts(people.table, 0).index("Y")
    edit_cell(qtbot, people.table, row, PeopleModel.DESCRIBED, "a survivor of trafficking")
    qtbot.waitUntil(
        lambda: "a survivor of trafficking" in texts(people.table, PeopleModel.DESCRIBED)
    )
    logged = services.statements.of_session(meeting_session[1])[3]
    assert (logged.anonymous, logged.anonymous_description) == (True, "a survivor of trafficking")
    assert ticked()

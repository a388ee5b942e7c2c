"""The log edited in place, statements deleted and restored, speakers not to be named,
the projector, and the console's menu and keys in the main window."""

from datetime import time

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import Statement
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.console.log_model import CATEGORY, DURATION, KIND, TIME, LogModel
from rapporteur_app.ui.language import install_translators
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import (
    CTRL,
    SHIFT,
    click_button,
    click_log_row,
    double_click_log_cell,
    focused,
    key,
    queue,
    type_text,
)
from tests.ui.test_translations import english_words


def log_three(services: Services, session_id: int) -> list[Statement]:
    for organization, category in (
        ("Austria", Category.DELEGATION),
        ("La Strada International", Category.CIVIL_SOCIETY),
        ("UNHCR", Category.INTERNATIONAL_ORGANIZATION),
    ):
        services.statements.add(
            session_id, "", organization, category, start=time(10, 0), end=time(10, 2)
        )
    return services.statements.of_session(session_id)


def reload(view: ConsoleView, session_id: int) -> None:
    view.show_session(session_id)


def test_category_and_kind_are_chosen_from_lists_in_the_cell(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    logged = log_three(services, session_id)
    reload(view, session_id)

    double_click_log_cell(qtbot, view, 1, CATEGORY)
    editor = focused()
    assert isinstance(editor, QComboBox)
    key(qtbot, Qt.Key.Key_Down)  # civil society -> OSCE institution
    key(qtbot, Qt.Key.Key_Return)  # the cell commits once the editor had the key
    qtbot.waitUntil(lambda: view.tally.value("osce_institutions") == 1)
    assert services.statements.get(logged[1].id).category is Category.OSCE_INSTITUTION

    # The third statement was in fact a right of reply to the first.
    double_click_log_cell(qtbot, view, 2, KIND)
    editor = focused()
    assert isinstance(editor, QComboBox)
    choices = [editor.itemText(i) for i in range(editor.count())]
    assert choices == [
        "Statement", "Right of reply", "Right of reply to 2. La Strada International",
        "Right of reply to 1. Austria",
    ]  # fmt: skip
    editor.setCurrentIndex(3)  # what a click in the open list does
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.tally.value("rights_of_reply") == 1)
    changed = services.statements.get(logged[2].id)
    assert (changed.kind, changed.replying_to_id) == (StatementKind.RIGHT_OF_REPLY, logged[0].id)
    assert view.tally.value("rights_of_reply") == 1
    assert view.log_model.data(view.log_model.index(2, KIND)) == "Reply → 1"

    view.log.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    changed = services.statements.get(logged[2].id)
    assert (changed.kind, changed.replying_to_id) == (StatementKind.STATEMENT, None)
    assert view.tally.value("rights_of_reply") == 0


def test_time_and_duration_are_typed_in_the_cell_and_bad_ones_refused(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    logged = log_three(services, session_id)
    reload(view, session_id)

    double_click_log_cell(qtbot, view, 0, TIME)
    assert isinstance(focused(), QLineEdit)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text("09:58:30")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.log_model.statements[0].start == time(9, 58, 30))
    assert services.statements.get(logged[0].id).start == time(9, 58, 30)

    click_log_row(qtbot, view, 0, DURATION)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text("4:05")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.log_model.data(view.log_model.index(0, DURATION)) == "4:05")
    assert services.statements.get(logged[0].id).end == time(10, 2, 35)
    assert view.log_model.data(view.log_model.index(0, DURATION)) == "4:05"

    click_log_row(qtbot, view, 1, TIME)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text("25:99")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "is not a time" in view.prompt.text())
    assert services.statements.get(logged[1].id).start == time(10, 0)

    click_log_row(qtbot, view, 1, DURATION)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text("-3")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not a length of time" in view.prompt.text())
    assert services.statements.get(logged[1].id).end == time(10, 2)


def test_a_deleted_statement_comes_back_with_its_reply_and_recommendation(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    first = log_three(services, session_id)[0]
    reply = services.statements.add(
        session_id, "", "Russian Federation", Category.DELEGATION,
        kind=StatementKind.RIGHT_OF_REPLY, replying_to=first.id,
    )  # fmt: skip
    recommendation = services.recommendations.add(session_id, "osce", "Do more.", first.id)
    reload(view, session_id)

    click_log_row(qtbot, view, 0)
    key(qtbot, Qt.Key.Key_Delete)
    assert first.id not in {s.id for s in services.statements.of_session(session_id)}
    assert services.statements.get(reply.id).replying_to_id is None
    assert view.tally.value("statements") == 2

    click_button(qtbot, view, "undo")
    assert services.statements.of_session(session_id)[0] == first
    assert services.statements.get(reply.id).replying_to_id == first.id
    assert services.recommendations.of_session(session_id)[0].statement_id == first.id
    assert recommendation.statement_id == first.id
    assert view.tally.value("statements") == 3
    assert view.log_model.data(view.log_model.index(3, KIND)) == "Reply → 1"


def test_a_speaker_who_asks_not_to_be_named_is_never_named_on_the_projector(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Ms. Aigerim N. (Survivors' Voices Network)")
    key(qtbot, Qt.Key.Key_2)
    queue(qtbot, "Mr. Askar B. (Survivors' Voices Network)")
    view.queue.list.setFocus()
    view.queue.list.setCurrentRow(1)
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # the second asked not to be named
    entries = services.queue.of_session(session_id)
    assert [e.anonymous for e in entries] == [False, True]
    assert "(not to be named)" in view.queue.list.item(1).text()

    key(qtbot, Qt.Key.Key_P, CTRL)
    projector = view.projector
    assert projector is not None
    assert "Askar" not in projector.next.text()
    assert "Aigerim" in projector.next.text()

    # The first one asks too, once she has the floor.
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    statement = services.statements.of_session(session_id)[0]
    assert statement.anonymous
    assert "Aigerim" not in projector.speaker.text()
    assert "Aigerim" not in view.floor.speaker.text()
    assert projector.speaker.text() == "a speaker who asked not to be named"
    assert projector.on_behalf.text() == "Survivors' Voices Network"
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert not services.statements.of_session(session_id)[0].anonymous


@given(column=st.sampled_from([TIME, DURATION, CATEGORY, KIND]), text=st.text(max_size=20))
def test_any_text_in_a_cell_is_taken_or_refused_in_words(column: int, text: str) -> None:
    """Whatever is typed in a cell: an edit the console can make, or one message, never
    an error escaping into Qt."""
    edits: list[dict[str, object]] = []
    model = LogModel(lambda _statement, changes: edits.append(changes) or True)
    refusals: list[str] = []
    model.refused.connect(refusals.append)
    model.set_statements(
        [Statement(1, 1, 1, "A", "Austria", Category.DELEGATION, start=time(10), end=time(10, 3))]
    )
    accepted = model.setData(model.index(0, column), text)
    assert accepted == bool(edits)
    assert not (accepted and refusals)
    for message in refusals:
        assert message and "\n" not in message


def test_a_category_or_kind_not_known_is_refused_with_the_choices_as_the_cell_takes_them(
    qapp: QApplication,
) -> None:
    """The rapporteur typed a category the cell does not know: the message offers what
    she can type there (1 … 5, the labels, s and r), in her language, not the codes."""
    from rapporteur_app.ui import labels

    for language, delegation, reply in (("en", "Delegation", "Right of reply"), ("ru", "", "")):
        labels.category_label.cache_clear()
        labels.kind_label.cache_clear()
        install_translators(qapp, language)
        try:
            model = LogModel(lambda _statement, _changes: True)
            refusals: list[str] = []
            model.refused.connect(refusals.append)
            model.set_statements(
                [Statement(1, 1, 1, "A", "Austria", Category.DELEGATION, start=time(10))]
            )
            assert not model.setData(model.index(0, CATEGORY), "ngo")
            assert not model.setData(model.index(0, KIND), "speech")
            category_refusal, kind_refusal = refusals
            assert "'ngo'" in category_refusal and "'speech'" in kind_refusal
            assert "civil-society" not in category_refusal
            assert "right-of-reply" not in kind_refusal
            label = labels.category_label(Category.CIVIL_SOCIETY)
            assert f"2 ({label})" in category_refusal
            assert f"r ({labels.kind_label(StatementKind.RIGHT_OF_REPLY)})" in kind_refusal
            if language == "en":
                assert f"1 ({delegation}" in category_refusal and reply in kind_refusal
            else:
                assert not english_words("ru", category_refusal.replace("'ngo'", ""))
                # s and r are keys the cell takes in any language, not words
                assert set(english_words("ru", kind_refusal.replace("'speech'", ""))) <= {"s", "r"}
        finally:
            install_translators(qapp, "en")
            labels.category_label.cache_clear()
            labels.kind_label.cache_clear()

"""The speakers' queue and the quick entry, driven with keys and clicks."""

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import search_key
from rapporteur_app.services.app_services import Services
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import (
    ALT,
    CTRL,
    SHIFT,
    click_button,
    click_queue_row,
    focused,
    key,
    queue,
    queue_shown,
    type_text,
)


def queued(services: Services, session_id: int) -> list[str]:
    return [e.display for e in services.queue.of_session(session_id)]


def test_completion_matches_inside_words_in_any_script_and_accent(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view = console.view
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text("австри")  # Austria's Russian name, in small letters
    popup = view.quick_entry.completer().popup()
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown, "nothing was offered"
    assert shown[0].startswith("Austria — Австрия")
    assert "Delegation" in shown[0]
    key(qtbot, Qt.Key.Key_Return)  # the best match is highlighted: Enter takes it
    assert queued(services, console.session_id) == ["Austria"]
    assert services.queue.of_session(console.session_id)[0].category is Category.DELEGATION
    assert focused() is view.quick_entry
    assert view.quick_entry.text() == ""

    # Someone heard once is offered by a piece of their name, accents ignored.
    queue(qtbot, "Zoë Papadopoulou (Institute for Migration Research)")
    key(qtbot, Qt.Key.Key_2)
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text("zoe")
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown[0].startswith("Zoë Papadopoulou (Institute for Migration Research)")
    assert "Civil society" in shown[0]


def test_inside_a_word_enter_takes_the_best_match_and_esc_keeps_the_line(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view = console.view
    queue(qtbot, "minorities")  # inside a name: an OSCE institution
    entry = services.queue.of_session(console.session_id)[0]
    assert (entry.on_behalf_of, entry.category) == (
        "High Commissioner on National Minorities", Category.OSCE_INSTITUTION,
    )  # fmt: skip
    # "Roma" is the start of Romania; the rapporteur means a Roma organization.
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text("Roma")
    assert view.quick_entry.completer().popup().isVisible()
    key(qtbot, Qt.Key.Key_Escape)  # closes the list, keeps the line
    key(qtbot, Qt.Key.Key_Return)
    assert "“Roma”" in view.prompt.text()
    key(qtbot, Qt.Key.Key_2)
    assert [e.on_behalf_of for e in services.queue.of_session(console.session_id)] == [
        "High Commissioner on National Minorities", "Roma",
    ]  # fmt: skip


def test_a_new_organization_asks_its_category_inline_and_esc_goes_back(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view = console.view
    queue(qtbot, "Fondation Lumière")
    assert view.prompt.isVisible()
    assert "Fondation Lumière" in view.prompt.text()
    key(qtbot, Qt.Key.Key_Escape)  # back to the line, nothing queued
    assert queued(services, console.session_id) == []
    assert view.quick_entry.text() == "Fondation Lumière"
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_5)  # media
    assert queued(services, console.session_id) == ["Fondation Lumière"]
    assert services.queue.of_session(console.session_id)[0].category is Category.MEDIA
    # Known from now on: no question the second time.
    queue(qtbot, "fondation lumiere")
    assert not view.prompt.isVisible()
    assert queued(services, console.session_id) == ["Fondation Lumière", "Fondation Lumière"]


def test_the_queue_is_reordered_corrected_and_emptied_with_keys_and_buttons(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    for name in ("Austria", "France", "Germany"):
        queue(qtbot, name)
    assert queue_shown(view) == ["1. Austria", "2. France", "3. Germany"]

    click_queue_row(qtbot, view, 2)
    click_button(qtbot, view, "queue-up")
    assert queued(services, session_id) == ["Austria", "Germany", "France"]
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert queue_shown(view) == ["1. Germany", "2. Austria", "3. France"]

    # Correct France: the line takes it, Enter saves the correction.
    click_queue_row(qtbot, view, 2)
    click_button(qtbot, view, "queue-edit")
    assert focused() is view.quick_entry
    assert view.quick_entry.text() == "France"
    assert "Correcting" in view.prompt.text()
    type_text("Mme Hélène Lefèvre, France")
    key(qtbot, Qt.Key.Key_Return)
    entries = services.queue.of_session(session_id)
    assert [e.display for e in entries] == ["Germany", "Austria", "Mme Hélène Lefèvre (France)"]
    assert entries[2].category is Category.DELEGATION
    assert not view.prompt.isVisible()

    click_queue_row(qtbot, view, 0)
    key(qtbot, Qt.Key.Key_Delete)
    click_button(qtbot, view, "queue-remove")
    assert queued(services, session_id) == ["Mme Hélène Lefèvre (France)"]

    # Every step comes back with Ctrl+Z, the removed ones in their places.
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert queued(services, session_id) == ["Germany", "Austria", "Mme Hélène Lefèvre (France)"]
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert queued(services, session_id) == ["Germany", "Austria", "France"]
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert queued(services, session_id) == ["Austria", "France", "Germany"]
    for _ in range(5):
        key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert queued(services, session_id) == ["Mme Hélène Lefèvre (France)"]


def test_a_correction_to_an_unknown_organization_asks_its_category(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view = console.view
    queue(qtbot, "Austria")
    click_queue_row(qtbot, view, 0)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text("Ms. Roza (Kyrgyz Women's Network)")
    key(qtbot, Qt.Key.Key_Return)
    assert "category" in view.prompt.text()
    key(qtbot, Qt.Key.Key_2)
    entry = services.queue.of_session(console.session_id)[0]
    assert (entry.speaker, entry.on_behalf_of, entry.category) == (
        "Ms. Roza", "Kyrgyz Women's Network", Category.CIVIL_SOCIETY,
    )  # fmt: skip
    # The statement made from it is filed under the corrected organization.
    key(qtbot, Qt.Key.Key_F5)
    statement = services.statements.of_session(console.session_id)[0]
    assert (statement.on_behalf_of, statement.category) == (
        "Kyrgyz Women's Network", Category.CIVIL_SOCIETY,
    )  # fmt: skip
    stored = {o.id: o.name for o in services.organizations.stored()}
    assert stored[statement.organization_id or 0] == "Kyrgyz Women's Network"


def test_undo_reaches_past_a_speaker_who_had_the_floor(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    """Moves in the queue name the speaker; giving the floor takes them out and an
    undo puts them back under the same name, so older moves still undo."""
    view, session_id = console.view, console.session_id
    queue(qtbot, "Austria")
    queue(qtbot, "France")
    click_queue_row(qtbot, view, 1)
    key(qtbot, Qt.Key.Key_Up, ALT)  # France first
    key(qtbot, Qt.Key.Key_F5)
    assert view.floor.speaker.text() == "France"
    for _ in range(2):
        key(qtbot, Qt.Key.Key_Z, CTRL)
    assert queued(services, session_id) == ["Austria", "France"]
    assert services.statements.of_session(session_id) == []
    assert "Cannot" not in view.prompt.text()
    for _ in range(2):
        key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert queued(services, session_id) == ["Austria"]
    assert [s.on_behalf_of for s in services.statements.of_session(session_id)] == ["France"]


def test_the_category_question_is_also_answered_with_a_click(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    """The question's answers are links: a click on "4 International organization"
    is what the label reports to the console (the link's own signal)."""
    view = console.view
    queue(qtbot, "<b>Bureau</b> & Co")  # markup in a name is shown as typed, not obeyed
    assert "&lt;b&gt;Bureau&lt;/b&gt; &amp; Co" in view.prompt.text()
    assert 'href="choice:4"' in view.prompt.text()
    view.prompt.linkActivated.emit("choice:4")
    entry = services.queue.of_session(console.session_id)[0]
    assert (entry.on_behalf_of, entry.category) == (
        "<b>Bureau</b> & Co", Category.INTERNATIONAL_ORGANIZATION,
    )  # fmt: skip
    assert not view.prompt.isVisible()
    assert focused() is view.quick_entry


@settings(max_examples=40)
@given(text=st.text(max_size=40))
def test_whatever_is_typed_in_the_quick_entry_is_queued_or_asked_about(
    qtbot: QtBot, services: Services, console: OpenConsole, text: str
) -> None:
    view, session_id = console.view, console.session_id
    before = len(services.queue.of_session(session_id))
    key(qtbot, Qt.Key.Key_L, CTRL)
    key(qtbot, Qt.Key.Key_Backspace)
    type_text(text.replace("\n", " "))
    key(qtbot, Qt.Key.Key_Return)
    if view.prompt.isVisible() and 'href="choice:' in view.prompt.text():
        key(qtbot, Qt.Key.Key_3)
    after = services.queue.of_session(session_id)
    assert len(after) in (before, before + 1)
    if len(after) > before:  # queued: never under an empty name
        assert search_key(after[-1].display)
    assert view.queue.list.count() == len(after)
    key(qtbot, Qt.Key.Key_Escape)

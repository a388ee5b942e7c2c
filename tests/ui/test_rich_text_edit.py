"""The rich text editor: formatted as stored, Ctrl+B/I/K, lists, pasting from Word."""

import pytest
from hypothesis import given
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.rich_text import parse
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.rapport.rapport_tab import RapportTab
from rapporteur_app.ui.rich_text_edit import RichTextEdit
from tests.domain.test_rich_text import markup_text, styled_characters


@pytest.fixture
def editor(qtbot: QtBot) -> RichTextEdit:
    widget = RichTextEdit()
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.setFocus()
    return widget


def _select(editor: RichTextEdit, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_stored_markup_is_shown_formatted_and_written_back(editor: RichTextEdit) -> None:
    text = (
        "The *Action Plan* and **Madina Jarbussynova** [handbook](https://osce.org/h)\n\n"
        "Concrete findings of the panel included:\n\n- *one;*\n- two\n\n3. three\n4. four"
    )
    editor.setMarkup(text)
    assert editor.toPlainText().startswith("The Action Plan and Madina Jarbussynova handbook")
    assert "*" not in editor.toPlainText()
    assert editor.markup() == text


def test_keys_make_bold_italic_and_links(qtbot: QtBot, editor: RichTextEdit) -> None:
    editor.setMarkup("the Action Plan of 2003")
    with qtbot.waitActive(editor):
        pass
    _select(editor, 4, 15)
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.markup() == "the *Action Plan* of 2003"
    _select(editor, 0, 3)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.markup() == "**the** *Action Plan* of 2003"
    editor.ask_url = lambda current: "https://www.osce.org/files/f/documents/1/3/23866.pdf"
    _select(editor, 19, 23)
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert editor.markup() == (
        "**the** *Action Plan* of [2003](https://www.osce.org/files/f/documents/1/3/23866.pdf)"
    )
    # An empty address takes the link away again.
    editor.ask_url = lambda current: ""
    _select(editor, 19, 23)
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert editor.markup() == "**the** *Action Plan* of 2003"
    _select(editor, 0, 3)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.markup() == "the *Action Plan* of 2003"


def test_keys_make_lists(qtbot: QtBot, editor: RichTextEdit) -> None:
    editor.setMarkup("First\n\nSecond")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(
        editor,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.markup() == "First\n\n- Second"
    qtbot.keyClick(
        editor,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.markup() == "First\n\n1. Second"


def test_typed_markup_characters_stay_characters(qtbot: QtBot, editor: RichTextEdit) -> None:
    qtbot.keyClicks(editor, "2 * 3 and *not italic* [x](y)")
    assert editor.markup() == "2 \\* 3 and \\*not italic\\* \\[x\\](y)"
    assert editor.toPlainText() == "2 * 3 and *not italic* [x](y)"


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><style>p.MsoNormal {font-family:"Calibri"; font-size:11pt; color:#333}</style></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<p class=MsoNormal style='margin-bottom:6pt'><span style='font-family:"Times New Roman";
font-size:14pt;color:red'>The OSCE <b>Action Plan</b> of <i>2003</i>, see
<a href="https://www.osce.org/">the site</a>.</span></p>
<ul><li class=MsoListParagraph style='mso-list:l0 level1 lfo1'>first <b>point</b></li>
<li class=MsoListParagraph>second</li></ul>
<p class=MsoNormal><span style='font-size:22pt;font-family:Wingdings'>After.</span></p>
</body></html>"""


def test_pasting_from_word_keeps_emphasis_and_loses_the_rest(editor: RichTextEdit) -> None:
    source = QMimeData()
    source.setHtml(WORD_HTML)
    source.setText("plain fallback")
    editor.insertFromMimeData(source)
    assert editor.markup() == (
        "The OSCE **Action Plan** of *2003*, see [the site](https://www.osce.org/).\n\n"
        "- first **point**\n- second\n\nAfter."
    )
    # No font, size or colour of Word's survives in what is stored or shown.
    html = editor.toHtml()
    for foreign in ("Calibri", "Wingdings", "22pt", "14pt", "red"):
        assert foreign not in html


def test_pasting_plain_text_inserts_it_as_typed(editor: RichTextEdit) -> None:
    editor.setMarkup("ab")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    source = QMimeData()
    source.setText(" *c*")
    editor.insertFromMimeData(source)
    assert editor.markup() == "ab \\*c\\*"


@given(markup_text)
def test_any_stored_text_shows_and_saves_as_it_was(text: str) -> None:
    widget = RichTextEdit()
    try:
        widget.setMarkup(text)
        assert styled_characters(parse(widget.markup())) == styled_characters(parse(text))
    finally:
        widget.deleteLater()


def test_the_rapport_tab_saves_the_narrative_formatted(qtbot: QtBot, services: Services) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 3", "Freedom of the media")
    services.sessions.set_narrative(session.id, "The *Action Plan* was discussed.")
    tab = RapportTab(services)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_session(session.id)
    assert tab.narrative.toPlainText() == "The Action Plan was discussed."
    qtbot.waitUntil(
        lambda: "<i>Action Plan</i>" in tab.preview.toHtml() or "italic" in tab.preview.toHtml()
    )
    with qtbot.waitActive(tab):
        tab.activateWindow()
    tab.narrative.setFocus()
    _select(tab.narrative, 0, 3)
    qtbot.keyClick(tab.narrative, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            services.sessions.get(session.id).narrative == "**The** *Action Plan* was discussed."
        )
    )

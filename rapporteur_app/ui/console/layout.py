"""The console's widgets and where they sit (what Qt Designer's setupUi would do).

Quick entry along the top; on the left the floor (who speaks, the timer, the
limits) and the queue; on the right the log and the notes; the tally and the
one-key count buttons along the bottom. Every button is made from its row of
the key table and shows its key. :func:`build` returns the widgets as one typed
value, which the console keeps: nothing here reaches into the console.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.kinds import CATEGORY_ORDER
from rapporteur_app.domain.model import Statement
from rapporteur_app.ui.console.actions import ConsoleActions, key_text
from rapporteur_app.ui.console.floor_panel import FloorPanel
from rapporteur_app.ui.console.keys import KEYS, translated
from rapporteur_app.ui.console.log_model import LogModel
from rapporteur_app.ui.console.log_view import LogView
from rapporteur_app.ui.console.notes_editor import NotesEditor
from rapporteur_app.ui.console.queue_view import QueueView
from rapporteur_app.ui.console.quick_entry import QuickEntry
from rapporteur_app.ui.console.typing_frame import TypingFrame
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.qt_values import LINKS_ACCESSIBLE_BY_MOUSE, NO_FOCUS, RICH_TEXT, VERTICAL
from rapporteur_app.ui.tally_view import TallyView

if TYPE_CHECKING:
    from rapporteur_app.services.app_services import Services

PROMPT_STYLE = "background: #fff4d6; border: 1px solid #e0c27a; padding: 5px;"


class ConsoleWidgets(NamedTuple):
    # A NamedTuple: made at import, on the first paint's path, at a seventh of a frozen
    # dataclass's cost (docs/performance.md, round 10).
    quick_entry: QuickEntry
    reply: QCheckBox
    answered: QComboBox
    prompt: QLabel
    focus_mark: QLabel
    wait_mark: QLabel  # a database another program holds: who, and what waits
    floor: FloorPanel
    queue: QueueView
    log_model: LogModel
    log: LogView
    notes: NotesEditor
    notes_title: QLabel
    tally: TallyView
    typing_frame: TypingFrame


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


_BUTTONS = {row.name: row for row in KEYS if row.button}


def action_button(action: QAction, parent: QWidget, name: str | None = None) -> QPushButton:
    """The button of an action, worded by its row of the key table with its key: it
    triggers the action and follows its enabled state."""
    row = _BUTTONS[name or action.objectName()]
    keys = key_text(action)
    text = translated(row.button)
    if keys:
        text = f"{text}   {keys}" if row.per_category else f"{text} ({keys})"
    button = QPushButton(text, parent=parent)  # by name: see QAction in ui/main_menus.py
    button.setObjectName(action.objectName().replace("_", "-"))
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    button.setProperty("focusPolicy", NO_FOCUS)  # the keyboard stays where the rapporteur is
    button.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
    button.setEnabled(action.isEnabled())
    # Qt-to-Qt connections: they end with the button or the action, whichever goes first.
    action.enabledChanged.connect(button.setEnabled)
    button.clicked.connect(action.trigger)
    return button


def build(
    owner: QWidget,
    services: Services | None,
    actions: ConsoleActions,
    edit_statement: Callable[[Statement, dict[str, object]], bool],
) -> ConsoleWidgets:
    quick_entry = QuickEntry(services, owner)
    reply = QCheckBox(QCoreApplication.translate("ConsoleLayout", "Right of reply to"), owner)
    reply.setObjectName("reply")
    answered = QComboBox(owner)
    answered.setObjectName("answered")
    answered.setAccessibleName(
        QCoreApplication.translate("ConsoleLayout", "Statement the right of reply answers")
    )
    answered.setMinimumContentsLength(22)
    answered.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    answered.setEnabled(False)
    queue_button = action_button(actions.action("queue"), owner)
    queue_button.setObjectName("queue-add")
    top = QHBoxLayout()
    top.addWidget(quick_entry, 1)
    top.addWidget(queue_button)
    top.addSpacing(12)
    top.addWidget(reply)
    top.addWidget(answered)

    focus_mark = QLabel(owner)
    focus_mark.setObjectName("focus-mark")
    focus_mark.setStyleSheet("color: #2f6fd6;")
    prompt = QLabel(owner)
    prompt.setObjectName("prompt")
    prompt.setStyleSheet(PROMPT_STYLE)
    prompt.setWordWrap(True)
    prompt.setProperty("textFormat", RICH_TEXT)  # its text is escaped: see _show_prompt
    prompt.setProperty("textInteractionFlags", LINKS_ACCESSIBLE_BY_MOUSE)
    prompt.hide()
    wait_mark = _wait_mark(owner)

    floor, queue, left = _left(owner, actions)
    log_model = LogModel(edit_statement, owner)
    log, notes, notes_title, right = _right(owner, services, actions, log_model)
    body = QSplitter(parent=owner)  # side by side; parent= by name: see main_window.py
    body.setChildrenCollapsible(False)
    body.addWidget(left)
    body.addWidget(right)
    body.setStretchFactor(0, 2)
    body.setStretchFactor(1, 5)
    body.setSizes([340, 850])

    tally = TallyView(owner, compact=True)
    tally.setObjectName("tally")
    _count_buttons(tally, actions)

    layout = QVBoxLayout(owner)
    layout.addLayout(top)
    layout.addWidget(focus_mark)
    layout.addWidget(prompt)
    layout.addWidget(wait_mark)
    layout.addWidget(body, 1)
    layout.addWidget(tally)
    # Where the typing goes is framed in blue (the mark beside the quick entry says it in
    # words): a widget of its own, not a style sheet on the four (typing_frame.py).
    frame = TypingFrame(owner, (quick_entry, notes, queue.list, log))
    return ConsoleWidgets(
        quick_entry, reply, answered, prompt, focus_mark, wait_mark, floor, queue, log_model,
        log, notes, notes_title, tally, frame,
    )  # fmt: skip


def _wait_mark(owner: QWidget) -> QLabel:
    """The line shown while another program holds the database (see lock_wait.py)."""
    label = QLabel(owner)
    label.setObjectName("wait-mark")
    label.setAccessibleName(QCoreApplication.translate("ConsoleLayout", "Waiting for the database"))
    label.hide()
    return label


def _count_buttons(tally: TallyView, actions: ConsoleActions) -> None:
    """Under each category's count, its one-key count: a moderator who only counts
    clicks (or presses Ctrl+1 … Ctrl+5) as each statement is made."""
    grid = tally.layout()
    assert isinstance(grid, QGridLayout)
    caption = QLabel(QCoreApplication.translate("ConsoleLayout", "Count, no name:"), tally)
    grid.addWidget(caption, 2, 0)
    for number, category in enumerate(CATEGORY_ORDER, start=1):
        button = action_button(actions.counts[number - 1], tally, "count")
        button.setObjectName(f"count-{category.value}")
        button.setToolTip(
            QCoreApplication.translate(
                "ConsoleLayout", "Count a statement of {0} without a name ({1})"
            ).format(_in_a_sentence(category_label(category)), key_text(actions.counts[number - 1]))
        )
        # At the cell's left, as wide as its words (a stretch beside it, not an alignment:
        # see ui/qt_values.py).
        place = QHBoxLayout()
        place.addWidget(button)
        place.addStretch(1)
        grid.addLayout(place, 2, number)


def _in_a_sentence(label: str) -> str:
    """A label inside a sentence: its first letter small, an acronym kept ("OSCE")."""
    return label[:1].lower() + label[1:]


def _left(owner: QWidget, actions: ConsoleActions) -> tuple[FloorPanel, QueueView, QWidget]:
    left = QWidget(owner)
    floor = FloorPanel(left)
    floor_buttons = QHBoxLayout()
    for name in ("give_floor", "end_floor"):
        button = action_button(actions.action(name), left)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        floor_buttons.addWidget(button)
    queue = QueueView(left)
    layout = QVBoxLayout(left)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(floor)
    layout.addLayout(floor_buttons)
    layout.addSpacing(6)
    layout.addWidget(heading(QCoreApplication.translate("ConsoleLayout", "Queue"), left))
    layout.addWidget(queue, 1)
    return floor, queue, left


def _right(
    owner: QWidget, services: Services | None, actions: ConsoleActions, log_model: LogModel
) -> tuple[LogView, NotesEditor, QLabel, QSplitter]:
    log_box = QWidget(owner)
    # Before the services: the first paint's rows until just after it (first_paint_rows.py).
    log = LogView(log_model, log_box, first_paint=services is None)
    log_row = QHBoxLayout()
    log_row.addWidget(heading(QCoreApplication.translate("ConsoleLayout", "Log"), log_box), 1)
    for name in ("undo", "redo", "delete_statement", "projector"):
        log_row.addWidget(action_button(actions.action(name), log_box))
    log_layout = QVBoxLayout(log_box)
    log_layout.setContentsMargins(0, 0, 0, 0)
    log_layout.addLayout(log_row)
    log_layout.addWidget(log, 1)

    notes_box = QWidget(owner)
    notes = NotesEditor(services, notes_box)
    notes_title = heading(QCoreApplication.translate("ConsoleLayout", "Notes"), notes_box)
    notes_row = QHBoxLayout()
    notes_row.addWidget(notes_title, 1)
    notes_row.addWidget(action_button(actions.action("recommend"), notes_box))
    notes_layout = QVBoxLayout(notes_box)
    notes_layout.setContentsMargins(0, 0, 0, 0)
    notes_layout.addLayout(notes_row)
    notes_layout.addWidget(notes, 1)

    right = QSplitter(parent=owner)
    right.setProperty("orientation", VERTICAL)
    right.setChildrenCollapsible(False)
    right.addWidget(log_box)
    right.addWidget(notes_box)
    right.setStretchFactor(0, 3)
    right.setStretchFactor(1, 2)
    return log, notes, notes_title, right

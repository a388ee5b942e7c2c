"""The console's widgets and where they sit (what Qt Designer's setupUi would do).

Quick entry along the top; on the left the floor (who speaks, the timer, the
limits) and the queue; on the right the log and the notes; the tally and the
one-key count buttons along the bottom. Every button shows its key.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
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
from rapporteur_app.ui.console.floor_panel import FloorPanel
from rapporteur_app.ui.console.log_model import LogModel
from rapporteur_app.ui.console.log_view import LogView
from rapporteur_app.ui.console.notes_editor import NotesEditor
from rapporteur_app.ui.console.queue_view import QueueView
from rapporteur_app.ui.console.quick_entry import QuickEntry
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.tally_view import TallyView

if TYPE_CHECKING:
    from rapporteur_app.ui.console.console_view import ConsoleView

PROMPT_STYLE = "background: #fff4d6; border: 1px solid #e0c27a; padding: 5px;"


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def action_button(action: QAction, text: str, name: str, parent: QWidget) -> QPushButton:
    """A button for the action: it triggers it and follows its enabled state."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays where the rapporteur is
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
    button.setEnabled(action.isEnabled())
    # Qt-to-Qt connections: they end with the button or the action, whichever goes first.
    action.enabledChanged.connect(button.setEnabled)
    button.clicked.connect(action.trigger)
    return button


def build(view: "ConsoleView") -> None:
    tr = view.tr
    view.quick_entry = QuickEntry(view.services, view)
    view.reply = QCheckBox(tr("Right of reply to"), view)
    view.reply.setObjectName("reply")
    view.answered = QComboBox(view)
    view.answered.setObjectName("answered")
    view.answered.setMinimumContentsLength(22)
    view.answered.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    view.answered.setEnabled(False)
    queue_button = QPushButton(tr("Queue (Enter)"), view)
    queue_button.setObjectName("queue-add")
    queue_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    queue_button.clicked.connect(view.quick_entry.submit)
    top = QHBoxLayout()
    top.addWidget(view.quick_entry, 1)
    top.addWidget(queue_button)
    top.addSpacing(12)
    top.addWidget(view.reply)
    top.addWidget(view.answered)

    view.prompt = QLabel(view)
    view.prompt.setObjectName("prompt")
    view.prompt.setStyleSheet(PROMPT_STYLE)
    view.prompt.setWordWrap(True)
    view.prompt.setTextFormat(Qt.TextFormat.RichText)  # its text is escaped: see _show_prompt
    view.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
    view.prompt.hide()

    body = QSplitter(Qt.Orientation.Horizontal, view)
    body.setChildrenCollapsible(False)
    body.addWidget(_left(view))
    body.addWidget(_right(view))
    body.setStretchFactor(0, 2)
    body.setStretchFactor(1, 5)
    body.setSizes([340, 850])

    view.tally = TallyView(view, compact=True)
    view.tally.setObjectName("tally")
    _count_buttons(view)

    layout = QVBoxLayout(view)
    layout.addLayout(top)
    layout.addWidget(view.prompt)
    layout.addWidget(body, 1)
    layout.addWidget(view.tally)


def _count_buttons(view: "ConsoleView") -> None:
    """Under each category's count, its one-key count: a moderator who only counts
    clicks (or presses Ctrl+1 … Ctrl+5) as each statement is made."""
    grid = view.tally.layout()
    assert isinstance(grid, QGridLayout)
    caption = QLabel(view.tr("Count, no name:"), view.tally)
    grid.addWidget(caption, 2, 0)
    for number, category in enumerate(CATEGORY_ORDER, start=1):
        button = action_button(
            view.console_actions.counts[number - 1], f"+1   Ctrl+{number}",
            f"count-{category.value}", view.tally,
        )  # fmt: skip
        button.setToolTip(
            view.tr("Count a statement of {0} without a name (Ctrl+{1})").format(
                category_label(category).lower(), number
            )
        )
        grid.addWidget(button, 2, number, Qt.AlignmentFlag.AlignLeft)


def _left(view: "ConsoleView") -> QWidget:
    tr = view.tr
    left = QWidget(view)
    view.floor = FloorPanel(left)
    floor_buttons = QHBoxLayout()
    for action, text, name in (
        (view.console_actions.give_floor, tr("Give the floor (F5)"), "give-floor"),
        (view.console_actions.end_floor, tr("End (F6)"), "end-floor"),
    ):
        button = action_button(action, text, name, left)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        floor_buttons.addWidget(button)
    view.queue = QueueView(left)
    layout = QVBoxLayout(left)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view.floor)
    layout.addLayout(floor_buttons)
    layout.addSpacing(6)
    layout.addWidget(heading(tr("Queue"), left))
    layout.addWidget(view.queue, 1)
    return left


def _right(view: "ConsoleView") -> QSplitter:
    tr = view.tr
    view.log_model = LogModel(view.edit_statement, view)
    log_box = QWidget(view)
    view.log = LogView(view.log_model, log_box)
    log_row = QHBoxLayout()
    log_row.addWidget(heading(tr("Log"), log_box), 1)
    for action, text, name in (
        (view.console_actions.undo, tr("↶ Undo"), "undo"),
        (view.console_actions.redo, tr("↷ Redo"), "redo"),
        (view.console_actions.delete_statement, tr("Delete"), "delete-statement"),
        (view.console_actions.projector, tr("Projector"), "projector"),
    ):
        log_row.addWidget(action_button(action, text, name, log_box))
    log_layout = QVBoxLayout(log_box)
    log_layout.setContentsMargins(0, 0, 0, 0)
    log_layout.addLayout(log_row)
    log_layout.addWidget(view.log, 1)

    notes_box = QWidget(view)
    view.notes = NotesEditor(view.services, notes_box)
    view.notes_title = heading(tr("Notes"), notes_box)
    notes_row = QHBoxLayout()
    notes_row.addWidget(view.notes_title, 1)
    notes_row.addWidget(
        action_button(
            view.console_actions.recommend,
            tr("Make a recommendation (Ctrl+M)"),
            "recommend",
            notes_box,
        )
    )
    notes_layout = QVBoxLayout(notes_box)
    notes_layout.setContentsMargins(0, 0, 0, 0)
    notes_layout.addLayout(notes_row)
    notes_layout.addWidget(view.notes, 1)

    right = QSplitter(Qt.Orientation.Vertical, view)
    right.setChildrenCollapsible(False)
    right.addWidget(log_box)
    right.addWidget(notes_box)
    right.setStretchFactor(0, 3)
    right.setStretchFactor(1, 2)
    return right

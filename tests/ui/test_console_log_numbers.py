"""The log's "No." column is as wide as the session's largest number: past 99,999
statements it showed "99…"."""

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.model import Statement
from rapporteur_app.ui.console.log_model import NUMBER, LogModel
from rapporteur_app.ui.console.log_view import LogView


def numbered(*numbers: int, on_the_floor: int | None = None) -> list[Statement]:
    return [
        Statement(
            id=n,
            session_id=1,
            number=n,
            speaker="Anna Müller",
            on_behalf_of="Austria",
            category=Category.DELEGATION,
            notes="on the floor" if n == on_the_floor else "",
        )
        for n in numbers
    ]


def shown_whole(view: LogView, row: int) -> bool:
    """Whether the number in ``row`` fits its cell unelided, measured as Qt's style
    lays a cell's text out (its margins beside the text), in the cell's own font."""
    model = view.model()
    index = model.index(row, NUMBER)
    text = str(model.data(index))
    font = QFont(view.font())
    font.setBold(True)  # the statement on the floor is bold: the widest case
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.columnWidth(NUMBER) - 2 * margin
    return QFontMetrics(font).horizontalAdvance(text) <= room


def test_six_and_seven_digit_numbers_are_shown_whole(qtbot: QtBot) -> None:
    model = LogModel(lambda _statement, _changes: True)
    view = LogView(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    model.set_statements(numbered(1, 2, 3))
    narrow = view.columnWidth(NUMBER)

    # The tail of a session of 100,000 (its pages as they come), the floor's in bold.
    model.set_statements(numbered(99_998, 99_999))
    model.extend(numbered(100_000, 100_001))
    assert all(shown_whole(view, row) for row in range(model.rowCount()))
    assert view.columnWidth(NUMBER) > narrow

    model.append(numbered(1_000_000)[0])  # a seventh digit, by one key
    assert shown_whole(view, model.rowCount() - 1)

    # Another session of ten: the column is narrow again.
    model.set_statements(numbered(*range(1, 11)))
    assert view.columnWidth(NUMBER) == narrow


def test_the_column_is_fitted_once_per_digit_not_per_key(qtbot: QtBot) -> None:
    model = LogModel(lambda _statement, _changes: True)
    view = LogView(model)
    qtbot.addWidget(view)
    fitted: list[int] = []
    model.number_digits_changed.connect(lambda: fitted.append(model.largest_number))
    model.set_statements(numbered(*range(99_990, 99_996)))
    for number in range(99_996, 100_003):  # keys logging one statement each
        model.append(numbered(number)[0])
    # Once for the reset, once when the sixth digit came; the other keys fit nothing.
    assert fitted == [99_995, 100_000]
    assert model.largest_number == 100_002

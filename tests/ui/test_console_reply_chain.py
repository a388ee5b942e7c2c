"""A right of reply to a right of reply, recorded from the console with keys and clicks."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import StatementKind
from rapporteur_app.services.app_services import Services
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import CTRL, SHIFT, click_log_row, key, queue


def test_a_reply_answers_the_reply_chosen_in_the_log_not_the_statement_on_the_floor(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    queue(qtbot, "Russian Federation")
    queue(qtbot, "Austria")
    key(qtbot, Qt.Key.Key_F5)  # the Russian Federation speaks
    key(qtbot, Qt.Key.Key_F5)  # then Austria, who is still on the floor
    # Ukraine replies to the Russian Federation (statement 1).
    click_log_row(qtbot, view, 0)
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    queue(qtbot, "Ukraine")
    key(qtbot, Qt.Key.Key_F5)
    # The Russian Federation answers Ukraine's reply (statement 3), chosen in the log
    # while Ukraine is still on the floor.
    click_log_row(qtbot, view, 2)
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    assert view.answered.currentText().startswith("3. Ukraine")
    queue(qtbot, "Russian Federation")
    assert "right of reply to 3" in view.queue.list.item(0).text()
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F6)

    logged = services.statements.of_session(session_id)
    assert [(s.number, s.on_behalf_of, s.kind) for s in logged] == [
        (1, "Russian Federation", StatementKind.STATEMENT),
        (2, "Austria", StatementKind.STATEMENT),
        (3, "Ukraine", StatementKind.RIGHT_OF_REPLY),
        (4, "Russian Federation", StatementKind.RIGHT_OF_REPLY),
    ]
    assert logged[2].replying_to_id == logged[0].id
    assert logged[3].replying_to_id == logged[2].id  # not Austria's, on the floor before
    model = view.log_model
    assert model.data(model.index(3, 5)) == "Reply → 3"
    # The whole chain in the kind cell's tooltip.
    chain = model.data(model.index(3, 5), Qt.ItemDataRole.ToolTipRole)
    assert chain == ("Right of reply → 3. Ukraine → 1. Russian Federation")
    assert services.tally.for_session(session_id).rights_of_reply == 2

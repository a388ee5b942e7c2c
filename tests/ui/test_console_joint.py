"""A joint statement typed on the quick-entry line, logged and counted once."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.log_model import ON_BEHALF
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import CTRL, key, queue, queue_shown, type_text


def test_a_joint_statement_counts_once_in_the_leads_category(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    # Every name through the one resolver: "Черногория" is Montenegro.
    queue(qtbot, "Anna Berg (European Union + Albania, Черногория)")
    # The co-signatory being typed is completed too: "Nort" + Enter.
    key(qtbot, Qt.Key.Key_L, CTRL)
    type_text("La Strada International + Nort")
    assert view.quick_entry.completer().completionCount() > 0
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_2)  # La Strada is new: civil society
    assert queue_shown(view)[0] == "1. Anna Berg"
    entries = services.queue.of_session(session_id)
    assert [(e.on_behalf_of, e.cosignatories, e.category) for e in entries] == [
        ("European Union", ("Albania", "Montenegro"), Category.DELEGATION),
        ("La Strada International", ("North Macedonia",), Category.CIVIL_SOCIETY),
    ]
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F6)
    logged = services.statements.of_session(session_id)
    assert [s.cosignatories for s in logged] == [("Albania", "Montenegro"), ("North Macedonia",)]
    model = view.log_model
    assert model.data(model.index(0, ON_BEHALF)) == "European Union + Albania, Montenegro"
    tally = services.tally.for_session(session_id)
    assert (tally.statements, tally.delegations, tally.civil_society) == (2, 1, 1)
    assert view.tally.value("delegations") == 1
    # Undo the floor: the co-signatories wait in the queue again.
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.queue.of_session(session_id)[0].cosignatories == ("North Macedonia",)

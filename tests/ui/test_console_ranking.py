"""What a few letters typed into the real quick entry queue, and where they are counted."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import key, queue


def test_short_prefixes_and_typing_mistakes_queue_what_a_rapporteur_means(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    for typed in ("fra", "eu", "united", "Austira", "odhir"):
        queue(qtbot, typed)  # Ctrl+L, the letters, Enter: the best proposal (in bold)
    queued = services.queue.of_session(session_id)
    assert [(e.on_behalf_of, e.category) for e in queued] == [
        ("France", Category.DELEGATION),  # not FRA, the EU agency
        ("European Union", Category.DELEGATION),  # not the EU Anti-Trafficking Coordinator
        ("United Kingdom", Category.DELEGATION),  # not UN Women
        ("Austria", Category.DELEGATION),  # a typing mistake forgiven
        ("Office for Democratic Institutions and Human Rights", Category.OSCE_INSTITUTION),
    ]
    for _ in queued:
        key(qtbot, Qt.Key.Key_F5)
    key(qtbot, Qt.Key.Key_F6)
    tally = services.tally.for_session(session_id)
    assert (tally.delegations, tally.osce_institutions, tally.international_organizations) == (
        4, 1, 0,
    )  # fmt: skip
    assert view.tally.value("delegations") == 4
    assert view.tally.value("international_organizations") == 0

"""A session logged through the real console with keys, then drafted: the floor's counts
are the tally's, the themes' statements are those whose typed notes carry them, and the
panel's presentation shows in the log as not counted."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.model import Introducer
from rapporteur_app.services.app_services import Services
from tests.ui.conftest import OpenConsole
from tests.ui.console_driver import key, queue, type_text

TYPED = [
    ("Austria", "Called for stronger national referral mechanisms."),
    ("Germany", "Our national referral mechanism now covers labour exploitation."),
    ("Malta", "Shared data on labour exploitation in agriculture."),
    ("Казахстан", "Национальные механизмы перенаправления работают."),
    ("Serbia", "Национальный механизм перенаправления создан в 2023 году."),
]


def test_a_session_logged_in_the_console_is_drafted_from_its_notes(
    qtbot: QtBot, services: Services, console: OpenConsole
) -> None:
    view, session_id = console.view, console.session_id
    services.sessions.update(session_id, moderator="Valiant Richey, OSCE Co-ordinator")
    services.sessions.set_introducers(session_id, [Introducer("Ms. Jane Doe", "Director", "KOK")])
    view.show_session(session_id)
    opening, _ = services.panel.give_floor(session_id, 0)
    services.statements.set_notes(opening.id, "Opened the session.")
    view.show_session(session_id)
    for organization, notes in TYPED:
        queue(qtbot, organization)
        key(qtbot, Qt.Key.Key_F5)
        type_text(notes)
    key(qtbot, Qt.Key.Key_F6)
    logged = services.statements.of_session(session_id)
    qtbot.waitUntil(
        lambda: (
            [s.notes for s in services.statements.of_session(session_id)][1:]
            == [notes for _, notes in TYPED]
        ),
        timeout=10_000,
    )
    # The console shows the presentation, and its tally does not count it.
    assert view.log_model.data(view.log_model.index(0, 5)) == "Panel (not counted)"
    assert view.tally.value("statements") == 5

    draft = services.drafts.draft(session_id)
    assert draft.tally == services.tally.for_session(session_id)
    assert "Delegations (5):" in draft.text
    assert "Moderator Valiant Richey, the OSCE Co-ordinator, opened the session." in draft.text
    assert "Introducer Ms. Jane Doe, the Director, KOK, took the floor." in draft.text
    floor = [s.id for s in logged[1:]]
    by_phrase = {t.phrase.casefold(): t.statement_ids for t in draft.themes}
    assert by_phrase["national referral mechanisms"] == (floor[0], floor[1])
    assert by_phrase["labour exploitation"] == (floor[1], floor[2])
    russian = next(ids for phrase, ids in by_phrase.items() if "перенаправлени" in phrase)
    assert russian == (floor[3], floor[4])

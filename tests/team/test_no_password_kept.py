"""Passwords are never kept in clear (issue 15): a URL typed with a password is shown,
kept in the settings and written to the log without it (the password belongs in
~/.pgpass, which the driver reads by itself, so the URL kept still connects)."""

import logging

from pytestqt.qtbot import QtBot

from rapporteur_app.app import PrivateFormatter
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.store.location import resolve_url, without_password
from rapporteur_app.ui import settings
from rapporteur_app.ui.main_window import MainWindow

SECRET = "Vienna-s3cret-2026"


def test_a_password_in_the_url_reaches_neither_the_settings_nor_the_log(
    qtbot: QtBot, postgres_url: str
) -> None:
    with_password = postgres_url.replace("rapporteur_test@", f"rapporteur_test:{SECRET}@")
    assert SECRET in with_password
    services = Services.open(with_password)  # the test server trusts its socket
    try:
        meeting = services.meetings.add("Human Dimension Conference")
        session_id = services.sessions.add(meeting.id, "WS 1", "Tolerance").id
        services.statements.add(session_id, "Ingrid", "Norway", Category.DELEGATION)
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        window.open_session(session_id)
        kept = settings.text(settings.LAST_DATABASE)
        assert kept == without_password(resolve_url(with_password))
        assert kept.startswith("postgresql+psycopg://rapporteur_test@/")
        assert SECRET not in window.windowTitle()
        window.close()
    finally:
        services.close()
    assert SECRET not in settings.settings_path().read_text(errors="replace")
    # The URL kept connects by itself (here by the socket's trust; on a team's server
    # by ~/.pgpass).
    Services.open(kept).close()


def test_the_log_never_writes_a_urls_password() -> None:
    record = logging.LogRecord(
        "rapporteur_app", logging.WARNING, __file__, 1,
        "could not open %s", (f"postgresql+psycopg://anna:{SECRET}@db.example.org/hdim",), None,
    )  # fmt: skip
    line = PrivateFormatter("%(message)s").format(record)
    assert line == "could not open postgresql+psycopg://anna@db.example.org/hdim"

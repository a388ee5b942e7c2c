"""The CHECKs the SQLite bulk load sets aside for its transaction
(store/bulk_statements.py): every value they test is tested against the very same
lists by the format's quick tests before a row is made, and they are tested again
after the load, whether it ends, is refused or is cancelled."""

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.services import exchange_format, exchange_load
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.store.bulk_statements import BulkStatements

pytestmark = pytest.mark.sqlite_only

# (table, column) -> the values the format's quick tests take for it
TESTED = {
    ("statements", "category"): exchange_format._CATEGORIES,
    ("statements", "kind"): exchange_format._KINDS,
    ("sessions", "kind"): exchange_format._SESSION_KINDS,
    ("introducers", "role"): exchange_format._ROLES,
    ("session_items", "list_name"): exchange_format._LISTS,
    ("organizations", "category"): exchange_format._CATEGORIES,
}


def _checks(path: Path) -> dict[tuple[str, str], frozenset[str] | str]:
    """Each CHECK of the tables a load writes: an IN list's values, or its text."""
    found: dict[tuple[str, str], frozenset[str] | str] = {}
    connection = sqlite3.connect(path)
    try:
        for table, sql in connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE"
            " 'search_index%' AND name NOT IN ('queue_entries', 'alembic_version')"
        ):
            for check in re.findall(r"CHECK \((.*)\)", sql or ""):
                listed = re.fullmatch(r"(\w+) IN \((.*)\)", check)
                if listed:
                    values = frozenset(re.findall(r"'([^']*)'", listed[2]))
                    found[(table, listed[1])] = values
                else:
                    found[(table, check)] = check
    finally:
        connection.close()
    return found


def test_the_quick_tests_take_exactly_what_the_checks_take(services: Services) -> None:
    path = services.db.path
    assert path is not None
    checks = _checks(path)
    listed = {key: value for key, value in checks.items() if isinstance(value, frozenset)}
    assert listed == TESTED
    # The rest: the sessions' time limits above zero, which the quick test takes
    # from 1 to 86,400 only (and the defaults are above zero).
    others = {value for value in checks.values() if isinstance(value, str)}
    assert others == {"statement_limit_s > 0 AND reply_limit_s > 0", "panel_limit_s > 0"}
    assert exchange_format._LIMITS == ("statement_limit_s", "reply_limit_s", "panel_limit_s")


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The DB-API connection each bulk load ran on."""
    seen: list[Any] = []
    begin = BulkStatements.begin

    def watched(self: BulkStatements) -> None:
        seen.append(self._cursor.connection)
        begin(self)

    monkeypatch.setattr(BulkStatements, "begin", watched)
    return seen


def _checked_again(connection: Any) -> None:
    assert connection.execute("PRAGMA ignore_check_constraints").fetchone() == (0,)


def _file(services: Services, tmp_path: Path) -> Path:
    meeting = add_demo_meeting(
        services, sessions=2, statements_per_session=8, recommendations_per_session=2,
        frame=False,
    )  # fmt: skip
    file = tmp_path / "meeting.json"
    services.exchange.dump_file(meeting.id, file)
    return file


def test_checked_again_after_a_load(
    services: Services, tmp_path: Path, connections: list[Any]
) -> None:
    services.exchange.load_file(_file(services, tmp_path))
    assert connections
    for connection in connections:
        _checked_again(connection)


def test_checked_again_after_a_cancel(
    services: Services, tmp_path: Path, connections: list[Any]
) -> None:
    file = _file(services, tmp_path)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2  # after the first session

    with pytest.raises(exchange_load.LoadCancelled):
        services.exchange.load_file(file, cancelled=cancelled)
    assert connections
    for connection in connections:
        _checked_again(connection)


def test_checked_again_after_a_refusal_found_late(
    services: Services, tmp_path: Path, connections: list[Any]
) -> None:
    file = _file(services, tmp_path)
    # The last statement's kind is not the schema's: found after rows are written.
    text = file.read_text("utf-8")
    at = text.rindex('"kind": "')
    end = text.index('"', at + 9)
    file.write_text(text[:at] + '"kind": "speech' + text[end:], "utf-8")
    with pytest.raises(InvalidInput):
        services.exchange.load_file(file)
    assert connections
    for connection in connections:
        _checked_again(connection)

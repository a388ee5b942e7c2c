"""Replies that answer replies: kept in the log, the exports, the checks and the exchange."""

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import Statement
from rapporteur_app.services.app_services import Services

REPLY = StatementKind.RIGHT_OF_REPLY


def _exchange(services: Services) -> tuple[int, list[Statement]]:
    """Russian Federation → Ukraine → Russian Federation, with Austria between."""
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    first = services.statements.add(session.id, "A. Ivanov", "Russian Federation")
    services.statements.add(session.id, "E. Gruber", "Austria")
    ukraine = services.statements.add(
        session.id, "O. Koval", "Україна", kind=REPLY, replying_to=first.id
    )
    services.statements.add(
        session.id, "A. Ivanov", "Russian Federation", kind=REPLY, replying_to=ukraine.id
    )
    return session.id, services.statements.of_session(session.id)


def test_a_reply_answers_a_reply(services: Services) -> None:
    session_id, logged = _exchange(services)
    assert [(s.on_behalf_of, s.replying_to_id) for s in logged] == [
        ("Russian Federation", None),
        ("Austria", None),
        ("Ukraine", logged[0].id),
        ("Russian Federation", logged[2].id),
    ]
    tally = services.tally.for_session(session_id)
    assert (tally.statements, tally.rights_of_reply) == (2, 2)


def test_a_chain_cannot_go_round_in_a_circle(services: Services) -> None:
    _session_id, logged = _exchange(services)
    with pytest.raises(InvalidInput, match="circle"):
        services.statements.update(logged[2].id, replying_to=logged[3].id)
    assert services.statements.get(logged[2].id).replying_to_id == logged[0].id


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_statement_export_shows_the_chain(services: Services, tmp_path: Path, fmt: str) -> None:
    session_id, _logged = _exchange(services)
    out = tmp_path / f"statements.{fmt}"
    services.documents.export_statements(session_id, fmt=fmt, out=out)
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    else:
        book = load_workbook(out, read_only=True)
        try:
            sheet = book.active
            assert sheet is not None
            rows = [
                ["" if c is None else str(c) for c in r] for r in sheet.iter_rows(values_only=True)
            ]
        finally:
            book.close()  # read-only workbooks keep the file open until closed
    header, *body = rows
    answers, chain = header.index("Answers"), header.index("Reply chain")
    assert [(r[answers], r[chain]) for r in body] == [
        ("", ""),
        ("", ""),
        ("1", "1. Russian Federation"),
        ("3", "3. Ukraine → 1. Russian Federation"),
    ]


def test_the_exchange_file_keeps_the_chain(services: Services) -> None:
    session_id, _logged = _exchange(services)
    meeting_id = services.sessions.get(session_id).meeting_id
    copy = services.exchange.load(services.exchange.dump(meeting_id))
    copied_session = services.sessions.of_meeting(copy.id)[0]
    copied = services.statements.of_session(copied_session.id)
    numbers = {s.id: s.number for s in copied}
    assert [numbers.get(s.replying_to_id or -1) for s in copied] == [None, None, 1, 3]


def test_the_checks_name_a_reply_that_answers_a_later_statement(services: Services) -> None:
    session_id, logged = _exchange(services)
    codes = [w.code for w in services.documents.checks.before_export(session_id)]
    assert "reply-answers-later-statement" not in codes
    late = services.statements.add(session_id, "B. Bauer", "Germany", Category.DELEGATION)
    services.statements.update(logged[2].id, replying_to=late.id)
    warnings = services.documents.checks.before_export(session_id)
    found = [w for w in warnings if w.code == "reply-answers-later-statement"]
    assert len(found) == 1 and "3 answers 5" in found[0].message

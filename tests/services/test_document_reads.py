"""The consolidated report reads its meeting in one pass: the same SQL statements
whether the meeting has two sessions or six, and each rapport in it is the rapport
of that session built alone."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting


@contextmanager
def _statements(services: Services) -> Iterator[list[str]]:
    issued: list[str] = []

    def on_execute(*args: object) -> None:
        issued.append(str(args[2]))

    event.listen(services.db.engine, "before_cursor_execute", on_execute)
    try:
        yield issued
    finally:
        event.remove(services.db.engine, "before_cursor_execute", on_execute)


def _meeting(services: Services, sessions: int) -> int:
    meeting = add_demo_meeting(
        services, sessions=sessions, statements_per_session=12, recommendations_per_session=3,
        frame=False,
    )  # fmt: skip
    # A joint statement in every session (the demo makes them only now and then).
    for session in services.sessions.of_meeting(meeting.id):
        services.statements.add(
            session.id, "Ana Pop", "Romania", Category.DELEGATION, cosignatories=["Moldova"]
        )
    return meeting.id


def test_the_report_of_six_sessions_issues_the_statements_of_two(services: Services) -> None:
    small, large = _meeting(services, 2), _meeting(services, 6)
    counts = []
    for meeting_id in (small, large):
        with _statements(services) as issued:
            report = services.documents.consolidated(meeting_id)
        counts.append(len(issued))
        assert all(rapport.joint_statements for rapport in report.rapports)
    assert counts[0] == counts[1]


def test_each_rapport_of_the_report_is_its_sessions_rapport(services: Services) -> None:
    meeting_id = _meeting(services, 3)
    report = services.documents.consolidated(meeting_id)
    alone = [services.documents.rapport(s.id) for s in services.sessions.of_meeting(meeting_id)]
    assert len(report.rapports) == len(alone) == 3
    assert [r.document("x").text_lines() for r in report.rapports] == [
        r.document("x").text_lines() for r in alone
    ]
    assert list(report.rapports) == alone

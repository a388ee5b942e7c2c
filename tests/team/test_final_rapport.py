"""Draft and final: a final rapport is locked on every path (the same one message,
nothing changed), re-opened it becomes version 2, and version 1 is exported again
exactly as it was sent; two versions compare by tally, narrative and recommendations."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rapporteur_app.domain.errors import RapportFinal
from rapporteur_app.domain.kinds import Category, SessionList, StatementKind
from rapporteur_app.domain.model import Introducer
from rapporteur_app.services import exchange
from rapporteur_app.services.app_services import Services

pytestmark = pytest.mark.both_engines

Snapshot = Callable[[], list[tuple[str, list[tuple[object, ...]]]]]


def _session(services: Services) -> tuple[int, int, int, int]:
    meeting = services.meetings.add("SHDM on Freedom of Expression")
    session = services.sessions.add(meeting.id, "Working Session 1", "Media freedom")
    first = services.statements.add(session.id, "Ms. A", "Austria", Category.DELEGATION)
    second = services.statements.add(session.id, "Mr. B", "Article 19", Category.CIVIL_SOCIETY)
    rec = services.recommendations.add(session.id, "participating-states", "Free them.", first.id)
    other = services.recommendations.add(session.id, "participating-states", "Free them all.")
    services.sessions.set_narrative(session.id, "The session opened.\n\nIt closed.")
    services.sessions.set_list(session.id, SessionList.QUESTIONS_FOR_DISCUSSION, ["Why?"])
    services.queue.add(session.id, "Ms. Queued", "Czechia", Category.DELEGATION)
    del second
    return session.id, first.id, rec.id, other.id


def _edits(services: Services, session_id: int, statement_id: int, rec_id: int,
           other_id: int) -> dict[str, Callable[[], object]]:  # fmt: skip
    """Every kind of change to a session's rapport the services offer."""
    s, r = services.statements, services.recommendations
    return {
        "log a statement": lambda: s.add(session_id, "Ms. C", "France", Category.DELEGATION),
        "log a right of reply": lambda: s.add(session_id, "Mr. D", "Serbia",
                                              kind=StatementKind.RIGHT_OF_REPLY,
                                              replying_to=statement_id),
        "change a statement": lambda: s.update(statement_id, on_behalf_of="Germany"),
        "make it joint": lambda: s.update(statement_id, cosignatories=["Czechia"]),
        "write a note": lambda: s.set_notes(statement_id, "Said more."),
        "delete a statement": lambda: s.delete(statement_id),
        "remove (undoable)": lambda: s.remove(statement_id),
        "count only": lambda: services.floor.count_only(session_id, Category.MEDIA),
        "give the floor": lambda: services.floor.give_floor(session_id),
        "add a recommendation": lambda: r.add(session_id, "osce", "Do it."),
        "change a recommendation": lambda: r.update(rec_id, text="Changed."),
        "leave one out": lambda: r.update(rec_id, included=False),
        "reorder": lambda: r.reorder(session_id, [other_id, rec_id]),
        "merge": lambda: r.merge(rec_id, other_id),
        "merge duplicates": lambda: services.recommendation_review.merge_duplicates(
            rec_id, [other_id]),
        "delete a recommendation": lambda: r.delete(rec_id),
        "narrative": lambda: services.sessions.set_narrative(session_id, "Rewritten."),
        "a list": lambda: services.sessions.set_list(
            session_id, SessionList.FINDINGS, ["Found."]),
        "introducers": lambda: services.sessions.set_introducers(
            session_id, [Introducer("Dr. E")]),
        "title": lambda: services.sessions.update(session_id, title="Another title"),
        "delete the session": lambda: services.sessions.delete(session_id),
    }  # fmt: skip


def test_a_final_rapport_refuses_every_edit_and_keeps_each_version_as_sent(
    services: Services, tmp_path: Path, snapshot: Snapshot
) -> None:
    session_id, statement_id, rec_id, other_id = _session(services)
    assert not services.rapports.state(session_id).is_final
    version = services.rapports.finalize(session_id, "Anna Kowalska")
    assert version.version == 1 and version.author == "Anna Kowalska"
    sent = tmp_path / "sent-v1.json"
    exchange.write_file(services.handoff.export_text(session_id), sent)
    sent_text = sent.read_text("utf-8")
    assert json.loads(sent_text)["meeting"]["sessions"][0]["rapport"]["state"] == "final"

    before = snapshot()
    messages = set()
    for what, edit in _edits(services, session_id, statement_id, rec_id, other_id).items():
        with pytest.raises(RapportFinal) as refused:
            edit()
        messages.add(str(refused.value))
        assert snapshot() == before, f"{what} changed the database"
    assert len(messages) == 1
    (message,) = messages
    assert "Working Session 1" in message and "version 1" in message
    assert "Anna Kowalska" in message and "re-open" in message
    # The queue is not the rapport: a speaker can still wait (nothing else changes).
    services.queue.add(session_id, "Ms. Waits", "Malta", Category.DELEGATION)

    services.rapports.reopen(session_id)
    services.statements.add(session_id, "Ms. C", "France", Category.DELEGATION)
    services.recommendations.update(rec_id, text="Free them, now.")
    services.sessions.set_narrative(session_id, "The session opened.\n\nIt closed late.")
    second = services.rapports.finalize(session_id, "Anna Kowalska")
    assert second.version == 2
    state = services.rapports.state(session_id)
    assert state.final_version == 2 and [v.version for v in state.versions] == [1, 2]

    # Version 1 again, exactly as it was sent: the text read back is the same.
    again = tmp_path / "again-v1.json"
    exchange.write_file(services.rapports.version_text(session_id, 1), again)
    assert again.read_text("utf-8") == sent_text
    assert json.loads(again.read_text("utf-8"))["meeting"]["sessions"][0]["narrative"] == (
        "The session opened.\n\nIt closed."
    )

    comparison = services.rapports.compare(session_id, 1, 2)
    assert ("statements", 2, 3) in comparison.tally
    assert ("delegations", 1, 2) in comparison.tally
    assert "-It closed." in comparison.narrative and "+It closed late." in comparison.narrative
    assert comparison.recommendations_added == ("[participating-states] Free them, now.",)
    assert comparison.recommendations_removed == ("[participating-states] Free them.",)
    assert services.rapports.compare(session_id, 2).same


def test_the_command_line_marks_final_lists_exports_and_compares(
    cli: Any, tmp_path: Path, snapshot: Snapshot, services: Services
) -> None:
    session_id, _, _, _ = _session(services)
    services.close()
    sid = str(session_id)
    assert cli("session", "final", "--session", sid, "--author", "A. R.").out.strip() == "1"
    before = snapshot()
    refused = cli("statement", "add", "--session", sid, "--speaker", "Ms. X",
                  "--on-behalf-of", "Malta", "--category", "delegation")  # fmt: skip
    assert refused.code == 2 and "is final (version 1" in refused.err
    note = tmp_path / "narrative.txt"
    note.write_text("New.", "utf-8")
    refused = cli("session", "set-narrative", "--session", sid, "--file", str(note))
    assert refused.code == 2 and refused.err.count("\n") == 1 and "is final" in refused.err
    assert snapshot() == before
    listed = cli("session", "versions", "--session", sid)
    assert "final, version 1" in listed.out and "A. R." in listed.out
    sent = tmp_path / "v1.json"
    assert cli("session", "export", "--session", sid, "--out", str(sent)).code == 0
    assert cli("session", "reopen", "--session", sid).code == 0
    assert cli("session", "set-narrative", "--session", sid, "--file", str(note)).code == 0
    assert cli("session", "final", "--session", sid).out.strip() == "2"
    again = tmp_path / "again.json"
    assert cli("session", "export", "--session", sid, "--version", "1", "--out",
               str(again)).code == 0  # fmt: skip
    assert again.read_text("utf-8") == sent.read_text("utf-8")
    compared = cli("session", "compare", "--session", sid, "1", "2")
    assert compared.code == 0 and "+New." in compared.out
    missing = cli("session", "export", "--session", sid, "--version", "7", "--out", str(again))
    assert missing.code == 2 and "no final version 7" in missing.err
    as_json = json.loads(cli("session", "versions", "--session", sid, "--json").out)
    assert as_json["final_version"] == 2 and len(as_json["versions"]) == 2


def test_the_consolidated_report_names_the_version_of_each_rapport_it_took(
    services: Services, tmp_path: Path
) -> None:
    import docx

    session_id, _, _, _ = _session(services)
    meeting_id = services.sessions.get(session_id).meeting_id
    other = services.sessions.add(meeting_id, "Working Session 2", "Still a draft")
    services.statements.add(other.id, "Ms. Z", "Malta", Category.DELEGATION)
    services.rapports.finalize(session_id, "A. R.")
    services.rapports.reopen(session_id)
    version = services.rapports.finalize(session_id, "A. R.")
    out = tmp_path / "consolidated.docx"
    services.documents.export_meeting(meeting_id, document="consolidated", fmt="docx", out=out)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert f"Rapport taken: final version 2 of {version.finalized_at.day}" in text
    assert "Rapport taken: a draft (not marked final)" in text

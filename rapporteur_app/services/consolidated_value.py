"""The consolidated report's value built from what a reader of the store hands it:
one rule for every reader.

Two readers give the same inputs: the ORM's (services/document_builder.py, inside a
unit of work, on either engine) and, for an export command on a SQLite file at the
newest schema, the sqlite3 module's alone (store/report_read.py), so that such a
command does not import SQLAlchemy. Which sessions the report takes, what is
redacted, how recommendations are grouped and which version each rapport takes
are decided here, once, for both; `tests/services/test_report_read.py` holds the
two readers' values (and the PDFs written from them) equal.

No SQLAlchemy here: the quick path imports this module.
"""

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol

from rapporteur_app.domain.addressees import addressee_order
from rapporteur_app.domain.document import Inline
from rapporteur_app.domain.documents.consolidated import ConsolidatedReport
from rapporteur_app.domain.documents.privacy import Redactor
from rapporteur_app.domain.documents.rapport import Rapport, RecommendationGroup
from rapporteur_app.domain.documents.rich import rich, rich_item
from rapporteur_app.domain.documents.settings import MeetingDocumentSettings
from rapporteur_app.domain.kinds import SessionKind
from rapporteur_app.domain.labels import Labels
from rapporteur_app.domain.model import Meeting, Recommendation, Session
from rapporteur_app.domain.tally import Tally

# Sessions whose rapport belongs in the consolidated report even when empty.
REPORTED_KINDS = {SessionKind.WORKING_SESSION, SessionKind.PANEL, SessionKind.WORKING_GROUP}
# Sessions that are no rapport's subject unless statements were logged in them.
NO_RAPPORT = {SessionKind.ITEM, SessionKind.SIDE_EVENT}

# (session id, the lead as logged, its co-signatories in order) of a joint statement.
JointStatement = tuple[int, str, tuple[str, ...]]


class ReportSource(Protocol):
    """What the report is read from, in one read transaction. Rows come unredacted,
    in the order the store gives them (the same SQL for both readers)."""

    def meeting(self, meeting_id: int) -> Meeting: ...

    def meeting_settings(self, meeting_id: int) -> MeetingDocumentSettings: ...

    def redactor(self, meeting_id: int) -> Redactor: ...

    def sessions(self, meeting_id: int) -> list[Session]:
        """The meeting's sessions in agenda order, with questions and introducers."""
        ...

    def tallies(self, meeting_id: int) -> dict[int, Tally]: ...

    def recommendations_of(self, session_ids: list[int]) -> dict[int, list[Recommendation]]:
        """Each session's recommendations in its order (every id a key)."""
        ...

    def joint_statements(self, session_ids: list[int]) -> list[JointStatement]:
        """The sessions' joint statements in the log's order."""
        ...

    def final_versions(self, session_ids: list[int]) -> dict[int, tuple[int, datetime]]:
        """Session id -> (its final version, when it was made final), for those final."""
        ...


def recommendation_groups(
    labels: Labels, recommendations: Iterable[Recommendation], redact: Redactor
) -> tuple[RecommendationGroup, ...]:
    included = sorted((r for r in recommendations if r.included), key=lambda r: r.position)
    groups: list[RecommendationGroup] = []
    for addressee in addressee_order(r.addressee for r in included):
        items = tuple(rich_item(r.text, redact) for r in included if r.addressee == addressee)
        heading = labels.recommendations_to(redact(addressee))
        groups.append(RecommendationGroup(addressee, heading, items))
    return tuple(groups)


def lines_of(text: str, redact: Redactor) -> tuple[Inline, ...]:
    """A free block of lines (the issuing office) as runs, one line each."""
    return tuple(runs for line in text.split("\n") if (runs := rich_item(line, redact)))


def title_of(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.split("\n") if line.strip())


def rapports(
    source: ReportSource,
    labels: Labels,
    sessions: Sequence[Session],
    tallies: dict[int, Tally],
    redact: Redactor,
) -> tuple[Rapport, ...]:
    """The rapports of sessions of one meeting, read in one pass: the meeting, then
    the recommendations and the joint statements of all of them."""
    if not sessions:
        return ()
    meeting = source.meeting(sessions[0].meeting_id)
    ids = [s.id for s in sessions]
    recommendations = source.recommendations_of(ids)
    joint: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
    for session_id, lead, names in source.joint_statements(ids):
        joint.setdefault(session_id, []).append(
            (redact(lead), tuple(redact(name) for name in names))
        )
    return tuple(
        Rapport(
            labels=labels,
            meeting_title=meeting.title,
            title=redact(session.heading),
            rapporteur=redact(session.rapporteur),
            tally=tallies.get(session.id, Tally()),
            narrative=rich(session.narrative, redact),
            groups=recommendation_groups(labels, recommendations[session.id], redact),
            joint_statements=tuple(joint.get(session.id, ())),
        )
        for session in sessions
    )


def consolidated_report(
    source: ReportSource, labels: Labels, meeting_id: int
) -> ConsolidatedReport:
    meeting = source.meeting(meeting_id)
    settings = source.meeting_settings(meeting_id)
    redact = source.redactor(meeting_id)
    sessions = source.sessions(meeting_id)
    tallies = source.tallies(meeting_id)
    reported = [
        s
        for s in sessions
        if s.kind in REPORTED_KINDS
        or tallies.get(s.id, Tally()) != Tally()
        # A side event's few words are for the highlights, not a rapport page.
        or (s.kind not in NO_RAPPORT and s.narrative.strip())
    ]
    ids = [s.id for s in reported]
    return ConsolidatedReport(
        labels=labels,
        meeting_title=meeting.title,
        place=meeting.venue,
        dates=labels.dates_text(meeting.start, meeting.end),
        tallies=tuple((redact(s.label or s.title), tallies.get(s.id, Tally())) for s in reported),
        rapports=rapports(source, labels, reported, tallies, redact),
        issuer=lines_of(settings.issuer, redact),
        title_lines=title_of(settings.consolidated_title),
        versions=versions_taken(labels, source.final_versions(ids), ids),
    )


def versions_taken(
    labels: Labels, final: dict[int, tuple[int, datetime]], session_ids: list[int]
) -> tuple[str, ...]:
    """Which version of each rapport the report takes: its final one, or a draft
    (said once any rapport of the meeting is final)."""
    if not final:
        # No rapport of the meeting was ever sent final: a working compilation,
        # written as always (as the seeds), without a note under every rapport.
        return ()
    return tuple(
        labels.version_final.format(
            version=final[sid][0], date=labels.date_text(final[sid][1].date())
        )
        if sid in final
        else labels.version_draft
        for sid in session_ids
    )


def possible_mentions_in(redact: Redactor, groups: Iterable[Iterable[str]]) -> list[str]:
    """The words of these texts that look like a form of an anonymous speaker's
    name, as written, each once (services/mentions.py's rule, for either reader)."""
    found: list[str] = []
    for group in groups:
        for text in group:
            for word in redact.possible_mentions(text):
                if word not in found:
                    found.append(word)
    return found


def mentions_warning(words: list[str]) -> str:
    shown = ", ".join(repr(w[:40]) for w in words[:8])
    more = f" and {len(words) - 8} more" if len(words) > 8 else ""
    return (
        f"Possibly a speaker who asked not to be named, not replaced: {shown}{more}. "
        "Check these words before the document goes out."
    )

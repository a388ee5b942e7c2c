"""The consolidated report of a meeting on a SQLite file, read without SQLAlchemy,
for ``export --meeting ID`` on the command line.

The value is the one every rendering takes (services/consolidated_value.py builds it
from either reader); only the reading differs: store/report_read.py reads the rows
through the sqlite3 module alone, read-only. None means the full path decides (a
server, a file that fails the open checks or is not at the newest schema, a meeting
not there, any doubt), and it says what is wrong in its usual words.
"""

import os
from dataclasses import dataclass

from rapporteur_app.domain.document import Document
from rapporteur_app.domain.labels import labels_for
from rapporteur_app.services.consolidated_value import consolidated_report, possible_mentions_in
from rapporteur_app.services.document_files import PROGRAM_TEMPLATE, Dressing, dressing_of
from rapporteur_app.store.location import plain_sqlite_file
from rapporteur_app.store.report_read import READ_ERRORS, Missing, report_source


@dataclass(frozen=True, slots=True)
class QuickReport:
    document: Document
    dressing: Dressing
    # possible_mentions' words for the whole meeting, for the warning before the export
    mentions: list[str]


def quick_consolidated(
    location: str | os.PathLike[str] | None, meeting_id: int, language: str = "en"
) -> QuickReport | None:
    """The meeting's consolidated report as DocumentService.meeting_document builds
    it, its dressing and its possible mentions, all read in one snapshot; or None."""
    path = plain_sqlite_file(location)
    if path is None:
        return None
    labels = labels_for(language)
    with report_source(path) as source:
        if source is None:
            return None
        try:
            redact = source.redactor(meeting_id)
            mentions = (
                possible_mentions_in(redact, source.mention_texts(meeting_id))
                if redact.stems
                else []
            )
            value = consolidated_report(source, labels, meeting_id)
            dressing = dressing_of(
                source.meeting_settings(meeting_id), source.program_setting(PROGRAM_TEMPLATE)
            )
        except (Missing, *READ_ERRORS):
            return None
    # A meeting's documents are the meeting's own: its title stands as author.
    return QuickReport(value.document(value.meeting_title), dressing, mentions)

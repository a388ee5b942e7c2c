"""The year's statistics and follow-up as tables for a spreadsheet (CSV or XLSX), through
the writers that neutralise formulas (export/table_writer.py)."""

import os
from collections.abc import Sequence
from pathlib import Path

from rapporteur_app.domain.kinds import CATEGORY_ORDER
from rapporteur_app.domain.year import FOLLOW_UP_WORDS, FollowUpRow, YearStatistics
from rapporteur_app.export.formats import TABLE_FORMATS, find

Rows = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]

_CATEGORY_HEADERS = ("Delegations", "Civil society", "OSCE institutions",
                     "International organizations", "Media")  # fmt: skip


def statistics_by_meeting(stats: YearStatistics) -> Rows:
    header = ("Meeting", "Start", "Kind", "Statements", *_CATEGORY_HEADERS, "Rights of reply")
    rows = tuple(
        (m.title, m.start.isoformat() if m.start else "", m.kind.value, *(str(v) for v in m.row()))
        for m in stats.meetings
        if m.has_tally
    )
    totals = ("Total", "", "", *(str(v) for v in stats.totals()))
    return header, (*rows, totals)


def speakers_table(stats: YearStatistics) -> Rows:
    header = ("Delegation or organization", "Category", "Statements", "Rights of reply")
    return header, tuple(
        (s.name, s.category.value, str(s.statements), str(s.replies)) for s in stats.speakers
    )


def addressees_table(stats: YearStatistics) -> Rows:
    return ("Addressee", "Recommendations"), tuple((a, str(n)) for a, n in stats.addressees)


def follow_up_table(rows: Sequence[FollowUpRow]) -> Rows:
    header = ("Id", "Addressee", "Recommendation", "Meeting", "Session", "State", "Office",
              "Latest note date", "Latest note", "Heard before at")  # fmt: skip
    return header, tuple(
        (
            str(r.recommendation_id), r.addressee, r.text, r.meeting, r.session,
            FOLLOW_UP_WORDS[r.state], r.office,
            r.last_note_day.isoformat() if r.last_note_day else "", r.last_note,
            r.earlier_meeting,
        )
        for r in rows
    )  # fmt: skip


def write_table(table: Rows, fmt: str, out: str | os.PathLike[str]) -> Path:
    header, rows = table
    return find(TABLE_FORMATS, fmt).write(header, rows, out)


assert len(_CATEGORY_HEADERS) == len(CATEGORY_ORDER)

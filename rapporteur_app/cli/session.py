"""session add | list | set-narrative | draft (and the hand-off actions of cli/handoff.py)"""

from __future__ import annotations

import argparse
from functools import partial
from typing import TYPE_CHECKING

from rapporteur_app.cli import handoff
from rapporteur_app.cli.arguments import identifier, language_choice, value
from rapporteur_app.cli.context import services
from rapporteur_app.cli.files import read_text_file
from rapporteur_app.cli.output import print_json, print_table
from rapporteur_app.domain.kinds import SessionKind
from rapporteur_app.domain.text import parse_date, parse_time

if TYPE_CHECKING:  # the draft's module is imported when a draft is made
    from rapporteur_app.domain.draft.narrative import Draft


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("session", help="add or list the sessions of a meeting")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a session to a meeting; prints its id")
    add.add_argument("--meeting", type=identifier, required=True, metavar="ID")
    add.add_argument("--label", required=True, help="e.g. 'Working Session 14' or 'Panel 2'")
    add.add_argument("--title", required=True)
    add.add_argument(
        "--kind",
        type=value(SessionKind.parse),
        default=SessionKind.WORKING_SESSION,
        metavar="|".join(k.value for k in SessionKind),
    )
    add.add_argument("--day", type=value(partial(parse_date, field="day")), metavar="YYYY-MM-DD")
    add.add_argument("--start", type=value(partial(parse_time, field="start")), metavar="HH:MM")
    add.add_argument("--end", type=value(partial(parse_time, field="end")), metavar="HH:MM")
    add.add_argument("--moderator", default="", metavar="TEXT")
    add.add_argument("--rapporteur", default="", metavar="TEXT", help="'name, function'")
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="list a meeting's sessions in agenda order")
    listing.add_argument("--meeting", type=identifier, required=True, metavar="ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    narrative = actions.add_parser(
        "set-narrative", help="set a session's narrative from a text file (UTF-8)"
    )
    narrative.add_argument("--session", type=identifier, required=True, metavar="ID")
    narrative.add_argument(
        "--file", required=True, metavar="FILE.txt", help="paragraphs separated by blank lines"
    )
    narrative.set_defaults(handler=_set_narrative)

    draft = actions.add_parser(
        "draft",
        help="print a draft narrative built from the session's log (nothing is changed)",
    )
    draft.add_argument("--session", type=identifier, required=True, metavar="ID")
    draft.add_argument(
        "--language",
        help="the document's language (the draft's own words; notes stay as written)",
        **language_choice(),
    )
    draft.add_argument(
        "--json", action="store_true", help="the draft with its counts, panel and themes"
    )
    draft.set_defaults(handler=_draft)
    handoff.register(actions)


def _add(args: argparse.Namespace) -> int:
    with services(args) as app:
        session = app.sessions.add(
            args.meeting,
            args.label,
            args.title,
            kind=args.kind,
            day=args.day,
            start=args.start,
            end=args.end,
            moderator=args.moderator,
            rapporteur=args.rapporteur,
        )
    print(session.id)
    return 0


def _list(args: argparse.Namespace) -> int:
    with services(args) as app:
        sessions = app.sessions.of_meeting(args.meeting)
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "meeting_id": s.meeting_id,
                    "kind": s.kind.value,
                    "label": s.label,
                    "title": s.title,
                    "day": s.day,
                    "start": s.start,
                    "end": s.end,
                    "room": s.room,
                    "moderator": s.moderator,
                    "rapporteur": s.rapporteur,
                }
                for s in sessions
            ]
        )
    else:
        print_table(
            ["id", "label", "title", "kind", "day", "start", "end"],
            [(s.id, s.label, s.title, s.kind.value, s.day, s.start, s.end) for s in sessions],
        )
    return 0


def _set_narrative(args: argparse.Namespace) -> int:
    text = read_text_file(args.file)
    with services(args) as app:
        app.sessions.set_narrative(args.session, text)
    return 0


def _draft(args: argparse.Namespace) -> int:
    with services(args) as app:
        draft = app.drafts.draft(args.session, args.language)
    if args.json:
        print_json(_draft_json(draft))
    else:
        print(draft.markup)
    return 0


def _draft_json(draft: Draft) -> dict[str, object]:
    return {
        "language": draft.language,
        "text": draft.text,
        "markup": draft.markup,
        "tally": draft.tally.as_dict(),
        "panel": [
            {"role": p.role, "name": p.name, "description": p.description, "notes": list(p.notes)}
            for p in draft.panel
        ],
        "themes": [
            {
                "phrase": t.phrase,
                "language": t.language,
                "statements": t.statements,
                "statement_ids": list(t.statement_ids),
                "by_category": {c.value: n for c, n in t.by_category},
            }
            for t in draft.themes
        ],
    }

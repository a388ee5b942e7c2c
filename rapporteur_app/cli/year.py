"""year events | stats | follow-up | follow | report: the year across meetings."""

import argparse
from functools import partial

from rapporteur_app.cli.arguments import format_choice, identifier, value
from rapporteur_app.cli.context import services
from rapporteur_app.cli.output import print_json, print_table
from rapporteur_app.domain.text import parse_date
from rapporteur_app.domain.year import FollowUpState
from rapporteur_app.export.formats import DOCUMENT_FORMATS, TABLE_FORMATS

_date = value(partial(parse_date, field="date"))
_state = value(FollowUpState.parse)
TABLES = ("by-meeting", "speakers", "addressees")


def _year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2200:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year")
    return int(text)


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = commands.add_parser("year", help="the year: events, statistics, follow-up, report")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    events = actions.add_parser("events", help="the year's meetings and events")
    events.add_argument("--year", type=_year, required=True)
    events.add_argument("--json", action="store_true")
    events.set_defaults(handler=_events)

    stats = actions.add_parser("stats", help="statistics of a year or of chosen meetings")
    scope = stats.add_mutually_exclusive_group(required=True)
    scope.add_argument("--year", type=_year)
    scope.add_argument("--meeting", type=identifier, action="append", metavar="ID")
    stats.add_argument("--table", choices=TABLES, default="by-meeting")
    stats.add_argument("--format", dest="fmt", **format_choice(TABLE_FORMATS))
    stats.add_argument("--out", help="write the table to this file (with --format)")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=_stats)

    table = actions.add_parser("follow-up", help="the follow-up table of a year")
    table.add_argument("--year", type=_year, required=True)
    table.add_argument("--addressee")
    table.add_argument("--format", dest="fmt", **format_choice(TABLE_FORMATS))
    table.add_argument("--out")
    table.add_argument("--json", action="store_true")
    table.set_defaults(handler=_follow_up)

    follow = actions.add_parser("follow", help="record a recommendation's follow-up")
    follow.add_argument("--recommendation", type=identifier, required=True, metavar="ID")
    follow.add_argument("--state", type=_state, help=", ".join(s.value for s in FollowUpState))
    follow.add_argument("--office")
    follow.add_argument("--note", help="a dated note (with --day; today without)")
    follow.add_argument("--day", type=_date, metavar="YYYY-MM-DD")
    follow.add_argument("--link", type=identifier, metavar="EARLIER_ID",
                        help="it is this earlier recommendation heard again")  # fmt: skip
    follow.set_defaults(handler=_follow)

    report = actions.add_parser("report", help="write the year's annual report")
    report.add_argument("--year", type=_year, required=True)
    report.add_argument("--format", dest="fmt", required=True, **format_choice(DOCUMENT_FORMATS))
    report.add_argument("--out", required=True)
    report.set_defaults(handler=_report)


def _events(args: argparse.Namespace) -> int:
    with services(args) as app:
        events = app.year.events(args.year)
    rows = [{"id": e.meeting_id, "kind": e.kind.value, "title": e.title, "start": e.start,
             "end": e.end, "place": e.place, "sessions": e.sessions,
             "statements": e.statements} for e in events]  # fmt: skip
    if args.json:
        print_json(rows)
    else:
        print_table(list(rows[0]) if rows else ["id"], [list(r.values()) for r in rows])
    return 0


def _write_or_print(
    args: argparse.Namespace, table: tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]
) -> int:
    from rapporteur_app.services.year_tables import write_table

    header, rows = table
    if args.out:
        if not args.fmt:
            args.fmt = "xlsx" if args.out.casefold().endswith(".xlsx") else "csv"
        print(write_table(table, args.fmt, args.out))
    elif args.json:
        print_json([dict(zip(header, row, strict=True)) for row in rows])
    else:
        print_table(header, rows)
    return 0


def _stats(args: argparse.Namespace) -> int:
    from rapporteur_app.services import year_tables

    with services(args) as app:
        stats = app.year.statistics(args.year, args.meeting)
    make = {"by-meeting": year_tables.statistics_by_meeting, "speakers": year_tables.speakers_table,
            "addressees": year_tables.addressees_table}[args.table]  # fmt: skip
    return _write_or_print(args, make(stats))


def _follow_up(args: argparse.Namespace) -> int:
    from rapporteur_app.services.year_tables import follow_up_table

    with services(args) as app:
        rows = app.follow_up.table(args.year, args.addressee)
    return _write_or_print(args, follow_up_table(rows))


def _follow(args: argparse.Namespace) -> int:
    from datetime import date

    with services(args) as app:
        if args.state is not None:
            app.follow_up.set_state(args.recommendation, args.state, args.office)
        elif args.office is not None:
            app.follow_up.set_office(args.recommendation, args.office)
        if args.note is not None:
            app.follow_up.add_note(args.recommendation, args.day or date.today(), args.note)
        if args.link is not None:
            app.follow_up.confirm_link(args.recommendation, args.link)
        done = app.follow_up.get(args.recommendation)
    print(f"{done.recommendation_id}: {done.state.value}"
          + (f", {done.office}" if done.office else "")
          + (f", {len(done.notes)} note(s)" if done.notes else "")
          + (f", heard before as {done.earlier_id}" if done.earlier_id else ""))  # fmt: skip
    return 0


def _report(args: argparse.Namespace) -> int:
    with services(args) as app:
        print(app.annual_reports.export(args.year, args.fmt, args.out))
    return 0

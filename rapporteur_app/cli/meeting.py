"""meeting add | list"""

import argparse
from functools import partial

from rapporteur_app.cli.arguments import value
from rapporteur_app.cli.context import services
from rapporteur_app.cli.output import print_json, print_table
from rapporteur_app.domain.text import parse_date
from rapporteur_app.domain.year import EventKind

_date = value(partial(parse_date, field="date"))


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = commands.add_parser("meeting", help="add or list meetings")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a meeting; prints its id")
    add.add_argument("--title", required=True)
    add.add_argument("--venue", default="")
    add.add_argument("--start", type=_date, metavar="YYYY-MM-DD")
    add.add_argument("--end", type=_date, metavar="YYYY-MM-DD")
    add.add_argument("--kind", type=value(EventKind.parse), default=EventKind.MEETING,
                     help=", ".join(k.value for k in EventKind))  # fmt: skip
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="list the meetings")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)


def _add(args: argparse.Namespace) -> int:
    with services(args) as app:
        meeting = app.meetings.add(args.title, args.venue, args.start, args.end, kind=args.kind)
    print(meeting.id)
    return 0


def _list(args: argparse.Namespace) -> int:
    with services(args) as app:
        meetings = app.meetings.all()
    if args.json:
        print_json(
            [
                {"id": m.id, "title": m.title, "venue": m.venue, "start": m.start, "end": m.end}
                for m in meetings
            ]
        )
    else:
        print_table(
            ["id", "title", "venue", "start", "end"],
            [(m.id, m.title, m.venue, m.start, m.end) for m in meetings],
        )
    return 0

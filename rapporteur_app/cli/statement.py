"""statement add | list"""

import argparse
from functools import partial

from rapporteur_app.cli.arguments import identifier, value
from rapporteur_app.cli.context import services
from rapporteur_app.cli.output import print_json, print_table
from rapporteur_app.cli.statements_export import add_export
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import joint_name
from rapporteur_app.domain.text import parse_time

_time = value(partial(parse_time, field="time", seconds=True))


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = commands.add_parser("statement", help="log or list the statements of a session")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="log a statement or right of reply; prints its id")
    add.add_argument("--session", type=identifier, required=True, metavar="ID")
    add.add_argument("--speaker", required=True, metavar="NAME")
    add.add_argument("--on-behalf-of", required=True, metavar="ORG")
    add.add_argument(
        "--category",
        type=value(Category.parse),
        metavar="|".join(c.value for c in Category),
        help="not needed for an organization already known or in the reference lists",
    )
    add.add_argument(
        "--right-of-reply", action="store_true", help="a right of reply, counted apart"
    )
    add.add_argument(
        "--presentation",
        action="store_true",
        help="the panel's own speaker (the moderator's opening, an introducer's "
        "presentation): logged, never counted in the tally",
    )
    add.add_argument(
        "--replying-to", type=identifier, metavar="STATEMENT_ID", help="the statement answered"
    )
    add.add_argument(
        "--with",
        dest="cosignatories",
        action="append",
        default=[],
        metavar="ORG",
        help="a joint statement: another organization it is made for (repeat for each); "
        "it counts once, in the category of --on-behalf-of",
    )
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument("--anonymous", action="store_true", help="the speaker asked not to be named")
    add.add_argument("--start", type=_time, metavar="HH:MM:SS")
    add.add_argument("--end", type=_time, metavar="HH:MM:SS")
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="list a session's statements in running order")
    listing.add_argument("--session", type=identifier, required=True, metavar="ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    add_export(actions)


def _add(args: argparse.Namespace) -> int:
    if args.replying_to is not None and not args.right_of_reply:
        raise InvalidInput("--replying-to goes with --right-of-reply.")
    if not args.speaker.strip():
        raise InvalidInput("The speaker must not be empty.")
    if not args.on_behalf_of.strip():
        raise InvalidInput("--on-behalf-of must not be empty.")
    if args.presentation and args.right_of_reply:
        raise InvalidInput("A statement is either --presentation or --right-of-reply, not both.")
    kind = StatementKind.STATEMENT
    if args.right_of_reply:
        kind = StatementKind.RIGHT_OF_REPLY
    elif args.presentation:
        kind = StatementKind.PRESENTATION
    with services(args) as app:
        statement = app.statements.add(
            args.session,
            args.speaker,
            args.on_behalf_of,
            args.category,
            kind=kind,
            replying_to=args.replying_to,
            notes=args.notes,
            anonymous=args.anonymous,
            start=args.start,
            end=args.end,
            cosignatories=args.cosignatories,
        )
    print(statement.id)
    return 0


def _list(args: argparse.Namespace) -> int:
    with services(args) as app:
        statements = app.statements.of_session(args.session)
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "number": s.number,
                    "speaker": s.speaker,
                    "on_behalf_of": s.on_behalf_of,
                    "cosignatories": list(s.cosignatories),
                    "category": s.category.value,
                    "kind": s.kind.value,
                    "replying_to": s.replying_to_id,
                    "start": s.start,
                    "end": s.end,
                    "duration_s": None if s.duration is None else int(s.duration.total_seconds()),
                    "notes": s.notes,
                    "anonymous": s.anonymous,
                }
                for s in statements
            ]
        )
    else:
        print_table(
            ["id", "no.", "speaker", "on behalf of", "category", "kind", "start", "notes"],
            [
                (
                    s.id,
                    s.number,
                    s.speaker,
                    joint_name(s.on_behalf_of, s.cosignatories),
                    s.category.value,
                    s.kind.value,
                    s.start,
                    s.notes,
                )
                for s in statements
            ],
        )
    return 0

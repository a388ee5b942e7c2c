"""recommendation add"""

import argparse

from rapporteur_app.cli.arguments import identifier
from rapporteur_app.cli.context import services
from rapporteur_app.domain.kinds import KNOWN_ADDRESSEES


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = commands.add_parser("recommendation", help="add a recommendation made in a session")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a recommendation; prints its id")
    add.add_argument("--session", type=identifier, required=True, metavar="ID")
    add.add_argument(
        "--to",
        required=True,
        metavar="ADDRESSEE",
        help=f"{', '.join(KNOWN_ADDRESSEES)}, or any other text (shown as written)",
    )
    add.add_argument("--text", required=True)
    add.add_argument(
        "--from",
        dest="source",
        type=identifier,
        metavar="STATEMENT_ID",
        help="the statement it was made in",
    )
    add.set_defaults(handler=_add)


def _add(args: argparse.Namespace) -> int:
    with services(args) as app:
        recommendation = app.recommendations.add(
            args.session, args.to, args.text, statement_id=args.source
        )
    print(recommendation.id)
    return 0

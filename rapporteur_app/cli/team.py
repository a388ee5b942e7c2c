"""team setup-roles | grant | revoke | list: who may write which session on a server."""

import argparse

from rapporteur_app.cli.arguments import identifier
from rapporteur_app.cli.context import services
from rapporteur_app.cli.output import print_json, print_table


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = commands.add_parser(
        "team", help="on a PostgreSQL server: which role may write which session"
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup-roles",
        help="make the server enforce the grants (row security); run as the database's "
        "owner, once, and again after an upgrade",
    )
    setup.set_defaults(handler=_setup)
    for name, handler, text in (
        ("grant", _grant, "let a rapporteur's role write sessions, or the secretariat's all"),
        ("revoke", _revoke, "take sessions (or, with no --session, everything) from a role"),
    ):
        action = actions.add_parser(name, help=text)
        who = action.add_mutually_exclusive_group(required=True)
        who.add_argument("--rapporteur", metavar="ROLE", help="a server role (its login name)")
        who.add_argument("--secretariat", metavar="ROLE", help="may write every session")
        action.add_argument(
            "--session", type=identifier, metavar="ID", action="append", default=[],
            help="a session the rapporteur writes (repeat for each)",
        )  # fmt: skip
        action.set_defaults(handler=handler)
    listing = actions.add_parser("list", help="the team's roles and their sessions")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)


def _setup(args: argparse.Namespace) -> int:
    with services(args) as app:
        guarded = app.team.setup_roles()
    print(f"The server now guards {len(guarded)} tables: each role writes only what it is given.")
    return 0


def _grant(args: argparse.Namespace) -> int:
    with services(args) as app:
        if args.secretariat is not None:
            member = app.team.grant(args.secretariat, args.session, secretariat=True)
        else:
            member = app.team.grant(args.rapporteur, args.session)
    print(_describe(member.role, member.secretariat, member.sessions))
    return 0


def _revoke(args: argparse.Namespace) -> int:
    with services(args) as app:
        if args.secretariat is not None:
            member = app.team.revoke(args.secretariat, args.session, secretariat=True)
            role = args.secretariat
        else:
            member = app.team.revoke(args.rapporteur, args.session)
            role = args.rapporteur
    if member is None:
        print(f"{role} may read the meeting and write nothing.")
    else:
        print(_describe(member.role, member.secretariat, member.sessions))
    return 0


def _describe(role: str, secretariat: bool, sessions: tuple[int, ...]) -> str:
    if secretariat:
        return f"{role} may write every session (secretariat)."
    listed = ", ".join(str(s) for s in sessions)
    return f"{role} may write session{'s' if len(sessions) > 1 else ''} {listed}."


def _list(args: argparse.Namespace) -> int:
    with services(args) as app:
        members = app.team.members()
    if args.json:
        print_json(
            [
                {"role": m.role, "secretariat": m.secretariat, "sessions": list(m.sessions)}
                for m in members
            ]
        )
        return 0
    print_table(
        ["role", "writes"],
        [
            [m.role, "every session" if m.secretariat else ", ".join(map(str, m.sessions))]
            for m in members
        ],
    )
    return 0

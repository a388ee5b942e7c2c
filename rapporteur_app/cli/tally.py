"""tally (--session ID | --meeting ID)"""

import argparse

from rapporteur_app.cli.arguments import identifier
from rapporteur_app.cli.context import services
from rapporteur_app.cli.output import print_json

LABELS = {
    "statements": "No. of statements",
    "delegations": "Delegations",
    "civil_society": "Civil society",
    "osce_institutions": "OSCE institutions",
    "international_organizations": "International organizations",
    "media": "Media",
    "rights_of_reply": "Rights of reply",
}


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    tally = commands.add_parser("tally", help="the seven counts of a session or a meeting")
    scope = tally.add_mutually_exclusive_group(required=True)
    scope.add_argument("--session", type=identifier, metavar="ID")
    scope.add_argument("--meeting", type=identifier, metavar="ID")
    tally.add_argument("--json", action="store_true")
    tally.set_defaults(handler=_tally)


def _tally(args: argparse.Namespace) -> int:
    from rapporteur_app.services.kept_tally import quick_tally

    # The counts the store keeps, read without SQLAlchemy when the file allows it.
    counts = quick_tally(args.db, args.session, args.meeting)
    if counts is None:
        with services(args) as app:
            if args.session is not None:
                counts = app.tally.for_session(args.session)
            else:
                counts = app.tally.for_meeting(args.meeting)
    if args.json:
        print_json(counts.as_dict())
    else:
        for key, number in counts.as_dict().items():
            print(f"{LABELS[key]}: {number}")
    return 0

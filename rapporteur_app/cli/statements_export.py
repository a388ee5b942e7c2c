"""statement export --session ID --format csv|xlsx --out PATH"""

import argparse

from rapporteur_app.cli.arguments import format_choice, identifier
from rapporteur_app.cli.context import services
from rapporteur_app.export.formats import TABLE_FORMATS


def add_export(actions: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    export = actions.add_parser(
        "export", help="write a session's statement log as CSV or XLSX (for a spreadsheet)"
    )
    export.add_argument("--session", type=identifier, required=True, metavar="ID")
    export.add_argument("--format", required=True, **format_choice(TABLE_FORMATS))
    export.add_argument("--out", required=True, metavar="PATH")
    export.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from rapporteur_app.cli.export import warn_of_mentions

    with services(args) as app:
        warn_of_mentions(app, args.session, None)
        written = app.documents.export_statements(args.session, fmt=args.format, out=args.out)
    print(written)
    return 0

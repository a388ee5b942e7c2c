"""participants import | list | merge"""

import argparse
import sys

from rapporteur_app.cli.arguments import identifier
from rapporteur_app.cli.context import services
from rapporteur_app.cli.output import print_json, print_table
from rapporteur_app.domain.text import quoted


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = commands.add_parser("participants", help="the people who may speak at a meeting")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import",
        help="import a registration list (CSV or XLSX); a file with any error imports nothing",
    )
    importing.add_argument("--meeting", type=identifier, required=True, metavar="ID")
    importing.add_argument("file", metavar="FILE.csv|FILE.xlsx")
    importing.add_argument(
        "--dry-run", action="store_true", help="only show what would be imported"
    )
    importing.set_defaults(handler=_import)
    listing = actions.add_parser("list", help="list a meeting's participants")
    listing.add_argument("--meeting", type=identifier, required=True, metavar="ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    merge = actions.add_parser(
        "merge", help="two spellings of one person: keep the first, fold the second into it"
    )
    merge.add_argument("--keep", type=identifier, required=True, metavar="ID")
    merge.add_argument("--other", type=identifier, required=True, metavar="ID")
    merge.set_defaults(handler=_merge)


def _import(args: argparse.Namespace) -> int:
    from rapporteur_app.services.registration import RowAction

    with services(args) as app:
        preview = app.registration.preview(args.meeting, args.file)
        if preview.mis_encoded:
            words = ", ".join(quoted(w) for w in preview.mis_encoded)
            print(
                f"rapporteur-app: warning: some text looks mis-encoded ({words}): the file "
                "mixes encodings; it is imported as written, fix the file to correct it.",
                file=sys.stderr,
            )
        if preview.errors:
            # One line on stderr (the first error and how many more), nothing written.
            app.registration.apply(preview)
        if args.dry_run:
            for row in preview.rows:
                if row.action is not RowAction.ADD or row.note:
                    print(f"row {row.row}: {row.name} ({row.organization}): {row.note or 'add'}")
            _say_ignored(preview.ignored_columns)
            print(f"Dry run: {preview.summary()}; nothing was imported.")
            return 0
        result = app.registration.apply(preview)
    _say_ignored(preview.ignored_columns)
    completed = f", {result.completed} completed" if result.completed else ""
    organizations = (
        f", {result.organizations_added} organizations stored for the first time"
        if result.organizations_added
        else ""
    )
    print(f"Imported {result.added} participants{completed}{organizations} ({preview.summary()}).")
    return 0


def _say_ignored(columns: tuple[str, ...]) -> None:
    if columns:
        print(f"Columns not used: {', '.join(columns)}.")


def _list(args: argparse.Namespace) -> int:
    with services(args) as app:
        people = app.participants.of_meeting(args.meeting)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "function": p.function,
                    "organization": p.organization,
                    "category": p.category.value if p.category else None,
                    "email": p.email,
                }
                for p in people
            ]
        )
        return 0
    print_table(
        ["id", "name", "function", "organization", "category"],
        [
            [p.id, p.name, p.function, p.organization, p.category.value if p.category else ""]
            for p in people
        ],
    )
    return 0


def _merge(args: argparse.Namespace) -> int:
    with services(args) as app:
        kept = app.participants.merge(args.keep, args.other)
    print(kept.id)
    return 0

"""backup list | restore"""

import argparse

from rapporteur_app.cli.output import print_json, print_table


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = commands.add_parser("backup", help="the automatic backups of the database")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the database's backups, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    restore = actions.add_parser(
        "restore",
        help="put a backup back (the current file is kept as a backup first)",
    )
    restore.add_argument("backup", metavar="BACKUP", help="a name from 'backup list', or a path")
    restore.add_argument("--to", metavar="PATH", help="restore into this file instead")
    restore.set_defaults(handler=_restore)


def _list(args: argparse.Namespace) -> int:
    from rapporteur_app.services.backups import BackupService

    backups = BackupService(args.db).all()
    if args.json:
        print_json(
            [
                {
                    "name": b.name,
                    "taken": b.taken.isoformat(),
                    "reason": b.reason,
                    "path": str(b.path),
                }
                for b in backups
            ]
        )
        return 0
    print_table(
        ["name", "taken (UTC)", "reason"],
        [[b.name, f"{b.taken:%Y-%m-%d %H:%M:%S}", b.reason] for b in backups],
    )
    return 0


def _restore(args: argparse.Namespace) -> int:
    from rapporteur_app.services.backups import BackupService

    written, kept = BackupService(args.db).restore(args.backup, args.to)
    print(written)
    if kept is not None:
        print(f"The file that was there is kept as {kept}")
    return 0

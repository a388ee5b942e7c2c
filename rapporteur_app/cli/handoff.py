"""session export | import | final | reopen | versions | compare: hand-off files and
final rapports (docs/team.md)."""

import argparse
import sys
from pathlib import Path

from rapporteur_app.cli.arguments import identifier
from rapporteur_app.cli.context import services
from rapporteur_app.cli.output import print_json, print_table


def register(actions: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    export = actions.add_parser(
        "export",
        help="write one session to a session file to hand on (a final rapport as it was sent)",
    )
    export.add_argument("--session", type=identifier, required=True, metavar="ID")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    export.add_argument(
        "--version", type=identifier, metavar="N", help="a kept final version, as it was sent"
    )
    export.set_defaults(handler=_export)

    take = actions.add_parser(
        "import",
        help="import a session file into a meeting: replaces the session it came from",
    )
    take.add_argument("file", type=Path, metavar="FILE.json")
    take.add_argument("--meeting", type=identifier, required=True, metavar="ID")
    take.add_argument(
        "--dry-run", action="store_true", help="say what would change; change nothing"
    )
    take.add_argument(
        "--force",
        action="store_true",
        help="apply a file of another meeting, or older than the session held",
    )
    take.set_defaults(handler=_import)

    final = actions.add_parser(
        "final", help="mark a session's rapport final (sent): locked, a new version kept"
    )
    final.add_argument("--session", type=identifier, required=True, metavar="ID")
    final.add_argument("--author", metavar="NAME", help="who sends it (default: your login)")
    final.set_defaults(handler=_final)

    reopen = actions.add_parser(
        "reopen", help="re-open a final rapport to change it (its next final is a new version)"
    )
    reopen.add_argument("--session", type=identifier, required=True, metavar="ID")
    reopen.set_defaults(handler=_reopen)

    versions = actions.add_parser("versions", help="a session's rapport: its final versions")
    versions.add_argument("--session", type=identifier, required=True, metavar="ID")
    versions.add_argument("--json", action="store_true")
    versions.set_defaults(handler=_versions)

    compare = actions.add_parser(
        "compare",
        help="what changed between two final versions (or a version and now): "
        "tally, narrative, recommendations",
    )
    compare.add_argument("--session", type=identifier, required=True, metavar="ID")
    compare.add_argument("first", type=identifier, metavar="VERSION")
    compare.add_argument(
        "second", type=identifier, nargs="?", metavar="VERSION", help="default: the session now"
    )
    compare.set_defaults(handler=_compare)


def _export(args: argparse.Namespace) -> int:
    from rapporteur_app.services import exchange

    with services(args) as app:
        if args.version is not None:
            text = app.rapports.version_text(args.session, args.version)
        else:
            text = app.handoff.export_text(args.session)
    exchange.write_file(text, args.out)
    return 0


def _import(args: argparse.Namespace) -> int:
    from rapporteur_app.services import exchange

    data = exchange.read_file(args.file)
    with services(args) as app:
        if args.dry_run:
            plan = app.handoff.plan(data, args.meeting)
            for problem in plan.problems:
                print(f"Refused unless --force: {problem}", file=sys.stderr)
            if plan.locked:
                print("Refused: the rapport held here is final; only a newer final "
                      "version replaces it (re-open it here first).", file=sys.stderr)  # fmt: skip
        else:
            plan = app.handoff.import_file(data, args.meeting, force=args.force)
    for line in plan.lines():
        print(line)
    return 0


def _final(args: argparse.Namespace) -> int:
    with services(args) as app:
        version = app.rapports.finalize(args.session, args.author)
    print(version.version)
    return 0


def _reopen(args: argparse.Namespace) -> int:
    with services(args) as app:
        state = app.rapports.reopen(args.session)
    print(state.describe())
    return 0


def _versions(args: argparse.Namespace) -> int:
    with services(args) as app:
        state = app.rapports.state(args.session)
    rows = [
        (v.version, f"{v.finalized_at:%Y-%m-%d %H:%M}", v.author,
         "final" if v.version == state.final_version else "kept")
        for v in state.versions
    ]  # fmt: skip
    if args.json:
        print_json(
            {
                "session": state.session_id,
                "state": "final" if state.is_final else "draft",
                "final_version": state.final_version,
                "versions": [
                    {"version": v, "finalized_at": at, "author": who, "current": now == "final"}
                    for v, at, who, now in rows
                ],
            }
        )
    else:
        print(f"{state.label}: {state.describe()}")
        if rows:
            print_table(["version", "final at", "author", ""], rows)
    return 0


def _compare(args: argparse.Namespace) -> int:
    from rapporteur_app.services.rapports import CURRENT

    with services(args) as app:
        comparison = app.rapports.compare(args.session, args.first, args.second or CURRENT)
    for line in comparison.lines():
        print(line)
    return 0

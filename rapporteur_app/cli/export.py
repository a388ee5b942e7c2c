"""export (--session ID | --meeting ID) ...; agenda export --meeting ID ..."""

import argparse
import sys
from typing import TYPE_CHECKING

from rapporteur_app.cli.arguments import format_choice, identifier, language_choice, value
from rapporteur_app.cli.context import document_services
from rapporteur_app.export.formats import DOCUMENT_FORMATS
from rapporteur_app.services.document_kinds import DocumentKind

if TYPE_CHECKING:
    from pathlib import Path

    from rapporteur_app.services.app_services import Services
    from rapporteur_app.services.document_access import DocumentAccess


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    export = commands.add_parser(
        "export",
        help="write a session's rapport or a meeting's report as DOCX or PDF",
        description="The default document is the session rapport for --session and the "
        "consolidated report for --meeting.",
    )
    scope = export.add_mutually_exclusive_group(required=True)
    scope.add_argument("--session", type=identifier, metavar="ID")
    scope.add_argument("--meeting", type=identifier, metavar="ID")
    _common(export)
    export.add_argument(
        "--document",
        type=value(lambda text: DocumentKind.parse(text).value),
        metavar="|".join(kind.value for kind in DocumentKind),
        help="rapport or working-group (for a session); consolidated, highlights or agenda "
        "(for a meeting)",
    )
    export.set_defaults(handler=_export)

    agenda = commands.add_parser("agenda", help="the annotated agenda of a meeting")
    actions = agenda.add_subparsers(dest="action", metavar="ACTION", required=True)
    agenda_export = actions.add_parser("export", help="write the annotated agenda as DOCX or PDF")
    agenda_export.add_argument("--meeting", type=identifier, required=True, metavar="ID")
    _common(agenda_export)
    agenda_export.set_defaults(handler=_agenda_export)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, **format_choice(DOCUMENT_FORMATS))
    parser.add_argument("--out", required=True, metavar="PATH")
    parser.add_argument("--language", help="the fixed labels' language", **language_choice())


def warn_of_mentions(
    app: "DocumentAccess | Services", session_id: int | None, meeting_id: int | None
) -> None:
    """Before an export: words that may name an anonymous speaker (never blocks)."""
    from rapporteur_app.services.mentions import mentions_warning, possible_mentions

    words = possible_mentions(app.db, session_id=session_id, meeting_id=meeting_id)
    if words:
        print(f"rapporteur-app: warning: {mentions_warning(words)}", file=sys.stderr)


def _export(args: argparse.Namespace) -> int:
    if args.meeting is not None and args.document in (None, DocumentKind.CONSOLIDATED.value):
        written = _quick_consolidated(args)
        if written is not None:
            print(written)
            return 0
    with document_services(args) as app:
        warn_of_mentions(app, args.session, args.meeting)
        if args.session is not None:
            written = app.documents.export_session(
                args.session,
                fmt=args.format,
                out=args.out,
                language=args.language,
                document=args.document or DocumentKind.RAPPORT.value,
            )
        else:
            written = app.documents.export_meeting(
                args.meeting,
                fmt=args.format,
                out=args.out,
                language=args.language,
                document=args.document or DocumentKind.CONSOLIDATED.value,
            )
    print(written)
    return 0


def _quick_consolidated(args: argparse.Namespace) -> "Path | None":
    """The consolidated report of a SQLite file read without SQLAlchemy
    (services/quick_export.py): the same value, the same file; None: the full path."""
    from rapporteur_app.services.document_files import write_document
    from rapporteur_app.services.quick_export import quick_consolidated

    quick = quick_consolidated(args.db, args.meeting, args.language)
    if quick is None:
        return None
    if quick.mentions:
        from rapporteur_app.services.consolidated_value import mentions_warning

        print(f"rapporteur-app: warning: {mentions_warning(quick.mentions)}", file=sys.stderr)
    return write_document(quick.document, args.format, args.out, quick.dressing)


def _agenda_export(args: argparse.Namespace) -> int:
    with document_services(args) as app:
        written = app.documents.export_meeting(
            args.meeting,
            fmt=args.format,
            out=args.out,
            language=args.language,
            document=DocumentKind.AGENDA.value,
        )
    print(written)
    return 0

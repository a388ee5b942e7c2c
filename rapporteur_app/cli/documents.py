"""document settings: how a meeting's or a session's documents are dressed"""

import argparse
import dataclasses

from rapporteur_app.cli.arguments import identifier
from rapporteur_app.cli.context import services
from rapporteur_app.cli.files import read_text_file
from rapporteur_app.cli.output import print_json
from rapporteur_app.domain.documents.settings import (
    MeetingDocumentSettings,
    SessionDocumentSettings,
)
from rapporteur_app.domain.errors import InvalidInput

_YES = {"yes", "true", "on", "1"}
_NO = {"no", "false", "off", "0"}


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = commands.add_parser(
        "document", help="how the documents of a meeting or a session are dressed"
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    settings = actions.add_parser(
        "settings",
        help="show, or change with --set NAME=VALUE and --file NAME=PATH, the document settings",
    )
    scope = settings.add_mutually_exclusive_group(required=True)
    scope.add_argument("--meeting", type=identifier, metavar="ID")
    scope.add_argument("--session", type=identifier, metavar="ID")
    settings.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    settings.add_argument(
        "--file", action="append", default=[], metavar="NAME=PATH",
        help="a long setting (the annex, the issuing office) read from a UTF-8 file",
    )  # fmt: skip
    settings.set_defaults(handler=_settings)
    template = actions.add_parser(
        "template",
        help="show, set (--set PATH) or remove (--clear) the DOCX template of every meeting"
        " (a meeting's own template wins over it)",
    )
    choice = template.add_mutually_exclusive_group()
    choice.add_argument("--set", dest="path", metavar="PATH")
    choice.add_argument("--clear", action="store_true")
    template.set_defaults(handler=_template)


def _pairs(args: argparse.Namespace, kinds: dict[str, type]) -> dict[str, object]:
    values: dict[str, object] = {}
    for pair, from_file in [(p, False) for p in args.set] + [(p, True) for p in args.file]:
        name, equals, value = pair.partition("=")
        name = name.strip().replace("-", "_")
        if not equals or name not in kinds:
            raise InvalidInput(
                f"{pair!r}: write NAME=VALUE with NAME one of {', '.join(sorted(kinds))}."
            )
        if from_file:
            values[name] = read_text_file(value)
        elif kinds[name] is bool:
            word = value.strip().casefold()
            if word not in _YES | _NO:
                raise InvalidInput(f"{name} takes yes or no, not {value!r}.")
            values[name] = word in _YES
        else:
            values[name] = value.replace("\\n", "\n")
    return values


def _settings(args: argparse.Namespace) -> int:
    shown: MeetingDocumentSettings | SessionDocumentSettings
    with services(args) as app:
        if args.meeting is not None:
            kinds = {f.name: type(f.default) for f in dataclasses.fields(MeetingDocumentSettings)}
            values = _pairs(args, kinds)
            shown = (
                app.meetings.set_document_settings(args.meeting, **values)
                if values
                else app.meetings.document_settings(args.meeting)
            )
        else:
            kinds = {f.name: type(f.default) for f in dataclasses.fields(SessionDocumentSettings)}
            values = _pairs(args, kinds)
            shown = (
                app.sessions.set_document_settings(args.session, **values)
                if values
                else app.sessions.document_settings(args.session)
            )
    print_json(dataclasses.asdict(shown))
    return 0


def _template(args: argparse.Namespace) -> int:
    """The program-wide template: printed as its path (an empty line: none)."""
    with services(args) as app:
        if args.clear:
            kept = app.documents.set_program_template("")
        elif args.path is not None:
            kept = app.documents.set_program_template(args.path)
        else:
            kept = app.documents.program_template()
    print(kept)
    return 0

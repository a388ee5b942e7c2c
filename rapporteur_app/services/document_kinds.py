"""The documents the program writes: words the command line offers before anything
heavy is imported (``--help`` lists them). Their formats are the writer registry's
(export/formats.py): a new format is one entry there, and the command line's
``--format`` takes it from there (cli/arguments.format_choice)."""

from enum import StrEnum

from rapporteur_app.domain.errors import InvalidInput


class DocumentKind(StrEnum):
    RAPPORT = "rapport"
    WORKING_GROUP = "working-group"
    HIGHLIGHTS = "highlights"
    CONSOLIDATED = "consolidated"
    AGENDA = "agenda"

    @classmethod
    def parse(cls, text: str) -> "DocumentKind":
        try:
            return cls(text.strip().casefold())
        except ValueError:
            choices = ", ".join(kind.value for kind in cls)
            raise InvalidInput.coded("unknown-document", text=repr(text), choices=choices) from None


SESSION_DOCUMENTS = (DocumentKind.RAPPORT, DocumentKind.WORKING_GROUP)
MEETING_DOCUMENTS = (DocumentKind.CONSOLIDATED, DocumentKind.HIGHLIGHTS, DocumentKind.AGENDA)

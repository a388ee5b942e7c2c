"""The documents the program writes and their formats: words the command line offers
before anything heavy is imported (``--help`` lists them)."""

from enum import StrEnum

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.export.formats import DOCUMENT_FORMATS, TABLE_FORMATS, names


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
            raise InvalidInput(
                f"unknown document {text!r}: choose one of {', '.join(k.value for k in cls)}"
            ) from None


SESSION_DOCUMENTS = (DocumentKind.RAPPORT, DocumentKind.WORKING_GROUP)
MEETING_DOCUMENTS = (DocumentKind.CONSOLIDATED, DocumentKind.HIGHLIGHTS, DocumentKind.AGENDA)
# From the one writer registry (export/formats.py): a new format is one entry there.
FORMATS = names(DOCUMENT_FORMATS)
TABLE_FORMAT_NAMES = names(TABLE_FORMATS)

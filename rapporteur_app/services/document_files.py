"""A document value written to its file, dressed in its meeting's template and header.

No SQLAlchemy here: the quick export of a SQLite file (services/quick_export.py)
writes through this module, as every other export does.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from rapporteur_app.domain.document import Document
from rapporteur_app.domain.documents.settings import MeetingDocumentSettings
from rapporteur_app.export.formats import DOCUMENT_FORMATS, find

# The name of the program-wide template among the program's settings.
PROGRAM_TEMPLATE = "docx_template"


@dataclass(frozen=True, slots=True)
class Dressing:
    """The secretariat's template and the first page's header elements."""

    template: Path | None = None
    logo: str = ""
    symbol: str = ""
    issued: str = ""
    distribution: str = ""


def dressing_of(settings: MeetingDocumentSettings, program_template: str) -> Dressing:
    # A meeting's own template wins over the one set for the whole program.
    chosen = settings.template or program_template
    template = Path(chosen) if chosen else None
    return Dressing(
        template, settings.logo, settings.symbol, settings.issued, settings.distribution
    )


def write_document(
    document: Document,
    fmt: str,
    out: str | os.PathLike[str],
    dressing: Dressing | None = None,
) -> Path:
    dressing = dressing or Dressing()
    from rapporteur_app.export.page_header import PageHeader

    header = PageHeader(dressing.logo, dressing.symbol, dressing.issued, dressing.distribution)
    return find(DOCUMENT_FORMATS, fmt).write(document, out, dressing.template, header)

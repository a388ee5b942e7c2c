"""The writer registry: every file format the program writes, in one place.

The command line's ``--format`` choices, the rapport tab's export buttons and
the export dialog's list of formats are all read from here, so a new format is
one writer and one entry below. The writers are imported when a file is
written, not when this module is: starting the program does not pay for
python-docx, reportlab or openpyxl.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from rapporteur_app.domain.document import Document
from rapporteur_app.domain.errors import InvalidInput

if TYPE_CHECKING:  # the writers' modules are imported when a file is written
    from rapporteur_app.export.page_header import PageHeader

Target = str | os.PathLike[str]
# (document, target, the secretariat's DOCX template or None, the first page's header)
DocumentWrite = Callable[[Document, Target, "Path | None", "PageHeader"], Path]
TableWrite = Callable[[Sequence[str], Sequence[Sequence[str]], Target], Path]
W = TypeVar("W")


@dataclass(frozen=True)
class Format(Generic[W]):
    name: str  # what --format takes
    suffix: str  # the file name's ending, with its dot
    label: str  # what a button or a list shows (a format's own name: not translated)
    write: W


def _docx(document: Document, target: Target, template: Path | None, header: PageHeader) -> Path:
    from rapporteur_app.export.docx_writer import write_docx

    return write_docx(document, target, template, header)


def _pdf(document: Document, target: Target, template: Path | None, header: PageHeader) -> Path:
    del template  # a Word template dresses the DOCX only
    from rapporteur_app.export.pdf_writer import write_pdf

    return write_pdf(document, target, header)


def _csv(header: Sequence[str], rows: Sequence[Sequence[str]], target: Target) -> Path:
    from rapporteur_app.export.table_writer import write_csv

    return write_csv(header, rows, target)


def _xlsx(header: Sequence[str], rows: Sequence[Sequence[str]], target: Target) -> Path:
    from rapporteur_app.export.table_writer import write_xlsx

    return write_xlsx(header, rows, target)


# Documents (rapports, reports, agendas); the first is what a dialog offers first.
DOCUMENT_FORMATS: tuple[Format[DocumentWrite], ...] = (
    Format("docx", ".docx", "DOCX", _docx),
    Format("pdf", ".pdf", "PDF", _pdf),
)

# Tables (the statement log, for a spreadsheet).
TABLE_FORMATS: tuple[Format[TableWrite], ...] = (
    Format("csv", ".csv", "CSV", _csv),
    Format("xlsx", ".xlsx", "XLSX", _xlsx),
)


def names(formats: Sequence[Format[W]]) -> list[str]:
    return [f.name for f in formats]


def find(formats: Sequence[Format[W]], text: str) -> Format[W]:
    """The format called ``text`` (any case, a leading dot allowed)."""
    wanted = text.strip().casefold().lstrip(".")
    for candidate in formats:
        if candidate.name == wanted:
            return candidate
    choices = ", ".join(names(formats))
    raise InvalidInput.coded("unknown-file-format", text=repr(text), choices=choices)


def prepare_writers() -> None:
    """Import the writers and read the PDF fonts now, so that the first export does
    not pay for it (about a third of a second): called in a worker when an export
    view opens, while the user is still choosing."""
    from rapporteur_app.export import docx_writer, pdf_writer

    del docx_writer
    pdf_writer._styles()  # registers the fonts too (both cached for the process)

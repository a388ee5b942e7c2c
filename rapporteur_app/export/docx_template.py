"""The secretariat's DOCX template, and the header elements of a page.

A template (a .docx or a .dotx) brings its styles, page set-up, header and
footer (with their logo); its body is emptied and the document written in its
place. A file that is not a Word document the program can use is refused with
one message naming it. The same header elements — logo, document symbol such
as ``PC.SHDM.GAL/3/22``, distribution line, date — come from the meeting's
settings for the PDF, and for a DOCX made without a template
(:mod:`rapporteur_app.export.page_header`).
"""

import io
import os
import zipfile
from pathlib import Path

import docx as python_docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.exceptions import UnrecognizedImageError
from docx.shared import Cm, Pt

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.export.page_header import PageHeader

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MACRO_TYPES = (
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
)
_LARGEST_TEMPLATE = 50 * 1024 * 1024


def _refused(path: Path, code: str, **params: object) -> InvalidInput:
    return InvalidInput.coded(code, path=path, **params)


def _as_document_bytes(path: Path) -> bytes:
    """The template's bytes, a .dotx relabelled as a document (its content is the same)."""
    try:
        if not path.is_file():
            raise _refused(path, "template-missing")
        if path.stat().st_size > _LARGEST_TEMPLATE:
            raise _refused(path, "template-too-large")
        data = path.read_bytes()
    except OSError as error:
        raise _refused(path, "template-unreadable", detail=error.strerror or error) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise _refused(path, "template-not-word")
            types = package.read("[Content_Types].xml")
            if any(kind in types for kind in _MACRO_TYPES):
                raise _refused(path, "template-macros")
            if _TEMPLATE_TYPE not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
                for item in package.infolist():
                    content = package.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                    copy.writestr(item, content)
            return out.getvalue()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, EOFError):
        raise _refused(path, "template-not-word") from None


def open_template(template: str | os.PathLike[str] | None) -> DocxDocument:
    """A new document: the program's own default, or the secretariat's template
    with its body emptied (its section properties, header and footer kept)."""
    if template is None:
        return python_docx.Document()
    path = Path(template)
    data = _as_document_bytes(path)
    try:
        docx = python_docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on a damaged package
        raise _refused(path, "template-parts-unreadable", detail=type(error).__name__) from None
    body = docx.element.body
    for child in list(body):
        if child.tag.endswith("}sectPr"):
            continue
        body.remove(child)
    return docx


def _header_has_picture(docx: DocxDocument) -> bool:
    header = docx.sections[0].header
    return any("graphic" in p._p.xml for p in header.paragraphs)


def write_page_header(docx: DocxDocument, header: PageHeader, first_page: bool = False) -> None:
    """The first page's head from the meeting's settings: the logo (unless the
    template's header has one already), then the symbol, date and distribution
    line at the right."""
    if not header:
        return
    section = docx.sections[0]
    target = section.first_page_header if first_page else section.header
    if header.logo and not _header_has_picture(docx):
        logo = Path(header.logo)
        paragraph = (
            target.paragraphs[0] if not target.paragraphs[0].text else target.add_paragraph()
        )
        try:
            paragraph.add_run().add_picture(str(logo), height=Cm(1.6))
        except (OSError, UnrecognizedImageError):
            raise InvalidInput.coded("logo-unusable", logo=logo) from None
    for line in header.lines():
        paragraph = target.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(line)
        run.font.size = Pt(10)


def check_template(template: str | os.PathLike[str]) -> None:
    """Refuse, in one message naming it, a file the DOCX export could not start from
    (said when the secretariat chooses it, not at the next export)."""
    open_template(template)


def check_logo(logo: str | os.PathLike[str]) -> None:
    """Refuse a logo both writers could not place: only PNG, JPEG and GIF images."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(logo) as image:
            kind = image.format
    except (OSError, UnidentifiedImageError, ValueError):
        kind = None
    if kind not in ("PNG", "JPEG", "GIF"):
        raise InvalidInput.coded("logo-unusable", logo=logo)

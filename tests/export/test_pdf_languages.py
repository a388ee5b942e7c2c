"""Russian inside a PDF of another language is marked Russian: each Cyrillic
stretch drawn inside a marked-content sequence ``/Span <</Lang (ru-RU)>> BDC …
EMC``, read back from the PDF's content streams: every Cyrillic letter of the
page is inside one, and nothing else is."""

import re
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    ContentStream,
    DictionaryObject,
    TextStringObject,
)

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_SHOWING = {b"Tj", b"TJ", b"'", b'"'}


def _as_bytes(operand: object) -> object:
    """A string operand kept as the bytes it was (the subsets' codes are no text)."""
    if isinstance(operand, TextStringObject):
        return ByteStringObject(operand.original_bytes)
    if isinstance(operand, ArrayObject):
        return ArrayObject(_as_bytes(o) for o in operand)
    return operand


def _marked_and_unmarked(path: Path) -> tuple[str, str]:
    """The text drawn inside the Russian-marked sequences, and the text outside them:
    each page's content kept twice, once with only the inside's text operators and
    once with only the outside's, and read by pypdf's own text extraction (which
    knows the fonts' subsets)."""
    texts: dict[bool, list[str]] = {True: [], False: []}
    for inside in (True, False):
        writer = pypdf.PdfWriter(clone_from=str(path))
        for page in writer.pages:
            content = ContentStream(page.get_contents(), writer)
            kept = []
            depth = 0  # the depth of the Russian sequence we are in (0: none)
            level = 0
            for operands, operator in content.operations:
                if operator in (b"BDC", b"BMC"):
                    level += 1
                    properties = operands[1] if len(operands) > 1 else None
                    if (
                        isinstance(properties, DictionaryObject)
                        and properties.get("/Lang") == "ru-RU"
                        and not depth
                    ):
                        depth = level
                elif operator == b"EMC":
                    if depth == level:
                        depth = 0
                    level -= 1
                elif operator in _SHOWING and bool(depth) is not inside:
                    continue
                kept.append(([_as_bytes(o) for o in operands], operator))
            content.operations = kept
            page.replace_contents(content)
            texts[inside].append(page.extract_text())
    return "\n".join(texts[True]), "\n".join(texts[False])


@pytest.fixture
def session_id(services: Services) -> int:
    meeting = services.meetings.add("Human Dimension Meeting", "Vienna")
    session = services.sessions.add(
        meeting.id, "Working Session 2", "Защита детей: child victims of trafficking",
        rapporteur="Ms. Olena Kovalenko, Delegation of Ukraine",
    )  # fmt: skip
    services.statements.add(session.id, "Г-н Иванов", "Russian Federation", Category.DELEGATION)
    services.sessions.set_narrative(
        session.id,
        "The delegate of Kazakhstan spoke in Russian: **«Мы поддерживаем план действий»**, "
        "and the session moved on.\n\n- Усилить защиту детей\n- Protect children",
    )
    return session.id


def test_russian_in_an_english_rapport_is_marked_russian(
    services: Services, session_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "rapport.pdf"
    services.documents.export_session(session_id, fmt="pdf", out=out)
    assert pypdf.PdfReader(str(out)).trailer["/Root"]["/Lang"] == "en-GB"
    inside, outside = _marked_and_unmarked(out)
    for russian in ("Защита детей", "Мы поддерживаем план действий", "Усилить защиту детей"):
        assert russian in inside
    assert not _CYRILLIC.search(outside), outside
    assert "Protect children" in outside and "Protect children" not in inside
    assert "Working Session 2" in outside


def test_the_russian_half_of_bilingual_labels_is_marked_russian(
    services: Services, session_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "rapport-en-ru.pdf"
    services.documents.export_session(session_id, fmt="pdf", out=out, language="en-ru")
    inside, outside = _marked_and_unmarked(out)
    assert "Количество выступлений" in inside and "No. of statements" in outside
    assert not _CYRILLIC.search(outside), outside


def test_a_russian_document_is_russian_as_a_whole(
    services: Services, session_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "rapport-ru.pdf"
    services.documents.export_session(session_id, fmt="pdf", out=out, language="ru")
    reader = pypdf.PdfReader(str(out))
    assert reader.trailer["/Root"]["/Lang"] == "ru-RU"
    # Its Cyrillic is in the document's own language: nothing needs marking.
    assert b"BDC" not in b"".join(page.get_contents().get_data() for page in reader.pages)
    inside, outside = _marked_and_unmarked(out)
    assert inside.strip() == "" and "Количество выступлений" in outside

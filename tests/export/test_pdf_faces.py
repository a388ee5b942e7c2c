"""The shipped faces are read from their files on first use (export/pdf_faces.py): the
names known beforehand are the files' own, a face once read is the face reportlab
reads, a face a document does not use is never read, and the PDFs are byte for byte
those written with every face read at registration; the quick cut of a string into
the face's codes is reportlab's."""

import ast
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from rapporteur_app.export.fonts import POSTSCRIPT_NAMES, font_path
from rapporteur_app.export.pdf_faces import FaceOnFirstUse, QuickTTFont, font_on_first_use

ROOT = Path(__file__).resolve().parents[2]


def test_the_names_known_beforehand_are_the_files_own() -> None:
    for family, faces in POSTSCRIPT_NAMES.items():
        for face, name in faces.items():
            read = TTFontFace(str(font_path(face, family)))
            assert read.name == name.encode("ascii")
            assert FaceOnFirstUse(str(font_path(face, family)), name).name == read.name


def test_a_face_once_read_is_the_face_reportlab_reads() -> None:
    path = str(font_path("bold-italic"))
    lazy = FaceOnFirstUse(path, POSTSCRIPT_NAMES["LiberationSerif"]["bold-italic"])
    assert not lazy.file_read
    assert lazy.name == b"LiberationSerif-BoldItalic" and not lazy.file_read  # the name alone
    assert lazy.charWidths  # asking for anything else reads the file
    assert lazy.file_read
    eager = TTFontFace(path)
    mine, theirs = vars(lazy), vars(eager)
    assert sorted(mine) == sorted(theirs)
    for key, value in theirs.items():
        if callable(value):  # the scale reportlab makes per face
            assert mine[key](1000) == value(1000)
        else:
            assert mine[key] == value, key
    font = font_on_first_use("Probe-BoldItalic", path, "LiberationSerif-BoldItalic")
    assert isinstance(font.face, FaceOnFirstUse) and not font.face.file_read
    assert font.stringWidth("Probe", 10) == font.stringWidth("Probe", 10)
    assert font.face.file_read


_PROBE = """
import io, os, sys
from reportlab import rl_config
rl_config.invariant = 1
from rapporteur_app.export import pdf_writer, table_layout
if os.environ.get("EAGER"):
    from reportlab.pdfbase.ttfonts import TTFont
    table_layout.font_on_first_use = lambda name, path, _postscript: TTFont(name, path)
from reportlab.pdfbase import pdfmetrics
from tests.export.test_pdf_paragraphs import _document
from rapporteur_app.domain.document import Document, Heading, Paragraph, Run
from rapporteur_app.export.page_header import PageHeader

def write(document):
    out = io.BytesIO()
    pdf_writer._render_into(document, out, PageHeader("", "PC.SHDM.GAL/3/22", "", "ENGLISH only"))
    return out.getvalue()

every = _document()
# Without its third-level headings (set in bold italic), as the consolidated report.
upright = Document("Report", "ODIHR", "en", tuple(
    b for b in every.blocks if not (isinstance(b, Heading) and b.level == 3)))
plain = write(upright)
read = sorted(n for n in ("regular", "bold", "italic", "bold-italic")
              if getattr(pdfmetrics.getFont(f"LiberationSerif-{n}").face, "file_read", True))
armenian = Document("Report", "ODIHR", "en", (
    Paragraph((Run("Հայաստան and "), Run("საქართველო", bold=True, italic=True))),
))
both = write(every) + write(armenian)
sys.stdout.buffer.write(repr((read, plain, both)).encode())
"""


def _written(eager: bool) -> tuple[list[str], bytes, bytes]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    environment.pop("EAGER", None)
    if eager:
        environment["EAGER"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, check=False, cwd=ROOT,
        env=environment, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    read, plain, both = ast.literal_eval(done.stdout.decode())
    return read, plain, both


def test_a_face_not_used_is_not_read_and_the_pdfs_are_the_same() -> None:
    read, plain, both = _written(eager=False)
    # The document draws no bold italic: that face stays unread (in a fresh process).
    assert read == ["bold", "italic", "regular"]
    eager_read, eager_plain, eager_both = _written(eager=True)
    assert eager_read == ["bold", "bold-italic", "italic", "regular"]
    assert plain == eager_plain
    assert both == eager_both  # the fallback faces (Armenian, Georgian) and bold italic


class _Doc:
    """Stands for a PDF document: a face keeps one state (its subsets) per document."""


# Latin, Cyrillic, Greek, the no-break space, letters without a glyph here (CJK,
# Armenian), and enough others that a document needs a second subset.
_CHARS = st.one_of(
    st.sampled_from(list("aZ é\u00a0Жяωß–«»\u4e2d\u0531\t")),
    st.characters(min_codepoint=0x20, max_codepoint=0x52F),
)
_STRINGS = st.lists(st.text(_CHARS, max_size=40), max_size=30)


@given(_STRINGS)
def test_the_quick_cut_is_reportlabs_cut(strings: list[str]) -> None:
    path = str(font_path("regular"))
    quick = font_on_first_use("Probe-Quick", path, "LiberationSerif")
    assert isinstance(quick, QuickTTFont)
    plain = TTFont("Probe-Plain", path)
    mine, theirs = _Doc(), _Doc()
    for text in strings:
        assert quick.splitString(text, mine) == plain.splitString(text, theirs)
    ours, reportlabs = quick.state.get(mine), plain.state.get(theirs)
    assert (ours is None) == (reportlabs is None) == (not strings)
    if ours is not None:
        assert ours.assignments == reportlabs.assignments
        assert ours.subsets == reportlabs.subsets
        assert ours.nextCode == reportlabs.nextCode


def test_threads_asking_at_once_get_the_face_read_once() -> None:
    from concurrent.futures import ThreadPoolExecutor

    path = str(font_path("italic"))
    whole = len(TTFontFace(path).charWidths)
    with ThreadPoolExecutor(8) as pool:
        for _ in range(10):
            lazy = FaceOnFirstUse(path, POSTSCRIPT_NAMES["LiberationSerif"]["italic"])
            widths = list(pool.map(lambda face: len(face.charWidths), [lazy] * 32))
            assert set(widths) == {whole}  # never a table half read
            assert lazy.file_read

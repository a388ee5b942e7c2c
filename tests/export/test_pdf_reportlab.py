"""reportlab's paragraph module imported through pdf_reportlab.py: its web-address,
hyphenation-letter, CJK and unsafe-name patterns deferred (the same pattern and
flags, the same matches), every other expression and ``re.compile`` itself left as
they were."""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.export.pdf_reportlab import DeferredPattern

ROOT = Path(__file__).resolve().parents[2]
_PROBE = """
import re, sys
compile_before = re.compile
import rapporteur_app.export.pdf_writer
import reportlab.platypus.paragraph as paragraph
from reportlab.lib import rl_safe_eval, textsplit
from rapporteur_app.export.pdf_reportlab import DeferredPattern
assert re.compile is compile_before
later = [paragraph.uri_pat, paragraph._hy_letters_pat, paragraph._hy_shy_letters_pat,
         textsplit.rx, rl_safe_eval.__rl_unsafe_re__]
for pattern in later:
    assert isinstance(pattern, DeferredPattern), pattern
    assert pattern._compiled is None
# The modules' other expressions are real ones.
for pattern in (paragraph._hy_pfx_pat, paragraph._hy_shy_pat, paragraph._scheme_re):
    assert isinstance(pattern, re.Pattern), pattern
assert paragraph.uri_pat.match("https://www.osce.org/odihr") is not None
# Pillow's image module stands in until a picture asks for it.
assert "PIL.Image" not in sys.modules
print("deferred")
"""


def test_a_fresh_process_defers_the_pattern_only() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "deferred"


_ADDRESSES = st.one_of(
    st.sampled_from(
        [
            "https://www.osce.org/odihr",
            "http://192.168.0.1:8080/x?y",
            "ftp://user:pw@host.example/",
            "HTTPS://EXAMPLE.ORG",
            "https://пример.рф/путь",
            "mailto:x@y.z",
            "www.osce.org",
            "https://-bad-.org",
        ]
    ),
    st.text(alphabet=st.sampled_from("htps:/.aоЖ-09@[]xn"), max_size=30),
)


@given(_ADDRESSES)
def test_the_deferred_pattern_matches_as_the_compiled_one(address: str) -> None:
    from reportlab.platypus import paragraph

    pattern = paragraph.uri_pat
    source = pattern.pattern
    flags = pattern.flags if isinstance(pattern, DeferredPattern) else re.IGNORECASE
    real = re.compile(source, flags)
    deferred = DeferredPattern(source, flags)
    found, expected = deferred.match(address), real.match(address)
    assert (found and found.group(0)) == (expected and expected.group(0))


_PIECES = ["a", "Zé", "ß", "Жя", "\xad", "-", "中日", "ー、", " ", "\n", "co_stacksize", "eval",
           "next", "\u1e9b", "\u0531", "type(", "x.f_globals"]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@given(_TEXTS)
def test_every_deferred_pattern_matches_as_the_compiled_one(text: str) -> None:
    from reportlab.lib import rl_safe_eval, textsplit
    from reportlab.platypus import paragraph

    for pattern in (
        paragraph._hy_letters_pat,
        paragraph._hy_shy_letters_pat,
        textsplit.rx,
        rl_safe_eval.__rl_unsafe_re__,
    ):
        source = pattern.pattern
        real = re.compile(source, pattern.flags)
        deferred = DeferredPattern(source, pattern.flags)
        assert bool(deferred.match(text)) == bool(real.match(text))
        assert [m.span() for m in deferred.finditer(text)] == [
            m.span() for m in real.finditer(text)
        ]
        assert deferred.sub(r"\\0 ", text) == real.sub(r"\\0 ", text)


_IMAGES_PROBE = """
import io, os, sys
if os.environ.get("PIL_FIRST"):
    import PIL.Image  # before reportlab: no stand-in
from rapporteur_app.export import pdf_writer
from reportlab import rl_config
rl_config.invariant = 1
from rapporteur_app.domain.document import Document, Paragraph, Run
from rapporteur_app.export.page_header import PageHeader

def write(logo):
    out = io.BytesIO()
    document = Document("Report", "ODIHR", "en", (Paragraph((Run("Words."),)),))
    pdf_writer._render_into(document, out, PageHeader(logo, "PC.SHDM.GAL/3/22", "", ""))
    return out.getvalue()

plain = write("")
untouched = "PIL.Image" not in sys.modules or bool(os.environ.get("PIL_FIRST"))
from PIL import Image
Image.new("RGBA", (40, 20), (0, 90, 160, 200)).save(sys.argv[1])
with_logo = write(sys.argv[1])
sys.stdout.buffer.write(repr((untouched, plain, with_logo)).encode())
"""


def _images_probe(logo: Path, pil_first: bool) -> tuple[bool, bytes, bytes]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    environment.pop("PIL_FIRST", None)
    if pil_first:
        environment["PIL_FIRST"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _IMAGES_PROBE, str(logo)], capture_output=True, check=False,
        env=environment, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    untouched, plain, with_logo = ast.literal_eval(done.stdout.decode())
    return untouched, plain, with_logo


def test_pillow_is_imported_for_a_picture_only_and_the_pdfs_are_the_same(tmp_path: Path) -> None:
    untouched, plain, with_logo = _images_probe(tmp_path / "a.png", pil_first=False)
    assert untouched  # a PDF without a picture never imports PIL.Image
    first = _images_probe(tmp_path / "b.png", pil_first=True)
    assert (plain, with_logo) == first[1:]
    assert with_logo != plain

"""reportlab's paragraph module imported through pdf_reportlab.py: its web-address
pattern deferred (the same pattern and flags, the same matches), every other
expression and ``re.compile`` itself left as they were."""

import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.export.pdf_reportlab import DeferredPattern

_PROBE = """
import re
compile_before = re.compile
import rapporteur_app.export.pdf_writer
import reportlab.platypus.paragraph as paragraph
from rapporteur_app.export.pdf_reportlab import DeferredPattern
assert re.compile is compile_before
assert isinstance(paragraph.uri_pat, DeferredPattern), type(paragraph.uri_pat)
assert paragraph.uri_pat._compiled is None
# The module's other expressions are real ones.
assert isinstance(paragraph._hy_letters_pat, re.Pattern)
assert paragraph.uri_pat.match("https://www.osce.org/odihr") is not None
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

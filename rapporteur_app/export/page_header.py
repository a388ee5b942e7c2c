"""The header elements of a document's first page, from the meeting's settings.

Apart from the DOCX template's module: the PDF writer draws the same header and
must not import python-docx to do it (a PDF export would pay for it).
"""

from dataclasses import dataclass

from rapporteur_app.domain.text import clean_text


@dataclass(frozen=True, slots=True)
class PageHeader:
    """What the first page's head shows: a logo at the left, the symbol, the date
    and the distribution line at the right."""

    logo: str = ""
    symbol: str = ""
    issued: str = ""
    distribution: str = ""

    def __bool__(self) -> bool:
        return bool(self.logo or self.symbol or self.issued or self.distribution)

    def lines(self) -> tuple[str, ...]:
        return tuple(
            clean_text(line)
            for line in (self.symbol, self.issued, self.distribution)
            if clean_text(line).strip()
        )

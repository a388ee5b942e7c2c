"""Stored rich text made ready for a document: parsed, and redacted run by run.

A name of a speaker who asked not to be named may be typed across two runs
("**Anna** Petrova"): when redacting the runs one by one would miss what
redacting the paragraph's whole text finds, the paragraph keeps its words
redacted and loses its emphasis; privacy comes before emphasis.
"""

from rapporteur_app.domain.document import Bullets, Inline, Paragraph, Run
from rapporteur_app.domain.documents.privacy import Redactor
from rapporteur_app.domain.rich_text import RichBlock, inline_plain, parse, parse_inline

RichText = tuple[RichBlock, ...]


def redact_runs(runs: Inline, redact: Redactor) -> Inline:
    if redact.pattern is None:
        return runs
    whole = inline_plain(runs)
    redacted = tuple(Run(redact(r.text), r.bold, r.italic, r.link) for r in runs)
    if inline_plain(redacted) == redact(whole):
        return redacted
    return (Run(redact(whole)),)


def rich(text: str, redact: Redactor) -> RichText:
    """Paragraphs and lists of a stored long text, every run redacted."""
    blocks: list[RichBlock] = []
    for block in parse(text):
        if isinstance(block, Paragraph):
            blocks.append(Paragraph(redact_runs(block.runs, redact), block.role))
        else:
            items = tuple(redact_runs(item, redact) for item in block.items)
            blocks.append(Bullets(items, block.numbered, block.start))
    return tuple(blocks)


def rich_item(text: str, redact: Redactor) -> Inline:
    """One item of a list (a finding, a recommendation) as runs, redacted."""
    return redact_runs(parse_inline(text), redact)


def plain_text(text: str) -> RichText:
    """Text the program writes itself (a fixed label) as one unformatted paragraph."""
    return (Paragraph((Run(text),)),) if text else ()

"""The laid-out document as HTML for the on-screen preview.

It renders the same blocks as the DOCX and PDF writers, so what the
rapporteur sees is what the secretariat receives.
"""

from html import escape

from rapporteur_app.domain.document import (
    BarChart,
    Bullets,
    Document,
    Heading,
    Inline,
    PageBreak,
    Paragraph,
    Table,
    Title,
    tight_after,
)


def _runs(runs: Inline) -> str:
    parts: list[str] = []
    for run in runs:
        text = escape(run.text).replace("\n", "<br>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.link:
            text = f"<a href='{escape(run.link, quote=True)}'>{text}</a>"
        parts.append(text)
    return "".join(parts)


def document_html(document: Document) -> str:
    parts = ["<html><body style='font-family: serif;'>"]
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Title):
            for number, line in enumerate(block.lines):
                tag = "h1" if number < block.main else "h3"
                parts.append(f"<{tag} align='center'>{escape(line)}</{tag}>")
        elif isinstance(block, Heading):
            level = min(block.level + 1, 4)
            parts.append(f"<h{level}>{escape(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            below = 0 if tight_after(blocks, index) or block.role in ("lead", "masthead") else 8
            above = 12 if block.role == "lead" else 0
            style = f"margin-top:{above}px; margin-bottom:{below}px"
            if block.role == "masthead":
                parts.append(f"<p align='center' style='{style}'><b>{_runs(block.runs)}</b></p>")
            else:
                parts.append(f"<p style='{style}'>{_runs(block.runs)}</p>")
        elif isinstance(block, Bullets):
            items = "".join(f"<li>{_runs(item)}</li>" for item in block.items)
            if block.numbered:
                parts.append(f"<ol start='{block.start}'>{items}</ol>")
            else:
                parts.append(f"<ul>{items}</ul>")
        elif isinstance(block, Table):
            header = "".join(f"<th>{escape(cell)}</th>" for cell in block.header)
            rows = "".join(
                "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
                for row in block.rows
            )
            parts.append(f"<table border='1' cellpadding='3'><tr>{header}</tr>{rows}</table>")
        elif isinstance(block, BarChart):
            values = ", ".join(
                f"{escape(label)}: {value}"
                for label, value in zip(block.labels, block.values, strict=True)
            )
            parts.append(f"<p><i>{escape(block.title)}</i> — {values}</p>")
        elif isinstance(block, PageBreak):
            parts.append("<hr>")
    parts.append("</body></html>")
    return "".join(parts)

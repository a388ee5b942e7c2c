"""The editor of every long text field: shows the stored markup formatted.

The text is stored as the markup of :mod:`rapporteur_app.domain.rich_text`;
this widget reads it into a formatted document (bold, italic, links, bulleted
and numbered lists) and writes it back with ``to_markup``, so what is saved is
what is shown. Ctrl+B, Ctrl+I and Ctrl+K (a link) format the selection;
Ctrl+Shift+L and Ctrl+Shift+N make the paragraph a bulleted or numbered list
item. Text pasted from Word or a web page keeps its bold, italic, links and
lists and loses its fonts, colours and sizes.
"""

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QInputDialog, QLineEdit, QTextEdit, QWidget

from rapporteur_app.domain.document import Bullets, Inline, Paragraph, Run
from rapporteur_app.domain.rich_text import RichBlock, inline_markup, parse, to_markup
from rapporteur_app.ui.qt_namespace import Qt

_LINK_COLOUR = QColor("#1F4E79")
# Characters a document may hold that are not text: images, soft line breaks.
_DROPPED = {"\ufffc": "", "\u2028": " ", "\u2029": " "}


def _char_format(run: Run) -> QTextCharFormat:
    shape = QTextCharFormat()
    shape.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
    shape.setFontItalic(run.italic)
    if run.link:
        shape.setAnchor(True)
        shape.setAnchorHref(run.link)
        shape.setFontUnderline(True)
        shape.setForeground(QBrush(_LINK_COLOUR))
    return shape


def _run_of(text: str, shape: QTextCharFormat) -> Run:
    for char, replacement in _DROPPED.items():
        text = text.replace(char, replacement)
    link = shape.anchorHref() if shape.isAnchor() else ""
    return Run(text, shape.fontWeight() >= QFont.Weight.DemiBold, shape.fontItalic(), link)


def _block_runs(block: QTextBlock) -> Inline:
    runs: list[Run] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid() and fragment.text():
            runs.append(_run_of(fragment.text(), fragment.charFormat()))
        iterator += 1
    return tuple(runs)


def blocks_of(document: QTextDocument) -> tuple[RichBlock, ...]:
    """What a formatted document holds, in the terms of the markup: paragraphs and
    lists of runs with bold, italic and links; everything else is let go."""
    blocks: list[RichBlock] = []
    current_list: object = None
    items: list[Inline] = []
    numbered, start = False, 1

    def flush() -> None:
        if items:
            blocks.append(Bullets(tuple(items), numbered, start))
            items.clear()

    block = document.begin()
    while block.isValid():
        runs = _block_runs(block)
        # None for a paragraph outside a list (the stubs do not say so).
        text_list: QTextList | None = block.textList()
        if text_list is not None:
            if text_list is not current_list:
                flush()
                current_list = text_list
                shape = text_list.format()
                numbered = shape.style() not in (
                    QTextListFormat.Style.ListDisc,
                    QTextListFormat.Style.ListCircle,
                    QTextListFormat.Style.ListSquare,
                )
                start = max(shape.start(), 1)
            if runs:
                items.append(runs)
        else:
            flush()
            current_list = None
            if "".join(run.text for run in runs).strip():
                blocks.append(Paragraph(runs))
        block = block.next()
    flush()
    return tuple(blocks)


def _insert_blocks(cursor: QTextCursor, blocks: tuple[RichBlock, ...], first: bool) -> None:
    """Insert ``blocks`` at the cursor, a new block for each paragraph and item."""
    plain = QTextCharFormat()
    for block in blocks:
        lines: tuple[Inline, ...] = block.items if isinstance(block, Bullets) else (block.runs,)
        list_format: QTextListFormat | None = None
        if isinstance(block, Bullets):
            list_format = QTextListFormat()
            list_format.setStyle(
                QTextListFormat.Style.ListDecimal
                if block.numbered
                else QTextListFormat.Style.ListDisc
            )
            list_format.setStart(block.start)
        text_list = None
        for line in lines:
            if not first:
                cursor.insertBlock()
                cursor.setBlockFormat(cursor.blockFormat())
            first = False
            if list_format is not None:
                if text_list is None:
                    text_list = cursor.createList(list_format)
                else:
                    text_list.add(cursor.block())
            else:
                current = cursor.block().textList()
                if current is not None:
                    current.remove(cursor.block())
                    shape = cursor.blockFormat()
                    shape.setIndent(0)
                    cursor.setBlockFormat(shape)
            for run in line:
                cursor.insertText(run.text, _char_format(run))
            cursor.setCharFormat(plain)


class RichTextEdit(QTextEdit):
    """A text field that edits the stored markup as formatted text."""

    # The markup changed by an edit (not by setMarkup).
    markupEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self._loading = False
        # Asked for a link's address; a test may replace it.
        self.ask_url: Callable[[str], str | None] = self._ask_url
        self.textChanged.connect(self._changed)
        for keys, action in (
            ("Ctrl+B", self.toggle_bold),
            ("Ctrl+I", self.toggle_italic),
            ("Ctrl+K", self.edit_link),
            ("Ctrl+Shift+L", lambda: self.make_list(numbered=False)),
            ("Ctrl+Shift+N", lambda: self.make_list(numbered=True)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)

    # -- the stored form ---------------------------------------------------------------

    def setMarkup(self, text: str) -> None:
        self._loading = True
        try:
            self.document().clear()
            cursor = QTextCursor(self.document())
            _insert_blocks(cursor, parse(text), first=True)
            self.document().clearUndoRedoStacks()
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._loading = False

    def markup(self) -> str:
        return to_markup(blocks_of(self.document()))

    def setItems(self, items: list[str]) -> None:
        """Show a list field (findings, questions): each stored item (one line of
        markup) as an item of a bulleted list."""
        self.setMarkup("\n".join(f"- {item}" for item in items if item.strip()))

    def items(self) -> list[str]:
        """The list field as stored: each paragraph or list item one item's markup."""
        found: list[str] = []
        for block in blocks_of(self.document()):
            lines = block.items if isinstance(block, Bullets) else (block.runs,)
            found.extend(written for line in lines if (written := inline_markup(line)))
        return found

    def insertMarkup(self, text: str) -> None:
        """Put ``text`` (markup) at the cursor as paragraphs of their own, formatted, as
        one undoable step. Nothing is replaced: a selection is kept and the text goes
        after it; a paragraph the cursor is in is split around it."""
        blocks = parse(text)
        if not blocks:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        try:
            if cursor.hasSelection():
                cursor.setPosition(cursor.selectionEnd())
            rest = cursor.block().text()[cursor.positionInBlock() :]
            _insert_blocks(cursor, blocks, first=cursor.atBlockStart())
            if rest:
                cursor.insertBlock()
                # The rest of the paragraph stays a paragraph, not an item of a list
                # inserted before it.
                current = cursor.block().textList()
                if current is not None:
                    current.remove(cursor.block())
                    shape = cursor.blockFormat()
                    shape.setIndent(0)
                    cursor.setBlockFormat(shape)
                cursor.setCharFormat(QTextCharFormat())
        finally:
            cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _changed(self) -> None:
        if not self._loading:
            self.markupEdited.emit()

    # -- formatting ----------------------------------------------------------------------

    def _merge(self, shape: QTextCharFormat) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            self.mergeCurrentCharFormat(shape)
            return
        cursor.mergeCharFormat(shape)
        self.setTextCursor(cursor)

    def toggle_bold(self) -> None:
        shape = QTextCharFormat()
        bold = self.fontWeight() < QFont.Weight.DemiBold
        shape.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(shape)

    def toggle_italic(self) -> None:
        shape = QTextCharFormat()
        shape.setFontItalic(not self.fontItalic())
        self._merge(shape)

    def _ask_url(self, current: str) -> str | None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Link"),
            self.tr("Address of the link (empty: no link):"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return url if ok else None

    def edit_link(self) -> None:
        """Make the selection a link, change its address, or (empty) remove it."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if not cursor.hasSelection():
            return
        current = cursor.charFormat().anchorHref() if cursor.charFormat().isAnchor() else ""
        url = self.ask_url(current)
        if url is None:
            return
        url = url.strip()
        shape = QTextCharFormat()
        if url:
            shape.setAnchor(True)
            shape.setAnchorHref(url)
            shape.setFontUnderline(True)
            shape.setForeground(QBrush(_LINK_COLOUR))
        else:
            shape.setAnchor(False)
            shape.setAnchorHref("")
            shape.setFontUnderline(False)
            shape.setForeground(self.palette().text())
        cursor.mergeCharFormat(shape)
        self.setTextCursor(cursor)

    def make_list(self, *, numbered: bool) -> None:
        """The current paragraph as a list item, or (already one of that kind) not."""
        cursor = self.textCursor()
        current = cursor.block().textList()
        wanted = QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc
        if current is not None and current.format().style() == wanted:
            current.remove(cursor.block())
            shape = cursor.blockFormat()
            shape.setIndent(0)
            cursor.setBlockFormat(shape)
            return
        list_format = QTextListFormat()
        list_format.setStyle(wanted)
        cursor.createList(list_format)

    # -- pasting -------------------------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Keep the emphasis, links and lists of what is pasted; drop the rest."""
        if source.hasHtml():
            pasted = QTextDocument()
            pasted.setHtml(source.html())
            blocks = blocks_of(pasted)
        elif source.hasText():
            self.textCursor().insertText(source.text(), QTextCharFormat())
            return
        else:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        rest = blocks
        if blocks and isinstance(blocks[0], Paragraph):
            # The first paragraph goes where the cursor is, inside the line.
            for run in blocks[0].runs:
                cursor.insertText(run.text, _char_format(run))
            cursor.setCharFormat(QTextCharFormat())
            rest = blocks[1:]
        _insert_blocks(cursor, rest, first=not cursor.block().text())
        cursor.endEditBlock()
        self.setTextCursor(cursor)


class RichLineEdit(RichTextEdit):
    """One line of rich text (a recommendation): Enter says ``returnPressed`` instead
    of starting a new paragraph, and what is pasted in several paragraphs is kept
    as one line."""

    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(parent)
        margins = int(self.document().documentMargin() * 2) + self.frameWidth() * 2
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + margins)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        """The line as stored (its paragraphs joined by a space)."""
        runs: list[Run] = []
        for block in blocks_of(self.document()):
            for line in block.items if isinstance(block, Bullets) else (block.runs,):
                if runs:
                    runs.append(Run(" "))
                runs.extend(line)
        return inline_markup(tuple(runs))

    def setText(self, text: str) -> None:
        self.setMarkup(text)

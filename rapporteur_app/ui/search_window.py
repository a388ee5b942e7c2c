"""Search every meeting: one field, a few filters, the hits best first.

Opened with Ctrl+Shift+F from anywhere in the main window (File > Search all
meetings). The search runs in Qt's thread pool, so a large database never
freezes the window; a search typed over an older one replaces it (a result
that comes back late for older words is dropped). Choosing a hit (Enter or a
double click) asks the main window to go where it was found.
"""

from __future__ import annotations

import html
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QRunnable,
    QSize,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import KNOWN_ADDRESSEES, Category
from rapporteur_app.domain.search import SearchHit, SearchKind, SearchQuery, SearchResults
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.labels import addressee_label, category_label
from rapporteur_app.ui.qt_namespace import Qt

if TYPE_CHECKING:
    from rapporteur_app.services.app_services import Services

# The keys that open the search (File menu); Ctrl+F stays free for a view's own find.
# A pause in typing this long starts the search; typing on for longer than the
# maximum starts it anyway (a timer restarted on every key would never fire).
PAUSE_MS = 300
MAX_WAIT_S = 1.0
HIT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class _Signals(QObject):
    # (serial, SearchResults) or (serial, the error in the user's words)
    found = Signal(int, object)
    failed = Signal(int, str)


class _SearchRun(QRunnable):
    def __init__(
        self, services: Services, query: SearchQuery, serial: int, signals: _Signals
    ) -> None:
        super().__init__()
        self._services, self._query, self._serial, self._signals = (
            services,
            query,
            serial,
            signals,
        )
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            results = self._services.search.search(self._query)
        except RapporteurError as error:
            self._signals.failed.emit(self._serial, describe(error))
        else:
            self._signals.found.emit(self._serial, results)


class _HtmlDelegate(QStyledItemDelegate):
    """Draws a hit's two lines (where; the snippet with its hits in bold)."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole)))
        # The view's width, in paint and in size alike (a size hint's rect is empty).
        document.setTextWidth(max(200, self._view.viewport().width() - 4))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text,
                option.palette.color(QPalette.ColorRole.HighlightedText),
            )
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class SearchWindow(QDialog):
    """The search field and its results; ``open_hit`` asks to go to a hit."""

    open_hit = Signal(object)  # SearchHit

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("search_window")
        self.setWindowTitle(self.tr("Search all meetings"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.resize(760, 560)
        self._serial = 0
        self._first_key: float | None = None
        self._signals = _Signals(self)
        self._signals.found.connect(self._found)
        self._signals.failed.connect(self._failed)
        self.results_shown: SearchResults | None = None

        self.text = QLineEdit(self)
        self.text.setObjectName("search_text")
        self.text.setAccessibleName(self.tr("Words to find"))
        self.text.setPlaceholderText(
            self.tr("Words to find in every meeting's statements, recommendations, narratives…")
        )
        self.text.setClearButtonEnabled(True)
        self.text.textEdited.connect(self._typed)
        self.text.returnPressed.connect(self._enter)

        self.year = self._choice("search_year", self.tr("Year"))
        self.meeting = self._choice("search_meeting", self.tr("Meeting"))
        self.kind = self._choice("search_kind", self.tr("Kind of text"))
        self.category = self._choice("search_category", self.tr("Category"))
        self.organization = self._choice("search_organization", self.tr("Organization"))
        self.addressee = self._choice("search_addressee", self.tr("Addressee"))
        self._fill_choices()

        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        self.results = QListWidget(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setItemDelegate(_HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.itemActivated.connect(self._activated)

        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self._lay_out()

    def _choice(self, name: str, label: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(label)
        box.currentIndexChanged.connect(lambda _i: self.search_now() if self.text.text() else None)
        return box

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        grid = QGridLayout()
        pairs = (
            (self.tr("&Year"), self.year),
            (self.tr("&Meeting"), self.meeting),
            (self.tr("&Kind"), self.kind),
            (self.tr("&Category"), self.category),
            (self.tr("&Organization"), self.organization),
            (self.tr("&Addressee"), self.addressee),
        )
        for number, (text, box) in enumerate(pairs):
            label = QLabel(text, self)
            label.setBuddy(box)
            row, column = divmod(number, 3)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(box, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def _kind_names(self) -> dict[SearchKind, str]:
        return {
            SearchKind.STATEMENT: self.tr("Statement"),
            SearchKind.RECOMMENDATION: self.tr("Recommendation"),
            SearchKind.NARRATIVE: self.tr("Narrative"),
            SearchKind.SESSION: self.tr("Session"),
            SearchKind.ITEM: self.tr("List item"),
            SearchKind.MEETING: self.tr("Meeting"),
            SearchKind.PERSON: self.tr("Participant"),
            SearchKind.ORGANIZATION: self.tr("Organization"),
        }

    def refresh_choices(self) -> None:
        """Read the filters' choices again (a meeting added since), keeping those made."""
        boxes = (self.year, self.meeting, self.kind, self.category, self.organization,
                 self.addressee)  # fmt: skip
        chosen = [box.currentData() for box in boxes]
        for box in boxes:
            box.blockSignals(True)
            box.clear()
        self._fill_choices()
        for box, data in zip(boxes, chosen, strict=True):
            box.setCurrentIndex(max(0, box.findData(data)))
            box.blockSignals(False)

    def _fill_choices(self) -> None:
        """The filters' choices, from the database (meetings, years, organizations)."""
        try:
            meetings = self._services.meetings.all()
            organizations = [o for o in self._services.organizations.listing() if o.id]
        except RapporteurError as error:
            self.status.setText(describe(error))
            return
        self.year.addItem(self.tr("Any year"), None)
        for year in sorted({m.start.year for m in meetings if m.start}, reverse=True):
            self.year.addItem(str(year), year)
        self.meeting.addItem(self.tr("Any meeting"), None)
        for meeting in meetings:
            self.meeting.addItem(meeting.title, meeting.id)
        self.kind.addItem(self.tr("Any kind"), None)
        for kind, name in self._kind_names().items():
            self.kind.addItem(name, kind.value)
        self.category.addItem(self.tr("Any category"), None)
        for category in Category:
            self.category.addItem(category_label(category), category.value)
        self.organization.addItem(self.tr("Any organization"), None)
        for organization in sorted(organizations, key=lambda o: o.name.casefold()):
            self.organization.addItem(organization.name, organization.id)
        self.addressee.addItem(self.tr("Any addressee"), None)
        for code in KNOWN_ADDRESSEES:
            self.addressee.addItem(addressee_label(code), code)

    def focus_field(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    # -- searching ---------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        now = time.monotonic()
        if self._first_key is None:
            self._first_key = now
        if now - self._first_key >= MAX_WAIT_S:
            self.search_now()
        else:
            self._timer.start()

    def _enter(self) -> None:
        if self.results.count() and not self._timer.isActive() and self._serial_done():
            self._activated(self.results.currentItem() or self.results.item(0))
        else:
            self.search_now()

    def _serial_done(self) -> bool:
        shown = self.results_shown
        return shown is not None and shown.query.text == self.text.text()

    def query(self) -> SearchQuery:
        kind = self.kind.currentData()
        category = self.category.currentData()
        return SearchQuery(
            self.text.text(),
            year=self.year.currentData(),
            meeting_id=self.meeting.currentData(),
            category=Category(category) if category else None,
            organization_id=self.organization.currentData(),
            addressee=self.addressee.currentData(),
            kinds=frozenset({SearchKind(kind)}) if kind else frozenset(),
        )

    def search_now(self) -> None:
        self._timer.stop()
        self._first_key = None
        if not self.text.text().strip():
            self._serial += 1  # whatever is still running is no longer wanted
            self.results.clear()
            self.results_shown = None
            self.status.setText("")
            return
        self._serial += 1
        self.status.setText(self.tr("Searching…"))
        QThreadPool.globalInstance().start(
            _SearchRun(self._services, self.query(), self._serial, self._signals)
        )

    def _failed(self, serial: int, message: str) -> None:
        if serial == self._serial:
            self.results.clear()
            self.results_shown = None
            self.status.setText(message)

    def _found(self, serial: int, results: SearchResults) -> None:
        if serial != self._serial:
            return
        self.results_shown = results
        self.results.clear()
        for hit in results.hits:
            item = QListWidgetItem(self._html(hit))
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.snippet.text)
            self.results.addItem(item)
        if results.hits:
            self.results.setCurrentRow(0)
        count = len(results.hits)
        if not count:
            self.status.setText(self.tr("Nothing found."))
        elif results.more:
            self.status.setText(self.tr("The best {0} hits (there are more):").format(count))
        else:
            self.status.setText(self.tr("Hits: {0}").format(count))

    def _html(self, hit: SearchHit) -> str:
        where = [self._kind_names()[hit.kind]]
        if hit.kind is SearchKind.STATEMENT and hit.statement_number is not None:
            where[0] = self.tr("Statement {0}").format(hit.statement_number)
        if hit.meeting_title:
            when = f" ({hit.meeting_start.year})" if hit.meeting_start else ""
            where.append(hit.meeting_title + when)
        if hit.session_label:
            where.append(hit.session_label)
        if hit.who:
            # A recommendation's addressee is a code ("odihr"): said as on screen elsewhere.
            who = addressee_label(hit.who) if hit.kind is SearchKind.RECOMMENDATION else hit.who
            where.append(who)
        head = html.escape(" · ".join(where))
        snippet = html.escape(hit.snippet.marked("\x01", "\x02"))
        snippet = snippet.replace("\x01", "<b>").replace("\x02", "</b>")
        return f"<div><i>{head}</i></div><div>{snippet}</div>"

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        hit = item.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.open_hit.emit(hit)

"""The year view: every meeting and event of the database by year (dates, place, kind),
from which a meeting opens, and the year's statistics, follow-up and annual report."""

import logging
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.year import YearEvent
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui import settings
from rapporteur_app.ui.accessible import name_controls
from rapporteur_app.ui.change_hub import ChangeHub
from rapporteur_app.ui.dates import short_day
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.year.event_dialog import EventDialog
from rapporteur_app.ui.year.follow_up_tab import FollowUpTab
from rapporteur_app.ui.year.report_tab import ReportTab
from rapporteur_app.ui.year.statistics_tab import StatisticsTab
from rapporteur_app.ui.year.words import kind_names

log = logging.getLogger(__name__)
MEETING_ROLE = Qt.ItemDataRole.UserRole + 1
FOLLOW_MS = 300  # many changes in a burst (a load from the command line), one read


def dates_of(event: YearEvent) -> str:
    if event.start is None:
        return ""
    if event.end is None or event.end == event.start:
        return short_day(event.start)
    return f"{short_day(event.start)} – {short_day(event.end)}"


class YearView(QDialog):
    # A meeting the user chose to open (its id): the main window shows it.
    open_meeting = Signal(int)

    def __init__(
        self, services: Services, parent: QWidget | None = None, changes: ChangeHub | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        # Another program (a second window, the command line, a colleague on the server)
        # adds a meeting or logs statements while the view is open: it is read again.
        self._changed_elsewhere = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._changed_elsewhere.timeout.connect(self.follow_changes)
        if changes is not None:
            changes.changed.connect(self._noticed)
        self.setWindowTitle(self.tr("The year"))
        self.resize(1100, 680)
        self.year = QComboBox(self)
        self.year.setObjectName("year")
        self.year.setAccessibleName(self.tr("Year"))
        self.events = QTableWidget(0, 6, self)
        self.events.setObjectName("year-events")
        self.events.setHorizontalHeaderLabels(
            [self.tr("Dates"), self.tr("Meeting or event"), self.tr("Kind"), self.tr("Place"),
             self.tr("Sessions"), self.tr("Statements")]
        )  # fmt: skip
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.events.doubleClicked.connect(self._open_chosen)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self._open_chosen)
        self.new_event = QPushButton(self.tr("&New event…"), self)
        self.new_event.clicked.connect(self._add_event)
        self.statistics = StatisticsTab(services, self)
        self.follow_up = FollowUpTab(services, self)
        self.report = ReportTab(services, self)

        self._lay_out()

    def _lay_out(self) -> None:
        events_page = QWidget(self)
        events_layout = QVBoxLayout(events_page)
        events_layout.addWidget(self.events)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.open_button)
        buttons_row.addWidget(self.new_event)
        buttons_row.addStretch(1)
        events_layout.addLayout(buttons_row)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("year-tabs")
        self.tabs.addTab(events_page, self.tr("&Meetings and events"))
        self.tabs.addTab(self.statistics, self.tr("&Statistics"))
        self.tabs.addTab(self.follow_up, self.tr("&Follow-up"))
        self.tabs.addTab(self.report, self.tr("Annual &report"))

        top = QHBoxLayout()
        label = QLabel(self.tr("&Year") + ":", self)
        label.setBuddy(self.year)
        top.addWidget(label)
        top.addWidget(self.year)
        top.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._fill_years()
        self.year.currentIndexChanged.connect(self.reload)
        self.reload()
        settings.keep_geometry(self, "year-view")
        name_controls(self)

    def _fill_years(self, wanted: int | None = None) -> None:
        years = self._services.year.years() or [date.today().year]
        wanted = wanted if wanted in years else years[0]
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(years.index(wanted))
        self.year.blockSignals(False)

    def current_year(self) -> int:
        return int(self.year.currentData())

    def reload(self) -> None:
        year = self.current_year()
        self._show_events(year)
        self.statistics.show_year(year)
        self.follow_up.show_year(year)
        self.report.show_year(year)

    def _show_events(self, year: int) -> None:
        names = kind_names()
        events = self._services.year.events(year)
        self.events.setRowCount(len(events))
        for row, event in enumerate(events):
            has_tally = event.kind.has_sessions or event.sessions > 0
            cells = [
                dates_of(event), event.title, names[event.kind], event.place,
                # A visit or a workshop has no sessions to count: the cells stay empty.
                str(event.sessions) if has_tally else "",
                str(event.statements) if has_tally else "",
            ]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(MEETING_ROLE, event.meeting_id)
                if column >= 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.events.setItem(row, column, item)
        self.events.resizeColumnsToContents()
        self.events.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if events:
            self.events.selectRow(0)

    def _noticed(self, session_id: int, origin: object) -> None:
        if origin is None and self.isVisible():  # this program's own go through this view
            self._changed_elsewhere.start()

    def follow_changes(self) -> None:
        """Show what another program changed, keeping what the user chose: the year, the
        meeting selected, the meetings taken out of the statistics, the addressee. The
        annual report's text is the user's own and is left as it is; a follow-up cell
        being edited is not disturbed (the table is read again once the edit ends)."""
        if self.follow_up.is_editing():
            self._changed_elsewhere.start()
            return
        try:
            self._show_changes()
        except RapporteurError as error:
            # The database is held or away a moment: the view stays as it was and is
            # read again at the next change noticed.
            log.info("the year view was not read again: %s", error)

    def _show_changes(self) -> None:
        year, meeting = self.current_year(), self.chosen_meeting()
        self._fill_years(year)
        if self.current_year() != year:
            self.reload()
            return
        self._show_events(self.current_year())
        if meeting is not None:
            self._select_meeting(meeting)
        self.statistics.show_year(year, keep_unchecked=True)
        self.follow_up.refresh()

    def _select_meeting(self, meeting_id: int) -> None:
        for row in range(self.events.rowCount()):
            item = self.events.item(row, 0)
            if item is not None and item.data(MEETING_ROLE) == meeting_id:
                self.events.selectRow(row)
                return

    def chosen_meeting(self) -> int | None:
        item = self.events.item(self.events.currentRow(), 0)
        value = item.data(MEETING_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def _open_chosen(self) -> None:
        meeting_id = self.chosen_meeting()
        if meeting_id is not None:
            self.report.flush()
            self.open_meeting.emit(meeting_id)
            self.accept()

    def _add_event(self) -> None:
        dialog = EventDialog(self._services, self.current_year(), self)
        if dialog.exec() and dialog.added is not None:
            start = dialog.added.start
            self._fill_years(start.year if start else self.current_year())
            self.reload()

    def done(self, result: int) -> None:
        self.report.flush()
        super().done(result)

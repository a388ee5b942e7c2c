"""The statistics of a year or of the meetings chosen: statements by category per
meeting (table and chart), who spoke how often, recommendations by addressee; each
table exportable as CSV or XLSX. One service call: SQL aggregates over kept counts."""

from collections.abc import Sequence

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.document import BarChart
from rapporteur_app.domain.kinds import CATEGORY_ORDER
from rapporteur_app.domain.year import YearStatistics
from rapporteur_app.services import year_tables
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.dates import short_day
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.year.table_export import save_table
from rapporteur_app.ui.year.words import addressee_name, kind_names

MEETING_ROLE = Qt.ItemDataRole.UserRole + 1


def _fill(table: QTableWidget, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(list(header))
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column > 0 and text.isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


class StatisticsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._year: int | None = None
        self.stats: YearStatistics | None = None
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("statistics-meetings")
        self.chosen.setAccessibleName(self.tr("Meetings counted"))
        self.chosen.itemChanged.connect(lambda _item: self.recount())
        self.by_meeting = _table(self, "statistics-by-meeting")
        self.speakers = _table(self, "statistics-speakers")
        self.addressees = _table(self, "statistics-addressees")
        self.chart = QLabel(self)
        self.chart.setObjectName("statistics-chart")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumHeight(220)
        self.tables = QTabWidget(self)
        meetings_page = QWidget(self)
        meetings_layout = QVBoxLayout(meetings_page)
        meetings_layout.addWidget(self.by_meeting, 1)
        meetings_layout.addWidget(self.chart, 1)
        self.tables.addTab(meetings_page, self.tr("Statements by meeting"))
        self.tables.addTab(self.speakers, self.tr("Who spoke how often"))
        self.tables.addTab(self.addressees, self.tr("Recommendations to whom"))
        self.export_button = QPushButton(self.tr("E&xport this table…"), self)
        self.export_button.setObjectName("statistics-export")
        self.export_button.clicked.connect(self.export_current)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Meetings counted") + ":", self))
        left_layout.addWidget(self.chosen)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.tables)
        splitter.setStretchFactor(1, 3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)

    def show_year(self, year: int, keep_unchecked: bool = False) -> None:
        """The year's meetings, every one chosen; with ``keep_unchecked`` (the data changed
        elsewhere while the view is open) the meetings the user took out stay out."""
        unchecked = set(self._unchecked_ids()) if keep_unchecked and year == self._year else set()
        self._year = year
        self.chosen.blockSignals(True)
        self.chosen.clear()
        for event in self._services.year.events(year):
            if not (event.kind.has_sessions or event.sessions):
                continue  # a visit or a workshop has no statements to count
            item = QListWidgetItem(event.title, self.chosen)
            item.setData(MEETING_ROLE, event.meeting_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            out = event.meeting_id in unchecked
            item.setCheckState(Qt.CheckState.Unchecked if out else Qt.CheckState.Checked)
        self.chosen.blockSignals(False)
        self.recount()

    def _unchecked_ids(self) -> list[int]:
        items = (self.chosen.item(index) for index in range(self.chosen.count()))
        return [
            int(item.data(MEETING_ROLE))
            for item in items
            if item.checkState() != Qt.CheckState.Checked
        ]

    def chosen_ids(self) -> list[int]:
        ids = []
        for index in range(self.chosen.count()):
            item = self.chosen.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(MEETING_ROLE)))
        return ids

    def recount(self) -> None:
        if self._year is None:
            return
        ids = self.chosen_ids()
        every = len(ids) == self.chosen.count()
        stats = (
            self._services.year.statistics(self._year)
            if every
            else self._services.year.statistics(meeting_ids=ids)
        )
        self.stats = stats
        words = [self.tr("Meeting"), self.tr("Start"), self.tr("Kind"), self.tr("Statements"),
                 self.tr("Delegations"), self.tr("Civil society"), self.tr("OSCE institutions"),
                 self.tr("International organizations"), self.tr("Media"),
                 self.tr("Rights of reply")]  # fmt: skip
        kinds = kind_names()
        rows = [
            [m.title, short_day(m.start) if m.start else "", kinds[m.kind],
             *(str(v) for v in m.row())]
            for m in stats.meetings
            if m.has_tally
        ]  # fmt: skip
        rows.append([self.tr("Total"), "", "", *(str(v) for v in stats.totals())])
        _fill(self.by_meeting, words, rows)
        self.by_meeting.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        _fill(self.speakers,
              [self.tr("Delegation or organization"), self.tr("Category"), self.tr("Statements"),
               self.tr("Rights of reply")],
              [list(r) for r in year_tables.speakers_table(stats)[1]])  # fmt: skip
        _fill(self.addressees, [self.tr("Addressee"), self.tr("Recommendations")],
              [[addressee_name(a), str(n)] for a, n in stats.addressees])  # fmt: skip
        self._draw_chart(stats)

    def _draw_chart(self, stats: YearStatistics) -> None:
        from rapporteur_app.export.chart_image import chart_png

        totals = stats.totals()
        labels = (self.tr("Delegations"), self.tr("Civil society"), self.tr("OSCE institutions"),
                  self.tr("International organizations"), self.tr("Media"))  # fmt: skip
        values = tuple(totals[1 : 1 + len(CATEGORY_ORDER)])
        chart = BarChart(self.tr("Statements by category"), labels, values)
        picture = QPixmap()
        picture.loadFromData(chart_png(chart))
        self.chart.setPixmap(
            picture.scaledToHeight(260, Qt.TransformationMode.SmoothTransformation)
        )

    def current_table(self) -> tuple[year_tables.Rows, str]:
        assert self.stats is not None
        index = self.tables.currentIndex()
        if index == 1:
            return year_tables.speakers_table(self.stats), "speakers"
        if index == 2:
            return year_tables.addressees_table(self.stats), "recommendations-by-addressee"
        return year_tables.statistics_by_meeting(self.stats), "statements-by-meeting"

    def export_current(self) -> str | None:
        if self.stats is None:
            return None
        table, name = self.current_table()
        return save_table(self, table, f"{name}-{self._year}")

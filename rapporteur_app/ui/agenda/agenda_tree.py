"""The sessions of a meeting by day, as the annotated agenda lists them."""

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from rapporteur_app.domain.agenda import AgendaProblem, clock_text
from rapporteur_app.domain.model import Session
from rapporteur_app.ui.dates import long_day
from rapporteur_app.ui.error_text import problem_text
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.tree_items import children, top_items

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(session: Session) -> str:
    if session.start is None:
        return ""
    end = f"–{clock_text(session.end)}" if session.end else ""
    return f"{clock_text(session.start)}{end}  "


class AgendaTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda")
        self.setAccessibleName(self.tr("Sessions of the meeting"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.sessions: list[Session] = []

    def show_agenda(
        self,
        sessions: Sequence[Session],
        days: Sequence[date],
        problems: Sequence[AgendaProblem],
        select_id: int | None,
    ) -> None:
        """Days in order (every day of the meeting, even an empty one), each with its
        sessions; sessions without a day last. ⚠ marks a session with a problem."""
        self.sessions = list(sessions)
        flagged: dict[int, list[str]] = {}
        for problem in problems:
            flagged.setdefault(problem.session_id, []).append(problem_text(problem))
        self.blockSignals(True)
        try:
            self.clear()
            every_day = sorted({*days, *(s.day for s in sessions if s.day is not None)})
            groups: list[tuple[date | None, str]] = [
                (day, self._day_title(day, days)) for day in every_day
            ]
            if any(s.day is None for s in sessions) or not groups:
                groups.append((None, self.tr("No day yet")))
            chosen: QTreeWidgetItem | None = None
            for day, title in groups:
                parent = QTreeWidgetItem([title])
                parent.setData(0, SESSION_ROLE, 0)
                parent.setData(0, Qt.ItemDataRole.UserRole, day.isoformat() if day else "")
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                self.addTopLevelItem(parent)
                for session in (s for s in sessions if s.day == day):
                    warn = "⚠ " if session.id in flagged else ""
                    child = QTreeWidgetItem([f"{warn}{_when(session)}{session.heading}"])
                    child.setData(0, SESSION_ROLE, session.id)
                    child.setData(0, Qt.ItemDataRole.UserRole, day.isoformat() if day else "")
                    child.setToolTip(0, "\n".join([session.heading, *flagged.get(session.id, [])]))
                    parent.addChild(child)
                    if session.id == select_id:
                        chosen = child
                parent.setExpanded(True)
        finally:
            self.blockSignals(False)
        if chosen is None:
            chosen = self._first_session()
        if chosen is not None:
            self.setCurrentItem(chosen)

    def _day_title(self, day: date, days: Sequence[date]) -> str:
        if day in days:
            return self.tr("Day {0} — {1}").format(list(days).index(day) + 1, long_day(day))
        return long_day(day)

    def _first_session(self) -> QTreeWidgetItem | None:
        for group in top_items(self):
            if group.childCount():
                return group.child(0)
        return None

    def current_session_id(self) -> int | None:
        item = self.currentItem()
        value = item.data(0, SESSION_ROLE) if item is not None else 0
        return value if isinstance(value, int) and value > 0 else None

    def current_day(self) -> date | None:
        """The day of the chosen session or day heading."""
        item = self.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else ""
        return date.fromisoformat(value) if isinstance(value, str) and value else None

    def session_item(self, session_id: int) -> QTreeWidgetItem | None:
        for group in top_items(self):
            for child in children(group):
                if child.data(0, SESSION_ROLE) == session_id:
                    return child
        return None

"""A session's rapport versions: every final version (number, time, author), exported
again as it was sent, and two of them (or one and the session now) compared: what
changed in the tally, the narrative and the recommendations."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services import exchange
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.rapports import CURRENT, RapportComparison, RapportState
from rapporteur_app.ui.accessible import name_controls
from rapporteur_app.ui.background import FileJob, Report
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.export_folder import export_folder, remember_export_folder

if TYPE_CHECKING:
    from pathlib import Path

    from rapporteur_app.ui.rapport.handoff_actions import HandoffActions


class VersionsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        session_id: int,
        actions: "HandoffActions",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rapport-versions")
        self._services = services
        self._session_id = session_id
        self._actions = actions
        self.job: FileJob | None = None
        self.setWindowTitle(self.tr("Rapport versions"))
        self.state_label = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Final at"), self.tr("Sent by")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.export_button = QPushButton(self.tr("&Export this version…"), self)
        self.export_button.clicked.connect(lambda _checked=False: self.export_version())
        self.final_button = QPushButton(self.tr("Mark &final…"), self)
        self.final_button.clicked.connect(self._mark_final)
        self.reopen_button = QPushButton(self.tr("&Re-open"), self)
        self.reopen_button.clicked.connect(self._reopen)
        self.first = QComboBox(self)
        self.second = QComboBox(self)
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.compare_button.clicked.connect(self.compare)
        self.comparison = QPlainTextEdit(self)
        self.comparison.setReadOnly(True)
        self.comparison.setObjectName("comparison")
        buttons = QHBoxLayout()
        for button in (self.export_button, self.final_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Compare"), self))
        compare.addWidget(self.first)
        compare.addWidget(QLabel(self.tr("with"), self))
        compare.addWidget(self.second)
        compare.addWidget(self.compare_button)
        compare.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(compare)
        layout.addWidget(self.comparison, 2)
        layout.addWidget(close)
        self.resize(720, 560)
        name_controls(self)
        self.reload()

    def reload(self) -> None:
        try:
            state = self._services.rapports.state(self._session_id)
        except RapporteurError as error:
            self.state_label.setText(describe(error))
            return
        self.state_label.setText(self.state_text(state))
        self.table.setRowCount(len(state.versions))
        for row, version in enumerate(state.versions):
            for column, text in enumerate(
                (str(version.version), f"{version.finalized_at:%Y-%m-%d %H:%M}", version.author)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if state.versions:
            self.table.selectRow(len(state.versions) - 1)
        for combo in (self.first, self.second):
            combo.clear()
            for version in state.versions:
                combo.addItem(self.tr("version {0}").format(version.version), version.version)
        self.second.addItem(self.tr("the session now"), CURRENT)
        self.second.setCurrentIndex(self.second.count() - 1)
        self.first.setCurrentIndex(self.first.count() - 1)
        has = bool(state.versions)
        self.export_button.setEnabled(has)
        self.compare_button.setEnabled(has)
        self.final_button.setEnabled(not state.is_final)
        self.reopen_button.setEnabled(state.is_final)

    def state_text(self, state: RapportState) -> str:
        if state.final_version is not None:
            kept = next(v for v in state.versions if v.version == state.final_version)
            return self.tr("{0}: final, version {1} ({2}, {3}). Locked.").format(
                state.label, kept.version, f"{kept.finalized_at:%Y-%m-%d %H:%M}", kept.author
            )
        if state.versions:
            return self.tr("{0}: a draft, re-opened after version {1}.").format(
                state.label, state.versions[-1].version
            )
        return self.tr("{0}: a draft (never sent).").format(state.label)

    def selected_version(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return int(item.text()) if item is not None else None

    def export_version(self, target: str | None = None) -> FileJob | None:
        """The selected final version, written again exactly as it was sent."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        version = self.selected_version()
        if version is None:
            return None
        if target is None:
            suggested = str(export_folder() / f"session-{self._session_id}-v{version}.json")
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export this version"), suggested, self.tr("Session file (*.json)")
            )
            if not target:
                return None
        remember_export_folder(target)
        rapports, session_id, out = self._services.rapports, self._session_id, Path(target)

        def work(_report: Report) -> "Path":
            exchange.write_file(rapports.version_text(session_id, version), out)
            return out

        self.job = FileJob(
            self, self.tr("Export this version"), [self.tr("Writing the session file…")], work
        )
        return self.job

    def compare(self) -> RapportComparison | None:
        first, second = self.first.currentData(), self.second.currentData()
        if first is None or second is None:
            return None
        try:
            comparison = self._services.rapports.compare(self._session_id, first, second)
        except RapporteurError as error:
            self.comparison.setPlainText(describe(error))
            return None
        self.comparison.setPlainText(self.comparison_text(comparison))
        return comparison

    def comparison_text(self, comparison: RapportComparison) -> str:
        if comparison.same:
            return self.tr("No change in the tally, the narrative or the recommendations.")
        lines: list[str] = []
        if comparison.tally:
            lines.append(self.tr("Tally:"))
            lines += [f"  {self._count_name(name)}: {a} → {b}" for name, a, b in comparison.tally]
        if comparison.narrative:
            lines.append(self.tr("Narrative:"))
            lines += [f"  {line}" for line in comparison.narrative]
        if comparison.recommendations_removed or comparison.recommendations_added:
            lines.append(self.tr("Recommendations:"))
            lines += [f"  − {text}" for text in comparison.recommendations_removed]
            lines += [f"  + {text}" for text in comparison.recommendations_added]
        return "\n".join(lines)

    def _count_name(self, name: str) -> str:
        names = {
            "statements": self.tr("statements"),
            "delegations": self.tr("delegations"),
            "civil society": self.tr("civil society"),
            "osce institutions": self.tr("OSCE institutions"),
            "international organizations": self.tr("international organizations"),
            "media": self.tr("media"),
            "rights of reply": self.tr("rights of reply"),
        }
        return names.get(name, name)

    def _mark_final(self) -> None:
        if self._actions.mark_final(self._session_id):
            self.reload()

    def _reopen(self) -> None:
        if self._actions.reopen(self._session_id):
            self.reload()

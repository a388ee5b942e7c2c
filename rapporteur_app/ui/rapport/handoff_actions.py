"""The Session menu's hand-off and final-rapport actions: export the session to a file
for the secretariat, import a rapporteur's session file into the chosen meeting (what
it changes said first), mark the rapport final, re-open it, and its versions.

Files are read and written in workers (ui/background.py), as every export is; the
message at the end is the one every export gives ("Saved to …", open the folder).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.background import FileJob, Job, Report
from rapporteur_app.ui.error_text import describe, said_text
from rapporteur_app.ui.export_folder import export_folder, remember_export_folder

if TYPE_CHECKING:
    # The exchange format (jsonschema, its schema) is imported when a file is written
    # or read, not when the window is built: the first paint does not wait for it.
    from rapporteur_app.services import exchange
    from rapporteur_app.services.handoff import ImportPlan


class HandoffActions(QObject):
    """Acts on the session or meeting the main window has chosen; ``changed`` says a
    session's content or state changed here (the views read it again)."""

    changed = Signal(int)

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.job: Job | None = None

    # -- hand-off files ------------------------------------------------------

    def export_session(self, session_id: int, target: str | None = None) -> FileJob | None:
        """The session file to hand on (a final rapport exactly as it was sent)."""
        if target is None:
            suggested = str(export_folder() / f"session-{session_id}.json")
            target, _ = QFileDialog.getSaveFileName(
                self._parent,
                self.tr("Export the session for the secretariat"),
                suggested,
                self.tr("Session file (*.json)"),
            )
            if not target:
                return None
        remember_export_folder(target)
        handoff, out = self._services.handoff, Path(target)

        def work(_report: Report) -> Path:
            from rapporteur_app.services import exchange

            exchange.write_file(handoff.export_text(session_id), out)
            return out

        self.job = FileJob(
            self._parent,
            self.tr("Export the session"),
            [self.tr("Writing the session file…")],
            work,
        )
        return self.job

    def import_session(self, meeting_id: int, source: str | None = None) -> Job | None:
        """Read a session file (in a worker), say what it changes, and import it when
        the user agrees (a file of another meeting or an older one only when asked)."""
        if source is None:
            source, _ = QFileDialog.getOpenFileName(
                self._parent,
                self.tr("Import a session file"),
                str(export_folder()),
                self.tr("Session file (*.json)"),
            )
            if not source:
                return None
        handoff, path = self._services.handoff, Path(source)

        def read(_report: Report) -> tuple[exchange.Json, ImportPlan]:
            from rapporteur_app.services import exchange

            data = exchange.read_file(path)
            return data, handoff.plan(data, meeting_id)

        self.job = Job(
            self._parent, self.tr("Import a session file"), [self.tr("Reading the file…")], read
        )
        self.job.done.connect(lambda result: self._confirm_import(meeting_id, result))
        return self.job

    def _confirm_import(self, meeting_id: int, result: object) -> None:
        assert isinstance(result, tuple)
        data: exchange.Json = result[0]
        plan: ImportPlan = result[1]
        if plan.unchanged:
            QMessageBox.information(
                self._parent,
                self.tr("Import a session file"),
                self.tr("{0}: the same as the session held; nothing was changed.").format(
                    plan.label
                ),
            )
            return
        if plan.locked:
            QMessageBox.warning(
                self._parent,
                self.tr("Import a session file"),
                self.tr(
                    "The rapport of {0} is final here; only a newer final version replaces "
                    "it. Re-open it first. Nothing was changed."
                ).format(plan.label),
            )
            return
        lines = [said_text(plan.heading()), *(f"  {said_text(c)}" for c in plan.changes)]
        text = "\n".join(lines)
        if plan.problems:
            text = "\n".join(said_text(p) for p in plan.problems) + "\n\n" + text
        if not self.confirm(text, forced=bool(plan.problems)):
            return
        handoff = self._services.handoff
        force = bool(plan.problems)

        def apply(_report: Report) -> ImportPlan:
            return handoff.import_file(data, meeting_id, force=force)

        self.job = Job(
            self._parent, self.tr("Import a session file"), [self.tr("Importing…")], apply
        )
        self.job.done.connect(self._imported)

    def confirm(self, text: str, *, forced: bool) -> bool:
        """Ask before importing (what will change is listed); a refused file is applied
        only with the button that says so."""
        box = QMessageBox(self._parent)
        box.setObjectName("import-plan")
        box.setWindowTitle(self.tr("Import a session file"))
        box.setIcon(QMessageBox.Icon.Warning if forced else QMessageBox.Icon.Question)
        box.setText(self.tr("Importing this file will change:") + "\n\n" + text)
        apply = box.addButton(
            self.tr("Apply anyway") if forced else self.tr("Import"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is apply

    def _imported(self, result: object) -> None:
        from rapporteur_app.services.handoff import ImportPlan

        assert isinstance(result, ImportPlan)
        QMessageBox.information(
            self._parent,
            self.tr("Import a session file"),
            self.tr("{0} was imported.").format(result.label),
        )
        self.changed.emit(result.session_id or 0)

    # -- draft and final -----------------------------------------------------

    def mark_final(self, session_id: int, author: str | None = None) -> bool:
        """Ask who sends it (the session's rapporteur, else the login), then lock it."""
        if author is None:
            try:
                rapporteur = self._services.sessions.get(session_id).rapporteur
            except RapporteurError as error:
                QMessageBox.warning(self._parent, self.tr("Rapporteur"), describe(error))
                return False
            from rapporteur_app.services.rapports import default_author

            suggested = rapporteur.split(",")[0].strip() or default_author()
            author, ok = QInputDialog.getText(
                self._parent,
                self.tr("Mark the rapport final"),
                self.tr(
                    "Once final (sent to the secretariat), the session's statements, "
                    "recommendations and narrative are locked.\nSent by:"
                ),
                QLineEdit.EchoMode.Normal,
                suggested,
            )
            if not ok:
                return False
        try:
            version = self._services.rapports.finalize(session_id, author)
        except RapporteurError as error:
            QMessageBox.warning(self._parent, self.tr("Rapporteur"), describe(error))
            return False
        self.changed.emit(session_id)
        QMessageBox.information(
            self._parent,
            self.tr("Mark the rapport final"),
            self.tr("The rapport is final: version {0}, {1}, {2}.").format(
                version.version, f"{version.finalized_at:%Y-%m-%d %H:%M}", version.author
            ),
        )
        return True

    def reopen(self, session_id: int, *, ask: bool = True) -> bool:
        if ask:
            answer = QMessageBox.question(
                self._parent,
                self.tr("Re-open the rapport"),
                self.tr(
                    "Re-open the final rapport to change it? Its final version stays kept; "
                    "marking it final again makes the next version."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self._services.rapports.reopen(session_id)
        except RapporteurError as error:
            QMessageBox.warning(self._parent, self.tr("Rapporteur"), describe(error))
            return False
        self.changed.emit(session_id)
        return True

    def show_versions(self, session_id: int) -> None:
        from rapporteur_app.ui.rapport.versions_dialog import VersionsDialog

        VersionsDialog(self._services, session_id, self, self._parent).exec()

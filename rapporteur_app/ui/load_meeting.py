"""Meeting › Load a meeting from a file…: an exchange file (``rapporteur-app dump``)
added as a new meeting, off the GUI thread, with its progress and a Cancel button.

The load is one transaction (services/exchange_load.py): Cancel, a refusal or a
crash leave the database as it was. The worker reports after each batch of
statements; its reports reach the dialog as queued signals of an object made on
the GUI thread, so no widget is touched from the worker.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.exchange_load import LoadCancelled, LoadProgress
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.qt_namespace import Qt

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int)  # statements written, per cent of the file read
    loaded = Signal(int, str)  # the new meeting's id and title
    refused = Signal(str)  # what is wrong, in the user's words
    stopped = Signal()  # cancelled: nothing written


class _Work(QRunnable):
    def __init__(
        self, services: Services, path: Path, signals: _Signals, stop: threading.Event
    ) -> None:
        super().__init__()
        self._services = services
        self._path = path
        self._signals = signals
        self._stop = stop
        self.setAutoDelete(True)

    def _told(self, progress: LoadProgress) -> None:
        share = 100 * progress.read // progress.size if progress.size else 100
        self._signals.progressed.emit(progress.statements, min(100, share))

    def run(self) -> None:
        try:
            meeting = self._services.exchange.load_file(
                self._path, progress=self._told, cancelled=self._stop.is_set
            )
        except LoadCancelled:
            self._signals.stopped.emit()
        except RapporteurError as error:
            self._signals.refused.emit(describe(error))
        except Exception:  # an internal error: logged with its traceback, said in words
            log.exception("loading a meeting file failed")
            self._signals.refused.emit(
                QCoreApplication.translate(
                    "LoadMeeting", "Something went wrong; nothing was loaded."
                )
            )
        else:
            self._signals.loaded.emit(meeting.id, meeting.title)


class LoadMeetingJob(QObject):
    """One load with its progress dialog. ``finished`` says how it ended: "loaded",
    "refused" or "cancelled"; ``meeting_id`` is the new meeting's once loaded."""

    finished = Signal(str)

    def __init__(self, services: Services, path: Path, parent: QWidget | None) -> None:
        # The application's child: a window closed meanwhile must not take the
        # signals the worker emits on with it.
        super().__init__(QCoreApplication.instance())
        self._parent = parent
        self.meeting_id: int | None = None
        self.message = ""
        self._stop = threading.Event()
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("load-meeting-progress")
        self.dialog.setWindowTitle(QCoreApplication.translate("LoadMeeting", "Load a meeting"))
        self.dialog.setLabelText(
            QCoreApplication.translate("LoadMeeting", "Reading {0}…").format(path.name)
        )
        self.dialog.setCancelButtonText(QCoreApplication.translate("LoadMeeting", "Cancel"))
        self.dialog.setRange(0, 100)
        self.dialog.setValue(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.canceled.connect(self.cancel)
        self.signals = _Signals(self)
        self.signals.progressed.connect(self._progressed)
        self.signals.loaded.connect(self._loaded)
        self.signals.refused.connect(self._refused)
        self.signals.stopped.connect(self._stopped)
        self.dialog.show()
        QThreadPool.globalInstance().start(_Work(services, path, self.signals, self._stop))

    def cancel(self) -> None:
        """Stop at the next batch; the transaction is rolled back."""
        self._stop.set()
        self.dialog.setLabelText(
            QCoreApplication.translate("LoadMeeting", "Stopping: nothing will be written…")
        )
        self.dialog.setCancelButton(None)

    def _progressed(self, statements: int, share: int) -> None:
        if self._stop.is_set():
            return
        self.dialog.setValue(share)
        self.dialog.setLabelText(
            QCoreApplication.translate("LoadMeeting", "{0} statements written…").format(
                f"{statements:,}"
            )
        )

    def _end(self, how: str) -> None:
        self.dialog.hide()
        self.dialog.deleteLater()
        self.finished.emit(how)
        self.deleteLater()

    def _loaded(self, meeting_id: int, title: str) -> None:
        self.meeting_id = meeting_id
        self.message = QCoreApplication.translate(
            "LoadMeeting", "Loaded the meeting “{0}”."
        ).format(title)
        self._end("loaded")

    def _refused(self, message: str) -> None:
        self.message = message
        if self._parent is not None:
            QMessageBox.warning(
                self._parent, QCoreApplication.translate("LoadMeeting", "Load a meeting"), message
            )
        self._end("refused")

    def _stopped(self) -> None:
        self.message = QCoreApplication.translate(
            "LoadMeeting", "Loading was cancelled; nothing was written."
        )
        self._end("cancelled")


def choose_and_load(services: Services, parent: QWidget) -> LoadMeetingJob | None:
    """Ask for the file, then start loading it (None if no file was chosen)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("LoadMeeting", "Load a meeting"),
        "",
        QCoreApplication.translate("LoadMeeting", "Meeting files (*.json);;All files (*)"),
    )
    if not path:
        return None
    return LoadMeetingJob(services, Path(path), parent)

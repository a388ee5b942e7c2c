"""Long work off the GUI thread: exports, imports and restores run in Qt's thread
pool while the window goes on answering.

``run_file_job`` starts a job that writes a file: a progress dialog appears if
the job takes more than half a second (its steps are the job's own), and when
the file is there a message says where it went, with a button that opens its
folder. A refusal (a domain error) is shown in the user's words; the job's
``done`` signal carries the path for whoever waits on it (a test, a script).

The job's signals live in a QObject made on the GUI thread, so the worker's
emits arrive there as queued calls: no widget is ever touched from the worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.qt_namespace import Qt

log = logging.getLogger(__name__)

# A job shorter than this shows no progress dialog at all.
PROGRESS_AFTER_MS = 500

Report = Callable[[int], None]  # the job has reached step n (of the steps it was given)


class JobSignals(QObject):
    step = Signal(int)
    done = Signal(object)  # the job's result (a Path for a file job)
    failed = Signal(str)  # what went wrong, in the user's words


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Report], Any], signals: JobSignals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work(self._report)
        except RapporteurError as error:
            self._signals.failed.emit(describe(error))
        except Exception:  # an internal error: logged with its traceback, said in words
            log.exception("background job failed")
            self._signals.failed.emit(
                QCoreApplication.translate(
                    "Background", "Something went wrong, but nothing you saved is lost."
                )
            )
        else:
            self._signals.done.emit(result)

    def _report(self, step: int) -> None:
        self._signals.step.emit(step)


class Job(QObject):
    """One running job, with its progress dialog; ``done`` carries its result and
    ``failed`` what went wrong (said in a message box too when ``tell``)."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        steps: list[str],
        work: Callable[[Report], object],
        *,
        tell: bool = True,
    ) -> None:
        # The application's child, not its window's: a window closed while its job runs
        # (a dialog closed while its file is read) must not delete the signals the
        # worker emits on. The job goes once its end has arrived.
        super().__init__(QCoreApplication.instance())
        self._parent = parent
        self._orphan = False
        self._tell = tell
        self._title = title
        self._steps = steps
        self._reached = 0
        self.progress: QProgressDialog | None = None
        self.signals = JobSignals(self)
        self.signals.step.connect(self._step)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        # The progress dialog is made only for a job that lasts: a short one costs the
        # GUI thread nothing but this timer.
        self._later = QTimer(self, singleShot=True, interval=PROGRESS_AFTER_MS)
        self._later.timeout.connect(self._show_progress)
        self._later.start()
        QThreadPool.globalInstance().start(_Runnable(work, self.signals))

    def _window(self) -> QWidget | None:
        """The window the job reports to, None once it has gone (its progress dialog
        with it): the job then ends unseen. (Asked, not followed through ``destroyed``:
        a Python slot on that signal outlives the job it was made for.)"""
        if self._parent is not None and not isValid(self._parent):
            self._parent = None
            self.progress = None
            self._orphan = True
        return self._parent

    def _show_progress(self) -> None:
        if self._window() is None:
            return
        progress = QProgressDialog(self._parent)
        progress.setObjectName("job-progress")
        progress.setWindowTitle(self._title)
        # One step: a busy bar (no figure to give); more: the step reached.
        progress.setRange(0, len(self._steps) if len(self._steps) > 1 else 0)
        # The job cannot be stopped half-way (a half-written file is never left either way).
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setMinimumDuration(0)
        self.progress = progress
        self._step(self._reached)
        progress.show()

    def _step(self, number: int) -> None:
        self._reached = number
        if self._window() is None or self.progress is None:
            return
        if len(self._steps) > 1:
            self.progress.setValue(number)
        if 0 <= number < len(self._steps):
            self.progress.setLabelText(self._steps[number])

    def _finish(self) -> None:
        self._later.stop()
        if self._window() is None:
            if self._orphan:
                log.info("a background job ended after its window closed")
        elif self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
        self.deleteLater()

    def _done(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    def _failed(self, message: str) -> None:
        self._finish()
        if self._tell and self._parent is not None:
            QMessageBox.warning(
                self._parent, QCoreApplication.translate("Background", "Rapporteur"), message
            )
        self.failed.emit(message)


def wait_for(
    parent: QWidget | None, title: str, steps: list[str], work: Callable[[Report], object]
) -> object:
    """Run ``work`` as a job and wait for it without blocking the window (a local
    event loop turns meanwhile): for a caller that needs the result before it goes
    on, such as the start-up restoring a damaged database. Returns the result, or
    raises a :class:`RapporteurError` worded in the user's language."""
    job = Job(parent, title, steps, work, tell=False)
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(message: str) -> None:
        outcome["failed"] = message
        loop.quit()

    job.done.connect(done)
    job.failed.connect(failed)
    # The job's signals are queued to this thread: neither can arrive before exec().
    loop.exec()
    if "failed" in outcome:
        raise RapporteurError(str(outcome["failed"]))
    return outcome["result"]


class FileJob(Job):
    """A job that writes a file: it ends saying where the file went (when ``tell``)."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        steps: list[str],
        work: Callable[[Report], Path],
        *,
        tell: bool = True,
    ) -> None:
        super().__init__(parent, title, steps, work, tell=tell)

    def _done(self, result: object) -> None:
        path = Path(str(result))
        if self._tell and self._parent is not None:
            show_saved(self._parent, path)
        super()._done(path)


def show_saved(parent: QWidget | None, path: Path) -> None:
    """Where the file went, with a button that opens its folder."""
    box = QMessageBox(parent)
    box.setObjectName("saved-message")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Background", "Rapporteur"))
    box.setText(QCoreApplication.translate("Background", "Saved to {0}").format(path))
    folder_button = box.addButton(
        QCoreApplication.translate("Background", "Open the folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    folder_button.setAccessibleName(QCoreApplication.translate("Background", "Open the folder"))

    def open_folder() -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    folder_button.clicked.connect(open_folder)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class _Prepare(QRunnable):
    def run(self) -> None:
        from rapporteur_app.export.formats import prepare_writers

        try:
            prepare_writers()
        except Exception:  # the export itself will say what is wrong
            log.warning("preparing the writers failed", exc_info=True)
        _ready.set()


_ready = threading.Event()
_started = threading.Lock()


def prepare_writers() -> None:
    """Warm the document writers in a worker, once per process."""
    if _started.acquire(blocking=False):
        QThreadPool.globalInstance().start(_Prepare())


def writers_ready() -> bool:
    return _ready.is_set()

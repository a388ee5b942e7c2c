"""Building the draft narrative off the GUI thread.

The first draft of a running program imports the keyword extractor and loads
the lemma dictionary of each language the notes are in (seconds for Russian on
a busy laptop): the window keeps answering meanwhile. The result comes back to
the GUI thread through a queued signal.
"""

import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from rapporteur_app.domain.draft.narrative import Draft
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.error_text import describe

log = logging.getLogger(__name__)


class DraftJob(QObject):
    # (the draft or None, the message to show when there is no draft)
    finished = Signal(object, str)

    def __init__(self, services: Services, session_id: int, language: str) -> None:
        super().__init__()
        self.session_id = session_id
        self._services = services
        self._language = language

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Run(self))

    def run(self) -> None:
        draft: Draft | None = None
        message = ""
        try:
            draft = self._services.drafts.draft(self.session_id, self._language)
        except RapporteurError as error:
            message = describe(error)
        except Exception:  # a bug: the window says so in words, the log keeps the traceback
            log.exception("drafting session %s failed", self.session_id)
            message = "The draft could not be made (an internal error); details are in the log."
        self.finished.emit(draft, message)


class _Run(QRunnable):
    def __init__(self, job: DraftJob) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()

"""One change signal per open database: every view of a session listens to it.

Whoever changes something through the services (the console, the Rapport tab)
says so with :meth:`ChangeHub.notify`; changes by another program on the same
database (the command line, a second window) are noticed by the source behind
:class:`rapporteur_app.services.changes.ChangeSource`, asked twice a second, and
arrive as ``changed(0, None)``: "anything may have changed". A view that is not
shown only notes that it is out of date and reads the session again when it is
shown, so no tab is ever stale and nothing is read for a tab nobody looks at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    # Only for the type: the console follows it, and shows before SQLAlchemy is imported.
    from rapporteur_app.services.changes import ChangeSource

POLL_MS = 500
ANY_SESSION = 0


class ChangeHub(QObject):
    # (the session that changed, or 0 for any; who changed it, or None from outside)
    changed = Signal(int, object)

    def __init__(self, source: ChangeSource | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.poll)
        if source is not None:
            self._timer.start()

    @property
    def source(self) -> ChangeSource | None:
        return self._source

    def notify(self, session_id: int, origin: object = None) -> None:
        """Something of ``session_id`` was changed by ``origin`` (which needs no telling)."""
        self.changed.emit(session_id, origin)

    def poll(self) -> None:
        if self._source is not None and self._source.changed():
            self.changed.emit(ANY_SESSION, None)

    def replace_source(self, source: ChangeSource | None) -> None:
        """The database was connected again (a backup restored over it): watch the new
        connection, not the old file."""
        if self._source is not None:
            self._source.close()
        self._source = source
        if source is not None and not self._timer.isActive():
            self._timer.start()

    def close(self) -> None:
        self._timer.stop()
        if self._source is not None:
            self._source.close()
            self._source = None


class Follower(QObject):
    """Makes ``view`` follow the hub: ``reload`` runs once soon after a change of the
    session ``session_of()`` returns (not one ``view`` made itself), at once if the
    view is shown, else the next time it is shown."""

    def __init__(
        self,
        view: QWidget,
        hub: ChangeHub,
        session_of: Callable[[], int | None],
        reload: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._view, self._session_of, self._reload = view, session_of, reload
        self.stale = False
        self._soon = QTimer(self, singleShot=True, interval=0)  # many changes, one read
        self._soon.timeout.connect(self._reload_now)
        hub.changed.connect(self._changed)
        view.installEventFilter(self)

    def _changed(self, session_id: int, origin: object) -> None:
        if origin is self._view:
            return
        shown = self._session_of()
        if not shown or session_id not in (ANY_SESSION, shown):
            return
        self.stale = True
        if self._view.isVisible():
            self._soon.start()

    def _reload_now(self) -> None:
        if self.stale and self._view.isVisible():
            self.stale = False
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self._soon.start()
        return False

"""Running one slow call (opening the database) off the GUI thread while the window
keeps repainting and taking input.

:func:`call_off_gui_thread` starts the call in a worker thread and runs a local
event loop until it is done, then returns its result, or raises its exception,
on the GUI thread, where a dialog may be shown. The call must not touch widgets.
"""

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Signal

_T = TypeVar("_T")


class _Done(QObject):
    # Emitted from the worker thread; delivered to the loop in the GUI thread (queued).
    finished = Signal()


def call_off_gui_thread(call: Callable[[], _T]) -> _T:
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit)
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:  # handed to the GUI thread, raised there
            outcome["error"] = error
        finally:
            done.finished.emit()

    worker = threading.Thread(target=work, name="rapporteur-open", daemon=True)
    worker.start()
    if "value" not in outcome and "error" not in outcome:
        loop.exec()
    worker.join()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    return outcome["value"]  # type: ignore[return-value]

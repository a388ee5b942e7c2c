"""The log file's handler, in a module of its own: ``logging.handlers`` (with the
socket, pickle, queue and select modules it imports) is imported when the log file is
set up, which the window does after its first paint, not before it."""

import logging.handlers
import os


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """The log file: readable by the user alone, the new file after a rollover too,
    and never a reason for a command to fail (a full disk loses log lines, nothing
    else: no traceback on the terminal)."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging names it
        return None

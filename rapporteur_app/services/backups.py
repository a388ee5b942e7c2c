"""Backups of the user's database: listed, taken while it changes, restored.

These work on the file itself, so they also serve when the database cannot be
opened (a damaged file is exactly when a backup is wanted).
"""

import logging
import os
import threading
from pathlib import Path

from rapporteur_app.domain.errors import InvalidInput, NotFound, StoreError
from rapporteur_app.domain.text import user_path
from rapporteur_app.store.backup import (
    BackupInfo,
    backup_file,
    backups_dir,
    changed_since_last_backup,
    list_backups,
    newest_good_backup,
    restore,
    rotate,
)
from rapporteur_app.store.database import backup_problem_text
from rapporteur_app.store.file_check import checked_backup
from rapporteur_app.store.location import resolve_url, sqlite_path

log = logging.getLogger(__name__)


def database_file(location: str | os.PathLike[str] | None) -> Path:
    path = sqlite_path(resolve_url(location))
    if path is None:
        raise InvalidInput.coded("backups-sqlite-only")
    return path


class BackupService:
    def __init__(self, location: str | os.PathLike[str] | None) -> None:
        self.database = database_file(location)

    def all(self) -> list[BackupInfo]:
        return list_backups(self.database)

    def newest_good(self) -> BackupInfo | None:
        return newest_good_backup(self.database)

    def find(self, name: str) -> Path:
        """A backup by the name ``backup list`` shows, or by its path."""
        candidate = user_path(name)
        if candidate.is_file():
            return candidate
        path = backups_dir() / name
        if path.is_file():
            return path
        raise NotFound.coded("no-backup", name=repr(name))

    def take(self, reason: str = "manual") -> Path:
        copy = backup_file(self.database, reason)
        rotate(self.database)
        return copy

    def periodic(self) -> Path | None:
        """Back up if the database changed since its last backup (the GUI calls it
        every few minutes)."""
        if not self.database.exists() or not changed_since_last_backup(self.database):
            return None
        # Checked in full (every page): a damaged database is found here, not on open.
        return checked_backup(self.database, "auto")

    def periodic_in_background(self) -> "BackgroundBackup":
        """:meth:`periodic` in a thread, so the window never waits for the copy; a
        failure is logged, kept for the window to tell, and the next period tries again."""
        return BackgroundBackup(self)

    def restore(
        self, name: str, to: str | os.PathLike[str] | None = None
    ) -> tuple[Path, Path | None]:
        """Restore a backup over the database (or into ``to``); returns the file
        written and the copy kept of what was there."""
        source = self.find(name)
        target = user_path(to).resolve() if to is not None else self.database
        if target.is_dir():
            raise InvalidInput.coded("restore-into-folder", target=target)
        if not target.parent.is_dir():
            raise InvalidInput.coded("restore-folder-missing", folder=target.parent)
        kept = restore(source, target)
        return target, kept


class BackgroundBackup:
    """A periodic backup copying in a thread; once done, why it failed, or None."""

    def __init__(self, service: BackupService) -> None:
        self.problem: str | None = None
        self._service = service
        self._thread = threading.Thread(
            target=self._run, name="rapporteur-periodic-backup", daemon=False
        )
        self._thread.start()

    def _run(self) -> None:
        try:
            self._service.periodic()
        except (StoreError, OSError) as error:
            log.warning("periodic backup failed: %s", error)
            self.problem = backup_problem_text(error)

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def join(self) -> None:
        self._thread.join()

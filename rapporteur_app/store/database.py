"""One open database: the engine, and units of work for the services.

Only the services call :meth:`Database.reading` and :meth:`Database.writing`;
every user action is one ``writing()`` block, committed when it ends, so there
is no "Save" and nothing to lose.
"""

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from rapporteur_app.domain.errors import RapporteurError, StoreError
from rapporteur_app.store.engine import IMMEDIATE, make_engine
from rapporteur_app.store.location import resolve_url, sqlite_path
from rapporteur_app.store.migrate import upgrade

log = logging.getLogger(__name__)


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reads = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(
            engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        )

    @classmethod
    def open(
        cls, location: str | os.PathLike[str] | None = None, *, migrate: bool = True
    ) -> "Database":
        """Open (creating if needed) and upgrade the database at ``location``."""
        url = resolve_url(location)
        try:
            engine = make_engine(url)
            if migrate:
                upgrade(engine)
        except RapporteurError:
            raise
        except (OSError, DBAPIError) as error:
            raise StoreError(_describe_open_failure(url, error)) from error
        return cls(engine)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine.url)

    def describe(self) -> str:
        """Where the data is, for a title bar or a message (no password shown)."""
        path = self.path
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with _translated_errors(), self._reads() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One unit of work: committed durably when the block ends, rolled back on error."""
        with _translated_errors(), self._writes() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except OperationalError as error:
        raise StoreError(_describe_operational(error)) from error


def _describe_operational(error: OperationalError) -> str:
    text = str(error.orig).lower()
    if "locked" in text or "busy" in text:
        return "The database is busy in another window of Rapporteur; try again in a moment."
    if "disk" in text and "full" in text:
        return "The disk is full: nothing was changed. Free some space and try again."
    if "readonly" in text or "read-only" in text:
        return "The database cannot be written (the file or its folder is read-only)."
    log.exception("database error")
    return f"The database could not be used: {error.orig}"


def _describe_open_failure(url: URL, error: Exception) -> str:
    where = sqlite_path(url) or url.render_as_string(hide_password=True)
    detail = getattr(error, "orig", None) or error
    return f"Cannot open the database {where}: {detail}"

"""Where the database lives: the user data folder by default, or what the user names."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import quoted, user_path

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

APP_NAME = "rapporteur-app"
DEFAULT_FILE_NAME = "rapporteur.sqlite3"
ENV_VAR = "RAPPORTEUR_DB"


def data_dir() -> Path:
    import platformdirs  # here: a file named on the command line needs none of it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


def private_dir(path: Path) -> Path:
    """Create a folder readable by the user alone (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def resolve_url(location: str | os.PathLike[str] | None) -> URL:
    """Turn ``--db`` (a path or a SQLAlchemy URL), ``$RAPPORTEUR_DB`` or nothing into a URL."""
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    if location is None:
        location = os.environ.get(ENV_VAR) or None
    if location is None:
        path = default_database_path()
        private_dir(path.parent)
        return URL.create("sqlite", database=str(path))
    text = os.fspath(location)
    if "://" in text:
        try:
            return make_url(text)
        except ArgumentError:
            raise InvalidInput.coded("not-a-location", text=quoted(text, 60)) from None
    return URL.create("sqlite", database=str(user_path(text).resolve()))


def without_password(url: URL) -> str:
    """The URL as it may be shown, kept (QSettings) or logged: no password at all, not
    even masked. The password belongs in ``~/.pgpass`` (libpq reads it by itself:
    docs/team.md), so the URL without it still connects."""
    from sqlalchemy.engine import URL

    bare = URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )
    return bare.render_as_string(hide_password=False)


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def plain_sqlite_file(location: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file ``--db`` names when it names one as a path (or names nothing), as
    :func:`resolve_url` would find it, without importing SQLAlchemy; None for a URL."""
    if location is None:
        location = os.environ.get(ENV_VAR) or None
    if location is None:
        return default_database_path()
    text = os.fspath(location)
    return None if "://" in text else user_path(text).resolve()

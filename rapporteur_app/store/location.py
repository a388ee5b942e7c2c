"""Where the database lives: the user data folder by default, or what the user names."""

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import quoted, user_path

APP_NAME = "rapporteur-app"
DEFAULT_FILE_NAME = "rapporteur.sqlite3"
ENV_VAR = "RAPPORTEUR_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


def private_dir(path: Path) -> Path:
    """Create a folder readable by the user alone (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def resolve_url(location: str | os.PathLike[str] | None) -> URL:
    """Turn ``--db`` (a path or a SQLAlchemy URL), ``$RAPPORTEUR_DB`` or nothing into a URL."""
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
            raise InvalidInput(
                f"{quoted(text, 60)} is neither a file name nor a database URL "
                "(like postgresql+psycopg://user@host/rapporteur)."
            ) from None
    return URL.create("sqlite", database=str(user_path(text).resolve()))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)

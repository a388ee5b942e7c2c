"""Fixtures every test may use: an isolated home, a fresh SQLite file, the services, the CLI.

Qt runs offscreen (set before anything imports Qt). Each test gets its own data,
log and config folders, so nothing touches the real user's files.
"""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, inspect, select
from sqlalchemy.exc import OperationalError

from rapporteur_app.services.app_services import Services
from rapporteur_app.store.location import resolve_url
from rapporteur_app.store.models import Base

settings.register_profile(
    "ci",
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    deadline=None,
    max_examples=500,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.delenv("RAPPORTEUR_DB", raising=False)
    monkeypatch.delenv("RAPPORTEUR_LOG", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rapporteur.sqlite3"


POSTGRES_ENV = "RAPPORTEUR_TEST_POSTGRES"


@pytest.fixture
def db_location(db_path: Path) -> Iterator[str]:
    """The database the services and the command line use in a test.

    A fresh SQLite file by default. With RAPPORTEUR_TEST_POSTGRES set to a server
    URL (e.g. ``postgresql+psycopg://postgres@/postgres?host=/var/run/postgresql``)
    each test gets a fresh PostgreSQL database on that server instead.
    """
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        yield str(db_path)
        return
    from uuid import uuid4

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"rapporteur_test_{uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def services(db_location: str) -> Iterator[Services]:
    opened = Services.open(db_location)
    yield opened
    opened.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(db_location: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``rapporteur-app --db <test database> ARGS`` in this process."""
    from rapporteur_app.app import main

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        try:
            code = main(["--db", db_location, *args])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def snapshot(db_location: str) -> Callable[[], list[tuple[str, list[tuple[object, ...]]]]]:
    """Every row of every table, to prove that a failed command changed nothing."""

    def take() -> list[tuple[str, list[tuple[object, ...]]]]:
        engine = create_engine(resolve_url(db_location))
        try:
            with engine.connect() as connection:
                present = set(inspect(connection).get_table_names())
                return [
                    (
                        table.name,
                        [
                            tuple(r)
                            for r in connection.execute(
                                select(table).order_by(*table.primary_key.columns)
                            )
                        ],
                    )
                    for table in Base.metadata.sorted_tables
                    if table.name in present
                ]
        except OperationalError:
            return []
        finally:
            engine.dispose()

    return take

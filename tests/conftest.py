"""Fixtures every test may use: an isolated home, a fresh SQLite file, the services, the CLI.

Qt runs offscreen (set before anything imports Qt). Each test gets its own data,
log and config folders, so nothing touches the real user's files.
"""

import gc
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
from tests.postgres_server import DatabasePool, PostgresServer, PostgresUnavailable, start_server

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
def heap_given_back() -> Iterator[None]:
    """A console shown in a test sets its objects aside from the garbage collector
    (ui/heap.py): given back after each test, so that no later test's collection,
    object count or weak reference meets them."""
    yield
    gc.unfreeze()


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


# Which engines the suite runs on. Both by default (CI); for a quick loop on one
# laptop, RAPPORTEUR_TEST_ENGINES=sqlite leaves PostgreSQL out.
ENGINES_ENV = "RAPPORTEUR_TEST_ENGINES"
ALL_ENGINES = ("sqlite", "postgresql")
# The test folders (relative to tests/) whose every test that takes db_location runs
# on both engines; elsewhere a test opts in with @pytest.mark.both_engines.
BOTH_ENGINE_FOLDERS = ("services", "cli", "export", "ui")
# Tests (file relative to tests/, or file::function) left on SQLite alone, with why.
SQLITE_ONLY_FILES: tuple[str, ...] = ()
TESTS_DIR = Path(__file__).resolve().parent


def wanted_engines() -> tuple[str, ...]:
    raw = os.environ.get(ENGINES_ENV, ",".join(ALL_ENGINES))
    engines = tuple(name.strip() for name in raw.split(",") if name.strip())
    unknown = [name for name in engines if name not in ALL_ENGINES]
    if unknown or not engines:
        raise pytest.UsageError(f"{ENGINES_ENV}: expected some of {ALL_ENGINES}, got {raw!r}")
    return engines


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_engines: run this test (it takes db_location) on SQLite and PostgreSQL"
    )
    config.addinivalue_line(
        "markers", "sqlite_only: this test is about SQLite's own file; not run on PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" not in metafunc.fixturenames:
        return
    definition = metafunc.definition
    if definition.get_closest_marker("sqlite_only"):
        return
    try:
        relative = Path(str(definition.path)).resolve().relative_to(TESTS_DIR)
    except ValueError:
        relative = Path()
    if {relative.as_posix(), f"{relative.as_posix()}::{definition.originalname}"} & set(
        SQLITE_ONLY_FILES
    ):
        return
    folder = relative.parts[0] if relative.parts else ""
    if folder in BOTH_ENGINE_FOLDERS or definition.get_closest_marker("both_engines"):
        metafunc.parametrize("db_engine", wanted_engines(), indirect=True)


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: the engine behind db_location in this test."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The test run's own PostgreSQL server (tests/postgres_server.py), started once.

    Use ``postgres_server.url(database, role=...)`` to connect, ``.admin(sql)`` to run
    statements as its superuser, ``.restart()`` to restart it under a test.
    """
    try:
        server = start_server()
    except PostgresUnavailable as error:
        # Not a skip: the suite promises PostgreSQL. Say how to leave it out on purpose.
        pytest.fail(f"{error} (to run on SQLite alone: {ENGINES_ENV}=sqlite)", pytrace=False)
    yield server
    server.destroy()


@pytest.fixture(scope="session")
def postgres_pool(postgres_server: PostgresServer) -> DatabasePool:
    """Databases at the schema's head (copies of a template no test opens), reused emptied."""
    from rapporteur_app.store.database import Database

    template = postgres_server.create_database()
    Database.open(postgres_server.url(template)).close()
    return DatabasePool(postgres_server, template)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty database (no tables) on the test run's server; dropped after."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def db_location(db_engine: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The database the services and the command line use in a test.

    A fresh SQLite file; or, where the test runs on both engines (see
    BOTH_ENGINE_FOLDERS and the both_engines mark), a fresh database on the test
    run's PostgreSQL server, already at the schema's head and with no rows (see
    ``DatabasePool``; creating the schema from nothing is tested on its own, with
    ``postgres_url``).
    """
    if db_engine == "sqlite":
        yield str(db_path)
        return
    pool: DatabasePool = request.getfixturevalue("postgres_pool")
    name = pool.acquire()
    yield pool.server.url(name)
    # A connection the test left open is found here, in its own test's teardown
    # (psycopg warns when one is collected unclosed), not in some later test.
    gc.collect()
    pool.release(name)


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

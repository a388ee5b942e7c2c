"""A throw-away PostgreSQL server owned by the test run.

The suite runs its service, command-line, export and exchange tests on a real
PostgreSQL server as well as on SQLite. This module starts that server: a new
cluster (``initdb``) in a temporary folder, listening only on a Unix socket in
that folder (no TCP port, nothing another program on the machine can reach by
accident), with durability settings that are safe for a process crash but skip
the disk flushes a test has no use for. It is stopped, and its folder deleted,
when the test run ends.

PostgreSQL refuses to run as root: when the tests run as root (CI, this
machine), the server runs as the ``postgres`` user that Debian's package
creates (``nobody`` where there is none), and the folder is handed to that user.

``tests/conftest.py`` turns this into fixtures (``postgres_server``,
``postgres_url``, and ``db_location`` parametrized over both engines).
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# The superuser role of the throw-away cluster (trust authentication on its own socket).
SUPERUSER = "rapporteur_test"
# The socket file is named after the port; with its own folder, any number will do.
PORT = 5432

# Crash-safe for the server process (synchronous_commit stays on, so a commit is in
# the WAL before the client hears of it, even when the server is killed), but
# without fsync: the machine itself does not crash during a test.
SERVER_SETTINGS = {
    "listen_addresses": "",
    "fsync": "off",
    "full_page_writes": "off",
    "synchronous_commit": "on",
    "max_connections": "200",
    "shared_buffers": "32MB",
    "max_wal_size": "256MB",
    "log_min_messages": "warning",
    "log_min_error_statement": "panic",
}


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL programs on this machine, or the server would not start."""


def find_bin_dir() -> Path:
    """Where initdb and pg_ctl are: Debian keeps them off PATH, per major version."""
    candidates: list[Path] = []
    explicit = os.environ.get("RAPPORTEUR_PG_BIN")
    if explicit:
        candidates.append(Path(explicit))
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates.extend(versions)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for candidate in candidates:
        if (candidate / "initdb").is_file() and (candidate / "pg_ctl").is_file():
            return candidate
    raise PostgresUnavailable(
        "PostgreSQL's initdb and pg_ctl were not found (Debian: apt-get install postgresql;"
        " ./dev.sh test installs it when run as root)."
    )


def _server_user() -> str | None:
    """The unprivileged user that runs the server when we are root; None otherwise."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise PostgresUnavailable("Running as root, and there is no 'postgres' or 'nobody' user.")


def _clean_env() -> dict[str, str]:
    """The environment without the PG* variables that would point a client elsewhere."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


@dataclass
class PostgresServer:
    """One running cluster: its folder, its socket, and how to reach it."""

    bin_dir: Path
    root: Path
    os_user: str | None
    _counter: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres", role: str = SUPERUSER, password: str = "") -> str:
        """A SQLAlchemy URL for ``database`` as ``role``, through the server's socket."""
        who = f"{role}:{password}" if password else role
        return f"postgresql+psycopg://{who}@/{database}?host={self.socket_dir}&port={PORT}"

    # -- life cycle -------------------------------------------------------------------

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args),
            user=self.os_user,
            env=_clean_env(),
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
            cwd=self.root,
        )

    def init(self) -> None:
        done = self._run(
            str(self.bin_dir / "initdb"),
            "--pgdata",
            str(self.data_dir),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        if done.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {done.stderr.strip() or done.stdout}")

    def start(self) -> None:
        options = " ".join(
            [f"-c {k}={v!r}" if v == "" else f"-c {k}={v}" for k, v in SERVER_SETTINGS.items()]
            + [f"-k {self.socket_dir}", f"-p {PORT}"]
        )
        done = self._run(
            str(self.bin_dir / "pg_ctl"),
            "--pgdata",
            str(self.data_dir),
            "--log",
            str(self.log_file),
            "--wait",
            "--timeout",
            "60",
            "--options",
            options,
            "start",
        )
        if done.returncode != 0:
            log = (
                self.log_file.read_text(errors="replace")[-2000:] if self.log_file.exists() else ""
            )
            raise PostgresUnavailable(f"the PostgreSQL server did not start: {done.stderr}{log}")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: ``fast`` (clean), or ``immediate`` (as if it had crashed)."""
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "--pgdata",
            str(self.data_dir),
            "--mode",
            mode,
            "--wait",
            "stop",
        )

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.start()

    def destroy(self) -> None:
        with contextlib.suppress(Exception):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # -- databases --------------------------------------------------------------------

    def admin(self, *sql: str, database: str = "postgres") -> None:
        """Run statements as the superuser, each in its own transaction (CREATE DATABASE...)."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir),
            port=PORT,
            user=SUPERUSER,
            dbname=database,
            autocommit=True,
        ) as connection:
            for statement in sql:
                connection.execute(statement)  # type: ignore[call-overload]

    def new_database_name(self) -> str:
        return f"rapporteur_test_{os.getpid()}_{next(self._counter)}"

    def create_database(self, template: str = "template0") -> str:
        """A new, empty database; its name."""
        name = self.new_database_name()
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE {template}')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# What a database's schema is made of, beyond its rows: relations (with their row
# security and grants), policies, triggers, functions, and the migration it is at.
# A database whose fingerprint is still its template's can be emptied and reused.
FINGERPRINT_SQL = """
SELECT
  (SELECT string_agg(c.relname::text || c.relkind::text || c.relrowsecurity::text
                     || coalesce(c.relacl::text, ''), ',' ORDER BY c.relname)
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')),
  (SELECT count(*) FROM pg_policy),
  (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal),
  (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')),
  (SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace)
"""


@dataclass
class DatabasePool:
    """Databases at the schema's head, handed out empty, one test at a time.

    ``CREATE DATABASE`` costs 0.1-1 s on a busy machine, for each of hundreds of
    tests; emptying a used database (TRUNCATE ... RESTART IDENTITY, so ids start at
    1 again as in a new SQLite file) costs a few milliseconds. A database whose
    schema a test changed (a migration, a role's grants, row security) is dropped
    instead of reused.
    """

    server: PostgresServer
    template: str
    _free: list[str] = field(default_factory=list)
    _fingerprint: tuple[object, ...] | None = None
    _seed: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)

    def _connect(self, database: str):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(
            host=str(self.server.socket_dir),
            port=PORT,
            user=SUPERUSER,
            dbname=database,
            autocommit=True,
        )

    def _tables(self, connection) -> list[str]:  # type: ignore[no-untyped-def]
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            " AND tablename <> 'alembic_version' ORDER BY tablename"
        ).fetchall()
        return [row[0] for row in rows]

    def _learn_template(self) -> None:
        with self._connect(self.template) as connection:
            self._fingerprint = tuple(connection.execute(FINGERPRINT_SQL).fetchone())
            for table in self._tables(connection):
                rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
                if rows:
                    self._seed[table] = [tuple(r) for r in rows]

    def acquire(self) -> str:
        if self._fingerprint is None:
            self._learn_template()
        if self._free:
            return self._free.pop()
        return self.server.create_database(template=f'"{self.template}"')

    def release(self, name: str) -> None:
        try:
            self._empty(name)
        except Exception:
            self.server.drop_database(name)
            return
        self._free.append(name)

    def _empty(self, name: str) -> None:
        self.server.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            f" WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )
        with self._connect(name) as connection:
            if tuple(connection.execute(FINGERPRINT_SQL).fetchone()) != self._fingerprint:
                raise ValueError("the schema changed")
            tables = self._tables(connection)
            if tables:
                listed = ", ".join(f'"{t}"' for t in tables)
                connection.execute(f"TRUNCATE {listed} RESTART IDENTITY CASCADE")
            for table, rows in self._seed.items():
                marks = ", ".join(["%s"] * len(rows[0]))
                with connection.cursor() as cursor:
                    cursor.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)


def start_server() -> PostgresServer:
    """Start a new throw-away server; it is destroyed when this process exits."""
    bin_dir = find_bin_dir()
    os_user = _server_user()
    # Short path: a Unix socket's path is limited to about 100 bytes.
    root = Path(tempfile.mkdtemp(prefix="rapporteur-pg-", dir="/tmp"))
    if os_user is not None:
        entry = pwd.getpwnam(os_user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(bin_dir=bin_dir, root=root, os_user=os_user)
    atexit.register(server.destroy)
    try:
        server.init()
        server.start()
    except BaseException:
        server.destroy()
        raise
    return server

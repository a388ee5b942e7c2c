"""Alembic environment, run from code by rapporteur_app.store.migrate.

No ``fileConfig()`` here: it would reset the program's own logging. The caller
hands over its connection in ``config.attributes["connection"]``; from the
``alembic`` command line (for writing a new revision) a URL is taken instead.
"""

from alembic import context
from sqlalchemy import create_engine

from rapporteur_app.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///rapporteur-dev.sqlite3"
        engine = create_engine(url)
        with engine.connect() as connection:
            _migrate(connection)
        return
    _migrate(connection)


def _migrate(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()

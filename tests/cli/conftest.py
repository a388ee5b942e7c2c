from collections.abc import Callable

import pytest
from sqlalchemy import create_engine, inspect, select
from sqlalchemy.exc import OperationalError

from rapporteur_app.store.location import resolve_url
from rapporteur_app.store.models import Base


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

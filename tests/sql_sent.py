"""The SQL statements an engine sends while a block runs, each commit marked: what a
key writes before its commit and what it reads after it, counted, not timed."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

# In the list where the engine committed (SQLAlchemy's "commit" event: the COMMIT is
# the driver's call, not a statement the engine sends).
COMMITTED = "-- committed"


@contextmanager
def sent_with_commits(engine: Engine) -> Iterator[list[str]]:
    """The statements sent while the block runs, in order, each commit ``COMMITTED``."""
    sent: list[str] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        sent.append(statement)

    def on_commit(_conn: Any) -> None:
        sent.append(COMMITTED)

    event.listen(engine, "before_cursor_execute", on_execute)
    event.listen(engine, "commit", on_commit)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
        event.remove(engine, "commit", on_commit)

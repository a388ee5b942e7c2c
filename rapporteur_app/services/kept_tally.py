"""A tally for the command line without the store's full machinery (SQLAlchemy): see
store/quick_read.py. None means: ask :class:`TallyService`, which says what is wrong."""

import os

from rapporteur_app.domain.tally import Tally
from rapporteur_app.store.location import plain_sqlite_file
from rapporteur_app.store.quick_read import kept_counts


def quick_tally(
    location: str | os.PathLike[str] | None,
    session_id: int | None = None,
    meeting_id: int | None = None,
) -> Tally | None:
    path = plain_sqlite_file(location)
    if path is None:
        return None
    counts = kept_counts(path, session_id, meeting_id)
    return None if counts is None else Tally(*counts)

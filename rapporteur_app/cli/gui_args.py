"""Recognising `rapporteur-app [--db X] [gui [--session ID] [--demo]]` without
building the whole command line, whose commands import the store: opening the
window does not wait for them."""

from collections.abc import Sequence
from typing import NamedTuple


class GuiRequest(NamedTuple):
    # A NamedTuple: made at import, on the first paint's path, at a seventh of a frozen
    # dataclass's cost (docs/performance.md, round 10).
    """The window asked for: the database, the session to show, the demo or not."""

    db: str | None = None
    session: int | None = None
    demo: bool = False


def gui_request(argv: Sequence[str]) -> GuiRequest | None:
    """The GUI invocation these words make, or None (the full parser decides)."""
    words = list(argv)
    db: str | None = None
    if words[:1] == ["--db"] and len(words) >= 2:
        db, words = words[1], words[2:]
    elif words and words[0].startswith("--db="):
        db, words = words[0].split("=", 1)[1], words[1:]
    if not words:
        return GuiRequest(db)
    if words[0] != "gui":
        return None
    session: int | None = None
    demo = False
    rest = words[1:]
    while rest:
        word = rest.pop(0)
        if word == "--demo":
            demo = True
        elif word == "--session" and rest and rest[0].isdigit() and int(rest[0]) >= 1:
            session = int(rest.pop(0))
        else:
            return None  # anything else (--help, a mistake): the full parser says it
    return GuiRequest(db, session, demo)

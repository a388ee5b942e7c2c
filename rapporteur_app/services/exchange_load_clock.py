"""A statement's clock time as the file usually gives it ("10:05:00"), told valid
and turned to its stored text without a regular expression or a ``time`` object.

A load checks, parses and formats two clock times a statement, nearly all of
them distinct, so none is met again in a cache: a regular expression to check
it, ``time.fromisoformat`` to read it and ``time.isoformat`` to write its stored
text were a twentieth of a meeting's load. A valid "HH:MM:SS" or "HH:MM" is
instead found by two lookups in sets of its parts (every hour and minute of the
day, every second), and its stored text on SQLite is the text itself with the
seconds and microseconds the dialect adds. Anything else (an hour 24, a second
60, spaces, another shape) is not taken here: the careful way reads it and words
its refusal. Tests hold both ways alike on every clock time of the day.
"""

from __future__ import annotations

_HOURS_MINUTES = frozenset(f"{h:02}:{m:02}" for h in range(24) for m in range(60))
_COLON_SECONDS = frozenset(f":{s:02}" for s in range(60))


def plain_clock(value: str) -> str | None:
    """``value`` as "HH:MM:SS" if it is a valid clock time the file writes
    ("HH:MM:SS" or "HH:MM", digits only), else None (not a refusal: the careful way
    decides)."""
    if len(value) == 8:
        if value[:5] in _HOURS_MINUTES and value[5:] in _COLON_SECONDS:
            return value
    elif len(value) == 5 and value in _HOURS_MINUTES:
        return value + ":00"
    return None

"""Rules for the people and organizations of a meeting, wherever they come from
(typed in a form, logged in the console, read from a registration list).

The limits are the store's column sizes: SQLite would not enforce them, but a
PostgreSQL server refuses a longer value, so they are checked before writing.
"""

import re

from rapporteur_app.domain.errors import InvalidInput

MAX_NAME = 500
MAX_ORGANIZATION = 500
MAX_EMAIL = 320

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def is_email(text: str) -> bool:
    return len(text) <= MAX_EMAIL and bool(_EMAIL.match(text))


def check_email(text: str) -> str:
    """The address, or InvalidInput; an empty address is allowed (it is optional)."""
    if text and not is_email(text):
        raise InvalidInput.coded("not-an-email", value=repr(text))
    return text


def check_length(text: str, limit: int, what: str) -> str:
    if len(text) > limit:
        raise InvalidInput.coded("field-too-long", field=what, limit=limit)
    return text

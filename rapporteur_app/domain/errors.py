"""Errors whose message is written for the person at the keyboard.

Core code never opens a dialog: it raises one of these. The message names the
problem in the user's words, in one line, and nothing has been changed when it
is raised. An error made with :meth:`RapporteurError.coded` also carries a code
and its parameters (the English wording is in :mod:`rapporteur_app.domain.error_codes`):
the command line prints ``str(error)`` (English, by design: it is what a script, a
log or a support request quotes), the GUI words the code in the user's language
(``rapporteur_app.ui.error_text``).
"""

from typing import Self

from rapporteur_app.domain.error_codes import MESSAGES


class RapporteurError(Exception):
    """Base of every error the user is meant to read."""

    code: str | None = None
    params: dict[str, str] = {}  # noqa: RUF012 (replaced per instance, never mutated)

    @classmethod
    def coded(cls, code: str, **params: object) -> Self:
        """The error ``code`` (a key of MESSAGES) with its parameters, worded in English."""
        texts = _texts(params)
        error = cls(MESSAGES[code].format(**texts))
        error.code = code
        error.params = texts
        return error


class Said(str):
    """A line the core says that is not an error (what an import would change, why it
    is refused unless forced): its English text, with a code and parameters so that
    the GUI words it in the user's language like a coded error."""

    code: str
    params: dict[str, str]

    @classmethod
    def coded(cls, code: str, **params: object) -> "Said":
        texts = _texts(params)
        said = cls(MESSAGES[code].format(**texts))
        said.code = code
        said.params = texts
        return said

    @classmethod
    def of(cls, error: Exception) -> str:
        """What ``error`` says, as a line inside another (a coded error stays coded, so
        that the edge words it; any other says its own words)."""
        if isinstance(error, RapporteurError) and error.code is not None:
            return cls.coded(error.code, **error.params)
        text = str(error).splitlines()[0][:160] if str(error) else ""
        return text or type(error).__name__


class SaidLines(str):
    """Lines the core said, joined (a hand-off's changes inside its refusal): the
    English joined, and the lines kept, so that the edge words each one."""

    lines: tuple[str, ...]
    separator: str

    def __new__(cls, lines: "tuple[str, ...] | list[str]", separator: str) -> "SaidLines":
        joined = super().__new__(cls, separator.join(lines))
        joined.lines = tuple(lines)
        joined.separator = separator
        return joined


def _texts(params: dict[str, object]) -> dict[str, str]:
    # A parameter that is itself a Said (a registration row's problem inside "nothing
    # was imported") or lines of them stays so, so that the edge words it too.
    return {
        name: value if isinstance(value, Said | SaidLines) else str(value)
        for name, value in params.items()
    }


class InvalidInput(RapporteurError):
    """A value the user typed or a file they gave cannot be used."""


class NotFound(RapporteurError):
    """The user named a meeting, session, statement ... that does not exist."""


class StoreError(RapporteurError):
    """The database cannot be opened, read or written."""


class UnknownSchema(StoreError):
    """The database was written by a newer version of the program, or is not ours."""


class CannotWrite(RapporteurError):
    """A file the user asked for cannot be written where they asked (nothing was written)."""


class DamagedDatabase(StoreError):
    """The database file is not a sound SQLite database; nothing was written to it."""


class DatabaseLocked(StoreError):
    """Another program holds the database file locked; it is not damaged."""

    # Who holds it ("sqlite3 (process 1234)", or "another program"), for a short
    # status line beside the long message.
    holder: str = "another program"


class RapportFinal(RapporteurError):
    """The session's rapport is final (sent to the secretariat): it is locked until
    the rapporteur re-opens it; nothing was changed."""


class NotAllowed(StoreError):
    """The database server refused a change this role may not make; nothing was changed."""


class ServerAway(StoreError):
    """The database server cannot be reached (stopped, restarting, the network down)."""


class KeptLocally(ServerAway):
    """The server is away, and what was asked is kept on this computer, to be written
    (in order) as soon as the server is back: nothing is lost."""

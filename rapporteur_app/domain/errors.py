"""Errors whose message is written for the person at the keyboard.

Core code never opens a dialog: it raises one of these, and the GUI or the
command line shows ``str(error)`` as it is. The message names the problem in
the user's words, in one line, and nothing has been changed when it is raised.
"""


class RapporteurError(Exception):
    """Base of every error the user is meant to read."""


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

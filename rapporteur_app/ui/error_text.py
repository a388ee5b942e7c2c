"""Errors worded at the edge, in the user's language.

A domain error with a code is shown from the sentence below, translated, with
its parameters put in; an error without a code (not yet converted) is shown as
the core wrote it. Each sentence is a literal inside ``translate()`` so that
``./dev.sh translations`` extracts it; its English is the domain's own
(``rapporteur_app.domain.error_codes``: a test holds them equal).
"""

from PySide6.QtCore import QCoreApplication

from rapporteur_app.domain.agenda import AgendaProblem
from rapporteur_app.domain.errors import RapporteurError


def _sentences() -> dict[str, str]:
    # Built at each call: the sentences follow the translator installed now.
    translate = QCoreApplication.translate
    return {
        "folder-missing": translate(
            "Errors", "The folder {folder} does not exist: {target} was not written."
        ),
        "target-is-folder": translate("Errors", "{target} is a folder: give a file name to write."),
        "target-read-only": translate("Errors", "{target} is read-only: it was left as it was."),
        "folder-read-only": translate(
            "Errors", "The folder {folder} is read-only: {target} was not written."
        ),
        "disk-full": translate("Errors", "The disk is full: {target} was not written."),
        "cannot-write-locked": translate(
            "Errors",
            "{target} cannot be written: the file or its folder is read-only,"
            " or the file is open in another program.",
        ),
        "cannot-write": translate("Errors", "{target} cannot be written: {reason}."),
        "name-too-long": translate(
            "Errors", "The file name {name} is too long: nothing was written."
        ),
        "not-regular-file": translate(
            "Errors",
            "{target} is not a regular file (a device, a pipe or a socket): nothing was written.",
        ),
        "agenda-ends-early": translate("Errors", "It ends before it starts ({span})."),
        "agenda-no-rapporteur": translate("Errors", "A working session needs a rapporteur."),
        "agenda-outside-dates": translate("Errors", "Outside the meeting's dates ({dates})."),
        "agenda-room-taken": translate("Errors", "{room} is also taken by {session} ({span})."),
        "rapport-final": translate(
            "Errors",
            "The rapport of {session} is final (version {version}, {when}, {author}):"
            " re-open it to change it. Nothing was changed.",
        ),
    }


def warning_text(code: str, count: int, english: str) -> str:
    """A warning before an export (services.document_checks), in the user's words."""
    translate = QCoreApplication.translate
    sentences = {
        "reply-without-statement": translate(
            "Warnings", "Rights of reply that do not say which statement they answer: {count}."
        ),
        "recommendation-without-addressee": translate(
            "Warnings", "Recommendations without an addressee: {count}."
        ),
        "statement-on-floor": translate(
            "Warnings", "A statement is still on the floor: end it so its time is recorded."
        ),
        "empty-narrative": translate("Warnings", "The narrative is empty."),
        "no-rapporteur": translate("Warnings", "The session has no rapporteur named."),
    }
    return worded(code, {"count": str(count)}, english, sentences)


def describe(error: RapporteurError) -> str:
    """What to show the user for ``error``."""
    return worded(error.code, error.params, str(error))


def problem_text(problem: AgendaProblem) -> str:
    """An agenda problem in the user's words."""
    return worded(problem.code, dict(problem.params), problem.text)


def worded(
    code: str | None, params: dict[str, str], english: str, table: dict[str, str] | None = None
) -> str:
    sentence = (table if table is not None else _sentences()).get(code) if code else None
    if sentence is None:
        return english
    try:
        return sentence.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that names a parameter wrongly must not hide the problem.
        return english

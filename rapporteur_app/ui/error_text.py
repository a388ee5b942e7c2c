"""Errors worded at the edge, in the user's language.

A domain error with a code is shown from the sentence below, translated, with
its parameters put in; an error without a code (not yet converted) is shown as
the core wrote it. Each sentence is a literal inside ``translate()`` so that
``./dev.sh translations`` extracts it; its English is the domain's own
(``rapporteur_app.domain.error_codes``: a test holds them equal).
"""

from PySide6.QtCore import QCoreApplication

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
    }


def describe(error: RapporteurError) -> str:
    """What to show the user for ``error``."""
    if error.code is None:
        return str(error)
    sentence = _sentences().get(error.code)
    if sentence is None:
        return str(error)
    try:
        return sentence.format(**error.params)
    except (KeyError, IndexError, ValueError):
        # A translation that names a parameter wrongly must not hide the error.
        return str(error)

"""More of the core's sentences in the user's language, by subject: what a file's
check and the document template refuse (with a library's words as a detail) and
why backups stopped; the refusals of a choice. Kept apart from ``error_text`` to keep
each table short enough to read; ``error_text._sentences`` takes them in (a test
holds them equal to the domain's)."""

from PySide6.QtCore import QCoreApplication


def file_sentences() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "problem-unreadable": translate("Errors", "it cannot be read (details: {detail})"),
        "problem-damaged": translate("Errors", "it is damaged (details: {detail})"),
        "problem-cut-short": translate(
            "Errors",
            "it is damaged (it is cut short: {size} bytes where its header counts {expected})",
        ),
        "template-missing": translate(
            "Errors", "The template {path} cannot be used: there is no such file."
        ),
        "template-too-large": translate(
            "Errors", "The template {path} cannot be used: it is larger than 50 MB."
        ),
        "template-unreadable": translate(
            "Errors", "The template {path} cannot be used: it cannot be read (details: {detail})."
        ),
        "template-not-word": translate(
            "Errors",
            "The template {path} cannot be used: it is not a Word document (.docx or .dotx).",
        ),
        "template-macros": translate(
            "Errors",
            "The template {path} cannot be used: it holds macros (.docm or .dotm);"
            " save it as .docx or .dotx.",
        ),
        "template-parts-unreadable": translate(
            "Errors",
            "The template {path} cannot be used: Word's parts inside it cannot be"
            " read (details: {detail}).",
        ),
        "backup-stopped-disk-full": translate(
            "Errors",
            "No backup could be taken (the disk of the backups folder is full); your"
            " work is saved, but free some space in {folder} so that backups go on.",
        ),
        "backup-stopped": translate(
            "Errors",
            "No backup could be taken (details: {detail}); your work is saved, but"
            " backups go on only once {folder} can be written again.",
        ),
    }


def choice_sentences() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "unknown-category": translate("Errors", "Unknown category {text}: use one of {choices}."),
        "unknown-session-kind": translate(
            "Errors", "Unknown session kind {text}: use one of {choices}."
        ),
        "unknown-statement-kind": translate(
            "Errors", "Unknown statement kind {text}: use one of {choices}."
        ),
        "unknown-role": translate("Errors", "Unknown role {text}: use one of {choices}."),
        "unknown-file-format": translate(
            "Errors", "Unknown format {text}: choose one of {choices}."
        ),
        "unknown-labels-language": translate(
            "Errors", "Unknown language {text}: choose one of {choices}."
        ),
        "unknown-document": translate(
            "Errors", "Unknown document {text}: choose one of {choices}."
        ),
        "unknown-annual-report-setting": translate(
            "Errors", "Unknown annual report setting: {names}. The settings are: {choices}."
        ),
        "migrations-broken": translate(
            "Errors",
            "This copy of the program is broken: its database migrations have {heads} heads "
            "instead of one. Install the program again.",
        ),
    }
